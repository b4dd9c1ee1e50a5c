/**
 * @module People an article names while it reports a meeting, whom the index puts at no meeting at
 * all: a sign that the extraction read the meeting only in part ("held separate meetings with A
 * and with B", where only A was kept). An answer listing those meetings says so and quotes the
 * sentences, instead of passing the part it read for the whole.
 */
import type { Meeting, Sentence } from "../facts/types";
import { fold } from "../nlp/fold";
import { isTitleOnly, nameTokens } from "./names";
import { personInline } from "./format";
import { participantIds } from "./knowledge";
import { meetingPositions } from "./lookups";
import type { Question } from "./question";
import type { Block, Inline } from "./types";

/** Sentences quoted at most. */
const QUOTED = 3;

/** People listed at most. */
const LISTED = 8;

/** A person the extraction named in full ("Ana Ortega", not "Ortega" or "Prime Minister"). */
function namedInFull(name: string): boolean {
  return name.trim().split(/\s+/).length >= 2 && !isTitleOnly(name);
}

/**
 * The sentences that report these meetings (in each article, from the first sentence of its first
 * meeting to the last of its last) which name people at no meeting of the index, with those people; only people of the
 * countries the question asks about as whose, when it asks about some (not one named as where: "to Veldia", "in Veldia"),
 * and never the people it names.
 * @example unplacedNear([meeting], q) // [{ sentence: { text: "… and with Afghan Foreign Minister B." }, people: ["b"] }]
 */
export function unplacedNear(meetings: Meeting[], q: Question): { sentence: Sentence; people: string[] }[] {
  const { knowledge, links } = q;
  const named = new Set(links.people.flatMap((m) => m.ids));
  // "who travelled with X to Veldia", "who met in Veldia": a country named as where is not whose people the question asks for.
  const asked = fold(q.text);
  const whose = links.countries.filter((c) => !links.inCountries.includes(c) && !new RegExp(`\\b(?:to|in|at)\\s+(?:the\\s+)?${fold(c).replace(/[^a-z0-9 ]/g, ".")}\\b`).test(asked));
  const ofCountry = (id: string) => whose.length === 0 || whose.some((c) => knowledge.countriesOf.get(id)?.has(c));
  // an article's meetings are read as one stretch, from the first sentence of the first to the last of the last
  const stretches = new Map<string, { from: number; to: number; taking: Set<string> }>();
  for (const m of meetings) {
    if (m.sentences.length === 0) continue;
    const at = stretches.get(m.article) ?? { from: Infinity, to: -Infinity, taking: new Set<string>() };
    at.from = Math.min(at.from, ...m.sentences);
    at.to = Math.max(at.to, ...m.sentences);
    participantIds(m).forEach((id) => at.taking.add(id));
    stretches.set(m.article, at);
  }
  const out: { sentence: Sentence; people: string[] }[] = [];
  for (const [article, { from, to, taking }] of stretches) {
    for (const s of knowledge.lookups.articleSentences.get(article) ?? []) {
      if (s.id < from || s.id > to || s.quote) continue;
      // (the sentence's words are read only for a person at no meeting: most sentences name none)
      let words: Set<string> | undefined;
      const says = (word: string) => (words ??= new Set(nameTokens(s.text))).has(word);
      // named in the sentence's own words, not only through "he" or "their"
      const people = s.people.filter((id) => {
        const person = knowledge.people.get(id);
        return person && !taking.has(id) && !named.has(id) && namedInFull(person.name) && ofCountry(id) && meetingPositions(knowledge.lookups, [id]).length === 0 && nameTokens(person.name).some((w) => w.length > 2 && says(w));
      });
      if (people.length) out.push({ sentence: s, people });
    }
  }
  return out;
}

/**
 * What an answer listing meetings adds when their sentences name people at no meeting: those
 * people, and the sentences, quoted, so that the reader sees what the list may leave out. Empty
 * when there are none.
 * @example unplacedBlocks(meetings, q) // [{ kind: "para", content: ["The article also names …"] }, { kind: "quote", … }]
 */
export function unplacedBlocks(meetings: Meeting[], q: Question): Block[] {
  const near = unplacedNear(meetings, q);
  if (near.length === 0) return [];
  const ids = [...new Set(near.flatMap((n) => n.people))];
  const people = ids.flatMap((id) => q.knowledge.people.get(id) ?? []).slice(0, LISTED);
  const names: Inline[] = people.flatMap((p, i) => [...(i === 0 ? [] : [i === people.length - 1 ? " and " : ", "]), ...personInline(p)]);
  const lead: Inline[] = [
    `The ${new Set(near.map((n) => n.sentence.article)).size === 1 ? "article" : "articles"} also name${new Set(near.map((n) => n.sentence.article)).size === 1 ? "s" : ""} `,
    ...names,
    ids.length > people.length ? ` and ${ids.length - people.length} more` : "",
    " where ",
    meetings.length === 1 ? "it reports this meeting" : "they report these meetings",
    "; I could not tell what part they took:",
  ];
  return [{ kind: "para", content: lead }, ...near.slice(0, QUOTED).map((n): Block => ({ kind: "quote", content: [n.sentence.text] }))];
}
