/**
 * @module The country gazetteer: names, other names, demonyms and major cities, found in text or
 * looked up word by word. Shared by the extractor and the question linker.
 */
import { COUNTRY_TABLE } from "./countries-data";
import { escapeRegExp, fold } from "./fold";

/** A country of the gazetteer. */
export interface Country {
  /** Canonical English name, e.g. "Kazakhstan". */
  name: string;
  /** Other names, e.g. ["Türkiye", "Turkiye"] for Turkey. */
  aliases: string[];
  /** Adjectives of nationality, e.g. ["Kazakh", "Kazakhstani"]. */
  demonyms: string[];
  /** Capital first, then major cities. */
  cities: string[];
}

/** How a country was named in a text. */
export type CountryMentionKind = "name" | "demonym" | "city";

/** A country named in a text, with where it was found. */
export interface CountryMention {
  /** Canonical country name. */
  country: string;
  kind: CountryMentionKind;
  /** The words as written. */
  text: string;
  /** Character offset in the text. */
  index: number;
}

const split = (list: string | undefined): string[] => (list ? list.split(",").map((s) => s.trim()).filter(Boolean) : []);

/** Every country of the gazetteer, in table order. */
export const COUNTRIES: readonly Country[] = COUNTRY_TABLE.trim()
  .split("\n")
  .map((line) => {
    const [name = "", aliases, demonyms, cities] = line.split("|");
    return { name, aliases: split(aliases), demonyms: split(demonyms), cities: split(cities) };
  });

/** Per country, the other countries written with one of its demonyms ("Congolese": the Congo and the DR Congo). */
const DEMONYM_KIN: ReadonlyMap<string, readonly string[]> = (() => {
  const by = new Map<string, string[]>();
  for (const c of COUNTRIES) for (const d of c.demonyms) by.set(fold(d), [...(by.get(fold(d)) ?? []), c.name]);
  const kin = new Map<string, string[]>();
  for (const names of by.values()) for (const n of names) for (const o of names) if (o !== n && !kin.get(n)?.includes(o)) kin.set(n, [...(kin.get(n) ?? []), o]);
  return kin;
})();

/**
 * Whether a person's country may be the one a demonym was read as: the same, or another written with that demonym
 * ("the Congolese leader" of the DR Congo's president, though "Congolese" reads as the Congo).
 * @example sharesDemonym("Democratic Republic of the Congo", "Congo") // true
 */
export function sharesDemonym(country: string, read: string): boolean {
  return country === read || (DEMONYM_KIN.get(read)?.includes(country) ?? false);
}

interface Surface {
  folded: string;
  country: string;
  kind: CountryMentionKind;
}

/** Every surface form, longest first so "South Sudan" wins over "Sudan". */
const SURFACES: Surface[] = (() => {
  const seen = new Set<string>();
  const out: Surface[] = [];
  const add = (text: string, country: string, kind: CountryMentionKind): void => {
    const folded = fold(text);
    if (seen.has(folded)) return;
    seen.add(folded);
    out.push({ folded, country, kind });
  };
  for (const c of COUNTRIES) [c.name, ...c.aliases].forEach((n) => add(n, c.name, "name"));
  for (const c of COUNTRIES) c.demonyms.forEach((d) => add(d, c.name, "demonym"));
  for (const c of COUNTRIES) c.cities.forEach((d) => add(d, c.name, "city"));
  return out.sort((a, b) => b.folded.length - a.folded.length || (a.folded < b.folded ? -1 : 1));
})();

const BY_FOLDED = new Map(SURFACES.map((s) => [s.folded, s]));

/** The first words (up to a space, hyphen or other mark) of the surfaces of more than one word ("guinea" of "guinea-bissau"). */
const FIRST_OF_LONGER = new Set(
  SURFACES.flatMap((s) => {
    const first = /^[\p{L}\p{N}]+/u.exec(s.folded)?.[0];
    return first !== undefined && first !== s.folded ? [first] : [];
  }),
);

/**
 * Whether a surface of several words may open with this folded word: false only for a word of
 * letters and digits that opens none, whose phrases need not be joined and looked up (a question's
 * linker tries the phrases of two and three words at each of its words).
 * @example mayOpenSurface("guinea") // true
 * @example mayOpenSurface("varan") // false
 */
export function mayOpenSurface(word: string): boolean {
  return FIRST_OF_LONGER.has(word) || !/^[\p{L}\p{N}]+$/u.test(word);
}

/** The demonyms the gazetteer itself writes with an accent ("Burkinabè"): only these may be matched with one. */
const ACCENTED_DEMONYMS = new Set(COUNTRIES.flatMap((c) => c.demonyms.filter((d) => /[^\x00-\x7f]/.test(d)).map((d) => fold(d))));

/**
 * Whether a word written with an accent stands for a demonym written without one: "Germán", "Román" are given names, not
 * "German", "Roman" (a name keeps its accents where an adjective has none). Names of countries stay accent-blind ("Perú").
 */
const accentedName = (surface: Surface, written: string): boolean => surface.kind === "demonym" && /[^\x00-\x7f]/.test(written) && !ACCENTED_DEMONYMS.has(surface.folded);


/** One regex over folded text; surfaces that are all capitals ("US", "UAE") must stay capitals. */
const PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(${SURFACES.map((s) => escapeRegExp(s.folded)).join("|")})(?![\\p{L}\\p{N}])`, "gu");

/** Folds without changing length, so offsets in the folded text are offsets in the original. */
function foldSameLength(text: string): string {
  // plain ASCII folds to its lower case (what fold gives each character of it)
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  return Array.from(text, (ch) => {
    const f = fold(ch);
    return f.length === 1 ? f : ch.length === 1 ? ch.toLowerCase().slice(0, 1) : ch;
  }).join("");
}

/**
 * Finds every country named in a text by name, other name, demonym or city, in order.
 * Capitalised words only: "turkey" or "us" in lower case are not countries.
 * @example findCountries("Kazakh and Chinese ministers met in Almaty")
 * // [{ country: "Kazakhstan", kind: "demonym", … }, { country: "China", … }, { country: "Kazakhstan", kind: "city", … }]
 */
export function findCountries(text: string): CountryMention[] {
  let found = FOUND.get(text);
  if (found === undefined) {
    found = findCountriesUncached(text);
    if (FOUND.size >= FOUND_LIMIT) FOUND.clear();
    FOUND.set(text, found);
  }
  return [...found];
}

/** "Latin America", "South American", "Central Asia"'s "Asia": a continent's region, not the country its last word names. */
const REGION_BEFORE = /(?:Latin|South|Central|North)[ -]$/;

/** The extractor asks about the same sentence several times (its countries, its people's, its facts'): a bounded cache answers again. */
const FOUND_LIMIT = 2_000;
const FOUND = new Map<string, readonly CountryMention[]>();

function findCountriesUncached(text: string): CountryMention[] {
  const folded = foldSameLength(text);
  if (folded.length !== text.length) return findCountriesByWords(text);
  const out: CountryMention[] = [];
  for (const m of folded.matchAll(PATTERN)) {
    const surface = BY_FOLDED.get(m[1] ?? "");
    let original = text.slice(m.index, m.index + (m[1]?.length ?? 0));
    let index = m.index;
    // "the Philippines", "the Gambia": a name whose article is part of it, written in lower case mid-sentence.
    const article = /^the\s+(?=\p{Lu})/u.exec(original);
    if (article) {
      original = original.slice(article[0].length);
      index += article[0].length;
    }
    if (!surface || !/^\p{Lu}/u.test(original) || accentedName(surface, original)) continue;
    if (original.length <= 3 && original !== original.toUpperCase() && surface.kind === "name") continue;
    if (REGION_BEFORE.test(text.slice(Math.max(0, index - 9), index))) continue;
    if (surface.kind === "city" && NAMED_AFTER_CITY.test(text.slice(index + original.length, index + original.length + 24))) continue;
    if (surface.kind !== "city" && WATER_OR_LAND.test(text.slice(index + original.length, index + original.length + 12))) continue;
    out.push({ country: surface.country, kind: surface.kind, text: original, index });
  }
  return out;
}

/** "the Tarsk Cooperation Organisation", "the Keld Accords": a body or a text named after a city, which is no place (nor a country) of the sentence. */
const NAMED_AFTER_CITY = /^\s+(?:Cooperation|Organi[sz]ation|Group|Agreement|Accords?|Declaration|Protocol|Format|Process|Conventions?|Principles|Consensus|Charter|Treaty|Pact|Club|Initiative)\b/;

/** "the Korean Peninsula", "the Indian Ocean", "the Philippine Sea", "the Taiwan Strait": a sea or a land named after a country, which is no country of the sentence. */
const WATER_OR_LAND = /^\s+(?:Peninsula|Sea|Ocean|Straits?)\b/;

/** Fallback for texts whose folding changes length (rare scripts): word by word. */
function findCountriesByWords(text: string): CountryMention[] {
  const out: CountryMention[] = [];
  for (const m of text.matchAll(/\p{Lu}[\p{L}'-]*/gu)) {
    const c = lookUp(m[0]);
    if (c) out.push({ country: c.country, kind: c.kind, text: m[0], index: m.index });
  }
  return out;
}

function lookUp(word: string): Surface | undefined {
  // (asked of nearly every word an article has: the possessive is cut only from a word that ends in "s")
  const surface = BY_FOLDED.get(fold(word.endsWith("s") ? word.replace(/['’]s$/, "") : word));
  return surface && accentedName(surface, word) ? undefined : surface;
}

/**
 * The country a name, other name or demonym stands for (any case, accents optional).
 * @example countryOf("Cuban") // "Cuba"
 * @example countryOf("Türkiye") // "Turkey"
 */
export function countryOf(word: string): string | undefined {
  const s = lookUp(word);
  return s && s.kind !== "city" ? s.country : undefined;
}

/**
 * The country a city of the gazetteer lies in.
 * @example countryOfCity("Almaty") // "Kazakhstan"
 */
export function countryOfCity(city: string): string | undefined {
  const s = lookUp(city);
  return s?.kind === "city" ? s.country : undefined;
}

/**
 * The state a word names, by its name or by its capital ("Baku": Azerbaijan), never by a people's word ("Azerbaijani") nor
 * by another town of it: "Kyrgyzstan sent X", "while Baku sent its foreign minister, Y".
 * @example stateNamed("Berlin") // "Germany"
 */
export function stateNamed(word: string): string | undefined {
  if (isDemonym(word)) return undefined;
  const country = countryOf(word);
  if (country) return country;
  const city = countryOfCity(word);
  return city && capitalOfCountry(city) === word ? city : undefined;
}

/**
 * A country's capital: the gazetteer's first city of it.
 * @example capitalOfCountry("Azerbaijan") // "Baku"
 */
export const capitalOfCountry = (country: string): string | undefined => COUNTRIES.find((c) => c.name === country)?.cities[0];

/**
 * Whether a word or phrase is a country name, other name or demonym.
 * @example isCountryWord("Kazakh") // true
 */
export function isCountryWord(word: string): boolean {
  return countryOf(word) !== undefined;
}

/**
 * Whether a word or phrase is a demonym ("Cuban", "Kazakh").
 * @example isDemonym("Cuban") // true
 */
export function isDemonym(word: string): boolean {
  return lookUp(word)?.kind === "demonym";
}

/**
 * The capital of the country a demonym names ("Italian" → Rome): the gazetteer's first city of a
 * country is its capital.
 * @example capitalOf("Italian") // "Rome"
 */
export function capitalOf(demonym: string): string | undefined {
  const country = findCountries(demonym).find((c) => c.kind === "demonym" && c.text === demonym)?.country;
  return country ? capitalOfCountry(country) : undefined;
}

/**
 * Small states whose name, written alone, names the city that holds their government as well ("talks in
 * Luxembourg", "arrived in Kuwait"): general knowledge, not article data. Not a larger country whose capital
 * bears its name ("in Guatemala" may be anywhere in it).
 */
const CITY_STATES = new Set(["Djibouti", "Kuwait", "Luxembourg", "Monaco", "San Marino", "Singapore", "Vatican"]);

/**
 * The city a small state's own name also names: the gazetteer's city of that name ("Singapore", "Luxembourg
 * City"), so that "met in Luxembourg" is a city; undefined for any other country.
 * @example cityNamedAfter("Luxembourg") // "Luxembourg City"
 * @example cityNamedAfter("Guatemala") // undefined (a country of many towns)
 */
export function cityNamedAfter(country: string): string | undefined {
  const city = CITY_STATES.has(country) ? capitalOfCountry(country) : undefined;
  return city?.startsWith(country) ? city : undefined;
}

/**
 * A place's letters alone (accents, case, spaces and hyphens dropped): "Hà Nội", "Ha Noi" and "Hanoi" are one city.
 * @example placeLetters("Ha Noi") // "hanoi"
 */
export const placeLetters = (place: string): string => fold(place).replace(/[^a-z0-9]/g, "");

/** The gazetteer's capitals (each country's first city) by {@link placeLetters}: "hanoi" → "Hanoi". */
const CITY_BY_LETTERS = new Map(COUNTRIES.flatMap((c) => c.cities.slice(0, 1)).map((city) => [placeLetters(city), city] as const));

/**
 * The gazetteer's spelling of a capital written with other spaces or hyphens ("Hà Nội", "Ha Noi" →
 * "Hanoi"), so that a place reads one way whatever the article's spelling; undefined for a place of no
 * capital's letters, or one that differs from its spelling only by accents or case ("Asunción" stays;
 * another city the gazetteer lists in two spellings keeps the article's).
 * @example gazetteerSpelling("Ha Noi") // "Hanoi"
 * @example gazetteerSpelling("Asunción") // undefined
 */
export function gazetteerSpelling(place: string): string | undefined {
  const city = CITY_BY_LETTERS.get(placeLetters(place));
  return city && fold(city) !== fold(place) ? city : undefined;
}

/**
 * The demonym of a country, for rendering ("Cuba" → "Cuban").
 * @example demonymOf("Cuba") // "Cuban"
 */
export function demonymOf(country: string): string | undefined {
  return COUNTRIES.find((c) => c.name === country)?.demonyms[0];
}

/** Continents, their regions, seas and oceans: where a place span names no city or venue a meeting was at ("in Asia", "the Gulf"). */
const REGIONS = /^(?:the\s+)?(?:(?:north|south|east|west|central|southeast|south-east|northeast|north-east|eastern|western|northern|southern|sub-saharan|latin)\s+)?(?:asia|europe|africa|america|americas|oceania|eurasia|gulf|persian gulf|arabian gulf|pacific|indo-pacific|asia-pacific|atlantic|arctic|antarctic|antarctica|mediterranean|caribbean|balkans|caucasus|sahel|maghreb|levant|middle east|near east|far east|horn of africa|indian ocean|baltic|black sea|red sea|caspian|scandinavia|nordic region|gulf region)$/i;

/**
 * Whether a place's name is a region, sea or ocean, never where a meeting was.
 * @example isRegion("Asia") // true
 * @example isRegion("the Indo-Pacific") // true
 * @example isRegion("Astana") // false
 */
export function isRegion(text: string): boolean {
  return REGIONS.test(text.trim());
}
