/** @module The retrieval fallback: BM25 (wink-nlp's vectorizer) over the index's sentences, for questions no structured fact answers. */
import bm25Vectorizer from "wink-nlp/utilities/bm25-vectorizer";
import type { FactIndex, Sentence } from "../facts/types";
import { fold } from "../nlp/fold";
import { its } from "../nlp/wink";
import { parseText } from "./parse";

/** The BM25 weights of every sentence, learnt once. */
export interface Retrieval {
  sentences: Sentence[];
  /** Per sentence: term → BM25 weight. */
  weights: Record<string, number>[];
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
 * Learns BM25 weights over the sentences of the index, embedded posts included (marked `quote`).
 * @example const retrieval = buildRetrieval(index);
 */
export function buildRetrieval(index: FactIndex): Retrieval {
  const sentences = index.sentences;
  const vectorizer = bm25Vectorizer();
  for (const s of sentences) vectorizer.learn(contentTerms(s.text));
  const weights = sentences.length ? (vectorizer.out(its.docBOWArray as never) as Record<string, number>[]) : [];
  return { sentences, weights };
}

/**
 * The sentences that best answer a question, best first, with their BM25 score and coverage.
 * @example retrieve("What will Norway keep providing to Peru?", retrieval)[0]?.sentence.text
 */
export function retrieve(question: string, retrieval: Retrieval, limit = 3): Passage[] {
  const terms = [...new Set(contentTerms(question))];
  if (terms.length === 0) return [];
  const passages: Passage[] = [];
  retrieval.weights.forEach((bow, i) => {
    const matched = terms.filter((t) => (bow[t] ?? 0) > 0);
    if (matched.length === 0) return;
    const sentence = retrieval.sentences[i];
    if (!sentence) return;
    const score = matched.reduce((sum, t) => sum + (bow[t] ?? 0), 0);
    passages.push({ sentence, score, matched, coverage: matched.length / terms.length });
  });
  return passages.sort((a, b) => b.score - a.score).slice(0, limit);
}
