/** @module Whether a question asks about what happened or what is planned, and the meetings that fit that. */
import type { Meeting } from "../facts/types";

/** Words that ask about the future ("when will …", "is scheduled to", "upcoming", "next"; "when is A meeting B", "is A meeting B": a plan). */
const FUTURE = /\b(will|won't|shall|going to|scheduled|planned|planning|plans|upcoming|expected to|due|set to|next)\b|^\s*(?:(?:when|where|who|whom)\s+)?(?:is|are)\s+(?:[\p{L}'’.-]+\s+){0,3}?(?!(?:the|a|an|this|that|their|his|her|its|our|next)\s)[\p{L}'’.-]+\s+(?:meeting|visiting|travell?ing|going|holding|hosting|receiving|calling)\b/iu;

/** Words that ask about the past ("did", "met", "has … met", "was"). */
const PAST = /\b(did|didn't|had|has|have|was|were|met|held|visited|called|talked|spoke|received|hosted|last|ago|yesterday)\b/i;

/**
 * The time a question asks about: "future" for what is planned, "past" for what happened,
 * undefined when it does not say.
 * @example askedTense("When will Ortega visit Oslo?") // "future"
 * @example askedTense("when is Ortega meeting the Veldian prime minister") // "future"
 */
export function askedTense(text: string): "future" | "past" | undefined {
  if (FUTURE.test(text)) return "future";
  if (PAST.test(text)) return "past";
  return undefined;
}

/**
 * Whether the articles report a meeting as planned, not held.
 * @example isPlanned({ status: "planned", … }) // true
 */
export const isPlanned = (meeting: Meeting): boolean => meeting.status === "planned";

/**
 * The meetings that fit the time asked about: a question about the future gets only planned ones
 * (none when none is planned); one about the past gets the held ones (none when all are planned).
 * @example byTense(meetings, "future") // the planned meetings
 */
export function byTense(meetings: Meeting[], tense: "future" | "past" | undefined): Meeting[] {
  if (tense === undefined) return meetings;
  // every meeting of the index (a question that names nothing) is split once per isolate, not per question
  const known = SPLIT.get(meetings)?.[tense];
  if (known) return known;
  const planned = meetings.filter(isPlanned);
  // "when did they meet?" is not answered by a meeting the articles report as planned
  const held = planned.length ? meetings.filter((m) => !isPlanned(m)) : meetings.slice();
  if (meetings.length >= SPLIT_FROM) SPLIT.set(meetings, { future: planned, past: held });
  return tense === "future" ? planned : held;
}

/** Lists of meetings this long or longer keep their split by tense (the whole index's, in practice), so that it is made once. */
const SPLIT_FROM = 500;

/** A list of meetings (not to be changed) → its planned and its held meetings (not to be changed either). */
const SPLIT = new WeakMap<Meeting[], { future: Meeting[]; past: Meeting[] }>();

/** A word that denies what its clause tells ("neither … released", "did not sign", "no agreement was"). */
const DENIAL = /\b(not|never|neither|nor|no|none)\b|n['’]t\b/i;

/** Words that tell an act as still to come ("expected to sign", "will sign", "due to meet"). */
const TO_COME = /\b(will|shall|expected to|due to|scheduled to|set to|plans? to|planning to|hopes? to|is to|are to|to be|later this|next)\b/i;

/**
 * Whether a sentence tells, in the clause up to `at` (the position of the words a question asks
 * about), the act as the question asks it: not denied ("Neither side released details of any
 * agreements signed"), and for a question about the past ("what did they sign?"), not as still
 * to come ("… is expected to sign several agreements").
 * @example toldAsAsked("Varan and Telu signed three agreements.", 23, "past") // true
 * @example toldAsAsked("Neither side released details of any agreements signed.", 40, "past") // false
 * @example toldAsAsked("The committee is expected to sign new agreements.", 40, "past") // false
 */
export function toldAsAsked(sentence: string, at: number, tense: "past" | "future" | undefined): boolean {
  const before = sentence.slice(0, at);
  const clause = before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":")) + 1);
  if (DENIAL.test(clause)) return false;
  return tense !== "past" || !TO_COME.test(clause);
}
