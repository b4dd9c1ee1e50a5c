/** @module Words of a question the articles write as names: "in orvane" is a place when the articles write "Orvane" and never "orvane". */
import { COUNTRIES } from "../nlp/countries";
import { escapeRegExp, fold } from "../nlp/fold";
import type { Knowledge } from "./knowledge";
import { contentTerms, postingsFrom } from "./retrieval";

/** Words of countries' names ("trinidad", "guinea", "herzegovina"): part of a country, never a town of its own. */
let countryWords: Set<string> | undefined;

/**
 * Whether a word is one word of a country's name or other name ("trinidad" of Trinidad and Tobago).
 * @example inCountryName("trinidad") // true
 */
export function inCountryName(word: string): boolean {
  countryWords ??= new Set(COUNTRIES.flatMap((c) => [c.name, ...c.aliases].flatMap((n) => fold(n).split(/[^\p{L}]+/u))).filter((w) => w.length > 3));
  return countryWords.has(fold(word));
}

/** Sentences read to tell how the articles write a word. */
const READ = 6;

/** How the articles write a word: only as a name, in lower case somewhere, or neither for sure (unread, or only opening sentences). */
type Written = "name" | "lower" | "unsure";

/** What {@link howWritten} found, per knowledge and word: a question's words recur from question to question. */
const WRITTEN = new WeakMap<Knowledge, Map<string, Written>>();

/** Words kept per knowledge at most (past it, the kept ones are dropped: a bound on what odd questions can make it hold). */
const KEPT_WORDS = 2_000;

/**
 * Whether the articles write a word only as a name: it occurs, every occurrence in the sentences
 * read is capitalised, and one of them is not the first word of its sentence ("Orvane", "Keldhus"; never
 * "talks", "person", nor "Only" that opens a sentence).
 * @example writtenAsName("orvane", knowledge) // true when an article says "… the retreat in Orvane"
 */
export function writtenAsName(word: string, knowledge: Knowledge): boolean {
  return howWritten(word, knowledge) === "name";
}

/**
 * Whether the articles write a word in lower case, as a common word, in a sentence read ("mark" in
 * "the two countries mark the anniversary"), though they may also write it in a name ("Mark Telu").
 * @example writtenInLowerCase("mark", knowledge) // true when an article says "… will mark the day"
 */
export function writtenInLowerCase(word: string, knowledge: Knowledge): boolean {
  return howWritten(word, knowledge) === "lower";
}

/** How the articles write a word (`kin`: any word of its stem), read once per knowledge and word. */
function howWritten(word: string, knowledge: Knowledge, kin = false): Written {
  let kept = WRITTEN.get(knowledge);
  if (!kept) WRITTEN.set(knowledge, (kept = new Map()));
  const key = kin ? `~${word}` : word;
  let written = kept.get(key);
  if (written === undefined) {
    written = kin ? readKinWritten(word, knowledge) : readHowWritten(word, knowledge);
    if (kept.size >= KEPT_WORDS) kept.clear();
    kept.set(key, written);
  }
  return written;
}

/** {@link howWritten}, read from the sentences. */
function readHowWritten(word: string, knowledge: Knowledge): Written {
  const folded = fold(word);
  if (folded.length < 3 || !knowledge.vocabulary.has(folded)) return "unsure";
  const [term] = contentTerms(word);
  if (!term) return "unsure";
  const pattern = new RegExp(`(^|[^\\p{L}])(${escapeRegExp(folded)})(?![\\p{L}])`, "giu");
  let inside = false;
  let seen = false;
  let read = 0;
  // (the term's sentences found as they are read: a word the articles write in lower case is told by its first)
  for (const i of postingsFrom(term, knowledge.retrieval)) {
    if (read++ === READ) break;
    const text = knowledge.retrieval.sentences[i]?.text ?? "";
    for (const m of fold(text).matchAll(pattern)) {
      const at = m.index + m[1]!.length;
      seen = true;
      if (!/\p{Lu}/u.test(text[at] ?? "")) return "lower";
      // (mid-sentence: after a word, a comma or an opening bracket, "… Cooperation Process (SEECP)")
      if (/[\p{L}\p{N},(]\s*$/u.test(text.slice(0, at))) inside = true;
    }
  }
  return seen && inside ? "name" : "unsure";
}

/**
 * Whether the articles write, in lower case, a word of the same stem as this one ("praised",
 * "praising" for "praise"; "studied" for "study"): a word typed in lower case that they write so is a
 * word of English, not a name of someone they do not know ("what did Varan praise Orvane for").
 * @example kinWrittenInLowerCase("praise", knowledge) // true when an article says "… praised the talks"
 */
export function kinWrittenInLowerCase(word: string, knowledge: Knowledge): boolean {
  return howWritten(word, knowledge, true) === "lower";
}

/** {@link kinWrittenInLowerCase}, read from the sentences. */
function readKinWritten(word: string, knowledge: Knowledge): Written {
  const [term] = contentTerms(word);
  if (!term || term.length < 3) return "unsure";
  let read = 0;
  for (const i of postingsFrom(term, knowledge.retrieval)) {
    if (read++ === READ) break;
    const text = knowledge.retrieval.sentences[i]?.text ?? "";
    // (the sentence's words of that stem, one of them written in lower case)
    if (text.split(/[^\p{L}]+/u).some((w) => /^\p{Ll}/u.test(w) && contentTerms(w)[0] === term)) return "lower";
  }
  return "unsure";
}
