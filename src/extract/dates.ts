/**
 * @module Dates as precise as the article gives them: "March 3, 1998", "24 Nov", "Feb 4" (no
 * year), "On Friday" and "April 25" resolved against the publication date.
 */
import type { PartialDate } from "../facts/types";
import { MONTHS, WEEKDAYS } from "../nlp/vocab";

const MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
/** "March 3, 1998", "Apr 17,2019" (a stamp), "February 15/2023" (ENA's datelines), "November 16th 2024"; "September 10 to 12, 2022" (a span's first day, with its year). */
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:(?:\\s*(?:[-–]|to|through)\\s*\\d{1,2}(?:st|nd|rd|th)?\\b)?(?:,\\s*|\\s+|/)(1[89]\\d\\d|20\\d\\d)\\b)?`, "i");
/** "24 Nov", "3 March 1998", "the 5th of May", "07 of July of 2023" (Timor-Leste's government site). */
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(?:of\\s+)?(1[89]\\d\\d|20\\d\\d)\\b)?`, "i");
/** A range of days in one month: "on 6-7 March", "6 to 8 May": the first day. */
const DAY_RANGE = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:[-–]|to|and)\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(1[89]\\d\\d|20\\d\\d)\\b)?`, "i");
/** Day first with dots or dashes: "05.05.2022, 19:48" (a Greek agency), "01.08.2025" (a Polish portal), "16.03.2023", "14-03-2031 | 09:15" (a news site's stamp). */
const DOTTED = /\b(\d{1,2})([.-])(\d{1,2})\2(\d{4})\b/;
/** With slashes: "5/8/2025" is day-first or month-first; read only when one reading is impossible (a part over 12) or both agree. */
const SLASHED = /\b(\d{1,2})(\/)(\d{1,2})\/(\d{4})\b/;
const MONTH_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, "i");
/** A month alone, as a whole date entity: "March", "in early March". */
const MONTH_ONLY = new RegExp(`^(?:in\\s+)?(?:(?:early|late|mid)[\\s-]+)?${MONTH}$`, "i");
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const YEAR = /\b(1[89]\d\d|20\d\d)\b/;
const WEEKDAY = /\b(?:(last|next|this|on)\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;
/** "Monday last week", "Tuesday of next week", "last week on Friday": a weekday of the week before (after) publication's. */
const WEEKDAY_OF_WEEK = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\s+(?:of\s+)?(last|previous|past|next|coming|this)\s+week\b|\b(last|previous|past|next|coming)\s+week\s+on\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;
const RELATIVE_DAY = /\b(today|yesterday|tomorrow)\b/i;
/** "the day before yesterday", "the day after tomorrow": two days from publication. */
const DAY_BEYOND = /\bthe day (before yesterday|after tomorrow)\b/i;
/** "three days ago", "a week ago", "two weeks ago": days back from publication (weeks give their month, as "last week" does); "two months ago" its month, "two years ago" its year, no more. */
const AGO = /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|week|month|year)s?\s+ago\b/i;
/** "a few days ago", "several weeks ago", "some days ago": no count, a span back from publication. */
const FEW_AGO = /\b(?:(?:a\s+)?few|several|some)\s+(days?|weeks?)\s+ago\b/i;
const SMALL_NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
/** "last week", "this week", "next week": the month of the week (Monday to Sunday) a week from publication's ("Ventin was in Kyiv last week" in a paper of Wednesday 13 September 2023 is September), the year alone when that week runs into another month (a paper of Thursday 25 August: "next week" is 29 August to 4 September), nothing when it runs into another year. */
export const RELATIVE_WEEK = /\b(last|previous|past|this|next|coming)\s+week\b/i;
/** "last year", "earlier this year", "next year": a year counted from publication. */
const RELATIVE_YEAR = /\b(last|previous|past|this|next|coming)\s+year\b/i;
/** "the end of last year", "the beginning of this year": the year's last or first month. */
const YEAR_EDGE = /\b(end|beginning|start) of (last|previous|past|this|next|coming) year\b/i;
/** "in September last year", "May of this year": a month in a year counted from publication. */
const MONTH_OF_YEAR = new RegExp(`^(?:in\\s+)?(?:(?:early|late|mid)[\\s-]+)?${MONTH}(\\s*,?\\s+(?:of\\s+)?(?:last|previous|past|this|next|coming)\\s+year)$`, "i");
/** "last December", "last September", "next March": the nearest such month before (after) the publication's month. */
const RELATIVE_NAMED_MONTH = new RegExp(`\\b(last|next|this|coming|past)\\s+${MONTH}(?!\\s+\\d)`, "i");
/** "last month", "earlier this month", "next month": a month counted from publication. */
const RELATIVE_MONTH = /\b(?:(last|next|previous|coming)|(?:earlier |later )?this)\s+month\b/i;

/** The year a "last year" / "this year" / "next year" right after a month names, counted from publication; undefined without one. */
function yearCounted(after: string, context: DateContext): number | undefined {
  const m = /^\s*,?\s*(?:of\s+)?(last|previous|past|this|next|coming)\s+year\b/i.exec(after);
  if (!m || !context.published) return undefined;
  const shift = /^(?:last|previous|past)$/i.test(m[1] ?? "") ? -1 : /^(?:next|coming)$/i.test(m[1] ?? "") ? 1 : 0;
  return Number(context.published.slice(0, 4)) + shift;
}

/** Publication date as a UTC day number, or undefined. */
function dayNumber(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const t = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Number.isNaN(t) ? undefined : t / 86_400_000;
}

function fromDayNumber(day: number, basis: PartialDate["basis"], text: string): PartialDate {
  const d = new Date(day * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), basis, text };
}

const monthOf = (word: string): number | undefined => MONTHS.get(word.toLowerCase().replace(/\.$/, ""));

/** Options for {@link parseDate}. */
export interface DateContext {
  /** ISO publication date; relative dates resolve against it. Without it they keep no year. */
  published?: string;
  /** The sentence speaks of the future ("will be held on March 2"): resolve forward. Default false. */
  future?: boolean;
}

/**
 * Reads the first date in a text, as precisely as it is written; a date without a year takes the
 * publication year (basis "relative"), the nearest one back, or forward when `future`; a weekday is
 * the nearest such day on or before publication. Returns undefined when the text holds no date.
 * @example parseDate("On Friday", { published: "2022-11-25" }) // { year: 2022, month: 11, day: 25, basis: "relative", text: "On Friday" }
 * @example parseDate("Feb 4") // { month: 2, day: 4, basis: "explicit", text: "Feb 4" }
 */
export function parseDate(text: string, context: DateContext = {}): PartialDate | undefined {
  const iso = ISO.exec(text);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]), basis: "explicit", text: iso[0] };
  const numeric = readNumericDate(text);
  if (numeric) return numeric;
  const md = MONTH_DAY.exec(text);
  const range = DAY_RANGE.exec(text);
  const dm = range ? { 0: range[0], 1: range[1], 2: range[2], 3: range[3], index: range.index } : DAY_MONTH.exec(text);
  const pick = md && (!dm || md.index <= dm.index) ? { m: md[1], d: md[2], y: md[3], raw: md[0], at: md.index } : dm ? { m: dm[2], d: dm[1], y: dm[3], raw: dm[0], at: dm.index } : undefined;
  if (pick) {
    const month = monthOf(pick.m ?? "");
    const day = Number(pick.d);
    if (month && day >= 1 && day <= 31) {
      if (pick.y) return { year: Number(pick.y), month, day, basis: "explicit", text: pick.raw };
      const yearWord = yearCounted(text.slice(pick.at + pick.raw.length), context);
      if (yearWord !== undefined) return { year: yearWord, month, day, basis: "relative", text: text.slice(pick.at).trim() };
      return resolveMonthDay(month, day, pick.raw, context);
    }
  }
  const my = MONTH_YEAR.exec(text);
  if (my) return { year: Number(my[2]), month: monthOf(my[1] ?? ""), basis: "explicit", text: my[0] };
  const monthThen = MONTH_OF_YEAR.exec(text.trim());
  const counted = monthThen && /^\p{Lu}/u.test(monthThen[1] ?? "") ? yearCounted(monthThen[2] ?? "", context) : undefined;
  if (monthThen && counted !== undefined) return { year: counted, month: monthOf(monthThen[1] ?? ""), basis: "relative", text: monthThen[0] };
  const named = RELATIVE_NAMED_MONTH.exec(text);
  const namedMonth = named && /^\p{Lu}/u.test(named[2] ?? "") ? monthOf(named[2] ?? "") : undefined;
  if (named && namedMonth && context.published) {
    // "last December" in an article of April 2021 is December 2020; "last April" in April, April of the year before.
    const year = Number(context.published.slice(0, 4));
    const now = Number(context.published.slice(5, 7));
    const which = (named[1] ?? "").toLowerCase();
    const shift = which === "this" ? 0 : which === "next" || which === "coming" ? (namedMonth <= now ? 1 : 0) : namedMonth >= now ? -1 : 0;
    return { year: year + shift, month: namedMonth, basis: "relative", text: named[0] };
  }
  const published = dayNumber(context.published);
  const ofWeek = WEEKDAY_OF_WEEK.exec(text);
  if (ofWeek && published !== undefined) {
    // "on Monday last week": that weekday of the week (Monday to Sunday) before the publication's; "Tuesday next week", of the week after.
    const which = (ofWeek[2] ?? ofWeek[3] ?? "").toLowerCase();
    const target = WEEKDAYS.get((ofWeek[1] ?? ofWeek[4] ?? "").toLowerCase()) ?? 0;
    const monday = published - ((new Date(published * 86_400_000).getUTCDay() + 6) % 7);
    const weeks = /^(?:last|previous|past)$/.test(which) ? -1 : /^(?:next|coming)$/.test(which) ? 1 : 0;
    return fromDayNumber(monday + 7 * weeks + ((target + 6) % 7), "relative", ofWeek[0]);
  }
  const wd = WEEKDAY.exec(text);
  if (wd && published !== undefined) {
    const target = WEEKDAYS.get((wd[2] ?? "").toLowerCase()) ?? 0;
    const today = new Date(published * 86_400_000).getUTCDay();
    const forward = context.future || wd[1]?.toLowerCase() === "next";
    let delta = forward ? (target - today + 7) % 7 : -((today - target + 7) % 7);
    // "last Tuesday" in a paper of Wednesday is the Tuesday of the week before: yesterday would be "yesterday" (or "on Tuesday").
    if (wd[1]?.toLowerCase() === "last" && delta >= -1) delta -= 7;
    return fromDayNumber(published + delta, "relative", wd[0]);
  }
  const beyond = DAY_BEYOND.exec(text);
  if (beyond && published !== undefined) return fromDayNumber(published + (/^before/i.test(beyond[1] ?? "") ? -2 : 2), "relative", beyond[0]);
  const ago = AGO.exec(text);
  if (ago && published !== undefined && context.published) {
    const count = SMALL_NUMBERS[(ago[1] ?? "").toLowerCase()] ?? Number(ago[1]);
    // "two years ago" in a paper of 2025 is 2025 less two; "three months ago" the month three back: as precise as the words, no day
    if (/^year/i.test(ago[2] ?? "")) return { year: Number(context.published.slice(0, 4)) - count, basis: "relative", text: ago[0] };
    if (/^month/i.test(ago[2] ?? "")) {
      const months = Number(context.published.slice(0, 4)) * 12 + Number(context.published.slice(5, 7)) - 1 - count;
      return { year: Math.floor(months / 12), month: (months % 12) + 1, basis: "relative", text: ago[0] };
    }
    const back = fromDayNumber(published - count * (/^week/i.test(ago[2] ?? "") ? 7 : 1), "relative", ago[0]);
    return /^week/i.test(ago[2] ?? "") ? { year: back.year, month: back.month, basis: "relative", text: ago[0] } : back;
  }
  // "a few days ago", "several weeks ago": some days (weeks) back, as precise as the month they all fall in, else the year
  const few = FEW_AGO.exec(text);
  if (few && published !== undefined) {
    const [near, far] = /^day/i.test(few[1] ?? "") ? [2, 6] : [14, 35];
    const a = fromDayNumber(published - far, "relative", few[0]);
    const b = fromDayNumber(published - near, "relative", few[0]);
    if (a.year !== b.year) return undefined;
    return a.month === b.month ? { year: a.year, month: a.month, basis: "relative", text: few[0] } : { year: a.year, basis: "relative", text: few[0] };
  }
  const rel = RELATIVE_DAY.exec(text);
  if (rel && published !== undefined) {
    const delta = { today: 0, yesterday: -1, tomorrow: 1 }[(rel[1] ?? "").toLowerCase() as "today"] ?? 0;
    return fromDayNumber(published + delta, "relative", rel[0]);
  }
  const year = YEAR.exec(text);
  if (year) return { year: Number(year[1]), basis: "explicit", text: year[0] };
  const week = RELATIVE_WEEK.exec(text);
  if (week && published !== undefined) {
    const shift = /^(?:last|previous|past)$/i.test(week[1] ?? "") ? -7 : /^(?:next|coming)$/i.test(week[1] ?? "") ? 7 : 0;
    // the week runs Monday to Sunday: one that runs into the next month tells no month ("next week" on 25 August), one into the next year no year
    const monday = published + shift - ((new Date(published * 86_400_000).getUTCDay() + 6) % 7);
    const first = fromDayNumber(monday, "relative", week[0]);
    const last = fromDayNumber(monday + 6, "relative", week[0]);
    if (first.year !== last.year) return undefined;
    return first.month === last.month ? { year: first.year, month: first.month, basis: "relative", text: week[0] } : { year: first.year, basis: "relative", text: week[0] };
  }
  const edge = YEAR_EDGE.exec(text);
  if (edge && context.published) {
    // "at the end of last year": December of that year; "early this year": January.
    const shift = /^(?:last|previous|past)$/i.test(edge[2] ?? "") ? -1 : /^(?:next|coming)$/i.test(edge[2] ?? "") ? 1 : 0;
    return { year: Number(context.published.slice(0, 4)) + shift, month: /^end$/i.test(edge[1] ?? "") ? 12 : 1, basis: "relative", text: edge[0] };
  }
  const relYear = RELATIVE_YEAR.exec(text);
  if (relYear && context.published) {
    const shift = /^(?:last|previous|past)$/i.test(relYear[1] ?? "") ? -1 : /^(?:next|coming)$/i.test(relYear[1] ?? "") ? 1 : 0;
    return { year: Number(context.published.slice(0, 4)) + shift, basis: "relative", text: relYear[0] };
  }
  const relMonth = RELATIVE_MONTH.exec(text);
  if (relMonth && context.published) {
    const shift = /^(?:last|previous)$/i.test(relMonth[1] ?? "") ? -1 : relMonth[1] ? 1 : 0;
    const months = Number(context.published.slice(0, 4)) * 12 + Number(context.published.slice(5, 7)) - 1 + shift;
    return { year: Math.floor(months / 12), month: (months % 12) + 1, basis: "relative", text: relMonth[0] };
  }
  const alone = MONTH_ONLY.exec(text.trim());
  const month = alone && /^\p{Lu}/u.test(alone[1] ?? "") ? monthOf(alone[1] ?? "") : undefined;
  if (alone && month && context.published) {
    // "in March": the nearest March back from publication, or ahead when `future`.
    const year = Number(context.published.slice(0, 4));
    const published = Number(context.published.slice(5, 7));
    const shift = context.future ? (month < published ? 1 : 0) : month > published ? -1 : 0;
    return { year: year + shift, month, basis: "relative", text: alone[0] };
  }
  // ("in March" in a story with no publication date: the month, as "10 March" is, for the story's own date to give a year)
  if (alone && month) return { month, basis: "relative", text: alone[0] };
  return undefined;
}

/** "on the 4th," / "on the 12th of this month": a day of the month written alone. */
const ORDINAL_DAY = /\bon the (\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:[,.;)]|$|of (?:this|the) month\b|instant\b|inst\b))/i;
/** "today (14)", "this afternoon (24)", "yesterday (13)": the day of the month in brackets after a day word. */
const BRACKETED_DAY = /\b(today|yesterday|tonight|last night|this (?:morning|afternoon|evening))\s*\((\d{1,2})\)/i;

/**
 * A day of the month written without its month ("on the 4th", "today (14)"): the nearest such day of
 * the publication's month or the one before (after, when `future`). Undefined without a publication date.
 * @example readDayOfMonth("talks in Colombo on the 4th, during the visit", { published: "2024-10-07" }) // { year: 2024, month: 10, day: 4, basis: "relative", text: "on the 4th" }
 */
export function readDayOfMonth(text: string, context: DateContext): PartialDate | undefined {
  const m = BRACKETED_DAY.exec(text) ?? ORDINAL_DAY.exec(text);
  const published = dayNumber(context.published);
  if (!m || published === undefined || !context.published) return undefined;
  const day = Number(m[2] ?? m[1]);
  if (day < 1 || day > 31) return undefined;
  const [y, mo, today] = context.published.split("-").map(Number) as [number, number, number];
  // a day after publication (bar a day's difference of time zones) is last month's; one before it, next month's when ahead
  const shift = context.future ? (day < today ? 1 : 0) : day > today + 1 ? -1 : 0;
  const months = y * 12 + mo - 1 + shift;
  const at = new Date(Date.UTC(Math.floor(months / 12), months % 12, day));
  if (at.getUTCDate() !== day) return undefined;
  return { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day, basis: "relative", text: m[0] };
}

/** A weekday written before a numeric date: "Tuesday, 05/08/2025", "Thu 5/8/2025". */
const WEEKDAY_BEFORE = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)\b\.?,?\s*$/i;

/**
 * Of the two readings of "05/08/2025", the one whose day is the weekday written before it ("Tuesday, 05/08/2025" is 5 August,
 * a Tuesday; 8 May 2025 was a Thursday); undefined when no weekday is written there, null when neither reading falls on it,
 * and day first when both do.
 * @example weekdayReading("Tuesday, ", 5, 8, 2025) // [5, 8]
 */
function weekdayReading(before: string, a: number, b: number, year: number): [number, number] | null | undefined {
  const w = WEEKDAY_BEFORE.exec(before);
  if (!w) return undefined;
  const target = [...WEEKDAYS].find(([name]) => name.startsWith((w[1] ?? "").toLowerCase().slice(0, 3)))?.[1];
  const fits = ([day, month]: [number, number]): boolean => {
    const at = new Date(Date.UTC(year, month - 1, day));
    return at.getUTCDay() === target && at.getUTCMonth() === month - 1;
  };
  const readings = ([[a, b], [b, a]] as [number, number][]).filter(fits);
  return readings[0] ?? null;
}

/** "05.05.2022" (day first), "26/1/2026" (day over 12), "1/26/2026" (month first, day over 12), "Tuesday, 05/08/2025" (the reading on that weekday); "5/8/2025" is read day first. */
function readNumericDate(text: string): PartialDate | undefined {
  const dotted = DOTTED.exec(text);
  const slashed = dotted ? undefined : SLASHED.exec(text);
  const m = dotted ?? slashed;
  if (!m) return undefined;
  // (both patterns keep their separator as the second group)
  const [a, b, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
  let day = a;
  let month = b;
  if (slashed) {
    if (a > 12 && b <= 12) [day, month] = [a, b];
    else if (b > 12 && a <= 12) [day, month] = [b, a];
    else if (a !== b) {
      // Day first, as the press of most of the world writes it ("Published 07/09/2022" on a Venezuelan page, "02/08/2023"
      // on Viet Nam's ministry's), unless a weekday written before it says otherwise.
      const reading = weekdayReading(text.slice(0, m.index), a, b, year);
      if (reading === null) return undefined;
      [day, month] = reading ?? [a, b];
    }
  }
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return { year, month, day, basis: "explicit", text: m[0] };
}

/** How many days before publication a day told as to come may fall and still be this year's. */
const PLAN_PASSED_DAYS = 30;

function resolveMonthDay(month: number, day: number, text: string, context: DateContext): PartialDate {
  const published = dayNumber(context.published);
  if (published === undefined || !context.published) return { month, day, basis: "explicit", text };
  let year = Number(context.published.slice(0, 4));
  const at = (y: number): number => Date.UTC(y, month - 1, day) / 86_400_000;
  // A day to come a month or more before publication is next year's ("will meet on 5 January" in a paper of late December);
  // one of the last few weeks is this year's: a plan told before the day fell, or a span under way ("the visit, scheduled to run
  // from 3 to 6 June", in a paper of 6 June).
  if (context.future) {
    if (at(year) < published - PLAN_PASSED_DAYS) year += 1;
  } else if (at(year) > published + 7) year -= 1;
  return { year, month, day, basis: "relative", text };
}

/**
 * Formats a partial date for people: "25 November 2022", "4 February (no year given)".
 * @example formatDate({ month: 2, day: 4, basis: "explicit", text: "Feb 4" }) // "4 February (no year given)"
 */
export function formatDate(date: PartialDate): string {
  const names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  const parts = [date.day, date.month ? names[date.month - 1] : undefined, date.year].filter((p) => p !== undefined);
  const text = parts.join(" ");
  return date.year === undefined && date.month !== undefined ? `${text} (no year given)` : text || date.text;
}

/**
 * Days from the article's day a day word counts: "yesterday" -1, "tomorrow" 1, "the day before yesterday" -2; undefined for any other.
 * @example dayShift("Yesterday") // -1
 */
export function dayShift(text: string): number | undefined {
  const beyond = DAY_BEYOND.exec(text);
  if (beyond) return /yesterday/i.test(beyond[1] ?? "") ? -2 : 2;
  const rel = RELATIVE_DAY.exec(text);
  return rel ? { today: 0, yesterday: -1, tomorrow: 1 }[(rel[1] ?? "").toLowerCase() as "today"] : undefined;
}

/**
 * A month's day moved by some days, with no year known (counted in a common year: "1 March" less a day is 28 February).
 * @example shiftedDay(3, 1, -1) // { month: 2, day: 28 }
 */
export function shiftedDay(month: number, day: number, delta: number): { month: number; day: number } {
  const d = new Date(Date.UTC(2001, month - 1, day + delta));
  return { month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * An ISO day on `month`/`day` in a year when that day is `weekday` (0 Sunday … 6 Saturday): a stand-in
 * to count other weekdays from when an article gives a day and a weekday but no year. The latest such
 * year up to 2030.
 * @example anchorDay(5, 4, 2) // "2027-05-04" (a Tuesday)
 */
export function anchorDay(month: number, day: number, weekday: number): string | undefined {
  for (let year = 2030; year >= 2000; year--) {
    const d = new Date(Date.UTC(year, month - 1, day));
    if (d.getUTCMonth() === month - 1 && d.getUTCDay() === weekday) return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  }
  return undefined;
}

/**
 * "since ", "since March ", "since 12 March ", "since diplomatic ties were established in ", "since he took office in
 * October ": the words before a year a span starts from, a clause of a few words with no stop or comma.
 */
const SINCE_BEFORE = /\bsince\s+(?:[^\s,.;:]+\s+){0,6}$/i;

/**
 * The year of a dateline without one ("ORVANE, Oct 9 (Agency) - … on Monday"): of the years the
 * article names anywhere ("Forum 2023", "in May 2012"; not "since 2012", where a span starts), the one
 * in which the dateline's day falls on the lead's weekday. Undefined when none does, or more than one.
 * @example yearOfWeekday(10, 9, 1, "ORVANE, Oct 9 - … on Monday … since 2012 … Forum 2023") // 2023
 */
export function yearOfWeekday(month: number, day: number, weekday: number, text: string): number | undefined {
  // (not a year a span starts from, "since 1978", "since March 1978": a founding or an office taken, long before the story)
  const years = new Set([...text.matchAll(STORY_YEAR)].filter((m) => !SINCE_BEFORE.test(text.slice(Math.max(0, m.index - 64), m.index))).map((m) => Number(m[1])));
  const named = [...years].filter((y) => fallsOn(y, month, day, weekday));
  return named.length === 1 ? named[0] : undefined;
}

/** A year a story may name: 1950–2049. */
const STORY_YEAR = /\b(19[5-9]\d|20[0-4]\d)\b/g;

/** Whether that day of that year (a real day of the month) is the weekday (0 Sunday … 6 Saturday). */
function fallsOn(year: number, month: number, day: number, weekday: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDay() === weekday;
}

/** "Tuesday, September 26", "Tuesday, 26 September", "Tuesday (26 September)", "on Tuesday 26 September": a day written with its weekday. */
const WEEKDAY_DATE = new RegExp(String.raw`\b(${[...WEEKDAYS.keys()].join("|")}),?\s+\(?(?:(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?|([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?)\b`, "gi");

/**
 * The weekday of a yearless dateline's day ("NEW YORK, Sept 24 (Agency) -"), as a day the article writes with its weekday
 * within a month of it tells it ("… on Tuesday, September 26"): every such day must agree. Undefined when none tells it.
 * @example weekdayOfDatelineDay(9, 24, "is to speak on Tuesday, September 26.") // 0 (a Sunday)
 */
export function weekdayOfDatelineDay(month: number, day: number, text: string): number | undefined {
  const told = new Set<number>();
  for (const m of text.matchAll(WEEKDAY_DATE)) {
    const weekday = WEEKDAYS.get(m[1]!.toLowerCase())!;
    const dayOf = Number(m[2] ?? m[5]);
    const monthOfPair = monthOf(m[3] ?? m[4] ?? "");
    if (monthOfPair === undefined || dayOf < 1 || dayOf > 31) continue;
    // days apart in a year with no 29 February between them (a leap day shifts a span across it by one: too rare to weigh)
    const apart = Math.round((Date.UTC(2001, monthOfPair - 1, dayOf) - Date.UTC(2001, month - 1, day)) / 86_400_000);
    if (Math.abs(apart) > 31) continue;
    told.add((((weekday - apart) % 7) + 7) % 7);
  }
  return told.size === 1 ? [...told][0] : undefined;
}

/**
 * The year of a numeric date the page prints ("Published: 7/8/2025") that reads as the dateline's
 * month and day one way or the other: the slashed date is ambiguous alone, not beside the dateline.
 * @example yearBesideDateline("Published: 7/8/2025", 8, 7) // 2025
 */
export function yearBesideDateline(text: string, month: number, day: number): number | undefined {
  for (const m of text.matchAll(/\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/g)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if ((a === day && b === month) || (a === month && b === day)) return Number(m[3]);
  }
  return undefined;
}

/**
 * The year of a dateline without one ("TARSK, Oct 9 (Wire) –") from the dates with a year the article
 * writes near it: a day ("the accord signed on 3 October 2023") from two months before the dateline's
 * day to two weeks after, or a month ("in September 2023") up to two months before. Undefined when none
 * does, or when they point to different years.
 * @example yearNearDateline(10, 9, "TARSK, Oct 9 (Wire) – … the accord signed on 3 October 2023 … since 2012") // 2023
 */
export function yearNearDateline(month: number, day: number, text: string): number | undefined {
  const years = new Set<number>();
  const at = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86_400_000;
  for (const m of text.matchAll(new RegExp(`${DAY_MONTH.source}|${MONTH_DAY.source}|${MONTH_YEAR.source}`, "gi"))) {
    // (not a span's start: "since the March 2019 accord")
    if (SINCE_BEFORE.test(text.slice(Math.max(0, m.index - 64), m.index))) continue;
    const written = parseDate(m[0]);
    if (written?.basis !== "explicit" || written.year === undefined || written.month === undefined) continue;
    // (nor a month naming an event of its own, "the March 2015 election", "the May 2019 coup": not the story's time)
    if (written.day === undefined && /\b(?:the|a|an|its|their|his|her)\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    for (const y of [written.year - 1, written.year, written.year + 1]) {
      const near =
        written.day !== undefined
          ? at(y, month, day) - at(written.year, written.month, written.day) >= -14 && at(y, month, day) - at(written.year, written.month, written.day) <= 62
          : y * 12 + month - (written.year * 12 + written.month) >= 0 && y * 12 + month - (written.year * 12 + written.month) <= 2;
      if (near) years.add(y);
    }
  }
  return years.size === 1 ? [...years][0] : undefined;
}
