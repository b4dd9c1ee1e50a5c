/** @module A journey told in the present with a day to come ("Varan travels to Orvane on Monday", "On Thursday he moves on to Riga"): the news's present of a trip on the calendar. */
import type { Word } from "./segment";

/** A journey told in the present with a day to come: "Varan travels to Orvane on Monday", "heads to Tarsk tomorrow" (the news's present of a trip on the calendar). */
const JOURNEY_NOW = /^(?:travels|heads|leaves|departs|flies)$/;
const DAY_AHEAD = /^(?:tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** "On Thursday he moves on to Riga": the next leg of a tour told in the present (read24, read28: a minister's Baltic tours). */
const movesOn = (words: Word[], i: number): boolean => words[i]!.lower === "moves" && words[i + 1]?.lower === "on" && words[i + 2]?.lower === "to";
/** A day to come told before the verb, opening its clause: "On Thursday he moves on to …", "On Friday the minister travels to …". */
const dayAheadBefore = (words: Word[], i: number): boolean => {
  const on = words.findIndex((w, k) => k < i && w.lower === "on" && DAY_AHEAD.test(words[k + 1]?.lower ?? ""));
  return on >= 0 && (on === 0 || words[on - 1]!.text === ",") && !words.slice(on + 2, i).some((w) => w.pos === "VERB" || w.text === ",");
};
export const journeyAhead = (words: Word[], i: number): boolean =>
  // (the tagger reads "Varan travels to" as a noun after a name)
  (JOURNEY_NOW.test(words[i]!.lower) || movesOn(words, i)) && (words[i]!.pos === "VERB" || (words[i]!.pos === "NOUN" && words[i - 1]?.pos === "PROPN")) && (words.slice(i + 1, i + 8).some((w, k, after) => DAY_AHEAD.test(w.lower) && (w.lower === "tomorrow" || after[k - 1]?.lower === "on")) || dayAheadBefore(words, i));

