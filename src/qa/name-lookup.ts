/**
 * @module Candidate name words for fuzzy matching, bucketed once per isolate: by sound key, and by
 * the single-letter deletions of each word (any two words one edit apart share one), so that a
 * question's word is compared with a few known words, not with every one.
 */
import { fold } from "../nlp/fold";
import { editDistance, wordKey } from "../nlp/names";

/** The known words of one first letter, bucketed by sound key and by one-letter deletions. */
interface LetterBuckets {
  byKey: Map<string, string[]>;
  byDeletion: Map<string, string[]>;
}

/**
 * Known name words by first letter (a fuzzy match keeps the first letter), each letter bucketed on
 * its first use, so that an isolate's set-up does not pay for letters no question reaches.
 */
export interface NameBuckets {
  byLetter: Map<string, string[]>;
  built: Map<string, LetterBuckets>;
  /** Each known word's position in the name index, to keep its order. */
  position: Map<string, number>;
  /** Set when the letters' words are a larger set's (see {@link bucketsWithin}): only words in `position` are known. */
  narrowed?: true;
}

/** Shortest word (letters only) that one typo may match; similarWords's threshold. */
const MIN_TYPO = 5;

const letters = (word: string) => fold(word).replace(/[^a-z]/g, "");

/** The word itself and every way of deleting one of its letters. */
function deletions(word: string): Set<string> {
  const out = new Set([word]);
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  return out;
}

function push(map: Map<string, string[]>, key: string, word: string): void {
  const list = map.get(key);
  if (list) list.push(word);
  else map.set(key, [word]);
}

/**
 * Groups the known name words by first letter (buckets are built when a letter is first asked for).
 * @example nameCandidates("gonzales", bucketNames(["gonzalez", "lavrov"]), true) // ["gonzalez"]
 */
export function bucketNames(words: Iterable<string>): NameBuckets {
  const buckets: NameBuckets = { byLetter: new Map(), built: new Map(), position: new Map() };
  for (const word of words) {
    buckets.position.set(word, buckets.position.size);
    push(buckets.byLetter, word[0] ?? "", word);
  }
  return buckets;
}

/**
 * The buckets of a larger set of words narrowed to these words, which it holds: the same candidates
 * as their own buckets would give, in their order, but the letters are bucketed once for the larger
 * set. A stored index's slice (a question's knowledge) so reuses its lexicon's buckets, built once
 * per isolate, instead of bucketing its own words per question.
 * @example nameCandidates("gonzales", bucketsWithin(lexiconBuckets, ["gonzalez"]), true) // ["gonzalez"]
 */
export function bucketsWithin(whole: NameBuckets, words: Iterable<string>): NameBuckets {
  const position = new Map<string, number>();
  for (const word of words) position.set(word, position.size);
  return { byLetter: whole.byLetter, built: whole.built, position, narrowed: true };
}

function letterBuckets(buckets: NameBuckets, letter: string): LetterBuckets {
  let built = buckets.built.get(letter);
  if (built) return built;
  built = { byKey: new Map(), byDeletion: new Map() };
  for (const word of buckets.byLetter.get(letter) ?? []) {
    push(built.byKey, wordKey(word), word);
    const plain = letters(word);
    if (plain.length >= MIN_TYPO) for (const d of deletions(plain)) push(built.byDeletion, d, word);
  }
  buckets.built.set(letter, built);
  return built;
}

/**
 * The known words of the same first letter that may be this word in another spelling: the same
 * sound key, or (with typos) one edit apart; a superset that similarWords then decides, in
 * name-index order.
 * @example nameCandidates("gonzales", buckets, true) // ["gonzalez"]
 */
export function nameCandidates(word: string, buckets: NameBuckets, typos: boolean): string[] {
  const { byKey, byDeletion } = letterBuckets(buckets, word[0] ?? "");
  const out = new Set(byKey.get(wordKey(word)));
  const plain = letters(word);
  if (typos && plain.length >= MIN_TYPO - 1) for (const d of deletions(plain)) byDeletion.get(d)?.forEach((w) => out.add(w));
  const found = buckets.narrowed ? [...out].filter((w) => buckets.position.has(w)) : [...out];
  return found.sort((a, b) => buckets.position.get(a)! - buckets.position.get(b)!);
}

/**
 * How a typed word may be a known name word, strictly: "typo" (one edit, five letters or more),
 * "transliteration" (the same sound key of three consonants or more, and at most a third of the
 * letters changed: Tolegenov / Tulgenov, Qasimov / Kasimov), else undefined. Short keys ("Maria" /
 * "Mebra", "Vensel" / "Saud") and two changed letters in a short word ("Pezo" / "Shalva") are not.
 * @example spellingOf("kasimov", "qasimov") // "typo"
 * @example spellingOf("silva", "shalva") // undefined
 */
export function spellingOf(typed: string, known: string): "typo" | "transliteration" | undefined {
  const a = letters(typed);
  const b = letters(known);
  if (a === b || a[0] !== b[0]) return a === b ? "typo" : undefined;
  const edits = editDistance(a, b);
  if (edits <= 1 && Math.min(a.length, b.length) >= MIN_TYPO) return "typo";
  const key = wordKey(a);
  if (key.length < 3 || key !== wordKey(b)) return undefined;
  return edits <= 1 || edits * 3 <= Math.min(a.length, b.length) ? "transliteration" : undefined;
}
