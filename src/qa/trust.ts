/**
 * @module Which provenance classes of the index a reply may state with confidence: a class (where a
 * meeting's date or place was read, the rule that made it; see `DateFrom`, `PlaceFrom`) is trusted
 * when its share right on the read sets, drawn toward the share of all classes of its kind, is at
 * least the threshold. The counts are data (`provenance-trust.json`, written by `npm run fit:trust`
 * from `npm run eval:extract -- --by-provenance --json` on each read set), and so are a person's
 * countries by the step that gave them (`CountryFrom`): a country of a weak step is not stated.
 */
import type { FactIndex, Meeting, Office, PartialDate, Person } from "../facts/types";
import TRUST from "./provenance-trust.json";

/** Right and wrong counts of one class on each read set, in the order of `sets`. */
type Counts = Record<string, [number, number][]>;

/** What `provenance-trust.json` holds. */
export interface TrustTable {
  /** The least share right (after drawing toward the kind's share) of a trusted class. */
  threshold: number;
  /** A kind's own threshold, where it has one (a wrong country costs answers otherwise than a wrong date). */
  thresholds?: Partial<Record<"date" | "place" | "rule" | "country", number>>;
  /** How many observations the kind's share counts for when a class's own share is drawn toward it. */
  prior: number;
  sets: string[];
  date: Counts;
  place: Counts;
  rule: Counts;
  /** People's countries by the step that gave them (`CountryFrom`). */
  country: Counts;
}

/**
 * The classes of one kind whose share right, drawn toward the kind's share, falls below the threshold.
 * @example weakClasses({ "a": [[9, 1]], "b": [[0, 5]] }, 0.85, 5) // Set { "b" }
 */
export function weakClasses(counts: Counts, threshold: number, prior: number): Set<string> {
  const sums = Object.entries(counts).map(([key, rows]) => [key, rows.reduce((n, [r]) => n + r, 0), rows.reduce((n, [, w]) => n + w, 0)] as const);
  const right = sums.reduce((n, [, r]) => n + r, 0);
  const all = sums.reduce((n, [, r, w]) => n + r + w, 0);
  const share = all ? right / all : 1;
  return new Set(sums.filter(([, r, w]) => (r + prior * share) / (r + w + prior) < threshold).map(([key]) => key));
}

const table = TRUST as unknown as TrustTable;
/** The weak date classes (no place class and no rule is weak on the read sets at the threshold chosen, so answers check dates and countries only). */
const WEAK_DATES = weakClasses(table.date, table.thresholds?.date ?? table.threshold, table.prior);
/** The weak steps of a person's country (see `CountryFrom`). */
const WEAK_COUNTRIES = weakClasses(table.country ?? {}, table.thresholds?.country ?? table.threshold, table.prior);

/** A relative date that is the anchor's own day ("today", "this morning", "that day", "the same day"). */
const SAME_DAY = /\b(?:today|tonight|this (?:morning|afternoon|evening)|(?:that|the same) (?:day|morning|afternoon|evening))\b/i;
/** A relative date counted to a weekday ("on Monday", "last Thursday"). */
const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

/**
 * A meeting's date class, as `eval:extract -- --by-provenance` counts it: where it was read (see
 * `DateFrom`), its basis, for a relative date whether it is the anchor's own day ("same day") or a
 * weekday counted from it ("weekday"), and "no year" when it has none.
 * @example dateClassOf({ date: { month: 5, day: 24, basis: "relative", text: "Monday" }, dateFrom: "sentence" }) // "sentence/relative/weekday/no year"
 */
export function dateClassOf(m: { date?: Pick<PartialDate, "basis" | "text" | "year">; dateFrom?: string | null }): string | undefined {
  const d = m.date;
  if (!d) return undefined;
  const kind = d.basis !== "relative" ? [] : SAME_DAY.test(d.text) ? ["same day"] : WEEKDAY.test(d.text) ? ["weekday"] : [];
  return [m.dateFrom ?? "?", d.basis, ...kind, ...(d.year === undefined ? ["no year"] : [])].join("/");
}

/**
 * The meeting's date may be stated with confidence: its class is not a weak one on the read sets
 * (a "same day" in the sentence beside the meeting's is weak; since session 31's refit, the dateline's day, which dates
 * only the lead's own contact, and the story's day told elsewhere, "story/relative", are not).
 * A date only of the publication day is said to be one wherever it is shown, so it counts here as trusted.
 * @example trustedDate(meeting) // false for a meeting dated by "the same day" in the sentence before its own
 */
export function trustedDate(m: Pick<Meeting, "date" | "dateFrom">): boolean {
  const key = dateClassOf(m);
  return key === undefined || m.date?.basis === "publication" || !WEAK_DATES.has(key);
}

/** A country whose step (`countryFrom`; an index without one counts as "?") is one of the weak ones. */
const weakCountry = (x: Pick<Office, "country" | "countryFrom">, weak: ReadonlySet<string>): boolean => x.country !== undefined && weak.has(x.countryFrom ?? "?");

/** The person or office without its country and the country's step. */
function withoutCountry<T extends { country?: string; countryFrom?: Office["countryFrom"] }>(x: T): T {
  const { country: _country, countryFrom: _from, ...rest } = x;
  return rest as T;
}

/**
 * The index as the answers may state it: a person's country (their own, an office's) that a weak step gave
 * (by default the steps weak on the read sets) is left out, so that no reply says it ("who is", "which
 * countries", "anyone from Veldia", "the Veldian minister"). The index is returned as it is when no country of it is weak.
 * @example withTrustedCountries(index, new Set(["dateline"])).people.find((p) => p.id === "varan")?.country // undefined for Varan's country from the dateline
 */
export function withTrustedCountries(index: FactIndex, weak: ReadonlySet<string> = WEAK_COUNTRIES): FactIndex {
  const doubtful = (p: Person): boolean => weakCountry(p, weak) || p.offices.some((o) => weakCountry(o, weak));
  if (weak.size === 0 || !index.people.some(doubtful)) return index;
  const trusted = (p: Person): Person => {
    if (!doubtful(p)) return p;
    const person = weakCountry(p, weak) ? withoutCountry(p) : { ...p };
    person.offices = p.offices.map((o) => (weakCountry(o, weak) ? withoutCountry(o) : o));
    return person;
  };
  return { ...index, people: index.people.map(trusted) };
}
