/**
 * @module Blocking keys for names: two name words that {@link similarWords} may call the same share at
 * least one key (the word itself, the word with one letter dropped, its sound key), so comparing a
 * name with the few names that share a key finds every similar name without comparing with all.
 */
import { fold } from "./fold";
import { wordKey } from "./names";

const letters = (word: string): string => fold(word).replace(/[^a-z]/g, "");

/**
 * The blocking keys of one name word: the folded word, for words of five letters or more each
 * one-letter deletion (any two words one edit apart share one), and for four letters or more the
 * first letter with the sound key. Initials ("S.") have none.
 * @example wordBlockKeys("Peta").includes("d:sergi") // true (also a key of "Mordu" and "Sergi")
 */
export function wordBlockKeys(word: string): string[] {
  let keys = KEYS.get(word);
  if (keys === undefined) {
    keys = wordBlockKeysUncached(word);
    if (KEYS.size >= KEYS_LIMIT) KEYS.clear();
    KEYS.set(word, keys);
  }
  return [...keys];
}

/**
 * A name word's keys are asked for again and again (filing it, then finding its candidates): a
 * bounded cache answers again. Bounded as `spelling`'s words are: a 10 000-article index has about
 * 80 000 name words, which a smaller bound emptied again and again while people were merged.
 */
const KEYS_LIMIT = 200_000;
const KEYS = new Map<string, readonly string[]>();

function wordBlockKeysUncached(word: string): string[] {
  if (/^(?:\p{Lu}\.)+$/u.test(word)) return [];
  const f = letters(word);
  if (f === "") return [];
  const keys = [`d:${f}`];
  if (f.length >= 5) for (let i = 0; i < f.length; i++) keys.push(`d:${f.slice(0, i)}${f.slice(i + 1)}`);
  if (f.length >= 4) keys.push(`k:${f[0]}${wordKey(f)}`);
  return keys;
}

/** Keys of two neighbouring words written as one ("Abdel Aty" / "Abdelatty"): the joined word and its sound key (kept as a word's are). */
function joinedKeys(a: string, b: string): string[] {
  const joined = `${a}${b}`;
  let keys = JOINED.get(joined);
  if (keys === undefined) {
    const f = letters(joined);
    keys = f.length >= 4 ? [`d:${f}`, `k:${f[0]}${wordKey(f)}`] : [`d:${f}`];
    if (JOINED.size >= KEYS_LIMIT) JOINED.clear();
    JOINED.set(joined, keys);
  }
  return [...keys];
}

const JOINED = new Map<string, readonly string[]>();

/**
 * The keys of a run of name words: each word's, and each pair of neighbours written as one
 * ("Abdel Aty" / "Abdelatty").
 * @example nameBlockKeys(["Badr", "Abdel", "Aty"]).includes("d:abdelaty") // true
 */
export function nameBlockKeys(words: readonly string[]): string[] {
  const keys = words.flatMap(wordBlockKeys);
  for (let i = 0; i + 1 < words.length; i++) keys.push(...joinedKeys(words[i]!, words[i + 1]!));
  return keys;
}

/**
 * The keys of a full name's last word, and of its last two words written as one (and of the first
 * word of a name of two, which may be written in either order): two full names {@link similarNames}
 * may call one person always share one.
 * @example tailBlockKeys(["Peta", "Bralo"]).includes("d:lavrov") // true
 */
export function tailBlockKeys(words: readonly string[]): string[] {
  const last = words[words.length - 1];
  if (last === undefined) return [];
  const keys = wordBlockKeys(last);
  if (words.length >= 2) keys.push(...joinedKeys(words[words.length - 2]!, last));
  // "Nargor Morri" / "Morri Nargor": a name of two words may be written in either order.
  if (words.length === 2) keys.push(...wordBlockKeys(words[0]!));
  return keys;
}

/**
 * An index from blocking keys to ids (numbers): `add` files an id under keys (by default those of
 * some name words), `candidates` returns, sorted, the ids filed under any of the keys asked for.
 * @example
 * const index = new NameBlocks();
 * index.add(0, ["Mordu", "Bralo"]);
 * index.candidates(["Peta", "Bralo"]) // [0]
 */
export class NameBlocks {
  /** How many candidate ids every index has handed out so far: the comparisons its users make (tests of scale read it). */
  static handedOut = 0;
  /** The ids filed under each key: one id as a number, more as a list (most keys, one-letter deletions above all, are one person's: no list made for them). */
  private readonly buckets = new Map<string, number | number[]>();

  /** Files `id` under the keys of `words` (neighbour pairs included), or under `keys` when given. */
  add(id: number, words: readonly string[], keys: string[] = nameBlockKeys(words)): void {
    for (const key of keys) {
      const bucket = this.buckets.get(key);
      if (bucket === undefined) this.buckets.set(key, id);
      else if (typeof bucket === "number") {
        if (bucket !== id) this.buckets.set(key, [bucket, id]);
      } else if (bucket[bucket.length - 1] !== id) bucket.push(id);
    }
  }

  /** The ids filed under any key of `words` (or any of `keys`), ascending; undefined when there is no key (initials only). */
  candidates(words: readonly string[], keys: string[] = nameBlockKeys(words)): number[] | undefined {
    if (keys.length === 0) return undefined;
    const out = new Set<number>();
    for (const key of keys) {
      const bucket = this.buckets.get(key);
      if (typeof bucket === "number") out.add(bucket);
      else if (bucket !== undefined) for (const id of bucket) out.add(id);
    }
    NameBlocks.handedOut += out.size;
    return [...out].sort((a, b) => a - b);
  }
}
