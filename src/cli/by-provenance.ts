/**
 * @module `npm run eval:extract -- --by-provenance`: how often each provenance class of the index is
 * right against the answer keys, in counts only (safe on a set kept unread): found meetings' dates
 * right / wrong by where the date was read (`dateFrom` and `basis`), places by where the place was read
 * (`placeFrom`), all meetings found / spurious by the rule that made them, and the people of meetings
 * right / wrong by how they were linked (`via`), and the offices of key people right / wrong against the key's office
 * by how each was tied to its person (`from`, see `OfficeFrom`), and the countries the index gives key people right / wrong
 * against the key's country by the step that gave each (`countryFrom`, see `CountryFrom`). The meetings are paired with the keys as
 * ../shared/corpus/score-extract.mjs pairs them.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { PartialDate } from "../facts/types";
import { dateClassOf } from "../qa/trust";
import { countryKey, pairMeetings, plain, sameName, tokens } from "./scorer-keys";

interface GoldMeeting { participants: string[]; date?: string | null; place?: string | null }
interface Gold { article?: string; meetings?: GoldMeeting[]; people?: { name: string; also?: string[]; office?: string | null; country?: string | null }[] }
/** What this tool reads of the index's review JSON (`npm run facts -- --json`). */
export interface ProvenanceFacts {
  meetings: {
    article: string;
    date: string | null;
    dateBasis: string | null;
    dateFrom?: string | null;
    dateText?: string | null;
    place: string | null;
    placeFrom?: string | null;
    rule?: string | null;
    participants: { name: string; role: string; via?: string | null }[];
  }[];
  people?: { name: string; names?: string[]; articles?: string[]; offices?: { title: string; article?: string | null; from?: string | null; country?: string | null; countryFrom?: string | null }[] }[];
}

/** Right and wrong counts per class. */
export type ClassCounts = Record<string, { right: number; wrong: number }>;

/** The six tables, keyed by class. */
export interface ProvenanceTables {
  date: ClassCounts;
  place: ClassCounts;
  rule: ClassCounts;
  link: ClassCounts;
  office: ClassCounts;
  country: ClassCounts;
}

/**
 * The scorer's office match: half the key's words (or more) in the title read.
 * @example officeRight("Minister of Foreign Affairs", "Foreign Minister of Veldia") // true
 */
export function officeRight(want: string, got: string): boolean {
  const w = tokens(want);
  const g = tokens(got);
  return w.length > 0 && w.filter((t) => g.includes(t)).length / w.length >= 0.5;
}

/** The scorer's dateRight: the same string, or the same day when the key gives no year. */
function dateRight(want: string | null | undefined, got: string | null): boolean {
  if (!want) return !got;
  if (!got) return false;
  if (want === got) return true;
  const day = (d: string): string | undefined => /(\d\d)-(\d\d)$/.exec(d)?.[0];
  return want.startsWith("--") ? day(got) === want.slice(2) : false;
}
/**
 * A date read with no year whose day is the key's: wrong for the scorer, right for the answers, which say "the article gives
 * no year" (the trust table counts what a reply would state wrongly).
 * @example sameDayNoYear("2024-05-12", "--05-12") // true
 */
const sameDayNoYear = (want: string | null | undefined, got: string | null): boolean => !!want && !!got && got.startsWith("--") && want.endsWith(got.slice(1));
const placeRight = (want: string | null | undefined, got: string | null): boolean => (want ? !!got && (plain(got).includes(plain(want)) || plain(want).includes(plain(got))) : !got);

/**
 * A date's class as the tables count it (the one answer() trusts or not, see src/qa/trust.ts).
 * @example dateClass({ date: "--05-24", dateFrom: "sentence", dateBasis: "relative", dateText: "Monday" }) // "sentence/relative/weekday/no year"
 */
export function dateClass(m: { date: string | null; dateFrom?: string | null; dateBasis: string | null; dateText?: string | null }): string {
  const basis = (m.dateBasis ?? "explicit") as PartialDate["basis"];
  return dateClassOf({ date: { basis, text: m.dateText ?? "", ...(m.date && /^\d{4}/.test(m.date) ? { year: Number(m.date.slice(0, 4)) } : {}) }, dateFrom: m.dateFrom ?? "?" }) ?? "none";
}

/**
 * Tabulates the index's provenance classes against the keys of `goldDir` (counts only).
 * @example provenanceTables(facts, "/work/devA/gold").date["sentence/explicit"] // { right: 20, wrong: 1 }
 */
export function provenanceTables(facts: ProvenanceFacts, goldDir: string): ProvenanceTables {
  const tables: ProvenanceTables = { date: {}, place: {}, rule: {}, link: {}, office: {}, country: {} };
  const add = (table: ClassCounts, key: string, right: boolean): void => {
    const row = (table[key] ??= { right: 0, wrong: 0 });
    row[right ? "right" : "wrong"]++;
  };
  const aliases = new Map((facts.people ?? []).map((p) => [p.name, [p.name, ...(p.names ?? [])]]));
  const namesOf = (name: string): string[] => aliases.get(name) ?? [name];
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith(".json")).sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, file), "utf8")) as Gold;
    const article = (gold.article ?? file.replace(/\.json$/, "")).replace(/^.*\//, "").replace(/\.txt$/, "");
    const goldNames = (name: string): string[] => [name, ...(gold.people?.find((p) => p.name === name)?.also ?? [])];
    const matches = (goldName: string, name: string): boolean => goldNames(goldName).some((n) => sameName(n, name));
    const predicted = facts.meetings.filter((m) => m.article === article);
    const keys = gold.meetings ?? [];
    const pairs = pairMeetings(keys, predicted, (g) => g.participants.length, (g, p) => {
      const names = p.participants.flatMap((x) => namesOf(x.name));
      return g.participants.filter((gp) => names.some((n) => matches(gp, n))).length;
    });
    const used = new Map([...pairs].map(([i, k]) => [i, keys[k]!]));
    for (const [i, g] of used) {
      const p = predicted[i]!;
      const date = p.dateBasis === "publication" ? null : p.date;
      add(tables.date, p.date ? dateClass(p) : "none", dateRight(g.date, date) || sameDayNoYear(g.date, date));
      add(tables.place, p.place ? p.placeFrom ?? "?" : "none", placeRight(g.place, p.place));
    }
    // each office of the article's index person a key person is (the scorer's match), against the key's office
    const stem = (a: string): string => a.replace(/^.*\//, "").replace(/\.txt$/, "");
    const here = (facts.people ?? []).filter((p) => (p.articles ?? []).map(stem).includes(article));
    for (const gp of gold.people ?? []) {
      const match = here.find((p) => [p.name, ...(p.names ?? [])].some((n) => matches(gp.name, n)));
      // each country the article's offices give the person, once, by the step that gave it (see CountryFrom), against the key's
      const offices = (match?.offices ?? []).filter((x) => !x.article || stem(x.article) === article);
      const given = new Map<string, string>();
      for (const x of offices) if (x.country && !given.has(countryKey(x.country))) given.set(countryKey(x.country), x.countryFrom ?? "?");
      if (gp.country) for (const [key, from] of given) add(tables.country, from, key === countryKey(gp.country));
      if (!match || !gp.office) continue;
      // (a person known by country alone carries it on an office with no title, see src/cli/facts.ts: no office read, not one of unknown provenance)
      for (const o of (match.offices ?? []).filter((x) => !x.article || stem(x.article) === article)) add(tables.office, o.title ? o.from ?? "?" : "none (country only)", officeRight(gp.office, o.title));
    }
    predicted.forEach((p, i) => {
      const g = used.get(i);
      add(tables.rule, p.rule ?? "(none)", g !== undefined);
      for (const x of p.participants) {
        if (x.role === "group") continue;
        add(tables.link, `${x.via ?? "?"}${x.role === "present" ? " (present)" : ""}`, g !== undefined && g.participants.some((gp) => namesOf(x.name).some((n) => matches(gp, n))));
      }
    });
  }
  return tables;
}

/**
 * The tables as text, one row a class: right, wrong, the share right.
 * @example printTables(provenanceTables(facts, dir))
 */
export function formatTables(tables: ProvenanceTables): string {
  const heads: Record<keyof ProvenanceTables, [string, string, string]> = {
    date: ["found meetings' dates, by where read (dateFrom/basis)", "right", "wrong"],
    place: ["found meetings' places, by where read (placeFrom)", "right", "wrong"],
    rule: ["meetings, by the rule that made them", "found", "spurious"],
    link: ["people of meetings, by how linked (via)", "in key", "not"],
    office: ["key people's offices, by how tied to them (from)", "right", "wrong"],
    country: ["key people's countries, by the step that gave them (countryFrom)", "right", "wrong"],
  };
  const lines: string[] = [];
  for (const kind of ["date", "place", "rule", "link", "office", "country"] as const) {
    const [title, yes, no] = heads[kind];
    lines.push(`${title}:`, `${"".padEnd(44)} ${yes.padStart(8)} ${no.padStart(8)}   share`);
    const rows = Object.entries(tables[kind]).sort((a, b) => b[1].right + b[1].wrong - (a[1].right + a[1].wrong));
    for (const [key, { right, wrong }] of rows) lines.push(`${key.padEnd(44)} ${String(right).padStart(8)} ${String(wrong).padStart(8)}   ${Math.round((100 * right) / (right + wrong))}%`);
  }
  return lines.join("\n");
}
