/**
 * @module The constructions that tell a person as a guest come to a country, not one of its officials: the
 * one a host receives ("X was received by Y"), the one a visit is by ("a visit by X"), the one whose visit to
 * the country it is ("the visit of X to Tarsk"). A report filed from a capital names such a guest with a bare
 * title as it names its own officials; the dateline's country is not theirs.
 */
import { findCountries } from "../nlp/countries";
import { officeWordKind } from "../nlp/offices";
import type { PersonRef } from "./people";
import type { Sent } from "./segment";
import { isHonorific } from "./word-kinds";

/** Participles of receiving a guest, their agent after "by": "was received by", "had been welcomed at the airport by". */
const RECEIVED = new Set(["received", "welcomed", "greeted", "hosted"]);

/** Words that may stand between a name and the participle: a relative pronoun, auxiliaries, an adverb of manner. */
const BEFORE_PARTICIPLE = /^(?:,|who|which|was|were|is|are|has|have|had|been|be|being|will|would|to|also|then|later|first|warmly|cordially|officially)$/;

/** How many words may stand between the participle and its "by" ("welcomed at the airport by", "received on Monday by"). */
const BY_REACH = 5;

/** Nouns of a journey that "by" or "of" ties to the one who makes it. */
const JOURNEY = /^(?:visit|visits|trip|trips|tour|journey)$/;

/** Whether a word may be part of a title or honorific set before a name ("Prime Minister", "H.E.", "Sheikh"). */
const titleWord = (w: Sent["words"][number]): boolean => {
  const kind = officeWordKind(w.lower);
  return (kind !== undefined && kind !== "connector") || isHonorific(w) || w.lower === "the" || /^\p{Lu}/u.test(w.text);
};

/** The index of the word before a name's title ("a visit by [Prime Minister] X": "by"), skipping title words back from the name. */
function beforeTitle(sent: Sent, r: PersonRef): number {
  return beforeTitleAt(sent, r.first - 1);
}

/** The index of the first word from `k` back that is no title word nor a name's, nor a lower-case title ("first lady"). */
function beforeTitleAt(sent: Sent, k: number): number {
  while (k >= 0 && (titleWord(sent.words[k]!) || /^(?:first|lady)$/.test(sent.words[k]!.lower))) k--;
  return k;
}

/** A meal or reception one gives for a guest. */
const MEAL = /^(?:dinner|lunch|luncheon|banquet|breakfast|reception|supper)$/;
/** Verbs of giving a meal. */
const HOSTED = /^(?:hosted|hosts|host|hosting|gave|gives|give|giving|offered|offers|held|holds|threw)$/;

/**
 * Whether the "for" at `at` names whom a meal was given for: "the dinner that A hosted in Tarsk on Thursday for X", "hosted a
 * state dinner for X" (exchange67 x1136, exchange68 x1146, x1147): a meal word and a verb of giving it within the words before.
 */
function mealFor(sent: Sent, at: number): boolean {
  const words = sent.words.slice(Math.max(0, at - 14), at);
  const meal = words.findIndex((w) => MEAL.test(w.lower));
  return meal >= 0 && words.some((w, k) => HOSTED.test(w.lower) && Math.abs(k - meal) <= 8) && !words.slice(meal).some((w) => w.text === "." || w.text === ";");
}

/**
 * Whether the sentence tells the one at `r` as a guest of the country `host`:
 * - received: "Foreign Minister X was received by Y", "during which he was received by Prime Minister Y", "X, who was
 *   welcomed at the airport by Y";
 * - a visit by: "talk of a visit by Prime Minister X next year", "the first trip abroad by President X";
 * - a visit of, to the host: "the visit of Prime Minister X to Tarsk in April", "the visit of X to Veldia";
 * - a meal for: "the dinner that Prime Minister Y hosted in Tarsk for President X".
 * @example isGuestOf(sent("Foreign Minister Varan was received by Telu."), refOfVaran, "Veldia") // true
 */
export function isGuestOf(sent: Sent, r: PersonRef, host: string): boolean {
  const words = sent.words;
  let k = r.last + 1;
  while (k < words.length && BEFORE_PARTICIPLE.test(words[k]!.lower)) k++;
  // a passive ("was received", "had been welcomed") or a reduced relative ("X, received by"), never "Y has received"
  const passive = words.slice(r.last + 1, k).some((w) => /^(?:,|was|were|is|are|be|been|being)$/.test(w.lower));
  const by = words.findIndex((w, j) => j > k && j <= k + BY_REACH && w.lower === "by");
  if (passive && RECEIVED.has(words[k]?.lower ?? "") && by > k) return true;
  const before = beforeTitle(sent, r);
  const noun = words[before - 1]?.lower ?? "";
  if (words[before]?.lower === "by" && JOURNEY.test(noun)) return true;
  // (the whole list after the "for": "for President X and first lady Y")
  let listed = before;
  while (listed > 0 && /^(?:and|,)$/.test(words[listed]!.lower) && listed > before - 12) listed = beforeTitleAt(sent, listed - 1);
  if (words[listed]?.lower === "for" && mealFor(sent, listed)) return true;
  if (words[before]?.lower === "of" && JOURNEY.test(noun) && words[r.last + 1]?.lower === "to") {
    const to = words[r.last + 2];
    const place = to ? findCountries(sent.text.slice(to.lower === "the" ? words[r.last + 3]?.start ?? to.start : to.start))[0] : undefined;
    return place?.index === 0 && place.country === host;
  }
  return false;
}
