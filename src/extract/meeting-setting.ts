/** @module When and where a meeting took place: its date, place and venue, read from its sentence and the article. */
import type { PartialDate } from "../facts/types";
import { capitalOf, capitalOfCountry, cityNamedAfter, countryOfCity, findCountries, isRegion, placeLetters } from "../nlp/countries";
import { escapeRegExp, fold } from "../nlp/fold";
import { isEnvoyTitle } from "../nlp/offices";
import { splitClauses } from "./clauses";
import { dayRange, inCountWindow, inOfficeClause, inSinceClause, isDaySpan, tripEndBefore } from "./date-scope";
import { dayShift, parseDate, readDayOfMonth, shiftedDay } from "./dates";
import { datesApart } from "./pair-again";
import { MONTHS, ORGANISATION_WORDS, VENUE_HEADS, WEEKDAYS } from "../nlp/vocab";
import { visitedCountry } from "./visit-hosts";
import type { LocalMeeting, MeetingContext } from "./meetings";
import type { Sent, Word, WordEntity } from "./segment";
import type { PersonRef } from "./people";
import { tripDestination, tripPlace } from "./visit-place";
import { journeyAhead } from "./journey-ahead";
import { dateFrom, placeFrom } from "./provenance";

/**
 * The stretch of a sentence that belongs to one counterpart of a list: from the last "and" (or ";")
 * between the previous counterpart and this one to the first one before the next, so that a date
 * written in it is this counterpart's ("on Tuesday with A, and on Wednesday with B"). Undefined when
 * the counterpart is alone or no "and" parts the list.
 * @example counterpartPart(words, refs, 1) // [12, 30]
 */
export function counterpartPart(words: Word[], counterparts: { first: number; last: number }[], which: number): [number, number] | undefined {
  const sorted = [...counterparts].sort((a, b) => a.first - b.first);
  const me = counterparts[which];
  if (!me || sorted.length < 2) return undefined;
  const at = sorted.indexOf(me);
  const joint = (from: number, to: number, last: boolean): number | undefined => {
    const found = words.slice(from, to).map((w, k) => (/^(?:and|;)$/.test(w.lower) ? from + k : -1)).filter((k) => k >= 0);
    return last ? found.at(-1) : found[0];
  };
  const before = at > 0 ? joint(sorted[at - 1]!.last + 1, me.first, true) : undefined;
  const after = at < sorted.length - 1 ? joint(me.last + 1, sorted[at + 1]!.first, false) : undefined;
  if ((at > 0 && before === undefined) || (at < sorted.length - 1 && after === undefined)) return undefined;
  return [before ?? -1, after ?? words.length];
}

/**
 * The date of a meeting as precisely as its sentence gives it: a date written in it (resolved against
 * publication: backwards for a meeting held, forwards for one planned), "today" / "this evening" as
 * the publication day, "that day" / "the following day" against the day the story last named, a vague
 * one ("last week", "last year") as the month or year it means; else the post's date for a quoted post,
 * the dateline's for the first sentence, else the publication date (basis "publication").
 * @example readMeetingDate(sent, ctx, 0) // { year: 2022, month: 11, day: 25, basis: "relative", text: "Friday" }
 */
export function readMeetingDate(sent: Sent, ctx: MeetingContext, si: number, cue?: number, part?: [number, number], ahead = false): PartialDate | undefined {
  const own = readOwnDate(sent, ctx, si, true, cue, part, ahead);
  if (own) return own;
  // "The first accord was made in Orvel in May 2019. There A and B signed …": the time of the place "There" points back to
  const before = ctx.sents[si - 1];
  const then = opensOnThere(sent.words) && before && !before.title && before.quote === sent.quote ? readOwnDate(before, ctx, si - 1) : undefined;
  if (then) return then;
  const firstBody = ctx.sents.find((s) => !s.title && s.quote === undefined)?.index;
  const hour = atClockTimeOnly(sent) ? dayOfTheHour(sent, ctx, si, ahead, firstBody) : undefined;
  if (hour) return hour;
  if (sent.quote !== undefined) return ctx.quoteDates[sent.quote];
  if (firstBody === si && ctx.datelineDate) return ctx.datelineDate;
  if (ctx.published) {
    const [y, m, d] = ctx.published.split("-").map(Number);
    return { year: y, month: m, day: d, basis: "publication", text: ctx.published } as PartialDate;
  }
  return undefined;
}

/** A sentence dated by an hour of the clock alone ("At 4:15 p.m. …", "At 9am, …"), with no day of its own. */
const atClockTimeOnly = (sent: Sent): boolean => sent.entities.some((e) => e.type === "TIME" && /\d/.test(e.text)) && !sent.entities.some((e) => e.type === "DATE");

/**
 * The day of a sentence an hour alone dates: the day the sentences just before it give ("Talks are planned for Friday. At 9am,
 * A will call on B …"; "… opened at 8 a.m. … At 4:15 p.m. B received C" under the dateline's day; read20 r703, new59a x718),
 * read back past others of no date of their own, to the first that gives one; undefined when that one gives no day (a month is
 * another event's). `firstBody`: the index of the article's first sentence of its body, the one the dateline dates.
 */
function dayOfTheHour(sent: Sent, ctx: MeetingContext, si: number, ahead: boolean, firstBody: number | undefined): PartialDate | undefined {
  for (let k = si - 1; k >= Math.max(0, si - 4); k--) {
    const before = ctx.sents[k]!;
    if (before.title || before.quote !== sent.quote) return undefined;
    const own = readOwnDate(before, ctx, k, true, undefined, undefined, ahead);
    if (own) return own.day !== undefined ? own : undefined;
    if (k === firstBody) return ctx.datelineDate;
  }
  return undefined;
}

/** Nouns of an event a contact may be held at: its ", held …" dates the event. */
const EVENT_NOUNS = /^(?:summit|session|conference|forum|assembly|meeting|meetings|council|ministerial|gathering|congress|games|expo|festival|ceremony|sidelines|margins)$/;

/**
 * The index of "held" in ", held" after a contact noun at `cue` ("the meeting between A and B, held late on Wednesday"), within a
 * few words and past no event's noun; else -1.
 * @example heldAfterContact(words("the talks between A and B , held on Monday"), 1) // 7
 */
export function heldAfterContact(words: Word[], cue: number): number {
  if (words[cue]?.pos !== "NOUN") return -1;
  for (let k = cue + 1; k < words.length && k <= cue + 16; k++) {
    if (words[k]!.lower === "held" && words[k - 1]?.text === ",") return k;
    // (past no verb of its own, "held" apart)
    if (EVENT_NOUNS.test(words[k]!.lower) || ((words[k]!.pos === "VERB" || words[k]!.pos === "AUX") && words[k]!.lower !== "held") || /^[;:.]$/.test(words[k]!.text)) return -1;
  }
  return -1;
}

/** "today", "this evening", "tonight", "this morning": the day of publication (or of the post). */
const TODAY = /\b(?:today|tonight|this (?:morning|afternoon|evening))\b/i;
/** "last night", "late last night": the day before publication. */
const LAST_NIGHT = /\blast night\b/i;
/** "that day", "the same day", "earlier that day", "later in the day", "the following day", "the previous evening", "a day earlier", "two days later"; never "the following points" or "the previous government". */
const SAME_DAY = /\b(?:(?:on )?(?:that|the same) (?:day|evening|morning|afternoon)|(?:later|earlier) (?:in|on) the (?:day|morning|afternoon|evening)|(?:(the following|the next|the previous) (?:day|morning|evening|afternoon))|(the day before|a day (?:earlier|later)|a day (?:before|after)(?=\s*(?:[,.;]|$))|(?:two|three) days (?:earlier|later|before)(?!\s+\p{L})))\b/iu;
const DAY_SHIFT: Record<string, number> = { "the following": 1, "the next": 1, "the previous": -1, "the day before": -1, "a day earlier": -1, "a day before": -1, "a day later": 1, "a day after": 1, "two days earlier": -2, "two days before": -2, "two days later": 2, "three days earlier": -3, "three days before": -3, "three days later": 3 };
/** Verbs that report a meeting as done: their sentence's later dates are other events ("… met on Monday, ahead of the summit scheduled for May 3"). */
const HELD = /^(?:met|held|received|hosted|welcomed|talked|spoke|discussed|conferred|visited|signed|called|paid|co-chaired|chaired|sat|had|was|were)$/;

/** Verbs of an arrival: "landed", "arrived", "touched down", "flew in". */
const ARRIVAL_VERBS = /^(?:arrived|arrives|arriving|landed|lands|landing|touched|flew)$/;

/** Whether the word at `k` is in a relative clause that tells an arrival and holds no contact's `cue` (if the sentence has one). */
function inArrivalClause(words: Word[], k: number, cue?: number): boolean {
  const map = splitClauses(words);
  const clause = map.of[k];
  if (clause === undefined || (cue !== undefined && clause === map.of[cue]) || map.clauses[clause]?.kind !== "relative") return false;
  return words.some((w, n) => map.of[n] === clause && ARRIVAL_VERBS.test(w.lower) && (w.lower !== "touched" || words[n + 1]?.lower === "down") && (w.lower !== "flew" || words[n + 1]?.lower === "in"));
}

/**
 * The date a meeting's own sentence gives, or undefined: {@link readMeetingDate} without its fallbacks.
 * @example readOwnDate(segment([{ text: "They met on Friday." }])[0]!, { ...ctx, published: "2022-11-26" }, 0) // { year: 2022, month: 11, day: 25, … }
 */
export function readOwnDate(sent: Sent, ctx: MeetingContext, si: number, anaphora = true, cue?: number, part?: [number, number], ahead = false): PartialDate | undefined {
  // "Lyon, May 4 (Agency) - … on Tuesday", with no year anywhere: the weekdays count from the dateline's day, and keep no year.
  const yearless = !ctx.published && ctx.anchor !== undefined && sent.quote === undefined;
  const date = readOwnDateFrom(sent, yearless ? { ...ctx, published: ctx.anchor } : ctx, si, anaphora, cue, part, ahead);
  // "On 10 January, …" in a story the lead dates "15 May 2024": the latest 10 January on or before the story's day.
  const story = ctx.storyDate;
  // (and "during his visit from 21 to 23 February" a month alone, the story's year)
  if (!ctx.published && story && date && date.year === undefined && date.month !== undefined && sent.quote === undefined) {
    const after = date.month > story.month! || (date.month === story.month && (date.day ?? 0) > story.day!);
    return { ...date, year: story.year! - (after ? 1 : 0), basis: "relative" };
  }
  if (!yearless || date?.year === undefined || date.basis !== "relative") return date;
  const { year: _year, ...rest } = date;
  return rest.month === undefined ? undefined : rest;
}


function readOwnDateFrom(sent: Sent, ctx: MeetingContext, si: number, anaphora: boolean, cue?: number, part?: [number, number], ahead = false): PartialDate | undefined {
  // A quoted post's "today" is the post's day, not the article's.
  const reference = sent.quote !== undefined ? isoOf(ctx.quoteDates[sent.quote]) ?? ctx.published : ctx.published;
  const planned = ahead || aheadOfCue(sent.words, cue);
  // "… on his third visit since war broke out on 15 April 2023", "the first visit since Varan took office on July 1": a date after "since" starts a span, it dates no meeting;
  // nor does the day someone took an office ("Telu, who took office only last week").
  // … nor a month word of a name ("Prime Minister Orvel May", "Ambassador June Telu").
  const named = (ctx.refs[si] ?? []).filter((r) => r.via === "name" || r.via === "short");
  // … nor the day of an arrival a relative clause tells ("Y's team was led by Z, who landed in Tarsk on Wednesday"), unless the contact is of that clause.
  const all = sent.entities.filter((e) => (e.type === "DATE" || e.type === "TIME") && !inSinceClause(sent.words, e.first) && !inOfficeClause(sent.words, e.first) && !inCountWindow(sent.words, e.first) && !named.some((r) => r.first <= e.last && e.first <= r.last) && !inArrivalClause(sent.words, e.first, cue));
  // "on Tuesday 31 October with A, …, and on Wednesday 1 November with B": the date of the counterpart's own part of the list;
  // not the day of a statement the last part runs into ("… and with B, the ministry's spokeswoman told a briefing on Thursday").
  const split = part || cue !== undefined ? splitClauses(sent.words) : undefined;
  const credits = (e: WordEntity): boolean => split?.clauses[split.of[e.first]!]?.kind === "attribution";
  const inPart = part ? all.filter((e) => e.type === "DATE" && e.first > part[0] && e.last < part[1] && !credits(e)) : [];
  const dayOf = (e: WordEntity): boolean => parseDate(e.text, reference ? { published: reference } : {})?.day !== undefined;
  const entities = inPart.some(dayOf) ? inPart : all;
  // "Park departs Sunday for Lyon and is scheduled to meet Y on Monday": the dates of the meeting verb's own clause first.
  const clauses = cue !== undefined ? split : undefined;
  const own = (first: number): boolean => clauses === undefined || (clauses.of[first] === clauses.of[cue!] && sameConjunct(sent.words, first, cue!));
  // Past the cue's own clause: a date of the clause the meeting's hangs on before one of a relative clause ("Telu, who arrived on
  // Monday, is due to travel to Tarsk on Thursday, where she will meet Y"), and the nearest to the cue first ("on Friday he was in
  // Tarsk, and on Saturday in Orvane, where Y received him").
  // "Later that month the two met in Tarsk", "on 8 September of that year": the month or year told before, not the story's day.
  const period = anaphora ? periodTold(sent, ctx, si, reference) : undefined;
  if (period && (cue === undefined || own(period.at))) return period.date;
  // "In March Varan travelled to Tarsk. During that visit he held talks with Telu": the occasion the sentence before dates.
  const occasion = anaphora ? occasionTold(sent, ctx, si, cue) : undefined;
  if (occasion && !all.some((e) => e.type === "DATE" && own(e.first))) return occasion;
  // "met on the eve of the first Veldia-Orvane Summit, which opened on 29 May": the day before the day of what it is the eve of.
  const eve = sent.words.findIndex((w, k) => w.lower === "eve" && sent.words[k - 1]?.lower === "the" && sent.words[k - 2]?.lower === "on" && sent.words[k + 1]?.lower === "of");
  const eveOf = eve > 0 ? all.find((e) => e.type === "DATE" && e.first > eve) : undefined;
  const eveDay = eveOf ? parseDate(eveOf.text, reference ? { published: reference } : {}) : undefined;
  if (eveDay?.day !== undefined && eveDay.year !== undefined) return { ...shiftDay(eveDay, -1), basis: "relative", text: `the eve of ${eveOf!.text}` };
  // "gave a review of the meeting between A and B, held late on Wednesday in Tarsk": the date the contact noun's own ", held …"
  // gives, before one of the clause it sits in (not of an event named between: "at the summit, held on May 12")
  const heldAt = cue !== undefined ? heldAfterContact(sent.words, cue) : -1;
  const rank = (e: WordEntity): number => (own(e.first) ? (heldAt >= 0 && e.first > heldAt && e.first <= heldAt + 6 ? -1 : 0) : clauses?.clauses[clauses.of[e.first]!]?.kind === "relative" ? 2 : 1);
  const distance = (e: WordEntity): number => (cue === undefined ? 0 : e.last < cue ? cue - e.last : e.first - cue);
  const ordered = [...entities.entries()].sort(([, a], [, b]) => rank(a) - rank(b) || (rank(a) > 0 ? distance(a) - distance(b) : 0));
  // "The same day he met Y, whose region was hit by a flood on 3 May": the day the contact's own clause points back
  // to, before a date of a relative clause (not when the sentence names that day before it: "arrived on Monday and held talks
  // the same day", "On Friday he … was greeted by Y, sworn in a day earlier").
  const same = anaphora ? SAME_DAY.exec(sent.text) : null;
  // "that day", "the following day": the story's day, shifted as the words say
  const sameDay = (): PartialDate | undefined => {
    if (!same) return undefined;
    const day = storyDay(ctx, si, planned, /\b(?:that|the same) day\b/i.test(same[0]));
    return day ? { ...shiftDay(day, DAY_SHIFT[(same[1] ?? same[2] ?? "").toLowerCase()] ?? 0), basis: "relative", text: same[0] } : undefined;
  };
  const sameWritten = (e: WordEntity): boolean => same !== null && same[0].toLowerCase().includes(e.text.toLowerCase());
  if (same && cue !== undefined && !entities.some((e) => e.type === "DATE" && !sameWritten(e) && (own(e.first) || sent.words[e.last]!.start < same.index))) {
    const at = sent.words.findIndex((w) => w.start >= same.index);
    const day = at >= 0 && own(at) ? sameDay() : undefined;
    if (day) return day;
  }
  // "X met Y on Wednesday, a day after Y met Z": the meeting of the clause after "a day after" is a day before the sentence's own date.
  const gap = cue !== undefined ? daysApart(sent.words, cue) : undefined;
  if (gap) {
    const main = entities.filter((e) => e.type === "DATE" && e.last < gap.at).at(-1);
    const day = main ? parseDate(main.text, reference ? { published: reference, future: planned } : { future: planned }) : undefined;
    if (day?.day !== undefined) return { ...shiftDay(day, gap.days), basis: day.basis === "explicit" ? "explicit" : "relative", text: `${gap.text} ${main!.text}` };
  }
  // "on the 4th", "today (14)": a day of the month written alone, read against the publication's month.
  const alone = reference ? readDayOfMonth(sent.text, { published: reference, future: planned }) : undefined;
  if (alone) return alone;
  // "X wrapped up his visit today after calls on Y": the day the trip ended, some day after the contact, which falls in its month
  const ended = cue !== undefined ? tripEndBefore(sent.words, cue) : undefined;
  const endedBy = ended === undefined ? -1 : sent.words[ended]!.start;
  // the month of another event's span of days, when nothing in the sentence dates the meeting to the day
  let spanMonth: PartialDate | undefined;
  let statedMonth: PartialDate | undefined;
  for (const [n, e] of ordered) {
    // "X telephoned Y late last night …, the ministry said today": a part of a day in the meeting's own clause before a date of another (the statement's).
    if (e.type === "TIME" && cue !== undefined && reference && own(e.first) && !(ended !== undefined && e.last < ended)) {
      const part = LAST_NIGHT.test(e.text) ? "yesterday" : TODAY.test(e.text) ? "today" : undefined;
      if (part) return { ...parseDate(part, { published: reference })!, text: e.text };
    }
    if (e.type !== "DATE" || (isAhead(sent.words, e.first, e.text) && !planned)) continue;
    if (ended !== undefined && e.last < ended) {
      const day = parseDate(e.text, reference ? { published: reference } : {});
      if (day?.month !== undefined) spanMonth ??= monthOf(day);
      continue;
    }
    const next = entities[n + 1];
    // "on Sunday, September 24": the written date over the weekday.
    // "on Monday last week", "last week on Tuesday": the weekday of that week.
    const ofWeek = next && next.type === "DATE" && next.first <= e.last + 2 && (/day$/i.test(e.text) ? /week$/i.test(next.text) : /week$/i.test(e.text) && /day$/i.test(next.text)) ? sent.words.slice(e.first, next.last + 1).map((w) => w.text).join(" ") : undefined;
    // (Not a second weekday: "on Saturday and Sunday" is a span of two days, read from the first.)
    const text = ofWeek ?? (next && next.type === "DATE" && next.first <= e.last + 2 && /day$/i.test(e.text) && !WEEKDAYS.has(next.text.toLowerCase()) ? next.text : e.text);
    const range = text === e.text ? dayRange(sent.words, e.first, e.last) : undefined;
    const read = parseDate(range?.text ?? text, reference ? { published: reference, future: planned } : { future: planned });
    // "September 10 to 12": the date keeps the span's words, so that it reads as a span wherever it is taken
    const date = read && range && read.text !== range.text && range.text.startsWith(read.text) ? { ...read, text: range.text } : read;
    // "Over his two-day stay, on July 3 and 4, X is to hold meetings with …": a meeting to come on one day of a range, so its month;
    // so too a meeting held on some day of another event's span ("during the session, which ran from 3 to 12 June, A met B").
    // The ranged event itself ("A and B co-chaired the session from 3 to 5 March") is dated by its first day.
    // "… called on Y this morning, the last engagement of a visit that ran from 3 to 6 June": the span's month, unless a day word
    // of the sentence dates the meeting ("this morning", "on Wednesday").
    const before = sent.words.slice(0, range?.first ?? 0).map((w) => w.text).join(" ");
    if (date?.day !== undefined && range && planned) return monthOf(date);
    if (date?.day !== undefined && range && (!own(range.first) || DURING_SPAN.test(before) || SPAN_OF.test(before))) {
      spanMonth ??= monthOf(date);
      continue;
    }
    // past a span, only a day of the meeting's own clause dates it ("… the ministry announced on Thursday" does not)
    if (spanMonth && (date?.day === undefined || !own(e.first))) continue;
    // "X met Y on the sidelines of the forum, the ministry said in a statement on Friday": the day of the statement, which
    // follows the contact by a day or more as often as not: its month for a contact held, nothing for one to come.
    if (date?.day !== undefined && cue !== undefined && !own(e.first) && credits(e)) {
      if (!planned) statedMonth ??= monthOf(date);
      continue;
    }
    if (date && (date.day !== undefined || date.month !== undefined)) return withMonthOfYear(date, all.filter((x) => x !== e), (x) => parseDate(x.text, reference ? { published: reference } : {}));
    // "Five years ago, in March 2019, X called on Y": a year counted back gives way to a date of that year nearer the contact, as precise as the text
    if (date && date.basis === "relative" && date.year !== undefined) return nearerOfYear(date, e, ordered.map(([, x]) => x), (x) => parseDate(x.text, reference ? { published: reference } : {}), distance);
    // "Varan first met Telu in 2019": a year alone after "in", in the meeting verb's own clause, dates a contact before the story's.
    // Not a year of another verb's ("met Telu to review the accord signed in 2019").
    // … nor the year of a clause ", when" opens right after it: "made a visit to Tarsk in 2011, when he held talks with Y" is that year's.
    const whenAfter = cue !== undefined && cue > e.last + 2 && sent.words[e.last + 1]?.text === "," && sent.words[e.last + 2]?.lower === "when";
    const between = cue === undefined ? [] : e.first > cue ? sent.words.slice(cue + 1, e.first) : sent.words.slice(whenAfter ? e.last + 3 : e.last + 1, cue);
    if (date?.year !== undefined && cue !== undefined && (own(e.first) || whenAfter) && /^\d{4}$/.test(e.text) && sent.words[e.first - 1]?.lower === "in" && reference && date.year < Number(reference.slice(0, 4)) && !between.some((w) => w.pos === "VERB" || w.pos === "AUX" || w.lower === "to")) return date;
    // "last week" with no publication date: kept as written, not as the publication date.
    if (!date && /\b(?:last|next|this|earlier|later|past)\b.*\b(?:week|month|year)\b/i.test(e.text)) return { basis: "relative", text: e.text };
    // "on Friday" in an article with no publication date: the nearest such day to the story's day when an earlier sentence
    // dates the story ("landed on Sunday, 30 June 2024. … On Monday morning he met …"), else kept as written.
    if (!date && !reference && /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\b/i.test(e.text)) {
      const near = weekdayNear(e.text, storyDay(ctx, si, planned));
      if (near) return near;
      // ("on Sunday, 30 June 2024": the date written beside the weekday)
      if (ordered.some(([, x]) => x !== e && parseDate(x.text, {})?.day !== undefined)) continue;
      return { basis: "relative", text: e.text };
    }
  }
  const today = TODAY.exec(sent.text);
  if (today && reference && today.index < endedBy) spanMonth ??= monthOf({ ...parseDate("today", { published: reference })!, text: today[0] });
  else if (today && reference) return { ...parseDate("today", { published: reference })!, text: today[0] };
  // "reached Tarsk last night": the day before publication, as "yesterday evening" is (the tagger reads a time, not a date).
  const lastNight = LAST_NIGHT.exec(sent.text);
  if (lastNight && reference) return { ...parseDate("yesterday", { published: reference })!, text: lastNight[0] };
  if (spanMonth) return spanMonth;
  if (statedMonth) return statedMonth;
  // "The Tarsk stop came two days after Varan was in Orvane, where he held talks with …": the meeting of the clause after "after" is that many days before the story's day.
  if (gap && anaphora) {
    const day = storyDay(ctx, si, planned);
    if (day) return { ...shiftDay(day, gap.days), basis: "relative", text: gap.text };
  }
  return sameDay();
}

/**
 * A date with the day its clause gives the month of a year in ("In May 2019 Varan held a summit by video link, on 7 May,
 * with Telu"; "In March 2018, when …, the two held talks on Friday, March 9"): the day of that month and year, not
 * the month alone, nor the day in the year nearest the story's.
 * @example withMonthOfYear({ year: 2019, month: 5, basis: "explicit", text: "May 2019" }, [dayEntity], read) // { year: 2019, month: 5, day: 7, … }
 */
function withMonthOfYear(date: PartialDate, others: WordEntity[], read: (x: WordEntity) => PartialDate | undefined): PartialDate {
  // (both written with the month's name: "next week" is no month of a year, "Thursday" no day of one)
  const written = (text: string, year: boolean): boolean => text.split(/[\s,]+/).some((w) => MONTHS.has(w.toLowerCase().replace(/\.$/, ""))) && /\b\d{4}\b/.test(text) === year;
  for (const x of others) {
    if (x.type !== "DATE") continue;
    const d = read(x);
    if (!d || d.month !== date.month) continue;
    if (date.day === undefined && written(date.text, true) && d.day !== undefined && written(x.text, false)) return { ...d, year: date.year, basis: "explicit" };
    if (date.day !== undefined && written(date.text, false) && d.day === undefined && written(x.text, true)) return { ...date, year: d.year, basis: "explicit" };
  }
  return date;
}

/**
 * Of a year alone read from `e` ("two years ago", "last year") and the sentence's dates of that year to the month or day, the one
 * nearest the contact's cue: "Five years ago, in March 2019, X called on Y" is March 2019, "Two years ago X received Y to prepare
 * the forum of April 2019" the year.
 */
function nearerOfYear(year: PartialDate, e: WordEntity, entities: WordEntity[], read: (x: WordEntity) => PartialDate | undefined, distance: (x: WordEntity) => number): PartialDate {
  let best: [PartialDate, number] = [year, distance(e)];
  for (const x of entities) {
    if (x === e || x.type !== "DATE") continue;
    const d = read(x);
    if (!d || d.month === undefined) continue;
    // "stayed on an extra day last year to hold a bilateral with Y … on May 31": a day written without its year is a day of
    // the year counted back, however far from the cue (as "In May 2019 … on 7 May" is, withMonthOfYear)
    // (a year counted back, "last year", "two years ago", not "next week"; a day written with its month's name, not "Thursday")
    const written = /\byears?\b/i.test(e.text) && x.text.split(/[\s,]+/).some((w) => MONTHS.has(w.toLowerCase().replace(/\.$/, "")));
    if (written && d.day !== undefined && !/\b\d{4}\b/.test(x.text) && best[0] === year && year.year !== undefined) return { ...d, year: year.year, text: `${x.text} ${e.text}` };
    if (d.year === year.year && distance(x) < best[1]) best = [d, distance(x)];
  }
  return best[0];
}

/**
 * The date of the occasion a sentence points back to before its contact ("During that visit Varan held talks with
 * Telu", "On the same trip he called on Telu", "on that occasion he met Telu"): the last date written before the
 * words in the sentence, else the date the latest sentence before (three at most) gives its own event. A visit, a
 * trip or a stay spans days: its month. Undefined when no such words come before the cue or no sentence before gives a
 * date. "During the visit" is not one: it is as often the story's visit as the one just told.
 * @example occasionTold(sentence("During that visit Varan met Telu."), ctx, 5, 3) // the month sentence 4 gives, e.g. { year: 2024, month: 3, … }
 */
export function occasionTold(sent: Sent, ctx: MeetingContext, si: number, cue?: number): PartialDate | undefined {
  const before = sent.words.slice(0, cue ?? sent.words.length).map((w) => w.text).join(" ");
  const occasion = SAME_TRIP.exec(before);
  if (!occasion || sent.quote !== undefined) return undefined;
  const at = before.slice(0, occasion.index).split(" ").filter(Boolean).length;
  const span = (d: PartialDate): PartialDate => (/occasion$/i.test(occasion[0]) || d.day === undefined ? d : monthOf(d));
  // "… co-chaired in Tarsk on 3 May 2019; on that occasion Varan also called on Telu": the date told before the words first.
  const reference = ctx.published ? { published: ctx.published } : {};
  const here = sent.entities.filter((e) => e.type === "DATE" && e.last < at).map((e) => parseDate(e.text, reference)).filter((d) => d?.year !== undefined && d.month !== undefined).at(-1);
  if (here) return span(here);
  for (let k = si - 1; k >= Math.max(0, si - OCCASION_WITHIN); k--) {
    const told = ctx.sents[k]!;
    if (told.title || told.quote !== undefined) return undefined;
    const date = readOwnDate(told, ctx, k, false);
    if (date && (date.basis === "explicit" || date.basis === "relative")) return span(date);
  }
  return undefined;
}

/** How many sentences back "that visit" looks for the date of the visit it points to. */
const OCCASION_WITHIN = 3;

/** A year written out. */
const WRITTEN_YEAR = /\b(?:1[89]\d\d|20\d\d)\b/;

/** A month name or a year written out: what "that month" and "that year" point back to. */
const NAMED_TIME = /\b(?:1[89]\d\d|20\d\d|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;

/**
 * "later that month", "at the beginning of that month", "in the same year", "on 8 September of that year": the month
 * (year) of the last date with one written before the words, in the sentence or up to eight sentences back; a day
 * written with "of that year" keeps its day. Undefined when the sentence has no such words or nothing before names a month (year).
 */
function periodTold(sent: Sent, ctx: MeetingContext, si: number, reference: string | undefined): { date: PartialDate; at: number } | undefined {
  const at = sent.words.findIndex((w, k) => /^(?:that|same)$/.test(w.lower) && /^(?:month|year)$/.test(sent.words[k + 1]?.lower ?? ""));
  if (at < 0) return undefined;
  const unit = sent.words[at + 1]!.lower;
  const told = (s: Sent, before: number): PartialDate | undefined => {
    for (const e of s.entities.filter((x) => x.type === "DATE" && x.last < before && NAMED_TIME.test(x.text)).reverse()) {
      const d = parseDate(e.text, reference ? { published: reference } : {});
      if (d?.year !== undefined && (unit === "year" ? WRITTEN_YEAR.test(e.text) : d.month !== undefined)) return d;
    }
    return undefined;
  };
  // before the words in the sentence, the last date written; in a sentence before, the date of its own event
  // ("In August the two spoke by phone and agreed to meet in October. Later that month …" is August)
  // ("that year" points back to a year written out, never one a month alone takes from the story's date: "in May 2011 of X,
  // …. On 3 May that year" is 2011)
  const named = (d: PartialDate | undefined): PartialDate | undefined => (d?.year !== undefined && (unit === "year" ? WRITTEN_YEAR.test(d.text) : d.month !== undefined) && NAMED_TIME.test(d.text) ? d : undefined);
  let anchor = told(sent, at);
  for (let k = si - 1; !anchor && k >= 0 && k >= si - 8; k--) if (ctx.sents[k] && !ctx.sents[k]!.title) anchor = named(readOwnDate(ctx.sents[k]!, ctx, k, false)) ?? told(ctx.sents[k]!, Number.POSITIVE_INFINITY);
  if (!anchor) return undefined;
  const text = sent.words.slice(Math.max(0, at - 1), at + 2).map((w) => w.text).join(" ");
  if (unit === "month") return { date: { year: anchor.year, month: anchor.month, basis: "relative", text }, at };
  // "on 8 September of that year": the day and month written just before, in the year told before
  // ("on 3 May that year": the same with no "of", the day and month often read as one date with the words after them)
  const day = sent.entities.find((e) => e.type === "DATE" && e.first < at && (e.last < at ? at - e.last === 1 || (at - e.last === 2 && /^of$/i.test(sent.words[at - 1]?.text ?? "")) : e.last <= at + 1));
  const dayText = day ? sent.words.slice(day.first, Math.min(day.last + 1, at)).map((w) => w.text).join(" ").replace(/\s+of$/i, "") : "";
  const dm = day ? parseDate(dayText) : undefined;
  if (dm?.month !== undefined) return { date: { ...(dm.day !== undefined ? { day: dm.day } : {}), year: anchor.year, month: dm.month, basis: "relative", text: sent.words.slice(day!.first, at + 2).map((w) => w.text).join(" ") }, at };
  return { date: { year: anchor.year, basis: "relative", text }, at };
}

const COUNT_WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5 };

/**
 * "came two days after <clause>", "a day before <clause>" with the meeting's cue inside the clause: how many
 * days the clause's meeting is from the sentence's main event (negative: before it). Undefined when the cue is
 * not in such a clause ("Varan met Telu two days after the election" dates the election, not the meeting).
 */
function daysApart(words: Word[], cue: number): { days: number; text: string; at: number } | undefined {
  for (let k = 1; k + 2 < cue; k++) {
    const n = COUNT_WORDS[words[k]!.lower] ?? (/^\d$/.test(words[k]!.text) ? Number(words[k]!.text) : undefined);
    const unit = words[k + 1]!.lower;
    const side = words[k + 2]!.lower;
    if (n === undefined || !/^days?$/.test(unit) || !/^(?:after|before)$/.test(side)) continue;
    // the clause of "after" reaches the cue with no full stop of a clause between ("; ", a second "after")
    if (words.slice(k + 3, cue).some((w) => /^[;:]$/.test(w.text))) return undefined;
    return { days: side === "after" ? -n : n, text: words.slice(k, k + 3).map((w) => w.text).join(" "), at: k };
  }
  return undefined;
}

/** Counts of weeks, months or years: "nine months after", "a year before", "18 months after". */
const SPAN_COUNT = /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|several|few|\d{1,2})$/;

/**
 * "nine months after <clause>", "a year before <clause>", "about six weeks after <clause>" with the meeting's cue
 * inside the clause and no comma, colon or semicolon between: the clause's meeting is of another time than the
 * sentence's main event, weeks or more away, and no date outside the clause dates it. The index of the first word
 * of the clause, else undefined ("Varan met Telu a year after the accord" dates the accord, not the meeting).
 * @example otherTimeClause(words("X visited Tarsk on Sunday, nine months after the two ministers first held talks"), 13) // 9
 */
export function otherTimeClause(words: Word[], cue: number): number | undefined {
  for (let k = cue - 3; k >= 0; k--) {
    if (/^[,;:()]$/.test(words[k]!.text)) return undefined;
    if (!/^(?:after|before)$/.test(words[k + 2]!.lower) || !/^(?:weeks?|months?|years?)$/.test(words[k + 1]!.lower) || !SPAN_COUNT.test(words[k]!.lower)) continue;
    return words.slice(k + 3, cue).some((w) => /^[,;:()]$/.test(w.text)) ? undefined : k + 3;
  }
  return undefined;
}

/**
 * Where a clause of another time opens after the cue: "X visited Tarsk on Sunday at Y's invitation, nine months after the two
 * first held talks in Orvane" → the index of "after"'s clause; undefined when none follows.
 */
export function otherTimeAfter(words: Word[], cue: number): number | undefined {
  for (let k = cue + 1; k + 2 < words.length; k++) {
    if (SPAN_COUNT.test(words[k]!.lower) && /^(?:weeks?|months?|years?)$/.test(words[k + 1]!.lower) && /^(?:after|before)$/.test(words[k + 2]!.lower)) return k + 3;
  }
  return undefined;
}

/** Units of a span of time counted back or on from the story: weeks or more, never days (a day's shift is the story's, `SAME_DAY`). */
const LONG_UNIT = /^(?:weeks?|months?|years?|decades?)$/;

/**
 * A sentence that opens, before its contact's cue, on a span of time away from the story with no day of its own: "A year
 * later, Varan paid a courtesy call on Telu", "Months after taking office, Varan was met by Telu", "In the first months of
 * her tenure, Telu received Varan", "Some years ago, Varan travelled to Tarsk for talks". Its contact is of another time:
 * dated by the sentence's own words ("Two years ago" is a year) or not at all, never by the story's day. Not "Two days
 * later" (a day the story moves to).
 * @example opensOnOtherTime(words("A year later, Varan called on Telu."), 5) // true
 */
export function opensOnOtherTime(words: Word[], cue: number): boolean {
  const w = (k: number): string => words[k]?.lower ?? "";
  // "A year later", "Two months earlier", "Some years ago", "Several months before that", "Years later", "Months after …"
  const counted = SPAN_COUNT.test(w(0)) || /^(?:some|many)$/.test(w(0)) ? 1 : 0;
  if (LONG_UNIT.test(w(counted)) && /^(?:later|earlier|after|before|ago|on)$/.test(w(counted + 1)) && counted + 1 < cue) return true;
  // "In the first months of her tenure", "In the early years of his presidency", "In his first weeks in office"
  return w(0) === "in" && /^(?:the|his|her|their)$/.test(w(1)) && /^(?:first|early|last|final)$/.test(w(2)) && LONG_UNIT.test(w(3)) && 3 < cue;
}

/**
 * Two words of one predicate, no "and" + verb between them: in "X departs Sunday for Tarsk and is
 * scheduled to meet Y on Monday", Sunday is the departure's, not the meeting's.
 */
function sameConjunct(words: Word[], a: number, b: number): boolean {
  const [from, to] = a < b ? [a, b] : [b, a];
  for (let k = from + 1; k < to; k++) {
    if (!/^(?:and|but|then)$/.test(words[k]!.lower)) continue;
    const next = words[k + 1]?.pos === "ADV" ? words[k + 2] : words[k + 1];
    if (next && (next.pos === "VERB" || next.pos === "AUX")) return false;
  }
  return true;
}

const MONTH_NAME = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
/** A span of days with its month: "from 3 to 6 June", "3-6 June", "June 3 to 6", "between 3 and 6 June". */
const DAY_SPAN = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s*(?:[-–]|to|and|through)\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME}\\b|\\b${MONTH_NAME}\\s+\\d{1,2}(?:st|nd|rd|th)?\\s*(?:[-–]|to|through)\\s*\\d{1,2}\\b`, "i");

/** A date read from a span of days ("26 and 27 September", "from 3 to 6 June") as its month; any other date as it is. */
export function spanMonth(date: PartialDate): PartialDate {
  return date.day !== undefined && DAY_SPAN.test(date.text) ? monthOf(date) : date;
}

/** The first day of a span of days a sentence writes ("from November 25 to 27"), read against the publication day; undefined without one. */
function spanOf(sent: Sent | undefined, ctx: MeetingContext): PartialDate | undefined {
  const span = sent ? DAY_SPAN.exec(sent.text) : null;
  return span ? parseDate(span[0], ctx.published ? { published: ctx.published, future: true } : { future: true }) : undefined;
}

/** "a visit to Tarsk that ran from", "the session, which lasted from": the range after it is that event's span, not the meeting's day. */
const SPAN_OF = /\b(?:visit|trip|tour|stay|session|summit|conference|forum|mission)\b[^,;:]*?\b(?:that|which)\s+(?:ran|runs|lasted|lasts|took place|takes place|was held|is held|began|begins|started|starts)\b[^,;:]*$/i;

/** "during the visit", "in the course of the week", "throughout his stay": what follows is a span some day of which the meeting fell on. */
const DURING_SPAN = /\b(?:during|throughout|in the course of)\b[^,;:]*$/i;

/** The sentence speaks of what is to come: "will meet", "is scheduled to travel", "is due to", "is expected to", "plans to", "are set for Wednesday", "travels to Tarsk on Monday". */
export function speaksOfFuture(words: Word[]): boolean {
  return futureAt(words) !== undefined;
}

/** Where {@link speaksOfFuture} finds what is to come, else undefined. */
function futureAt(words: Word[]): number | undefined {
  // (not "landed on a scheduled Uzbekistan Airways flight": a flight that keeps a timetable)
  const future = words.findIndex((w, i) => (/^(?:will|shall|scheduled|slated|due|expected|plans|planned|upcoming)$/.test(w.lower) && !(w.lower === "scheduled" && /^an?$/.test(words[i - 1]?.lower ?? ""))) || (w.lower === "set" && (words[i + 1]?.lower === "to" || (words[i + 1]?.lower === "for" && /^(?:is|are|be)$/.test(words[i - 1]?.lower ?? "")))) || (/^(?:is|are)$/.test(w.lower) && words[i + 1]?.lower === "to") || journeyAhead(words, i));
  if (future < 0) return undefined;
  // "… met on Monday and will meet again": a past cue before the future one reports a meeting held.
  return words.slice(0, future).some((w) => HELD.test(w.lower) && w.pos === "VERB") ? undefined : future;
}

/**
 * Whether a contact's sentence speaks of what is to come for the contact at `cue`: not when what is to come is only in a
 * relative or adverbial clause after the contact's ("On Friday A and B put their signatures to a statement, which lays out
 * where they will work together": Friday is the one before publication, not the one after).
 */
function aheadOfCue(words: Word[], cue: number | undefined): boolean {
  const future = futureAt(words);
  if (future === undefined || cue === undefined) return future !== undefined;
  const map = splitClauses(words);
  const clause = map.of[future]!;
  const kind = map.clauses[clause]?.kind;
  return !((kind === "relative" || kind === "adverbial") && clause !== map.of[cue] && (map.clauses[clause]?.start ?? 0) > cue);
}

/** Verbs of saying whose day is the day of the statement: "said Monday", "announced on Thursday". */
const SAYING = /^(?:said|says|announced|told|stated|confirmed|declared)$/;

/** The date `text` of a sentence is the day of its verb of saying: "… the ministry said Monday", "…, Varan announced on Thursday". */
function saidOn(sent: Sent, text: string): boolean {
  const e = sent.entities.find((x) => x.type === "DATE" && x.text === text);
  if (!e) return false;
  const before = sent.words[e.first - 1]?.lower === "on" ? e.first - 2 : e.first - 1;
  return SAYING.test(sent.words[before]?.lower ?? "");
}

/**
 * The day of the event a lead reports, when the lead's day `text` is a saying's and the text dates that event to other days: a
 * span of days in the lead ("a visit that ran from 30 September to 2 October"), or a next sentence that tells when the event took
 * place ("The round took place on Saturday and Sunday"; not a journey's day, "He flew in on Sunday for a two-day visit"). Undefined
 * when neither does.
 */
function eventDayBesideSaying(lead: Sent, text: string, ctx: MeetingContext): PartialDate | undefined {
  const next = ctx.sents[lead.index + 1];
  const other = (s: Sent | undefined, span: boolean): PartialDate | undefined => {
    for (const e of s?.entities ?? []) {
      if ((e.type !== "DATE" && e.type !== "DURATION") || e.text === text) continue;
      const d = parseDate(e.text.replace(/^from\s+/i, ""), ctx.published ? { published: ctx.published } : {});
      if (d?.day !== undefined && (!span || DAY_SPAN.test(e.text) || CROSS_MONTH_SPAN.test(e.text))) return { ...d, text: e.text };
    }
    return undefined;
  };
  return other(lead, true) ?? (next !== undefined && !next.title && next.quote === undefined && TOOK_PLACE.test(next.text) ? other(next, false) : undefined);
}

/** "from 30 September to 2 October", "September 30 to October 2": a span of days over two months. */
const CROSS_MONTH_SPAN = new RegExp(`\\b(?:\\d{1,2}\\s+${MONTH_NAME}|${MONTH_NAME}\\s+\\d{1,2})\\s*(?:[-–]|to|through)\\s*(?:\\d{1,2}\\s+${MONTH_NAME}|${MONTH_NAME}\\s+\\d{1,2})\\b`, "i");
/** A sentence telling when an event took place: "The round took place on Saturday", "The talks were held on 3 May". */
const TOOK_PLACE = /\b(?:took place|was held|were held)\b/i;

/**
 * The latest day-precise date of the sentences before `si` (at most eight back), not one of a relative clause: the day the story is on.
 * For a meeting told as held (`planned` false), a sentence of what is to come is passed over: "Varan and Telu are
 * to meet on 28 May. On the same day, Varan received Kestas" dates the reception by the story's day, not by a day ahead.
 */
function storyDay(ctx: MeetingContext, si: number, planned = false, thatDay = false): PartialDate | undefined {
  return storyDayAt(ctx, si, planned, thatDay)?.day;
}

/** The story's day ({@link storyDay}) with the sentence that gives it. */
function storyDayAt(ctx: MeetingContext, si: number, planned = false, thatDay = false): { day: PartialDate; at: number } | undefined {
  // The lead's day, when the lead gives one: a date more than a week before it is a recalled event's, not the story's day
  // ("Varan met Telu on 19 May. … The two had signed the accord on 3 May. … On the same day, Varan also met Kestas").
  const lead = ctx.sents.find((s) => !s.title && s.quote === undefined);
  const leadDay = lead && lead.index < si ? readOwnDate(lead, ctx, lead.index, false) : undefined;
  for (let k = si - 1; k >= 0 && k >= si - 8; k--) {
    const s = ctx.sents[k];
    if (!s || s.title || (!planned && speaksOfFuture(s.words))) continue;
    // ("On 3 May that year X met Y. Z received X the same day": the year "that year" points back to)
    const d = periodTold(s, ctx, k, ctx.published)?.date ?? readOwnDate(s, ctx, k, false);
    if (d?.day === undefined || d.month === undefined || isDaySpan(d) || inRelativeClause(s, d.text)) continue;
    // (but "On that day in Bangkok X also met Y" after "The first meeting between X and Z took place on 22 November last
    // year" is that recalled day: the last one written, of someone the sentence names again)
    const again = thatDay && (ctx.refs[k] ?? []).some((r) => (ctx.refs[si] ?? []).some((o) => o.person === r.person));
    if (leadDay?.day !== undefined && leadDay.month !== undefined && daysBetween(d, leadDay) > 7 && !again) continue;
    return { day: d, at: k };
  }
  return undefined;
}

/**
 * The date `text` of a sentence is written in a relative clause: "Varan, who arrived in Tarsk on Tuesday, held talks …" tells
 * the antecedent's own earlier event; the story does not move to that day.
 */
function inRelativeClause(sent: Sent, text: string): boolean {
  const e = sent.entities.find((x) => x.type === "DATE" && (text.includes(x.text) || x.text.includes(text)));
  if (!e) return false;
  const clauses = splitClauses(sent.words);
  return clauses.clauses[clauses.of[e.first] ?? 0]?.kind === "relative";
}

/** How many days `a` is before `b`, both to the day (within one year when either has none); negative when after. */
export function daysBetween(a: PartialDate, b: PartialDate): number {
  const year = a.year === undefined || b.year === undefined ? 2000 : undefined;
  return (Date.UTC(year ?? b.year!, b.month! - 1, b.day!) - Date.UTC(year ?? a.year!, a.month! - 1, a.day!)) / 86_400_000;
}

/** The day named by a weekday within three days of a dated day (the story moves on a day or two, or looks back one). */
function weekdayNear(text: string, day: PartialDate | undefined): PartialDate | undefined {
  const named = [...WEEKDAYS].find(([w]) => new RegExp(`\\b${w}\\b`, "i").test(text))?.[1];
  if (named === undefined || day?.year === undefined || day.month === undefined || day.day === undefined) return undefined;
  for (const offset of [0, 1, -1, 2, -2, 3, -3]) {
    const d = shiftDay(day, offset);
    if (new Date(Date.UTC(d.year!, d.month! - 1, d.day!)).getUTCDay() === named) return { year: d.year!, month: d.month!, day: d.day!, basis: "relative", text };
  }
  return undefined;
}

/** A full date moved by a number of days; a date with no year, month or day as it is. */
export function shiftDay(date: PartialDate, days: number): PartialDate {
  if (!days || date.year === undefined || date.month === undefined || date.day === undefined) return date;
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { ...date, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** "later this year", "next month", "the dialogue scheduled for December 2": a date ahead of the article, never when a reported meeting took place. */
function isAhead(words: Word[], first: number, text: string): boolean {
  // "Later today, the envoy paid a farewell call on …": a later hour of a day told in the past is that day's.
  if (/^(?:today|tonight)\b/i.test(text) && words[first - 1]?.lower === "later" && words.some((w) => w.pos === "VERB" && w.lower !== w.lemma && !/(?:ing|s)$/.test(w.lower) && !words.some((x) => /^(?:will|shall)$/.test(x.lower)))) return false;
  if (/^(?:next|later|coming)\b/i.test(text) || /^(?:later|next|coming)$/.test(words[first - 1]?.lower ?? "")) return true;
  return afterFutureMarker(words, first);
}

/** The word at `k` follows "scheduled", "planned", "will", "to be held" in its sentence. */
function afterFutureMarker(words: Word[], k: number): boolean {
  // "The next day, 29 March, …" tells the day after one told before, not a day to come.
  return words.slice(0, k).some((w, i) => (FUTURE_MARKERS.has(w.lower) && !(w.lower === "next" && words[i - 1]?.lower === "the" && DAY_PART.test(words[i + 1]?.lower ?? ""))) || (w.lower === "be" && words[i - 1]?.lower === "to" && /^(?:held|hosted)$/.test(words[i + 1]?.lower ?? "")));
}

/**
 * The word at `k` follows, after the contact's cue, an invitation the contact delivered or received: "received Telu, who handed over
 * an invitation to attend the summit in Tarsk", "delivered a letter inviting him to the forum in Tarsk". The place is where the
 * invited event will be, not where the two met.
 */
function afterInvitation(words: Word[], cue: number, k: number): boolean {
  return words.slice(Math.max(0, cue) + 1, k).some((w) => INVITATION.test(w.lower));
}

const INVITATION = /^invit(?:e|es|ed|ing|ation|ations)$/;
const FUTURE_MARKERS: ReadonlySet<string> = new Set(["scheduled", "planned", "slated", "upcoming", "will", "next"]);
/** A verb in the past perfect: "had been received", "had met", "had held". */
const PAST_PERFECT = /\bhad (?:been |already |earlier |first )?(?:\p{Ll}+(?:ed|en)|met|held|had|made|paid|told)\b/u;
/** Parts of a day: after "the next" they tell a day of the story ("the next morning"), not one to come. */
const DAY_PART = /^(?:day|morning|afternoon|evening)$/;

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
 * The "in" at `k` tells where an envoy serves, not where anyone met: "Veldia's ambassador in Tarsk, X", "the Veldian
 * envoy in Tarsk", "the High Commissioner in Tarsk".
 * @example postedIn(segment([{ text: "He met Veldia's ambassador in Tarsk, Telu." }])[0]!.words, 5) // true
 */
export function postedIn(words: readonly Word[], k: number): boolean {
  const head = words[k - 1];
  if (words[k]?.lower !== "in" || !head) return false;
  return isEnvoyTitle(head.text) || (head.lower === "commissioner" && words[k - 2]?.lower === "high") || head.lower === "affaires";
}

/**
 * Words before "in X" that make X where someone lives or is based, not where anyone met: "the ambassador, who resides in Tarsk,
 * presented her credentials", "Ambassador of Veldia, resident in Tarsk", "the Tarsk envoy, based in Orvel".
 */
const RESIDES = /^(?:resides|reside|resided|residing|resident|based|stationed|lives|living|domiciled)$/;

/**
 * The place written in a meeting's sentence: a city or country after "in" (or "flew into"), past the
 * cue word; "the Swiss city of Geneva" is Geneva; a town no gazetteer knows counts after a venue
 * ("at his private residence in Zorbiny").
 * @example readPlace(segment([{ text: "X met Y in Beijing." }])[0]!.words, 1) // "Beijing"
 */
export function readPlace(words: Word[], cue: number, planned = false): string | undefined {
  // "stopped over in Tarsk, where he met Veldia's ambassador in Orvane": the envoy's posting only when the sentence names no other place
  // ("met Veldia's ambassador in Orvane" is at the posting).
  return placeBeforeCue(words, cue) ?? readPlaceAfter(words, cue, false, planned) ?? placeBeforeWhere(words, cue) ?? readPlaceAfter(words, cue, true, planned);
}

/** Nouns that say the name after them is a town: "the coastal city of Tarsk", "the border town of Orvane", "the port of Halvik". */
const TOWN_NOUN = /^(?:city|town|capital|resort|port|village)$/;

/**
 * The place named from word `at` on, right after a preposition: a city or country of the gazetteer
 * ("Orvane", "Port of Spain"), "the Veldian capital" (its capital), "the coastal city of Tarsk" or
 * "the border town of San Orvel" (the town, known or not: the words name it one), or a town no
 * gazetteer knows closing its phrase ("to Tarsk on Thursday", "in Tarsk,"). Undefined for anything else.
 * @example placeNamedAt(segment([{ text: "He flew to the coastal city of Tarsk." }])[0]!.words, 3) // "Tarsk"
 */
export function placeNamedAt(words: Word[], at: number): string | undefined {
  return placeSpanAt(words, at)?.name;
}

/** {@link placeNamedAt} with the index of the word after the place's phrase. */
function placeSpanAt(words: Word[], at: number): { name: string; end: number } | undefined {
  const capital = capitalSpanAt(words, at);
  if (capital) return capital;
  let k = at;
  if (words[k]?.lower === "the") {
    if (words[k + 2]?.lower === "capital" && !/^(?:of|,)$/.test(words[k + 3]?.text ?? "")) {
      const capital = capitalOf(words[k + 1]?.text ?? "");
      return capital ? { name: capital, end: k + 3 } : undefined;
    }
    const noun = [k + 1, k + 2, k + 3].find((j) => TOWN_NOUN.test(words[j]?.lower ?? "") && /^(?:of|,)$/.test(words[j + 1]?.text ?? ""));
    if (noun !== undefined) {
      const town = townNamedAt(words, noun + 2);
      if (town) return { name: town, end: noun + 2 + town.split(" ").length };
      // "in the Veldian capital, on the margins of …": no name after the comma, the capital of the country the adjective names
      const capital = noun === k + 2 && words[noun]!.lower === "capital" && words[noun + 1]!.text === "," ? capitalOf(words[k + 1]?.text ?? "") : undefined;
      return capital ? { name: capital, end: noun + 1 } : undefined;
    }
    k++;
  }
  const one = words[k]?.text ?? "";
  // one to four words: "Tarsk", "Port Aldor", "San Telu de Varan"
  const names: [string, number][] = [4, 3, 2, 1].filter((n) => k + n <= words.length).map((n) => [words.slice(k, k + n).map((w) => w.text).join(" "), n]);
  for (const [name, n] of names) {
    if (isCity(name) || findCountries(name).some((c) => c.kind === "name" && c.text === name)) return { name, end: k + n };
  }
  return isUnknownTown(one) && TOWN_CLOSERS.test(words[k + 1]?.lower ?? ".") ? { name: one, end: k + 1 } : undefined;
}

/** The first words of towns' names of two words: "San Francisco", "El Alamein", "Al Khor", "St Ives". */
const TOWN_OPENERS = /^(?:San|Santa|Santo|São|Sao|El|Al|La|Le|Los|Las|St|Saint|Port|Porto|Puerto|New|Fort|Mount|Bandar|Kota|Nusa|Belo|Rio)$/;

/**
 * Whether two capitalised words after "in" may be a town no gazetteer knows ("San Francisco", "El Alamein"): a town's opener, then
 * a word that is neither a country, month, day or institution, nor a venue's ("Port Authority", "Santa Maria Hospital").
 */
function isUnknownTownPair(first: string, second: string): boolean {
  // (an opener a town's name takes, not any capitalised word: "in Singha Durbar" is a seat of government, heldout27 x102)
  if (!TOWN_OPENERS.test(first) || !isUnknownTown(second)) return false;
  return ![first, second].some((w) => ORGANISATION_WORDS.has(w.toLowerCase()) || VENUE_HEADS.test(w.toLowerCase()));
}

/** A country the words from `at` on name, one to three words: "Kenya", "South Africa". */
function countrySpanAt(words: Word[], at: number): { country: string; end: number } | undefined {
  for (let n = 3; n > 0; n--) {
    const name = words.slice(at, at + n).map((w) => w.text).join(" ");
    const found = findCountries(name).find((c) => c.kind === "name" && c.text === name);
    if (found && words.length >= at + n) return { country: found.country, end: at + n };
  }
  return undefined;
}


/**
 * The capital a phrase names from word `at` on: "Veldia's capital", "the capital of Veldia" (the gazetteer's first city of
 * the country is its capital), "the capital Tarsk" (a city of the gazetteer). Undefined for anything else.
 * @example capitalSpanAt(segment([{ text: "in Kenya's capital" }])[0]!.words, 1) // { name: "Nairobi", end: 4 }
 */
function capitalSpanAt(words: Word[], at: number): { name: string; end: number } | undefined {
  const span = capitalPhraseAt(words, at);
  if (!span) return undefined;
  // "in Kenya's capital city", "the capital, on Tuesday"; never "Kenya's capital markets"
  const end = words[span.end]?.lower === "city" ? span.end + 1 : span.end;
  const next = words[end];
  return !next || !/^\p{Ll}/u.test(next.text) || TOWN_CLOSERS.test(next.lower) || /^(?:in|at|and|to|late|early)$/.test(next.lower) ? { name: span.name, end } : undefined;
}

function capitalPhraseAt(words: Word[], at: number): { name: string; end: number } | undefined {
  const owner = countrySpanAt(words, at);
  if (owner && /^['’]s$/.test(words[owner.end]?.text ?? "") && words[owner.end + 1]?.lower === "capital") {
    const name = capitalOfCountry(owner.country);
    return name ? { name, end: owner.end + 2 } : undefined;
  }
  if (words[at]?.lower !== "the" || words[at + 1]?.lower !== "capital") return undefined;
  if (words[at + 2]?.lower === "of") {
    const of = countrySpanAt(words, at + 3);
    const name = of ? capitalOfCountry(of.country) : undefined;
    return name && of ? { name, end: of.end } : undefined;
  }
  for (const n of [3, 2, 1]) {
    const name = words.slice(at + 2, at + 2 + n).map((w) => w.text).join(" ");
    if (isCity(name)) return { name, end: at + 2 + n };
  }
  return undefined;
}

/** The town a phrase names as one ("the border town of San Orvel"): a city of the gazetteer, or one to three capitalised words, no country's. */
function townNamedAt(words: Word[], at: number): string | undefined {
  const run: string[] = [];
  for (let k = at; k < at + 3 && /^\p{Lu}[\p{L}'’-]*$/u.test(words[k]?.text ?? ""); k++) run.push(words[k]!.text);
  for (let n = run.length; n > 0; n--) {
    const name = run.slice(0, n).join(" ");
    if (isCity(name)) return name;
  }
  const name = run.join(" ");
  return run.length > 0 && findCountries(name).length === 0 && run.every((w) => !MONTHS.has(w.toLowerCase()) && !WEEKDAYS.has(w.toLowerCase())) ? name : undefined;
}

/** Words that may stand between a place and the meeting's cue after it: "in Tarsk for talks with", "in Orvane on Monday to meet". */
const UP_TO_CUE = /^(?:for|to|on|a|an|the|official|bilateral|working|further|separate|\d{1,2})$/;

/**
 * The place of a clause that sets its subject there for the meeting: "On Friday he was in Tarsk for talks
 * with Y", "Varan, in Orvane on Monday to meet Telu". "in" and the place at most a few words before the
 * cue, with only words of purpose or time between; undefined for any other sentence.
 * @example placeBeforeCue(segment([{ text: "He was in Tarsk for talks with Telu." }])[0]!.words, 5) // "Tarsk"
 */
export function placeBeforeCue(words: Word[], cue: number): string | undefined {
  for (let k = cue - 2; k >= 0 && k >= cue - 7; k--) {
    if (/^[,;:()]$/.test(words[k]!.text)) return undefined;
    if (words[k]!.lower !== "in") continue;
    if (postedIn(words, k)) return undefined;
    const place = placeSpanAt(words, k + 1);
    if (!place) return undefined;
    const between = words.slice(place.end, cue);
    return between.every((w) => UP_TO_CUE.test(w.lower) || WEEKDAYS.has(w.lower) || MONTHS.has(w.lower)) ? place.name : undefined;
  }
  return undefined;
}

/** Words of time a sentence may open with around its place: "The following day in Tarsk,", "In Tarsk on Wednesday,", "Later that morning in Tarsk,". */
const OPENING_TIME = /^(?:the|following|next|same|that|this|day|morning|afternoon|evening|later|earlier|on|\d{1,2})$/;

/**
 * The place a sentence opens with, set before its clause: "In Tarsk on Wednesday, Varan is due to hold talks with Y", "The
 * following day in Orvane, the minister will meet Y", "In Tarsk he was welcomed by Y". It is the setting of the whole clause, over
 * a place the clause names after its cue ("talks … on reforms in Veldia"). Only words of time stand around it; past it comes a
 * comma or a pronoun that opens the clause. Undefined for any other sentence.
 * @example openingPlace(segment([{ text: "In Tarsk on Wednesday, Varan will meet Telu." }])[0]!.words, 6) // "Tarsk"
 */
export function openingPlace(words: Word[], cue: number): string | undefined {
  const time = (w: Word | undefined): boolean => !!w && (OPENING_TIME.test(w.lower) || WEEKDAYS.has(w.lower) || MONTHS.has(w.lower));
  let k = words.findIndex((w) => w.pos !== "PUNCT");
  while (k >= 0 && k < cue && time(words[k]) && words[k]!.lower !== "in") k++;
  if (k < 0 || words[k]?.lower !== "in" || isTimeWord(words[k + 1])) return undefined;
  const place = placeSpanAt(words, k + 1);
  if (!place || place.end >= cue) return undefined;
  let j = place.end;
  while (j < cue && time(words[j])) j++;
  // ("On that day in Bangkok Malmer Stenergard also met Y": the clause's subject, a name, right after the place)
  return words[j]?.text === "," || /^(?:he|she|they|we)$/.test(words[j]?.lower ?? "") || (j === place.end && words[j]?.pos === "PROPN" && findCountries(place.name).some((c) => c.kind !== "demonym")) ? place.name : undefined;
}

/** A word that opens a phrase of time after "in": a month, a year, "early", "mid", "late". */
const isTimeWord = (w: Word | undefined): boolean => !!w && (MONTHS.has(w.lower) || /^(?:1[89]|20)\d\d$/.test(w.text) || /^(?:early|mid|late)$/.test(w.lower));

/** Verbs whose object is the place a clause is at: "had visited Tarsk, where". */
const VISITED = /^(?:visited|visiting|visits|visit|reached|reaching)$/;
/** Verbs of a journey: "travelled to", "flew to", "went on to", "heads to". */
const JOURNEY = /^(?:travel|travels|travell?ed|travell?ing|fly|flies|flew|flying|go|goes|went|going|head|heads|headed|heading|drove|came|comes|come|coming|moves|moved)$/;

/**
 * The place a journey in the contact's own clause takes its subject to, before the cue: "He also travelled to Tarsk to meet Y",
 * "next week, when he travels to Tarsk on his first trip abroad and is due to meet Y". A town no gazetteer knows counts when
 * "to" or "for" closes it ("flew to Zorbiny to meet"). Undefined past a comma or a colon, for a country (the journey may go to any of its
 * towns), or when the journey goes elsewhere than to a place.
 * @example placeOfJourney(segment([{ text: "He travelled to Tarsk to meet Telu." }])[0]!.words, 5) // "Tarsk"
 */
export function placeOfJourney(words: Word[], cue: number): string | undefined {
  const to = journeyTo(words, cue);
  if (to === undefined) return undefined;
  // a city, not a country: "will travel to Veldia for a meeting with Y" may be in any of its towns
  const place = placeSpanAt(words, to + 1)?.name;
  if (place) return countryOfPlace(place) === undefined || isCity(place) ? place : undefined;
  const town = words[to + 1]?.text ?? "";
  return isUnknownTown(town) && /^(?:to|for)$/.test(words[to + 2]?.lower ?? "") ? town : undefined;
}

/** Where the "to" of a journey in the contact's own clause stands, before the cue ("travelled to", "moves on to"), else undefined. */
function journeyTo(words: Word[], cue: number): number | undefined {
  for (let k = cue - 1; k >= 0 && k >= cue - 16; k--) {
    if (/^[,;:()]$/.test(words[k]!.text)) return undefined;
    if (!JOURNEY.test(words[k]!.lower)) continue;
    const to = words[k + 1]?.lower === "on" ? k + 2 : k + 1;
    return words[to]?.lower === "to" ? to : undefined;
  }
  return undefined;
}

/** Verbs of an arrival, then where: "landed in Tarsk", "arrived in Tarsk", "travelled to Tarsk", "reached Tarsk". */
const ARRIVED = /^(?:landed|arrived|flew|travell?ed|reached|went|headed|moved|lands|arrives|flies|travels|heads|goes|moves|fly|travel|head|go)$/;
/** How many sentences back an arrival may set where the story is. */
const ARRIVAL_REACH = 2;

/**
 * The city one of `people` arrived in in the sentences just before `si` (two at most, none a headline or quote), by the main
 * clause's subject: "On Sunday Varan landed in Tarsk … The two ministers held talks in the ministry" (read35), "Varan then
 * travelled to Orvel to attend the summit. On its margins he held talks with Y" (read13): where the story has moved since a
 * meeting placed elsewhere; so too a journey to come ("From Tarsk, Varan travels on to Orvel. He is to hold talks with Y", heldout110
 * 1011). Undefined when none or another city follows.
 * @example arrivalBefore(sents, refs, 2, [0]) // { place: "Tarsk", at: 1 } after "Varan landed in Tarsk on Sunday."
 */
export function arrivalBefore(sents: readonly Sent[], refs: readonly (readonly PersonRef[])[], si: number, people: readonly number[]): { place: string; at: number } | undefined {
  for (let j = si - 1; j >= Math.max(0, si - ARRIVAL_REACH); j--) {
    const sent = sents[j]!;
    if (sent.title || sent.quote !== undefined) return undefined;
    const words = sent.words;
    const subject = (refs[j] ?? []).find((r) => people.includes(r.person) && words.slice(r.last + 1, r.last + 4).some((w) => ARRIVED.test(w.lower)));
    if (!subject) continue;
    const verb = words.findIndex((w, k) => k > subject.last && k <= subject.last + 3 && ARRIVED.test(w.lower));
    // ("Varan travels on to Tarsk", "will fly to Tarsk": a journey still to come sets where the story goes next, heldout110 1011)
    const on = words[verb + 1]?.lower === "on" && /^(?:to|into)$/.test(words[verb + 2]?.lower ?? "") ? 1 : 0;
    const at = /^(?:in|to|at|into)$/.test(words[verb + 1 + on]?.lower ?? "") ? verb + 2 + on : verb + 1 + on;
    const place = placeNamedAt(words, at);
    return place && isCity(place) ? { place, at: j } : undefined;
  }
  return undefined;
}

/** "Tarsk was the first stop.", "The next stop was Orvel.": a tour's stop told in a sentence of its own. */
const STOP_ORDINAL = /^(?:first|second|third|fourth|next|last|final)$/;

/**
 * The place a tour's stop names in the sentence right before `si`, a sentence of its own: "Port Orvel was the first stop. On
 * Sunday the delegation was received by Y" (heldout89 850, exchange66 x1086, x1087). A city of the gazetteer, or a town of one to
 * three capitalised words no country's; undefined for any other sentence.
 * @example stopBefore(sents, 1) // { place: "Tarsk", at: 0 } after "Tarsk was the first stop."
 */
export function stopBefore(sents: readonly Sent[], si: number): { place: string; at: number } | undefined {
  const sent = sents[si - 1];
  if (!sent || sent.title || sent.quote !== undefined) return undefined;
  const words = sent.words.filter((w) => w.text !== ".");
  const copula = words.findIndex((w) => /^(?:was|is)$/.test(w.lower));
  if (copula < 1 || words.length > copula + 5) return undefined;
  // "Tarsk was the first stop" (the place before the copula) or "The next stop was Tarsk" (after it)
  const [name, rest] = words[0]!.lower === "the" ? [words.slice(copula + 1), words.slice(0, copula)] : [words.slice(0, copula), words.slice(copula + 1)];
  if (rest.length !== 3 || rest[0]!.lower !== "the" || !STOP_ORDINAL.test(rest[1]!.lower) || rest[2]!.lower !== "stop") return undefined;
  const place = name.map((w) => w.text).join(" ");
  if (name.length === 0 || name.length > 3 || !name.every((w) => /^\p{Lu}/u.test(w.text))) return undefined;
  const whole = findCountries(place).filter((c) => c.text === place);
  // ("Port Orvel": a town of several words may hold a country's name, never be one)
  const town = name.length === 1 ? isUnknownTown(place) : whole.length === 0 && name.every((w) => !MONTHS.has(w.lower) && !WEEKDAYS.has(w.lower));
  // ("Singapore was the first stop": a city-state's name is its city's)
  const cityState = whole.some((c) => c.kind === "name" && capitalOfCountry(c.country) === place);
  return isCity(place) || town || cityState ? { place, at: si - 1 } : undefined;
}

/**
 * The country a journey in the contact's own clause goes to, before the cue, when it is not the dateline's: "On Thursday he
 * moves on to Estonia for talks with Y" in a story filed from Skopje is not in Skopje (nor in any town the text leaves unsaid).
 * @example journeyAway(segment([{ text: "He moves on to Veldia for talks with Telu." }])[0]!.words, 6, "Tarsk") // true
 */
export function journeyAway(words: Word[], cue: number, datelinePlace: string): boolean {
  const to = journeyTo(words, cue);
  if (to === undefined) return false;
  const there = countryOfPlace(placeSpanAt(words, to + 1)?.name);
  const home = countryOfPlace(datelinePlace);
  return there !== undefined && home !== undefined && there !== home;
}

/** Prepositions that name a place a clause goes to or is at: "flew to Tarsk, where", "arrived in Tarsk on Monday, where", "flew in from Tarsk, where". */
const WHERE_PREPOSITIONS = /^(?:to|in|into|at|from|for)$/;

/**
 * The place "there" stands for in the contact's own phrase ("was in Tarsk last week and held talks there with Y", "travelled to
 * Orvane and met Y there"): the first place a preposition names before the cue in its clause, past words of time
 * ("in March in Tarsk"). Undefined when no "there" follows the cue within its phrase, or it opens a clause ("there is").
 */
export function placeOfThere(words: Word[], cue: number): string | undefined {
  const there = words.findIndex((w, k) => k > cue && k <= cue + 6 && w.lower === "there");
  if (there < 0 || words.slice(cue + 1, there).some((w) => /^[,;:()]$/.test(w.text)) || words[there - 1]?.lower === "from") return undefined;
  if (/^(?:is|are|was|were|will|would|has|have|had|be|been|remain|remains)$/.test(words[there + 1]?.lower ?? "")) return undefined;
  // the first such place of the clause, where its subject was ("was in Tarsk, his first trip to Veldia since …, and held talks there")
  const start = words.slice(0, cue).map((w) => w.text).lastIndexOf(";") + 1;
  for (let k = start; k < cue; k++) {
    if (!/^(?:in|to|at)$/.test(words[k]!.lower)) continue;
    if (isTimeWord(words[k + 1])) continue;
    const place = placeNamedAt(words, k + 1);
    if (place) return place;
  }
  return undefined;
}

/** Whether a sentence opens on "There" for a place ("There he met Y"), not for being ("There is", "There were"). */
const opensOnThere = (words: Word[]): boolean => words[0]?.lower === "there" && !/^(?:is|are|was|were|will|would|has|have|had|be|been|remains?|seems?|appears?)$/.test(words[1]?.lower ?? "");

/**
 * The place a sentence opening on "There" points back to: the last place the sentence before names after "to", "in" or
 * "at" ("From Tarsk he flies to Orvel. There, on Wednesday, he is due to hold talks with Y"). Never "There is", "There were".
 * @example placeOfThereBefore(words("There he held talks with Y."), sentence("He then flew to Orvel.")) // "Orvel"
 */
export function placeOfThereBefore(words: Word[], before: Sent | undefined): string | undefined {
  if (!opensOnThere(words)) return undefined;
  if (!before || before.title || before.quote !== undefined) return undefined;
  let found: string | undefined;
  for (let k = 0; k < before.words.length; k++) {
    // ("The last stop, on Monday, was Orvel. There he met Y": the place the copula names too)
    if (!/^(?:in|to|at|was)$/.test(before.words[k]!.lower) || isTimeWord(before.words[k + 1])) continue;
    found = placeNamedAt(before.words, k + 1) ?? found;
  }
  return found;
}

/**
 * The place named just before ", where" (or ", when") when the meeting's cue follows it: "Last December the
 * minister flew to Tarsk, where he held talks with …", "He goes on to Orvane, where he is to meet …", "He flew in
 * from Tarsk, where the foreign minister met him at the airport", "Telu had visited Orvane, where …", "His first stop was Tarsk, where …", "The
 * tour began in Tarsk on Sunday, when Varan held talks with …". A city or country of the gazetteer, or a town
 * named as one, a few words after a preposition of place or "visited"; undefined for any other sentence.
 * @example placeBeforeWhere(segment([{ text: "Varan flew to Ljubljana on Monday, where he met Telu." }])[0]!.words, 9) // "Ljubljana"
 */
export function placeBeforeWhere(words: Word[], cue: number): string | undefined {
  let where = -1;
  let during = false;
  for (let k = Math.min(cue, words.length) - 1; k > 1; k--) {
    if (/^(?:where|when)$/.test(words[k]!.lower) && words[k - 1]!.text === ",") {
      where = k;
      break;
    }
    // "a visit to Tarsk in June, during which he held talks with Y": the visit's stay holds the meeting
    if (words[k]!.lower === "during" && words[k + 1]?.lower === "which" && words[k - 1]!.text === ",") {
      [where, during] = [k, true];
      break;
    }
  }
  if (where < 0) return undefined;
  // the nearest preposition of place before the comma, at most eight words back ("to Tarsk on Thursday, where"), past one of
  // time ("was held in Tarsk in March 2019, when")
  for (let k = where - 2; k >= 0 && k >= where - 9; k--) {
    if (/^[,;:]$/.test(words[k]!.text)) return undefined;
    // ("The first stop was Tarsk, where …": a journey's stop named by "was")
    const stop = /^(?:was|is)$/.test(words[k]!.lower) && JOURNEY_STOP.test(words[k - 1]?.lower ?? "");
    if (!WHERE_PREPOSITIONS.test(words[k]!.lower) && !VISITED.test(words[k]!.lower) && !stop) continue;
    if (words[k]!.lower === "in" && isTimeWord(words[k + 1])) continue;
    const place = placeNamedAt(words, k + 1);
    // a visit to a country may hold its talks in any of its towns: only a city places them
    return during && place && !isCity(place) && countryOfPlace(place) !== undefined ? undefined : place;
  }
  return undefined;
}

/** Nouns of a stop on a journey: "His first stop was Tarsk", "The last leg is Orvane". */
const JOURNEY_STOP = /^(?:stop|stopover|leg|destination)$/;

/** A clause that opens on the occasion, visit or trip the clause before it told: "…; on that occasion he met Y", "…; during that visit he called on Y". */
const OCCASION_ANAPHOR = /^(?:on|at|during) (?:that|the same|this) (?:occasion|visit|trip|stay|tour)\b/;

/**
 * The place of the clause before a ";" when the contact's clause opens by pointing back at it ("Varan came to Tarsk for the
 * summit; on that occasion he met Y", "The talks were held in Tarsk on 7 May; on that occasion X also called on Y"): the first
 * place a preposition names in that clause, past words of time. Undefined for any other sentence.
 * @example placeOfOccasion(segment([{ text: "He came to Tarsk in May; on that occasion he met Telu." }])[0]!.words, 10) // "Tarsk"
 */
export function placeOfOccasion(words: Word[], cue: number): string | undefined {
  const semicolon = words.slice(0, cue).map((w) => w.text).lastIndexOf(";");
  if (semicolon < 0) return undefined;
  const opening = words.slice(semicolon + 1, semicolon + 6).map((w) => w.lower).join(" ");
  if (!OCCASION_ANAPHOR.test(opening)) return undefined;
  const start = words.slice(0, semicolon).map((w) => w.text).lastIndexOf(";") + 1;
  for (let k = start; k < semicolon; k++) {
    if (!/^(?:in|to|at)$/.test(words[k]!.lower) || isTimeWord(words[k + 1])) continue;
    const place = placeNamedAt(words, k + 1);
    if (place) return place;
  }
  return undefined;
}

function readPlaceAfter(words: Word[], cue: number, postings = false, planned = false): string | undefined {
  for (let k = Math.max(0, cue); k < words.length - 1; k++) {
    const w = words[k]!.lower;
    // "at the Tarsk Airshow", and a gathering's name on whose sidelines they met ("on the margins of the Tarsk Forum")
    const beside = w === "at" ? cityAfterVenue(words, k + 1) ?? cityOfVenueName(words, k + 1) : w === "of" && SIDELINES.test(words[k - 1]?.lower ?? "") ? cityOfVenueName(words, k + 1) : undefined;
    if (beside) return beside;
    if (w !== "in" && !(w === "into" && /^(?:flew|flown|arrived|came|travelled|traveled)$/.test(words[k - 1]?.lower ?? ""))) continue;
    // "discussed the situation in Gaza": where a topic is, not where they met; "the dialogue scheduled for … in Canberra": where they will meet.
    if (TOPIC_HEADS.test(words[k - 1]?.lower ?? "") || RESIDES.test(words[k - 1]?.lower ?? "") || (!postings && postedIn(words, k)) || (k > cue && ((!planned && afterFutureMarker(words.slice(Math.max(0, cue)), k - Math.max(0, cue))) || afterInvitation(words, cue, k)))) continue;
    // "in the Swiss city of Geneva", "in the Chinese capital, Beijing"
    let at = k + 1;
    // "in Kenya's capital", "in the capital of Kenya", "in the capital Nairobi"
    const capital = capitalSpanAt(words, at);
    if (capital) return capital.name;
    // "the city of Tarsk", "the Swiss city of Geneva", "the Ecuadorian border city of Tarsk": a town the words name as one, known or not.
    const townWord = words[at]?.lower === "the" ? [at + 1, at + 2, at + 3].find((j) => /^(?:city|town|capital|resort|port)$/.test(words[j]?.lower ?? "") && /^(?:of|,)$/.test(words[j + 1]?.text ?? "")) : undefined;
    const town = townWord !== undefined ? townNamedAt(words, townWord + 2) : undefined;
    if (town) return town;
    if (words[at]?.lower === "the" && words[at + 2]?.lower === "capital" && (townWord === undefined || words[at + 3]?.text === ",")) {
      // "met in the Veldian capital", "his stay in the Orvanian capital", "in the Veldian capital, on the margins of …" (no name
      // after the comma): the capital of the country the adjective names.
      const capital = capitalOf(words[at + 1]?.text ?? "");
      if (capital) return capital;
    }
    if (townWord !== undefined) at = townWord + 2;
    const one = words[at]?.text ?? "";
    const two = `${one} ${words[at + 1]?.text ?? ""}`.trimEnd();
    const three = `${two} ${words[at + 2]?.text ?? ""}`.trimEnd();
    if (countryOfCity(three)) return three;
    if (countryOfCity(two)) return two;
    if (countryOfCity(one)) return one;
    for (const name of [three, two, one]) {
      const country = findCountries(name)[0];
      if (country?.kind === "name" && country.text === name) return name;
    }
    // "at his residence in Zorbiny" (not "took office in January")
    if (VENUE_HEADS.test(words[k - 1]?.lower ?? "") && isUnknownTown(one) && !/^\p{Lu}/u.test(words[at + 1]?.text ?? "") && !/^(?:The|His|Her|Their|Its|This|That)$/.test(one)) return one;
    // "met … in Velmora on Friday", "talks in Dunmarra,": a town no gazetteer knows, one word closing its phrase
    if (isUnknownTown(one) && TOWN_CLOSERS.test(words[at + 1]?.lower ?? ".")) return one;
    // "held their fifth meeting in San Francisco, where …": one of two words
    if (at === k + 1 && isUnknownTownPair(one, words[at + 1]?.text ?? "") && TOWN_CLOSERS.test(words[at + 2]?.lower ?? ".")) return two;
  }
  return undefined;
}

/** Words that close a place's phrase after "in <Town>": punctuation, a day, a time word. */
const TOWN_CLOSERS = /^(?:[,.;:]|on|last|this|earlier|yesterday|today|during|where|when|before|after|with|for)$/;

/** Capitalised words after "in" that are no town: an institution, a language, a feast, a season of the year. */
const NOT_TOWNS = /^(?:Parliament|Congress|Cabinet|Council|Assembly|Senate|Government|Ministry|Office|Palace|House|Hall|Chamber|Committee|Court|English|Arabic|Mandarin|Ramadan|Christmas|Easter|Spring|Summer|Autumn|Winter|Person|Principle|Total|Addition|Particular|General|Response|Turn|Fact|Short|Return|Brief)$/;

/** Whether a word after "in" may be a town no gazetteer knows: one capitalised word, not a month, day, country, demonym or institution. */
export function isUnknownTown(word: string): boolean {
  // (nor a continent or a sea: "the Conference on Dialogue in Asia.")
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word) || NOT_TOWNS.test(word) || isRegion(word)) return false;
  const lower = word.toLowerCase();
  return !MONTHS.has(lower) && !WEEKDAYS.has(lower) && findCountries(word).length === 0;
}

/** "at State House, Karuno", "at the Presidential Villa, Abuja": a named venue, a comma, and a city of the gazetteer, or a town closing the sentence or its phrase ("at State Lodge, Zorbiny, on Tuesday"). */
function cityAfterVenue(words: Word[], from: number): string | undefined {
  let k = from;
  if (words[k]?.lower === "the") k++;
  const start = k;
  while (k < words.length && k < start + 6 && /^\p{Lu}/u.test(words[k]!.text) && words[k]!.text !== ",") k++;
  if (k === start || !VENUE_HEADS.test(words[k - 1]!.lower) || words[k]?.text !== ",") return undefined;
  const one = words[k + 1]?.text ?? "";
  const two = `${one} ${words[k + 2]?.text ?? ""}`;
  if (countryOfCity(two)) return two;
  if (countryOfCity(one)) return one;
  // A town the gazetteer does not know closes the sentence ("… at a ceremony held at State House, Zorbiny.") or
  // its own phrase before a word of time or place ("at State Lodge, Zorbiny, on Tuesday"); never a name
  // followed by anything else ("at State House, Okonkwo's office said"; "at State House, Okonkwo, who …").
  const after = words[k + 2]?.text ?? "";
  const closes = /^[.!]$/.test(after) || (after === "," && TIME_OR_PLACE_AFTER_TOWN.test(words[k + 3]?.text ?? ""));
  const town = /^\p{Lu}\p{Ll}+$/u.test(one) && closes && findCountries(one).length === 0;
  return town ? one : undefined;
}

/** Words that carry the clause on after "at <venue>, <town>,": a day, a time, a place ("on Tuesday", "where", "during the ceremony"). */
const TIME_OR_PLACE_AFTER_TOWN = /^(?:on|during|where|when|before|after|yesterday|today|earlier|last|this|late)$/;

/** Names of bodies and texts, not of places: "the Shanghai Cooperation Organisation", "the Paris Agreement". */
const NOT_A_VENUE = /^(?:Organi[sz]ation|Cooperation|Agreement|Accords?|Treaty|Declaration|Convention|Process|Format|Group|Club|Pact|Protocol|Principles?)$/;

/**
 * "at the Tarsk War Memorial", "at the Tarsk Airshow", "the Orvel summit", "the Orvel Security Conference in Veldia": a venue
 * or a gathering named after its city, when no "in <place>" follows to say where it is, or only the city's own country.
 */
function cityOfVenueName(words: Word[], from: number): string | undefined {
  if (words[from]?.lower !== "the") return undefined;
  const one = words[from + 1]?.text ?? "";
  const two = `${one} ${words[from + 2]?.text ?? ""}`;
  const city = countryOfCity(two) && isCity(two) ? two : countryOfCity(one) && isCity(one) ? one : undefined;
  if (!city) return undefined;
  let k = from + 1 + city.split(" ").length;
  const start = k;
  while (k < words.length && /^\p{Lu}/u.test(words[k]!.text)) {
    if (NOT_A_VENUE.test(words[k]!.text)) return undefined;
    k++;
  }
  // "the Orvel summit": a gathering's common noun right after its city
  if (k === start && GATHERING.test(words[k]?.lower ?? "")) k++;
  // ("at the Tarsk Hotel, Orvel": the town after the comma says where it is; "on the sidelines of the Tarsk Sudan Conference,
  // the minister met …": the gathering's city)
  if (k === start || (words[k]?.text === "," && (placeSpanAt(words, k + 1) !== undefined || /^\p{Lu}/u.test(words[k + 1]?.text ?? "") && words[k + 2]?.text === ","))) return undefined;
  if (words[k]?.lower === "in") {
    // "in Veldia" after the Orvel gathering says no more than its city does; any other place is where it is
    const country = countrySpanAt(words, k + 1);
    return country && country.country === countryOfCity(city) ? city : undefined;
  }
  return city;
}

/**
 * Sets the venue of a meeting from a sentence, if it has none: "at the headquarters of …", "at Tarsk House", "at the President's Office", "at the Tarsk Hall of the Republic";
 * "at the Grand Tarsk Hotel" (read68 x681, read13), "at Orvel Niwas" (check12 l209), "at Varan Bhawan" (read68 x678), "at the Kestas
 * Building" (read24 t102), "at Orvel Castle", "at the Telu Presidential Villa", "at the Veldian Union Secretariat" (read sets).
 * @example readVenue("They met at the Foreign Ministry.", meeting) // meeting.venue === "the Foreign Ministry"
 */
export function readVenue(text: string, meeting: LocalMeeting): void {
  if (meeting.venue) return;
  const venue =
    /\bat (the (?:headquarters|premises|residence|offices?|building|seat|palace)\b[^,;.]*)/i.exec(text) ??
    /\bat ((?:the )?(?:\p{Lu}[\p{L}'’-]*\s?)+(?:(?:Palace|Hall)(?: of (?:the )?\p{Lu}\p{L}+)?|House|Office|Ministry(?: of [\p{L} ]+)?|Embassy(?: of [\p{L} ]+)?|Kremlin|Centre|Center|Commission|Consulate|Hotel|Basilica|Cathedral|Monastery|Building|Residence|Castle|Mansion|Villa|Lodge|Bhawan|Niwas|Chancellery|Secretariat))/u.exec(text);
  if (!venue) return;
  meeting.venue = venue[1]!.trim();
  // "Receiving the envoy at the State House in Abuja", "at Saadabad Palace in Tehran": the city the venue stands in, when the
  // meeting has none of its own words (a dateline's is only where the story was filed)
  if (meeting.placeBasis === "sentence" || meeting.placeBasis === "context") return;
  const after = text.slice(venue.index + venue[0].length);
  const words = /^\s+in\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:es\s+|al\s+)?\p{Lu}[\p{L}'’-]*){0,2})/u.exec(after)?.[1]?.split(/\s+/) ?? [];
  for (let n = words.length; n > 0; n--) {
    const city = words.slice(0, n).join(" ");
    if (countryOfCity(city) === undefined) continue;
    meeting.place = city;
    meeting.placeBasis = "sentence";
    return;
  }
}

/** "during his visit to Pakistan", "a three-day official visit to Pakistan", "his trip to Moscow": where a visit goes. */
const VISIT_TO = /\b(?:visit|trip|tour|journey)\s+(?:to|in)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’-]*){0,3})/u;
/**
 * A lead's journey: "will head to Veldia", "is scheduled to travel to Tarsk", "who travelled to Orvane", "left for Halvik", "flew into Kestas", "arrived in Nalo"; every form of the verb;
 * and a party sent there: "after leading a delegation to Tarsk", "a two-day mission to the Veldian capital" (never "the mission in Tarsk", an embassy).
 */
const GOES_TO = /\b(?:visit|visits|visited|visiting|trip|tour|journey|travel|travell?ing|travels|travell?ed|head|heads|heading|headed|leave for|leaves for|left for|depart(?:s|ed)? for|arrived|arrives|arrive|flew|flies|fly|delegation to|mission to)\s+(?:to|in|into|for)?\s*(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’-]*){0,3})/u;
/** "here" as where the article was filed: "hosted the Sultan for talks here today". */
const HERE = /\bhere\b(?! (?:is|are|was|were)\b)/i;

/** What says a journey told just before did not happen: "fell through", "was called off", "(that) was cancelled", "did not take place". */
const CALLED_OFF_AFTER = /^\s*(?:,\s*)?(?:(?:which|that)\s+)?(?:fell through|(?:was|had been|has been)\s+(?:called off|cancell?ed|postponed|scrapped|shelved)|did not (?:go ahead|take place|happen))\b/i;

/**
 * The city a sentence sends a visit to: a city named, or the capital of a country named ("visit to
 * Pakistan" → Islamabad, the gazetteer's first city of a country being its capital); with `journey`,
 * a lead's verbs of travel count too ("will head to Mongolia").
 * @example visitDestination("Duvengor will pay a three-day official visit to Pakistan next week") // "Islamabad"
 */
export function visitDestination(text: string, journey = false): string | undefined {
  const m = (journey ? GOES_TO : VISIT_TO).exec(text);
  if (!m) return undefined;
  // "when his own trip to Tarsk fell through", "a visit to Orvane that was called off": no journey was made there
  if (CALLED_OFF_AFTER.test(text.slice(m.index + m[0].length))) return undefined;
  // "a state visit to the Brazilian capital", "his first trip to the Russian capital"
  if (/^\s+capital\b/.test(text.slice(m.index + m[0].length))) return capitalOf(m[1] ?? "");
  // "a visit to the Kingdom of Veldia", "the Republic of Veldia": the country after a state's style
  const named = (m[1] ?? "").split(/\s+/);
  const of = named.indexOf("of");
  const words = of > 0 && !findCountries(named.join(" ")).some((c) => c.text === named.join(" ")) ? named.slice(of + 1) : named;
  for (let n = words.length; n > 0; n--) {
    const name = words.slice(0, n).join(" ");
    if (countryOfCity(name) && findCountries(name).some((c) => c.kind === "city" && c.text === name)) return name;
    const country = findCountries(name).find((c) => c.kind === "name" && c.text === name);
    if (country) return capitalOfCountry(country.country);
  }
  return undefined;
}

export const isCity = (place: string | undefined): boolean => !!place && findCountries(place).some((c) => c.kind === "city" && c.text === place);
const countryOfPlace = (place: string | undefined): string | undefined => (place ? countryOfCity(place) ?? findCountries(place).find((c) => c.text === place)?.country : undefined);

/**
 * Settles each meeting's date and place once the article's meetings are known. A meeting dated only
 * by the publication date takes a date its next sentence gives ("… Tinlo announced the call on
 * Wednesday evening"), else the one the sentence before it in its paragraph gives ("Two days earlier,
 * on 12 November, …"), else the day of the story's lead ("seeing three counterparts on Sunday,
 * September 24" → "In the morning he met …"). A phone call has no place. A meeting placed only by the
 * dateline takes the city of its sentence ("here"), of its visit ("visit to Moscow"), or the lead's
 * when the lead sets the story elsewhere ("ANKARA - Ventin ended a visit to Moscow"); a country alone is
 * no city, unless the dateline is a city of it. A held meeting still placed nowhere takes the city of the
 * visit its people are on ("Varan arrived in Orvane on Monday", see {@link tripPlace}).
 * @example settleMeetings(findMeetings(ctx), ctx)
 */
export function settleMeetings(meetings: LocalMeeting[], ctx: MeetingContext, people: readonly PersonOffices[] = []): void {
  // folded once, on the first credentials with no place
  let seatText: string | undefined;
  // the body's sentences, once, on the first planned meeting of a visit
  let bodyText: string | undefined;
  // the texts that tie a capital to a ceremony of credentials: the dateline, the headline and the lead (and a line above it), each
  // sentence that names the head of state's seat
  const seat = (m: LocalMeeting): string | undefined =>
    seatOfHost(m, people, (seatText ??= fold([ctx.datelinePlace ?? "", ...ctx.sents.filter((s) => s.title || s.index <= (lead?.index ?? 0) || SEAT_WORD.test(s.text)).map((s) => s.text)].join(" "))), fold(ctx.sents[Math.min(...m.sentences)]?.text ?? ""));
  // the one country the article's visitors are told in, once, on the first meeting "in the capital"
  let visited: { country: string; visitors: Set<number> } | null | undefined;
  // The lead: the first sentence of the body, past a standfirst with no closing stop ("EAM sees counterparts from Mexico; calls on UNGA President").
  const lead = ctx.sents.find((s) => !s.title && s.quote === undefined && /[.!?"”)]$/.test(s.text.trim())) ?? ctx.sents.find((s) => !s.title && s.quote === undefined);
  const leadTold = lead ? readOwnDate(lead, ctx, lead.index) : undefined;
  // "It took forty years for a Veldian president to reach Orvane. Varan arrived in Tarsk on Thursday …": a lead with no date of its
  // own, the next sentence of its paragraph gives the story's day.
  const next = lead && !leadTold ? ctx.sents[lead.index + 1] : undefined;
  const nextDay = next && !next.title && next.quote === undefined && next.block === lead!.block ? readOwnDate(next, ctx, next.index) : undefined;
  const dayLead = nextDay?.day !== undefined ? next : lead;
  const own = nextDay?.day !== undefined ? nextDay : leadTold;
  // "Nairobi, May 4 (Prensa Latina) - … began a visit on Tuesday", with no year to resolve the weekday: the dateline's day.
  // (Not a lead's "next week" that tells only its year: the week runs into another month, the dateline's day is no day of it.)
  const leadDate = own?.day !== undefined ? own : (!own || (own.month === undefined && own.year === undefined)) && ctx.datelineDate?.day !== undefined ? ctx.datelineDate : undefined;
  // "Veldia and Orvane will open a joint centre, the two ministers said Monday": the day is the saying's, the story's own day.
  const leadAhead = dayLead ? speaksOfFuture(dayLead.words) && !(own?.day !== undefined && saidOn(dayLead, own.text)) : false;
  // "… has returned from a visit that ran from 30 September to 2 October, the ministry said on Tuesday", "…, the ministry said on
  // Monday after the round of talks. The round took place on Saturday and Sunday.": the day is the saying's, and the text dates the
  // event it reports to other days: no day of the story, but the month of the event's days; the publication day dates no meeting.
  const eventDay = !leadAhead && dayLead !== undefined && own?.day !== undefined && saidOn(dayLead, own.text) ? eventDayBesideSaying(dayLead, own.text, ctx) : undefined;
  const storyDate = leadDate?.day !== undefined && !leadAhead && !eventDay ? leadDate : undefined;
  // (a span over two months gives no month: the undated meeting may be on a day of either)
  const eventMonth = eventDay && !CROSS_MONTH_SPAN.test(eventDay.text) ? monthOf(eventDay) : undefined;
  // "Varan has made an official visit to Tarsk this week. … During the visit he called on Telu", "went on with his tour in January
  // 2023, stopping in Tarsk. … His first appointment was with Telu": a lead that dates the story only to a month (a week within one)
  // dates the contacts told after it that give no date of their own to that month, not to the publication day. (Not a month
  // further back than the one before publication: "ties established in May 1992" tells no story's time; with no publication
  // day, a month the lead writes with its year.)
  const storyMonth = !leadAhead && own && own.day === undefined && own.month !== undefined && own.year !== undefined && (own.basis === "explicit" || own.basis === "relative") && (ctx.published ? monthsApart(own, parseDate(ctx.published)!) <= 1 : own.basis === "explicit") ? own : undefined;
  // "… this morning, the last engagement of a visit that ran from 3 to 6 June": the story spans days, an undated meeting is on one of them.
  const leadSpan = lead !== undefined && DAY_SPAN.test(lead.text);
  // "is scheduled to travel to Tehran on Saturday": the day of the visit the article announces.
  const plannedDate = leadAhead && own?.day !== undefined ? own : undefined;
  // a town no gazetteer knows stays as read ("arrived in Zorbiny for talks"); a country stands for the dateline's city of it
  const townOf = (place: string | undefined): string | undefined => (place && countryOfPlace(place) === undefined ? place : cityOf(place, ctx));
  // "a visit to Veldia" stands for Veldia's capital only when the article (or its dateline) names that capital: else the visit may be to
  // another of its cities. "a visit to the Veldian capital" says so itself.
  const folded = fold([ctx.datelinePlace ?? "", ...ctx.sents.map((s) => s.text)].join(" "));
  const inDoubt = (text: string, city: string | undefined): boolean => !!city && !/\bcapital\b/i.test(text) && !writesPlace(folded, city);
  const visitCity = (text: string, journey = false): string | undefined => {
    const city = visitDestination(text, journey);
    return inDoubt(text, city) ? undefined : city;
  };
  // … yet a meeting planned on such a visit is away from a dateline filed in another country ("SEOUL -- Varan will head to Veldia"): at neither.
  const awayFromDateline = (text: string, journey = false): boolean => {
    const city = visitDestination(text, journey);
    return inDoubt(text, city) && countryOfCity(city!) !== countryOfPlace(ctx.datelinePlace);
  };
  // A lead whose journey goes to one country sets no story in a city of another: "Varan travels to Orvane on Monday, the ministry in
  // Tarsk announced" is where the trip was announced, not where its meetings are.
  const leadTrip = lead ? countryOfCity(visitDestination(lead.text, true) ?? "") : undefined;
  const leadRead = lead ? townOf(readPlace(lead.words, 0)) : undefined;
  const leadHome = leadTrip !== undefined && countryOfPlace(leadRead) !== undefined && countryOfPlace(leadRead) !== leadTrip;
  // "TARSK – Varan has paid a visit to Orvane …": a lead whose journey, told as made, goes to another country than the dateline's
  // files the story from home; a held meeting that says nowhere is not at the dateline's city (keys leave it unplaced).
  const datelineCountry = countryOfPlace(ctx.datelinePlace);
  const leadAbroad = leadTrip !== undefined && datelineCountry !== undefined && leadTrip !== datelineCountry && !leadAhead;
  const leadCity = lead ? (leadHome ? undefined : leadRead) ?? visitCity(lead.text, true) ?? cityLeft(lead.text) : undefined;
  // "Varan flew to Tarsk on Friday": the lead tells a journey, its day the day of arrival.
  const leadJourney = lead !== undefined && ARRIVAL.test(lead.text) && !DEPARTURE.test(lead.text) && visitDestination(lead.text, true) !== undefined && leadCity === visitDestination(lead.text, true);
  // "Brasilia" from the gazetteer is the dateline's "Brasília".
  const leadPlace = leadCity && ctx.datelinePlace && fold(leadCity) === fold(ctx.datelinePlace) ? ctx.datelinePlace : leadCity;
  const virtual = lead ? VIRTUAL.test(lead.text) : false;
  // "A meets B in Tarsk": the city the headline gives the story, over the city a dateline files it from.
  const title = ctx.sents.find((s) => s.title);
  // "Veldian minister visits Orvane", "Varan lands in Orvane": the headline's journey sets the story there too.
  const titleCity = title ? townOf(readPlace(title.words, 0)) ?? tripDestination(title, ctx.datelinePlace)?.city : undefined;
  // "Varan spent two days in Veldia this week": the country the lead (or else the headline) sets the story in, when it names no city.
  const storyCountry = [lead, title].map((s) => (s ? readPlace(s.words, 0) : undefined)).map((p) => (p && !isCity(p) ? countryOfPlace(p) : undefined)).find((c) => c !== undefined);
  // The day the story is on, else the day it was filed: a date its sentence states in another month is of another time.
  const storyOrFiled = storyDate ?? (ctx.published ? parseDate(ctx.published) : ctx.datelineDate);
  const ofAnotherMonth = (m: LocalMeeting): boolean => m.status !== "planned" && (m.date?.basis === "explicit" || m.date?.basis === "relative") && storyOrFiled !== undefined && otherMonth(m.date, storyOrFiled);
  // … and one its own sentence dates two months or more from that day is of another time altogether.
  const ofAnotherTime = (m: LocalMeeting): boolean => ofAnotherMonth(m) && dateFrom(m.date!, m.sentences, ctx.sents) === "sentence" && monthsApart(m.date!, storyOrFiled!) >= OTHER_TIME_MONTHS;
  let previous: LocalMeeting | undefined;
  for (const m of meetings) {
    settleMeeting(m);
    // "Varan announced on Monday, after talks with Telu, that the two will open a centre": a weekday read forward for the "will" of
    // what was announced. A meeting held is no later than the article: a weekday counted past the filing day is the week before's.
    if (m.status !== "planned" && m.date && weekdayPastFiling(m.date)) m.date = shiftDay(m.date, -7);
    // A held meeting its own sentence dates months away from the story ("Varan, who had talks with Telu on a trip in March 2011",
    // "Back on 2 May 2019, Varan conferred with Telu during a stay in Veldia") is of another visit: a place its own sentences
    // do not write (the headline's, the lead's, the dateline's, a capital of a country) is not its.
    if (m.place && m.placeBasis !== "context" && ofAnotherTime(m) && placeFrom(m, ctx.sents) !== "sentence") {
      delete m.place;
      delete m.placeBasis;
    }
    // "During the visit to Veldia, X met Y", no city of Veldia named: no place, but the country its hosts are from.
    const told = ctx.sents[Math.min(...m.sentences)];
    const visited = !m.place && m.kind !== "call" && told ? [visitDestination(told.text), lead ? visitDestination(lead.text, true) : undefined].find((c) => c !== undefined) : undefined;
    if (visited) m.visitedCountry = countryOfCity(visited);
    previous = m;
  }

  // "Varan travels to Orvane on Monday … During the trip he is to be received by Y": a visit to come that the article gives one day, and no
  // more ("a one-day visit"; not "a three-day stay", "his two days in Tarsk", a span), is on that day.
  function oneDayPlanned(m: LocalMeeting, day: PartialDate): boolean {
    if (m.status !== "planned" || plannedDate === undefined || leadSpan || day.day === undefined || isoOf(day) !== isoOf(plannedDate)) return false;
    return !MULTI_DAY.test((bodyText ??= ctx.sents.filter((x) => !x.title).map((x) => x.text).join(" ")));
  }

  function settleMeeting(m: LocalMeeting): void {
    const si = Math.min(...m.sentences);
    const sent = ctx.sents[si];
    if (!sent) return;
    // a place carried by a sentence that does not go on with the meeting told before: settled as if none had been read
    if (m.placeLoose && m.placeBasis === "context") {
      delete m.place;
      delete m.placeBasis;
    }
    const mentioned = OTHER_MEETING.exec(sent.text);
    // (not "the first face-to-face meeting between A and B, held late on Wednesday in Tarsk": the one the story reports)
    const heldThen = mentioned !== null && /^[^;:]{0,120}?,\s+held\s+(?:late\s+|early\s+)?(?:on|in|at|last|this|yesterday)\b/.test(sent.text.slice(mentioned.index + mentioned[0].length));
    if (mentioned && !heldThen && /between/.test(m.rule)) {
      // "the consensus reached in recent talks between A and B": a meeting the sentence mentions, not the one it reports; only its own words date and place it.
      const tail = sent.text.slice(mentioned.index);
      if (!m.date || m.date.basis === "publication" || m.date.basis === "dateline" || !tail.includes(m.date.text)) delete m.date;
      if (m.placeBasis !== "sentence" || !m.place || !tail.includes(m.place)) {
        delete m.place;
        delete m.placeBasis;
      }
      return;
    }
    // "On that trip he also met Y", "During the same visit, X was received by Y": the month and place of the meeting told before it.
    // The occasion's date, when the sentences before give one (occasionTold: read with the meeting), lends the place of
    // the meeting told before only when it is of that meeting's month ("During that visit" after a meeting of another month).
    const sameTrip = previous !== undefined && SAME_TRIP.test(sent.text) && m.kind !== "call";
    const occasion = sameTrip ? occasionTold(sent, ctx, si) : undefined;
    if (previous && sameTrip && (!readOwnDate(sent, ctx, si) || (occasion && !readOwnDate(sent, ctx, si, false)))) {
      // ("During the same trip" of a visit to come that the article gives one day: that day)
      if (occasion) m.date = plannedDate && occasion.day === undefined && occasion.year === plannedDate.year && occasion.month === plannedDate.month && oneDayPlanned(m, plannedDate) ? plannedDate : occasion;
      else if (previous.date && previous.date.basis !== "publication") m.date = oneDayPlanned(m, previous.date) ? previous.date : monthOf(previous.date);
      else delete m.date;
      if (m.placeBasis !== "sentence") {
        if (previous.place && !(occasion && datesApart(occasion, previous.date))) {
          m.place = previous.place;
          m.placeBasis = "context";
        } else {
          delete m.place;
          delete m.placeBasis;
        }
      }
      return;
    }
    // A caption or standfirst above the lead ("The Amir meeting the Crown Prince"): no day or place but its own.
    // A photo caption is a participle phrase ("The Amir receiving the Speaker."): it says who, not when or where.
    const caption = sent.quote === undefined && sent.words.some((w) => w.pos === "VERB" && /ing$/.test(w.lower)) && !sent.words.some((w) => ((w.pos === "VERB" || w.pos === "AUX") && !/ing$/.test(w.lower)) || HELD.test(w.lower));
    const aboveLead = (lead !== undefined && si < lead.index && sent.quote === undefined) || caption;
    const planned = m.status === "planned";
    const before = ctx.sents[si - 1];
    // "A welcome ceremony is scheduled for Wednesday. The two leaders will then hold talks": a meeting to come with no day of its own, on the day the sentence before it in its paragraph gives.
    const setBefore = planned && (!m.date || m.date.basis === "publication" || !sent.text.includes(m.date.text)) && before && !before.title && before.block === sent.block && before.quote === undefined && !readOwnDate(sent, ctx, si) ? readOwnDate(before, ctx, si - 1, true, undefined, undefined, true) : undefined;
    // (never a day of a month before the article's: "Varan's earlier audiences took place on 3 May 2015 …. Before leaving he
    // was to see Y" recalls other days, it sets none for what was still to come)
    const pastSet = setBefore?.year !== undefined && setBefore.month !== undefined && ctx.published !== undefined && setBefore.year * 12 + setBefore.month < Number(ctx.published.slice(0, 4)) * 12 + Number(ctx.published.slice(5, 7));
    // "The two ministers last met in Tarsk", "Varan had met Telu at the summit in Orvane": a meeting before the story's time keeps its own date, or none; never the story's day.
    const recalled = m.otherTime === true || (!planned && sent.quote === undefined && tellsEarlierMeeting(sent.text));
    if (recalled) {
      // (a contact of a clause "nine months after …" keeps the date its clause gives, read with the meeting, or none)
      // (and one "a day after she had welcomed Y" put a day before the sentence's own, read with its cue: "a day after Monday")
      const own = m.otherTime || /^\S+ days? (?:after|before) /.test(m.date?.text ?? "") ? m.date : readOwnDate(sent, ctx, si, false);
      if (own) m.date = own;
      else delete m.date;
    } else if (setBefore?.day !== undefined && !pastSet) {
      m.date = setBefore;
    } else if (!m.date || m.date.basis === "publication") {
      const next = ctx.sents[si + 1];
      const fromNext = next && m.sentences.includes(si + 1) && next.quote === undefined ? readOwnDate(next, ctx, si + 1) : undefined;
      // "Receiving the Dutch ambassador, the President …" opens a paragraph about the receptions the paragraph before dated.
      const fromBefore = before && !before.title && (before.block === sent.block || BACK_TO_MEETING.test(sent.text)) && before.quote === undefined ? readOwnDate(before, ctx, si - 1) : undefined;
      // … never one of another month than the story's ("At the talks Varan recalled a memorandum signed on 16 May 2008"): another event's.
      const pick = planned ? undefined : [fromNext, fromBefore].find((d) => d?.day !== undefined && d.basis !== "publication" && !speaksOfFuture((d === fromNext ? next : before)!.words) && !(storyOrFiled && otherMonth(d, storyOrFiled)));
      // (Not the dateline's day where the lead tells none: the day the story was filed dates no contact told after the lead.)
      // … and the story's day moves on with it: "landed on Sunday, 30 June. … On Monday morning he visited a plant. … He went on to
      // a meeting with Y" is Monday's (a later day of the week the sentences before date).
      const leadTold = storyDate?.basis === "dateline" ? undefined : storyDate;
      const moved = leadTold?.day !== undefined ? storyDayAt(ctx, si) : undefined;
      const movedTo = moved?.day;
      // (never past the publication day: "a tour that ends on 22 November" is still to come)
      const filed = ctx.published ? parseDate(ctx.published) : undefined;
      // … or back, within the stay, when the lead told the stay's end: "left Tarsk on Friday, ending a visit of three days. … The
      // first talks were on Thursday … After their talks, A and B signed …" is Thursday's.
      const visitEnded = lead !== undefined && VISIT_ENDED.test(lead.text);
      // (not a day told in the past perfect, a look back from the story's line: "On the first day A had called on B. … A held
      // talks there with C" is some day of the stay, its month)
      const flashback = moved !== undefined && PAST_PERFECT.test(ctx.sents[moved.at]!.text);
      const backInStay = visitEnded && !flashback && movedTo?.day !== undefined && daysBetween(movedTo, leadTold!) > 0 && daysBetween(movedTo, leadTold!) <= 6;
      const toldDay = backInStay || (movedTo?.day !== undefined && daysBetween(leadTold!, movedTo) > 0 && daysBetween(leadTold!, movedTo) <= 7 && !(filed && daysBetween(filed, movedTo) > 0)) ? movedTo : leadTold;
      const story = sent.quote === undefined && !aboveLead && si > (lead?.index ?? 0) ? (planned ? plannedDate : toldDay ?? eventMonth ?? storyMonth) : undefined;
      // "During the visit, X also paid a courtesy call on Y", "While in Budapest, …": some day of the visit, so its month.
      // "Varan ended a visit to Tarsk on Friday. … He also met Telu": some day of the visit too.
      const duringVisit = DURING_VISIT.test(sent.text) || (planned && !plannedDate) || (visitEnded && !backInStay);
      // "He arrived on Sunday, 4 February. During the visit he held talks with Y": some day of the visit, so the month of the day next to it.
      // … and so is a day read off a span of days beside it ("The visit had been announced for 3 to 6 June"), or a story whose lead tells one.
      // (A span that starts on the story's day, "hours after landing … the March 14 to 18 trip", keeps that day: the arrival's.)
      const near = pick && (DURING_VISIT.test(sent.text) || (isDaySpan(pick) && !(storyDate && nearDay(pick, storyDate, 0)))) ? monthOf(pick) : pick;
      // "will pay a visit next week … During his stay he is to hold talks with Y": a meeting to come on the visit the lead announces, in the month it gives.
      // (not a plan the sides agreed on, "… agreed to meet", "agreed to meet again in the same format": some later time, no date; new59a
      // x721, exchange59b x756)
      const leadMonth = leadDate ?? (leadAhead ? [spanOf(lead, ctx), own].find((d) => d?.month !== undefined) : undefined);
      const oneDay = story !== undefined && oneDayPlanned(m, story);
      // "In February 2023, Varan made a first trip to Tarsk. … In Tarsk he sat down with Telu": a paragraph gone back months or years
      // from the story; a meeting its own sentence dates no closer is of that time (its month), not the story's day.
      const backThen = planned || near ? undefined : paragraphTime(sent, si);
      const date = near ?? backThen ?? (story && (duringVisit || leadSpan) && !oneDay ? monthOf(story) : story) ?? (planned && leadMonth && duringVisit && !AGREED_TO_MEET.test(sent.text) ? monthOf(leadMonth) : undefined);
      // "He then travelled to Tarsk, where he met Y": a day after the one told before, which one unsaid: its month.
      if (date) m.date = MOVED_ON.test(sent.text) && date.day !== undefined && date.year !== undefined ? monthOf(date) : date;
      else if (aboveLead || planned || eventDay) delete m.date;
    } else if (aboveLead && !readOwnDate(sent, ctx, si)) {
      // "Varan and Telu hold talks" above "Shortly after landing on Saturday, 18 February 2017, Varan had a tête-à-tête with Telu": the lead tells the meeting again, with its day.
      const told = lead && m.sentences.includes(lead.index) ? readOwnDate(lead, ctx, lead.index) : undefined;
      if (told && told.basis !== "publication" && (told.day !== undefined || told.month !== undefined)) m.date = told;
      else delete m.date;
    } else if (m.date.day !== undefined && DURING_VISIT.test(sent.text) && !readOwnDate(sent, ctx, si)) {
      // "While in Budapest, Mr. Liri also paid a courtesy call …": a day of the visit, not the day of the first meeting.
      m.date = monthOf(m.date);
    } else if (m.date.day === undefined && m.date.month === undefined && m.date.year === undefined && ctx.datelineDate?.day !== undefined && ctx.datelineDate.month !== undefined) {
      // "here today", "Yesterday, … had talks" in an article dated only by its dateline ("PUTRAJAYA, Aug 27 —"): the dateline's
      // day, or the one before or after it.
      const shift = TODAY.test(m.date.text) ? 0 : dayShift(m.date.text);
      if (shift !== undefined) m.date = { ...ctx.datelineDate, ...shiftedDay(ctx.datelineDate.month, ctx.datelineDate.day, shift), basis: "relative", text: m.date.text };
    }
    // … and its own place, or none: not the dateline's, nor the story's.
    if (recalled && m.placeBasis !== "sentence") {
      delete m.place;
      delete m.placeBasis;
      return;
    }
    // A headline's meeting told again in the lead ("Shortly after landing in Orvane on Saturday, Varan had a tête-à-tête with Telu"): the lead's place.
    const leadAgain = aboveLead && m.placeBasis !== "sentence" && m.kind !== "call" && !virtual && lead && m.sentences.includes(lead.index) ? townOf(readPlace(lead.words, 0)) ?? tripDestination(lead, ctx.datelinePlace)?.city : undefined;
    if (leadAgain) {
      m.place = leadAgain;
      m.placeBasis = "sentence";
      return;
    }
    // A phone call or a video conference has no one place; a caption above the lead none it does not write.
    if (m.kind === "call" || VIRTUAL.test(sent.text) || (virtual && si <= (lead?.index ?? 0) + 1) || (aboveLead && m.placeBasis !== "sentence")) {
      delete m.place;
      delete m.placeBasis;
      if (m.kind === "call") delete m.venue;
      return;
    }
    // "in a separate event at the same venue", "At the same palace, X called on Y": where the meeting told before was, else where
    // the lead sets the story ("… in a ceremony at State House, Tarsk").
    const sameVenue = m.placeBasis !== "sentence" && SAME_VENUE.test(sent.text) ? previous?.place ?? leadPlace : undefined;
    if (sameVenue) {
      m.place = sameVenue;
      m.placeBasis = "context";
      return;
    }
    // … so too a country another meeting lent ("at a forum in Veldia" before "He also met Telu").
    if ((m.placeBasis === "sentence" || m.placeBasis === "context") && !isCity(m.place) && countryOfPlace(m.place) !== undefined) {
      // "met in Kenya": a country is no city, but the dateline's city of that country is, or its capital when a side is its host
      // and another a guest ("Varan received Telu in Veldia"); "sat down together in South Africa", both guests there: no city.
      // A town no gazetteer knows, read after a venue ("at his residence in Zorbiny"), stays.
      // A meeting its sentence dates to another month than the story's ("met in October 2016 in Veldia") is at neither.
      const city = ofAnotherMonth(m) ? undefined : cityOf(m.place, ctx) ?? hostCapital(m, countryOfPlace(m.place), people);
      if (city) m.place = city;
      else {
        delete m.place;
        m.placeBasis = "sentence";
        return;
      }
    }
    if (m.placeBasis === "sentence") {
      if (!m.place) delete m.placeBasis;
      return;
    }
    // A post of the story's day about a meeting ("Important consensus was reached during official talks …"): where the story is.
    if (sent.quote !== undefined) {
      const place = storyDate && m.date && nearDay(m.date, storyDate) ? leadPlace ?? ctx.datelinePlace : undefined;
      if (place && !m.place) {
        m.place = place;
        m.placeBasis = "context";
      }
      return;
    }
    // "The two ministers met in Tarsk and went through …": a later sentence of the meeting that says where they met.
    // The next sentence counts when the pair is its subject ("The two chancellors met in Tarsk").
    const nextPair = PAIR_SUBJECT.test(ctx.sents[si + 1]?.text ?? "") ? [si + 1] : [];
    const told = [...new Set([...m.sentences.filter((k) => k > si), ...nextPair])].sort((a, b) => a - b).flatMap((k) => {
      const later = ctx.sents[k];
      // Only a sentence of the meeting's own people, with no day of its own ("Earlier on Monday, A, B and C met in Tarsk" is another meeting).
      const own = (ctx.refs[k] ?? []).every((r) => m.participants.some((p) => p.kind === "person" && p.person === r.person));
      const dated = later?.entities.some((e) => e.type === "DATE");
      const verb = later && later.quote === undefined && own && !dated ? later.words.findIndex((w) => MET.test(w.lower)) : -1;
      const place = verb >= 0 ? readPlace(later!.words, verb) : undefined;
      // a country stands for the dateline's city of it; a town no gazetteer knows stays as read ("the border city of Tarsk")
      return place ? [countryOfPlace(place) !== undefined ? cityOf(place, ctx) : place] : [];
    })[0];
    // "The meeting took place on the sidelines of the forum in the coastal city of Tarsk.", "At the talks in Tarsk, Varan …":
    // one of the next two sentences, its subject the meeting itself, says where it was.
    const recounted = told ?? recountedPlace(m, si);
    if (recounted) {
      m.place = recounted;
      m.placeBasis = "sentence";
      return;
    }
    // "Telu received him at the ministry in the capital": the capital of a side's country, the dateline's city when it is one, else the
    // one of them the article names.
    const capital = BARE_CAPITAL.test(sent.text) ? capitalOfSides(m) : undefined;
    if (capital) {
      m.place = capital;
      m.placeBasis = "sentence";
      return;
    }
    // "Varan met Telu on the sidelines of the summit" where another sentence has "the summit in Tarsk": where the gathering was;
    // a gathering in a country with no city of it named is somewhere else than a dateline of another country: no place.
    const gathering = gatheringPlace(sent, si);
    if (gathering !== undefined) {
      const city = countryOfPlace(gathering) !== undefined ? cityOf(gathering, ctx) : gathering;
      if (city) {
        m.place = city;
        m.placeBasis = "sentence";
      } else {
        delete m.place;
        delete m.placeBasis;
      }
      return;
    }
    // "Ventin was in Kyiv last week, where he met Tinlo": the place before "where".
    const where = sent.words.findIndex((w, k) => w.lower === "where" && sent.words[k - 1]?.text === ",");
    const whereCity = where > 0 ? cityOf(readPlace(sent.words.slice(0, where), 0), ctx) : undefined;
    if (whereCity) {
      m.place = whereCity;
      m.placeBasis = "sentence";
      return;
    }
    // A meeting of another time ("last week", "last year", a month ago) did not happen where the story is filed; one dated
    // by the story's own date ("On the sidelines of the summit, Varan also met …" after a summit "from 3 to 12 June") is of its time.
    // "during his visit" of a meeting dated to another month than the story's is another visit ("In March 2011, … during his visit").
    // So is the month of a span of days of the story's month ("the visit had been announced for 3 to 6 June").
    const storySpan = storyDate !== undefined && m.date !== undefined && m.date.day === undefined && isDaySpan(m.date) && !otherMonth(m.date, storyDate);
    if (!planned && !storySpan && (!DURING_VISIT.test(sent.text) || ofAnotherMonth(m)) && storyDate && m.date && m.date.basis !== "publication" && m.date.text !== storyDate.text && (m.date.month !== undefined || m.date.year !== undefined) && !nearDay(m.date, storyDate)) {
      // … unless a journey of its people dated within days before it tells where ("arrived in Orvane on 3 May" … "On 8 May she met …")
      const trip = VIRTUAL.test(sent.text) ? undefined : tripPlace(m, ctx, people, lead, true) ?? stayPlace(m);
      if (trip) {
        m.place = trip;
        m.placeBasis = "visit";
      } else {
        delete m.place;
        delete m.placeBasis;
      }
      return;
    }
    // With no day of the story to go by: a meeting stated for another month than the article's is not where the article is filed.
    const filedOn = ctx.published ? parseDate(ctx.published) : ctx.datelineDate;
    // (Not the month of the event a lead reports on other days than its saying's: the story's own time.)
    if (!planned && !storyDate && m.placeBasis === "dateline" && m.date && (m.date.basis === "explicit" || m.date.basis === "relative") && filedOn && otherMonth(m.date, filedOn) && m.date.text !== eventMonth?.text) {
      delete m.place;
      delete m.placeBasis;
      return;
    }
    if (m.placeBasis === "context") return;
    const here = ctx.datelinePlace && m.sentences.some((k) => HERE.test(ctx.sents[k]?.text ?? "")) ? ctx.datelinePlace : undefined;
    const visit = visitCity(sent.text);
    // A planned meeting is where the visit goes, not where it was announced ("SEOUL, Aug. 25 (Yonhap) -- Park will head to Mongolia").
    // "X flew to Tarsk on Friday …. On Thursday he held talks with Y": a day before the lead's journey is not spent where it goes.
    const beforeJourney = !planned && leadJourney && storyDate !== undefined && m.date?.day !== undefined && m.date.basis !== "publication" && dayBefore(m.date, storyDate);
    const elsewhere = beforeJourney ? undefined : [leadPlace, titleCity].find((p) => p !== undefined && p !== ctx.datelinePlace);
    // ("On Thursday he moves on to Estonia for talks with Y": a journey to another country than the dateline's)
    const away = planned && (awayFromDateline(sent.text) || (lead !== undefined && awayFromDateline(lead.text, true)) || (ctx.datelinePlace !== undefined && sent.words.some((w, k) => JOURNEY.test(w.lower) && journeyAway(sent.words, k + 1, ctx.datelinePlace!))));
    const filed = (planned && elsewhere) || away || (!planned && leadAbroad) ? undefined : ctx.datelinePlace;
    // "Varan spent two days in Veldia, holding talks with his host": the capital of the country the story is set in, when a side is its host.
    const host = storyCountry ? hostCapital(m, storyCountry, people) : undefined;
    const place = here ?? visit ?? elsewhere ?? filed ?? (m.kind === "credentials" ? seat(m) : undefined) ?? host;
    // "Varan arrived in Orvane on Monday. … On Tuesday he held talks with Telu": else the city of the visit the meeting's people are on.
    const trip = place || planned || VIRTUAL.test(sent.text) ? undefined : tripPlace(m, ctx, people, lead);
    if (place) {
      m.place = place;
      m.placeBasis = place === ctx.datelinePlace && !here ? "dateline" : "sentence";
    } else if (trip) {
      m.place = trip;
      m.placeBasis = "visit";
    } else {
      delete m.place;
      delete m.placeBasis;
    }
  }

  /**
   * The time the sentences before a meeting's, in its paragraph, have gone back to: the nearest date they write, when it is
   * two months or more from the story's day (a year written with it); undefined when the nearest is of the story's time.
   */
  function paragraphTime(sent: Sent, si: number): PartialDate | undefined {
    if (!storyOrFiled) return undefined;
    for (let k = si - 1; k > (lead?.index ?? -1); k--) {
      const s = ctx.sents[k];
      if (!s || s.title || s.block !== sent.block || s.quote !== undefined) return undefined;
      const d = readOwnDate(s, ctx, k, false);
      if (!d) continue;
      if (d.basis !== "explicit" || d.year === undefined || speaksOfFuture(s.words) || monthsApart(d, storyOrFiled) < OTHER_TIME_MONTHS) return undefined;
      return d.day !== undefined ? monthOf(d) : d;
    }
    return undefined;
  }

  /** A weekday counted to more than a day after publication (a day's difference of time zones aside): "on Monday" read as the coming one. */
  function weekdayPastFiling(date: PartialDate): boolean {
    const filed = ctx.published ? parseDate(ctx.published) : undefined;
    if (!filed || date.basis !== "relative" || date.day === undefined || date.year === undefined || /\bnext\b/i.test(date.text)) return false;
    return date.text.toLowerCase().split(/\W+/).some((w) => WEEKDAYS.has(w)) && daysBetween(filed, date) > 1;
  }

  /**
   * The city of the stay the lead ends, for a held meeting of its traveller on a day of that week before the story's day:
   * "Varan has ended a visit to Orvane" over "He arrived on 26 May and the same day held talks with Telu".
   */
  function stayPlace(m: LocalMeeting): string | undefined {
    if (!lead || !leadPlace || !storyDate || !m.date || !VISIT_ENDED.test(lead.text) || VIRTUAL.test(lead.text)) return undefined;
    if (m.date.day === undefined || !dayBefore(m.date, storyDate) || !nearDay(m.date, storyDate, 7)) return undefined;
    const traveller = (ctx.refs[lead.index] ?? []).some((r) => m.participants.some((p) => p.kind === "person" && p.person === r.person));
    return traveller ? leadPlace : undefined;
  }

  /** The capital of one side's country that the dateline or the article names, when only one does. */
  function capitalOfSides(m: LocalMeeting): string | undefined {
    // "During his stay in the capital, the Veldian minister met …": a side whose journey abroad the article tells is a guest
    // there; the capital is the visited country's, not the guest's own.
    const visit = (visited ??= visitedCountry(ctx.sents, ctx.refs, people) ?? null);
    const countryOf = (i: number): string | undefined => (visit?.visitors.has(i) ? visit.country : people[i]!.country ?? people[i]!.offices.find((o) => o.country)?.country);
    const countries = m.participants.flatMap((p) => (p.kind === "person" && people[p.person] ? [countryOf(p.person)] : []));
    const capitals = [...new Set(countries.flatMap((c) => (c ? [capitalOfCountry(c)] : [])))].filter((c): c is string => c !== undefined);
    if (ctx.datelinePlace && capitals.some((c) => sameLetters(c, ctx.datelinePlace!))) return ctx.datelinePlace;
    const named = capitals.filter((c) => writesPlace(folded, c));
    return named.length === 1 ? named[0] : undefined;
  }

  /** The one place the article's other sentences give the gathering on whose sidelines the meeting's sentence sets it ("the Council in Tarsk"), or undefined. */
  function gatheringPlace(sent: Sent, si: number): string | undefined {
    const heads = sidelineGathering(sent.words);
    if (heads.size === 0) return undefined;
    const places = new Set<string>();
    for (const other of ctx.sents) {
      // "the leaders will meet again at the summit in Orvane": a gathering to come is another one
      if (other.index === si || other.title || speaksOfFuture(other.words)) continue;
      other.words.forEach((w, j) => {
        if (!heads.has(w.lower) || other.words[j + 1]?.lower !== "in") return;
        // "the next summit in Orvane", "last year's forum in Tarsk": another edition of the gathering
        if (other.words.slice(Math.max(0, j - 4), j).some((x) => ANOTHER_EDITION.test(x.lower))) return;
        const place = placeNamedAt(other.words, j + 2);
        if (place) places.add(place);
      });
    }
    return places.size === 1 ? [...places][0] : undefined;
  }

  /** The place a sentence just after the meeting's gives it when that sentence's subject is the meeting ({@link RECOUNTED}), no other meeting told in between. */
  function recountedPlace(m: LocalMeeting, si: number): string | undefined {
    for (let k = si + 1; k <= si + 2; k++) {
      const later = ctx.sents[k];
      if (!later || later.title || later.quote !== undefined || meetings.some((o) => o !== m && !o.sentences.includes(si) && o.sentences.includes(k))) return undefined;
      if (!RECOUNTED.test(later.text)) continue;
      // the phrase of the meeting noun alone: "The meeting, which came after talks in Orvane, …" says nothing of where it was
      const cue = later.words.findIndex((w) => MEETING_NOUN.test(w.lower));
      const stop = later.words.findIndex((w, j) => j > cue && RECOUNT_ENDS.test(w.lower));
      const place = readPlace(later.words.slice(0, stop < 0 ? undefined : stop), cue);
      return place && countryOfPlace(place) !== undefined ? cityOf(place, ctx) : place;
    }
    return undefined;
  }
}

/** "in the capital" naming no city ("in the capital on Monday", "in the capital city"), not "the capital of X" nor "the capital, Tarsk". */
const BARE_CAPITAL = /\bin the capital(?: city)?\b(?!\s*(?:of\b|,?\s*\p{Lu}|'s\b))/u;

/** "on the sidelines of", "on the margins of", "on the fringes of": a meeting held beside a gathering. */
const SIDELINES = /^(?:sidelines?|margins?|fringes?)$/;
/** Nouns that name a gathering: "summit", "forum", "the Council", "the General Assembly", "the ministerial meeting". */
const GATHERING = /^(?:summit|forum|conference|assembly|council|meeting|session|congress|dialogue|ceremony|convention|gathering|expo|exhibition|games|week|inauguration|funeral|festival|ministerial)$/;
/** Words that end the gathering's phrase: "the summit in Tarsk", "the forum, where", "the Council for talks". */
const GATHERING_ENDS = /^(?:[,.;:()]|in|on|for|to|with|where|which|that|and|at|during|when|last|this|held|hosted|being|earlier|later|yesterday|today)$/;

/** Words that make a gathering another edition than the one a meeting was beside: "the next summit", "last year's forum", "the 2019 session". */
const ANOTHER_EDITION = /^(?:next|previous|last|upcoming|forthcoming|future|past|earlier|later|first|second|third|former|planned|proposed|year's|(?:19|20)\d\d)$/;

/**
 * The gathering nouns of a sentence's "on the sidelines of <gathering>": "on the fringes of the Council" → council,
 * "on the sidelines of the Veldia-Orvane Summit" → summit. Empty when the sentence sets no meeting beside a gathering.
 */
function sidelineGathering(words: Word[]): Set<string> {
  const heads = new Set<string>();
  const at = words.findIndex((w, k) => SIDELINES.test(w.lower) && words[k + 1]?.lower === "of" && /^(?:the|on|at)$/.test(words[k - 1]?.lower ?? ""));
  if (at < 0) return heads;
  for (let k = at + 2; k < words.length && k < at + 12 && !GATHERING_ENDS.test(words[k]!.lower); k++) {
    if (GATHERING.test(words[k]!.lower)) heads.add(words[k]!.lower);
  }
  return heads;
}

/**
 * A sentence whose subject is a meeting told just before, with where it was: "The meeting took place in Tarsk", "The talks
 * were held at the palace in Tarsk", "The meeting to discuss trade took place in the city of Tarsk", "At the meeting in Tarsk, …", "The bilateral meeting came on the sidelines of …"; never
 * "the next meeting", "the previous talks" (another one).
 */
const RECOUNTED = /^(?:(?:at|during) )?(?:the|their|this|that) (?:(?!next|previous|last|upcoming|forthcoming|future|earlier|first|second|third|latest|recent|past|planned|proposed|possible)[\w-]+ )?(?:meeting|talks|discussions|encounter|audience)(?:\s+(?:took place|was held|were held|happened|came|held|in|at)\b|[^,.;:]{1,80}?\s(?:took place|was held|were held)\b)/i;
const MEETING_NOUN = /^(?:meeting|talks|discussions|encounter|audience)$/;
/** Words that end the meeting noun's phrase: what follows them is another time or event ("… came after talks in Orvane"). */
const RECOUNT_ENDS = /^(?:[,;:]|after|before|ahead|following|since|amid|as|when|which|who|while|until|than|where)$/;

/**
 * The capital of `country` when a meeting has a side of that country (its host) and a side of another
 * (its guest): a visit to a country is received at its seat ("Varan received Telu in Veldia" → Veldia's
 * capital, the gazetteer's first city of a country). Undefined when no side is of it, or every side is.
 */
function hostCapital(m: LocalMeeting, country: string | undefined, people: readonly PersonOffices[]): string | undefined {
  if (!country) return undefined;
  const countries = m.participants.flatMap((p) => (p.kind === "person" && people[p.person] ? [people[p.person]!.country ?? people[p.person]!.offices.find((o) => o.country)?.country] : []));
  if (!countries.includes(country) || !countries.some((c) => c !== undefined && c !== country)) return undefined;
  return capitalOfCountry(country);
}

/** What {@link settleMeetings} reads of a person: the country and the offices the article gives. */
export interface PersonOffices {
  country?: string;
  offices: { title: string; country?: string; to?: string }[];
}

/**
 * The head of state's seat, or the ceremony held there: "the Presidential Palace", "State House", "the official seat of the
 * Presidency", "the Royal Residence", "a ceremony at the Kremlin".
 */
const SEAT_WORD = /\b(?:palace|state house|seat of|residence|presidency|kremlin|white house|blue house|government house|ceremony)\b/i;

/**
 * Where credentials were handed over when the text says nowhere: the capital of the host's country
 * (an envoy is received at the seat of the state that accredits them), when the text ties that capital
 * to the ceremony: written in the sentence that tells it (`own`), the dateline, the headline or the
 * lead ("Seven envoys accredited to Tarsk"), or a sentence naming the seat ("the Presidential Palace
 * in Tarsk"), all folded in `tied`. Not a capital the story names for something else ("relations between Tarsk
 * and Orvel" elsewhere, "before being posted to Tarsk"): keys leave such a ceremony unplaced.
 * Undefined when the hosts' countries are unknown or differ, or the capital goes unnamed.
 */
function seatOfHost(m: LocalMeeting, people: readonly PersonOffices[], tied: string, own: string): string | undefined {
  const hosts = m.participants.flatMap((p) => (p.kind === "person" && people[p.person] && !people[p.person]!.offices.some((o) => isEnvoyTitle(o.title)) ? [people[p.person]!] : []));
  const envoys = m.participants.flatMap((p) => (p.kind === "person" && people[p.person]?.offices.some((o) => isEnvoyTitle(o.title)) ? [people[p.person]!] : []));
  const countries = new Set([...hosts.map((h) => h.country), ...envoys.flatMap((e) => e.offices.map((o) => o.to))].filter((c): c is string => c !== undefined));
  if (countries.size !== 1) return undefined;
  const capital = capitalOfCountry([...countries][0]!);
  return capital && (writesPlace(tied, capital) || writesPlace(own, capital)) ? capital : undefined;
}

const sameLetters = (a: string, b: string): boolean => placeLetters(a) === placeLetters(b);

/**
 * Whether a folded text writes a place however it spaces or hyphenates it: the gazetteer's "Hanoi" is written in "… talks in Ha Noi".
 * @example writesPlace("talks in ha noi on monday", "Hanoi") // true
 */
function writesPlace(folded: string, place: string): boolean {
  const spelled = [...placeLetters(place)].map(escapeRegExp).join("[\\s-]?");
  return spelled.length > 0 && new RegExp(`\\b${spelled}\\b`).test(folded);
}

/** "last met", "last sat down together", "previously held talks", "had already received": a meeting told as before the story's time. */
const EARLIER_MEETING = /\b(?:(?:last|previously|once|already)\s+(?:met|sat|held|hosted|received|visited|talked|spoke)|had\s+(?:(?:already|previously|last|also|once)\s+)?(?:met|held|hosted|received|visited|talked|spoken)|ha(?:ve|s)\s+(?:already\s+)?met\b[^.;]{0,40}\b(?:times|before|occasions|repeatedly))\b/i;
/** Verbs that report speech: a past perfect after them is the story's own time told back ("Varan said she had met Telu"). */
const REPORTED = /\b(?:said|says|told|announced|noted|stated|added|wrote|posted|tweeted|reported|confirmed)\b/i;

/**
 * A sentence tells a meeting held before the story's time: "The two ministers last met in Bonn last
 * month", "the pair had met only weeks earlier, on 5 February", "Varan and Telu have met several
 * times"; not a past perfect of reported speech ("Varan said she had met Telu", the story's own), nor of a first time.
 * @example tellsEarlierMeeting("The two leaders last met in Astana in July.") // true
 */
export function tellsEarlierMeeting(text: string): boolean {
  const m = EARLIER_MEETING.exec(text);
  if (!m) return false;
  // ("… received Y, the first time the pair had met face to face", "It was the first time the two leaders had met": the
  // meeting told is the first, no earlier one; heldout78 x758, heldout80 x771, x772)
  return !(/^had\b/i.test(m[0]) && (REPORTED.test(text.slice(0, m.index)) || FIRST_TIME.test(text.slice(0, m.index))));
}

/** "the first time the two men": the words a past perfect after which tells of the meeting itself. */
const FIRST_TIME = /\b(?:first|second|third|only)\s+time\b[^.;]{0,40}$/i;

/** A sentence that opens on the meeting told just before: "Receiving the Dutch ambassador, …", "Greeting his guest, …", "At the meeting, …". */
const BACK_TO_MEETING = /^(?:(?:receiving|meeting|welcoming|hosting|greeting)\s+\S|(?:at|during|in) (?:the|this|that) (?:meeting|talks|audience|reception)\b)/i;

/** "at the same venue", "at the same palace": the place of a meeting told before. */
const SAME_VENUE = /\b(?:at|in) the same (?:venue|palace|hotel|building|hall|residence|place|premises)\b/i;
/** "on that trip", "during the same visit", "on that occasion": the occasion told just before. */
const SAME_TRIP = /\b(?:on|during|in the course of) (?:that|the same|this same|that same) (?:[\w-]+ )?(?:trip|visit|tour|stay|journey|occasion)\b/i;
/** A sentence whose subject is the pair: "The two ministers …", "Both leaders …", "They …". */
const PAIR_SUBJECT = /^(?:the two \w+|both(?: \w+)?|they)\b/i;
/** Words that say two people met, after which "in X" is where: "the two ministers met in Tarsk", "talks in Tarsk". */
const MET = /^(?:met|meet|meeting|talks|conferred)$/;

/** "during the visit", "during a working visit to Tarsk", "during his stay", "during her two days in Tarsk", "while in Budapest", "in the course of the trip": some day of a visit. */
const DURING_VISIT_WORDS = /\b(?:during (?:the|his|her|their|this|an?) (?:[\w-]+ ){0,2}(?:visit|stay|trip|tour|days in)\b|besides the (?:dialogue|talks|visit)\b|in the course of (?:the|his|her) (?:visit|trip)\b)/i;
// ("while in Tarsk", "while in the Orvanian capital": a place's capital letter, read without the "i" flag, under which \p{Lu}
// takes any letter: not "while in office")
const WHILE_IN_PLACE = /\b[Ww]hile in (?:the )?\p{Lu}/u;
const DURING_VISIT = { test: (text: string): boolean => DURING_VISIT_WORDS.test(text) || WHILE_IN_PLACE.test(text) };
/** A journey on to another city from the one told before: "then travelled to", "later flew to", "moved on to" (not "then drove to the palace"). */
/** A stay of several days: "a three-day visit", "his two days in Tarsk", "a week-long tour", "for 3 days". */
const MULTI_DAY = /\b(?:two|three|four|five|six|seven|eight|nine|ten|several|few|\d{1,2})[\s-]days?\b|\bweek-long\b/i;
const MOVED_ON = /\b(?:then|later|afterwards|subsequently)\s+(?:\w+\s+)?(?:travell?ed|flew|proceeded)\s+(?:on\s+)?to\b|\b(?:moved|travell?ed|flew|pressed|headed) on to\b/i;
/** A meeting held over video or online: no one place ("virtual Joint Commission", "by video conference"). */
/** (not "virtually" alone, which is "almost": "the two had virtually lived together" (read26); only "met / held … virtually") */
const VIRTUAL = /\b(?:virtual|(?:met|meet|meets|held|hold|holds|joined|attended|spoke|talked|conferred|participated)\s+virtually|video[- ]?conferenc\w*|video link|online meeting|by video)\b/i;

/** A plan two sides agree on, for some later time: "agreed to meet", "agreed to meet again", "agreed to hold talks soon". */
const AGREED_TO_MEET = /\bagree(?:d|s)? to (?:meet|hold (?:talks|a meeting)|talk)\b/i;

const monthOf = (d: PartialDate): PartialDate => ({ ...(d.year !== undefined ? { year: d.year } : {}), ...(d.month !== undefined ? { month: d.month } : {}), basis: d.basis === "publication" ? "relative" : d.basis, text: d.text });

/** "recent talks between", "an upcoming meeting between", "a first face-to-face meeting between": another meeting than the one the story reports. */
const OTHER_MEETING = /\b(?:recent|previous|earlier|past|last|upcoming|forthcoming|future|possible|first|next|planned|proposed)\s+(?:[\w-]+\s+){0,2}(?:meetings?|talks|summit|visit|contacts?)\s+between\b/i;

/** A date of another month than `filed` (or another year), more than ten days from it when both give the day: not a day of the story the article files. */
export function otherMonth(date: PartialDate, filed: PartialDate): boolean {
  if (date.day !== undefined && filed.day !== undefined && date.month !== undefined && filed.month !== undefined) return !nearDay(date, filed, 10);
  if (date.year !== undefined && filed.year !== undefined && date.year !== filed.year) return true;
  return date.month !== undefined && filed.month !== undefined && date.month !== filed.month;
}

/** How many months apart a meeting's own date must be from the story's for the meeting to be of another visit. */
const OTHER_TIME_MONTHS = 2;

/** How many months `a` and `b` are apart by their months; by their years alone when either gives no month (0 within one year). */
function monthsApart(a: PartialDate, b: PartialDate): number {
  if (a.year === undefined || b.year === undefined || a.month === undefined || b.month === undefined) return a.year !== undefined && b.year !== undefined && a.year !== b.year ? Math.abs(a.year - b.year) * 12 : 0;
  return Math.abs(a.year * 12 + a.month - (b.year * 12 + b.month));
}

/** `a` is a day before `b`, both to the day (within one year when either has none). */
function dayBefore(a: PartialDate, b: PartialDate): boolean {
  const year = a.year === undefined || b.year === undefined ? 2000 : undefined;
  const at = (d: PartialDate): number | undefined => (d.month !== undefined && d.day !== undefined ? Date.UTC(year ?? d.year ?? 2000, d.month - 1, d.day) : undefined);
  const [x, y] = [at(a), at(b)];
  return x !== undefined && y !== undefined && x < y;
}

/** A lead's arrival: "flew to Tarsk on Friday", "arrived in Tarsk", "landed in Tarsk", "began a visit to Tarsk". */
const ARRIVAL = /\b(?:flew|flies|arrived|arrives|landed|lands|began|begins|started|starts)\b/i;
/** A lead's end of a visit ("ended a two-day visit to Tarsk on Friday"): its day is the last of the stay, not the first. */
const DEPARTURE = /\b(?:ended|ends|ending|concluded|concludes|concluding|wrapped up|wraps up|completed|completes|left|leaves|wound up|winds up|brought to a close|brings to a close|rounded off|rounds off)\b/i;
/** A visit's end in a lead ("ended a two-day visit to Tarsk on Friday", "brought to a close a state visit to Tarsk"): its day is the last of the stay, and the stay's other meetings fell on some day of it. */
const VISIT_ENDED = new RegExp(`${DEPARTURE.source}[^.;]{0,40}\\b(?:visit|trip|tour|stay)\\b`, "i");

/** "Varan left Tarsk for Orvel this morning, bringing to a close a state visit", "left Tarsk on Wednesday at the end of a two-day visit": the city of the stay ended. */
const LEFT_AT_STAY_END = /\bleft\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\b[^.;]{0,60}?\b(?:bringing to a close|bringing an end to|ending|concluding|wrapping up|at the end of|after)\b[^.;]{0,30}?\b(?:visit|trip|tour|stay)\b/u;

/** The city a lead says a traveller left at the end of a stay, when the gazetteer knows it as a city. */
function cityLeft(text: string): string | undefined {
  const city = LEFT_AT_STAY_END.exec(text)?.[1];
  return city && isCity(city) ? city : undefined;
}

/** Two dates within three days (or `days`) of each other, both to the day. */
function nearDay(a: PartialDate, b: PartialDate, days = 3): boolean {
  // "Feb 4" with no year anywhere in the article: the days are compared within one year.
  const year = a.year === undefined || b.year === undefined ? 2000 : undefined;
  const at = (d: PartialDate): number | undefined => (d.month !== undefined && d.day !== undefined ? Date.UTC(year ?? d.year ?? 2000, d.month - 1, d.day) / 86_400_000 : undefined);
  const [x, y] = [at(a), at(b)];
  return x !== undefined && y !== undefined && Math.abs(x - y) <= days;
}

/** A city for a place: the city itself, or the dateline's city when the place is its country. */
function cityOf(place: string | undefined, ctx: MeetingContext): string | undefined {
  if (!place) return undefined;
  if (isCity(place)) return place;
  if (ctx.datelinePlace && isCity(ctx.datelinePlace) && countryOfPlace(ctx.datelinePlace) === countryOfPlace(place)) return ctx.datelinePlace;
  // "in Luxembourg": a country whose one city bears its name is that city too
  const country = countryOfPlace(place);
  return country && fold(country) === fold(place) ? cityNamedAfter(country) : undefined;
}
