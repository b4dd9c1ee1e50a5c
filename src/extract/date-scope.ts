/**
 * @module Which dates of a sentence can date its meeting: not one in a phrase that starts a span
 * ("since 2019"), nor one of taking an office ("who took up the post last week"); and a range of days
 * ("from 3 to 5 May", "on 6-7 October") as the meeting's first day when the meeting is the ranged
 * event, as its month when it falls on some day of another event's span.
 */
import { isOfficeHead } from "../nlp/offices";
import type { PartialDate } from "../facts/types";
import type { Word } from "./segment";

/**
 * What ends such a phrase or clause looking back from a date: a comma, a bracket, a dash; or a "when" that opens a clause of its own
 * ("became the first foreign leader to visit Tarsk since the coup when he held talks with Y in January", "became the first
 * sitting president to set foot in Orvane when his plane touched down late on Monday").
 */
const STOP = /^(?:[,;:()—–]|when|whereupon)$/i;

/**
 * The word at `k` is in a phrase or clause opened by "since" with no comma, colon or dash between:
 * "since 2019", "since he took office on July 1". Such a date is where a span starts, not an event of the story.
 * @example inSinceClause(words("the first visit since Varan took office on July 1"), 8) // true
 */
export function inSinceClause(words: Word[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    if (STOP.test(words[j]!.text)) return false;
    if (words[j]!.lower === "since") return true;
  }
  return false;
}

/** Ordinal words of a count of contacts: "the fourth time", "its second visit". */
const ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))$/;

/**
 * The word at `k` opens the window of a count of contacts: "it was the fourth time this year that A and B had sat down
 * together", "their second meeting this year", "her first encounter this year" (heldout35 x307, heldout24 t104, heldout79
 * x768, heldout84 x808). Such a period bounds the count, it dates no one meeting.
 * @example inCountWindow(words("it was the fourth time this year that they met"), 5) // true
 */
export function inCountWindow(words: Word[], k: number): boolean {
  return /^(?:time|meeting|visit|encounter|contact|trip)$/.test(words[k - 1]?.lower ?? "") && ORDINAL.test(words[k - 2]?.lower ?? "") && /^(?:this|last)$/.test(words[k]?.lower ?? "");
}

/** Participles of being put in an office: "was appointed last month", "sworn in on Monday". */
const PUT_IN_OFFICE = /^(?:appointed|elected|re-elected|sworn|inaugurated|installed)$/;
const TAKE = /^(?:took|takes|taking|take|assumed|assumes|assuming)$/;
/** What "took" / "assumed" take when they tell an office taken: "took office", "took over", "took up the post", "assumed the presidency". */
const OFFICE_TAKEN = /^(?:office|over|charge|power)$/;
const POST = /^(?:post|helm|reins|presidency|premiership|office|oath|chair|chairmanship|job|position|role|portfolio|duties)$/;

/** "took office", "took over", "took up the post", "assumed his duties", "took the helm" from `j` (the verb). */
function takesOffice(words: Word[], j: number): boolean {
  if (!TAKE.test(words[j]!.lower)) return false;
  if (OFFICE_TAKEN.test(words[j + 1]?.lower ?? "")) return true;
  const at = words[j + 1]?.lower === "up" ? j + 2 : j + 1;
  return /^(?:the|his|her|their|its)$/.test(words[at]?.lower ?? "") && POST.test(words[at + 1]?.lower ?? "");
}

/**
 * The word at `k` is in a clause telling that someone took an office, with no comma, colon or
 * bracket between: "Veldia's new foreign minister, who took office only last week", "Varan,
 * who became prime minister in March 2019", "was appointed in May", "took up her post in June
 * 2018", "who was named crown prince on 1 June", "whose term ends on Tuesday". Such a date is the
 * office's, never a meeting's.
 * @example inOfficeClause(words("Telu, who took office last week, met Varan"), 5) // true
 */
export function inOfficeClause(words: Word[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const w = words[j]!;
    if (STOP.test(w.text)) return false;
    if (PUT_IN_OFFICE.test(w.lower)) return true;
    if (takesOffice(words, j)) return true;
    // "became prime minister in March 2019", "who was named crown prince on 1 June": the verb and an office's head word within four words
    if (/^(?:became|becomes|become|named|designated|nominated)$/.test(w.lower) && words.slice(j + 1, j + 5).some((x) => isOfficeHead(x.text))) return true;
    // "whose five-year term ends on Tuesday": the day an office's term starts or ends
    if (w.lower === "term" && /^(?:ends|ended|expires|expired|begins|began|starts|started)$/.test(words[j + 1]?.lower ?? "")) return true;
  }
  return false;
}

const DAY = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;

/**
 * Where a range of days written around a date entity starts, and its text from there: "from 3 to
 * 5 March 2019" (the entity "5 March 2019"), "6-7 October 2016" (the entity "October 2016"
 * after the word "6-7"), "6 and 7 March"; "March 3 to 5" (the entity "March 3", the range after it)
 * and "Saturday and Sunday" (the entity "Saturday") start at the entity and run past it. Undefined when no range is written there.
 * @example dayRange(words("talks from 3 to 5 May 2021"), 4, 6) // { first: 2, text: "3 to 5 May 2021" }
 */
export function dayRange(words: Word[], first: number, last: number): { first: number; text: string } | undefined {
  const text = (from: number): string => words.slice(from, last + 1).map((w) => w.text).join(" ");
  // "6-7 October 2016": the hyphenated days are one word before the month
  if (/^\d{1,2}[-–]\d{1,2}$/.test(words[first - 1]?.text ?? "")) return { first: first - 1, text: text(first - 1) };
  // "3 to 5 March", "6 and 7 March", "3 – 5 May"
  if (DAY.test(words[first]?.text ?? "") && /^(?:to|and|-|–|through)$/.test(words[first - 1]?.lower ?? "") && DAY.test(words[first - 2]?.text ?? "")) return { first: first - 2, text: text(first - 2).replace(/\s+through\s+/, " to ") };
  const after = words[last + 1]?.lower ?? "";
  // "on Saturday and Sunday", "from Sunday to Tuesday": two weekdays
  if (WEEKDAY.test(words[last]?.text ?? "") && /^(?:to|and|-|–|through)$/.test(after) && WEEKDAY.test(words[last + 2]?.text ?? "")) return { first, text: words.slice(first, last + 3).map((w) => w.text).join(" ").replace(/\s+through\s+/, " to ") };
  // "March 3 to 5", "March 3-5" (the range after a month-first day)
  if (/^(?:to|and|-|–|through)$/.test(after) && DAY.test(words[last + 2]?.text ?? "")) return { first, text: words.slice(first, last + 3).map((w) => w.text).join(" ").replace(/\s+through\s+/, " to ") };
  if (/\d\s*[-–]\s*\d/.test(text(first))) return { first, text: text(first) };
  return undefined;
}

/**
 * A date read from a range of days ("3 to 6 June", "June 3-6", "Friday and Saturday"), or its month: the span of a visit or a
 * session, which dates to the day only the ranged event itself, never another meeting told beside it.
 * @example isDaySpan({ year: 2024, month: 6, day: 3, basis: "relative", text: "3 to 6 June" }) // true
 */
export function isDaySpan(date: PartialDate | undefined): boolean {
  return date !== undefined && /\d(?:st|nd|rd|th)?\s*(?:[-–]|\bto\b|\band\b)\s*\d|day\s+(?:[-–]|to|and)\s+\p{L}+day\b/iu.test(date.text);
}

/** The end of a trip: "wrapped up", "wound up", "concluded", "ended", "completed", "rounded off", "returned home from". */
const TRIP_END = /^(?:wrapped|wraps|wound|winds|concluded|concludes|ended|ends|completed|completes|rounded|rounds|returned|returns)$/;
/** Words that set a contact before what the clause tells: "after calls on Y", "having held talks with Y", "following talks". */
const BEFORE = /^(?:after|having|following)$/;

/**
 * Where a sentence tells a trip's end ahead of a contact that came during the trip: "X wrapped up his visit today after calls on Y",
 * "wound up an official visit on Thursday, having held talks with Y", "returned home this afternoon from a visit during which he
 * and Y held talks". The index of the word that sets the contact back ("after", "having", "during which"): a date before it is the
 * day the trip ended, some day after the contact. Undefined otherwise ("wrapped up the visit on Monday with a call on Y": the call
 * was that day).
 * @example tripEndBefore(words("Lee wrapped up his visit today after talks with Wang"), 7) // 5
 */
export function tripEndBefore(words: Word[], cue: number): number | undefined {
  const end = words.findIndex((w, j) => j < cue && TRIP_END.test(w.lower) && (!w.lower.startsWith("return") || /^(?:home|from)$/.test(words[j + 1]?.lower ?? "")));
  if (end < 0) return undefined;
  for (let j = end + 1; j < cue; j++) {
    const w = words[j]!.lower;
    if (BEFORE.test(w) || ((w === "during" || w === "in") && words[j + 1]?.lower === "which")) return j;
  }
  return undefined;
}
