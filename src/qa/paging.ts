/** @module Long lists a page at a time: the items of this page, how many are left, and the line that says so. */
import type { Inline } from "./types";

/**
 * The question that shows the next page of the last long list (a "more" button asks it).
 * @example answer(MORE_QUESTION, knowledge, { focus }) // the next dozen meetings
 */
export const MORE_QUESTION = "more";

/** What a user types to see the rest of a list ("more", "show more", "next page", "continue"). */
const MORE = /^(and\s+)?(more|show( me)? more|(the )?next( page| ones)?|continue|go on|the rest|show the rest|more please|see more|load more|keep going)[\s.!?…]*$/i;

/**
 * Whether a message asks for the next page of the last list.
 * @example isMoreRequest("show more") // true
 */
export const isMoreRequest = (text: string): boolean => MORE.test(text.trim());

/** A page of a list: the items shown, where they start, and how many come after them. */
export interface Page<T> {
  shown: T[];
  offset: number;
  rest: number;
}

/**
 * The page of `items` that starts at `offset` (past the end: from the start again), `size` long.
 * @example pageOf([1, 2, 3, 4, 5], 2, 2) // { shown: [3, 4], offset: 2, rest: 1 }
 */
export function pageOf<T>(items: T[], offset: number, size: number): Page<T> {
  const start = offset < items.length ? Math.max(0, offset) : 0;
  const shown = items.slice(start, start + size);
  return { shown, offset: start, rest: Math.max(0, items.length - start - shown.length) };
}

/**
 * The list item that counts what a page leaves out, and how to see it.
 * @example moreLine(14) // ["and 14 more: say “more” to see them"]
 */
export function moreLine(rest: number): Inline[] {
  return [`and ${rest} more: say “${MORE_QUESTION}” to see them`];
}
