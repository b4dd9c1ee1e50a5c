/** @module Checks that a value is a FactIndex of this version, before the build writes it and when the Worker loads it. */
import { FACT_INDEX_VERSION, type FactIndex } from "./types";

/** The index is not of the expected shape or version. */
export class FactIndexError extends Error {
  override name = "FactIndexError";
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === "string";
const isStringList = (v: unknown): boolean => Array.isArray(v) && v.every(isString);

type Check = (record: Record<string, unknown>) => string | undefined;

const need =
  (key: string, test: (v: unknown) => boolean, what: string, optional = false): Check =>
  (r) =>
    (optional && r[key] === undefined) || test(r[key]) ? undefined : `"${key}" is not ${what}`;

const isDate = (v: unknown): boolean =>
  isRecord(v) &&
  isString(v.text) &&
  ["explicit", "relative", "dateline", "publication"].includes(v.basis as string) &&
  (v.month === undefined || (typeof v.month === "number" && v.month >= 1 && v.month <= 12)) &&
  (v.day === undefined || (typeof v.day === "number" && v.day >= 1 && v.day <= 31)) &&
  (v.year === undefined || Number.isInteger(v.year));

const SPAN_TYPES = ["date", "time", "duration", "number", "ordinal", "person", "country", "place"];

const isSpan = (v: unknown, length: number): boolean =>
  isRecord(v) && SPAN_TYPES.includes(v.type as string) && Number.isInteger(v.start) && Number.isInteger(v.end) && (v.start as number) >= 0 && (v.start as number) < (v.end as number) && (v.end as number) <= length;

/** How an office may be tied to its person (`OfficeFrom`). */
const OFFICE_FROM = ["title", "possessive", "title-comma", "organisation", "apposition", "relative", "list", "counterpart", "description", "byline"];

const isOffice = (o: unknown): boolean => isRecord(o) && isString(o.title) && isString(o.article) && (o.from === undefined || OFFICE_FROM.includes(o.from as string));

const SHAPES: Record<"articles" | "people" | "meetings" | "facts" | "sentences", Check[]> = {
  articles: [need("id", isString, "a string"), need("file", isString, "a string"), need("body", isString, "a string"), need("quotes", Array.isArray, "a list")],
  people: [
    need("id", isString, "a string"),
    need("name", isString, "a string"),
    need("names", isStringList, "a list of strings"),
    need("offices", (v) => Array.isArray(v) && v.every(isOffice), "a list of offices"),
    need("articles", isStringList, "a list of strings"),
  ],
  meetings: [
    need("id", isString, "a string"),
    need("article", isString, "a string"),
    need("kind", (v) => ["meeting", "talks", "consultation", "visit", "call", "credentials", "courtesy call", "audience"].includes(v as string), "a meeting kind"),
    need("participants", (v) => Array.isArray(v) && v.length > 0 && v.every((p) => isRecord(p) && (p.kind === "person" ? isString(p.person) : p.kind === "group" && isString(p.name))), "a list of participants"),
    need("topics", isStringList, "a list of strings"),
    need("sentences", (v) => Array.isArray(v) && v.every(Number.isInteger), "a list of sentence ids"),
    need("date", isDate, "a date", true),
  ],
  facts: [
    need("id", isString, "a string"),
    need("article", isString, "a string"),
    need("kind", (v) => ["vote", "count", "relations", "embassy", "tour", "event", "arrival"].includes(v as string), "a fact kind"),
    need("summary", isString, "a string"),
    need("countries", isStringList, "a list of strings"),
    need("people", isStringList, "a list of strings"),
    need("places", isStringList, "a list of strings"),
    need("counts", (v) => Array.isArray(v) && v.every((c) => isRecord(c) && isString(c.label) && typeof c.value === "number"), "a list of counts"),
    need("sentence", Number.isInteger, "a sentence id"),
    need("date", isDate, "a date", true),
  ],
  sentences: [
    need("id", Number.isInteger, "an integer"),
    need("article", isString, "a string"),
    need("text", isString, "a string"),
    need("people", isStringList, "a list of strings"),
    need("countries", isStringList, "a list of strings"),
    need("dates", (v) => Array.isArray(v) && v.every(isDate), "a list of dates", true),
    (r) => need("spans", (v) => Array.isArray(v) && v.every((s) => isSpan(s, isString(r.text) ? r.text.length : 0)), "a list of spans within the text", true)(r),
  ],
};

/**
 * Returns the value as a FactIndex, or throws FactIndexError naming what is wrong: the version,
 * a list, a record's shape, or a reference to an article, person or sentence that is not there.
 * @example const index = parseFactIndex(JSON.parse(text));
 */
export function parseFactIndex(value: unknown): FactIndex {
  if (!isRecord(value)) throw new FactIndexError("fact index: not an object");
  if (value.version !== FACT_INDEX_VERSION)
    throw new FactIndexError(`fact index: version ${String(value.version)}, expected ${FACT_INDEX_VERSION}; run npm run build:index`);
  for (const key of ["articles", "people", "meetings", "facts", "sentences"] as const) {
    const list = value[key];
    if (!Array.isArray(list)) throw new FactIndexError(`fact index: "${key}" is not a list`);
    list.forEach((record: unknown, i) => {
      if (!isRecord(record)) throw new FactIndexError(`fact index: ${key}[${i}] is not an object`);
      for (const check of SHAPES[key]) {
        const problem = check(record);
        if (problem) throw new FactIndexError(`fact index: ${key}[${i}] ${problem}`);
      }
    });
  }
  checkReferences(value as unknown as FactIndex);
  return value as unknown as FactIndex;
}

function checkReferences(index: FactIndex): void {
  const articles = new Set(index.articles.map((a) => a.id));
  const people = new Set(index.people.map((p) => p.id));
  const sentences = new Set(index.sentences.map((s) => s.id));
  const fail = (what: string): never => {
    throw new FactIndexError(`fact index: ${what}`);
  };
  if (people.size !== index.people.length) fail("two people share an id");
  for (const m of index.meetings) {
    if (!articles.has(m.article)) fail(`meeting ${m.id} points at unknown article ${m.article}`);
    for (const p of m.participants) if (p.kind === "person" && !people.has(p.person)) fail(`meeting ${m.id} points at unknown person ${p.person}`);
    for (const s of m.sentences) if (!sentences.has(s)) fail(`meeting ${m.id} points at unknown sentence ${s}`);
  }
  for (const f of index.facts) {
    if (!articles.has(f.article)) fail(`fact ${f.id} points at unknown article ${f.article}`);
    if (!sentences.has(f.sentence)) fail(`fact ${f.id} points at unknown sentence ${f.sentence}`);
    for (const p of f.people) if (!people.has(p)) fail(`fact ${f.id} points at unknown person ${p}`);
  }
  for (const p of index.people) for (const a of p.articles) if (!articles.has(a)) fail(`person ${p.id} points at unknown article ${a}`);
}
