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
  if (tense === "future") return meetings.filter(isPlanned);
  // "when did they meet?" is not answered by a meeting the articles report as planned
  if (tense === "past") return meetings.filter((m) => !isPlanned(m));
  return meetings;
}
