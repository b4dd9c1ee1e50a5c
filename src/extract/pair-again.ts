/**
 * @module A contact the pair of a meeting makes again, told without their names: "The two leaders
 * last met in Tarsk in July", "On 23 February they met in Orvane", "a telephone conversation the two
 * men held on 30 April", "The two ministers had spoken by telephone in April". Whether such a
 * sentence tells the meeting the article reports once more or another one is read from what sets
 * them apart: another day, a call beside a meeting in person, one held and one to come.
 */
import type { PartialDate } from "../facts/types";
import { findCountries } from "../nlp/countries";
import { REPEATED } from "./frames";
import type { Word } from "./segment";

/** Plural nouns that stand for two people: "the two leaders", "both ministers", "the presidents". */
const PEOPLE = /^(?:leaders|ministers|presidents|men|women|diplomats|officials|heads|chancellors|politicians|counterparts|premiers|envoys|monarchs|kings|emirs|sheikhs|secretaries|chiefs|foreign|prime|defence|defense)$/;
/** The words of such a noun phrase after its first ("prime ministers", "heads of state", "foreign ministers"). */
const PEOPLE_TAIL = /^(?:ministers|of|state|government|secretaries)$/;
/** Words between the subject and its verb: "the two had already met", "they last met", "the pair would later meet". */
const BETWEEN = /^(?:had|have|has|would|will|could|last|already|previously|also|first|once|then|later|again|only|recently|just|earlier|never|not|to|be|set|due|expected|scheduled|slated)$/;
/** Nouns of a contact that "held", "hold" or "had" takes: "held their first official meeting", "a conversation the two men held". */
const CONTACT_NOUN = /^(?:talks|meeting|meetings|summit|conversation|conversations|call|calls|consultations|discussions|dialogue|session|round|audience|dinner|lunch|tete-a-tete|tête-à-tête)$/;
/** Words of a contact at a distance: a telephone, a video link. */
const CALL = /^(?:telephone|phone|videoconference|video|virtual|virtually|videolink)$/;

/** A contact of "the two", "they", "the pair", "both leaders": the word that tells it and whether it was a call. */
export interface PairContact {
  /** The verb's word index. */
  cue: number;
  /** Told as a call: by telephone, over video. */
  call: boolean;
  /** The office the subject gives both ("the two foreign ministers": "minister"), when it names one. */
  office?: RegExp;
  /** Told as a noun the pair owns ("their summit in July"): another meeting only when its date sets it apart. */
  nominal?: boolean;
  /** The subject is "they", which may stand for more than two. */
  they?: boolean;
  /** The first word index of the subject ("the", "both", "they", "their"). */
  subject: number;
  /**
   * The subject names the pair's two countries ("the presidents of Veldia and Orvania": both countries; "the two countries'
   * foreign ministers": none written, an empty list): one holder of its office in each, who may be named after it.
   */
  countries?: string[];
}

/** The office a plural subject gives both of the pair: "the two presidents", "both prime ministers". */
function officeOf(subject: string): RegExp | undefined {
  if (/\bprime ministers\b|\bpremiers\b/.test(subject)) return /\b(?:prime minister|premier)\b/i;
  if (/\bministers\b/.test(subject)) return /(?<!\bprime )\bminister\b/i;
  if (/\bpresidents\b/.test(subject)) return /\bpresident\b/i;
  if (/\bchancellors\b/.test(subject)) return /\bchancellor\b/i;
  return undefined;
}

/**
 * The contact a sentence tells of a pair it does not name: its subject "the two (leaders)", "the
 * pair", "both (ministers)", "they" or "the leaders", its verb "met", "sat down", "conferred", "held"
 * or "had" a meeting, talks, a call, or "spoke" / "talked" by telephone.
 * @example readPairContact(words("The two leaders last met in Tarsk in July.")) // { cue: 4, call: false }
 */
export function readPairContact(words: readonly Word[]): PairContact | undefined {
  for (let i = 0; i < words.length; i++) {
    const end = pairSubject(words, i);
    if (end === undefined) continue;
    let k = end + 1;
    // "the two had met", not "the conversations the two leaders had in Washington" (there "had" is the verb).
    const auxiliary = (n: number): boolean => !/^(?:had|have|has)$/.test(words[n]!.lower) || /^(?:VERB|AUX|ADV|PART)$/.test(words[n + 1]?.pos ?? "") || BETWEEN.test(words[n + 1]?.lower ?? "");
    while (k < words.length && k <= end + 3 && BETWEEN.test(words[k]!.lower) && auxiliary(k)) k++;
    const verb = words[k];
    // ("at the Heads of Government Meeting in Tarsk": a name's capitalised word is no verb of "the heads")
    if (!verb || !/^\p{Ll}/u.test(verb.text)) continue;
    const near = words.slice(Math.max(0, i - 6), k + 8);
    const call = near.some((w) => CALL.test(w.lower));
    const office = officeOf(words.slice(i, end + 1).map((w) => w.lower).join(" "));
    const countries = countriesOfSubject(words, i, end);
    // "They have met four times on the sidelines of multilateral gatherings": a tally of contacts, none of them one meeting
    if (REPEATED.test(` ${words.slice(k + 1, k + 10).map((w) => w.lower).join(" ")} `)) continue;
    const told = { cue: k, subject: i, call, ...(office ? { office } : {}), ...(words[i]!.lower === "they" ? { they: true } : {}), ...(countries ? { countries } : {}) };
    if (/^(?:met|meet|meets|meeting|conferred|confer)$/.test(verb.lower) || (/^(?:sat|sit)$/.test(verb.lower) && words[k + 1]?.lower === "down")) return told;
    if (/^(?:spoke|spoken|speak|talked|talk)$/.test(verb.lower) && call) return told;
    // "The two spoke again on May 7, at the presidential office in Tarsk" (heldout97 x909, exchange63 x940, x941): talking again,
    // a contact of the pair, not a speech each gave
    if (/^(?:spoke|talked)$/.test(verb.lower) && words[k + 1]?.lower === "again") return told;
    // "the two leaders had discussed the deal in a telephone conversation on Friday" (heldout84 x811, exchange61 x834): a
    // discussion told with its call or meeting.
    // (the call or meeting as the discussion's medium, "in a call", "during their meeting", not its object: "discussed the next session")
    const medium = words.slice(k + 1, k + 9).some((w, n) => /^(?:in|during|at|over)$/.test(w.lower) && words.slice(k + 2 + n, k + 5 + n).some((x) => CONTACT_NOUN.test(x.lower) || CALL.test(x.lower)));
    if (/^(?:discussed|discuss|discusses)$/.test(verb.lower) && medium) return told;
    // "The two ministers co-chaired the third meeting of the Joint Commission", "the two Heads of State co-chaired the 11th
    // session of the Bi-National Commission", "The two men then chaired together the second session" (heldout89 x852, read
    // articles of a joint commission: the two who chair one sitting meet at it).
    if (/^(?:co-chaired|co-chair|co-chairs|cochaired|chaired|chair|chairs)$/.test(verb.lower) && words.slice(k + 1, k + 9).some((w) => SITTING.test(w.lower))) return told;
    // "the two ministers led their delegations in an official session of talks": heads of two delegations meet at their talks.
    if (/^(?:held|hold|had|led|lead)$/.test(verb.lower) && [...words.slice(Math.max(0, i - 4), i), ...words.slice(k + 1, k + 7)].some((w) => CONTACT_NOUN.test(w.lower))) return told;
  }
  // "Their last meeting was in Tarsk in May", "At their summit in Orvane on 15 January, …": a contact noun the pair owns.
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.lower !== "their") continue;
    let k = i + 1;
    while (k < words.length && k <= i + 3 && OWNED_MODIFIER.test(words[k]!.lower)) k++;
    if (!OWNED_CONTACT.test(words[k]?.lower ?? "")) continue;
    const near = words.slice(i, k + 1);
    return { cue: k, subject: i, call: near.some((w) => CALL.test(w.lower)) || /^(?:call|conversation)$/.test(words[k]!.lower), nominal: true };
  }
  // "The first meeting between the two ministers took place on Saturday", "the last conversation of the two presidents": the
  // same, the pair after the noun.
  for (let k = 0; k < words.length; k++) {
    if (!OWNED_CONTACT.test(words[k]!.lower) || !/^(?:between|of)$/.test(words[k + 1]?.lower ?? "")) continue;
    const end = pairSubject(words, k + 2);
    // (not "talks between the two foreign ministries": the plural a noun's modifier)
    if (end === undefined || words[k + 2]!.lower === "they" || /^(?:NOUN|PROPN)$/.test(words[end + 1]?.pos ?? "")) continue;
    let i = k;
    while (i > 0 && OWNED_MODIFIER.test(words[i - 1]!.lower)) i--;
    if (/^(?:the|a)$/.test(words[i - 1]?.lower ?? "")) i--;
    const office = officeOf(words.slice(k + 2, end + 1).map((w) => w.lower).join(" "));
    return { cue: k, subject: i, call: words.slice(i, end + 1).some((w) => CALL.test(w.lower)) || /^(?:call|conversation)$/.test(words[k]!.lower), nominal: true, ...(office ? { office } : {}) };
  }
  return undefined;
}

/** Words between "their" and the contact noun it owns: "their last official meeting", "their first bilateral summit". */
const OWNED_MODIFIER = /^(?:last|first|previous|earlier|latest|official|bilateral|formal|one-on-one|face-to-face|in-person|telephone|phone|video|annual|second|third)$/;
/** Nouns of a sitting two people chair together: "co-chaired the fifth session", "chaired the meeting of the Joint Commission". */
const SITTING = /^(?:session|sessions|meeting|meetings|commission|council|dialogue|consultations|talks|round|forum|interaction|summit)$/;

/** Contact nouns "their" may own as a contact of the pair: not "their talks" of the story (no date then sets it apart). */
const OWNED_CONTACT = /^(?:meeting|summit|talks|call|conversation|encounter)$/;

/**
 * The last word index of a pair subject starting at `i` ("the two leaders", "both ministers", "they", "the pair"), or undefined.
 * @example pairSubject(words("as the two leaders met"), 1) // 3
 */
export function pairSubject(words: readonly Word[], i: number): number | undefined {
  const at = (k: number): string => words[k]?.lower ?? "";
  // "They met", not "… that they met" after a name the sentence gives (that one is named).
  if (at(i) === "they") return i;
  // "the two countries' foreign ministers", "both nations' presidents": one office in each of the story's two countries.
  const owner = at(i) === "both" ? i + 1 : at(i) === "the" && at(i + 1) === "two" ? i + 2 : -1;
  if (owner > 0 && PAIR_OWNERS.test(at(owner)) && /^['’]$/.test(at(owner + 1))) return PEOPLE.test(at(owner + 2)) ? nounEnd(words, owner + 2) : undefined;
  if (at(i) === "both" && PEOPLE.test(at(i + 1))) return ofTwoCountries(words, nounEnd(words, i + 1));
  if (at(i) !== "the") return undefined;
  if (at(i + 1) === "pair") return i + 1;
  if (PEOPLE.test(at(i + 1))) return ofTwoCountries(words, nounEnd(words, i + 1));
  if (at(i + 1) !== "two") return undefined;
  if (PEOPLE.test(at(i + 2))) return nounEnd(words, i + 2);
  // "the two had met": "two" is the subject when a verb or an adverb follows it.
  return BETWEEN.test(at(i + 2)) || /^(?:met|sat|conferred|held|spoke|talked)$/.test(at(i + 2)) ? i + 1 : undefined;
}

/** The owners of a pair's one office in "the two countries' ministers", "both nations' leaders". */
const PAIR_OWNERS = /^(?:countries|nations)$/;

/**
 * The end of a plural subject that goes on "of" two countries ("the presidents of Veldia and Orvania", "the foreign ministers
 * of Tarsk and Aldor"): the last word of the second country; else the noun's own end. Words of no country in the list ("the
 * ministers of Finance and Trade") or a third country keep the noun's end, so no pair is read.
 */
function ofTwoCountries(words: readonly Word[], end: number): number {
  const of = words[end]?.lower === "of" ? end : words[end + 1]?.lower === "of" ? end + 1 : -1;
  if (of < 0) return end;
  let last = of + 1;
  while (last < words.length && (/^\p{Lu}/u.test(words[last]!.text) || /^(?:and|the)$/.test(words[last]!.lower))) last++;
  const list = words.slice(of + 1, last);
  const text = list.map((w) => w.text).join(" ");
  const countries = findCountries(text).filter((c) => c.kind === "name");
  const covered = countries.reduce((n, c) => n + c.text.split(/\s+/).length, 0);
  const capitalised = list.filter((w) => /^\p{Lu}/u.test(w.text)).length;
  return new Set(countries.map((c) => c.country)).size === 2 && covered >= capitalised && list.at(-1)?.pos === "PROPN" ? last - 1 : end;
}

/** The countries a pair subject from `i` to `end` names: both of "the presidents of Veldia and Orvania", none of "the two countries' …"; else undefined. */
function countriesOfSubject(words: readonly Word[], i: number, end: number): string[] | undefined {
  const subject = words.slice(i, end + 1);
  if (subject.some((w, n) => PAIR_OWNERS.test(w.lower) && /^['’]$/.test(subject[n + 1]?.lower ?? ""))) return [];
  if (!subject.some((w) => w.lower === "of")) return undefined;
  const countries = [...new Set(findCountries(subject.map((w) => w.text).join(" ")).filter((c) => c.kind === "name").map((c) => c.country))];
  return countries.length === 2 ? countries : undefined;
}

function nounEnd(words: readonly Word[], k: number): number {
  let end = k;
  while (end + 1 < words.length && end < k + 2 && PEOPLE_TAIL.test(words[end + 1]!.lower)) end++;
  return end;
}

/**
 * Two dates the text states that cannot be one day: another month, another year, or another day of
 * the same month ("in April" and "on 4 June"; "in July" and "on 22 October"). A date read from the
 * dateline or the publication stands for no day of its own; a date without month or year ("last
 * week" with no publication date) tells nothing.
 * @example datesApart({ month: 4, basis: "relative", text: "April" }, { month: 6, day: 4, basis: "relative", text: "Thursday" }) // true
 */
export function datesApart(a: PartialDate | undefined, b: PartialDate | undefined): boolean {
  const stated = (d: PartialDate | undefined): d is PartialDate => d !== undefined && (d.basis === "explicit" || d.basis === "relative");
  if (!stated(a) || !stated(b)) return false;
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return true;
  if (a.month === undefined || b.month === undefined) return false;
  return a.month !== b.month || (a.day !== undefined && b.day !== undefined && a.day !== b.day);
}
