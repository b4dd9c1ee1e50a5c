/**
 * @module Datelines: "PARIS —", "Almaty, Feb 4 (Kazinform)", "Geneva (AFP):", "AFP (GENEVA) -", "Lima, Peru.-", "ISLAMABAD, Pakistan:",
 * "PARIS, March 3 (Reuters) —", "Tokyo (Kyodo):", "RABAT, Morocco (AP) —", "TARSK (Veldia), Aug 25 (APP):",
 * "Tarsk /MONTSAME/." at the head of the first
 * paragraph, or a press release's closing "Dakar, 3 September 2025".
 */
import type { PartialDate } from "../facts/types";
import { countryOfCity, findCountries } from "../nlp/countries";
import { outletCountry, portalCountry } from "../nlp/outlets";
import { parseDate } from "./dates";

/** A dateline read off the first paragraph, and the paragraph without it. */
export interface Dateline {
  place?: string;
  date?: PartialDate;
  /** Agency or publisher in brackets ("Kazinform", "Reuters"). */
  agency?: string;
  raw: string;
  /** The paragraph after the dateline. */
  rest: string;
}

const PLACE = "(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})(?:/\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2})?";
const MONTH_WORD = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
/** "March 3", "Feb. 4, 2024", "February 15/2023" (ENA), "19 January 2017", "22 Nov", "16th May, 2022" (WAM), "14.03.2019" (day first with dots: "Tarsk, 14.03.2019 –"). */
const MONTH_DAY = `(?:${MONTH_WORD}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:(?:,\\s*|\\s+|/)\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_WORD}(?:,?\\s+\\d{4})?|\\d{1,2}\\.\\d{1,2}\\.\\d{4})`;
/** ", Morocco" or " [US]" after the city of a wire dateline ("RABAT, Morocco (AP) —", "KINGSTON, JAMAICA, January 22", "New York [US], September 27 (ANI):"), or a region in brackets before the comma ("TARSK (Veldia), Aug 25 (APP):", "Orvel (North Province) [Veldia], Oct 12 (ANI):"). */
const REGION = "(?:,\\s+\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,2}(?=,|\\s*\\()|\\s*\\[[^\\]]{1,20}\\]|\\s+\\(\\p{Lu}[\\p{L} .'-]{1,24}\\)(?:\\s*\\[[^\\]]{1,20}\\])?(?=,))?";
/** What closes a dateline: an agency in brackets or slashes, then a dash or colon. */
const AGENCY = "(?:\\(([^)]{1,40})\\)|/([^/]{1,40})/\\.?)?";
/** An agency written bare after the day, in capitals, closing the dateline: "Baku, July 22, AZERTAC", "Johannesburg March 11 SAPA --". */
const BARE_AGENCY = "(?:,?\\s+(\\p{Lu}{3,10}))";
const PATTERNS: RegExp[] = [
  // Baku, July 22, AZERTAC (a line of its own) / Johannesburg March 11 SAPA -- : the agency bare, after the day, then a dash or the line's end
  new RegExp(`^${PLACE}${REGION},?\\s+(${MONTH_DAY})${BARE_AGENCY}\\s*(?:(?:[—–-]+|:)\\s+|$)`, "u"),
  // PARIS, March 3 (Reuters) — / Almaty, Feb 4 (Kazinform) / MALABO, 19 January 2017 - / Addis Ababa February 15/2023 /ENA/ / APIA, 09 FEBRUARY 2024 (RNZ PACIFIC/PACNEWS) ---
  // (and a wire's "Tarsk, Oct. 15 (Orvel Press)--Veldian …": the dash right after the agency's bracket, no space before the
  // lead's first word; exchange60 x788, x794)
  new RegExp(`^${PLACE}${REGION},?\\s+(${MONTH_DAY})\\.?\\s*${AGENCY}\\s*(?:(?:[—–-]+|:)?(?:\\s+|$)|(?<=\\))(?:[—–]|--?)(?=\\p{Lu}))`, "u"),
  // CAIRO - 5 January 2019: / LONDON — March 3:
  new RegExp(`^${PLACE}\\s+[—–-]{1,3}\\s+(${MONTH_DAY})\\s*${AGENCY}\\s*(?:[—–-]+|:)\\s+`, "u"),
  // Geneva (AFP): / Tokyo (Kyodo) — / RABAT, Morocco (AP) —
  new RegExp(`^${PLACE}${REGION}\\s*\\(([^)\\d]{1,40})\\)\\s*(?:[—–-]+|:)\\s*`, "u"),
  // PARIS — / Paris, (AFP) – / BEIJING: / ALGIERS- / Baghdad - (a single hyphen only after a known city or capitals: see isDatelinePlace)
  new RegExp(`^${PLACE}\\s*(?:,\\s*)?(?:\\(([^)\\d]{1,40})\\)\\s*)?(?:[—–]|--|:|-(?=\\s))\\s+`, "u"),
  // Ulaanbaatar /MONTSAME/. : an agency in capitals between slashes after the city
  new RegExp(`^${PLACE}\\s*/(\\p{Lu}[\\p{Lu}\\s-]{1,30})/\\.?\\s+`, "u"),
  // ISLAMABAD, Pakistan: / Tarsk, North Province — : a city and its country or region, then a colon or a dash, no agency
  new RegExp(`^${PLACE},\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2})\\s*(?:[—–]|--|:)\\s+(?=\\S+(?:\\s+\\S+){5})`, "u"),
  // Lima, Peru.- / Quito, Ecuador.- : a city and its country closed by ".-" (Latin American papers)
  new RegExp(`^${PLACE},\\s+(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2})\\.-\\s*`, "u"),
  // (dated, as the first three) DUSHANBE, August 30, 2018, Asia-Plus - / ASTANA, May 5, Kazinform – : an agency's name of one
  // word (hyphens inside) after the day's comma, then a dash
  new RegExp(`^${PLACE}${REGION},?\\s+(${MONTH_DAY}),\\s+(\\p{Lu}[\\p{L}]+(?:-\\p{L}+)?)\\s+[—–-]+\\s+`, "u"),
  // TARSK, Veldia (Sept. 25, 2024) -- : the day in brackets after the city and its country, as the U.S. government's and
  // armed forces' releases date them (new59c x732, exchange59 x748, x749)
  new RegExp(`^${PLACE}${REGION}\\s*\\((${MONTH_DAY})\\)\\s*(?:[—–-]+|:)\\s+`, "u"),
];

/** The pattern of a dated dateline closed by an agency's bare name ("DUSHANBE, August 30, 2018, Asia-Plus -"). */
const DATED_AGENCY = PATTERNS.length - 2;
/** The pattern of a dateline with its day in brackets ("TARSK, Veldia (Sept. 25, 2024) --"). */
const BRACKETED_DAY = PATTERNS.length - 1;

/** Words of an office after a name and a comma: a speaker's line, not a city and its region. */
const OFFICE_WORD = /\b(?:minister|president|secretary|ambassador|envoy|chair(?:man|woman)?|spokes(?:man|woman|person)|director|chief|king|queen|prince|princess|emir|amir|sultan|governor|mayor|senator|speaker|adviser|advisor|general)\b/i;

/** Month words in capitals ("09 FEBRUARY 2024") read as the patterns expect; same length, so offsets hold. */
const monthsTitleCased = (s: string): string =>
  s.replace(/\b(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(UARY|RUARY|CH|IL|E|Y|UST|T|TEMBER|OBER|EMBER)?\b/g, (_m, a: string, b = "") => a[0] + a.slice(1).toLowerCase() + b.toLowerCase());

/**
 * A place written in capitals, in title case ("ADDIS ABABA" → "Addis Ababa"); any other text as it stands.
 * @example placeCase("TARSK") // "Tarsk"
 */
export const placeCase = (s: string): string =>
  s === s.toUpperCase() ? s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase()) : s;

/**
 * Reads a dateline at the head of a paragraph; `published` resolves a date without a year.
 * Returns undefined when the paragraph opens with no dateline.
 * @example readDateline("PARIS — The ministers met.")?.place // "Paris"
 * @example readDateline("Almaty, Feb 4 (Kazinform) The minister …")?.date // { month: 2, day: 4, basis: "dateline", text: "Feb 4" }
 */
export function readDateline(paragraph: string, published?: string): Dateline | undefined {
  const text = monthsTitleCased(paragraph);
  for (const [i, pattern] of PATTERNS.entries()) {
    const m = pattern.exec(text);
    if (!m) continue;
    // "AGENCY (CITY) -": an agency's initials before the city it files from, the city in brackets.
    const inBrackets = i === 3 && m[2] ? placeCase(m[2].trim()) : undefined;
    const swapped = inBrackets !== undefined && countryOfCity(inBrackets) !== undefined && countryOfCity(placeCase(m[1] ?? "")) === undefined;
    const place = swapped ? inBrackets : placeCase(m[1] ?? "");
    if (!isPlausiblePlace(place)) continue;
    // "Baghdad - In three meetings": a lone hyphen closes a dateline only after a known city or capitals.
    if (i === 4 && /[^-]-\s+$/.test(m[0]) && !/[—–:]|--/.test(m[0]) && countryOfCity(place) === undefined && m[1] !== m[1]?.toUpperCase()) continue;
    // "Mirzoyan: Moscow Talks …": a headline's speaker before a colon, not a dateline, unless a known city or capitals ("BEIJING:").
    if (i === 4 && /:\s*$/.test(m[0]) && !m[2] && countryOfCity(place) === undefined && m[1] !== m[1]?.toUpperCase()) continue;
    const out: Dateline = { place, raw: paragraph.slice(0, m[0].length).trim(), rest: paragraph.slice(m[0].length).trim() };
    if (i <= 2 || i === DATED_AGENCY || i === BRACKETED_DAY) {
      const date = parseDate(m[2] ?? "", published ? { published } : {});
      if (date) out.date = { ...date, basis: "dateline" };
      const agency = m[3] ?? m[4];
      if (agency) out.agency = agency.trim();
    } else if (i === 7) {
      if (!findCountries(m[2] ?? "").some((c) => c.kind === "name" && c.text === m[2])) continue;
    } else if (i === 6) {
      // "Tarsk, North Province:" names a region, no agency; "Varan Telu, Prime Minister: …" names a speaker
      if (OFFICE_WORD.test(m[2] ?? "")) continue;
    } else if (swapped) out.agency = (m[1] ?? "").trim();
    else if (m[2]) out.agency = m[2].trim();
    // "Baku, Azerbaijan, Sept. 4" on a line of its own: a dated dateline above the body; an undated line is no dateline.
    if (out.rest === "" && !out.date) return undefined;
    return out;
  }
  return undefined;
}

/**
 * Reads a press release's sign-off ("Dakar, 3 September 2025"), a known city and a date closing
 * the text, as the dateline of an article that opens with none.
 * @example readSignOff("Dakar, 3 September 2025 Directorate of Communication")?.place // "Dakar"
 */
export function readSignOff(paragraph: string, isCity: (place: string) => boolean): Dateline | undefined {
  const m = new RegExp(`^${PLACE},\\s+(${MONTH_DAY}|\\d{1,2}\\s+\\p{Lu}\\p{Ll}+\\s+\\d{4})\\.?(?=\\s|$)`, "u").exec(paragraph);
  if (!m || !isCity(placeCase(m[1] ?? ""))) return undefined;
  const rest = paragraph.slice(m[0].length).trim();
  if (rest.split(/\s+/).length > 6 || /[.!?]\s/.test(rest)) return undefined;
  const out: Dateline = { place: placeCase(m[1] ?? ""), raw: m[0].trim(), rest };
  const date = parseDate(m[2] ?? "");
  if (date) out.date = { ...date, basis: "dateline" };
  return out;
}

/** A dateline alone on its line: "PARIS/LYON - Agency Name", "ROME (AFP)": cities in capitals, then an agency. */
const LONE_DATELINE = /^(\p{Lu}[\p{Lu}'’.-]+(?:\s\p{Lu}[\p{Lu}'’.-]+){0,2}(?:\/\p{Lu}[\p{Lu}'’.-]+(?:\s\p{Lu}[\p{Lu}'’.-]+){0,2}){0,2})\s*(?:[—–-]+\s*(\p{Lu}[\p{L}&.' ]{1,40})|\(([^)]{1,40})\))$/u;

/**
 * A dateline standing on a line of its own above the body, with its agency and no text after it:
 * the places it names in the order written (a wire names two cities when its desks in both file).
 * Returns undefined for any other line.
 * @example readDatelineLine("PARIS/LYON - Agency Name") // { places: ["Paris", "Lyon"], agency: "Agency Name" }
 */
export function readDatelineLine(line: string): { places: string[]; agency?: string } | undefined {
  const m = LONE_DATELINE.exec(line.trim());
  if (!m) return undefined;
  const places = (m[1] ?? "").split("/").map((p) => placeCase(p.trim()));
  if (places.some((p) => p.replace(/[^\p{L}]/gu, "").length < 3 || !isPlausiblePlace(p))) return undefined;
  const agency = (m[2] ?? m[3])?.trim();
  return agency ? { places, agency } : { places };
}

/** A place is a few capitalised words, not a sentence opener ("On Friday", "The minister") nor a page's label ("From: Ministry of …", "Tags:"). */
function isPlausiblePlace(place: string): boolean {
  const words = place.split(/\s+/);
  if (words.length > 4) return false;
  if (/^(?:On|In|At|The|During|After|Before|Meanwhile|However|According|As|For|Today|Yesterday|Earlier|Later|This|That|It|He|She|They|We|Source|Photo|Updated|Published|Posted|By|Editor|Reporter|Writer|Author|Correspondent|From|To|Subject|Date|Contact|Enquiries|Details|Tags|Topics|Categories|Category|Caption|Background|Related|Share|Publisher|Question)$/i.test(words[0] ?? "")) return false;
  // "Wednesday, 27 Aug 2025", "Sat, 05 Jan 2019": a stamp's weekday, not a place.
  return !/^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?$/i.test(words[0] ?? "");
}

/** A line of a page's head that names the seat publishing it: "Embassy of …", "MINISTRY FOR FOREIGN AFFAIRS OF …", "Sultanate of …". */
const HEAD_SEAT = /^(?:embassy|high commission|ministry|government|presidency|office of|sultanate|kingdom|republic)\b/i;

/** What papers call themselves, after the place they are named for ("THE TARSK LEDGER", "Veldia Daily Express"). */
const PAPER = /^(?:times|post|herald|tribune|ledger|gazette|star|observer|chronicle|news|express|monitor|journal|mirror|telegraph|sun|voice|press|standard|nation|guardian|independent|reporter|courier|dispatch)$/i;

/**
 * The place a newspaper is named for, when a line opens with its name: one or two capitalised words, an optional "Daily",
 * then a word papers call themselves ("THE TARSK LEDGER", "VELDIA DAILY EXPRESS", "The Orvane Times").
 */
function mastheadPlace(line: string): string | undefined {
  const words = line.trim().split(/\s+/).slice(0, 5);
  const start = /^the$/i.test(words[0] ?? "") ? 1 : 0;
  for (let k = start + 1; k <= start + 3 && k < words.length; k++) {
    if (!/^\p{Lu}/u.test(words[k - 1]!)) return undefined;
    if (!PAPER.test(words[k]!)) continue;
    const place = words.slice(start, /^daily$/i.test(words[k - 1]!) ? k - 1 : k);
    return place.length >= 1 && place.length <= 2 ? place.join(" ") : undefined;
  }
  return undefined;
}

/** The longest line read as a page's head or foot with no separator in it. */
const PORTAL_LINE = 100;

/**
 * The country an article is reported from when its dateline names no city: the national agency or
 * state outlet that files it ("(QNA)", a closing "— Bernama" or "--IANS"), else the government portal
 * that publishes it, named at the page's head or foot ("Government of Hungary | Ministry of …",
 * "Copyright © Ministry of Foreign Affairs, Republic of Korea"). An international wire gives none.
 * @example homeCountry("Government of Hungary | News\nThe talks …", []) // "Hungary"
 * @example homeCountry("… said.\n— Bernama", []) // "Malaysia"
 */
export function homeCountry(raw: string, sources: (string | undefined)[]): string | undefined {
  return homeOf(raw, sources)?.country;
}

/**
 * The article's home country and whether a government's own page gives it ("Sultanate of Oman - Ministry of Foreign Affairs",
 * "Embassy of Japan in Djibouti"), not an outlet: such a page names its own officials by bare titles wherever it reports from.
 * @example homeOf("Ministry of Foreign Affairs of Veldia\nHome > News\n…", []) // { country: "Veldia", government: true }
 */
export function homeOf(raw: string, sources: (string | undefined)[]): { country: string; government: boolean } | undefined {
  const lines = raw.split("\n").map((l) => l.trim()).filter((l) => l !== "" && !/^date\s+\d{4}-\d\d-\d\d$/.test(l));
  const closing = lines.slice(-8).flatMap((l) => [/^(?:[—–-]+|--)\s*(\p{L}[\p{L} ]{1,30})$/u.exec(l)?.[1], /[.!?]\s*(?:[—–]|--)\s*(\p{L}[\p{L} ]{1,30})$/u.exec(l)?.[1]]);
  for (const s of [...sources, ...closing]) {
    const country = s ? outletCountry(s) : undefined;
    if (country) return { country, government: false };
  }
  // "THE TARSK LEDGER", "VELDIA DAILY EXPRESS", "The Orvane Times": a paper named after its city or country, at the page's head.
  const masthead = lines.slice(0, 2).map(mastheadPlace).find((m) => m !== undefined);
  const paperHome = masthead ? findCountries(masthead).find((c) => c.text.length === masthead.length)?.country : undefined;
  if (paperHome) return { country: paperHome, government: false };
  // The head may take a few lines ("Skip to content" / "Government of Iceland | Ministry for Foreign Affairs", "EMBASSY OF VELDIA").
  const head = lines.slice(1, 3).filter((l) => /[|©]/.test(l) || HEAD_SEAT.test(l));
  for (const l of [lines[0] ?? "", ...head, ...lines.slice(-3)]) {
    // A page's head or foot is a short line ("Government of Hungary | News"), not the article's first paragraph.
    if (l.length > PORTAL_LINE && !/[|©]/.test(l)) continue;
    // "ANGOP - Agência Angola Press": the national agency that publishes the page, named at its head.
    const outlet = l.split(/\s+[-–—|]\s+/).map((part) => outletCountry(part)).find((c) => c !== undefined);
    if (outlet && l === lines[0]) return { country: outlet, government: false };
    const country = portalCountry(l);
    if (country) return { country, government: true };
  }
  return undefined;
}
