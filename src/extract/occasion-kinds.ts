/**
 * @module The occasions of a visit that news tells apart from its talks: the welcome at the airport,
 * the farewell there, a meal the host gives. One row each, with the words that mark it in the
 * contact's clause; a contact no row marks is the talks. Two contacts of one pair in different
 * sentences whose occasions differ are two meetings, though they fall on one day ("Varan was received
 * at the airport by Telu. … Telu hosted a state banquet for Varan."): the answer keys count an
 * airport welcome, the talks and a banquet or dinner as three. A meal told in the talks' own sentence
 * ("talks followed by a working lunch") is one contact, as the keys count it.
 */
import { ARRIVAL_WORDS, FAREWELL_WORDS, MEAL_WORDS, wordOf } from "../nlp/occasion-words";
import type { Word } from "./segment";

/** An occasion of a visit, and the words of the contact's clause that mark it. */
export interface OccasionKind {
  id: string;
  /** Frame rows that report only this occasion ("X was seen off by Y" is the farewell). */
  rules?: readonly string[];
  /** Frame rows whose contact is this occasion when `words` mark it ("hosted a dinner"). */
  onlyRules?: readonly string[];
  /** One word of the clause, lower case. */
  words?: RegExp;
  /** Made-up sentences of the shape the row reads. */
  examples: readonly string[];
}

export const OCCASION_KINDS: readonly OccasionKind[] = [
  {
    id: "farewell",
    rules: ["be-seen-off"],
    words: wordOf(FAREWELL_WORDS),
    examples: ["Before leaving on Friday, Varan was seen off at the airport by Telu.", "Telu bid farewell to Varan at the airport."],
  },
  {
    id: "arrival",
    words: wordOf(ARRIVAL_WORDS),
    examples: ["At the VIP lounge of Tarsk airport he was received by President Telu.", "Varan landed on Sunday evening and was met on the tarmac by Foreign Minister Telu."],
  },
  {
    id: "meal",
    onlyRules: ["host-meal", "share-meal"],
    words: wordOf(MEAL_WORDS),
    examples: ["In the evening the President hosted a state banquet in honour of Varan.", "Telu later gave a dinner for Varan and his delegation."],
  },
];

/**
 * The occasion a contact's clause marks ("Varan landed at the airport and was driven to the palace,
 * where Telu greeted him" is no welcome at the airport); "talks" when no row marks it.
 * @example occasionOf(words("Varan was met at the airport by Telu."), "be-received", inClause) // "arrival"
 */
export function occasionOf(words: readonly Word[], rule: string, inClause: (index: number) => boolean): string {
  const place = placeBefore(words, inClause);
  const marks = (k: number): boolean => inClause(k) || (place !== undefined && k >= place[0] && k < place[1]);
  for (const kind of OCCASION_KINDS) {
    if (kind.rules?.includes(rule)) return kind.id;
    if (kind.onlyRules && !kind.onlyRules.includes(rule)) continue;
    if (kind.words && words.some((w, k) => kind.words!.test(w.lower) && marks(k))) return kind.id;
  }
  return "talks";
}

/** Forms of "be" around "there": "was there to greet him" points to a place; "there were talks" does not. */
const BE = /^(?:is|are|was|were|be|been|being)$/;

/**
 * The words of the place a contact's clause points back to with "where" or "there": from the verb before the clause to its
 * start ("Varan landed at Tarsk airport on Monday, where Telu greeted him"; "officials welcomed him at the airport, and Telu
 * was there to greet him"), so the airport there is the contact's; not "was driven to the palace, where Telu greeted him".
 */
function placeBefore(words: readonly Word[], inClause: (index: number) => boolean): [number, number] | undefined {
  const start = words.findIndex((_, k) => inClause(k));
  if (start <= 0) return undefined;
  let end = start;
  while (end < words.length && inClause(end)) end++;
  const where = words[start]!.lower === "where";
  const there = words.slice(start, end).some((w, n, clause) => w.lower === "there" && BE.test(clause[n - 1]?.lower ?? "") && !BE.test(clause[n + 1]?.lower ?? ""));
  if (!where && !there) return undefined;
  let verb = start - 1;
  while (verb >= 0 && words[verb]!.pos !== "VERB") verb--;
  return verb < 0 ? undefined : [verb, start];
}
