/**
 * @module The heads a group's contact names in the sentence after it: "X received a senior delegation from Tarsk at the palace.
 * The Veldian team was headed by A, B and C" (heldout106 x974), "X sat down with a high-level Veldian delegation. Veldia's side
 * was headed by A and included …" (heldout68 x683): the group's contact is one with its heads.
 */
import { countryOf } from "../nlp/countries";
import type { PersonRef } from "./people";
import type { Word } from "./segment";

/** Nouns of a party: "the delegation", "the Veldian team", "Orvane's side", "the mission". */
const PARTY = /^(?:delegation|team|side|mission)$/;
/** "was headed by", "was led by". */
const HEADED = /^(?:headed|led)$/;

/**
 * The people a sentence says headed a party, and the party's country when it gives one: "The Veldian team was headed by A, B
 * and C" → A, B, C and Veldia. Only a sentence that opens on the party ("The …", "Veldia's …"), up to the verb after the heads.
 * @example partyHeads(words, refs) // { heads: [refA, refB], country: "Veldia" }
 */
export function partyHeads(words: readonly Word[], refs: readonly PersonRef[]): { heads: PersonRef[]; country?: string } | undefined {
  const party = words.findIndex((w) => PARTY.test(w.lower));
  if (party < 1 || party > 5) return undefined;
  if (!/^(?:was|were)$/.test(words[party + 1]?.lower ?? "") || !HEADED.test(words[party + 2]?.lower ?? "") || words[party + 3]?.lower !== "by") return undefined;
  // (the party's own words, before it: "The", "Veldia's", "the 12-member Veldian"; no name of a person)
  const before = words.slice(0, party);
  if (refs.some((r) => r.first < party)) return undefined;
  const country = before.map((w) => countryOf(w.text.replace(/['’]s$/, ""))).find(Boolean);
  // the heads: the people after "by" up to the next verb ("… and included …", "…, who landed …")
  const by = party + 3;
  const stop = words.findIndex((w, k) => k > by && (w.pos === "VERB" || w.pos === "AUX") && !refs.some((r) => r.first <= k && r.last >= k));
  const heads = refs.filter((r) => r.first > by && (stop < 0 || r.first < stop) && r.via !== "pronoun");
  return heads.length ? { heads, ...(country ? { country } : {}) } : undefined;
}
