/**
 * @module Why a found meeting's date or place is wrong, in counts only, so that a set nobody may read
 * can still say where dating and placing fail: no date read, the publication day passed off as the
 * meeting's, a day off by one, a weekday in the wrong week, the year missing or wrong, a month for a
 * day, another meeting's date, the dateline's day; no place read, the dateline's place, a visitor's
 * home capital, a country for a city, another meeting's place. It reads the extraction scorer's
 * verbose report, the keys and the index's review JSON, and prints no article's words.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { COUNTRIES, countryOfCity, findCountries } from "../nlp/countries";
import { fold } from "../nlp/fold";
import { reportLines } from "./scorer-keys";

interface GoldMeeting { participants: string[]; date?: string | null; place?: string | null }
interface Gold { published?: string | null; meetings: GoldMeeting[]; people: { name: string; country?: string | null }[] }
/** What the index's review JSON (`npm run facts -- --json`) gives of a meeting and an article. */
export interface ReviewFacts {
  meetings: { article: string; date: string | null; dateBasis: string | null; place: string | null; placeBasis?: string | null; sentences?: string[]; participants: { name: string; country: string | null }[] }[];
  articles?: { id: string; published: string | null; datelinePlace: string | null; datelineDate: string | null }[];
}

/** Causes counted, for dates and for places. */
export interface WrongCounts {
  date: Record<string, number>;
  place: Record<string, number>;
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

/**
 * The cause of one wrong date: `got` the index's date as the scorer reads it (null when none or only
 * the publication day), `basis` its dateBasis, `want` the key's.
 * @example dateCause({ got: "--07-03", basis: "explicit", want: "2024-07-03", published: null, others: [] }) // "the year missing"
 */
export function dateCause(c: { got: string | null; basis: string | null; want: string | null; published: string | null; datelineDate?: string | null; others: (string | null | undefined)[] }): string {
  const { got, basis, want, published } = c;
  if (!want) return basis === "publication" ? "gold has none: the publication day kept (counts as none)" : "gold has none, a date read";
  if (!got) {
    if (basis === "publication") return want === published ? "the publication day kept as the date, gold is that day (the text's own day unread)" : "the publication day kept as the date, gold another";
    return "none read, gold has one";
  }
  if (c.others.some((o) => o && o === got)) return "the date of another meeting of the article";
  const [g, w] = [dayNumber(got), dayNumber(want)];
  if (monthDay(got) && monthDay(want) && monthDay(got) === monthDay(want)) return got.startsWith("--") ? "the year missing" : "the year wrong";
  if (basis === "dateline" && got === c.datelineDate) return "the dateline's day, gold another";
  if (g !== undefined && w !== undefined) {
    const apart = g - w;
    if (Math.abs(apart) === 1) return apart > 0 ? "a day late (the day after: wire or time zone)" : "a day early (the day before)";
    if (apart % 7 === 0) return "a weekday in the wrong week";
    if (published && got === published) return "the publication day passed off as the meeting's";
    const how = howRead(basis);
    return `${Math.abs(apart) <= 31 ? "another day, within a month" : "another day, further off"} (${how})`;
  }
  if (precision(got) !== precision(want)) {
    if (want.startsWith(got) || got.startsWith(want)) return `a ${precision(got)} read, gold only a ${precision(want)} of it`;
    return `a ${precision(got)} read, gold a ${precision(want)}, another (${howRead(basis)})`;
  }
  // both a month, or both a year: which way, and whether it was written or counted from the article's day
  const how = howRead(basis);
  const [gy, gm] = got.split("-").map(Number);
  const [wy, wm] = want.split("-").map(Number);
  if (precision(got) === "year") return `another year (${how})`;
  const months = (gy! - wy!) * 12 + (gm! - wm!);
  if (Math.abs(months) === 1) return `a month off by one (${how})`;
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
 * Counts of found meetings whose date or place is wrong, by cause, from the scorer's verbose report
 * over `corpus` (its `gold/` and `articles/`) and the index's review JSON.
 * @example whyWrong(report, "../shared/corpus", facts) // { date: { "the year missing": 10, … }, place: { … } }
 */
export function whyWrong(report: string, corpus: string, facts: ReviewFacts): WrongCounts {
  const counts: WrongCounts = { date: {}, place: {} };
  const add = (kind: "date" | "place", cause: string): void => {
    counts[kind][cause] = (counts[kind][cause] ?? 0) + 1;
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
      add("date", dateCause({ got: none(found[2]), basis: got?.dateBasis ?? null, want: none(found[3]), published: meta?.published ?? gold.published ?? null, datelineDate: meta?.datelineDate ?? null, others: others.map((m) => m.date) }));
    }
    if (found[4] !== undefined) {
      const wantPlace = none(found[5]);
      const sentences = (got?.sentences ?? []).map(plain).join(" ");
      add(
        "place",
        placeCause({
          got: none(found[4]),
          basis: got?.placeBasis,
          want: wantPlace,
          datelinePlace: meta?.datelinePlace ?? null,
          countries: got?.participants.map((p) => p.country) ?? [],
          others: others.map((m) => m.place),
          inSentences: !!wantPlace && ` ${sentences} `.includes(` ${plain(wantPlace)} `),
          inArticle: !!wantPlace && ` ${plain(text)} `.includes(` ${plain(wantPlace)} `),
        }),
      );
    }
  }
  return counts;
}
