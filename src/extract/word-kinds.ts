/** @module Word kinds for reading names: name words, particles, initials, honorifics, possessives, acronyms. */
import { countryOfCity, isCountryWord } from "../nlp/countries";
import { officeWordKind } from "../nlp/offices";
import { isCommonFamilyName } from "../nlp/names";
import { FUNCTION_CAPITALS, HONORIFIC_PHRASES, HONORIFICS, MONTHS, NAME_PARTICLES, ORGANISATION_WORDS, STYLE_CONTINUATIONS, WEEKDAYS } from "../nlp/vocab";
import type { Word } from "./segment";

/** Words of a state's formal name between "of" and the country: "of the Republic of Kazakhstan". */
export const STATE_FORMS = new Set(["the", "republic", "kingdom", "federation", "islamic", "democratic", "people's", "socialist", "arab", "federal", "sultanate", "principality", "plurinational", "bolivarian", "union"]);
/**
 * An acronym that is not a country ("UN", "EU", "NATO").
 * @example isAcronym("UN") // true
 */
export const isAcronym = (w: string): boolean => /^\p{Lu}{2,6}$/u.test(w) && !isCountryWord(w);

/**
 * A gathering's or body's code name of capitals and a number ("COP29", "G20"): a post it prefixes is the gathering's
 * ("COP29 President X", heldout112 1031 and 1033), never a country's.
 * @example isCodeName("COP29") // true
 */
export const isCodeName = (w: string): boolean => /^\p{Lu}{1,6}\d{1,4}$/u.test(w);

/**
 * An initial or initials ("T.", "K.Q.").
 * @example isInitial("T.") // true
 */
export const isInitial = (w: string): boolean => /^(?:\p{Lu}\.){1,3}$/u.test(w);

/**
 * An honorific ("Dr.", "Mr", "Sheikh").
 * ("Eng." with its stop: the engineer's style of Gulf agencies, heldout88 x844, as "Engr." is of Pakistani papers; never
 * the given name "Eng" of "Ng Eng Hen".)
 * @example isHonorific(word("Dr.")) // true
 */
export const isHonorific = (w: Word): boolean => HONORIFICS.has(bare(w)) || /^H[EH]$/.test(w.text) || w.text === "Eng.";

/** Malay and Bruneian styles that "Seri", "Setia", "Paduka" … may continue ("Datuk Seri", "Tan Sri", "Dato' Seri Setia"). */
const MALAY_STYLES: ReadonlySet<string> = new Set(["datuk", "dato", "dato'", "datin", "tan", "pehin", "tun", "haji", "hj"]);

const bare = (w: Word): string => (w.lower.endsWith(".") ? w.lower.slice(0, -1) : w.lower);

/** The honorific phrases by their first word, each list in HONORIFIC_PHRASES' order: a word starts none of them unless it is a key. */
const PHRASES_BY_FIRST = new Map<string, (readonly string[])[]>();
for (const phrase of HONORIFIC_PHRASES) PHRASES_BY_FIRST.set(phrase[0]!, [...(PHRASES_BY_FIRST.get(phrase[0]!) ?? []), phrase]);

/**
 * How many words from `i` make honorifics, one or several in a row: "Dr.", "H.E. Mr.", "His Excellency",
 * "Datuk Seri", "Dato' Seri Setia Dr.", "Tan Sri", "Yang Berhormat"; 0 when none starts there.
 * @example honorificLength(words("Dato' Seri Rili Ibrahim"), 0) // 3 ("Dato", "'", "Seri")
 */
export function honorificLength(words: readonly Word[], i: number): number {
  let k = i;
  let malay = false;
  for (;;) {
    const w = words[k];
    if (!w) break;
    const phrase = PHRASES_BY_FIRST.get(bare(w))?.find((p) => p.every((part, n) => words[k + n] !== undefined && bare(words[k + n]!) === part));
    if (phrase) {
      malay = MALAY_STYLES.has(phrase[0]!);
      k += phrase.length;
    } else if (isHonorific(w)) {
      malay = MALAY_STYLES.has(bare(w));
      k++;
      // "Dato' Seri": the apostrophe of the Malay style is a token of its own.
      if (malay && /^['’]$/.test(words[k]?.text ?? "")) k++;
    } else if (malay && STYLE_CONTINUATIONS.has(w.lower)) k++;
    else break;
  }
  return k - i;
}

/**
 * Where the honorifics written right before index `first` start, if any: "Prime Minister Datuk Seri
 * Rili" → the index of "Datuk" for `first` at "Rili".
 * @example honorificStart(words("met H.E. Mr. Olbra Gorvita"), 3) // 1
 */
export function honorificStart(words: readonly Word[], first: number): number | undefined {
  for (let j = Math.max(0, first - 8); j < first; j++) if (honorificLength(words, j) === first - j) return j;
  return undefined;
}

/** Acronyms of one to three letters and Roman numerals are never a family name ("EAM", "DPM", "XI"). */
const ROMAN = /^[IVXLC]+$/;

/**
 * A family name written in capitals, as Japanese, Korean, Vietnamese and some European ministries
 * write it ("NARGOR Morri", "SELZO Rigor", "Mr. LE Hoai Trung"): letters all upper case, a
 * vowel in every four, not a country, office, institution or function word. Words of three letters
 * or fewer must be common family names ("LE", "KIM"), so that acronyms ("EAM", "DPM", "UN") are not.
 * Whether the words around it make it a name is the reader's call.
 * @example isCapitalisedSurname(word("NARGOR")) // true
 * @example isCapitalisedSurname(word("NATO")) // true (a shape only: "NATO" before a name is rare, and evidence is still required)
 * @example isCapitalisedSurname(word("DPM")) // false
 */
export function isCapitalisedSurname(w: Word | undefined): boolean {
  if (!w || !/^\p{Lu}{2,}(?:-\p{Lu}{2,})?$/u.test(w.text) || ROMAN.test(w.text)) return false;
  const letters = w.lower.replace(/[^a-z]/g, "");
  if (isCountryWord(w.text) || isPlaceWord(titleCase(w.text)) || officeWordKind(w.lower) || isHonorific(w)) return false;
  if (ORGANISATION_WORDS.has(w.lower) || FUNCTION_CAPITALS.has(w.lower) || MONTHS.has(w.lower) || WEEKDAYS.has(w.lower)) return false;
  if (letters.length <= 3) return isCommonFamilyName(letters);
  const vowels = letters.replace(/[^aeiouy]/g, "").length;
  return vowels * 4 >= letters.length && !/[^aeiouy]{4}/.test(letters);
}

/**
 * A word in capitals written as a name is ("NARGOR" → "Nargor", "TINGORVI" → "Seung-Bae").
 * @example titleCase("SELZO") // "Selzo"
 */
export function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[-'’])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/**
 * The possessive "'s" token.
 * @example isPossessive(word("’s")) // true
 */
export const isPossessive = (w: Word | undefined): boolean => w !== undefined && /^['’]s$/.test(w.text);

/**
 * The possessive written with the apostrophe alone, after a word ending in "s" ("Telus' delegation").
 * @example isBarePossessive(word("’"), word("Telus")) // true
 */
export const isBarePossessive = (w: Word | undefined, before: Word | undefined): boolean => w !== undefined && before !== undefined && /^['’]$/.test(w.text) && /s$/i.test(before.text);

/**
 * A country, demonym or city of the gazetteer.
 * @example isPlaceWord("Almaty") // true
 */
export const isPlaceWord = (w: string): boolean => isCountryWord(w) || countryOfCity(w) !== undefined;

/**
 * A capitalised word that may be part of a person's name: not a title, place, month, institution or
 * function word, not an acronym.
 * @example isNameWord(word("Bralo")) // true
 * @example isNameWord(word("Minister")) // false
 */
export function isNameWord(w: Word | undefined): boolean {
  if (!w) return false;
  if (isHonorific(w)) return false; // "H.E.", "H.R.H." are styles, not initials
  if (isInitial(w.text)) return true;
  // "al-Sabah", "d'Almeida", "dell'Orto": an article or elision before the capital.
  if (!/^(?:\p{Lu}|['’ʻ]\p{Lu}|(?:al|el|ad|as|ash|an|ar|at|az)-\p{Lu}|(?:d|l|dell|dall|degli)['’]\p{Lu})/u.test(w.text)) return false;
  if (!/\p{Ll}/u.test(w.text)) return false; // acronyms: "EU", "UN"
  if (["VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "NUM", "PUNCT", "SYM", "PART", "ADV"].includes(w.pos)) return false;
  const parts = w.lower.split("-");
  if (officeWordKind(w.lower) || parts.every((p) => officeWordKind(p))) return false; // "Vice-President", not "Tinzobradu"
  // "Moon Taven": a function word after the hyphen is a syllable of a given name, not "in". Unfolded: "Tô" is no "to".
  const plain = w.text.toLowerCase();
  if (FUNCTION_CAPITALS.has(plain.split("-")[0]!) || FUNCTION_CAPITALS.has(plain)) return false;
  // "Minister for Digital Transformation", "Minister for Digital Transition" (heldout88 x842): a noun of an action in "-tion" or
  // "-sion" is no name's word
  if (/^\p{L}{4,}[ts]ions?$/u.test(plain)) return false;
  // ("Sung-jun", "Ha-mar": a syllable in lower case after the hyphen is no month's short name)
  const capitalised = w.text.split("-").map((p) => /^\p{Lu}/u.test(p));
  const dated = parts.some((p, i) => (i === 0 || capitalised[i]) && (MONTHS.has(p) || WEEKDAYS.has(p)));
  // The place words as written: "Germán" keeps the accent that makes it a given name, not "German"; and, as with months, a
  // syllable in lower case after the hyphen is no place ("Tae-uk" is no "UK": new59c x730).
  return !dated && !parts.some((p) => ORGANISATION_WORDS.has(p) || MEETING_NAME_WORDS.has(p)) && !plain.split("-").some((p, i) => (i === 0 || capitalised[i]) && isPlaceWord(p)) && !isPlaceWord(w.text);
}

/**
 * Words that end a meeting's name after a title word, never a person's name: "the third round of the Deputy Minister Level
 * Consultations", "the Veldia–Orvane Strategic Dialogue", "the Trade Ministers Meeting". (Only as name words: "Telu's
 * meeting with Y" still names Telu, which a word of ORGANISATION_WORDS after a possessive would not.)
 */
const MEETING_NAME_WORDS = new Set(["consultations", "dialogue", "meeting", "talks", "negotiations"]);

/** Whether a word ends a meeting's name ("Consultations", "Dialogue"): see MEETING_NAME_WORDS. */
export const isMeetingNameWord = (w: Word | undefined): boolean => w !== undefined && MEETING_NAME_WORDS.has(w.lower);

/**
 * A lower-case particle inside a name ("da" in "Neven da Pezo").
 * @example isParticle(word("da")) // true
 */
export const isParticle = (w: Word | undefined): boolean => w !== undefined && NAME_PARTICLES.has(w.lower) && /^\p{Ll}/u.test(w.text);

/** Whether words are in title case, as a headline's: most of those of four letters or more start with a capital. */
export function isTitleCased(words: readonly Word[]): boolean {
  const long = words.filter((w) => /^\p{L}{4,}/u.test(w.text));
  return long.length >= 3 && long.filter((w) => /^\p{Lu}/u.test(w.text)).length >= long.length * 0.7;
}

/** Whether words are written in capitals, as a shouted headline's ("PRESIDENT MEETS ENVOYS"): half or more of those with two letters. */
export function isInCapitals(words: readonly Word[]): boolean {
  const lettered = words.filter((w) => /\p{L}{2}/u.test(w.text));
  return lettered.filter((w) => !/\p{Ll}/u.test(w.text)).length * 2 >= lettered.length;
}

/** Verbs of a state sending one of its people: "Kyrgyzstan sent X", "while Baku sent its foreign minister, Y". */
export const SENDS = /^(?:sent|sends|send|dispatched|dispatches)$/;
