/**
 * @module The fact index as SQL for Cloudflare D1 (SQLite): the schema and one INSERT per record,
 * written by `build:index` with ATTACHE_INDEX=d1 and applied by `wrangler d1 execute --file`. Each
 * record keeps its JSON (what a slice is rebuilt from) beside the columns a slice is selected by; a
 * sentence's is split into the columns every question scans and its details (see sentence-rows), and
 * a person's articles and offices, which grow with every article naming them, are rows of their own
 * (see StoredPerson), so that a slice reads those of its own articles.
 */
import type { Article, FactIndex, Office, Person } from "../facts/types";
import type { KnowledgeTables } from "../qa/knowledge-tables";
import { nameKeysOf } from "../qa/name-lookup";
import { INDEX_SQL_VERSION } from "./schema-version";
import { SENTENCE_COLUMNS, sentenceRow, type SentenceRow } from "./sentence-rows";

/**
 * What answer()'s knowledge derives from one person, computed over the whole index at build time
 * and kept beside the person's record, so that a slice's knowledge is assembled, not computed.
 */
export interface PersonDerived {
  /** The folded name words that link to the person (the name index's words, in its order). */
  words: string[];
  /** The person's offices as posts (see officePosts), with the office's country. */
  offices: OfficePosts[];
}

/** One office as posts, with its country (what the knowledge's offices hold for it). */
export type OfficePosts = Omit<KnowledgeTables["offices"][number], "person">;

/**
 * A person's record as the `people` table keeps it: without its articles and offices, which grow
 * with the corpus (a president recurs in thousands of articles) and are rows of their own, read for
 * the slice's articles only (see `article_people.nth` and `offices`).
 */
export type StoredPerson = Omit<Person, "articles" | "offices">;

/** The tables, dropped and made again on each load (a load replaces the whole index). */
const SCHEMA = [
  "DROP TABLE IF EXISTS sentences_fts",
  ...["meta", "articles", "people", "article_people", "names", "offices", "meetings", "participants", "facts", "sentences", "spans", "terms", "vocabulary", "places", "name_keys"].map((t) => `DROP TABLE IF EXISTS ${t}`),
  "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
  "CREATE TABLE articles (pos INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, title TEXT, published TEXT, record TEXT NOT NULL)",
  // a person's record without its articles and offices (StoredPerson), and its name words (PersonDerived's words)
  "CREATE TABLE people (pos INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, country TEXT, record TEXT NOT NULL, derived TEXT NOT NULL)",
  // each person's articles (nth: the article's place in the person's articles; NULL for an article whose
  // records name the person without it being one of theirs), and the people each article's records refer to
  "CREATE TABLE article_people (article TEXT NOT NULL, person TEXT NOT NULL, nth INTEGER, PRIMARY KEY (article, person)) WITHOUT ROWID",
  "CREATE INDEX article_people_person ON article_people (person)",
  "CREATE TABLE names (word TEXT NOT NULL, person TEXT NOT NULL, PRIMARY KEY (word, person)) WITHOUT ROWID",
  // each person's offices in their order (nth), with the office as posts (NULL when the build derives none: a
  // title-only name); lead 1 for the first office of its kind (the same title, country, posting and body)
  "CREATE TABLE offices (person TEXT NOT NULL, nth INTEGER NOT NULL, article TEXT NOT NULL, lead INTEGER NOT NULL, record TEXT NOT NULL, posts TEXT, PRIMARY KEY (person, nth)) WITHOUT ROWID",
  "CREATE INDEX offices_article ON offices (article)",
  "CREATE INDEX offices_lead ON offices (person) WHERE lead = 1",
  "CREATE TABLE meetings (pos INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, article TEXT NOT NULL, kind TEXT NOT NULL, place TEXT, terms TEXT NOT NULL, record TEXT NOT NULL)",
  "CREATE INDEX meetings_article ON meetings (article)",
  "CREATE TABLE participants (meeting TEXT NOT NULL, person TEXT NOT NULL, article TEXT NOT NULL)",
  "CREATE INDEX participants_person ON participants (person)",
  "CREATE TABLE facts (pos INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, article TEXT NOT NULL, kind TEXT NOT NULL, terms TEXT NOT NULL, record TEXT NOT NULL)",
  "CREATE INDEX facts_article ON facts (article)",
  // a sentence's record split (see sentence-rows): the columns every question scans, its spans and dates apart
  "CREATE TABLE sentences (id INTEGER PRIMARY KEY, article TEXT NOT NULL, text TEXT NOT NULL, people TEXT NOT NULL, countries TEXT NOT NULL, quote INTEGER, title INTEGER, details TEXT, weights TEXT NOT NULL)",
  "CREATE INDEX sentences_article ON sentences (article)",
  "CREATE TABLE spans (sentence INTEGER NOT NULL, type TEXT NOT NULL, start_at INTEGER NOT NULL, end_at INTEGER NOT NULL)",
  "CREATE INDEX spans_sentence ON spans (sentence)",
  "CREATE TABLE terms (term TEXT NOT NULL, sentence INTEGER NOT NULL, article TEXT NOT NULL, weight REAL NOT NULL, PRIMARY KEY (term, sentence)) WITHOUT ROWID",
  "CREATE INDEX terms_weight ON terms (term, weight DESC)",
  "CREATE TABLE vocabulary (word TEXT PRIMARY KEY) WITHOUT ROWID",
  "CREATE TABLE places (name TEXT NOT NULL, article TEXT NOT NULL, PRIMARY KEY (name, article)) WITHOUT ROWID",
  // every name word under each key it is filed by (nameKeysOf): a question's spellings and typos are looked up here, not in the Worker
  "CREATE TABLE name_keys (key TEXT NOT NULL, word TEXT NOT NULL, PRIMARY KEY (key, word)) WITHOUT ROWID",
  "CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='id')",
];

/** Rows per INSERT (D1 takes statements up to 100 KB; a row is a record of a few KB at most). */
const ROWS_PER_INSERT = 20;

/** Rows per INSERT of a table of short rows (a key and a word: well under 100 bytes each). */
const SHORT_ROWS_PER_INSERT = 200;

/**
 * A value as an SQL literal; a line break becomes char(10), so that every statement is one line.
 * @example literal("O'Neil") // "'O''Neil'"
 */
function literal(value: string | number | undefined | null): string {
  if (value === undefined || value === null) return "NULL";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "NULL";
  // most values hold neither a quote nor a line break: no copy made for nothing (a large index's SQL is hundreds of megabytes)
  if (!value.includes("'") && !value.includes("\n")) return `'${value}'`;
  return `'${value.replace(/'/g, "''").replace(/\r?\n/g, "' || char(10) || '")}'`;
}

/** One row of an INSERT: its values in the order of the columns. */
type Row = (string | number | undefined | null)[];

/**
 * A row as SQL, its literals joined by ", " in brackets (a loop: millions of rows at 10 000 articles, no list per row).
 * @example rowText([1, "Telu"]) // "(1, 'Telu')"
 */
function rowText(row: Row): string {
  let text = "(";
  for (let k = 0; k < row.length; k++) text += k === 0 ? literal(row[k]) : `, ${literal(row[k])}`;
  return `${text})`;
}

/** The INSERT statements of a table, `perInsert` rows each, as the rows come (none held beyond a statement's). */
function* inserts(table: string, columns: string[], rows: Iterable<Row>, perInsert = ROWS_PER_INSERT): Generator<string> {
  const head = `INSERT INTO ${table} (${columns.join(", ")}) VALUES `;
  let values: string[] = [];
  for (const row of rows) {
    values.push(rowText(row));
    if (values.length === perInsert) {
      yield head + values.join(", ");
      values = [];
    }
  }
  if (values.length) yield head + values.join(", ");
}

/**
 * The rows a list gives, each item's rows in turn (`list.flatMap(rowsOf)` without the list of every row).
 * @example [...rowsOf([[1, 2]], ([a, b]) => [[a], [b]])] // [[1], [2]]
 */
function* rowsOf<T>(list: Iterable<T>, rowsOfItem: (item: T, i: number) => Iterable<Row>): Generator<Row> {
  let i = 0;
  for (const item of list) yield* rowsOfItem(item, i++);
}

/**
 * An article as a slice needs it: without what answer() never reads of an article record, its body
 * and its embedded posts (read at build time only: a post is a sentence of its own, marked `quote`),
 * and without its lead when it has a title (the lead stands in for a missing title only). They were
 * two thirds of an article's stored JSON, which every question's slice parses for its 30 articles.
 * @example storedArticle({ id: "a1", title: "Veldia and Orvania meet", lead: "…", body: "…", quotes: [post] }) // { id: "a1", title: "Veldia and Orvania meet", body: "", quotes: [] }
 */
export function storedArticle(a: Article): Article {
  const { lead, ...rest } = a;
  // (the lead in its place among the keys, as the index writes it, when it is kept)
  return a.title || lead === undefined ? { ...rest, body: "", quotes: [] } : { ...a, body: "", quotes: [] };
}

/**
 * The index and its tables as SQL statements, one a line, schema first: what `wrangler d1 execute
 * --file` applies (each ended by a semicolon) and what the worker tests load into the local D1.
 * Made as they are read (at 10 000 articles they are 369 MB: a writer holds one at a time).
 * @example writeFileSync("index.sql", [...indexSql(index, tables)].map((s) => `${s};\n`).join(""));
 */
export function* indexSql(index: FactIndex, tables: KnowledgeTables): Generator<string> {
  const terms = new Map([...tables.factTerms, ...tables.meetingTerms]);
  const meetingCountries = new Map(tables.countryArticles);
  const articleId = (i: number) => index.sentences[i]?.article ?? "";
  const derived = personDerived(index, tables);
  yield* SCHEMA;
  yield* inserts("meta", ["key", "value"], [
    ["version", String(INDEX_SQL_VERSION)],
    ["fingerprint", tables.fingerprint],
    ["articles", String(index.articles.length)],
  ]);
  yield* inserts("articles", ["pos", "id", "title", "published", "record"], rowsOf(index.articles, (a, i) => [[i, a.id, a.title, a.published, JSON.stringify(storedArticle(a))]]));
  yield* inserts("people", ["pos", "id", "name", "country", "record", "derived"], rowsOf(index.people, (p, i) => [[i, p.id, p.name, p.country, JSON.stringify(storedPerson(p)), JSON.stringify({ words: derived.get(p.id)!.words })]]));
  yield* inserts("article_people", ["article", "person", "nth"], rowsOf(articlePeople(index), ([key, nth]) => [[...(JSON.parse(key) as [string, string]), nth]]));
  yield* inserts("names", ["word", "person"], rowsOf(tables.nameWords, ([word, ids]) => ids.map((id) => [word, id])));
  yield* inserts("offices", ["person", "nth", "article", "lead", "record", "posts"], rowsOf(index.people, (p) => officeRows(p, derived.get(p.id)!.offices)));
  yield* inserts("meetings", ["pos", "id", "article", "kind", "place", "terms", "record"], rowsOf(index.meetings, (m, i) => [[i, m.id, m.article, m.kind, m.place, JSON.stringify([...(terms.get(m.id) ?? [])]), JSON.stringify(m)]]));
  yield* inserts("participants", ["meeting", "person", "article"], rowsOf(index.meetings, (m) => m.participants.flatMap((p) => (p.kind === "person" ? [[m.id, p.person, m.article]] : []))));
  yield* inserts("facts", ["pos", "id", "article", "kind", "terms", "record"], rowsOf(index.facts, (f, i) => [[i, f.id, f.article, f.kind, JSON.stringify([...(terms.get(f.id) ?? [])]), JSON.stringify(f)]]));
  yield* inserts("sentences", [...SENTENCE_COLUMNS, "weights"], rowsOf(index.sentences, (s, i) => [[...columnsOf(sentenceRow(s)), JSON.stringify(tables.weights[i] ?? {})]]));
  yield* inserts("spans", ["sentence", "type", "start_at", "end_at"], rowsOf(index.sentences, (s) => (s.spans ?? []).map((span) => [s.id, span.type, span.start, span.end])));
  yield* inserts("terms", ["term", "sentence", "article", "weight"], rowsOf(tables.postings, ([term, list]) => list.map((i) => [term, index.sentences[i]!.id, articleId(i), tables.weights[i]![term]!])));
  yield* inserts("vocabulary", ["word"], rowsOf(tables.vocabulary, (w) => [[w]]));
  // the articles of each country and of each place a meeting, dateline or fact names
  yield* inserts("places", ["name", "article"], rowsOf(placeArticles(index, meetingCountries), ([name, ids]) => [...ids].map((id) => [name, id])));
  yield* inserts("name_keys", ["key", "word"], nameKeyRows(tables.nameWords.map(([word]) => word)), SHORT_ROWS_PER_INSERT);
  yield "INSERT INTO sentences_fts (sentences_fts) VALUES ('rebuild')";
}

/** A sentence row's values in the order of its columns. */
const columnsOf = (row: SentenceRow): Row => SENTENCE_COLUMNS.map((column) => row[column]);

/** (key, word) for every key of every name word, each pair once. */
function nameKeyRows(words: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  for (const word of new Set(words)) for (const key of new Set(nameKeysOf(word))) out.push([key, word]);
  return out;
}

/** Each person's derived entries, from the tables of the whole index. */
function personDerived(index: FactIndex, tables: KnowledgeTables): Map<string, PersonDerived> {
  const out = new Map<string, PersonDerived>(index.people.map((p) => [p.id, { words: [], offices: [] }]));
  for (const [word, ids] of tables.nameWords) for (const id of ids) out.get(id)?.words.push(word);
  for (const { person, ...office } of tables.offices) out.get(person)?.offices.push(office);
  return out;
}

/** A person's record without its articles and offices (see StoredPerson). */
function storedPerson(person: Person): StoredPerson {
  const { articles: _articles, offices: _offices, ...rest } = person;
  return rest;
}

/** An office's kind: the office but for where it is stated (its article and sentence). */
const officeKind = ({ article: _article, sentence: _sentence, ...kind }: Office): string => JSON.stringify(kind);

/**
 * A person's offices as rows, in their order: the office, whether it is the first of its kind, and
 * its posts (the build's derived offices are the person's offices one for one, or none).
 */
function officeRows(person: Person, posts: readonly OfficePosts[]): Row[] {
  if (posts.length !== 0 && posts.length !== person.offices.length) throw new Error(`index.sql: ${person.id} has ${person.offices.length} offices but ${posts.length} derived`);
  const kinds = new Set<string>();
  return person.offices.map((o, nth) => {
    const kind = officeKind(o);
    const lead = kinds.has(kind) ? 0 : 1;
    kinds.add(kind);
    return [person.id, nth, o.article, lead, JSON.stringify(o), posts.length ? JSON.stringify(posts[nth]) : null];
  });
}

/**
 * (article, person) pairs as JSON keys, with the article's place in the person's articles (null when
 * it is not one of them): each person's articles, and every person an article's meetings, facts and
 * sentences name.
 */
function articlePeople(index: FactIndex): Map<string, number | null> {
  const out = new Map<string, number | null>();
  const add = (article: string, person: string, nth: number | null = null) => {
    const key = JSON.stringify([article, person]);
    if (!out.has(key)) out.set(key, nth);
  };
  for (const p of index.people) p.articles.forEach((a, nth) => add(a, p.id, nth));
  for (const m of index.meetings) for (const p of m.participants) if (p.kind === "person") add(m.article, p.person);
  for (const f of index.facts) for (const p of f.people) add(f.article, p);
  for (const s of index.sentences) for (const p of s.people) add(s.article, p);
  return out;
}

/** Country → articles (from the tables), and place as written → articles. */
function placeArticles(index: FactIndex, countries: Map<string, string[]>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (name: string | undefined, article: string) => {
    if (!name) return;
    const set = out.get(name) ?? new Set<string>();
    set.add(article);
    out.set(name, set);
  };
  for (const [country, ids] of countries) for (const id of ids) add(country, id);
  for (const m of index.meetings) add(m.place, m.article);
  for (const a of index.articles) add(a.dateline?.place, a.id);
  for (const f of index.facts) for (const p of f.places) add(p, f.article);
  return out;
}
