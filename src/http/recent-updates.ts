/** @module The update_ids an isolate has seen lately, to drop an update Telegram delivers again. */

/** Update ids remembered per isolate; the oldest are forgotten beyond this. */
export const RECENT_UPDATES = 4096;

/**
 * A bounded record of recent update ids (per bot): `firstTime(key)` is true the first time a key is
 * seen and false while it is still remembered.
 * @example const recent = recentUpdates(); recent.firstTime("7:1") // true; recent.firstTime("7:1") // false
 */
export function recentUpdates(max = RECENT_UPDATES): { firstTime(key: string): boolean } {
  const seen = new Set<string>();
  return {
    firstTime: (key) => {
      if (seen.has(key)) return false;
      if (seen.size >= max) seen.delete(seen.values().next().value!);
      seen.add(key);
      return true;
    },
  };
}
