/** @module Constant-time comparison of the webhook's secret token. */

const encoder = new TextEncoder();

async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", encoder.encode(text)));
}

/**
 * Whether `given` equals `expected`, in time that depends on neither (both are hashed first, so
 * even their lengths do not leak). A missing header never matches.
 * @example await secretMatches(c.req.header("X-Telegram-Bot-Api-Secret-Token"), env.WEBHOOK_SECRET)
 */
export async function secretMatches(given: string | undefined, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all([sha256(given ?? ""), sha256(expected)]);
  let difference = given === undefined ? 1 : 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}
