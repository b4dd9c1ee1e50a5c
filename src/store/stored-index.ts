/**
 * @module The index in SQL storage (Cloudflare D1, SQLite): per question, link it with the bundled
 * lexicon, read the slice of the index it needs (the articles of the people, countries, places and
 * words it names, or of the conversation's focus), and hand answer() a knowledge of that slice.
 * Talks to the database through {@link SqlDatabase}, the part of D1's API it uses, so that this
 * layer imports nothing from Cloudflare and a test may pass any database of that shape.
 */
import type { KnowledgeSource } from "../bot/engine";
import type { Article, FactIndex, Fact, Meeting, Person, Sentence } from "../facts/types";
import { lookUpCountry } from "../qa/link-countries";
import { computeKnowledge, type Knowledge } from "../qa/knowledge";
import type { IntentModel } from "../qa/intent-model";
import { bucketNames, nameCandidates } from "../qa/name-lookup";
import { nameTokens } from "../qa/names";
import { contentTerms } from "../qa/retrieval";
import type { Conversation } from "../qa/types";
import type { Lexicon } from "./lexicon";

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
export const MAX_SLICE_ARTICLES = 200;

/** Sentences read per question word when looking for the articles that hold it, heaviest first. */
const TERM_SENTENCES = 40;

/** One parameter holding a list: `IN (SELECT value FROM json_each(?))` (D1 binds at most 100 values). */
const IN_LIST = "(SELECT value FROM json_each(?))";

/** What the question and its conversation name, to link. */
function textsOf(question: string, conversation: Conversation): string {
  const next = conversation.focus?.next?.question ?? "";
  return `${question} ${conversation.replyTo ?? ""} ${next}`;
}

/** Countries and cities named by one to three words side by side. */
function countriesIn(words: string[]): string[] {
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (const length of [1, 2, 3]) {
      const phrase = words.slice(i, i + length).join(" ");
      const found = phrase.length > 2 && lookUpCountry(phrase);
      if (found) out.add(found.country);
    }
  }
  return [...out];
}

/**
 * A knowledge source over a stored index: each question gets a knowledge of its slice.
 * @example const engine = engineOver(storedIndex(() => env.INDEX, model, lexicon));
 */
export function storedIndex(database: () => SqlDatabase | undefined, model: IntentModel, lexicon: Lexicon): KnowledgeSource {
  const buckets = bucketNames(lexicon.nameWords);
  const known = new Set(lexicon.nameWords);
  return {
    examples: lexicon.examples,
    articles: lexicon.articles,
    knowledgeFor: async (question, conversation) => {
      const db = database();
      if (!db) throw new StoredIndexError("the index is kept in D1 but the Worker has no INDEX binding (see wrangler.toml)");
      const text = textsOf(question, conversation);
      const words = nameTokens(text);
      // every known name word a typed word may be (the same sound key or one typo): a superset that answer() decides
      const names = new Set<string>();
      for (const word of words) {
        if (known.has(word)) names.add(word);
        if (word.length >= 4) nameCandidates(word, buckets, true).forEach((w) => names.add(w));
      }
      const raw = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      const places = [...countriesIn(raw), ...lexicon.places.filter((p) => p.words.length && p.words.every((w) => words.includes(w))).map((p) => p.place)];
      const focus = [conversation.focus, conversation.focus?.next?.focus].filter((f) => f !== undefined);
      return readSlice(db, model, {
        names: [...names],
        places,
        terms: [...new Set(contentTerms(question))],
        focusArticles: focus.flatMap((f) => f.articles),
        focusPeople: focus.flatMap((f) => f.people),
        focusMeetings: focus.flatMap((f) => f.meetings),
        words: [...new Set([...words, ...names])],
      }).catch((cause: unknown) => {
        throw new StoredIndexError(`reading the index from D1 failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
      });
    },
  };
}

/** What a question links, to read its slice by. */
interface SliceKeys {
  names: string[];
  places: string[];
  terms: string[];
  focusArticles: string[];
  focusPeople: string[];
  focusMeetings: string[];
  /** The folded words of the question, to tell known words from unknown names. */
  words: string[];
}

const json = (list: unknown[]) => JSON.stringify(list);

/** Reads the slice a question needs (three round trips: link, records, people) and makes its knowledge. */
async function readSlice(db: SqlDatabase, model: IntentModel, keys: SliceKeys): Promise<Knowledge> {
  const q = (sql: string, ...values: unknown[]) => db.prepare(sql).bind(...values);
  const linked = await db.batch<{ article?: string; word?: string; person?: string }>([
      // the articles of the people named (every spelling that may be theirs) and of those in focus
      q(`SELECT DISTINCT j.value AS article, p.id AS person FROM people p, json_each(p.record, '$.articles') j WHERE p.id IN (SELECT person FROM names WHERE word IN ${IN_LIST} UNION SELECT value FROM json_each(?))`, json(keys.names), json(keys.focusPeople)),
      q(`SELECT DISTINCT article FROM places WHERE name IN ${IN_LIST}`, json(keys.places)),
      q(`SELECT DISTINCT article FROM meetings WHERE id IN ${IN_LIST} UNION SELECT id AS article FROM articles WHERE id IN ${IN_LIST}`, json(keys.focusMeetings), json(keys.focusArticles)),
      q(`SELECT article FROM (SELECT t.article, t.weight FROM terms t WHERE t.term IN ${IN_LIST} ORDER BY t.weight DESC LIMIT ?) GROUP BY article ORDER BY max(weight) DESC`, json(keys.terms), TERM_SENTENCES * Math.max(1, keys.terms.length)),
      q(`SELECT word FROM vocabulary WHERE word IN ${IN_LIST}`, json(keys.words)),
      q(`SELECT id AS article FROM articles ORDER BY pos DESC LIMIT ?`, MAX_SLICE_ARTICLES),
    ]);
  const [byName, byPlace, byFocus, byTerm, vocabulary, latest] = linked.map((r) => r.results);
  // a question naming nobody, no place and no focus ("who met whom?") reads its words' articles, then the latest
  const broad = (byName ?? []).length + (byPlace ?? []).length + (byFocus ?? []).length === 0;
  const articles = new Set<string>();
  for (const tier of [byFocus, byName, byPlace, byTerm, broad ? latest : []]) for (const row of tier ?? []) if (row.article && articles.size < MAX_SLICE_ARTICLES) articles.add(row.article);
  const linkedPeople = new Set((byName ?? []).flatMap((r) => (r.person ? [r.person] : [])));
  const ids = json([...articles]);
  const records = await db.batch<{ record: string; terms?: string; weights?: string }>([
    q(`SELECT record FROM articles WHERE id IN ${IN_LIST} ORDER BY pos`, ids),
    q(`SELECT record, terms FROM meetings WHERE article IN ${IN_LIST} ORDER BY pos`, ids),
    q(`SELECT record, terms FROM facts WHERE article IN ${IN_LIST} ORDER BY pos`, ids),
    q(`SELECT record, weights FROM sentences WHERE article IN ${IN_LIST} ORDER BY id`, ids),
  ]);
  const [articleRows, meetingRows, factRows, sentenceRows] = records.map((r) => r.results);
  const slice = {
    articles: (articleRows ?? []).map((r) => JSON.parse(r.record) as Article),
    meetings: (meetingRows ?? []).map((r) => JSON.parse(r.record) as Meeting),
    facts: (factRows ?? []).map((r) => JSON.parse(r.record) as Fact),
    sentences: (sentenceRows ?? []).map((r) => JSON.parse(r.record) as Sentence),
  };
  const terms = new Map<string, string[]>();
  [...(meetingRows ?? []), ...(factRows ?? [])].forEach((r, i) => terms.set(i < (meetingRows ?? []).length ? slice.meetings[i]!.id : slice.facts[i - (meetingRows ?? []).length]!.id, JSON.parse(r.terms ?? "[]") as string[]));
  const referenced = new Set(linkedPeople);
  for (const m of slice.meetings) for (const p of m.participants) if (p.kind === "person") referenced.add(p.person);
  for (const s of slice.sentences) s.people.forEach((p) => referenced.add(p));
  for (const f of slice.facts) f.people.forEach((p) => referenced.add(p));
  const people = (await q(`SELECT record FROM people WHERE id IN ${IN_LIST} ORDER BY pos`, json([...referenced])).all<{ record: string }>()).results.map((r) => JSON.parse(r.record) as Person);
  const index = renumbered({ version: 1, people, ...slice });
  const knowledge = computeKnowledge(index, model, { weights: (sentenceRows ?? []).map((r) => JSON.parse(r.weights ?? "{}") as Record<string, number>), terms });
  for (const row of vocabulary ?? []) if (row.word) knowledge.vocabulary.add(row.word);
  return knowledge;
}

/**
 * The slice with its sentences numbered from 0 in index order (answer() reads a sentence by its id
 * as its position), the references to them renumbered, and each person's articles cut to the slice.
 */
function renumbered(index: FactIndex): FactIndex {
  const position = new Map(index.sentences.map((s, i) => [s.id, i]));
  const at = (id: number) => position.get(id) ?? -1;
  const inSlice = new Set(index.articles.map((a) => a.id));
  return {
    ...index,
    sentences: index.sentences.map((s, i) => ({ ...s, id: i })),
    meetings: index.meetings.map((m) => ({ ...m, sentences: m.sentences.map(at).filter((i) => i >= 0) })),
    facts: index.facts.map((f) => ({ ...f, sentence: at(f.sentence) })),
    people: index.people.map((p) => ({ ...p, articles: p.articles.filter((a) => inSlice.has(a)), offices: p.offices.map((o) => ({ ...o, sentence: at(o.sentence) })) })),
  };
}
