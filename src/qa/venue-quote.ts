/**
 * @module The venue a question puts a meeting in ("who did Varan receive at the Tarsk Palace", "who
 * met Telu in the parliament building"), shown by the meeting's own sentence when its record leaves
 * the venue out: the index keeps a meeting's city, and a venue only when a frame reads one, while
 * the sentence that tells the meeting often names the building, estate or lodge it was at. The reply
 * then quotes that sentence, so a reader sees where the articles put the meeting and the question's
 * words are shown (see ./asked-terms), instead of a list of records that never says the venue asked.
 */
import type { Meeting, Sentence } from "../facts/types";
import { fold } from "../nlp/fold";
import { missingKind, officeWordsOf, shows } from "./asked-terms";
import type { Question } from "./question";
import { renderPlain } from "./render";
import type { Reply } from "./reply";
import { MEETING_TERMS, SIGNING_ACTS } from "./answer-type";
import { isDateWord } from "./dates";
import { contentTerms, stem, weightsAt } from "./retrieval";
import { selectMeetings } from "./select";
import { EVENT_NOUNS, meetsSpecifics, ordinalForms, type Specifics } from "./specifics";

/**
 * A locative phrase of a question: "at" or "inside" and the words up to the next preposition, clause
 * word or the end ("at the Tarsk Palace", "at the airport when he landed": "airport"); "in the"
 * likewise ("in the parliament building"), but not "in" and a bare name (a city: "in Tarsk", which the
 * meeting's place answers).
 */
const VENUE_ASKED = /\b(?:at|inside|in\s+the)\s+(?:the\s+)?((?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+)(?=\s+(?:on|when|during|with|after|before|in|at|and|for|to|while|as)\b|\s*[?.!]*\s*$)/giu;

/** Meetings read per reply (a list of every meeting names no venue). */
const MEETINGS_READ = 8;

/** One venue a question names: its words as written, and their terms (stems) a meeting's words must hold. */
interface Venue {
  words: string[];
  terms: string[];
}

/**
 * The venues a question names: each locative phrase but one that names a gathering, not a place ("at
 * the sixth joint commission", "in the November talks": an occasion, see ./specifics) or a time ("in
 * the afternoon"); its terms less the words of the places and countries the question links (the city
 * is the meeting's place, read elsewhere) and of offices ("at the president's residence": "residence").
 * @example venuesAsked(q) // [{ words: ["lodge"], terms: ["lodg"] }] for "who did Varan host at the lodge"
 */
export function venuesAsked(q: Question): Venue[] {
  const linked = new Set([...q.links.places, ...q.links.countries].flatMap((p) => contentTerms(p)));
  const named = { offices: officeWordsOf(q.text) };
  return [...q.text.matchAll(VENUE_ASKED)].flatMap((m) => {
    const words = m[1]!.split(/\s+/);
    const head = fold(words.at(-1)!);
    if (EVENT_NOUNS.has(head) || MEETING_TERMS.has(stem(head)) || words.some((w) => isDateWord(w) || ordinalForms(fold(w)) !== undefined)) return [];
    const terms = [...new Set(contentTerms(m[1]!))].filter((t) => t.length >= 3 && !linked.has(t) && missingKind(t, undefined, named) === "content");
    return terms.length ? [{ words, terms }] : [];
  });
}

/**
 * The venue asked as specifics of the occasion (see ./specifics), when the own words of one or more
 * of the meetings that fit the question say every word of it: "who did Varan receive at the lodge"
 * asks of the meeting at the lodge, not of Varan's others; none when no meeting's words say it (the
 * records are then answered as they are, and the gate weighs the venue they leave out).
 * @example venueSpecifics(q) // [{ asked: "lodge", stems: ["lodg"] }]
 */
export function venueSpecifics(q: Question): Specifics {
  const venues = venuesAsked(q);
  if (venues.length === 0) return [];
  const whole = venues.flatMap((v) => v.terms.map((t) => ({ asked: v.words.find((w) => contentTerms(w).includes(t)) ?? t, stems: [t] })));
  const fitting = selectMeetings(q.links, q.knowledge, q.focus);
  if (!fitting.some((m) => meetsSpecifics(m, whole, q.knowledge))) return [];
  // (a word the question's specifics already ask, "palace", is not asked twice)
  const known = q.links.specifics ?? [];
  return whole.filter((v) => !known.some((s) => s.stems.some((stem) => v.stems[0]!.startsWith(stem) || stem.startsWith(v.stems[0]!))));
}

/**
 * The reply with the sentence of one of its meetings that names the venue asked, quoted, when the
 * reply and its records leave the venue's words out and that sentence holds every one of them;
 * the reply as it is otherwise.
 * @example withVenueSentence(q, reply) // reply + “Varan received Telu at the Tarsk Palace on Friday.”
 */
export function withVenueSentence(q: Question, reply: Reply): Reply {
  const ids = reply.focus.meetings ?? [];
  if (ids.length === 0) return reply;
  const venue = venuesAsked(q).flatMap((v) => v.terms);
  // (and the act or occasion asked in words the records leave out: "who did A bid farewell to", "who hosted a luncheon for B",
  // shown by the sentence of a meeting, or its article's headline, that says them; one meeting's, when the reply is of one)
  const named = { offices: officeWordsOf(q.text) };
  const linked = new Set([...q.links.places, ...q.links.countries].flatMap((p) => contentTerms(p)));
  const content = ids.length === 1 ? [...new Set(q.terms)].filter((t) => t.length >= 3 && !q.knowledge.nameWords.has(t) && !linked.has(t) && !MEETING_TERMS.has(t) && !(q.links.signed && SIGNING_ACTS.has(t)) && !isDateWord(t) && missingKind(t, undefined, named) === "content") : [];
  const terms = [...new Set([...venue, ...content])];
  if (terms.length === 0) return reply;
  const meetings = ids.slice(0, MEETINGS_READ).flatMap((id) => q.knowledge.meetings.get(id) ?? []);
  const records = meetings.flatMap((m) => [m.occasion ?? "", m.venue ?? ""]).join(" ");
  const written = fold(`${renderPlain(reply.body)} ${records}`);
  const unshown = terms.filter((t) => !shows(written, t));
  if (unshown.length === 0) return reply;
  const sentence = meetings.flatMap((m) => sentencesOf(m, q, content.length > 0)).find((s) => unshown.every((t) => (weightsAt(q.knowledge.retrieval, s.id)[t] ?? 0) > 0));
  if (!sentence) return reply;
  return { ...reply, body: [...reply.body, { kind: "quote", content: [sentence.text] }] };
}

/** A meeting's own sentences, and its article's headline when asked for and the article tells no other meeting. */
function sentencesOf(m: Meeting, q: Question, headline = false): Sentence[] {
  const own = m.sentences.flatMap((id) => q.knowledge.retrieval.sentences[id] ?? []);
  const one = headline && (q.knowledge.lookups.articleMeetings.get(m.article)?.length ?? 0) === 1;
  const title = one ? (q.knowledge.lookups.articleSentences.get(m.article) ?? []).filter((s) => s.title && !m.sentences.includes(s.id)) : [];
  return [...own, ...title];
}

