/** @module who_met: who met whom, all meetings or those of a person, country, place, date or occasion, as a compact list. */
import { asksForCalls } from "../contact-kind";
import { factLine, joinAnd, joinWords, meetingLine, personInline, placeUnsaid } from "../format";
import { participantIds } from "../knowledge";
import { moreLine, pageOf } from "../paging";
import { missing, type Outcome, type Reply } from "../reply";
import type { Question } from "../question";
import { lookUpCountry } from "../link-countries";
import { hasConstraints, selectMeetings } from "../select";
import { expectedAnswer, MEETING_TERMS } from "../answer-type";
import { stem } from "../retrieval";
import { escapeRegExp, fold } from "../../nlp/fold";
import { isOfficeWord } from "../offices";
import { unplacedBlocks } from "../unplaced";
import { askedTense, byTense } from "../tense";
import { factsAbout, meetingsAbout, thingTerms } from "../things";
import type { Meeting, Sentence } from "../../facts/types";
import { attendanceOf, partyOf, type Attendance } from "../attendance";
import type { Block, Inline } from "../types";

/** "which OECD official met X": the words that qualify the people asked for, between "which" and a word for people. */
const QUALIFIED = /^\s*(?:which|what)\s+((?:[\p{L}\d.'-]+\s+){1,3}?)(officials?|ministers?|envoys?|ambassadors?|diplomats?|leaders?|delegates?|representatives?)\b/iu;

/** Qualifiers that every account of a meeting leaves unsaid ("which senior officials"), not a condition to check. */
const GENERIC_QUALIFIERS = new Set(["senior", "top", "other", "visiting", "high-level", "government", "the", "two", "three", "four", "several", "new", "foreign", "both"]);

/**
 * "which countries' envoys did A receive": the countries of those A met are what is asked (see countriesMet), not a word the
 * envoys' sentences must hold; not so for those beside A ("which countries' envoys presented credentials together with A").
 */
const COUNTRIES_OWNING = /^(countries|nations|states)['’]$|^(country|nation|state)['’]s$/;
const BESIDE = /\b(together with|alongside|along with|joined|besides|other than|apart from)\b/i;

/**
 * The qualifiers a question puts on the people it asks for, which no link checks ("OECD" in "which
 * OECD official met X"), as patterns; countries and demonyms are links of their own. `asked` is the
 * phrase as written ("OECD official").
 */
function qualifiers(text: string): { words: RegExp[]; asked: string } {
  const match = QUALIFIED.exec(text);
  const words = (match?.[1]?.trim().split(/\s+/) ?? []).map((w) => w.toLowerCase()).filter((w) => !GENERIC_QUALIFIERS.has(w) && !(COUNTRIES_OWNING.test(w) && !BESIDE.test(text)) && !lookUpCountry(w));
  return { words: words.map(wordPattern), asked: `${match?.[1]?.trim() ?? ""} ${match?.[2] ?? ""}` };
}

/** "Cavusoglu's trilateral meeting", "the virtual consultation": one or two words between a determiner or a possessive and a noun for a meeting. */
const MEETING_MODIFIED = /(?:(?:^|[^\p{L}])(?:the|a|an|their|his|her|its)|\p{L}['’]s)\s+((?:[\p{L}-]+\s+){1,2}?)(meetings?|talks|audiences?|calls?|consultations?|dialogue|session|summit|conference)\b/iu;

/** Words that join phrases rather than qualify a noun. */
const PREPOSITIONS = new Set(["of", "in", "on", "at", "for", "with", "to", "from", "and", "or", "by", "between", "about"]);

/** Words before a meeting noun that every account leaves unsaid or that other links check (tense, kind of contact). */
const GENERIC_MEETING_WORDS = new Set(["a", "an", "this", "that", "their", "his", "her", "its", "our", "bilateral", "recent", "latest", "last", "next", "upcoming", "planned", "official", "phone", "telephone", "earlier", "later", "first", "previous", "same", "separate", "what", "which", "whose", "did", "do", "was", "were", "is", "held", "in", "at", "of", "on", "and"]);

/**
 * The words a question puts on the meeting it asks about ("trilateral" in "who took part in A's
 * trilateral meeting"), which no link checks, as patterns: names, countries, places and words
 * every account leaves unsaid are not among them. `asked` is the phrase as written.
 * @example meetingQualifiers("who took part in Ortega's trilateral meeting", k).asked // "trilateral meeting"
 */
function meetingQualifiers(q: Question): { words: RegExp[]; asked: string } {
  const match = MEETING_MODIFIED.exec(q.text);
  const phrase = match?.[1]?.trim().split(/\s+/).map((w) => fold(w)) ?? [];
  // "a list of meetings": no word of the meeting's own
  if (phrase.some((w) => PREPOSITIONS.has(w))) return { words: [], asked: "" };
  const words = phrase
    .filter((w) => w.length > 2 && !isOfficeWord(w) && !isOfficeWord(w.replace(/s$/, "")) && !GENERIC_QUALIFIERS.has(w) && !GENERIC_MEETING_WORDS.has(w) && !q.knowledge.nameWords.has(w) && !lookUpCountry(w) && !q.knowledge.places.some((p) => p.words.includes(w)) && !/\d/.test(w));
  return { words: words.map(wordPattern), asked: `${words.join(" ")} ${match?.[2] ?? ""}` };
}

/** A word as a pattern that finds it at the start of a word of lower-case text. */
const wordPattern = (w: string): RegExp => new RegExp(`(^|[^\\p{L}])${escapeRegExp(w)}`, "u");

/** The index's sentences lower-cased, by id: each made on its first check and kept per isolate (a question's qualifiers may be checked against thousands of meetings). */
const LOWERED = new WeakMap<readonly Sentence[], string[]>();

/** A sentence of the index lower-cased ("" for none). */
function loweredSentence(q: Question, id: number): string {
  const sentences = q.knowledge.index.sentences;
  let lowered = LOWERED.get(sentences);
  if (lowered === undefined) LOWERED.set(sentences, (lowered = []));
  return (lowered[id] ??= (sentences[id]?.text ?? "").toLowerCase());
}

/** Whether a meeting's sentences or its people's offices hold every qualifier. */
function holdsQualifiers(m: Meeting, words: RegExp[], q: Question): boolean {
  const texts = [
    ...m.sentences.map((id) => loweredSentence(q, id)),
    ...participantIds(m).flatMap((id) => (q.knowledge.people.get(id)?.offices ?? []).map((o) => `${o.title} ${o.organisation ?? ""}`.toLowerCase())),
  ];
  return words.every((w) => texts.some((t) => w.test(t)));
}

/** Meetings listed in full; the rest are counted ("and 40 more"). */
const LISTED = 12;

/** The meetings as a compact list under "N meetings fit:", a dozen a page (the rest counted, "more" shows them). */
function listMeetings(meetings: Meeting[], q: Question): Reply {
  const { shown, offset, rest } = pageOf(meetings, q.offset, LISTED);
  const lead =
    meetings.length === 1 ? "One meeting fits:" : offset > 0 ? `${meetings.length} meetings fit; ${offset + 1} to ${offset + shown.length}:` : `${meetings.length} meetings fit:`;
  const items = shown.map((m) => meetingLine(m, q.knowledge));
  if (rest > 0) items.push(moreLine(rest));
  // a person's meetings read in part: the people their sentences name at no meeting, quoted
  const unplaced = q.links.people.length ? unplacedBlocks(shown, q) : [];
  return {
    kind: "reply",
    body: [{ kind: "para", content: [lead] }, { kind: "list", items }, ...placeUnsaid(shown, q.links.places), ...unplaced],
    articles: shown.map((m) => m.article),
    focus: { meetings: shown.map((m) => m.id), people: [...new Set(shown.flatMap(participantIds))] },
    page: { end: offset + shown.length, rest },
  };
}


/** "What happened on 3 May?", "what took place in June?": the meetings of a date, asked without a word of meeting. */
const HAPPENED = /^\s*what\s+(?:happened|took\s+place|went\s+on|occurred|was\s+held|were\s+held)\b/i;

/**
 * Whether a question asks what happened on a date it names: the meetings of that date answer it.
 * @example asksWhatHappened("what happened on 3 May 2023?", links) // true
 */
export const asksWhatHappened = (text: string, dates: readonly unknown[]): boolean => dates.length > 0 && HAPPENED.test(text);

/** "Which countries has X met with?": the countries of the people a named person met, not their own. */
const WHICH_COUNTRIES = /\b(which|what)\s+(countries|nations|states)\b/i;

/** "What is X scheduled to do?", "what will X do next?", "what are X's plans?": the planned meetings of a person. */
const WHAT_PLANNED = /^\s*what\s+(is|are|was|were)\b.*\b(scheduled|planned|planning|due|expected|set|going)\s+to\s+do\b|^\s*what\s+will\b.*\bdo\b|^\s*what\s+(are|were)\b.*\bplans\b/i;

/** Verbs of meeting in a question, receiving and accrediting envoys among them (a visit is the visits answerer's). */
const MET = /\b(met|meet|meets|meeting|talk(s|ed)?|spoke|speak|held talks|hold talks|call(s|ed)?|phoned|receive[sd]?|accredited|credentials|credence)\b/i;

/** "The prime minister who met Olgor", "the envoy that Ortega received": a person asked for by a meeting. */
const MET_CLAUSE = /\b\p{L}+\s+(who|that|whom)\s+(\p{L}+\s+)?(met|meets|received|hosted|visited|called|phoned|welcomed|held talks)\b/iu;

/**
 * Whether a question is about who met whom by its form, whatever the intent model says: "which
 * countries has X met with?", "who called whom?", "who did X speak to on the phone?", "what is X
 * scheduled to do?" (a person's planned meetings), "what is the name of the minister who met Ruiz?".
 * @example isWhoMetForm("Which countries has Ortega met with?") // true
 * @example isWhoMetForm("what is the name of the minister who met Ruiz") // true
 * @example isWhoMetForm("which issues came up in the call") // false
 */
export function isWhoMetForm(text: string): boolean {
  if (MET_CLAUSE.test(text)) return true;
  if (WHICH_COUNTRIES.test(text)) return MET.test(text) && !/\bvisit/i.test(text);
  if (WHAT_PLANNED.test(text)) return true;
  // "which issues came up in the call" asks for things, not for who called whom
  if (/^\s*which\b/i.test(text) && !expectedAnswer(text)?.types.some((t) => t === "person" || t === "country")) return false;
  return /^\s*(who|whom|with whom|which)\b/i.test(text) && asksForCalls(text);
}

/** "Which countries has X met (with)?", "which countries did Veldia meet?": the countries of the others at the person's or the country's meetings, with the meetings. */
function countriesMet(meetings: Meeting[], q: Question): Reply | undefined {
  if (!WHICH_COUNTRIES.test(q.text) || /\bvisit/i.test(q.text) || meetings.length === 0) return undefined;
  const [mention] = q.links.people;
  const [country] = q.links.countries;
  // one side asked about: one person, or one country and nobody named
  if (mention ? q.links.people.length > 1 : !country || q.links.countries.length > 1) return undefined;
  const own = new Set(mention ? mention.ids.flatMap((id) => [...(q.knowledge.countriesOf.get(id) ?? [])]) : [country!]);
  const countries: string[] = [];
  const add = (c?: string) => c && !own.has(c) && !countries.includes(c) && countries.push(c);
  for (const m of meetings) {
    for (const p of m.participants) {
      if (p.kind === "group") add(p.country);
      else if (!mention?.ids.includes(p.person)) q.knowledge.countriesOf.get(p.person)?.forEach(add);
    }
  }
  const who = !mention ? country! : mention.ids.length === 1 ? (q.knowledge.people.get(mention.ids[0]!)?.name ?? mention.text) : mention.text;
  const lead = countries.length
    ? [{ bold: who }, ` met people from ${joinWords(countries)}:`]
    : [`The articles do not say which country the people ${who} met are from; ${meetings.length === 1 ? "the meeting" : "the meetings"}:`];
  const list = listMeetings(meetings, q);
  // the question's form chose these meetings: no sentence that merely names the country beats them
  return { ...list, body: [{ kind: "para", content: lead }, ...list.body.slice(1)], focus: { ...list.focus, countries }, byWords: true };
}

/** "Which ministers did X meet?": the holders of the office asked about among the people a named person met. */
function officeHoldersMet(meetings: Meeting[], q: Question): Outcome | undefined {
  const office = q.links.people.find((m) => m.byOffice);
  const named = q.links.people.find((m) => !m.byOffice);
  if (!office || !named || q.links.people.length !== 2 || !/^\s*(which|what|who)\b/i.test(q.text)) return undefined;
  const met = [...new Set(meetings.flatMap(participantIds))].filter((id) => office.ids.includes(id) && !named.ids.includes(id));
  const who = named.ids.length === 1 ? (q.knowledge.people.get(named.ids[0]!)?.name ?? named.text) : named.text;
  // "the prime minister who met Olgor": no holder of the office among those met is no answer, not the list of their meetings
  if (met.length === 0) return missing(`The articles name no ${office.text.replace(/^the\s+/i, "")} who met ${who}.`);
  const people = met.flatMap((id) => q.knowledge.people.get(id) ?? []);
  const { shown, offset, rest } = pageOf(people, q.offset, LISTED);
  const mine = meetings.filter((m) => participantIds(m).some((id) => shown.some((p) => p.id === id)));
  // the meetings themselves when they are few enough to read
  const told: Block[] = mine.length <= 3 ? [{ kind: "para", content: [mine.length === 1 ? "The meeting:" : "The meetings:"] }, { kind: "list", items: mine.map((m) => meetingLine(m, q.knowledge)) }] : [];
  return {
    kind: "reply",
    body: [{ kind: "para", content: [{ bold: who }, " met:"] }, { kind: "list", items: [...shown.map((p) => personInline(p)), ...(rest ? [moreLine(rest)] : [])] }, ...told],
    articles: mine.map((m) => m.article),
    focus: { meetings: mine.map((m) => m.id), people: [...named.ids, ...shown.map((p) => p.id)] },
    page: { end: offset + shown.length, rest },
  };
}

/**
 * Whether a person read as present fits the question's side: "who accompanied A" wants a sentence
 * that names A; "who was on the Chinese side" a person of China (or, of no known country, in a
 * sentence naming a principal of China).
 */
function keepsSide(q: Question, m: Meeting, id: string, s: Sentence): boolean {
  const party = COMPANIONS.test(q.text) ? partyCountries(q) : undefined;
  if (party && !ofParty(q, id, party)) return false;
  // the person right after the verb ("accompanied Kim in the meeting with Lee": Kim)
  const after = /\baccompan\w*\s+(.*)$/i.exec(q.text)?.[1]?.toLowerCase() ?? "";
  const accompanied = q.links.people.filter((p) => !p.byOffice && after.startsWith(p.text.toLowerCase()));
  if (accompanied.length && !accompanied.some((p) => p.ids.some((a) => s.people.includes(a)))) return false;
  const side = /\bside\b/i.test(q.text) || QUALIFIED.test(q.text) ? q.links.countries : [];
  if (side.length === 0) return true;
  const country = q.knowledge.people.get(id)?.country;
  if (country) return side.includes(country);
  return participantIds(m).some((p) => s.people.includes(p) && side.includes(q.knowledge.people.get(p)?.country ?? ""));
}

/** The countries of the people a question names by name ("who accompanied A": A's), empty when none is known. */
function partyCountries(q: Question): Set<string> {
  // ("who accompanied A in the meeting with B", "… when he met B": B is the other side, whose people are no party of A's)
  const cut = q.text.search(OTHER_SIDE);
  const lower = q.text.toLowerCase();
  const named = q.links.people.filter((m) => !m.byOffice);
  const ours = cut > 0 ? named.filter((m) => lower.indexOf(m.text.toLowerCase()) < cut) : named;
  return new Set((ours.length ? ours : named).flatMap((m) => m.ids.flatMap((id) => [...(q.knowledge.countriesOf.get(id) ?? [])])));
}

/** Where a question turns to the other side of the contact: "the meeting with B", "talks with B", "when he met B". */
const OTHER_SIDE = /\b(?:meetings?|talks|call|audience|consultations?)\s+with\b|\b(?:met|meet|meets|meeting)\b(?!\s+with\b)/i;

/** Whether a person may be of the party of people from these countries: of one of them, or of no known country (or the party's is unknown). */
function ofParty(q: Question, id: string, party: Set<string>): boolean {
  const own = q.knowledge.countriesOf.get(id);
  return party.size === 0 || !own || own.size === 0 || [...own].some((c) => party.has(c));
}

/** "Who else was there?", "who was present?", "who attended?", "who accompanied A?": the people at a meeting besides those asked about. */
// ("who was on A's side at the meeting with B", heldout61 x633)
const WHO_ELSE =
  /\b(who|anyone|anybody|someone)\s+else\b|^\s*who\b.*\b(besides|apart from|other than|except)\b|^\s*who\s+(was|were)\s+(also\s+)?(there|present|with (him|her|them))\b|^\s*who\s+(also\s+)?(attended|accompanied|joined|took part|participated|was at|were at)\b|^\s*who\s+(was|were)\s+(also\s+)?(at|in|on)\s+the\b.*\b(meeting|talks|audience|call|consultations?|side|delegation|ceremony)\b|^\s*(who|which\b.*)\s+(was|were)\s+(also\s+)?(in|on|part of)\s+\S+\s+delegation\b|^\s*which\b.*\s(accompanied|accompanies|accompany|sat in|sit in|attended)\b|^\s*who\s+(was|were)\s+(also\s+)?on\s+\S+\s+side\b|^\s*who\s+(also\s+)?(sat|sit|sits)\s+in\b|^\s*(who|which\b.*)\s+(is|are|was|were)\s+(also\s+)?(travel+ing|going|coming)\s+with\b/i;

/**
 * "Which Veldian officials joined A at the meeting with B", "which ministers joined the A–B talks" (heldout60 x628, exchange60
 * x792): with two people named, the others at their meeting; not "which countries' ministers joined A's meeting" (check11 k102),
 * whose sides are what is asked.
 * @example asksWhoJoined("which ministers joined the varan telu talks", 2) // true
 */
export const asksWhoJoined = (text: string, named: number): boolean => named >= 2 && /^\s*which\b.*\sjoined\b/i.test(text);

/** "Who accompanied A?", "who was in A's delegation?", "who is travelling with A?": A's own party, never the people A met. */
const COMPANIONS = /\b(accompan\w*|delegation|entourage|travel+ing with|going with|coming with|side)\b/i;

/** Terms of a question about who was at a meeting that name nothing to look for ("present", "part"). */
const ATTENDING = new Set(["present", "part", "there", "also", "else", "participate", "attendee", "participant", "involve"].map(stem));

/**
 * Whether a question asks who else was at a meeting.
 * @example asksWhoElse("who else was there?") // true
 * @example asksWhoElse("who accompanied Ana Ortega?") // true
 * @example asksWhoElse("who received Varan besides the president?") // true
 */
export const asksWhoElse = (text: string): boolean => WHO_ELSE.test(text);

/**
 * Who else was at a meeting: the meetings the question names ("who else attended the meeting of A
 * and B", "who accompanied A") or the ones in focus ("who else was there?"), with the people the
 * article names there besides the people asked about (and, in a follow-up, besides the principals).
 * When it names no one else, says so (found: false), never the principals as if they were the answer.
 * Undefined when the question names no meeting and the conversation has none ("who attended the
 * assembly": another answerer's).
 * @example answerWhoElse(question) // { kind: "reply", body: [{ kind: "list", items: [[{ bold: "C" }, " — at ", …]] }], … }
 */
export function answerWhoElse(q: Question): Outcome | undefined {
  // "who else", "who accompanied A", "who attended the meeting with the X minister": besides everyone named; "who attended the meeting of A and B": besides A and B
  const besidesNamed = /\b(else|accompan\w*|besides)\b|\b(meeting|talks|audience|call)\s+with\b/i.test(q.text);
  const byName = q.links.people.some((m) => !m.byOffice);
  const named = byName || (besidesNamed && (q.links.people.length > 0 || q.links.countries.length > 0));
  // "who was present at the prime ministers' meeting", "who attended the talks in Accra": the meetings themselves (who_met)
  if (!named && hasConstraints(q.links)) return undefined;
  // "who attended the meeting?" with nothing named or in focus: which one? ("who attended the summit on X" has words to look for)
  const bare = q.terms.every((t) => MEETING_TERMS.has(t) || ATTENDING.has(t));
  if (!named && !q.focus?.meetings.length) return besidesNamed || bare ? missing("I could not tell which meeting you mean: ask with a name, e.g. “who else was at the meeting of A and B?”.") : undefined;
  // "which Ghanaian ministers were in A's delegation": the office asked for is the answer, not a side of the meeting
  const links = QUALIFIED.test(q.text) && byName ? { ...q.links, people: q.links.people.filter((m) => !m.byOffice) } : q.links;
  let meetings = named ? byTense(selectMeetings(links, q.knowledge), askedTense(q.text)) : (q.focus?.meetings ?? []).flatMap((id) => q.knowledge.meetings.get(id) ?? []);
  if (asksForCalls(q.text)) meetings = meetings.filter((m) => m.kind === "call");
  meetings = meetings.slice(0, LISTED);
  if (meetings.length === 0) return missing(`The articles report no meeting ${q.describe() || "of that kind"}.`);
  // "who took part in A's trilateral meeting": only a meeting whose sentences say so
  const kind = meetingQualifiers(q);
  if (kind.words.length) {
    meetings = meetings.filter((m) => holdsQualifiers(m, kind.words, q));
    if (meetings.length === 0) return missing(`The articles report no ${kind.asked} ${q.describe()}`.trim() + ".");
  }
  // "the meeting with the Cuban ambassador" when several Cuban ambassadors met someone: which one?
  const vague = q.links.people.find((m) => m.byOffice && m.ids.length > 1);
  const holders = vague ? vague.ids.filter((id) => meetings.some((m) => participantIds(m).includes(id))) : [];
  if (vague && holders.length > 1 && /\bthe\s+(meeting|talks|audience|call|visit)\b/i.test(q.text)) {
    const names = holders.slice(0, 4).map((id) => q.knowledge.people.get(id)?.name ?? id);
    return missing(`“${vague.text}” may mean ${joinWords(names, "or")}: ask with a name.`);
  }
  // "who sat in on A's meeting with the bank official" when no one the articles name is that official: of A's meetings (those of the kind asked), which one?
  const withWords = /\b(?:meeting|talks|audience|call)\s+with\s+(?!(?:him|her|them)\b)(.+)$/i.exec(q.text)?.[1]?.toLowerCase() ?? "";
  const saidWith = (text: string): boolean => withWords.includes(text.toLowerCase());
  if (withWords && meetings.length > 1 && !q.links.people.some((m) => saidWith(m.text)) && !q.links.countries.some(saidWith)) {
    return missing("I could not tell which of those meetings you mean: ask with the other side's name, e.g. “who else was at the meeting of A and B?”.");
  }
  // the people asked about are not the answer: those named, or (in a follow-up) the principals
  const asked = new Set(q.links.people.filter((m) => besidesNamed || !m.byOffice).flatMap((m) => m.ids));
  // A's companions are of A's party: not the principal A met, nor anyone of another country than A's
  const party = COMPANIONS.test(q.text) && named ? partyCountries(q) : undefined;
  const besides = (m: Meeting) =>
    m.participants.filter((p) =>
      p.kind === "group" ? named && !party : named ? !asked.has(p.person) && (!party || (p.role === "present" && ofParty(q, p.person, party))) : p.role === "present",
    );
  // none in the records: the people the article says were there ("Also present was X", "accompanied by X")
  const read = new Map<string, Attendance>();
  for (const m of meetings) {
    const known = new Set([...(named ? asked : []), ...m.participants.flatMap((p) => (p.kind === "person" ? [p.person] : []))]);
    const told = attendanceOf(m, q.knowledge, known, (id, s) => keepsSide(q, m, id, s));
    if (told.people.length) read.set(m.id, told);
  }
  const withOthers = meetings.filter((m) => besides(m).length > 0 || read.has(m.id));
  if (withOthers.length === 0) {
    // "who was in A's delegation": the party the articles list for A, wherever they tell it
    const party = PARTY_ASKED.test(q.text) && named ? partyOf(q.links.people.filter((m) => !m.byOffice).flatMap((m) => m.ids), q.knowledge, asked) : undefined;
    if (party?.people.length) {
      const members = party.people.map((id) => personInline(q.knowledge.people.get(id)!));
      return {
        kind: "reply",
        body: [{ kind: "para", content: joinAnd(members) }, ...party.sentences.map((s): Block => ({ kind: "quote", content: [s.text] }))],
        articles: [...new Set(party.sentences.map((s) => s.article))],
        focus: { people: party.people, articles: [...new Set(party.sentences.map((s) => s.article))] },
      };
    }
    const names = [...new Set(meetings.flatMap(participantIds))].map((id) => q.knowledge.people.get(id)?.name ?? id);
    return missing(`The articles name no one at ${meetings.length === 1 ? "that meeting" : "those meetings"} but ${joinWords(names)}.`);
  }
  const items = withOthers.map((m): Inline[] => {
    const recorded = besides(m).map((p): Inline[] => {
      if (p.kind === "group") return [p.name];
      const person = q.knowledge.people.get(p.person);
      return person ? personInline(person) : [{ bold: p.person }];
    });
    const others = [...recorded, ...(read.get(m.id)?.people ?? []).map((id): Inline[] => personInline(q.knowledge.people.get(id)!))];
    return [...joinAnd(others), " — at: ", ...meetingLine(m, q.knowledge, false)];
  });
  // the article's own words for those read from its sentences
  const quotes = [...read.values()].flatMap((t) => t.sentences).map((s): Block => ({ kind: "quote", content: [s.text] }));
  return {
    kind: "reply",
    body: [{ kind: "list", items }, ...quotes],
    articles: withOthers.map((m) => m.article),
    focus: { meetings: withOthers.map((m) => m.id), people: [...new Set(withOthers.flatMap(participantIds))] },
  };
}

/** A question about someone's party: "who was in A's delegation", "who accompanied A". */
const PARTY_ASKED = /\b(delegation|entourage|accompan\w*)\b/i;

/** "Who else did A meet?", "which other leaders did A call on?": A's counterparts besides one the asker already knows. */
const OTHERS_MET = /^\s*(?:(?:who|whom)\s+else|(?:which|what)\s+other\b.*?)\s+(?:did|does|do|will|has|have|is|was)\s+.*\b(?:meet|met|meeting|see|call(?:ed)?\s+on|talk|speak|hold talks|receive|host|visit)/i;

/** "In the meeting", "at the talks": the people at a meeting asked for, not other meetings. */
const AT_MEETING = /\b(in|at|during|on)\s+(the|their|that|this)\s+(meeting|talks|call|audience|session|consultations?)\b/i;

/**
 * "Who else did A meet?": when the articles report A with one counterpart only, that one is the
 * meeting the asker knows, not an answer; the reply says so and shows it (found: false). With
 * several counterparts, or no named person, undefined (the meetings are listed as for who_met).
 * @example answerOthersMet(question) // { kind: "missing", what: "The articles report no other meeting of A.", known: … }
 */
export function answerOthersMet(q: Question): Outcome | undefined {
  const named = q.links.people.filter((m) => !m.byOffice || m.ids.length === 1);
  // "who else was in the meeting of A and B" asks who was at it (answerWhoElse)
  if (!OTHERS_MET.test(q.text) || AT_MEETING.test(q.text) || named.length === 0) return undefined;
  const asked = new Set(q.links.people.flatMap((m) => m.ids));
  const meetings = byTense(selectMeetings(q.links, q.knowledge), askedTense(q.text));
  const counterparts = new Set(meetings.flatMap((m) => m.participants.flatMap((p) => (p.kind === "person" && p.role !== "present" && !asked.has(p.person) ? [p.person] : []))));
  if (counterparts.size > 1) return undefined;
  const who = named.map((m) => (m.ids.length === 1 ? (q.knowledge.people.get(m.ids[0]!)?.name ?? m.text) : m.text));
  const known = meetings.length ? { body: [{ kind: "list", items: meetings.slice(0, LISTED).map((m) => meetingLine(m, q.knowledge)) } as Block], articles: meetings.map((m) => m.article) } : undefined;
  return missing(`The articles report no other meeting of ${joinWords(who)}${known ? "; they report:" : "."}`, known);
}

/**
 * Lists the meetings that fit the question. A question that names a thing ("who attended the
 * summit") gets the meetings or arrivals and events whose own words hold it, never every meeting.
 * @example answerWhoMet(question) // { kind: "reply", body: [{ kind: "list", items: [[{ bold: "A" }, " met ", …]] }], … }
 */
export function answerWhoMet(q: Question): Outcome {
  const tense = askedTense(q.text);
  let meetings = byTense(selectMeetings(q.links, q.knowledge, q.focus), tense);
  const planned = tense === "future" ? "planned " : "";
  if (asksForCalls(q.text)) {
    meetings = meetings.filter((m) => m.kind === "call");
    if (meetings.length === 0) return missing(`The articles report no ${planned}phone call${q.describe() ? ` ${q.describe()}` : ""}.`);
  }
  // "which OECD official met X": only meetings whose sentences or people's offices say so
  const { words, asked } = qualifiers(q.text);
  if (words.length) {
    meetings = meetings.filter((m) => holdsQualifiers(m, words, q));
    if (meetings.length === 0) return missing(`The articles name no ${asked} ${q.describe()}`.trim() + ".");
  }
  const kind = meetingQualifiers(q);
  if (kind.words.length) {
    meetings = meetings.filter((m) => holdsQualifiers(m, kind.words, q));
    if (meetings.length === 0) return missing(`The articles report no ${kind.asked} ${q.describe()}`.trim() + ".");
  }
  const special = countriesMet(meetings, q) ?? officeHoldersMet(meetings, q);
  if (special) return special;
  // "which Cuban patriots found refuge in Jamaica": no act of meeting asked, no list of the country's meetings
  if (q.links.people.length === 0 && !q.focus && !q.terms.some((t) => MEETING_TERMS.has(t)) && !asksWhatHappened(q.text, q.links.dates)) return missing("The articles don't say that.");
  const things = q.links.people.length ? [] : thingTerms(q);
  if (things.length === 0) {
    if (meetings.length === 0) return missing(`The articles report no ${planned}meeting ${q.describe() || "of that kind"}.`);
    return listMeetings(meetings, q);
  }
  const about = meetingsAbout(things, meetings, q.knowledge);
  if (about.length) return { ...listMeetings(about, q), byWords: true };
  const facts = factsAbout(things, q);
  if (facts.length) {
    const lines = facts.map((f) => factLine(f, q.knowledge));
    // the article's own sentence says how the people it names took part
    const quotes = facts.filter((f) => f.people.length).flatMap((f): Block[] => {
      const text = q.knowledge.index.sentences[f.sentence]?.text;
      return text ? [{ kind: "quote", content: [text] }] : [];
    });
    return {
      kind: "reply",
      body: [facts.length === 1 ? { kind: "para", content: lines[0] ?? [] } : { kind: "list", items: lines }, ...quotes.slice(0, 2)],
      articles: facts.map((f) => f.article),
      focus: { people: [...new Set(facts.flatMap((f) => f.people))], articles: facts.map((f) => f.article) },
    };
  }
  // a question that names a place, date or country as well keeps the meetings those fit
  if (meetings.length && (q.links.countries.length || q.links.places.length || q.links.dates.length)) return listMeetings(meetings, q);
  return missing("The articles report no meeting or event of that kind.");
}
