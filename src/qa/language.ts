/** @module Questions the bot cannot read: another language, or a name written in another script (Cyrillic, Arabic, Chinese…) while the articles write names in Latin letters. */

/** A word of letters that are not Latin (Cyrillic, Greek, Arabic, Hebrew, Devanagari, CJK, Hangul, Thai…). */
const NON_LATIN_WORD = /^[\p{L}\p{M}]*[^\p{Script=Latin}\p{Script=Common}\p{M}\P{L}][\p{L}\p{M}]*$/u;

/** A run of five or more letters of a script written without spaces (Chinese, Japanese, Thai): a sentence, not a name. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]{5,}/u;

/** Question words and function words of other languages that English questions do not use (general vocabulary). */
const FOREIGN_WORDS = new Set(
  [
    // Spanish, Portuguese, Italian
    "qué", "que", "quién", "quien", "quiénes", "cuándo", "cuando", "dónde", "donde", "cuál", "cual", "cómo", "como", "reunió", "reunieron", "se", "el", "los", "las", "del", "con", "una", "por", "quem", "quando", "onde", "qual", "encontrou", "reuniu", "não", "com", "chi", "dove", "cosa", "incontrato", "ha", "il", "della", "di",
    // French
    "qui", "quand", "où", "quoi", "quel", "quelle", "avec", "rencontré", "est-ce", "les", "des", "le", "la", "du", "et", "a-t-il",
    // German, Dutch
    "wer", "wann", "wo", "was", "welche", "mit", "der", "die", "das", "hat", "getroffen", "wie", "und", "ist", "wie", "wanneer", "waar", "heeft", "ontmoet", "met",
    // Turkish, Indonesian, others seen in newsrooms
    "kim", "ne", "zaman", "nerede", "ile", "siapa", "kapan", "dengan", "bertemu",
  ].map((w) => w.toLowerCase()),
);

/** English words that also occur in other languages' questions (never counted as foreign alone). */
const ENGLISH = new Set(["who", "whom", "what", "when", "where", "which", "how", "did", "does", "do", "is", "are", "was", "were", "meet", "met", "the", "and", "with", "of", "in", "on", "to", "about", "has", "have", "will", "visit", "talk", "discuss"]);

const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{M}'-]+/u).filter(Boolean);

/**
 * What the bot cannot read in a question: "language" when it is written in another language,
 * "script" with the words written in another script when the rest is English (a name such as
 * "Варан"), or undefined.
 * @example unreadable("¿Quién se reunió con el ministro?") // { kind: "language" }
 * @example unreadable("Who is Варан?") // { kind: "script", words: ["Варан"] }
 */
export function unreadable(text: string): { kind: "language" } | { kind: "script"; words: string[] } | undefined {
  const all = text.split(/[^\p{L}\p{M}'-]+/u).filter(Boolean);
  if (all.length === 0) return undefined;
  const foreignScript = all.filter((w) => NON_LATIN_WORD.test(w));
  const latin = words(text).filter((w) => !NON_LATIN_WORD.test(w));
  const english = latin.filter((w) => ENGLISH.has(w)).length;
  if (foreignScript.length) {
    // a question written in another script, or a bare name in one
    if (english === 0 && (foreignScript.length >= 2 || UNSPACED.test(foreignScript[0] ?? ""))) return { kind: "language" };
    return { kind: "script", words: foreignScript };
  }
  const foreign = latin.filter((w) => FOREIGN_WORDS.has(w)).length;
  return foreign >= 2 && foreign > english ? { kind: "language" } : undefined;
}
