/**
 * @module A synthetic corpus for the scaling part: the seeds repeated n times, each copy with its
 * people's names, its countries (with their demonyms and capitals) and its dates varied systematically,
 * so that every copy is a distinct set of articles about distinct people. Copy 0 is the seeds as they are.
 * As in a newsroom's archive, a few people recur (see {@link recurringPeople}): the home country's
 * head of state, deputy and foreign minister keep their names and their country in every other copy,
 * so that each of them is one person of a tenth of the articles or more, meeting varied counterparts.
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

/** The people who recur in a share of the copies: their country (kept in those copies) and their name words (not varied there). */
export interface Recurring {
  home: string;
  words: readonly string[];
}

/** Offices whose holders recur in a newsroom's archive: heads of state and government, their deputies, foreign ministers. */
const RECURRING_OFFICE = /^(vice[\s-]+)?(president|prime minister|premier)\b|^(foreign minister|minister of foreign affairs)\b/i;

/**
 * The home country (the one the most seed articles name, as a newsroom's own) and the name words of
 * its people who hold a recurring office (see RECURRING_OFFICE): what stays the same in the copies
 * where they recur.
 * @example recurringPeople(index) // { home: "Cuba", words: ["Miguel", "Díaz", "Canel", …] }
 */
export function recurringPeople(index: FactIndex): Recurring | undefined {
  const named = new Map<string, Set<string>>();
  for (const s of index.sentences) for (const c of s.countries) named.set(c, (named.get(c) ?? new Set()).add(s.article));
  const home = [...named].sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))[0]?.[0];
  if (!home || !COUNTRY_POOL.some(([name]) => name === home)) return undefined;
  const words = new Set<string>();
  for (const p of index.people)
    if (p.country === home && p.offices.some((o) => RECURRING_OFFICE.test(o.title)))
      for (const name of p.names) for (const word of name.split(/[\s-]+/)) if (/^\p{Lu}/u.test(word)) words.add(word);
  return words.size ? { home, words: [...words] } : undefined;
}

/** Whether the recurring people recur in copy k: every other copy from the first (copy 0, the seeds, has them anyway). */
export const recursIn = (k: number): boolean => k % 2 === 1;

/**
 * Copy k of one article: names suffixed, countries rotated by k, years moved back by k % 40, days of
 * the month moved on by k % 28. With `recurring` (a copy where they recur), its name words keep their
 * names and its home country stays, the other countries rotated among themselves.
 * @example varyArticle(text, 3, ["Pevida"]) // "… Emiliota Pevidata …"
 */
export function varyArticle(text: string, k: number, names: readonly string[], recurring?: Recurring): string {
  if (k === 0) return text;
  let out = text;
  const kept = new Set(recurring?.words ?? []);
  const varied = names.filter((w) => !kept.has(w));
  if (varied.length > 0) {
    const end = suffix(k);
    out = out.replace(new RegExp(`(?<![\\p{L}])(${varied.map(escape).join("|")})(?![\\p{L}])`, "gu"), (w) => w + end);
  }
  const rotated = new Map<string, string>();
  const pool = COUNTRY_POOL.filter(([name]) => name !== recurring?.home);
  pool.forEach((entry, i) => {
    const to = pool[(i + k) % pool.length]!;
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
 * The seeds × n: copy 0 as it is, copies 1…n−1 varied, each file named apart ("seeds/x07_000_….txt");
 * with `recurring`, its people keep their names and country in every other copy (see recursIn).
 * @example const files = syntheticCorpus(seeds, 10, nameWords(index, seeds), recurringPeople(index)); // 50 articles
 */
export function syntheticCorpus(seeds: readonly ArticleFile[], n: number, names: readonly string[], recurring?: Recurring): ArticleFile[] {
  const files: ArticleFile[] = [];
  for (let k = 0; k < n; k++)
    for (const seed of seeds)
      files.push({
        file: k === 0 ? seed.file : seed.file.replace(/([^/]+)$/, `x${String(k).padStart(3, "0")}_$1`),
        text: varyArticle(seed.text, k, names, recursIn(k) ? recurring : undefined),
      });
  return files;
}
