/**
 * @module Which of a question's words a reply must show to be about what was asked, and whether it
 * shows them: a term left out of the reply is sorted by kind (a word of the answer's form, a time, a
 * country, an office, or the content: the act, the occasion, the thing), and a term counts as shown
 * when the reply holds it or a word of its kind (the contact words one for another, the arrival
 * words, the kin of an act). A reply leaving out a content word is most often about another occasion,
 * act or thing than the one asked: the confidence model weighs those (see ./answer-signals).
 */
import { countryOf, countryOfCity } from "../nlp/countries";
import { fold } from "../nlp/fold";
import { ARRIVAL_WORDS } from "../nlp/occasion-words";
import { HONORIFICS } from "../nlp/vocab";
import { findOffices } from "../nlp/offices";
import { CONTACT_TERMS, COUNTED_KIN, kinOf, MOVEMENTS } from "./answer-type";
import { actKin, SIGNED_OTHERWISE } from "./answerers/read-thing";
import { spellsInitials } from "./answerers/read-kind";
import { contentTerms, stem } from "./retrieval";
import { CONTACT_KIN, FRAMING_WORDS, RELATIVE_TIME_WORDS, TERM_KIN } from "./term-kin";

/** What a question's term left out of a reply is. */
export type MissingKind = "form" | "time" | "country" | "place" | "office" | "content";

/**
 * Words that ask for the answer's form or carry no act of their own, which a right reply seldom
 * repeats: what a person's post is called ("what is Varan's job / position / role / title", "which
 * country does Telu represent"), how much or how long ("how long did the talks last", "how big is the
 * loan", "how high were the tariffs", "what is the total value of the package"), the light verbs of a
 * contact's phrase ("Varan paid a courtesy call on Telu", "made a state visit", "had a working lunch",
 * "gave a farewell audience": the noun is the act) or of another act ("what target did they set", "the
 * exports that got exempted"), and the words that report what is told ("what target did the
 * ministers mention", "according to Varan", as "said" and "told"). (Not the head of a list of matters,
 * "which areas did they discuss": "which sectors does the roadmap cover" answered with the talks'
 * topics is wrong as often as right.)
 */
const FORM_WORDS = new Set(
  [
    ...["job", "position", "post", "role", "title", "office", "represent", "long", "big", "high", "much", "many", "often", "number", "total"],
    ...["pay", "make", "have", "give", "take", "do", "get", "set", "mention", "according"],
    ...FRAMING_WORDS,
  ].map(stem),
);

/**
 * Words that place the act in time, which a reply gives as a date instead ("who did Varan meet on
 * Friday" answered "on 4 May"; "on the morning of 10 May").
 */
const TIME_WORDS = new Set(
  ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "afternoon", "evening", "night", "today", "yesterday", "tomorrow", "week", "weekend", "last", "next", "recently", ...RELATIVE_TIME_WORDS].map(stem),
);

/**
 * Words told one for another: a contact in any of its words ("when did Varan hold talks with Telu"
 * answered "Varan met Telu", "co-chaired the talks", "briefed Telu"), an arrival ("arrived in Tarsk",
 * "landed in Tarsk", "reached Tarsk"), the place of a welcome on landing ("at the airport" told "on the
 * tarmac", see nlp/occasion-words), and the kin of ./term-kin (credentials, a journey, a joint body, a
 * gathering). The kin of an act (see read-thing's ACT_KIN: "signed" for "exchanged") are read there.
 */
const KIN = kinOf([[...CONTACT_TERMS, ...CONTACT_KIN], [...MOVEMENTS].filter((w) => w !== "leave" && w !== "depart" && w !== "return").concat("reach"), [...ARRIVAL_WORDS], ...TERM_KIN], stem);

/** A term's kin, itself first: the words above, an act's kin, a counted thing's ("memoranda" for "agreements"). */
function kinTerms(t: string): string[] {
  return [...new Set([t, ...(KIN.get(t) ?? []), ...actKin(t), ...(COUNTED_KIN.get(t) ?? [])])];
}

const SIGN = stem("sign");

/** Prefixes of a hyphened word that carry no content of their own ("inter-ministerial", "co-chair"). */
const PREFIXES = new Set(["inter", "intra", "co", "non", "anti", "pre", "post", "multi", "bi", "tri", "sub", "pan", "ex", "re"]);

/**
 * Whether a reply's text (lower-cased) holds a term or a kin of it, each also by its stem less a
 * letter or two ("treaty" in "treaties") and written without its hyphen ("co-chair" as "cochair" or
 * "co chair"); a hyphened term by each of its parts but a prefix ("the inter-ministerial talks" shown
 * by "held talks with the Veldian minister"); a short term by the names the reply spells it out with
 * (`initials`, see {@link initialsOf}: "the VSC summit" by "the Veldian Sea Council").
 * @example shows("varan met telu in tarsk", "talk") // true
 * @example shows("the veldian minister held consultations", "inter-ministeri") // true
 */
export function shows(text: string, t: string, initials: ReadonlySet<string> = NO_INITIALS): boolean {
  if (initials.has(t)) return true;
  // (a signing told without the verb: "put their names to the memorandum")
  if (t === SIGN && SIGNED_OTHERWISE.test(text)) return true;
  const holds = (k: string): boolean => text.includes(k) || (k.length >= 5 && text.includes(k.slice(0, -2))) || (k.includes("-") && (text.includes(k.replace(/-/g, "")) || text.includes(k.replace(/-/g, " "))));
  if (kinTerms(t).some(holds)) return true;
  const parts = t.split("-").filter((p) => p.length >= 3 && !PREFIXES.has(p));
  return (parts.length > 1 || (parts.length === 1 && parts[0] !== t)) && parts.every((p) => shows(text, p, initials));
}

const NO_INITIALS: ReadonlySet<string> = new Set();

/**
 * The short words (lower case) that texts spell out by the initials of a run of capitalised words, a
 * word in capitals giving all its letters: "the Veldian Sea Council" is "vsc", "the UN Tarsk Forum" is
 * "untf" (see read-kind's spellsInitials, which tests one word).
 * @example initialsOf(["on the sidelines of the Orvane River Union summit"], ["oru"]) // Set {"oru"}
 */
export function initialsOf(texts: readonly string[], words: readonly string[]): Set<string> {
  const short = words.filter((w) => /^[a-z]{2,6}$/.test(w));
  if (!short.length) return new Set();
  const spelt = texts.map((t) => t.replace(/\b(\p{Lu}{2,4})\b/gu, (caps) => caps.split("").join(" ")));
  return new Set(short.filter((w) => spelt.some((t) => spellsInitials(t, w))));
}

/** The words a question names its offices, places and countries with, folded, and their terms (stems of their lemmas). */
export interface NamedWords {
  offices: ReadonlySet<string>;
  places?: ReadonlySet<string>;
  countries?: ReadonlySet<string>;
}

/**
 * The kind of a term a reply left out, from the question's word that made it (as ./unsaid's
 * askedWords finds it), the office titles the question writes and the places and countries it links
 * (each by its words or their terms: "vice" whose lemma's stem is another): a country or its adjective
 * ("the Veldian minister", "the Orvane Islands"), a city or other place the act is put in ("met in
 * Tarsk").
 * @example missingKind("friday", "friday", { offices: officeWordsOf("the crown prince") }) // "time"
 * @example missingKind("princ", "prince", { offices: officeWordsOf("the crown prince") }) // "office"
 * @example missingKind("dinner", "dinner", { offices: new Set() }) // "content"
 */
export function missingKind(t: string, word: string | undefined, named: NamedWords): MissingKind {
  if (FORM_WORDS.has(t)) return "form";
  if (TIME_WORDS.has(t)) return "time";
  const w = fold(word ?? t);
  if (countryOf(w) || named.countries?.has(w) || named.countries?.has(t)) return "country";
  if (countryOfCity(w) || named.places?.has(w) || named.places?.has(t)) return "place";
  // (a style written before a name is the person's, as an office is: "Sheikh Telu", "King Varan")
  if (named.offices.has(w) || named.offices.has(t) || HONORIFICS.has(w) || (word !== undefined && findOffices(word).length > 0)) return "office";
  return "content";
}

/**
 * The words of names (office titles, places, countries), folded, and their terms as a question's are
 * made ("the Veldian defence minister": "defence", "minister", and their stems).
 * @example wordsOf(["Vice President"]) // Set {"vice", "president", "vis", …}
 */
export function wordsOf(names: readonly string[]): Set<string> {
  return new Set(names.flatMap((n) => [...fold(n).split(/[^\p{L}'’-]+/u).filter(Boolean), ...contentTerms(n)]));
}

/**
 * The words of the office titles a question writes ("the Veldian defence minister": "defence",
 * "minister"), folded, and their terms.
 * @example officeWordsOf("when did Varan meet the special envoy") // Set {"special", "envoy", …}
 */
export function officeWordsOf(question: string): Set<string> {
  return wordsOf(findOffices(question).map((o) => o.text));
}
