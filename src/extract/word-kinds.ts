/** @module Word kinds for reading names: name words, particles, initials, honorifics, possessives, acronyms. */
import { countryOfCity, isCountryWord } from "../nlp/countries";
import { officeWordKind } from "../nlp/offices";
import { FUNCTION_CAPITALS, HONORIFICS, MONTHS, NAME_PARTICLES, ORGANISATION_WORDS, WEEKDAYS } from "../nlp/vocab";
import type { Word } from "./segment";

/** Words of a state's formal name between "of" and the country: "of the Republic of Kazakhstan". */
export const STATE_FORMS = new Set(["the", "republic", "kingdom", "federation", "islamic", "democratic", "people's", "socialist", "arab", "federal", "sultanate", "principality", "plurinational", "bolivarian", "union"]);
/**
 * An acronym that is not a country ("UN", "EU", "NATO").
 * @example isAcronym("UN") // true
 */
export const isAcronym = (w: string): boolean => /^\p{Lu}{2,6}$/u.test(w) && !isCountryWord(w);

/**
 * An initial or initials ("T.", "K.Q.").
 * @example isInitial("T.") // true
 */
export const isInitial = (w: string): boolean => /^(?:\p{Lu}\.){1,3}$/u.test(w);

/**
 * An honorific ("Dr.", "Mr", "Sheikh").
 * @example isHonorific(word("Dr.")) // true
 */
export const isHonorific = (w: Word): boolean => HONORIFICS.has(w.lower.replace(/\.$/, "")) || /^H[EH]$/.test(w.text);

/**
 * The possessive "'s" token.
 * @example isPossessive(word("’s")) // true
 */
export const isPossessive = (w: Word | undefined): boolean => w !== undefined && /^['’]s$/.test(w.text);

/**
 * A country, demonym or city of the gazetteer.
 * @example isPlaceWord("Almaty") // true
 */
export const isPlaceWord = (w: string): boolean => isCountryWord(w) || countryOfCity(w) !== undefined;

/**
 * A capitalised word that may be part of a person's name: not a title, place, month, institution or
 * function word, not an acronym.
 * @example isNameWord(word("Lavrov")) // true
 * @example isNameWord(word("Minister")) // false
 */
export function isNameWord(w: Word | undefined): boolean {
  if (!w) return false;
  if (isInitial(w.text)) return true;
  if (!/^(?:\p{Lu}|(?:al|el|ad|as|ash|an|ar|at|az)-\p{Lu})/u.test(w.text)) return false;
  if (!/\p{Ll}/u.test(w.text)) return false; // acronyms: "EU", "UN"
  if (["VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "NUM", "PUNCT", "SYM", "PART", "ADV"].includes(w.pos)) return false;
  if (isHonorific(w)) return false;
  const parts = w.lower.split("-");
  if (officeWordKind(w.lower) || parts.every((p) => officeWordKind(p))) return false; // "Vice-President", not "Amir-Abdollahian"
  return !parts.some((p) => isPlaceWord(p) || MONTHS.has(p) || WEEKDAYS.has(p) || ORGANISATION_WORDS.has(p) || FUNCTION_CAPITALS.has(p)) && !isPlaceWord(w.text);
}

/**
 * A lower-case particle inside a name ("da" in "Lula da Silva").
 * @example isParticle(word("da")) // true
 */
export const isParticle = (w: Word | undefined): boolean => w !== undefined && NAME_PARTICLES.has(w.lower) && /^\p{Ll}/u.test(w.text);
