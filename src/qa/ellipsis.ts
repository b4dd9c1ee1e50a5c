/**
 * @module Elliptical follow-ups: "and Varan?", "what about Tarsk?", "and in 2024?" ask the chat's last
 * question again of another person, country, city or date ("When did Orvane meet Telu?" → "and
 * Varan?" → "When did Varan meet Telu?").
 */
import { demonymOf, findCountries, type CountryMention } from "../nlp/countries";
import { MONTHS, WEEKDAYS } from "../nlp/vocab";
import { askedDates, type AskedDate } from "./dates";
import type { Knowledge } from "./knowledge";
import { linkQuestion, type PersonMention } from "./link";
import { escapeRegExp } from "../nlp/fold";

/** A follow-up that is only a name after "and", "what about", "how about", "same for". */
const ELLIPSIS = /^\s*(?:and\s+)?(?:what about|how about|what of|same for|and for|and)\s+(?!(?:who|what|when|where|why|how|which|whom|did|does|do|is|was|were|are|will|has|have|had|can|could)\b)(.+?)[\s?.!]*$/i;

/**
 * The phrase an elliptical follow-up asks about, or undefined for any other question.
 * @example ellipticalPhrase("and Varan?") // "Varan"
 * @example ellipticalPhrase("What about the Veldian minister?") // "the Veldian minister"
 * @example ellipticalPhrase("and when did they meet?") // undefined
 */
export function ellipticalPhrase(text: string): string | undefined {
  return ELLIPSIS.exec(text)?.[1];
}

/** The words of a mention, in the question as typed: spaces, hyphens or apostrophes between them. */
function mentionPattern(mention: PersonMention): RegExp {
  const words = mention.text.split(/\s+/).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join("[^\\p{L}\\p{N}]+")}(?![\\p{L}\\p{N}])`, "iu");
}

/** Who or what an elliptical follow-up names, read as a name slot ("and Varan"). */
function named(phrase: string, knowledge: Knowledge): { person?: PersonMention; unknown?: string } {
  // (after "and" a capitalised first word is read as a name, as in a question)
  const given = linkQuestion(`and ${phrase}`, knowledge);
  if (given.people.length === 1 && given.unknownNames.length === 0) return { person: given.people[0]! };
  if (given.people.length === 0 && given.unknownNames.length === 1 && given.countries.length === 0) return { unknown: given.unknownNames[0]! };
  return {};
}

/**
 * The question an elliptical follow-up asks: the last question again of the person, country or city
 * it names (in place of the person of the same country, so the counterpart stays, else of the first
 * person; a country for a country, written as the last question wrote it, a city for a city; a date
 * for its date, or added to a question that had none); with no last question that fits, "who is"
 * the person it names, else the phrase itself.
 * @example askAgain("When did Orvane meet Telu?", "Varan", knowledge) // "When did Varan meet Telu?"
 * @example askAgain("Who met in Ljubljana?", "Tarsk", knowledge) // "Who met in Tarsk?"
 * @example askAgain("Who met in Ljubljana in 2023?", "in 2024", knowledge) // "Who met in Ljubljana in 2024?"
 */
export function askAgain(previous: string | undefined, phrase: string, knowledge: Knowledge): string {
  const { person, unknown } = named(phrase, knowledge);
  const again = previous === undefined ? undefined : person || unknown ? ofPerson(previous, person?.text ?? unknown!, person?.ids ?? [], knowledge) : (ofCountry(previous, phrase) ?? ofDate(previous, phrase));
  return again ?? (person || unknown ? `Who is ${phrase}?` : phrase);
}

/** The last question of another person, who takes the place of one it names. */
function ofPerson(previous: string, name: string, ids: string[], knowledge: Knowledge): string | undefined {
  const asked = linkQuestion(previous, knowledge).people;
  const countriesOf = (of: string[]) => new Set(of.flatMap((id) => knowledge.people.get(id)?.country ?? []));
  const newCountries = countriesOf(ids);
  const target = asked.find((m) => [...countriesOf(m.ids)].some((c) => newCountries.has(c))) ?? asked[0];
  if (!target) return undefined;
  const pattern = mentionPattern(target);
  return pattern.test(previous) ? previous.replace(pattern, name) : undefined;
}

/** The last question of another country or city, named as the last question named its own (a demonym for a demonym). */
function ofCountry(previous: string, phrase: string): string | undefined {
  const given = findCountries(phrase.replace(/(^|\s)\p{Ll}/gu, (x) => x.toUpperCase()));
  if (given.length !== 1) return undefined;
  const [now] = given as [CountryMention];
  const old = findCountries(previous).find((m) => (m.kind === "city") === (now.kind === "city") && m.country !== now.country);
  if (!old) return undefined;
  const text = now.kind === "city" ? now.text : old.kind === "demonym" ? (demonymOf(now.country) ?? now.country) : now.country;
  return previous.slice(0, old.index) + text + previous.slice(old.index + old.text.length);
}

const MONTH = [...MONTHS.keys()].join("|");
const DAY = "\\d{1,2}(?:st|nd|rd|th)?";
/** A date as a question writes it, with its preposition: "in 2023", "on 4 May", "in May 2023", "on Tuesday", "May 4, 2023". */
const DATE_WORDS = new RegExp(
  `(?:\\b(?:in|on|during)\\s+)?\\b(?:(?:${DAY}\\s+)?(?:${MONTH})\\.?(?:\\s+${DAY})?(?:,?\\s+(?:19|20)\\d\\d)?|(?:19|20)\\d\\d|${[...WEEKDAYS.keys()].join("|")})\\b`,
  "i",
);

/** The last question of another date: in place of its own, or added to it ("on" a day, "in" a month or year). */
function ofDate(previous: string, phrase: string): string | undefined {
  const dates = askedDates(phrase);
  if (dates.length !== 1 || !DATE_WORDS.test(phrase)) return undefined;
  const [date] = dates as [AskedDate];
  const dated = /^(?:in|on|during)\s/i.test(phrase) ? phrase : `${date.day !== undefined || date.weekday !== undefined ? "on" : "in"} ${phrase}`;
  // (the first run of date words that names a date: "may" alone is a verb)
  const old = [...previous.matchAll(new RegExp(DATE_WORDS.source, "gi"))].find((m) => askedDates(m[0]).length > 0);
  if (old) return previous.slice(0, old.index) + dated + previous.slice(old.index + old[0].length);
  return `${previous.replace(/[\s?.!]+$/, "")} ${dated}?`;
}
