/** @module Name matching as users type names: folded, transliterated, with one typo. */
import { fold } from "../nlp/fold";

/**
 * Splits text into folded word tokens (letters and digits; hyphens and apostrophes split words).
 * @example nameTokens("Díaz-Canel’s visit") // ["diaz", "canel", "s", "visit"]
 */
export function nameTokens(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Spelling variants between transliterations, applied in order. */
const TRANSLITERATIONS: [RegExp, string][] = [
  [/kh/g, "k"],
  [/x/g, "k"],
  [/q/g, "k"],
  [/c(?=[aou]|$)/g, "k"],
  [/ph/g, "f"],
  [/w/g, "v"],
  [/y/g, "i"],
  [/j/g, "i"],
  [/z/g, "s"],
  [/(.)\1+/g, "$1"],
];

/**
 * A transliteration skeleton: consonants after the first letter, with variant spellings merged.
 * @example skeleton("Tleuberdi") === skeleton("Tilberdi") // true
 */
export function skeleton(word: string): string {
  let s = fold(word);
  for (const [from, to] of TRANSLITERATIONS) s = s.replace(from, to);
  return (s[0] ?? "") + s.slice(1).replace(/[aeiou]/g, "");
}

/**
 * Damerau–Levenshtein distance (optimal string alignment), capped: returns `cap + 1` once past it.
 * @example editDistance("pevida", "pevda") // 1
 */
export function editDistance(a: string, b: string, cap = 2): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows[i] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]![j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * Whether a word the user typed may be a name word of the index: the same word, one typo away
 * (two for long words), or the same transliteration skeleton.
 * @example similarWord("mikdad", "miqdad") // true
 */
export function similarWord(typed: string, known: string): boolean {
  if (typed === known) return true;
  if (typed.length < 4 || known.length < 4) return false;
  if (editDistance(typed, known, 2) <= (Math.min(typed.length, known.length) >= 8 ? 2 : 1)) return true;
  const a = skeleton(typed);
  return a.length >= 3 && a === skeleton(known) && typed[0] === known[0];
}
