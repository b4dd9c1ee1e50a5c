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
import { findOffices } from "../nlp/offices";
import { CONTACT_TERMS, COUNTED_KIN, kinOf, MOVEMENTS } from "./answer-type";
import { actKin, SIGNED_OTHERWISE } from "./answerers/read-thing";
import { stem } from "./retrieval";

/** What a question's term left out of a reply is. */
export type MissingKind = "form" | "time" | "country" | "place" | "office" | "content";

/**
 * Words that ask for the answer's form or carry no act of their own, which a right reply seldom
 * repeats: what a person's post is called ("what is Varan's job / position / role / title", "which
 * country does Telu represent"), how much or how long ("how long did the talks last", "how big is the
 * loan"), and the light verbs of a contact's phrase ("Varan paid a courtesy call on Telu", "made a
 * state visit", "had a working lunch", "gave a farewell audience": the noun is the act).
 */
const FORM_WORDS = new Set(
  ["job", "position", "post", "role", "title", "office", "represent", "long", "big", "much", "many", "often", "number", "pay", "make", "have", "give", "take", "do"].map(stem),
);

/**
 * Words that place the act in time, which a reply gives as a date instead ("who did Varan meet on
 * Friday" answered "on 4 May"; "on the morning of 10 May").
 */
const TIME_WORDS = new Set(
  ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "afternoon", "evening", "night", "today", "yesterday", "tomorrow", "week", "weekend", "last", "next", "recently"].map(stem),
);

/**
 * Words told one for another: a contact in any of its words ("when did Varan hold talks with Telu"
 * answered "Varan met Telu"), an arrival ("arrived in Tarsk", "landed in Tarsk", "reached Tarsk"),
 * the place of a welcome on landing ("at the airport" told "on the tarmac", see nlp/occasion-words).
 * The kin of an act (see read-thing's ACT_KIN: "signed" for "exchanged") are read there.
 */
const KIN = kinOf([[...CONTACT_TERMS], [...MOVEMENTS].filter((w) => w !== "leave" && w !== "depart" && w !== "return").concat("reach"), [...ARRIVAL_WORDS]], stem);

/** A term's kin, itself first: the words above, an act's kin, a counted thing's ("memoranda" for "agreements"). */
function kinTerms(t: string): string[] {
  return [...new Set([t, ...(KIN.get(t) ?? []), ...actKin(t), ...(COUNTED_KIN.get(t) ?? [])])];
}

const SIGN = stem("sign");

/** Prefixes of a hyphened word that carry no content of their own ("inter-ministerial", "co-chair"). */
const PREFIXES = new Set(["inter", "intra", "co", "non", "anti", "pre", "post", "multi", "bi", "tri", "sub", "pan", "ex", "re"]);

/**
 * Whether a reply's text (lower-cased) holds a term or a kin of it, each also by its stem less a
 * letter or two ("treaty" in "treaties"); a hyphened term by each of its parts but a prefix ("the
 * inter-ministerial talks" shown by "held talks with the Veldian minister").
 * @example shows("varan met telu in tarsk", "talk") // true
 * @example shows("the veldian minister held consultations", "inter-ministeri") // true
 */
export function shows(text: string, t: string): boolean {
  const parts = t.split("-").filter((p) => p.length >= 3 && !PREFIXES.has(p));
  if (parts.length > 1 || (parts.length === 1 && parts[0] !== t)) return parts.every((p) => shows(text, p));
  // (a signing told without the verb: "put their names to the memorandum")
  if (t === SIGN && SIGNED_OTHERWISE.test(text)) return true;
  return kinTerms(t).some((k) => text.includes(k) || (k.length >= 5 && text.includes(k.slice(0, -2))));
}

/**
 * The kind of a term a reply left out, from the question's word that made it (as ./unsaid's
 * askedWords finds it), the office titles the question writes and the places it links: a country or
 * its adjective ("the Veldian minister"), a city or other place the act is put in ("met in Tarsk").
 * @example missingKind("friday", "friday", ["crown prince"]) // "time"
 * @example missingKind("princ", "prince", ["crown prince"]) // "office"
 * @example missingKind("dinner", "dinner", []) // "content"
 */
export function missingKind(t: string, word: string | undefined, officeWords: ReadonlySet<string>, placeWords: ReadonlySet<string> = new Set()): MissingKind {
  if (FORM_WORDS.has(t)) return "form";
  if (TIME_WORDS.has(t)) return "time";
  const w = fold(word ?? t);
  if (countryOf(w)) return "country";
  if (countryOfCity(w) || placeWords.has(w)) return "place";
  if (officeWords.has(w)) return "office";
  return "content";
}

/**
 * The words of the office titles a question writes ("the Veldian defence minister": "defence",
 * "minister"), folded.
 * @example officeWordsOf("when did Varan meet the special envoy") // Set {"special", "envoy"}
 */
export function officeWordsOf(question: string): Set<string> {
  return new Set(findOffices(question).flatMap((o) => fold(o.text).split(/[^\p{L}'’-]+/u).filter(Boolean)));
}
