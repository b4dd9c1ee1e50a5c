/** @module The retrieval fallback: BM25 (wink-nlp's vectorizer) over the index's sentences, for questions no structured fact answers; learnt at build time (saved in the knowledge tables). */
import bm25Vectorizer from "wink-nlp/utilities/bm25-vectorizer";
import type { Fact, FactIndex, Meeting, Sentence } from "../facts/types";
import { fold } from "../nlp/fold";
import { its } from "../nlp/wink";
import { parseText } from "./parse";

/** The BM25 weights of every sentence, learnt once. */
export interface Retrieval {
  sentences: Sentence[];
  /** Per sentence: term → BM25 weight. */
  weights: Record<string, number>[];
  /** Term → positions of the sentences where it weighs more than nothing (see heaviestFirst). */
  postings: Map<string, number[]>;
  /** The terms whose postings are sorted heaviest first already (sorted on first use). */
  sorted: Set<string>;
}

/** A sentence that answers a question, with the question's terms it holds. */
export interface Passage {
  sentence: Sentence;
  score: number;
  matched: string[];
  /** Share of the question's terms the sentence holds. */
  coverage: number;
}

/** Words that never carry the subject of a question. */
const QUESTION_WORDS = new Set(["what", "who", "whom", "whose", "when", "where", "which", "why", "how", "do", "be", "have", "will", "can", "tell", "say", "know", "article", "please"]);

/** Spelling and word-family variants of general English that lemmas do not merge. */
const VARIANTS: Record<string, string> = { tour: "visit", trip: "visit", favor: "favour", abstain: "abstention", abstained: "abstention", oppose: "against", opposed: "against", organization: "organisation" };

/** Suffixes stripped after lemmatising, so "arrival" meets "arrive" and "discussion" meets "discuss". */
const SUFFIXES = ["ations", "ation", "ments", "ment", "ness", "ions", "ion", "ing", "ed", "al", "es", "s", "e"];

/**
 * A light stem of a lemma: one common suffix off, at least three letters kept.
 * @example stem("arrival") === stem("arrive") // true
 */
export function stem(lemma: string): string {
  for (const suffix of SUFFIXES) if (lemma.endsWith(suffix) && lemma.length - suffix.length >= 3) return lemma.slice(0, -suffix.length);
  return lemma;
}

/**
 * Content terms of a text: stems of the folded lemmas of words that are not stop words.
 * @example contentTerms("What will Norway keep providing to Peru?") // ["norway", "provid", "peru"]
 */
export function contentTerms(text: string): string[] {
  const { lemmas, stops: stop, types } = parseText(text);
  return lemmas.flatMap((lemma, i) => {
    const term = fold(lemma);
    if (stop[i] || (types[i] !== "word" && types[i] !== "number") || QUESTION_WORDS.has(term) || term.length < 2) return [];
    return [stem(VARIANTS[term] ?? term)];
  });
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

function learnBm25(sentences: Sentence[]) {
  const vectorizer = bm25Vectorizer();
  for (const s of sentences) vectorizer.learn(contentTerms(s.text));
  return vectorizer;
}

/**
 * Learns the BM25 weights of every sentence (embedded posts included, marked `quote`): at build
 * time, where the knowledge tables save them, or in tests. A slice of a stored index passes the
 * weights learnt over the whole index.
 * @example const retrieval = buildRetrieval(index);
 */
export function buildRetrieval(index: FactIndex, saved?: Record<string, number>[]): Retrieval {
  const sentences = index.sentences;
  if (sentences.length === 0) return { sentences, weights: [], postings: new Map(), sorted: new Set() };
  const weights = saved ?? (learnBm25(sentences).out(its.docBOWArray as never) as Record<string, number>[]);
  return { sentences, weights, postings: postingsOf(weights), sorted: new Set() };
}

function postingsOf(weights: Record<string, number>[]): Map<string, number[]> {
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
  const list = retrieval.postings.get(term) ?? [];
  if (!retrieval.sorted.has(term)) {
    list.sort((a, b) => retrieval.weights[b]![term]! - retrieval.weights[a]![term]! || a - b);
    retrieval.sorted.add(term);
  }
  return list;
}

/**
 * The sentences that best answer a question, best first, with their BM25 score and coverage.
 * @example retrieve("What will Norway keep providing to Peru?", retrieval)[0]?.sentence.text
 */
export function retrieve(question: string, retrieval: Retrieval, limit = 3): Passage[] {
  const terms = [...new Set(contentTerms(question))];
  if (terms.length === 0 || limit <= 0) return [];
  const lists = terms.map((t) => heaviestFirst(t, retrieval));
  const weightAt = (k: number, at: number | undefined): number => retrieval.weights[at ?? -1]?.[terms[k]!] ?? 0;
  const seen = seenMarks(retrieval.sentences.length);
  // the threshold algorithm: walk every term's sentences heaviest first; stop once the best few
  // outrank anything not yet seen, whose score is at most the sum of the weights at the frontier
  // (summed in the same order, so never more) and which, to tie with that sum, must hold every
  // term at its frontier's weight, so comes after every frontier sentence in the index (each list
  // orders equal weights by position): the best few win a tie when the last of them comes first.
  // A term whose heaviest weights, with those of the terms lighter still, sum below the last of
  // the best few is walked no further: a sentence holding only such terms cannot enter, and any
  // other is met on the other terms' walk (the bound keeps its frontier where it stopped).
  const better = (a: { score: number; at: number }, b: { score: number; at: number }) => b.score - a.score || a.at - b.at;
  // the best few so far, best first (the order is total: ties go to the earlier sentence)
  const top: (Passage & { at: number })[] = [];
  const heaviest = lists.map((list, k) => weightAt(k, list[0]));
  const lightestFirst = terms.map((_, k) => k).sort((a, b) => heaviest[a]! - heaviest[b]! || a - b);
  const stopped = terms.map(() => false);
  const position = terms.map(() => 0);
  // the weight at each term's frontier, read when the frontier moves
  const frontier = [...heaviest];
  let lightFor = Number.NaN;
  for (;;) {
    let more = false;
    for (let k = 0; k < lists.length; k++) {
      if (stopped[k]) continue;
      const i = lists[k]![position[k]!];
      if (i === undefined) continue;
      position[k]!++;
      frontier[k] = weightAt(k, lists[k]![position[k]!]);
      more = true;
      if (seen.marks[i] === seen.mark) continue;
      seen.marks[i] = seen.mark;
      // the score first, summed as scored() sums it; the passage is made only for a sentence that enters
      const bow = retrieval.weights[i] ?? {};
      let score = 0;
      let held = 0;
      for (const t of terms) {
        const w = bow[t] ?? 0;
        if (w > 0) {
          score += w;
          held++;
        }
      }
      if (held === 0) continue;
      const last = top[limit - 1];
      if (last && (score < last.score || (score === last.score && i > last.at))) continue;
      const passage = scored(i, terms, retrieval);
      if (!passage) continue;
      top.push(passage);
      top.sort(better).splice(limit);
    }
    if (!more) break;
    let next = 0;
    let lastAt = -1;
    for (let k = 0; k < lists.length; k++) {
      const at = lists[k]![position[k]!];
      const weight = frontier[k]!;
      next += weight;
      if (at !== undefined && weight > 0) lastAt = Math.max(lastAt, at);
    }
    const last = top[limit - 1];
    if (!last) continue;
    if (last.score > next * (1 + 1e-9) + 1e-12 || (last.score === next && last.at < lastAt)) break;
    // (the terms to stop depend only on the last of the best few: found again only when it changes)
    if (last.score === lightFor) continue;
    lightFor = last.score;
    // the lightest terms whose heaviest weights (summed in the question's order, as a score is) stay below the last of the best few
    const light = new Set<number>();
    for (const k of lightestFirst) {
      light.add(k);
      if (!(terms.reduce((sum, _, j) => sum + (light.has(j) ? heaviest[j]! : 0), 0) < last.score)) {
        light.delete(k);
        break;
      }
    }
    for (const k of light) stopped[k] = true;
  }
  return top.map(({ at: _, ...p }) => p);
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
  const bow = retrieval.weights[i] ?? {};
  const sentence = retrieval.sentences[i];
  const matched = terms.filter((t) => (bow[t] ?? 0) > 0);
  if (!sentence || matched.length === 0) return undefined;
  const score = matched.reduce((sum, t) => sum + (bow[t] ?? 0), 0);
  return { sentence, score, matched, coverage: matched.length / terms.length, at: i };
}
