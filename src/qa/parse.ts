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
 * Reads a text with wink-nlp: values, lemmas, parts of speech, token types, stop-word flags.
 * @example parseText("Who met?").tags // ["PRON", "VERB", "PUNCT"]
 */
export function parseText(text: string): Parsed {
  const known = RECENT.get(text);
  if (known) return known;
  const tokens = nlp.readDoc(text).tokens();
  const parsed: Parsed = {
    values: tokens.out(its.value),
    // wink-nlp's typings reject its.lemma and its.stopWordFlag in out()
    lemmas: tokens.out(its.lemma as typeof its.value),
    tags: tokens.out(its.pos),
    types: tokens.out(its.type),
    stops: tokens.out(its.stopWordFlag as unknown as typeof its.value) as unknown as boolean[],
  };
  if (RECENT.size >= RECENT_SIZE) RECENT.delete(RECENT.keys().next().value ?? "");
  RECENT.set(text, parsed);
  return parsed;
}
