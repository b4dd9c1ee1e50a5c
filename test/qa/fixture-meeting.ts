/** @module The one way the made-up test indexes build a meeting: people by id, nothing else assumed. */
import type { Meeting } from "../../src/facts/types";

/**
 * A held meeting between people of a made-up index.
 * @example meeting("m1", "a1", ["ana-ortega", "paul-ruiz"], { date: "2023-05-03" })
 */
export const meeting = (id: string, article: string, people: string[], rest: Partial<Meeting> = {}): Meeting => ({
  id,
  article,
  kind: "meeting",
  participants: people.map((p) => ({ kind: "person" as const, person: p })),
  topics: [],
  sentences: [],
  ...rest,
});
