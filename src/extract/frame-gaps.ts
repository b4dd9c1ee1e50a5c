/**
 * @module Why the frame engine did not join two people one sentence names (a diagnostic for
 * `npm run eval:misses`, counts only): one of them not read as a person there, no trigger of the
 * table, a side in another clause than the trigger, the trigger refused (negated, a tally,
 * hypothetical), or both in its clause but the construction one the slots do not read (a passive,
 * a nominal form, coordinated sides, a list after a colon). It reads the sentence as the engine
 * does and changes nothing.
 */
import { splitClauses } from "./clauses";
import { findTriggers, mainSubjects, matchFrames, refusalOf } from "./frame-engine";
import type { PersonRef } from "./people";
import type { Sent } from "./segment";

/** The sub-causes {@link whyNotJoined} tells, from the one read furthest along to the one read least. */
export const FRAME_GAPS = [
  "joined by a frame here, lost after (merged, settled or matched to another)",
  "a passive not filled ('A was received by B')",
  "a nominal form: 'the meeting of A and B'",
  "a nominal form: 'A and B began talks' (a pair subject, the contact noun its object)",
  "a nominal form: 'their talks', 'his meeting with B' (a possessive pronoun)",
  "a nominal form: other ('talks with B' with no one making them, a list)",
  "coordinated sides ('A and B held talks')",
  "a list after a colon or an office in the plural",
  "the trigger refused: negated or a request",
  "the trigger refused: a tally of contacts",
  "the trigger refused: hypothetical",
  "the trigger refused: a moment before it",
  "the frame's slots took others, not this side",
  "the trigger's slots empty (a construction the slots do not read)",
  "a side outside the trigger's clause (main)",
  "a side outside the trigger's clause (relative)",
  "a side outside the trigger's clause (adverbial)",
  "a side outside the trigger's clause (reported)",
  "a side outside the trigger's clause (coordinate)",
  "a side outside the trigger's clause (attribution)",
  "no trigger of the table in the sentence",
  "a side not read as a person in the sentence",
] as const;

/** A sub-cause of a missed meeting whose two sides one sentence names beside a word of contact. */
export type FrameGap = (typeof FRAME_GAPS)[number];

/**
 * Why no frame joined someone of `a` with someone of `b` (local people) in one sentence.
 * @example whyNotJoined(sent("Varan was received in Telu by Orvane."), refs, new Set([0]), new Set([1])) // "a passive not filled ('A was received by B')"
 */
export function whyNotJoined(sent: Sent, refs: PersonRef[], a: ReadonlySet<number>, b: ReadonlySet<number>): FrameGap {
  const ra = refs.filter((r) => a.has(r.person));
  const rb = refs.filter((r) => b.has(r.person) && !a.has(r.person));
  if (ra.length === 0 || rb.length === 0) return "a side not read as a person in the sentence";
  const hits = matchFrames(sent, refs);
  const sidesOf = (h: (typeof hits)[number]): number[] => [...h.agents, ...h.counterparts].map((r) => r.person);
  if (hits.some((h) => sidesOf(h).some((p) => a.has(p)) && sidesOf(h).some((p) => b.has(p)))) return "joined by a frame here, lost after (merged, settled or matched to another)";
  const triggers = findTriggers(sent);
  if (triggers.length === 0) return "no trigger of the table in the sentence";
  const words = sent.words;
  const map = splitClauses(words);
  // The closest pair, and the trigger nearest it.
  const [A, B] = ra.flatMap((x) => rb.map((y) => [x, y] as const)).sort(([x1, y1], [x2, y2]) => Math.abs(x1.first - y1.first) - Math.abs(x2.first - y2.first))[0]!;
  const [left, right] = A.first < B.first ? [A, B] : [B, A];
  const distance = (k: number): number => (k < left.first ? left.first - k : k > right.last ? k - right.last : 0);
  const trigger = [...triggers].sort((x, y) => distance(x.cue) - distance(y.cue) || x.cue - y.cue)[0]!;
  const clause = map.of[trigger.cue]!;
  const outside = [A, B].find((r) => map.of[r.first] !== clause);
  if (outside) {
    const kind = map.clauses[map.of[outside.first]!]!.kind;
    return `a side outside the trigger's clause (${kind === "main" ? map.clauses[clause]!.kind : kind})`;
  }
  const refused = refusalOf(sent, trigger.cue, trigger.end);
  if (refused) return `the trigger refused: ${refused}`;
  const hit = hits.find((h) => h.cue <= trigger.cue && h.end >= trigger.cue);
  const subjects = mainSubjects(words, refs, trigger.cue).map((r) => r.person);
  const pairSubject = right.last < trigger.cue && subjects.includes(left.person) && subjects.includes(right.person);
  if (trigger.frame.voice === "passive") return "a passive not filled ('A was received by B')";
  if (trigger.frame.voice === "noun") {
    if (words[trigger.end + 1]?.lower === "of" && left.first > trigger.end) return "a nominal form: 'the meeting of A and B'";
    if (pairSubject) return "a nominal form: 'A and B began talks' (a pair subject, the contact noun its object)";
    if (words.slice(Math.max(0, trigger.cue - 4), trigger.cue).some((w) => /^(?:their|his|her)$/.test(w.lower))) return "a nominal form: 'their talks', 'his meeting with B' (a possessive pronoun)";
    return "a nominal form: other ('talks with B' with no one making them, a list)";
  }
  if (pairSubject) return "coordinated sides ('A and B held talks')";
  if (words.slice(trigger.end + 1, right.first).some((w) => w.text === ":")) return "a list after a colon or an office in the plural";
  return hit ? "the frame's slots took others, not this side" : "the trigger's slots empty (a construction the slots do not read)";
}
