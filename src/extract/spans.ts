/**
 * @module Typed spans of a sentence, for the reader: wink-nlp's entities (dates, numbers, amounts,
 * percentages, ordinals, durations), times of day widened to the words that belong to them ("more than 60",
 * "an hour and 15 minutes", "RM7.53 billion"), the people the article names, countries and cities.
 */
import type { Span, SpanType } from "../facts/types";
import { findCountries } from "../nlp/countries";
import type { PersonRef } from "./people";
import type { Sent } from "./segment";

/** wink-nlp entity type → span type. */
const ENTITY_TYPES: Record<string, SpanType> = { DATE: "date", CARDINAL: "number", MONEY: "number", PERCENT: "number", ORDINAL: "ordinal", DURATION: "duration" };

/** Words before a number or duration that belong to it ("more than 60", "about half an hour", "an hour"). */
const LEAD_WORDS = new Set(["more", "less", "fewer", "than", "over", "under", "about", "around", "nearly", "almost", "some", "roughly", "approximately", "least", "only", "just"]);

/** Words before a duration that belong to it ("half an hour", "an hour"). */
const DURATION_LEAD = new Set(["half", "an", "a"]);

/** Words joining two parts of one duration or amount ("an hour and 15 minutes"). */
const JOINERS = new Set(["and"]);

/** A fraction that ends a duration after "and": "an hour and a half", "an hour and three quarters". */
const FRACTION_TAIL = /^and\s+(?:a\s+half|a\s+quarter|three[\s-]quarters)\b/i;

/** Scale words after a number ("1.77 billion"). */
const SCALES = new Set(["thousand", "million", "billion", "trillion", "per", "cent", "percent"]);

/** A number written with digits, its currency letters or sign and its scale ("RM7.53 billion", "US$1.77 billion", "K55 million", "85.66"). */
const DIGITS = /(?:[A-Z]{1,3}\$?|\$|€|£)?\d[\d,.]*\d?(?:\s(?:thousand|million|billion|trillion))?(?:\s?(?:per cent|percent|%))?/g;

/**
 * A time of day: "12.15 p.m.", "3 pm", "16:28", "at 8.20" (hours and minutes with a point only after "at"), "noon", "midnight";
 * with "(local time)" when written.
 */
const CLOCK = /\b(?:(?:[01]?\d|2[0-3])[:.][0-5]\d\s?(?:[ap]\.m\.|[ap]m\b)|(?:1[0-2]|0?[1-9])\s?(?:[ap]\.m\.|[ap]m\b)|(?:[01]?\d|2[0-3]):[0-5]\d\b|(?<=\bat )(?:[01]?\d|2[0-3])\.[0-5]\d\b|(?:12 )?noon\b|midnight\b)(?:\s\(?local time\)?)?/gi;

/**
 * The typed spans of one sentence, in order, none overlapping another of its type.
 * @example findSpans(sent, refs) // [{ type: "number", start: 24, end: 38 }, { type: "date", start: 39, end: 48 }]
 */
export function findSpans(sent: Sent, refs: PersonRef[]): Span[] {
  const spans: Span[] = [];
  const { words, text } = sent;
  const byType = new Map<SpanType, Span[]>();
  const add = (type: SpanType, start: number, end: number) => {
    // (a time keeps the stop of its "p.m.")
    while (end > start && /[\s.,;:)]/.test(text[end - 1] ?? "") && !(type === "time" && /[ap]\.m\.$/i.test(text.slice(start, end)))) end--;
    if (end <= start) return;
    const list = byType.get(type) ?? [];
    const overlap = list.find((s) => s.start < end && start < s.end);
    if (overlap) {
      overlap.start = Math.min(overlap.start, start);
      overlap.end = Math.max(overlap.end, end);
      return;
    }
    const span = { type, start, end };
    list.push(span);
    byType.set(type, list);
    spans.push(span);
  };
  for (const e of widen(sent)) add(e.type, words[e.first]!.start, words[e.last]!.end);
  // "a 50-minute call", "a two-day visit": a duration written as one word
  for (const m of text.matchAll(/\b[\p{L}\d]+-(?:minute|hour|day|week|month|year)\b/gu)) if (!spans.some((x) => x.type === "duration" && x.start <= m.index && m.index < x.end)) add("duration", m.index, m.index + m[0].length);
  for (const m of text.matchAll(CLOCK)) add("time", m.index, m.index + m[0].length);
  for (const m of text.matchAll(DIGITS)) {
    if (/^\d{4}$/.test(m[0]) || /^\d{1,2}:\d\d/.test(text.slice(m.index)) || !/\d/.test(m[0])) continue; // a year is a date, 16:28 a time
    const end = m.index + m[0].length;
    if (spans.some((s) => s.type !== "number" && s.start < end && m.index < s.end)) continue; // the day of a date, the "two" of "two-year"
    const lead = leadOf(sent, m.index);
    add("number", lead, end);
  }
  for (const ref of refs) if (ref.via === "name" || ref.via === "short") add("person", words[ref.first]!.start, words[ref.last]!.end);
  for (const run of namedPlaces(sent)) if (!spans.some((x) => x.type !== "place" && x.start < run.end && run.start < x.end)) add("place", run.start, run.end);
  for (const c of findCountries(text)) {
    if (c.kind === "city") add("place", c.index, c.index + c.text.length);
    else if (c.kind !== "demonym") add("country", c.index, c.index + c.text.length);
  }
  // a number inside a date or duration is part of it ("27" of "November 27", "two" of "a two-year")
  const inOther = (n: Span) => spans.some((s) => (s.type === "date" || s.type === "duration") && s.start <= n.start && n.end <= s.end);
  return spans.filter((s) => s.type !== "number" || !inOther(s)).sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The entities of a sentence as word ranges, with the words that belong to them. */
function widen(sent: Sent): { type: SpanType; first: number; last: number }[] {
  const out: { type: SpanType; first: number; last: number }[] = [];
  for (const e of sent.entities) {
    const type = ENTITY_TYPES[e.type];
    if (!type) continue;
    let { first, last } = e;
    if (type !== "date" && type !== "ordinal") {
      const lead = (w: string) => LEAD_WORDS.has(w) || (type === "duration" && DURATION_LEAD.has(w));
      while (first > 0 && lead(sent.words[first - 1]!.lower)) first--;
      if (first > 0 && sent.words[first]!.lower === "least" && sent.words[first - 1]!.lower === "at") first--;
      while (last + 1 < sent.words.length && SCALES.has(sent.words[last + 1]!.lower)) last++;
      // a number written with digits before its scale word: "RM7.53 billion"
      if (first > 0 && /\d/.test(sent.words[first - 1]!.text) && SCALES.has(sent.words[first]!.lower)) first--;
    }
    if (type === "duration") {
      const tail = FRACTION_TAIL.exec(sent.words.slice(last + 1, last + 4).map((w) => w.text).join(" "));
      if (tail) last += tail[0].split(/\s+/).length;
    }
    const previous = out[out.length - 1];
    if (previous && previous.type === type && type === "duration" && previous.last + 2 === first && JOINERS.has(sent.words[first - 1]!.lower)) previous.last = last;
    else out.push({ type, first, last });
  }
  return out;
}

/** Words that join the capitalised words of one name ("Great Hall of the People"). */
const NAME_JOINERS = new Set(["of", "the", "de", "del", "al"]);

const isCapitalised = (w: { text: string }) => /^\p{Lu}/u.test(w.text);

/**
 * Named places a sentence puts something at: a capitalised name after "at" or "in" ("at APEC
 * Haus", "in the Great Hall of the People", "at Al-Bahr Palace").
 */
function namedPlaces(sent: Sent): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const { words } = sent;
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i]!.lower !== "at" && words[i]!.lower !== "in") continue;
    let first = i + 1;
    if (words[first]!.lower === "the") first++;
    if (!words[first] || !isCapitalised(words[first]!) || MONTHS.has(words[first]!.lower)) continue;
    let last = first;
    while (last + 1 < words.length && (isCapitalised(words[last + 1]!) || (NAME_JOINERS.has(words[last + 1]!.lower) && words[last + 2] && isCapitalised(words[last + 2]!)))) last++;
    if (sent.entities.some((e) => e.first <= last && first <= e.last)) continue;
    out.push({ start: words[first]!.start, end: words[last]!.end });
    i = last;
  }
  return out;
}

const MONTHS = new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);

/** Where a number found by its digits starts, with its lead words ("more than 1,200"). */
function leadOf(sent: Sent, at: number): number {
  const i = sent.words.findIndex((w) => w.start <= at && at < w.end);
  let first = i;
  while (first > 0 && LEAD_WORDS.has(sent.words[first - 1]!.lower)) first--;
  return first >= 0 ? Math.min(sent.words[first]!.start, at) : at;
}
