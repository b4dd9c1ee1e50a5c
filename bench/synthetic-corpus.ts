/**
 * @module A synthetic corpus for the scaling part: the seeds repeated n times, each copy with its
 * people's names, its countries (with their demonyms and capitals) and its dates varied systematically,
 * so that every copy is a distinct set of articles about distinct people. Copy 0 is the seeds as they are.
 */
import type { ArticleFile } from "../src/extract/index";
import type { FactIndex } from "../src/facts/types";

/** General knowledge: countries rotated among themselves, as name, demonym, capital. */
const COUNTRY_POOL: readonly (readonly [string, string, string])[] = [
  ["Cuba", "Cuban", "Havana"],
  ["Kazakhstan", "Kazakh", "Astana"],
  ["China", "Chinese", "Beijing"],
  ["Azerbaijan", "Azerbaijani", "Baku"],
  ["Syria", "Syrian", "Damascus"],
  ["Vietnam", "Vietnamese", "Hanoi"],
  ["Peru", "Peruvian", "Lima"],
  ["Kenya", "Kenyan", "Nairobi"],
  ["Norway", "Norwegian", "Oslo"],
  ["Chile", "Chilean", "Santiago"],
  ["Ghana", "Ghanaian", "Accra"],
  ["Mongolia", "Mongolian", "Ulaanbaatar"],
  ["Uzbekistan", "Uzbek", "Tashkent"],
  ["Indonesia", "Indonesian", "Jakarta"],
  ["Egypt", "Egyptian", "Cairo"],
  ["Serbia", "Serbian", "Belgrade"],
  ["Nepal", "Nepalese", "Kathmandu"],
  ["Angola", "Angolan", "Luanda"],
  ["Finland", "Finnish", "Helsinki"],
  ["Tunisia", "Tunisian", "Tunis"],
];

const MONTHS =
  "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

const SYLLABLES = ["ra", "lo", "vi", "ne", "ta", "mu", "ke", "so", "di", "pa"];

/** A pronounceable suffix unique to copy k ≥ 1: "ra", "lo", …, "lora", … */
function suffix(k: number): string {
  let out = "";
  for (let n = k; n > 0; n = Math.floor(n / SYLLABLES.length)) out = SYLLABLES[n % SYLLABLES.length] + out;
  return out;
}

/** Escapes a string for a RegExp. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The name words to vary: every word of every spelling of every person of the seeds' index, bar words
 * the articles also use in lower case ("minister") and one-letter initials.
 * @example nameWords(index, seeds) // ["Muxtar", "Tleuberdi", "Emilio", "Pevida", …]
 */
export function nameWords(index: FactIndex, seeds: readonly ArticleFile[]): string[] {
  const lower = new Set(seeds.flatMap((s) => s.text.match(/\b[a-z][\p{L}]+\b/gu) ?? []));
  const pool = new Set(COUNTRY_POOL.flat());
  const words = new Set<string>();
  for (const person of index.people)
    for (const name of person.names)
      for (const word of name.split(/[\s-]+/))
        if (/^\p{Lu}[\p{L}’']+$/u.test(word) && !lower.has(word.toLowerCase()) && !pool.has(word)) words.add(word);
  return [...words].sort((a, b) => b.length - a.length);
}

/**
 * Copy k of one article: names suffixed, countries rotated by k, years moved back by k % 40, days of
 * the month moved on by k % 28.
 * @example varyArticle(text, 3, ["Pevida"]) // "… Emiliota Pevidata …"
 */
export function varyArticle(text: string, k: number, names: readonly string[]): string {
  if (k === 0) return text;
  let out = text;
  if (names.length > 0) {
    const end = suffix(k);
    out = out.replace(new RegExp(`(?<![\\p{L}])(${names.map(escape).join("|")})(?![\\p{L}])`, "gu"), (w) => w + end);
  }
  const rotated = new Map<string, string>();
  COUNTRY_POOL.forEach((entry, i) => {
    const to = COUNTRY_POOL[(i + k) % COUNTRY_POOL.length]!;
    entry.forEach((word, j) => rotated.set(word, to[j]!));
  });
  const countries = [...rotated.keys()].sort((a, b) => b.length - a.length).map(escape).join("|");
  out = out.replace(new RegExp(`\\b(${countries})\\b`, "g"), (w) => rotated.get(w) ?? w);
  const day = (d: string): string => String(((Number(d) - 1 + k) % 28) + 1);
  const year = (y: string): string => String(Number(y) - (k % 40));
  out = out.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (_, y: string, m: string, d: string) => `${year(y)}-${m}-${day(d).padStart(2, "0")}`);
  out = out.replace(/\b(19\d\d|20\d\d)\b/g, year);
  out = out.replace(new RegExp(`\\b(${MONTHS})(\\.?\\s+)(\\d{1,2})\\b`, "g"), (_, m: string, s: string, d: string) => m + s + day(d));
  out = out.replace(new RegExp(`\\b(\\d{1,2})(\\s+)(${MONTHS})\\b`, "g"), (_, d: string, s: string, m: string) => day(d) + s + m);
  return out;
}

/**
 * The seeds × n: copy 0 as it is, copies 1…n−1 varied, each file named apart ("seeds/x07_000_….txt").
 * @example const files = syntheticCorpus(seeds, 10, nameWords(index, seeds)); // 50 articles
 */
export function syntheticCorpus(seeds: readonly ArticleFile[], n: number, names: readonly string[]): ArticleFile[] {
  const files: ArticleFile[] = [];
  for (let k = 0; k < n; k++)
    for (const seed of seeds)
      files.push({
        file: k === 0 ? seed.file : seed.file.replace(/([^/]+)$/, `x${String(k).padStart(3, "0")}_$1`),
        text: varyArticle(seed.text, k, names),
      });
  return files;
}
