/**
 * @module Content terms (what BM25 weighs and questions are matched by): stems of the folded lemmas
 * of a text's words that are not stop words. One rule for both sides: the extractor takes a
 * sentence's terms from the reading it already made (segment), the QA core reads a question's.
 */
import { fold } from "./fold";
import { wordTable } from "./word-table";

/** Words that never carry the subject of a question. */
const QUESTION_WORDS = new Set(["what", "who", "whom", "whose", "when", "where", "which", "why", "how", "do", "be", "have", "will", "can", "tell", "say", "know", "article", "please"]);

/** Spelling and word-family variants of general English that lemmas do not merge. */
const VARIANTS = wordTable<string>({ tour: "visit", trip: "visit", favor: "favour", abstain: "abstention", abstained: "abstention", oppose: "against", opposed: "against", organization: "organisation" });

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

/** The token columns of a wink-nlp reading that content terms are made from. */
export interface TermColumns {
  lemmas: readonly string[];
  stops: readonly boolean[];
  types: readonly string[];
}

/**
 * The content terms of tokens read by wink-nlp: words and numbers, no stop words, no question words.
 * @example termsOfTokens({ lemmas: ["Norway", "keep", "provide"], stops: [false, false, false], types: ["word", "word", "word"] }) // ["norway", "keep", "provid"]
 */
export function termsOfTokens({ lemmas, stops, types }: TermColumns): string[] {
  const terms: string[] = [];
  lemmas.forEach((lemma, i) => {
    const term = fold(lemma);
    if (stops[i] || (types[i] !== "word" && types[i] !== "number") || QUESTION_WORDS.has(term) || term.length < 2) return;
    terms.push(stem(VARIANTS[term] ?? term));
  });
  return terms;
}
