/** @module Whether a question asks about what happened or what is planned, and the meetings that fit that. */
import type { Meeting } from "../facts/types";

/** Words that ask about the future ("when will …", "is scheduled to", "upcoming", "next"). */
const FUTURE = /\b(will|won't|shall|going to|scheduled|planned|planning|plans|upcoming|expected to|due to|set to|next)\b/i;

/** Words that ask about the past ("did", "met", "has … met", "was"). */
const PAST = /\b(did|didn't|had|has|have|was|were|met|held|visited|called|talked|spoke|received|hosted|last|ago|yesterday)\b/i;

/**
 * The time a question asks about: "future" for what is planned, "past" for what happened,
 * undefined when it does not say.
 * @example askedTense("When will Ortega visit Oslo?") // "future"
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
