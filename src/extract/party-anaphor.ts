/**
 * @module A travelling party referred to in the plural: "Varan arrived together with Telu. The two were met by Kel",
 * "… the two ministers were received by Kel", "Kel welcomed them", "The visitors were met at the airport by Kel". The
 * phrase stands for the people the nearest sentence before made one side (the subject and those travelling with them),
 * so that a contact whose one side it is joins them with the other side named. The frame engine reads the phrase in a
 * side's slot ({@link pluralAnaphorAt}, {@link pluralAnaphorBefore}); the meeting finder gives it the party
 * ({@link partyOf}).
 */
import { isPluralOffice } from "../nlp/offices";
import type { PersonRef } from "./people";
import type { Word } from "./segment";

/** Nouns of people in the plural a "the two …" or "both …" may have: "the two leaders", "both envoys". */
const PEOPLE_NOUNS = /^(?:leaders|envoys|visitors|officials|diplomats|guests|men|women|dignitaries|statesmen|emissaries|delegates)$/;

/** Words of a plural that stands for a party of people: "the visitors", "the visiting ministers". */
const VISITORS = /^(?:visitors|guests|emissaries)$/;

/** Words that join a companion to the one travelling: "together with X", "travelling with X", "accompanied by X". */
const COMPANION = /^(?:together|travelling|traveling|accompanied|joined)$/;

/** "The team is led by X": the one who leads a party is of it. */
const LEADS = /^(?:led|headed)$/;

const isPeopleNoun = (w: Word | undefined): boolean => w !== undefined && (PEOPLE_NOUNS.test(w.lower) || isPluralOffice(w.lower));

/** Words one of which every plural {@link pluralAnaphorAt} reads holds: a sentence without them is not looked at. */
const PLURAL_WORDS = /^(?:them|two|both|visitors|guests|emissaries|visiting)$/;

/** Whether a sentence may hold a plural standing for a party (a superset, cheap to test). */
export const mayReferToParty = (words: readonly Word[]): boolean => words.some((w) => PLURAL_WORDS.test(w.lower));

/**
 * The last word of a plural that stands for a party, when one starts at word `k`, and how many people it says:
 * "them" (any), "the two" / "the two ministers" (2), "both ministers" (any), "the visitors" (any); else undefined.
 * @example pluralAnaphorAt(words of "Kel welcomed the two ministers", 2) // { last: 4, count: 2 }
 */
export function pluralAnaphorAt(words: readonly Word[], k: number): { last: number; count?: number } | undefined {
  const w = words[k];
  if (!w) return undefined;
  if (w.lower === "them") return { last: k };
  if (w.lower === "both" && isPeopleNoun(words[k + 1])) return { last: k + 1 };
  if (w.lower !== "the") return undefined;
  const next = words[k + 1];
  if (next?.lower === "two") {
    if (isPeopleNoun(words[k + 2])) return { last: k + 2, count: 2 };
    // "The two were met by …": "the two" alone, a verb or an auxiliary right after.
    if (/^(?:AUX|VERB|ADV)$/.test(words[k + 2]?.pos ?? "")) return { last: k + 1, count: 2 };
    return undefined;
  }
  if (next && VISITORS.test(next.lower)) return { last: k + 1 };
  if (next?.lower === "visiting" && isPeopleNoun(words[k + 2])) return { last: k + 2 };
  return undefined;
}

/**
 * A plural standing for a party as the subject right before word `cue` (auxiliaries and adverbs between): "the two
 * ministers were received", "The visitors were met"; its first and last word, and how many it says.
 * @example pluralAnaphorBefore(words of "The two were met by Kel", 3) // { first: 0, last: 1, count: 2 }
 */
export function pluralAnaphorBefore(words: readonly Word[], cue: number): { first: number; last: number; count?: number } | undefined {
  let k = cue - 1;
  while (k >= 0 && /^(?:AUX|ADV|PART)$/.test(words[k]!.pos) && words[k]!.lower !== "to") k--;
  for (const first of [k - 2, k - 1]) {
    if (first < 0) continue;
    const found = pluralAnaphorAt(words, first);
    if (found && found.last === k && found.last > first && (first === 0 || /^(?:,|PUNCT|ADP|SCONJ|CCONJ)$/.test(words[first - 1]!.pos) || words[first - 1]!.text === ",")) return { first, ...found };
  }
  return undefined;
}

/**
 * The people a sentence makes one travelling side: the subjects of its main clause and those it joins to them ("Varan
 * arrived together with Telu", "led by Varan, who is travelling with Telu", "accompanied by Telu").
 * @example partyOf(words of "Varan arrived together with Telu.", refs, subjects) // [Varan, Telu]
 */
export function partyOf(words: readonly Word[], refs: readonly PersonRef[], subjects: readonly PersonRef[]): number[] {
  const party = new Set(subjects.map((r) => r.person));
  for (const r of refs) {
    // "together with the Chief of Staff, General X", "travelling with X", "led by Veldia's foreign minister, X": a title before the name at most.
    let k = r.first - 1;
    while (k > 0 && k >= r.first - 10 && !/^(?:with|by)$/.test(words[k]!.lower) && (/^(?:PROPN|NOUN|ADJ|DET|PART|PUNCT)$/.test(words[k]!.pos) || words[k]!.lower === "of") && !refs.some((o) => o.last === k)) k--;
    if (!/^(?:with|by)$/.test(words[k]?.lower ?? "")) continue;
    if (COMPANION.test(words[k - 1]?.lower ?? "") || (words[k]!.lower === "by" && LEADS.test(words[k - 1]?.lower ?? ""))) party.add(r.person);
  }
  return [...party];
}
