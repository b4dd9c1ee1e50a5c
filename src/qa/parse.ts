/** @module One wink-nlp reading of a text, shared by the classifier, the linker and retrieval (a question is read once, not three times). */
import { its, nlp } from "../nlp/wink";

/** The token columns of a text as wink-nlp reads them. */
export interface Parsed {
  values: string[];
  lemmas: string[];
  tags: string[];
  types: string[];
  stops: boolean[];
}

/** The last texts read; a question is read by several steps of one answer. */
const RECENT = new Map<string, Parsed>();
const RECENT_SIZE = 8;

/**
 * Single words read alone (a country, a name, "established"): the steps of an answer read the words
 * they check one at a time, and the same words recur from question to question, so they are kept
 * (a bounded table, emptied when full) where the last texts would push them out.
 */
const WORDS = new Map<string, Parsed>();
const WORDS_LIMIT = 2_000;

/**
 * Reads a text with wink-nlp: values, lemmas, parts of speech, token types, stop-word flags.
 * @example parseText("Who met?").tags // ["PRON", "VERB", "PUNCT"]
 */
export function parseText(text: string): Parsed {
  const word = !/\s/.test(text);
  const known = word ? WORDS.get(text) : RECENT.get(text);
  if (known) return known;
  const tokens = nlp.readDoc(text).tokens();
  const values = tokens.out(its.value);
  const parsed: Parsed = {
    values,
    // wink-nlp's typings reject its.lemma and its.stopWordFlag in out()
    lemmas: tokens.out(its.lemma as typeof its.value),
    tags: nameWordsAsNames(values, tokens.out(its.pos)),
    types: tokens.out(its.type),
    stops: tokens.out(its.stopWordFlag as unknown as typeof its.value) as unknown as boolean[],
  };
  if (word) {
    if (WORDS.size >= WORDS_LIMIT) WORDS.clear();
    WORDS.set(text, parsed);
  } else {
    if (RECENT.size >= RECENT_SIZE) RECENT.delete(RECENT.keys().next().value ?? "");
    RECENT.set(text, parsed);
  }
  return parsed;
}

/**
 * The lite model tags a capitalised name word that is also an English verb as a verb when it opens
 * the subject (family names that are English verbs: "Did Rush Varan meet …", "Has Wing Telu spoken …"): such a word is
 * a name when the next word is a capitalised name or, right after an opening auxiliary, a verb. In a
 * question written all in capitals or in title case every word is capitalised, so nothing changes there.
 * @example nameWordsAsNames(["Did", "Rush", "Varan", "meet"], ["AUX", "VERB", "PROPN", "VERB"]) // ["AUX", "PROPN", "PROPN", "VERB"]
 */
export function nameWordsAsNames(values: string[], tags: string[]): string[] {
  if (!values.some((v) => /^\p{Ll}{3,}/u.test(v))) return tags;
  const capitalised = (i: number) => /^\p{Lu}\p{Ll}/u.test(values[i] ?? "");
  return tags.map((tag, i) =>
    tag === "VERB" && i > 0 && capitalised(i) && ((tags[i + 1] === "PROPN" && capitalised(i + 1)) || (i === 1 && tags[0] === "AUX" && tags[i + 1] === "VERB")) ? "PROPN" : tag,
  );
}
