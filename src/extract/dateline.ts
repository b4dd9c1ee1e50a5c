/**
 * @module Datelines: "PARIS —", "Almaty, Feb 4 (Kazinform)", "Geneva (AFP):",
 * "PARIS, March 3 (Reuters) —", "Tokyo (Kyodo):", "RABAT, Morocco (AP) —" at the head of the first
 * paragraph, or a press release's closing "Dakar, 3 September 2025".
 */
import type { PartialDate } from "../facts/types";
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

const PLACE = "(\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3})";
const MONTH_DAY = "(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}|\\d{1,2}\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?)(?:,?\\s+\\d{4})?";
/** ", Morocco" after the city of a wire dateline ("RABAT, Morocco (AP) —"). */
const REGION = "(?:,\\s+\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,2})?";
const PATTERNS: RegExp[] = [
  // PARIS, March 3 (Reuters) — / Almaty, Feb 4 (Kazinform)
  new RegExp(`^${PLACE},\\s+(${MONTH_DAY})\\.?\\s*(?:\\(([^)]{1,40})\\)|/([^/]{1,40})/\\.?)?\\s*(?:[—–-]+|:)?\\s+`, "u"),
  // Geneva (AFP): / Tokyo (Kyodo) — / RABAT, Morocco (AP) —
  new RegExp(`^${PLACE}${REGION}\\s*\\(([^)]{1,40})\\)\\s*(?:[—–-]+|:)\\s*`, "u"),
  // PARIS — / Paris, (AFP) – / BEIJING:
  new RegExp(`^${PLACE}\\s*(?:,\\s*)?(?:\\(([^)]{1,40})\\)\\s*)?(?:[—–]|--|:)\\s+`, "u"),
];

const titleCase = (s: string): string =>
  s === s.toUpperCase() ? s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase()) : s;

/**
 * Reads a dateline at the head of a paragraph; `published` resolves a date without a year.
 * Returns undefined when the paragraph opens with no dateline.
 * @example readDateline("PARIS — The ministers met.")?.place // "Paris"
 * @example readDateline("Almaty, Feb 4 (Kazinform) The minister …")?.date // { month: 2, day: 4, basis: "dateline", text: "Feb 4" }
 */
export function readDateline(paragraph: string, published?: string): Dateline | undefined {
  for (const [i, pattern] of PATTERNS.entries()) {
    const m = pattern.exec(paragraph);
    if (!m) continue;
    const place = titleCase(m[1] ?? "");
    if (!isPlausiblePlace(place)) continue;
    const out: Dateline = { place, raw: m[0].trim(), rest: paragraph.slice(m[0].length).trim() };
    if (i === 0) {
      const date = parseDate(m[2] ?? "", published ? { published } : {});
      if (date) out.date = { ...date, basis: "dateline" };
      const agency = m[3] ?? m[4];
      if (agency) out.agency = agency.trim();
    } else if (m[2]) out.agency = m[2].trim();
    if (out.rest === "") return undefined;
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
  if (!m || !isCity(titleCase(m[1] ?? ""))) return undefined;
  const rest = paragraph.slice(m[0].length).trim();
  if (rest.split(/\s+/).length > 6 || /[.!?]\s/.test(rest)) return undefined;
  const out: Dateline = { place: titleCase(m[1] ?? ""), raw: m[0].trim(), rest };
  const date = parseDate(m[2] ?? "");
  if (date) out.date = { ...date, basis: "dateline" };
  return out;
}

/** A place is a few capitalised words, not a sentence opener ("On Friday", "The minister"). */
function isPlausiblePlace(place: string): boolean {
  const words = place.split(/\s+/);
  if (words.length > 4) return false;
  return !/^(?:On|In|At|The|During|After|Before|Meanwhile|However|According|As|For|Today|Yesterday|Earlier|Later|This|That|It|He|She|They|We)$/i.test(words[0] ?? "");
}
