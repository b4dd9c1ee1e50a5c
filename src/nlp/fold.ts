/** @module Text folding for matching: case, accents, dashes and apostrophes do not count. */

/**
 * Folds text for comparison: lower case, no accents, one kind of dash and apostrophe, single spaces.
 * @example fold("López–Obrador’s") // "lopez-obrador's"
 */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}
