/**
 * @module Why a found meeting's date or place is wrong, in counts only, so that a set nobody may read
 * can still say where dating and placing fail: no date read (gold's day written in the meeting's
 * sentences, elsewhere, as a weekday or "last week", or not at all), the publication or dateline day
 * kept, a wire's weekday read as its dateline's day, a day off by one, a weekday in the wrong week, a
 * relative expression against the wrong anchor, a day of a multi-day visit, the year missing (written
 * or not), a month for a day, a recalled meeting given the article's day, a planned meeting's date,
 * another meeting's date; no place read, the dateline's place, a visitor's home capital, a country for
 * a city, another meeting's place. It reads the extraction scorer's verbose report, the keys, the
 * articles and the index's review JSON, and prints no article's words.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { COUNTRIES, countryOfCity, findCountries } from "../nlp/countries";
import { fold } from "../nlp/fold";
import { reportLines } from "./scorer-keys";

interface GoldMeeting { participants: string[]; date?: string | null; place?: string | null; status?: string | null }
interface Gold { published?: string | null; meetings: GoldMeeting[]; people: { name: string; country?: string | null }[] }
/** What the index's review JSON (`npm run facts -- --json`) gives of a meeting and an article. */
export interface ReviewFacts {
  meetings: { article: string; kind?: string; status?: string; date: string | null; dateBasis: string | null; dateText?: string | null; place: string | null; placeBasis?: string | null; placeFrom?: string | null; sentences?: string[]; participants: { name: string; country: string | null }[] }[];
  articles?: { id: string; published: string | null; datelinePlace: string | null; datelineDate: string | null; title?: string | null }[];
}

/**
 * Causes counted, for dates and for places; `elsewhere` splits "none read, gold's place elsewhere in the article" (see {@link elsewhereCauses});
 * `placeHow` splits each place cause by how the place was read (`placeFrom`, the meeting's status), or, none read, by whether the
 * gazetteer knows the key's place (see {@link placeHow}).
 */
export interface WrongCounts {
  date: Record<string, number>;
  place: Record<string, number>;
  elsewhere?: Record<string, number>;
  placeHow?: Record<string, number>;
}

const plain = (s: string | null | undefined): string => fold(s ?? "").replace(/[^a-z0-9 ]+/g, " ").replace(/\s+/g, " ").trim();
const samePlace = (a: string | null | undefined, b: string | null | undefined): boolean => !!a && !!b && (plain(a).includes(plain(b)) || plain(b).includes(plain(a)));

/** A day number of an ISO date "YYYY-MM-DD" or a yearless "--MM-DD" (counted in 2000), else undefined. */
function dayNumber(d: string | null | undefined): number | undefined {
  const m = /^(\d{4}|-)-(\d\d)-(\d\d)$/.exec(d ?? "");
  if (!m) return undefined;
  return Date.UTC(m[1] === "-" ? 2000 : Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
}
const monthDay = (d: string | null | undefined): string | undefined => /^(?:\d{4}|-)-(\d\d-\d\d)$/.exec(d ?? "")?.[1];
const precision = (d: string): "day" | "month" | "year" => (monthDay(d) !== undefined ? "day" : /^\d{4}-\d\d$/.test(d) ? "month" : "year");

/** How the index came by a date: written in the text, counted from the article's day, or its dateline's or publication's. */
const howRead = (basis: string | null): string => (basis === "explicit" ? "as written" : basis === "relative" ? "counted from the article's day" : `from the ${basis ?? "unknown"}`);

const MONTH_NAMES = ["jan(?:uary)?", "feb(?:ruary)?", "mar(?:ch)?", "apr(?:il)?", "may", "june?", "july?", "aug(?:ust)?", "sept?(?:ember)?", "oct(?:ober)?", "nov(?:ember)?", "dec(?:ember)?"];

/**
 * Whether a text writes the day (or, for "YYYY-MM", the month) of an ISO or yearless date: "May 4",
 * "4 May", "the 4th of May", "04.05.2024"; a month by its name.
 * @example writesDate("They met on 4 May.", "2024-05-04") // true
 */
export function writesDate(text: string, date: string): boolean {
  const m = /^(\d{4}|-)-(\d\d)(?:-(\d\d))?$/.exec(date);
  if (!m) return false;
  const month = MONTH_NAMES[Number(m[2]) - 1];
  if (!month) return false;
  if (m[3] === undefined) return new RegExp(`\\b${month}\\b`, "i").test(text);
  const day = String(Number(m[3]));
  const named = new RegExp(`\\b${month}\\.?\\s+0?${day}(?:st|nd|rd|th)?\\b|\\b0?${day}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${month}\\b`, "i");
  const numeric = new RegExp(`\\b0?${day}[./]0?${Number(m[2])}[./]\\d{4}\\b`);
  return named.test(text) || numeric.test(text);
}

/** Words that date by the article's day: a weekday, "today", "yesterday", "last week", "earlier this month", "next month". */
const RELATIVE_WORDS = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|(?:last|this|next|past|previous|coming) (?:week|month|year)|earlier this (?:week|month|year)|(?:that|the same|the following|the next|the previous) (?:day|morning|evening))\b/i;
const WEEKDAY_WORD = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
/** Words of a stay over several days: "a two-day visit", "a three-day tour", "on 3 and 4 July", "6-7 March". */
const MULTI_DAY = /\b(?:two|three|four|five|six|seven|\d)[- ]day\b|\b\d{1,2}(?:st|nd|rd|th)?\s*(?:[-–]|and|to)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?\p{L}|\p{L}\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:[-–]|and|to)\s*\d{1,2}\b/iu;

/** One wrong date, as {@link dateCause} reads it. */
export interface WrongDate {
  /** The index's date as the scorer reads it: null when none, or only the publication day. */
  got: string | null;
  /** The index's dateBasis ("explicit", "relative", "dateline", "publication"). */
  basis: string | null;
  /** The words the index read the date from (its dateText). */
  gotText?: string | null;
  /** The key's date. */
  want: string | null;
  /** The article's day (the index's, else the key's) and its dateline's day. */
  published: string | null;
  datelineDate?: string | null;
  /** The dates of the article's other meetings in the key. */
  others: (string | null | undefined)[];
  /** The index's status of the meeting and the key's ("held", "planned"). */
  status?: string | null;
  wantStatus?: string | null;
  /** The meeting's sentences, and the whole article: read for the causes only, never printed. */
  sentences?: string;
  text?: string;
}

/**
 * The cause of one wrong date: `got` the index's date as the scorer reads it (null when none or only
 * the publication day), `basis` its dateBasis, `want` the key's; the article's words, when given, tell
 * a day the text writes from one it leaves to be inferred.
 * @example dateCause({ got: "--07-03", basis: "explicit", want: "2024-07-03", published: null, others: [] }) // "the year missing, the text gives none"
 */
export function dateCause(c: WrongDate): string {
  const { got, basis, want, published } = c;
  const sentences = c.sentences ?? "";
  const text = c.text ?? sentences;
  const gotText = c.gotText ?? "";
  if (!want) {
    if (basis === "publication") return "gold has none: the publication day kept (counts as none)";
    if (c.status === "planned" || c.wantStatus === "planned") return "gold has none: a planned meeting's date read";
    if (RELATIVE_WORDS.test(gotText)) return "gold has none: a relative expression read against the article's day";
    return `gold has none, a date read (${howRead(basis)})`;
  }
  if (!got) {
    if (basis === "publication") {
      if (want === published) return "the publication day kept as the date, gold is that day (the text's own day unread)";
      if (writesDate(sentences, want)) return "the publication day kept as the date, gold's written in the meeting's sentences";
      if (RELATIVE_WORDS.test(sentences)) return "the publication day kept as the date, a relative expression in the meeting's sentences";
      return writesDate(text, want) ? "the publication day kept as the date, gold's written elsewhere in the article" : "the publication day kept as the date, gold another not written as such";
    }
    if (want === published || (c.datelineDate && want.endsWith(c.datelineDate.replace(/^-/, "")))) return "none read, gold the article's own day";
    if (c.wantStatus === "planned") return "none read, gold a planned meeting's date";
    if (writesDate(sentences, want)) return "none read, gold's date written in the meeting's sentences";
    if (RELATIVE_WORDS.test(sentences)) return "none read, a relative expression in the meeting's sentences";
    if (writesDate(text, want)) return "none read, gold's date written elsewhere in the article";
    return "none read, gold's date not written as such";
  }
  const articleDay = (d: string): boolean => d === published || (!!c.datelineDate && d.endsWith(c.datelineDate.replace(/^-/, "")));
  if (c.others.some((o) => o && o === got)) {
    // where the other meeting's date came from: the article's own day, the meeting's own words, or a sentence around it (the story's day)
    if (articleDay(got)) return "the date of another meeting of the article: the article's own day";
    return gotText && sentences.includes(gotText) ? "the date of another meeting of the article, read in the meeting's own sentences" : "the date of another meeting of the article, carried from a sentence around it";
  }
  // a yearless day ("--05-24") is compared within the other's year
  const inYear = (d: string, other: string): string => (d.startsWith("--") && /^\d{4}/.test(other) ? other.slice(0, 4) + d.slice(1) : d);
  const [g, w] = [dayNumber(inYear(got, want)), dayNumber(inYear(want, got))];
  if (monthDay(got) && monthDay(want) && monthDay(got) === monthDay(want)) {
    if (!got.startsWith("--")) return "the year wrong";
    return new RegExp(`\\b${want.slice(0, 4)}\\b`).test(text) ? "the year missing, the text writes it" : "the year missing, the text gives none";
  }
  if (g !== undefined && w !== undefined) {
    const apart = g - w;
    const bodyWrites = writesDate(sentences, want);
    if (basis === "dateline" || (articleDay(got) && basis === "explicit")) return bodyWrites ? "the dateline's day read, the body writes gold's" : "the dateline's day, gold another";
    if (Math.abs(apart) === 1) {
      if (WEEKDAY_WORD.test(gotText) && articleDay(got)) return apart > 0 ? "a weekday read as the article's day, gold the day before" : "a weekday read as the article's day, gold the day after";
      if (bodyWrites) return "a day off by one, gold's day written in the meeting's sentences";
      if (MULTI_DAY.test(sentences)) return "another day of a multi-day visit (its start or end)";
      return apart > 0 ? "a day late (the day after: wire or time zone)" : "a day early (the day before)";
    }
    if (apart % 7 === 0) return "a weekday in the wrong week";
    if (articleDay(got)) return apart > 0 ? "a recalled earlier meeting given the article's day" : "the article's day given a meeting to come";
    if (c.status === "planned" || c.wantStatus === "planned") return "a planned meeting's date, another day";
    if (bodyWrites) return "another day read, gold's day written in the meeting's sentences";
    if (Math.abs(apart) <= 4 && MULTI_DAY.test(text)) return "another day of a multi-day visit (its start or end)";
    if (basis === "relative" && RELATIVE_WORDS.test(gotText)) return `a relative expression against the wrong anchor (${Math.abs(apart) <= 31 ? "within a month" : "further off"})`;
    const how = howRead(basis);
    return `${Math.abs(apart) <= 31 ? "another day, within a month" : "another day, further off"} (${how})`;
  }
  if (precision(got) !== precision(want)) {
    if (want.startsWith(got) || got.startsWith(want)) {
      if (precision(got) === "month" && precision(want) === "day") return writesDate(sentences, want) ? "a month read, gold's day written in the meeting's sentences" : "a month read, gold only a day of it";
      if (precision(want) === "month" && articleDay(got)) return "the article's day read, gold only the month (a recalled meeting)";
      return `a ${precision(got)} read, gold only a ${precision(want)} of it`;
    }
    if (articleDay(got) && got > want) return "a recalled earlier meeting given the article's day";
    if (RELATIVE_WORDS.test(gotText)) return `a relative expression against the wrong anchor (a ${precision(got)} read, gold a ${precision(want)})`;
    if (c.status === "planned" || c.wantStatus === "planned") return `a planned meeting's date (a ${precision(got)} read, gold a ${precision(want)})`;
    const where = writesDate(sentences, want) ? "gold's written in the meeting's sentences" : writesDate(text, want) ? "gold's written elsewhere in the article" : "gold's not written as such";
    return `a ${precision(got)} read, gold another ${precision(want)} (${howRead(basis)}; ${where})`;
  }
  // both a month, or both a year: which way, and whether it was written or counted from the article's day
  const how = howRead(basis);
  const [gy, gm] = got.split("-").map(Number);
  const [wy, wm] = want.split("-").map(Number);
  if (precision(got) === "year") return `another year (${how})`;
  if (writesDate(sentences, want) && basis !== "explicit") return `another month read, gold's written in the meeting's sentences (${how})`;
  const months = (gy! - wy!) * 12 + (gm! - wm!);
  if (Math.abs(months) === 1) return RELATIVE_WORDS.test(gotText) ? "a relative expression against the wrong anchor (a month off by one)" : `a month off by one (${how})`;
  return gm === wm ? `the month right, the year ${gy! > wy! ? "late" : "early"} (${how})` : `another month (${how})`;
}

/**
 * The cause of one wrong place: `got` the index's place (null when none), `want` the key's,
 * `countries` the meeting's participants' countries.
 * @example placeCause({ got: "Berlin", basis: "dateline", want: "Paris", datelinePlace: "Berlin", countries: [], others: [], inSentences: false }) // "the dateline's place, gold another"
 */
export function placeCause(c: { got: string | null; basis: string | null | undefined; want: string | null; datelinePlace: string | null; countries: (string | null)[]; others: (string | null | undefined)[]; inSentences: boolean; inArticle: boolean }): string {
  const { got, want } = c;
  if (!want) return c.basis === "dateline" ? "gold has none, the dateline's place read" : "gold has none, a place read";
  if (!got) return c.inSentences ? "none read, gold's place in the meeting's sentences" : c.inArticle ? "none read, gold's place elsewhere in the article" : "none read, gold's place not written as such";
  const country = findCountries(got).find((m) => m.kind === "name" && plain(m.text) === plain(got))?.country;
  if (country && countryOfCity(want) === country) return "a country for a city of it";
  if (c.others.some((o) => samePlace(o, got))) return "the place of another meeting of the article";
  if (c.basis === "dateline" || samePlace(got, c.datelinePlace)) return "the dateline's place, gold another";
  const capitals = c.countries.flatMap((n) => COUNTRIES.find((k) => k.name === n)?.cities.slice(0, 1) ?? []);
  if (capitals.some((k) => samePlace(k, got))) return "a participant's home capital, gold another";
  if (!countryOfCity(want) && !findCountries(want).length) return c.inSentences ? "gold a place no gazetteer knows (venue, town), in the meeting's sentences" : "gold a place no gazetteer knows (venue, town)";
  return c.inSentences ? "another place read, gold's in the meeting's sentences" : "another place read";
}

/**
 * How a wrong place came about, beside its cause: a place read by where it was read (`placeFrom`) and the meeting's status; none
 * read, whether the gazetteer knows the key's place as a city, as a country or small state's name, or not at all (a town, a venue).
 * @example placeHow({ got: "Tarsk", placeFrom: "dateline", status: "planned", want: null }) // "read from the dateline, planned"
 * @example placeHow({ got: null, want: "Almaty" }) // "none read, the key's place a city of the gazetteer"
 */
export function placeHow(c: { got: string | null; placeFrom?: string | null; status?: string | null; want: string | null }): string {
  if (c.got) return `read from ${c.placeFrom === "article" ? "elsewhere in the article" : c.placeFrom === "capital" ? "a capital not written" : c.placeFrom ? `the ${c.placeFrom}` : "an unrecorded step"}, ${c.status === "planned" ? "planned" : "held"}`;
  const known = !c.want ? "none" : countryOfCity(c.want) ? "a city of the gazetteer" : findCountries(c.want).length ? "a country's name" : "no place of the gazetteer";
  return `none read, the key's place ${known}`;
}

/** Words of a journey or a stay: "arrived in", "landed in", "a three-day visit", "his trip to", "flew to", "is in Orvane for". */
const TRIP_WORDS = /\b(?:arriv\w*|land(?:s|ed|ing)?|fl(?:ew|ies|own|ying)|travel\w*|visit\w*|trip|tour\w*|stay\w*|journey|came to|comes to|heads? to|headed to|in town)\b/i;
/** Words of a building where hosts receive: "the presidential palace", "the airport", "his residence". */
const VENUE_WORDS = /\b(?:palace|airport|residence|house|headquarters|ministry|hotel|hall|centre|center|office|lodge|villa|embassy|parliament|chancellery|building)\b/i;
/** Phrases that set a meeting in a visit: "during the visit", "while in", "on the sidelines of". */
const IN_A_VISIT = /\b(?:during (?:the|his|her|their|this) (?:[\w-]+ ){0,2}(?:visit|stay|trip|tour)|while in|in the course of|on the sidelines|on the margins)\b/i;
const MANNER_CALL = /\b(?:phone|telephone|video|virtual\w*|online|call)\b/i;

/** One meeting with no place read whose key's place the article writes outside the meeting's sentences. */
export interface ElsewherePlace {
  /** The key's place. */
  want: string;
  /** The article's dateline place and headline, when the index has them. */
  datelinePlace: string | null;
  title?: string | null;
  /** The whole article, the meeting's sentences, and the sentences of its other meetings: read, never printed. */
  text: string;
  sentences: string[];
  otherSentences: string[];
  /** The meeting's participants (name, country), date (ISO), kind and status as the index has them. */
  participants: { name: string; country: string | null }[];
  date: string | null;
  kind?: string | null;
  status?: string | null;
}

/**
 * Why a meeting with no place missed the one the article gives elsewhere, in three counts: where the
 * key's place is written ("the dateline", "the headline", "the lead" or "another sentence" telling a
 * visit or arrival, "another meeting's sentence", "beside a venue", "another sentence"), what ties the
 * meeting to it ("a participant named there", "a participant at home there", "during the visit",
 * "the same day", "no tie read"), and the meeting's manner ("held", "a call or video", "planned").
 * @example elsewhereCauses({ want: "Orvane", datelinePlace: null, text: "Varan arrived in Orvane on Monday. He met Telu.", sentences: ["He met Telu."], otherSentences: [], participants: [{ name: "Varan", country: null }], date: null }) // ["where: the lead, a visit or arrival", "tie: a participant named there", "meeting: held"]
 */
export function elsewhereCauses(c: ElsewherePlace): string[] {
  const own = new Set(c.sentences.map(plain));
  const writes = (s: string | null | undefined): boolean => !!s && ` ${plain(s)} `.includes(` ${plain(c.want)} `);
  const all = c.text.split(/\n+/).flatMap((line) => line.split(/(?<=[.!?])\s+(?=[\p{Lu}"“])/u)).map((s) => s.trim()).filter(Boolean);
  const body = all.filter((s) => plain(s) !== plain(c.title ?? "") && /[.!?"”]$/.test(s) && s.split(/\s+/).length > 4);
  const lead = body[0];
  const placed = all.filter((s) => writes(s) && !own.has(plain(s)) && plain(s) !== plain(c.title ?? ""));
  const trip = placed.find((s) => TRIP_WORDS.test(s));
  const other = placed.find((s) => c.otherSentences.some((o) => plain(o) === plain(s)));
  const venue = placed.find((s) => VENUE_WORDS.test(s));
  let where: string;
  let there: string | undefined;
  if (samePlace(c.datelinePlace, c.want)) where = "the dateline";
  else if (writes(c.title)) [where, there] = ["the headline", c.title!];
  else if (trip) [where, there] = [`${trip === lead ? "the lead" : "another sentence"}, a visit or arrival`, trip];
  else if (other) [where, there] = ["another meeting's sentence", other];
  else if (venue) [where, there] = ["beside a venue", venue];
  else [where, there] = [placed[0] === lead ? "the lead, no visit word" : "another sentence", placed[0]];
  const surnames = c.participants.map((p) => plain(p.name).split(" ").at(-1)!).filter((t) => t.length > 2);
  const home = c.participants.some((p) => p.country && (countryOfCity(c.want) === p.country || plain(c.want) === plain(p.country)));
  const tie =
    there && surnames.some((n) => ` ${plain(there)} `.includes(` ${n} `))
      ? "a participant named there"
      : home
        ? "a participant at home there"
        : c.sentences.some((s) => IN_A_VISIT.test(s))
          ? "during the visit"
          : there && c.date && writesDate(there, c.date)
            ? "the same day"
            : "no tie read";
  const manner = c.status === "planned" ? "planned" : c.kind === "call" || c.sentences.slice(0, 1).some((s) => MANNER_CALL.test(s)) ? "a call or video" : "held";
  return [`where: ${where}`, `tie: ${tie}`, `meeting: ${manner}`];
}

/**
 * Counts of found meetings whose date or place is wrong, by cause, from the scorer's verbose report
 * over `corpus` (its `gold/` and `articles/`) and the index's review JSON.
 * @example whyWrong(report, "../shared/corpus", facts) // { date: { "the year missing": 10, … }, place: { … } }
 */
export function whyWrong(report: string, corpus: string, facts: ReviewFacts): WrongCounts {
  const counts: WrongCounts = { date: {}, place: {} };
  const add = (kind: "date" | "place" | "elsewhere" | "placeHow", cause: string): void => {
    const table = (counts[kind] ??= {});
    table[cause] = (table[cause] ?? 0) + 1;
  };
  for (const { article, gold, line } of reportLines<Gold>(report, corpus)) {
    const found = /^\s+found: (.*?)(?:; date (.*?) ≠ (.*?))?(?:; place (.*?) ≠ (.*?))?(?:; status .*)?$/.exec(line);
    if (!found || (found[2] === undefined && found[4] === undefined)) continue;
    let text: string;
    try {
      text = readFileSync(join(corpus, "articles", `${article}.txt`), "utf8");
    } catch {
      continue; // a key whose text is elsewhere (the seeds' keys in the corpus)
    }
    const none = (s: string | undefined): string | null => (s === undefined || s === "none" ? null : s);
    const meta = facts.articles?.find((a) => a.id === article);
    const mine = facts.meetings.filter((m) => m.article === article);
    const want = gold.meetings.find((m) => m.participants.join(" + ") === found[1] && (found[3] === undefined || (m.date ?? null) === none(found[3])) && (found[5] === undefined || (m.place ?? null) === none(found[5])));
    if (!want) continue;
    const others = gold.meetings.filter((m) => m !== want);
    // the index's meeting the scorer matched: of this article, with the date and place the report shows
    const got = mine.find(
      (m) =>
        (found[2] === undefined || (m.dateBasis === "publication" ? null : m.date) === none(found[2])) &&
        (found[4] === undefined || m.place === none(found[4])) &&
        m.participants.some((p) => want.participants.some((w) => plain(w).split(" ").at(-1) === plain(p.name).split(" ").at(-1))),
    );
    if (found[2] !== undefined) {
      add(
        "date",
        dateCause({
          got: none(found[2]),
          basis: got?.dateBasis ?? null,
          gotText: got?.dateText ?? null,
          want: none(found[3]),
          published: meta?.published ?? gold.published ?? null,
          datelineDate: meta?.datelineDate ?? null,
          others: others.map((m) => m.date),
          status: got?.status ?? null,
          wantStatus: want.status ?? null,
          sentences: (got?.sentences ?? []).join(" "),
          text,
        }),
      );
    }
    if (found[4] !== undefined) {
      const wantPlace = none(found[5]);
      const sentences = (got?.sentences ?? []).map(plain).join(" ");
      const cause = placeCause({
        got: none(found[4]),
        basis: got?.placeBasis,
        want: wantPlace,
        datelinePlace: meta?.datelinePlace ?? null,
        countries: got?.participants.map((p) => p.country) ?? [],
        others: others.map((m) => m.place),
        inSentences: !!wantPlace && ` ${sentences} `.includes(` ${plain(wantPlace)} `),
        inArticle: !!wantPlace && ` ${plain(text)} `.includes(` ${plain(wantPlace)} `),
      });
      add("place", cause);
      add("placeHow", `${cause} | ${placeHow({ got: none(found[4]), placeFrom: got?.placeFrom, status: got?.status, want: wantPlace })}`);
      if (cause === "none read, gold's place elsewhere in the article" && wantPlace) {
        const split = elsewhereCauses({
          want: wantPlace,
          datelinePlace: meta?.datelinePlace ?? null,
          title: meta?.title ?? null,
          text,
          sentences: got?.sentences ?? [],
          otherSentences: mine.filter((m) => m !== got).flatMap((m) => m.sentences ?? []),
          participants: got?.participants ?? [],
          date: got?.date ?? null,
          kind: got?.kind ?? null,
          status: got?.status ?? null,
        });
        for (const part of split) add("elsewhere", part);
      }
    }
  }
  return counts;
}
