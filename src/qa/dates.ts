/** @module Dates: read from a question ("in 2019", "on May 3"), matched against the index, written as precisely as the article. */
import type { PartialDate } from "../facts/types";

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_NAMES = MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1));

/**
 * How a date compares with an article's publication day (ISO), at the precision the date gives:
 * negative before, 0 within (the same month for "May"), positive after; undefined when either has no year.
 * @example againstPublication({ year: 2024, month: 3 }, "2024-06-14") // < 0
 */
export function againstPublication(date: PartialDate, published: string | undefined): number | undefined {
  if (!published || date.year === undefined) return undefined;
  const [y = 0, m = 0, d = 0] = published.split("-").map(Number);
  const key = (yy: number, mm = 0, dd = 0) => yy * 10000 + mm * 100 + dd;
  return key(date.year, date.month, date.day) - key(y, date.month === undefined ? 0 : m, date.day === undefined ? 0 : d);
}

/**
 * A month's English name.
 * @example monthName(2) // "February"
 */
export const monthName = (month: number): string | undefined => MONTH_NAMES[month - 1];

/** A date a question asks about; any part may be missing. */
export interface AskedDate {
  year?: number;
  month?: number;
  day?: number;
  /** Day of the week, 0 = Sunday ("on Sunday"). */
  weekday?: number;
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

const monthOf = (word: string, w: string = word.toLowerCase()): number | undefined => {
  // (the word without its full stop, once: not once per month tried)
  const bare = w.length >= 3 ? w.replace(/\.$/, "") : "";
  const i = MONTHS.findIndex((m) => m === w || (bare !== "" && m.startsWith(bare)));
  return i >= 0 ? i + 1 : undefined;
};

/** Words that make the "May" after them the month ("in May", "early May", "last May"). */
const MONTH_BEFORE = /^(in|of|during|since|until|till|by|early|late|mid|last|next|this|before|after)$/i;

/**
 * The dates a question names: years, months, day and month in either order, days of the week.
 * @example askedDates("Who met on April 26?") // [{ month: 4, day: 26 }]
 * @example askedDates("who did she meet on Sunday") // [{ weekday: 0 }]
 */
export function askedDates(question: string): AskedDate[] {
  const out: AskedDate[] = [];
  // (the words between spaces and commas, question and exclamation marks: one match, no text replaced and split)
  const words = question.match(/[^\s,?!]+/g) ?? [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? "";
    const lower = w.toLowerCase();
    const month = /^[A-Za-z]{3,}\.?$/.test(w) ? monthOf(w, lower) : undefined;
    if (month) {
      const date: AskedDate = { month };
      const after = Number(words[i + 1]?.replace(/(st|nd|rd|th)$/, ""));
      const before = Number(words[i - 1]?.replace(/(st|nd|rd|th)$/, ""));
      if (after >= 1 && after <= 31) date.day = after;
      else if (before >= 1 && before <= 31) date.day = before;
      const year = Number(words[i + (date.day === after ? 2 : 1)]);
      if (year >= 1900 && year <= 2100) date.year = year;
      // "may" the verb ("may I ask"), not the month: a month has a day, a year or a word of time before it ("in May")
      if (lower === "may" && !date.day && !date.year && !MONTH_BEFORE.test(words[i - 1] ?? "")) continue;
      out.push(date);
      continue;
    }
    // "on Sunday": the day of the week, which a full date tells
    const weekday = WEEKDAYS.indexOf(lower);
    if (weekday >= 0 && !out.some((d) => d.weekday === weekday)) {
      out.push({ weekday });
      continue;
    }
    const year = /^(19|20)\d\d$/.test(w) ? Number(w) : 0;
    if (year && !out.some((d) => d.year === year)) out.push({ year });
  }
  return out;
}

/**
 * Whether one word is a date by itself (a month, a day of the week, a year): what
 * `askedDates(word).length > 0` says, without its lists (the linker asks it of each word of a question).
 * @example isDateWord("April") // true
 * @example isDateWord("May") // false: "may" alone is the verb
 */
export function isDateWord(word: string): boolean {
  if (/[\s,?!]/.test(word)) return askedDates(word).length > 0;
  if (/^[A-Za-z]{3,}\.?$/.test(word) && monthOf(word)) return word.toLowerCase() !== "may";
  return WEEKDAYS.includes(word.toLowerCase()) || /^(19|20)\d\d$/.test(word);
}

/**
 * Whether a date of the index fits an asked date (parts the article lacks do not count against it).
 * @example dateFits({ month: 4, day: 26, basis: "relative", text: "April 26" }, { month: 4, day: 26 }) // true
 */
export function dateFits(date: PartialDate | undefined, asked: AskedDate): boolean {
  if (!date) return false;
  if (asked.year !== undefined && date.year !== undefined && date.year !== asked.year) return false;
  if (asked.year !== undefined && date.year === undefined && asked.month === undefined) return false;
  if (asked.month !== undefined && date.month !== asked.month) return false;
  if (asked.day !== undefined && date.day !== asked.day) return false;
  if (asked.weekday !== undefined) {
    // a full date says its day of the week; a partial one only when its words name it
    if (date.year !== undefined && date.month !== undefined && date.day !== undefined) return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() === asked.weekday;
    return date.text.toLowerCase().includes(WEEKDAYS[asked.weekday]!);
  }
  return true;
}

/**
 * A date as precise as the article, saying when the year is missing or only the publication date is known.
 * @example formatDate({ month: 2, day: 4, basis: "dateline", text: "Feb 4" }) // "4 February (the article gives no year)"
 * @example formatDate({ month: 12, day: 18, basis: "relative", text: "Wednesday" }) // "Wednesday, 18 December (the article gives no year)"
 */
export function formatDate(date: PartialDate): string {
  const parts = [date.day, date.month ? MONTH_NAMES[date.month - 1] : undefined, date.year].filter((p) => p !== undefined);
  let text = parts.join(" ") || date.text;
  // "a visit on 4-5 March", "from June 9 to 11": a meeting on some day of a span is dated by its month, written with the span's days
  const span = date.day === undefined && date.month !== undefined ? daysOfSpan(date.text, date.month) : undefined;
  if (span) text = `${span} ${text}`;
  // "on Wednesday" counted to a day: the article's own word first ("Wednesday, 18 December")
  const weekday = /^(?:on\s+)?(\p{L}+day)$/iu.exec(date.text.trim())?.[1]?.toLowerCase();
  if (weekday && WEEKDAYS.includes(weekday) && date.day !== undefined && parts.length > 0) text = `${weekday[0]!.toUpperCase()}${weekday.slice(1)}, ${text}`;
  if (date.year === undefined && date.month !== undefined) text += " (the article gives no year)";
  if (date.basis === "publication") text += " (the article's publication date; it gives no other)";
  return text;
}

/** A span of days of one month as written: "4-5 March", "March 4 to 5", "from 3 to 5 March", "June 9 and 10". */
const SPAN_DAY_FIRST = /\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|and|until)\s*(\d{1,2})(?:st|nd|rd|th)?\s+(\p{L}+)/iu;
const SPAN_MONTH_FIRST = /\b(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|and|until)\s*(\d{1,2})\b/iu;

/**
 * The days of a span the words of a date give, when they are of `month`: "27-28", or undefined.
 * @example daysOfSpan("from June 9 to 11", 6) // "9-11"
 */
export function daysOfSpan(text: string, month: number): string | undefined {
  const dayFirst = SPAN_DAY_FIRST.exec(text);
  const monthFirst = dayFirst ? undefined : SPAN_MONTH_FIRST.exec(text);
  const [from, to, word] = dayFirst ? [dayFirst[1], dayFirst[2], dayFirst[3]] : monthFirst ? [monthFirst[2], monthFirst[3], monthFirst[1]] : [];
  if (!from || !to || !word || monthOf(word) !== month || Number(to) <= Number(from) || Number(to) > 31) return undefined;
  return `${Number(from)}-${Number(to)}`;
}

/**
 * An ISO date (publication) in words.
 * @example formatIsoDate("2021-06-14") // "14 June 2021"
 */
export function formatIsoDate(iso: string): string {
  let text = ISO_TEXTS.get(iso);
  if (text === undefined) {
    const [y, m, d] = iso.split("-").map(Number);
    text = !y || !m ? iso : [d, MONTH_NAMES[m - 1], y].filter(Boolean).join(" ");
    if (ISO_TEXTS.size >= 4_096) ISO_TEXTS.clear();
    ISO_TEXTS.set(iso, text);
  }
  return text;
}

/** Publication days in words, kept (bounded): every source line and meeting of a reply writes one, and articles share days. */
const ISO_TEXTS = new Map<string, string>();

/** A day told only against the story's own day: "today", "yesterday", "this morning", "earlier today". */
const STORY_DAY = /^(?:(?:earlier|later)\s+)?(today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening))$/i;

/**
 * A day said only against the story's day ("today", "yesterday") as the date it names: the article's
 * publication day (YYYY-MM-DD), else its dateline's day (which may have no year); undefined for other
 * words, or when the article gives no day to count from. Such a word alone answers no "when".
 * @example storyDayDate("today", undefined, { month: 9, day: 9, basis: "dateline", text: "Sep 9" }) // { month: 9, day: 9, basis: "relative", text: "today" }
 * @example storyDayDate("yesterday", "2021-03-01") // { year: 2021, month: 2, day: 28, … }
 */
export function storyDayDate(words: string, published?: string, dateline?: PartialDate): PartialDate | undefined {
  const said = STORY_DAY.exec(words.trim())?.[1]?.toLowerCase();
  if (!said) return undefined;
  const shift = said === "yesterday" ? -1 : said === "tomorrow" ? 1 : 0;
  const text = words.trim();
  if (published && /^\d{4}-\d{2}-\d{2}$/.test(published)) {
    const at = new Date(`${published}T12:00:00Z`);
    at.setUTCDate(at.getUTCDate() + shift);
    return { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate(), basis: "relative", text };
  }
  if (dateline?.month === undefined || dateline.day === undefined) return undefined;
  // (a dateline without a year: a day across a month's end cannot be counted)
  if (dateline.year === undefined && (dateline.day + shift < 1 || dateline.day + shift > 28)) return undefined;
  const at = new Date(Date.UTC(dateline.year ?? 2001, dateline.month - 1, dateline.day + shift, 12));
  return { ...(dateline.year === undefined ? {} : { year: at.getUTCFullYear() }), month: at.getUTCMonth() + 1, day: at.getUTCDate(), basis: "relative", text };
}

/** Whether the words are a day said only against the story's own day ("today", "yesterday"). */
export const isStoryDay = (words: string): boolean => STORY_DAY.test(words.trim());

/**
 * A bare day of the week ("Thursday", "on Thursday") as the date it names against the article's
 * publication (YYYY-MM-DD): the last such day on or before it, or, for what is to come, the next after it.
 * @example weekdayDate("Thursday", false, "2020-06-05") // { year: 2020, month: 6, day: 4, basis: "relative", text: "Thursday" }
 * @example weekdayDate("Monday", true, "2020-06-05") // { year: 2020, month: 6, day: 8, … }
 */
export function weekdayDate(words: string, ahead: boolean, published?: string): PartialDate | undefined {
  const day = WEEKDAYS.indexOf(words.trim().toLowerCase().replace(/^(on|last|this)\s+/, ""));
  if (day < 0 || !published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return undefined;
  const at = new Date(`${published}T12:00:00Z`);
  const shift = ahead ? (day - at.getUTCDay() + 7) % 7 || 7 : -((at.getUTCDay() - day + 7) % 7);
  at.setUTCDate(at.getUTCDate() + shift);
  return { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate(), basis: "relative", text: words.trim() };
}
