/** @module Constant-time comparison of the webhook's secret token. */

/** Telegram's secret tokens are 1-256 characters; every comparison covers at least this many. */
const COMPARED = 256;

/**
 * Whether `given` equals `expected`, in time that depends on neither the given value nor its length
 * (every comparison walks the same number of characters, the longer of 256 and the expected
 * length), without branching on the characters. A missing header never matches. Synchronous: no
 * hashing, so no crypto job per update.
 * @example secretMatches(c.req.header("X-Telegram-Bot-Api-Secret-Token"), env.WEBHOOK_SECRET) // boolean
 */
export function secretMatches(given: string | undefined, expected: string): boolean {
  const text = given ?? "";
  const length = Math.max(COMPARED, expected.length);
  let difference = (given === undefined ? 1 : 0) | (text.length ^ expected.length);
  for (let i = 0; i < length; i++) difference |= (text.charCodeAt(i) | 0) ^ (expected.charCodeAt(i) | 0);
  return difference === 0;
}
