/**
 * @module Candidate name words for fuzzy matching, bucketed once per isolate: by sound key, and by
 * the single-letter deletions of each word (any two words one edit apart share one), so that a
 * question's word is compared with a few known words, not with every one.
 */
import { fold } from "../nlp/fold";
import { editDistance, wordKey } from "../nlp/names";

/**
 * Known name words by first letter (a fuzzy match keeps the first letter), each letter bucketed on
 * its first use, so that an isolate's set-up does not pay for letters no question reaches.
 */
export interface NameBuckets {
  byLetter: Map<string, string[]>;
  /** Per letter asked, its words by key (see {@link nameKeysOf}). */
  built: Map<string, Map<string, string[]>>;
  /** Each known word's position in the name index, to keep its order. */
  position: Map<string, number>;
  /** Set when candidates may come from a larger set's words (see {@link bucketsOfRead}): only words in `position` are known. */
  narrowed?: true;
  /** Keys read from storage for some typed words (see {@link bucketsOfRead}): those words' candidates come from them. */
  read?: ReadNameKeys & { byKey: Map<string, string[]> };
}

/**
 * A stored index's name keys as read for one question: the typed words whose keys were asked for
 * (`candidateKeys(word, true)` each), and every known word filed under those keys.
 */
export interface ReadNameKeys {
  asked: Set<string>;
  rows: readonly { key: string; word: string }[];
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
 * The keys a known name word is filed under: its first letter with its sound key, and for five
 * letters or more with each one-letter deletion (the word itself included). Two words share a key
 * when one may be the other in another spelling (see {@link candidateKeys}). A stored index keeps
 * them in a table (`name_keys`), so that an isolate never files the whole lexicon.
 * @example nameKeysOf("gonzalez").includes("g:gnsls") // true
 */
export function nameKeysOf(word: string): string[] {
  const letter = word[0] ?? "";
  const keys = [`${letter}:${wordKey(word)}`];
  const plain = letters(word);
  if (plain.length >= MIN_TYPO) for (const d of deletions(plain)) keys.push(`${letter}|${d}`);
  return keys;
}

/**
 * The keys under which a typed word's candidates are filed: its sound key, and with typos (four
 * letters or more) each one-letter deletion (the word itself included).
 * @example candidateKeys("gonzales", true).some((k) => nameKeysOf("gonzalez").includes(k)) // true
 */
export function candidateKeys(word: string, typos: boolean): string[] {
  const letter = word[0] ?? "";
  const keys = [`${letter}:${wordKey(word)}`];
  const plain = letters(word);
  if (typos && plain.length >= MIN_TYPO - 1) for (const d of deletions(plain)) keys.push(`${letter}|${d}`);
  return keys;
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
 * The buckets of a slice's words (of a stored index) with the keys read for its question: a word
 * asked is matched through the read keys (the whole index's words under them, narrowed to the
 * slice's), any other through the slice's own words bucketed on need. Either way the candidates
 * are those the slice's own buckets give, in their order, but no isolate files the lexicon.
 * @example nameCandidates("gonzales", bucketsOfRead(["gonzalez"], { asked: new Set(["gonzales"]), rows }), true) // ["gonzalez"]
 */
export function bucketsOfRead(words: Iterable<string>, read: ReadNameKeys): NameBuckets {
  const byKey = new Map<string, string[]>();
  for (const { key, word } of read.rows) push(byKey, key, word);
  return { ...bucketNames(words), narrowed: true, read: { ...read, byKey } };
}

function letterBuckets(buckets: NameBuckets, letter: string): Map<string, string[]> {
  let built = buckets.built.get(letter);
  if (built) return built;
  built = new Map();
  for (const word of buckets.byLetter.get(letter) ?? []) for (const key of nameKeysOf(word)) push(built, key, word);
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
  const filed = buckets.read?.asked.has(word) ? buckets.read.byKey : letterBuckets(buckets, word[0] ?? "");
  const out = new Set<string>();
  for (const key of candidateKeys(word, typos)) filed.get(key)?.forEach((w) => out.add(w));
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
