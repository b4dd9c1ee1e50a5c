/** @module Lookup tables keyed by words a user types, which no word reaches past: "constructor", "toString" and "__proto__" are no entries. */

/**
 * A frozen table with no prototype, so that a word looked up in it is an entry or nothing, never a
 * property every object has (`{}["constructor"]` is a function).
 * @example wordTable({ envoy: "ambassador" })["constructor"] // undefined
 */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
