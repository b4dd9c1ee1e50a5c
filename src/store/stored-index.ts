/**
 * @module The index in SQL storage (Cloudflare D1, SQLite): per question, link it with the bundled
 * lexicon, read the slice of the index it needs (the articles of the people, countries, places and
 * words it names, or of the conversation's focus), and hand answer() a knowledge of that slice.
 * Talks to the database through {@link SqlDatabase}, the part of D1's API it uses, so that this
 * layer imports nothing from Cloudflare and a test may pass any database of that shape.
 */
import type { KnowledgeSource } from "../bot/engine";
import type { Article, FactIndex, Fact, Meeting, Office, Person } from "../facts/types";
import { lookUpCountry } from "../qa/link-countries";
import { computeKnowledge, type Knowledge } from "../qa/knowledge";
import type { IntentModel } from "../qa/intent-model";
import { fold } from "../nlp/fold";
import { candidateKeys } from "../qa/name-lookup";
import { nameTokens } from "../qa/names";
import { contentTerms } from "../qa/retrieval";
import { latinText } from "../qa/transliterate";
import type { Conversation } from "../qa/types";
import type { OfficePosts, PersonDerived, StoredPerson } from "./index-sql";
import type { Lexicon } from "./lexicon";
import { INDEX_SQL_VERSION } from "./schema-version";
import { SENTENCE_COLUMNS, sentenceOf, type SentenceRow } from "./sentence-rows";

/** A prepared statement, as D1 gives it (`D1PreparedStatement`). */
export interface SqlStatement {
  bind(...values: unknown[]): SqlStatement;
  all<T = Record<string, unknown>>(): Promise<{ results: T[] }>;
}

/** The part of D1's API the stored index uses (`D1Database` has it). */
export interface SqlDatabase {
  prepare(query: string): SqlStatement;
  batch<T = Record<string, unknown>>(statements: SqlStatement[]): Promise<{ results: T[] }[]>;
}

/** The storage read failed or the database holds no index: an error, not "the articles do not say". */
export class StoredIndexError extends Error {
  override name = "StoredIndexError";
}

/**
 * Most articles one question's slice holds. Past it, the articles linked first (the conversation's
 * focus, names, then countries and places, then the question's heaviest words) are kept; a question
 * naming no one, no place and no focus ("who met whom?") is filled up with the latest articles.
 */
export const MAX_SLICE_ARTICLES = 30;

/** Sentences read per question word when looking for the articles that hold it, heaviest first. */
const TERM_SENTENCES = 40;

/** One parameter holding a list: `IN (SELECT value FROM json_each(?))` (D1 binds at most 100 values). */
const IN_LIST = "(SELECT value FROM json_each(?))";

/** What the question and its conversation name, to link. */
function textsOf(question: string, conversation: Conversation): string {
  const next = conversation.focus?.next?.question ?? "";
  const text = `${question} ${conversation.replyTo ?? ""} ${next}`;
  // (a name typed in Cyrillic or Greek letters is read in Latin ones too, as answer() reads it)
  const latin = latinText(text);
  return latin === text ? text : `${text} ${latin}`;
}

/** Countries and cities one to three words side by side may name (a superset: "us" too, which answer() reads only as "US"). */
function countriesIn(words: string[]): string[] {
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (const length of [1, 2, 3]) {
      const phrase = words.slice(i, i + length).join(" ");
      const found = phrase.length > 1 && lookUpCountry(phrase);
      if (found) out.add(found.country);
    }
  }
  return [...out];
}

/**
 * What a question and its conversation link, to read the slice by: its words (those the index's
 * names hold link their people) and, for each word of four letters or more, the keys under which
 * the name words it may be are filed (the same sound key or one typo: a superset that answer()
 * decides; the database holds the keys, see `name_keys`), the countries and places named, the
 * question's content terms, the focus, and the words answer() may look up in the vocabulary.
 * @example sliceKeys("Who did Ortega meet?", {}, lexicon).nameKeys.includes("o:ortg") // true
 */
export function sliceKeys(question: string, conversation: Conversation, lexicon: Lexicon): SliceKeys {
  const text = textsOf(question, conversation);
  const words = nameTokens(text);
  const asked = [...new Set(words.filter((w) => w.length >= 4))];
  const raw = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const countries = countriesIn(raw);
  const places = [...countries, ...lexicon.places.filter((p) => p.words.length && p.words.every((w) => words.includes(w))).map((p) => p.place)];
  const focus = [conversation.focus, conversation.focus?.next?.focus].filter((f) => f !== undefined);
  // answer() looks up the question's folded tokens and each country's first word, as written in lower case (and the name words read by key)
  const lookedUp = [...words, ...raw.map(fold), ...countries.map((c) => c.toLowerCase().split(" ")[0] ?? "")];
  return {
    names: [...new Set(words)],
    asked,
    nameKeys: [...new Set(asked.flatMap((w) => candidateKeys(w, true)))],
    places,
    terms: [...new Set(contentTerms(question))],
    focusArticles: focus.flatMap((f) => f.articles),
    focusPeople: focus.flatMap((f) => f.people),
    focusMeetings: focus.flatMap((f) => f.meetings),
    words: [...new Set(lookedUp)],
  };
}

/**
 * A knowledge source over a stored index: each question gets a knowledge of its slice.
 * @example const engine = engineOver(storedIndex(() => env.INDEX, model, lexicon));
 */
export function storedIndex(database: () => SqlDatabase | undefined, model: IntentModel, lexicon: Lexicon): KnowledgeSource {
  const failed = (cause: unknown): never => {
    throw cause instanceof StoredIndexError ? cause : new StoredIndexError(`reading the index from D1 failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  };
  let schemaChecked = false;
  return {
    examples: lexicon.examples,
    articles: lexicon.articles,
    knowledgeFor: async (question, conversation) => {
      const db = database();
      if (!db) throw new StoredIndexError("the index is kept in D1 but the Worker has no INDEX binding (see wrangler.toml)");
      if (!schemaChecked) {
        await checkSchema(db).catch(failed);
        schemaChecked = true;
      }
      const rows = await readSlice(db, sliceKeys(question, conversation, lexicon)).catch(failed);
      return sliceKnowledge(rows, model);
    },
  };
}

/** The database holds an index of the schema this Worker reads (checked once per isolate). */
async function checkSchema(db: SqlDatabase): Promise<void> {
  const { results } = await db.prepare("SELECT value FROM meta WHERE key = 'version'").all<{ value: string }>();
  const version = results[0]?.value;
  if (version !== String(INDEX_SQL_VERSION)) {
    throw new StoredIndexError(`the index in D1 has schema version ${version ?? "none"}, this Worker reads version ${INDEX_SQL_VERSION}: run \`npm run deploy\` (it builds the index and loads it into D1)`);
  }
}

/** What a question links, to read its slice by. */
export interface SliceKeys {
  /** The question's words: those the index's names hold link their people. */
  names: string[];
  /** The words of four letters or more, whose name keys are read (see candidateKeys). */
  asked: string[];
  /** Their keys: every name word filed under one may be one of them in another spelling. */
  nameKeys: string[];
  places: string[];
  terms: string[];
  focusArticles: string[];
  focusPeople: string[];
  focusMeetings: string[];
  /** The words answer() may look up in the vocabulary: the question's, its countries' first words (and the name words under nameKeys). */
  words: string[];
}

const json = (list: unknown[]) => JSON.stringify(list);

/** Articles of a tier, most keys matched first (then in the order read): "Peru and Chile" reads the articles naming both first. */
function byMatches(rows: { article?: string }[] | undefined): string[] {
  const count = new Map<string, number>();
  for (const row of rows ?? []) if (row.article) count.set(row.article, (count.get(row.article) ?? 0) + 1);
  return [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)!);
}

/** Articles as read (ranked by the query). */
const inOrder = (rows: { article?: string }[] | undefined): string[] => (rows ?? []).flatMap((r) => (r.article ? [r.article] : []));

/** The rows of one slice, as read: what {@link sliceKnowledge} assembles a knowledge from. */
export interface SliceRows {
  articles: { record: string }[];
  meetings: { record: string; terms: string }[];
  facts: { record: string; terms: string }[];
  /** The sentences split into columns (see sentence-rows), with their BM25 weights. */
  sentences: (SentenceRow & { weights: string })[];
  /** The people's records (without their articles and offices: see StoredPerson) and name words. */
  people: { id: string; record: string; derived: string }[];
  /** The people's own articles in the slice, each person's in their order. */
  personArticles: { person: string; article: string }[];
  /**
   * The people's offices, each person's in their order: those stated in the slice's articles, the
   * first of each kind, and the first stated outside the slice (see offices in index-sql). The others
   * differ from one of these only by an article outside the slice, which answer() reads only as
   * telling that such an office exists, so the answers are those over every office.
   */
  offices: { person: string; record: string; posts: string | null }[];
  /** The question's words that the index's vocabulary holds. */
  vocabulary: string[];
  /** The name words under the keys of the words asked (see SliceKeys.nameKeys). */
  nameKeys: { asked: string[]; rows: { key: string; word: string }[] };
}

/**
 * Reads the slice a question needs in two round trips: which articles (of the people it may name
 * and of the conversation's focus, of the places it names, of its heaviest words), then their
 * records and people, with what the build derived from them (BM25 weights, terms, name words,
 * office posts) and the question's words that the vocabulary holds.
 * @example const rows = await readSlice(env.INDEX, keys); const knowledge = sliceKnowledge(rows, model);
 */
export async function readSlice(db: SqlDatabase, keys: SliceKeys): Promise<SliceRows> {
  const q = (sql: string, ...values: unknown[]) => db.prepare(sql).bind(...values);
  const spellings = `(SELECT value FROM json_each(?) UNION SELECT word FROM name_keys WHERE key IN ${IN_LIST})`;
  const named = `(SELECT person FROM names WHERE word IN ${spellings} UNION SELECT value FROM json_each(?))`;
  const linked = await db.batch<{ article?: string; word?: string; person?: string; key?: string }>([
    // the articles of the people named (every spelling that may be theirs) and of those in focus, most of them named first
    q(`SELECT article FROM article_people WHERE person IN ${named} GROUP BY article ORDER BY count(*) DESC, min(person), article LIMIT ?`, json(keys.names), json(keys.nameKeys), json(keys.focusPeople), MAX_SLICE_ARTICLES),
    q(`SELECT DISTINCT person FROM article_people WHERE person IN ${named}`, json(keys.names), json(keys.nameKeys), json(keys.focusPeople)),
    q(`SELECT article FROM places WHERE name IN ${IN_LIST} GROUP BY article ORDER BY count(*) DESC, min(name), article LIMIT ?`, json(keys.places), MAX_SLICE_ARTICLES),
    q(`SELECT DISTINCT article FROM meetings WHERE id IN ${IN_LIST} UNION SELECT id AS article FROM articles WHERE id IN ${IN_LIST}`, json(keys.focusMeetings), json(keys.focusArticles)),
    q(`SELECT article FROM (SELECT t.article, t.weight FROM terms t WHERE t.term IN ${IN_LIST} ORDER BY t.weight DESC LIMIT ?) GROUP BY article ORDER BY max(weight) DESC`, json(keys.terms), TERM_SENTENCES * Math.max(1, keys.terms.length)),
    q(`SELECT word FROM vocabulary WHERE word IN ${spellings}`, json(keys.words), json(keys.nameKeys)),
    q(`SELECT key, word FROM name_keys WHERE key IN ${IN_LIST}`, json(keys.nameKeys)),
  ]);
  const [byName, namedPeople, byPlace, byFocus, byTerm, vocabulary, nameKeys] = linked.map((r) => r.results);
  const articles = new Set<string>();
  const add = (ids: Iterable<string>) => {
    for (const id of ids) if (articles.size < MAX_SLICE_ARTICLES) articles.add(id);
  };
  add(byMatches(byFocus));
  add(inOrder(byName));
  add(inOrder(byPlace));
  add(byMatches(byTerm));
  // a question naming nobody, no place and no focus ("who met whom?") reads its words' articles, then the latest
  const broad = (byName ?? []).length + (byPlace ?? []).length + (byFocus ?? []).length === 0;
  const latest = broad && articles.size < MAX_SLICE_ARTICLES ? `UNION SELECT id FROM (SELECT id FROM articles ORDER BY pos DESC LIMIT ${MAX_SLICE_ARTICLES - articles.size})` : "";
  const linkedPeople = (namedPeople ?? []).flatMap((r) => (r.person ? [r.person] : []));
  const ids = json([...articles]);
  const slice = `(SELECT value FROM json_each(?) ${latest})`;
  // the people the slice's records name, and those the question names
  const people = `(SELECT person FROM article_people WHERE article IN ${slice} UNION SELECT value FROM json_each(?))`;
  const office = "o.person, o.nth, o.record, o.posts FROM offices o";
  const records = await db.batch([
    q(`SELECT record FROM articles WHERE id IN ${slice} ORDER BY pos`, ids),
    q(`SELECT record, terms FROM meetings WHERE article IN ${slice} ORDER BY pos`, ids),
    q(`SELECT record, terms FROM facts WHERE article IN ${slice} ORDER BY pos`, ids),
    q(`SELECT ${SENTENCE_COLUMNS.join(", ")}, weights FROM sentences WHERE article IN ${slice} ORDER BY id`, ids),
    q(`SELECT id, record, derived FROM people WHERE id IN ${people} ORDER BY pos`, ids, json(linkedPeople)),
    q(`SELECT person, article FROM article_people WHERE article IN ${slice} AND nth IS NOT NULL ORDER BY person, nth`, ids),
    // a person's offices in the slice's articles, the first of each kind, and the first outside the slice (each a bounded read of an index)
    q(
      `SELECT ${office} WHERE o.article IN ${slice} UNION SELECT ${office} INDEXED BY offices_lead WHERE o.lead = 1 AND o.person IN ${people} ` +
        `UNION SELECT ${office} JOIN ${people} p ON o.person = p.person AND o.nth = (SELECT x.nth FROM offices x WHERE x.person = p.person AND x.article NOT IN ${slice} ORDER BY x.nth LIMIT 1) ORDER BY 1, 2`,
      ids,
      ids,
      json(linkedPeople),
      ids,
      json(linkedPeople),
      ids,
    ),
  ]);
  const [articleRows, meetingRows, factRows, sentenceRows, peopleRows, personArticleRows, officeRows] = records.map((r) => r.results);
  return {
    articles: (articleRows ?? []) as SliceRows["articles"],
    meetings: (meetingRows ?? []) as SliceRows["meetings"],
    facts: (factRows ?? []) as SliceRows["facts"],
    sentences: (sentenceRows ?? []) as unknown as SliceRows["sentences"],
    people: (peopleRows ?? []) as SliceRows["people"],
    personArticles: (personArticleRows ?? []) as SliceRows["personArticles"],
    offices: ((officeRows ?? []) as (SliceRows["offices"][number] & { nth?: number })[]).map(({ person, record, posts }) => ({ person, record, posts })),
    vocabulary: (vocabulary ?? []).flatMap((r) => (r.word ? [r.word] : [])),
    nameKeys: { asked: keys.asked, rows: (nameKeys ?? []).flatMap((r) => (r.key !== undefined && r.word !== undefined ? [{ key: r.key, word: r.word }] : [])) },
  };
}

/**
 * The knowledge of a slice, assembled from its rows: nothing learnt or derived per question but the
 * slice's own lookups (the BM25 weights, terms, name words and office posts were computed over the
 * whole index at build time; the question's spellings come from the name keys read with it).
 * @example const knowledge = sliceKnowledge(await readSlice(db, keys), model);
 */
export function sliceKnowledge(rows: SliceRows, model: IntentModel): Knowledge {
  const parse = <T>(text: string): T => JSON.parse(text) as T;
  const slice = {
    articles: rows.articles.map((r) => parse<Article>(r.record)),
    meetings: rows.meetings.map((r) => parse<Meeting>(r.record)),
    facts: rows.facts.map((r) => parse<Fact>(r.record)),
    sentences: rows.sentences.map(sentenceOf),
    people: rows.people.map((r) => personOf(r.record)),
  };
  const terms = new Map<string, string[]>();
  rows.meetings.forEach((r, i) => terms.set(slice.meetings[i]!.id, parse<string[]>(r.terms)));
  rows.facts.forEach((r, i) => terms.set(slice.facts[i]!.id, parse<string[]>(r.terms)));
  const people = new Map(rows.people.map((r, i) => [slice.people[i]!.id, { words: parse<Pick<PersonDerived, "words">>(r.derived).words, offices: [] as OfficePosts[] }]));
  const byId = new Map(slice.people.map((p) => [p.id, p]));
  for (const r of rows.personArticles) byId.get(r.person)?.articles.push(r.article);
  for (const r of rows.offices) {
    byId.get(r.person)?.offices.push(parse<Office>(r.record));
    if (r.posts !== null) people.get(r.person)?.offices.push(parse<OfficePosts>(r.posts));
  }
  return computeKnowledge(renumbered({ version: 1, ...slice }), model, {
    weights: { texts: rows.sentences.map((r) => r.weights) },
    terms,
    vocabulary: new Set(rows.vocabulary),
    people,
    nameKeys: { asked: new Set(rows.nameKeys.asked), rows: rows.nameKeys.rows },
  });
}

/** A person's stored record (see StoredPerson), its articles and offices to be filled from their rows. */
function personOf(record: string): Person {
  const { id, name, names, ...rest } = JSON.parse(record) as StoredPerson;
  // (the keys in the record's order: id, name, names, offices, articles, then the rest)
  return { id, name, names, offices: [], articles: [], ...rest };
}

/**
 * The slice with its sentences numbered from 0 in index order (answer() reads a sentence by its id
 * as its position), the references to them renumbered, and each person's articles cut to the slice.
 * The records are the slice's own, parsed for this question: they are renumbered in place, not
 * copied, and a sentence's new number is found by bisecting the ids as read (ascending: `ORDER BY
 * id`), without a map of them.
 */
function renumbered(index: FactIndex): FactIndex {
  const ids = index.sentences.map((s) => s.id);
  const at = ascending(ids) ? (id: number) => positionIn(ids, id) : mapped(ids);
  const inSlice = new Set(index.articles.map((a) => a.id));
  index.sentences.forEach((s, i) => (s.id = i));
  const atInSlice = (id: number) => {
    const i = at(id);
    return i >= 0 ? i : undefined;
  };
  for (const m of index.meetings) keepInPlace(m.sentences, atInSlice);
  for (const f of index.facts) f.sentence = at(f.sentence);
  for (const p of index.people) {
    keepInPlace(p.articles, (a) => (inSlice.has(a) ? a : undefined));
    for (const o of p.offices) o.sentence = at(o.sentence);
  }
  return index;
}

/** Whether the numbers ascend strictly. */
function ascending(list: readonly number[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i]! <= list[i - 1]!) return false;
  return true;
}

/** The position of a number in an ascending list, or -1. */
function positionIn(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const here = list[mid]!;
    if (here === value) return mid;
    if (here < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The position of each id, by a map (ids not in ascending order). */
function mapped(ids: readonly number[]): (id: number) => number {
  const position = new Map<number, number>();
  ids.forEach((id, i) => position.set(id, i));
  return (id) => position.get(id) ?? -1;
}

/** Replaces each item of a list by what `map` gives it, dropping those it gives undefined for, in place (the order kept). */
function keepInPlace<T>(list: T[], map: (item: T) => T | undefined): void {
  let n = 0;
  for (const item of list) {
    const kept = map(item);
    if (kept !== undefined) list[n++] = kept;
  }
  list.length = n;
}
