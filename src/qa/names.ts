/** @module Name matching as users type names: folded words, split the way the name index is keyed. */
import { fold } from "../nlp/fold";

/**
 * Splits text into folded word tokens (letters and digits; hyphens and apostrophes split words).
 * @example nameTokens("Pérez-Soto’s visit") // ["perez", "soto", "s", "visit"]
 */
export function nameTokens(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
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
