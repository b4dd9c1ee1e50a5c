/**
 * @module What the dev tools share with the corpus scorer (../shared/corpus/score-extract.mjs): its
 * folding and matching of names, and its verbose report read line by line beside each article's key.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Words the scorer drops from names before it compares them. */
const STOP = new Set(["of", "the", "and", "to", "for", "h", "e", "hh", "dr", "mr", "mrs", "ms", "al", "el", "bin", "ibn", "de", "da", "la", "van", "von", "sheikh", "his", "her", "majesty", "highness", "excellency"]);

/**
 * The scorer's fold: no accents, lower case, letters and digits only, single spaces.
 * @example plain("José-Ángel") // "jose angel"
 */
export const plain = (s: string | null | undefined): string =>
  String(s ?? "").normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9 ]+/g, " ").replace(/\s+/g, " ").trim();

/**
 * The words of a name the scorer compares.
 * @example tokens("H.E. Dr. Varan al-Telu") // ["varan", "telu"]
 */
export const tokens = (s: string): string[] => plain(s).split(" ").filter((t) => t.length > 1 && !STOP.has(t));

/** The scorer's groups of one country's names (see score-extract.mjs). */
const COUNTRY_ALIASES = [
  ["united states", "us", "usa", "america", "united states of america"],
  ["united kingdom", "uk", "britain", "great britain"],
  ["turkey", "turkiye"],
  ["south korea", "republic of korea", "korea"],
  ["north korea", "dprk", "democratic people s republic of korea"],
  ["russia", "russian federation"],
  ["china", "people s republic of china", "prc"],
  ["uae", "united arab emirates"],
  ["czech republic", "czechia"],
  ["ivory coast", "cote d ivoire"],
  ["myanmar", "burma"],
  ["vatican", "holy see"],
];
/**
 * The scorer's key of a country: its fold without "the" or "Republic of", one name for each group of aliases.
 * @example countryKey("the United States of America") // "united states"
 */
export const countryKey = (c: string): string => {
  const f = plain(c).replace(/^the /, "").replace(/^republic of /, "");
  return COUNTRY_ALIASES.find((g) => g.includes(f))?.[0] ?? f;
};
/**
 * The scorer's two names of one person: a shared last word, all of the shorter's words in the longer, or two shared.
 * @example sameName("Varan Telu", "Mr Telu") // true
 */
export function sameName(a: string, b: string): boolean {
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.length || !tb.length) return false;
  if (ta.at(-1) === tb.at(-1)) return true;
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  if (short.every((t) => long.includes(t))) return true;
  const shared = short.filter((t) => long.includes(t)).length;
  return shared >= 2 || (shared >= 1 && short.length === 1);
}

/**
 * The scorer's greedy pairing of key meetings with read ones: each key meeting in turn takes the
 * unused read meeting that shares most of its participants, when it shares two (or all, if fewer).
 * Returns read meeting's position → key meeting's position.
 * @example pairMeetings(keys, read, (k) => k.length, (k, r) => k.filter((p) => r.includes(p)).length) // Map { 0 => 1, … }
 */
export function pairMeetings<Key, Read>(keys: readonly Key[], read: readonly Read[], size: (key: Key) => number, shared: (key: Key, read: Read) => number): Map<number, number> {
  const pairs = new Map<number, number>();
  keys.forEach((key, k) => {
    let best = -1;
    let bestScore = 0;
    read.forEach((r, i) => {
      if (pairs.has(i)) return;
      const score = shared(key, r);
      if (score > bestScore) [best, bestScore] = [i, score];
    });
    if (best >= 0 && bestScore >= Math.min(2, size(key))) pairs.set(best, k);
  });
  return pairs;
}

/**
 * The scorer's verbose report line by line, each with its article's id and key (`corpus/gold/<id>.json`);
 * the lines of an article whose key is elsewhere (the seeds' keys in the corpus) are skipped.
 * @example for (const { article, gold, line } of reportLines<Gold>(report, "../shared/corpus")) …
 */
export function* reportLines<Gold>(report: string, corpus: string): Generator<{ article: string; gold: Gold; line: string }> {
  let article = "";
  let gold: Gold | undefined;
  for (const line of report.split("\n")) {
    const head = /^(\S+): meetings/.exec(line);
    if (head) {
      article = head[1]!;
      try {
        gold = JSON.parse(readFileSync(join(corpus, "gold", `${article}.json`), "utf8")) as Gold;
      } catch {
        gold = undefined;
      }
    } else if (gold) yield { article, gold, line };
  }
}
