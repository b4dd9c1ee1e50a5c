/** @module Text folding for matching: case, accents, dashes and apostrophes do not count. */

/**
 * Folds text for comparison: lower case, no accents, one kind of dash and apostrophe, single spaces.
 * @example fold("López–Obrador’s") // "lopez-obrador's"
 * @example fold("Radosław") // "radoslaw"
 */
export function fold(text: string): string {
  // printable ASCII with single spaces between words (most words, most sentences) has no accent, dash,
  // quote or space to fold: lower case is its fold
  if (plainAscii(text)) return text.toLowerCase();
  const known = cache.get(text);
  if (known !== undefined) return known;
  const folded = foldUncached(text);
  if (text.length <= 64) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, folded);
  }
  return folded;
}

/**
 * Text written so that a regular expression matches it as is ("C5+1", "(Orvane)").
 * @example escapeRegExp("C5+1") // "C5\\+1"
 */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Letters that carry no separate accent to strip (same length, so positions still match): "Radosław" → "radoslaw". */
const PLAIN: Readonly<Record<string, string>> = { ł: "l", Ł: "L", đ: "d", Đ: "D", ð: "d", Ð: "D", ø: "o", Ø: "O", ı: "i", ħ: "h", ŧ: "t" };

/**
 * Whether every character is printable ASCII and every space stands alone between two other
 * characters: text that folding only lower-cases (a loop: fold runs on every word the build reads and
 * on sentences, and a regular expression's call costs more than the test).
 */
function plainAscii(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (i === 0 || i === last || text.charCodeAt(i + 1) === 0x20) return false;
    } else if (c < 0x21 || c > 0x7e) return false;
  }
  return true;
}

/** Short texts fold again and again (names, words); a bounded cache keeps that cheap. */
const CACHE_LIMIT = 20_000;
const cache = new Map<string, string>();

function foldUncached(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[łŁđĐðÐøØıħŧ]/g, (c) => PLAIN[c] ?? c)
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\u2018\u2019\u02bb\u02bc]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}
