/** @module Countries in a question's tokens: by name, other name, demonym or city (src/nlp/countries), remembered. */
import { countryOf, countryOfCity, mayOpenSurface } from "../nlp/countries";
import { isOfficeWord } from "./offices";

/** A word of the question: as typed, folded, and whether a mention took it already. */
export interface Token {
  raw: string;
  word: string;
  /** Consumed by a mention already. */
  used: boolean;
  /** Joined to the word before by a hyphen ("Ha-ri"): one name with it. */
  hyphenated?: true;
  /** Written with "'s" ("Veldia's"). */
  possessive?: true;
  /** Part of a name the index knows ("Varan" in "did Varan meet …"). */
  named?: true;
}

const COUNTRY_CACHE = new Map<string, { country: string; city: boolean } | null>();

/**
 * countryOf / countryOfCity of src/nlp/countries, remembered (questions repeat their words).
 * @example lookUpCountry("Lima") // { country: "Peru", city: true }
 */
export function lookUpCountry(phrase: string): { country: string; city: boolean } | undefined {
  let found = COUNTRY_CACHE.get(phrase);
  if (found === undefined) {
    const country = countryOf(phrase);
    const city = country ? undefined : countryOfCity(phrase);
    found = country ? { country, city: false } : city ? { country: city, city: true } : null;
    if (COUNTRY_CACHE.size > 20000) COUNTRY_CACHE.clear();
    COUNTRY_CACHE.set(phrase, found);
  }
  return found ?? undefined;
}

/** Short names of countries that people type in lower case and that are no English word ("us" is). */
const LOWER_CASE_ACRONYMS = new Set(["uae", "usa", "uk", "drc", "prc", "png"]);

/**
 * The country named by the one to three tokens at `i` (name, other name, demonym, capital).
 * @example countryAt(tokens, 2) // { country: "Peru", length: 1, city: false }
 */
export function countryAt(tokens: Token[], i: number): { country: string; length: number; city: boolean } | undefined {
  // (run for every word of every question: the phrases are joined without copying the tokens)
  for (let length = 3; length >= 1; length--) {
    if (i + length > tokens.length || anyUsed(tokens, i, length)) continue;
    // (a plain word that opens no name of several words opens no phrase to look up: none is joined)
    if (length > 1 && !tokens[i]!.raw.includes(" ") && !mayOpenSurface(tokens[i]!.word)) continue;
    const phrase = rawJoined(tokens, i, length, " ");
    // a short name in lower case only when it is no English word ("uae", "uk", but never "us")
    // ("us" before a title is the country: "the us ambassador", "us president")
    const usTitle = phrase.length === 2 && phrase.toLowerCase() === "us" && isOfficeWord(tokens[i + 1]?.word ?? "");
    if (length === 1 && phrase.length <= 3 && phrase !== phrase.toUpperCase() && !LOWER_CASE_ACRONYMS.has(phrase.toLowerCase()) && !usTitle) continue;
    if (usTitle) return { ...lookUpCountry("US")!, length };
    // "guinea-bissau", "timor-leste": the tokens of a hyphenated name, joined as the gazetteer writes it
    const found = lookUpCountry(phrase) ?? (length > 1 ? lookUpCountry(rawJoined(tokens, i, length, "-")) : undefined);
    if (found) return { ...found, length };
  }
  return undefined;
}

/** Whether a token of `length` from `i` is already part of a link. */
function anyUsed(tokens: readonly Token[], i: number, length: number): boolean {
  for (let k = i; k < i + length; k++) if (tokens[k]!.used) return true;
  return false;
}

/** The tokens' words as written, `length` of them from `i`, joined by `by`. */
function rawJoined(tokens: readonly Token[], i: number, length: number, by: string): string {
  let text = tokens[i]!.raw;
  for (let k = i + 1; k < i + length; k++) text += by + tokens[k]!.raw;
  return text;
}
