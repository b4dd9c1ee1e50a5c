/** @module Name matching as users type names: folded words, split the way the name index is keyed. */
import { countryOf } from "../nlp/countries";
import { fold } from "../nlp/fold";
import { officeWordKind } from "../nlp/offices";

/**
 * Splits text into folded word tokens (letters and digits; hyphens and apostrophes split words).
 * @example nameTokens("Pérez-Soto’s visit") // ["perez", "soto", "s", "visit"]
 */
export function nameTokens(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Texts of the index (offices, organisations) → their name tokens, kept per isolate; emptied when full. */
const INDEX_TOKENS = new Map<string, readonly string[]>();

/**
 * {@link nameTokens} of a text of the index, which questions read again and again (an office's title
 * and organisation, held by thousands of people in a large corpus): split once per isolate. The list
 * is shared: not to be changed.
 * @example indexTokens("Chairman National People's Congress") // ["chairman", "national", "people", "s", "congress"]
 */
export function indexTokens(text: string): readonly string[] {
  let tokens = INDEX_TOKENS.get(text);
  if (!tokens) {
    if (INDEX_TOKENS.size >= 20_000) INDEX_TOKENS.clear();
    INDEX_TOKENS.set(text, (tokens = nameTokens(text)));
  }
  return tokens;
}

/**
 * The set of nameTokens of many texts. Each distinct whitespace-separated chunk is folded once
 * (folding and splitting never reach across whitespace, so the set is the same as splitting each
 * text whole): a corpus repeats its words, so this reads far less than the texts' length.
 * @example wordSet(["Pérez-Soto met", "Soto met Ruiz"]) // Set { "perez", "soto", "met", "ruiz" }
 */
export function wordSet(texts: Iterable<string>): Set<string> {
  const chunks = new Set<string>();
  for (const text of texts) for (const chunk of text.split(/\s+/)) chunks.add(chunk);
  const out = new Set<string>();
  for (const chunk of chunks) for (const word of nameTokens(chunk)) out.add(word);
  return out;
}

/** Words that join the words of a title without naming anyone ("Ambassador of X to Y"). */
const TITLE_GLUE = new Set(["the", "to", "in", "at"]);

/**
 * Whether a "name" is only an office title, with its countries ("Prime Minister", "Ambassador of
 * Peru to Chile"): it names no one, so no question word links to it and no suggestion offers it.
 * @example isTitleOnly("Prime Minister") // true
 * @example isTitleOnly("Ana Ortega") // false
 */
export function isTitleOnly(name: string): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  return words.some((w) => officeWordKind(w) === "head") && words.every((w) => officeWordKind(w) !== undefined || TITLE_GLUE.has(fold(w)) || countryOf(w) !== undefined);
}
