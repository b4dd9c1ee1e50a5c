/**
 * @module A contact no frame row reads: a clause with a word of contact ("talks", "met", "a phone
 * conversation") and exactly two people named in it, of two different countries, is their contact
 * ("… given by President A and President B following their own recent telephone conversation").
 * Held only: a clause that plans, denies, asks for or counts contacts makes none.
 */
import type { Meeting } from "../facts/types";
import { splitClauses } from "./clauses";
import type { PersonRef } from "./people";
import type { Sent } from "./segment";

/** Words of contact, by the kind of contact they tell. */
const CONTACT_WORDS = new Map<string, Meeting["kind"]>([
  ["met", "meeting"], ["meeting", "meeting"], ["tete-a-tete", "meeting"], ["audience", "audience"],
  ["talks", "talks"], ["negotiations", "talks"],
  ["conversation", "call"], ["telephoned", "call"], ["phoned", "call"], ["videoconference", "call"],
]);
/** Words that make a clause's contact no contact held: planned, hypothetical, denied, asked for, or counted. */
const NOT_HELD = /^(?:will|would|could|might|may|should|shall|to|next|upcoming|forthcoming|planned|possible|potential|proposed|future|not|n't|never|no|without|ahead|prior|before|times|twice|again|expected|due|hope|hopes|want|wants|urged|called|asked|if|whether|each|every|any)$/;

/** Two people of different countries and the word of contact in one clause. */
export interface TwoSidedContact {
  people: [number, number];
  kind: Meeting["kind"];
  cue: number;
}

/**
 * The contact of a clause that names two people of different countries beside a word of contact, if any.
 * @example contactOfTwoCountries(sent("Presidents A and B met in Rome."), refs, ["Xland", "Yland"]) // { people: [0, 1], kind: "meeting", cue: 4 }
 */
export function contactOfTwoCountries(sent: Sent, refs: PersonRef[], countries: (string | undefined)[]): TwoSidedContact | undefined {
  if (sent.title || sent.quote !== undefined) return undefined;
  const words = sent.words;
  const cue = words.findIndex((w) => CONTACT_WORDS.has(w.lower));
  if (cue < 0) return undefined;
  const map = splitClauses(words);
  const clause = map.of[cue];
  const inClause = (k: number): boolean => map.of[k] === clause;
  if (words.some((w, k) => inClause(k) && NOT_HELD.test(w.lower))) return undefined;
  const named = refs.filter((r) => r.via !== "pronoun" && inClause(r.first) && inClause(r.last));
  const people = [...new Set(named.map((r) => r.person))];
  if (people.length !== 2) return undefined;
  const [a, b] = people as [number, number];
  const ca = countries[a];
  const cb = countries[b];
  if (ca === undefined || cb === undefined || ca === cb) return undefined;
  // Someone named in another clause of the sentence may be the one the contact is with: leave such sentences to the frames.
  if (refs.some((r) => r.via !== "pronoun" && !people.includes(r.person))) return undefined;
  return { people: [a, b], kind: CONTACT_WORDS.get(words[cue]!.lower)!, cue };
}
