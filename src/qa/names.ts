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
