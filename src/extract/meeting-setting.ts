/** @module When and where a meeting took place: its date, place and venue, read from its sentence and the article. */
import type { PartialDate } from "../facts/types";
import { countryOfCity, findCountries } from "../nlp/countries";
import { parseDate } from "./dates";
import type { LocalMeeting, MeetingContext } from "./meetings";
import type { Sent, Word } from "./segment";

/**
 * The date of a meeting as precisely as its sentence gives it: a date written in it (resolved against
 * publication), a vague one kept as written, the post's date for a quoted post, the dateline's for
 * the first sentence, else the publication date (basis "publication").
 * @example readMeetingDate(sent, ctx, 0) // { year: 2022, month: 11, day: 25, basis: "relative", text: "Friday" }
 */
export function readMeetingDate(sent: Sent, ctx: MeetingContext, si: number): PartialDate | undefined {
  const future = sent.words.some((w) => w.lower === "will");
  // A quoted post's "today" is the post's day, not the article's.
  const reference = sent.quote !== undefined ? isoOf(ctx.quoteDates[sent.quote]) ?? ctx.published : ctx.published;
  for (const e of sent.entities) {
    if (e.type !== "DATE" || isAhead(sent.words, e.first, e.text)) continue;
    const date = parseDate(e.text, reference ? { published: reference, future } : { future });
    if (date && (date.day !== undefined || date.month !== undefined)) return date;
    // "last week", "earlier this month": kept as written, not as the publication date.
    if (!date && /\b(?:last|next|this|earlier|later|past)\b.*\b(?:week|month|year)\b/i.test(e.text)) return { basis: "relative", text: e.text };
    // "on Friday" in an article with no publication date: kept as written.
    if (!date && !reference && /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\b/i.test(e.text)) return { basis: "relative", text: e.text };
  }
  if (sent.quote !== undefined) return ctx.quoteDates[sent.quote];
  const firstBody = ctx.sents.find((s) => !s.title && s.quote === undefined);
  if (firstBody?.index === si && ctx.datelineDate) return ctx.datelineDate;
  if (ctx.published) {
    const [y, m, d] = ctx.published.split("-").map(Number);
    return { year: y, month: m, day: d, basis: "publication", text: ctx.published } as PartialDate;
  }
  return undefined;
}

/** "later this year", "next month", "the dialogue scheduled for December 2": a date ahead of the article, never when a reported meeting took place. */
function isAhead(words: Word[], first: number, text: string): boolean {
  if (/^(?:next|later|coming)\b/i.test(text) || /^(?:later|next|coming)$/.test(words[first - 1]?.lower ?? "")) return true;
  return afterFutureMarker(words, first);
}

/** The word at `k` follows "scheduled", "planned", "will", "to be held" in its sentence. */
function afterFutureMarker(words: Word[], k: number): boolean {
  return words.slice(0, k).some((w, i) => FUTURE_MARKERS.has(w.lower) || (w.lower === "be" && words[i - 1]?.lower === "to" && /^(?:held|hosted)$/.test(words[i + 1]?.lower ?? "")));
}

const FUTURE_MARKERS: ReadonlySet<string> = new Set(["scheduled", "planned", "slated", "upcoming", "will", "next"]);

/**
 * The ISO form of a full date ("2024-03-12"), or undefined when a part is missing.
 * @example isoOf({ year: 2024, month: 3, day: 12, basis: "explicit", text: "March 12, 2024" }) // "2024-03-12"
 */
export function isoOf(date: PartialDate | undefined): string | undefined {
  if (date?.year === undefined || date.month === undefined || date.day === undefined) return undefined;
  return `${date.year}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
}

/** Nouns whose "in X" names where a topic is: "the situation in Gaza", "the war in Ukraine". */
const TOPIC_HEADS = /^(?:situation|crisis|war|conflict|developments|events|escalation|ceasefire|truce|peace|stability|security|tensions|violence|fighting|elections?|reconstruction|investments?|projects?|operations|aggression|hostilities|attacks?|settlement|process|presence|interests|stake|cooperation|trade|growth|refugees|prisoners|hostages)$/;

/**
 * The place written in a meeting's sentence: a city or country after "in", past the cue word.
 * @example readPlace(segment([{ text: "X met Y in Beijing." }])[0]!.words, 1) // "Beijing"
 */
export function readPlace(words: Word[], cue: number): string | undefined {
  for (let k = Math.max(0, cue); k < words.length - 1; k++) {
    if (words[k]!.lower !== "in") continue;
    // "discussed the situation in Gaza": where a topic is, not where they met; "the dialogue scheduled for … in Canberra": where they will meet.
    if (TOPIC_HEADS.test(words[k - 1]?.lower ?? "") || (k > cue && afterFutureMarker(words.slice(Math.max(0, cue)), k - Math.max(0, cue)))) continue;
    const one = words[k + 1]!.text;
    const two = `${one} ${words[k + 2]?.text ?? ""}`;
    if (countryOfCity(two)) return two;
    if (countryOfCity(one)) return one;
    const country = findCountries(one)[0];
    if (country?.kind === "name" && country.text === one) return one;
  }
  return undefined;
}

/**
 * Sets the venue of a meeting from a sentence, if it has none: "at the headquarters of …", "at Hyderabad House".
 * @example readVenue("They met at the Foreign Ministry.", meeting) // meeting.venue === "the Foreign Ministry"
 */
export function readVenue(text: string, meeting: LocalMeeting): void {
  if (meeting.venue) return;
  const venue =
    /\bat (the (?:headquarters|premises|residence|offices?|building|seat|palace)\b[^,;.]*)/i.exec(text) ??
    /\bat ((?:the )?(?:\p{Lu}[\p{L}'’-]*\s?)+(?:Palace|House|Hall|Ministry(?: of [\p{L} ]+)?|Embassy(?: of [\p{L} ]+)?|Kremlin|Centre|Center))/u.exec(text);
  if (venue) meeting.venue = venue[1]!.trim();
}
