/** @module The retrieval fallback: BM25 (wink-nlp's vectorizer) over the index's sentences, for questions no structured fact answers; learnt at build time (saved in the knowledge tables). */
import bm25Vectorizer from "wink-nlp/utilities/bm25-vectorizer";
import type { Fact, FactIndex, Meeting, Sentence } from "../facts/types";
import { its } from "../nlp/wink";
import { parseText } from "./parse";
import { termsOfTokens } from "../nlp/terms";

export { stem } from "../nlp/terms";

/** The BM25 weights of every sentence, learnt once. */
export interface Retrieval {
  sentences: Sentence[];
  /** Per sentence: term → BM25 weight (read through {@link weightsAt}: a slice's are parsed on first read). */
  weights: (Record<string, number> | undefined)[];
  /**
   * A stored slice's weights as read, a JSON object per sentence: each is parsed on its first read
   * and a term's postings are found in them on its first use, so that a question pays for the
   * sentences its terms are in, not for every sentence of its slice.
   */
  weightTexts?: readonly string[];
  /** Term → positions of the sentences where it weighs more than nothing (see heaviestFirst; read through {@link postingsOf}). */
  postings: Map<string, number[]>;
  /**
   * A stored slice's: term → its weights in the sentences of its postings, in the same order, read
   * with them from the sentences' JSON (see postingsFrom), so that ranking a term's sentences parses
   * none of their weights.
   */
  postingWeights?: Map<string, number[]>;
  /** The terms whose postings are sorted heaviest first already (sorted on first use). */
  sorted: Set<string>;
}

const NO_WEIGHTS: Readonly<Record<string, number>> = Object.freeze({});

/**
 * A sentence's weights: term → BM25 weight (none for a position out of range).
 * @example weightsAt(retrieval, 3).trade // 2.4
 */
export function weightsAt(retrieval: Retrieval, i: number): Readonly<Record<string, number>> {
  const known = retrieval.weights[i];
  if (known) return known;
  const text = retrieval.weightTexts?.[i];
  if (text === undefined) return NO_WEIGHTS;
  return (retrieval.weights[i] = JSON.parse(text) as Record<string, number>);
}

/**
 * The positions of the sentences where a term weighs more than nothing, ascending until
 * heaviestFirst sorts them; in a slice found on the term's first use: a sentence's JSON holds the
 * term as a key exactly where `{"term":` or `,"term":` occurs (a quote inside a key is escaped).
 * @example postingsOf("trade", retrieval) // [4, 17, 30]
 */
export function postingsOf(term: string, retrieval: Retrieval): number[] {
  const known = retrieval.postings.get(term);
  if (known || !retrieval.weightTexts) return known ?? [];
  for (const _ of postingsFrom(term, retrieval));
  return retrieval.postings.get(term) ?? [];
}

/**
 * {@link postingsOf}'s positions, read lazily: those kept already, else a slice's sentences in
 * order, up to where the caller stops (a reader of a term's first few sentences, which for a common
 * word stops at its first); a walk that reaches the end keeps the list, as postingsOf would.
 * @example [...postingsFrom("trade", retrieval)] // [4, 17, 30]
 */
export function* postingsFrom(term: string, retrieval: Retrieval): Generator<number> {
  const known = retrieval.postings.get(term);
  if (known || !retrieval.weightTexts) return yield* known ?? [];
  const key = `${JSON.stringify(term)}:`;
  const list: number[] = [];
  const weights: number[] = [];
  const texts = retrieval.weightTexts;
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    for (let at = text.indexOf(key); at > 0; at = text.indexOf(key, at + 1)) {
      const before = text.charCodeAt(at - 1);
      if (before !== 0x7b && before !== 0x2c) continue; // "{" or ","
      const weight = weightAt(retrieval, i, term, text, at + key.length);
      if (weight > 0) {
        list.push(i);
        weights.push(weight);
        yield i;
      }
      break;
    }
  }
  if (!retrieval.postings.has(term)) {
    retrieval.postings.set(term, list);
    retrieval.postingWeights?.set(term, weights);
  }
}

/**
 * A term's weight in a sentence of a slice, its key found at `from` in the sentence's JSON: the number
 * written there, read without parsing the whole sentence's weights when they are not parsed yet (a
 * term's postings are found over every sentence that holds it, of which a question may score a few).
 */
function weightAt(retrieval: Retrieval, i: number, term: string, text: string, from: number): number {
  const parsed = retrieval.weights[i];
  if (parsed) return parsed[term] ?? 0;
  JSON_NUMBER.lastIndex = from;
  const number = JSON_NUMBER.exec(text);
  return number ? Number(number[0]) : (weightsAt(retrieval, i)[term] ?? 0);
}

/** A JSON number where it starts (sticky): the value after a key of a sentence's weights. */
const JSON_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** A sentence that answers a question, with the question's terms it holds. */
export interface Passage {
  sentence: Sentence;
  score: number;
  matched: string[];
  /** Share of the question's terms the sentence holds. */
  coverage: number;
  /** Read only as the sentence after one the question's words found: it answers only a count, and must tell the question's act itself ("killed" is not "injured"). */
  following?: true;
}

/**
 * Content terms of a text: stems of the folded lemmas of words that are not stop words.
 * @example contentTerms("What will Norway keep providing to Peru?") // ["norway", "provid", "peru"]
 */
export function contentTerms(text: string): string[] {
  return termsOfTokens(parseText(text));
}

/**
 * Which index a model or table was computed from: sentence count and total length.
 * @example fingerprintOf(index) // "152:20413"
 */
export const fingerprintOf = (index: FactIndex): string => `${index.sentences.length}:${index.sentences.reduce((n, s) => n + s.text.length, 0)}`;

/**
 * The words of a fact that a question's terms are matched against: summary, subject, count labels.
 * @example factText(fact) // "3 agreements signed between Peru and Norway  agreements signed"
 */
export const factText = (f: Fact): string => `${f.summary} ${f.subject ?? ""} ${f.counts.map((c) => c.label).join(" ")}`;

/**
 * The words of a meeting (besides its sentences) that a question's terms are matched against.
 * @example meetingText(meeting) // "the sidelines of the summit  fisheries trade"
 */
export const meetingText = (m: Meeting): string => `${m.occasion ?? ""} ${m.venue ?? ""} ${m.topics.join(" ")}`;

function learnBm25(sentences: Sentence[], terms?: readonly string[][]) {
  const vectorizer = bm25Vectorizer();
  sentences.forEach((s, i) => vectorizer.learn(terms?.[i] ?? contentTerms(s.text)));
  return vectorizer;
}

/**
 * Learns the BM25 weights of every sentence (embedded posts included, marked `quote`): at build
 * time, where the knowledge tables save them, or in tests. A slice of a stored index passes the
 * weights learnt over the whole index; build:index may pass each sentence's content terms, read already.
 * @example const retrieval = buildRetrieval(index);
 */
export function buildRetrieval(index: FactIndex, saved?: Record<string, number>[] | { texts: readonly string[] }, sentenceTerms?: readonly string[][]): Retrieval {
  const sentences = index.sentences;
  if (sentences.length === 0) return { sentences, weights: [], postings: new Map(), sorted: new Set() };
  if (saved && "texts" in saved) return { sentences, weights: new Array<undefined>(saved.texts.length), weightTexts: saved.texts, postings: new Map(), postingWeights: new Map(), sorted: new Set() };
  const weights = saved ?? (learnBm25(sentences, sentenceTerms).out(its.docBOWArray as never) as Record<string, number>[]);
  return { sentences, weights, postings: everyPosting(weights), sorted: new Set() };
}

function everyPosting(weights: Record<string, number>[]): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  weights.forEach((bow, i) => {
    for (const term in bow) {
      if (!((bow[term] ?? 0) > 0)) continue;
      const list = postings.get(term);
      if (list) list.push(i);
      else postings.set(term, [i]);
    }
  });
  return postings;
}

/** A term's sentence positions, heaviest first (ties in index order), sorted on the term's first use. */
function heaviestFirst(term: string, retrieval: Retrieval): number[] {
  const list = postingsOf(term, retrieval);
  if (!retrieval.sorted.has(term)) {
    const found = retrieval.postingWeights?.get(term);
    if (found) sortByWeights(list, found);
    else list.sort((a, b) => weightsAt(retrieval, b)[term]! - weightsAt(retrieval, a)[term]! || a - b);
    retrieval.sorted.add(term);
  }
  return list;
}

/** Sorts positions and their weights (parallel lists) in place: heaviest first, ties in index order. */
function sortByWeights(list: number[], weights: number[]): void {
  const order = Array.from(list, (_, k) => k).sort((a, b) => weights[b]! - weights[a]! || list[a]! - list[b]!);
  const [at, weight] = [order.map((k) => list[k]!), order.map((k) => weights[k]!)];
  for (let k = 0; k < order.length; k++) {
    list[k] = at[k]!;
    weights[k] = weight[k]!;
  }
}

/**
 * The sentences that best answer a question, best first, with their BM25 score and coverage: the
 * `limit` highest scores (ties to the earlier sentence) among the sentences holding a term.
 * @example retrieve("What will Norway keep providing to Peru?", retrieval)[0]?.sentence.text
 */
export function retrieve(question: string, retrieval: Retrieval, limit = 3): Passage[] {
  const terms = [...new Set(contentTerms(question))];
  if (terms.length === 0 || limit <= 0) return [];
  // (each term's postings put heaviest first on its first use, as the tables keep them: readers take the first few)
  for (const t of terms) heaviestFirst(t, retrieval);
  const held = scoresOf(terms, retrieval);
  const top: Ranked[] = [];
  for (let n = 0; n < held.count; n++) {
    const i = held.ids[n]!;
    keepBest(top, { i, score: held.scores[i]!, rank: 0 }, limit);
  }
  return top.flatMap(({ i }) => {
    const passage = scored(i, terms, retrieval);
    if (!passage) return [];
    const { at: _, ...p } = passage;
    return [p];
  });
}

/** A term's postings as typed arrays: sentence positions and their weights (made on the term's first use, kept per retrieval). */
interface WeightedPostings {
  at: Int32Array;
  weight: Float64Array;
}

const WEIGHTED = new WeakMap<Retrieval, Map<string, WeightedPostings>>();

function weightedPostings(term: string, retrieval: Retrieval): WeightedPostings {
  let terms = WEIGHTED.get(retrieval);
  if (!terms) WEIGHTED.set(retrieval, (terms = new Map()));
  let known = terms.get(term);
  if (!known) {
    const list = postingsOf(term, retrieval);
    const found = retrieval.postingWeights?.get(term);
    known = { at: Int32Array.from(list), weight: found ? Float64Array.from(found) : Float64Array.from(list, (i) => weightsAt(retrieval, i)[term]!) };
    terms.set(term, known);
  }
  return known;
}

/** Scratch of {@link scoresOf}, reused from walk to walk (a walk is synchronous): a score and a mark per sentence, the sentences met. */
let scratch = { scores: new Float64Array(0), ids: new Int32Array(0) };

/**
 * Every sentence holding a term, and its score: the sum of its weights of the terms, added in the
 * terms' order (as a sentence's bag is summed, so the same number). The scores are valid for the
 * sentences listed (`ids`, `count` of them) until the next call.
 */
function scoresOf(terms: readonly string[], retrieval: Retrieval): { ids: Int32Array; count: number; scores: Float64Array; seen: { marks: Uint32Array; mark: number } } {
  const size = retrieval.sentences.length;
  if (scratch.scores.length < size) scratch = { scores: new Float64Array(size), ids: new Int32Array(size) };
  const { scores, ids } = scratch;
  const seen = seenMarks(size);
  let count = 0;
  for (const t of terms) {
    const { at, weight } = weightedPostings(t, retrieval);
    for (let j = 0; j < at.length; j++) {
      const i = at[j]!;
      if (seen.marks[i] !== seen.mark) {
        seen.marks[i] = seen.mark;
        scores[i] = 0;
        ids[count++] = i;
      }
      scores[i] = scores[i]! + weight[j]!;
    }
  }
  return { ids, count, scores, seen };
}

/** A sentence of a ranking, with its place in the articles' order ({@link bestInArticles}) to break ties by. */
interface Ranked {
  i: number;
  score: number;
  rank: number;
}

/** Higher score first, then the articles' order, then the index's. */
const rankedBetter = (a: Ranked, b: Ranked): number => b.score - a.score || a.rank - b.rank || a.i - b.i;

/** Keeps `entry` among the best `limit` (kept in order) when it belongs there. */
function keepBest(top: Ranked[], entry: Ranked, limit: number): void {
  const last = top[limit - 1];
  if (last && rankedBetter(entry, last) >= 0) return;
  let at = top.length;
  while (at > 0 && rankedBetter(entry, top[at - 1]!) < 0) at--;
  top.splice(at, 0, entry);
  if (top.length > limit) top.pop();
}

/** Each sentence's article as a number, and each article's number (made once per retrieval). */
const ARTICLE_OF = new WeakMap<Retrieval, { of: Int32Array; number: Map<string, number> }>();

function articleNumbers(retrieval: Retrieval): { of: Int32Array; number: Map<string, number> } {
  let known = ARTICLE_OF.get(retrieval);
  if (!known) {
    const number = new Map<string, number>();
    const of = Int32Array.from(retrieval.sentences, (s) => {
      let n = number.get(s.article);
      if (n === undefined) number.set(s.article, (n = number.size));
      return n;
    });
    ARTICLE_OF.set(retrieval, (known = { of, number }));
  }
  return known;
}

/**
 * The sentences of some articles that weigh most for a question's terms: what scoring every
 * sentence of the articles and sorting them by score would give (ties, then the sentences holding
 * no term, in the order of `articles`, each article's in the index's), `limit` at most, none of
 * `skip`. Only the terms' own sentences are scored, and no passage is made for one left out.
 * @example bestInArticles(retrieval, lookups.articleSentences, ["peru-visit"], ["trade"], new Set(), 60)[0]?.sentence.text
 */
export function bestInArticles(
  retrieval: Retrieval,
  articleSentences: ReadonlyMap<string, readonly Sentence[]>,
  articles: readonly string[],
  terms: readonly string[],
  skip: ReadonlySet<number>,
  limit: number,
): Passage[] {
  if (limit <= 0 || articles.length === 0) return [];
  const { of, number } = articleNumbers(retrieval);
  // each article's place in the list, by its number (-1: not listed)
  const rank = new Int32Array(number.size).fill(-1);
  articles.forEach((a, r) => {
    const n = number.get(a);
    if (n !== undefined && rank[n] === -1) rank[n] = r;
  });
  const held = scoresOf(terms, retrieval);
  const top: Ranked[] = [];
  for (let n = 0; n < held.count; n++) {
    const i = held.ids[n]!;
    const r = rank[of[i]!]!;
    if (r >= 0 && !skip.has(i)) keepBest(top, { i, score: held.scores[i]!, rank: r }, limit);
  }
  // fewer than the limit hold a term: the sentences holding none follow, in order
  for (let r = 0; r < articles.length && top.length < limit; r++) {
    for (const s of articleSentences.get(articles[r]!) ?? []) {
      if (top.length >= limit) break;
      if (!skip.has(s.id) && held.seen.marks[s.id] !== held.seen.mark) top.push({ i: s.id, score: 0, rank: r });
    }
  }
  return top.flatMap(({ i, score }) => {
    const sentence = retrieval.sentences[i];
    if (!sentence) return [];
    const bow = weightsAt(retrieval, i);
    const matched = terms.filter((t) => (bow[t] ?? 0) > 0);
    return [{ sentence, score, matched, coverage: terms.length ? matched.length / terms.length : 0 }];
  });
}

/** The sentences one walk has seen: a mark per sentence, kept between walks (a walk is synchronous), each walk with a new mark, so that none clears them. */
let marks = new Uint32Array(0);
let lastMark = 0;

function seenMarks(sentences: number): { marks: Uint32Array; mark: number } {
  if (marks.length < sentences || lastMark >= 0xffffffff) {
    marks = new Uint32Array(Math.max(sentences, marks.length));
    lastMark = 0;
  }
  return { marks, mark: ++lastMark };
}

/** One sentence's passage for the question's terms (the terms it holds, in the question's order). */
function scored(i: number, terms: string[], retrieval: Retrieval): (Passage & { at: number }) | undefined {
  const bow = weightsAt(retrieval, i);
  const sentence = retrieval.sentences[i];
  const matched = terms.filter((t) => (bow[t] ?? 0) > 0);
  if (!sentence || matched.length === 0) return undefined;
  const score = matched.reduce((sum, t) => sum + (bow[t] ?? 0), 0);
  return { sentence, score, matched, coverage: matched.length / terms.length, at: i };
}

