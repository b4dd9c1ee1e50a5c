/** @module Name matching as users type names: folded words, split the way the name index is keyed. */
import type { Office } from "../facts/types";
import { countryOf, findCountries } from "../nlp/countries";
import { fold } from "../nlp/fold";
import { officeWordKind } from "../nlp/offices";

/** Words inside names that name no one alone ("da", "bin", "al"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(["al", "el", "de", "la", "del", "da", "di", "dos", "van", "von", "bin", "ibn", "binti"]);

/**
 * Splits text into folded word tokens (letters and digits; hyphens and apostrophes split words).
 * @example nameTokens("Pérez-Soto’s visit") // ["perez", "soto", "s", "visit"]
 */
export function nameTokens(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Per office: the name tokens of its title with its organisation, and of its organisation with its posting. */
const OFFICE_TOKENS = { title: new WeakMap<Office, readonly string[]>(), posting: new WeakMap<Office, readonly string[]>() };

/**
 * {@link nameTokens} of an office's title and organisation (`"title"`) or of its organisation and
 * the country it is posted to (`"posting"`), which questions read again and again (an office held
 * by thousands of people in a large corpus): split once per isolate and office. The list is
 * shared: not to be changed.
 * @example officeTokens({ title: "Chairman", organisation: "National People's Congress", … }, "title") // ["chairman", "national", "people", "s", "congress"]
 */
export function officeTokens(office: Office, of: "title" | "posting"): readonly string[] {
  let tokens = OFFICE_TOKENS[of].get(office);
  if (!tokens) {
    tokens = nameTokens(of === "title" ? `${office.title} ${office.organisation ?? ""}` : `${office.organisation ?? ""} ${office.to ?? ""}`);
    OFFICE_TOKENS[of].set(office, tokens);
  }
  return tokens;
}

/**
 * The set of nameTokens of many texts. Each distinct whitespace-separated chunk is folded once
 * (folding and splitting never reach across whitespace, so the set is the same as splitting each
 * text whole): a corpus repeats its words, so this reads far less than the texts' length.
 * @example wordSet(["Pérez-Soto met", "Soto met Ruiz"]) // Set { "perez", "soto", "met", "ruiz" }
 */
export function wordSet(texts: Iterable<string>): Set<string> {
  const chunks = new Set<string>();
  for (const text of texts) for (const chunk of text.split(/\s+/)) chunks.add(chunk);
  const out = new Set<string>();
  for (const chunk of chunks) for (const word of nameTokens(chunk)) out.add(word);
  return out;
}

/** Words that join the words of a title without naming anyone ("Ambassador of X to Y"). */
const TITLE_GLUE = new Set(["the", "to", "in", "at"]);

/**
 * Whether a "name" is only an office title, with its countries ("Prime Minister", "Ambassador of
 * Peru to Chile"): it names no one, so no question word links to it and no suggestion offers it.
 * @example isTitleOnly("Prime Minister") // true
 * @example isTitleOnly("Ambassador of Costa Rica to Norway") // true
 * @example isTitleOnly("Ana Ortega") // false
 */
export function isTitleOnly(name: string): boolean {
  let known = TITLE_ONLY.get(name);
  if (known === undefined) {
    if (TITLE_ONLY.size >= TITLE_ONLY_LIMIT) TITLE_ONLY.clear();
    TITLE_ONLY.set(name, (known = readTitleOnly(name)));
  }
  return known;
}

/**
 * {@link isTitleOnly}'s verdicts by name, bounded: suggestions ask it of each meeting's people on
 * every answer, over a slice's fresh records in D1 (a person's name is read against every country's
 * name each time), and the same people recur from question to question.
 */
const TITLE_ONLY = new Map<string, boolean>();
const TITLE_ONLY_LIMIT = 4_000;

/** {@link isTitleOnly}, read from the name's words. */
function readTitleOnly(name: string): boolean {
  // (a country of several words is one: "Ambassador of Costa Rica to Norway")
  const bare = findCountries(name).reduce((rest, c) => rest.replace(c.text, " "), name);
  const words = bare.split(/\s+/).filter(Boolean);
  return words.some((w) => officeWordKind(w) === "head") && words.every((w) => officeWordKind(w) !== undefined || TITLE_GLUE.has(fold(w)) || countryOf(w) !== undefined);
}
