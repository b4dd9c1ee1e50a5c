/**
 * @module Mentions: in one sentence, the runs of words that name people, with the office, country
 * and honorific written around them ("Kenya's Cabinet Secretary … Musalia Mudavadi",
 * "Wang Yi, the director of …"), descriptions ("the Kenyan Foreign Minister"), pronouns and handles.
 */
import { countryOf, countryOfCity, isCountryWord } from "../nlp/countries";
import { fold } from "../nlp/fold";
import { isOfficeHead, isPluralOffice, normaliseTitle, officeWordKind } from "../nlp/offices";
import { FUNCTION_CAPITALS, HONORIFICS, MONTHS, NAME_PARTICLES, ORGANISATION_WORDS, WEEKDAYS } from "../nlp/vocab";
import type { Sent, Word } from "./segment";

/** An office written next to a name, before it is tied to a person. */
export interface OfficeDraft {
  title: string;
  country?: string;
  to?: string;
  organisation?: string;
}

/** A run of words that names a person. */
export interface NameMention {
  kind: "name";
  first: number;
  last: number;
  /** The name as written, particles kept ("Abdullah al-Sabah"). */
  name: string;
  /** The words around it make it a person (title, honorific, demonym, apposition, speech verb). */
  evidence: boolean;
  office?: OfficeDraft;
  /** Country from a demonym or possessive with no title ("Japanese Takeshi Iwaya"). */
  country?: string;
  honorific?: string;
  /** "his Cuban counterpart X": X holds the office of the sentence's earlier person. */
  counterpart?: boolean;
  /** Title of a plural office word introducing a list ("presidents X and Y"). */
  listTitle?: string;
}

/** A description standing for a person: "the Kazakh Foreign Minister", "the Cuban diplomat". */
export interface DescriptionMention {
  kind: "description";
  first: number;
  last: number;
  country?: string;
  /** Title words, normalised ("Foreign Minister", "Diplomat"). */
  title: string;
  /** Capitalised non-country modifier ("EU" in "the EU official"). */
  organisation?: string;
}

/** "he" / "she". */
export interface PronounMention {
  kind: "pronoun";
  first: number;
  last: number;
}

/** A social-media handle ("@JaishankarS"). */
export interface HandleMention {
  kind: "handle";
  first: number;
  last: number;
  handle: string;
}

/** Anything in a sentence that may stand for a person. */
export type Mention = NameMention | DescriptionMention | PronounMention | HandleMention;

const SPEECH_VERBS = new Set([
  "said", "says", "told", "met", "meets", "noted", "stressed", "added", "emphasized", "emphasised", "discussed", "held", "expressed",
  "welcomed", "thanked", "praised", "visited", "received", "spoke", "urged", "called", "announced", "highlighted", "underscored",
  "pointed", "affirmed", "confirmed", "reiterated", "arrived", "signed", "hosted", "invited", "stated", "declared", "wrote", "tweeted",
  "insisted", "warned", "explained", "recalled", "congratulated", "conveyed", "handed", "presented", "attended", "led", "headed",
]);

/** Words of a state's formal name between "of" and the country: "of the Republic of Kazakhstan". */
const STATE_FORMS = new Set(["the", "republic", "kingdom", "federation", "islamic", "democratic", "people's", "socialist", "arab", "federal", "sultanate", "principality", "plurinational", "bolivarian", "union"]);
const isAcronym = (w: string): boolean => /^\p{Lu}{2,6}$/u.test(w) && !isCountryWord(w);
const isInitial = (w: string): boolean => /^(?:\p{Lu}\.){1,3}$/u.test(w);
const isHonorific = (w: Word): boolean => HONORIFICS.has(w.lower.replace(/\.$/, ""));
const isPossessive = (w: Word | undefined): boolean => w !== undefined && /^['’]s$/.test(w.text);
const isPlaceWord = (w: string): boolean => isCountryWord(w) || countryOfCity(w) !== undefined;

/** A capitalised word that may be part of a person's name. */
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
 * Finds the mentions of people in a sentence: names with what is written around them, descriptions,
 * pronouns and handles, in order.
 * @example findMentions(segment([{ text: "Chinese Premier Li Qiang met him." }])[0]!)[0] // { kind: "name", name: "Li Qiang", office: { title: "Premier", country: "China" }, … }
 */
export function findMentions(sent: Sent): Mention[] {
  const words = sent.words;
  const out: Mention[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    if (w.text.startsWith("@") && w.text.length > 2) {
      out.push({ kind: "handle", first: i, last: i, handle: w.text });
      i++;
      continue;
    }
    if (/^(?:he|she)$/.test(w.lower) && w.pos === "PRON") {
      out.push({ kind: "pronoun", first: i, last: i });
      i++;
      continue;
    }
    if (isNameWord(w)) {
      let j = i;
      while (isNameWord(words[j + 1]) || (isParticle(words[j + 1]) && isNameWord(words[j + 2])) || (isParticle(words[j + 1]) && isParticle(words[j + 2]) && isNameWord(words[j + 3]))) {
        j += isNameWord(words[j + 1]) ? 1 : isNameWord(words[j + 2]) ? 2 : 3;
      }
      // "Luis Montenegro": a country name right after a given name, not followed by a name or "'s", is a surname.
      const next = words[j + 1];
      if (next && j === i && /^\p{Lu}\p{Ll}+$/u.test(next.text) && countryOf(next.text) === next.text && !isPossessive(words[j + 2]) && !/^\p{Lu}/u.test(words[j + 2]?.text ?? "")) j++;
      const mention = readName(words, i, j);
      if (mention) out.push(mention);
      i = j + 1;
      continue;
    }
    const description = readDescription(words, i);
    if (description) {
      out.push(description);
      i = description.last + 1;
      continue;
    }
    i++;
  }
  return out;
}

const isParticle = (w: Word | undefined): boolean => w !== undefined && NAME_PARTICLES.has(w.lower) && /^\p{Ll}/u.test(w.text);

function readName(words: Word[], first: number, last: number): NameMention | undefined {
  const name = words
    .slice(first, last + 1)
    .map((w) => w.text)
    .join(" ");
  const before = words[first - 1];
  const after = words[last + 1];
  // "the State Duma", "University of Tokyo": not people.
  if (before && /^(?:the|a|an)$/.test(before.lower)) return undefined;
  if (before && isPlaceWord(`${before.text} ${name}`)) return undefined; // "New York"
  if (after && (ORGANISATION_WORDS.has(after.lower) || isPossessive(after) && ORGANISATION_WORDS.has(words[last + 2]?.lower ?? ""))) return undefined;
  // "the International Atomic Energy Agency": capitalised words up to an institution word.
  for (let k = last + 1; k < words.length && /^\p{Lu}/u.test(words[k]!.text); k++) if (ORGANISATION_WORDS.has(words[k]!.lower)) return undefined;
  const ofCountry = after?.lower === "of" ? countryAfter(words, last + 2) : undefined;
  if (after?.lower === "of" && /^\p{Lu}/u.test(words[last + 2]?.text ?? "") && !ofCountry) return undefined;
  const mention: NameMention = { kind: "name", first, last, name, evidence: false };
  readPrefix(words, first, mention);
  readApposition(words, last, mention);
  // "Crown Prince Mohammed bin Salman of Saudi Arabia"
  if (ofCountry && mention.office && !mention.office.country) mention.office.country = ofCountry;
  if (!mention.evidence && last > first && after && SPEECH_VERBS.has(after.lower)) mention.evidence = true;
  return mention;
}

/** The country named by the one to three words from `k` ("Saudi Arabia"). */
function countryAfter(words: Word[], k: number): string | undefined {
  for (let n = 3; n >= 1; n--) {
    const phrase = words.slice(k, k + n).map((w) => w.text).join(" ");
    const country = countryOf(phrase);
    if (country && words.slice(k, k + n).length === n) return country;
  }
  return undefined;
}

/** Reads honorific, office, country and "to <country>" written before a name. */
function readPrefix(words: Word[], first: number, mention: NameMention): void {
  let j = first - 1;
  // "the Ambassador of Hungary to Kazakhstan, Zoltan Varga, …": a title closed off by commas.
  const beforeComma = words[first - 2];
  if (words[j]?.text === "," && beforeComma && (officeWordKind(beforeComma.lower) === "head" || isCountryWord(beforeComma.text)) && /^[,.;]$/.test(words[mention.last + 1]?.text ?? ".")) j -= 1;
  while (j >= 0 && isHonorific(words[j]!)) {
    mention.honorific ??= words[j]!.text.replace(/\.?$/, ".");
    mention.evidence = true;
    j--;
  }
  const end = j;
  while (j >= 0) {
    const w = words[j]!;
    const kind = officeWordKind(w.lower);
    if (kind === "head" || kind === "modifier" || (kind === "connector" && j < end)) j--;
    else if (isCountryWord(w.text) && !/^\p{Ll}/u.test(w.text)) j--;
    else if (isPossessive(w) && words[j - 1] && isCountryWord(words[j - 1]!.text)) j -= 2;
    else if (w.lower === "to" && j < end && words[j + 1] && isCountryWord(words[j + 1]!.text)) j--;
    else if (isAcronym(w.text) && j < end && officeWordKind(words[j + 1]?.lower ?? "")) j--; // "UN Secretary-General"
    else if (STATE_FORMS.has(w.lower) && j < end && (words[j - 1]?.lower === "of" || STATE_FORMS.has(words[j - 1]?.lower ?? ""))) j--; // "of the Republic of"
    else break;
  }
  const prefix = words.slice(j + 1, end + 1);
  while (prefix[0] && officeWordKind(prefix[0].lower) === "connector") prefix.shift();
  if (!prefix.some((w) => isOfficeHead(w.text)) && readOrganisationTitle(words, end, mention)) return;
  if (prefix.length === 0) return;
  const office = readOffice(prefix);
  // "the Cuban delegation … includes the country's Deputy Foreign Minister X": the sentence's first country (its topic).
  if (!office.country && isPossessive(words[j]) && words[j - 1]?.lower === "country") {
    const earlier = words.slice(0, j - 1).find((w) => isCountryWord(w.text) && /^\p{Lu}/u.test(w.text));
    if (earlier) office.country = countryOf(earlier.text);
  }
  const det = words[j];
  if (office.title === "Counterpart") {
    mention.counterpart = true;
    mention.evidence = true;
    if (office.country) mention.country = office.country;
    return;
  }
  if (office.title && isPluralOffice(prefix[prefix.length - 1]?.lower ?? "")) {
    mention.listTitle = office.title;
    mention.evidence = true;
    return;
  }
  if (office.title) {
    const draft: OfficeDraft = { title: office.title };
    if (office.country) draft.country = office.country;
    if (office.to) draft.to = office.to;
    if (office.organisation) draft.organisation = office.organisation;
    mention.office = draft;
    mention.evidence = true;
  } else if (office.country && prefix.every((w) => isCountryWord(w.text) || isPossessive(w))) {
    if (det?.lower !== "and") {
      mention.country = office.country;
      mention.evidence = true;
    }
  }
}

/**
 * "Secretary General of the Organization of Turkic States Kubanychbek Omuraliev", "Chairman of the
 * Senate Maulen Ashimbayev": a title, "of", an institution's name, then the person's name.
 */
function readOrganisationTitle(words: Word[], end: number, mention: NameMention): boolean {
  // The institution's name must end before the person's ("University of Languages" is all institution).
  if (mention.last === mention.first || !/^\p{Lu}/u.test(words[end]?.text ?? "")) return false;
  for (let o = end; o >= Math.max(1, end - 10); o--) {
    const w = words[o]!;
    if (w.lower === "of" && officeWordKind(words[o - 1]?.lower ?? "") && officeWordKind(words[o - 1]!.lower) !== "connector") {
      let t = o - 1;
      while (t > 0 && officeWordKind(words[t - 1]!.lower) && officeWordKind(words[t - 1]!.lower) !== "connector") t--;
      const titled = readOffice(words.slice(t, o));
      if (!titled.title) return false;
      const org = words.slice(o + 1, end + 1).map((x) => x.text).join(" ").replace(/^the /i, "").replace(/\s+(['’]s)\b/g, "$1");
      const draft: OfficeDraft = { title: titled.title };
      const country = titled.country ?? countryOf(org);
      if (country) draft.country = country;
      if (!countryOf(org)) draft.organisation = org;
      mention.office = draft;
      mention.evidence = true;
      return true;
    }
    if (!(/^\p{Lu}/u.test(w.text) || /^(?:of|the|for|and|on|in)$/.test(w.lower) || isPossessive(w))) return false;
  }
  return false;
}

/** Splits prefix words into country (demonym, possessive, "of X"), title words and "to X". */
export function readOffice(prefix: Word[]): { title?: string; country?: string; to?: string; organisation?: string } {
  const titleWords: string[] = [];
  let organisation: string | undefined;
  let country: string | undefined;
  let to: string | undefined;
  for (let k = 0; k < prefix.length; k++) {
    const w = prefix[k]!;
    if (isPossessive(w)) continue;
    if (w.lower === "to" && prefix[k + 1]) {
      to = countryOf(prefix[k + 1]!.text);
      k++;
      continue;
    }
    if (w.lower === "of") {
      let m = k + 1;
      while (prefix[m] && (STATE_FORMS.has(prefix[m]!.lower) || prefix[m]!.lower === "of")) m++;
      if (prefix[m] && isCountryWord(prefix[m]!.text)) {
        country ??= countryOf(prefix[m]!.text);
        k = m;
        continue;
      }
    }
    if (isCountryWord(w.text) && !officeWordKind(w.lower)) {
      country ??= countryOf(w.text);
      continue;
    }
    if (isAcronym(w.text)) {
      organisation ??= w.text;
      continue;
    }
    titleWords.push(w.text);
  }
  while (titleWords.length && officeWordKind(titleWords[titleWords.length - 1] ?? "") === "connector") titleWords.pop();
  while (titleWords.length && officeWordKind(titleWords[0] ?? "") === "connector") titleWords.shift();
  const out: { title?: string; country?: string; to?: string; organisation?: string } = {};
  if (titleWords.some((t) => isOfficeHead(t))) out.title = normaliseTitle(titleWords);
  if (organisation && out.title) out.organisation = organisation;
  if (country) out.country = country;
  if (to) out.to = to;
  return out;
}

/** ", the chairman of the State Council of the Republic," after a name. */
function readApposition(words: Word[], last: number, mention: NameMention): void {
  if (words[last + 1]?.text !== ",") return;
  let k = last + 2;
  if (/^(?:the|a|an)$/.test(words[k]?.lower ?? "")) k++;
  const start = k;
  while (words[k] && (officeWordKind(words[k]!.lower) || isCountryWord(words[k]!.text) || isPossessive(words[k]) || (words[k]!.lower === "to" && isCountryWord(words[k + 1]?.text ?? "")))) {
    if (words[k]!.lower === "of" && officeWordKind(words[k + 1]?.lower ?? "") !== "modifier") break; // "Secretary of State" goes on
    k++;
  }
  if (isNameWord(words[k]) || (words[k] && isHonorific(words[k]!))) return; // the prefix of the next name
  const titled = readOffice(words.slice(start, k));
  if (!titled.title) return;
  const draft: OfficeDraft = { title: titled.title };
  if (titled.country) draft.country = titled.country;
  if (titled.to) draft.to = titled.to;
  if (words[k]?.lower === "of") {
    const rest: string[] = [];
    let m = k + 1;
    if (words[m]?.lower === "the") m++;
    while (words[m] && !/^[,.;:!?]$/.test(words[m]!.text) && !/^(?:who|which|said|says|and)$/.test(words[m]!.lower)) rest.push(words[m++]!.text);
    const phrase = rest.join(" ").replace(/\s+(['’]s)\b/g, "$1").replace(/\(\s+/g, "(").replace(/\s+\)/g, ")");
    const country = countryOf(phrase);
    if (country) draft.country ??= country;
    else if (phrase) draft.organisation = phrase;
  }
  mention.office ??= draft;
  mention.evidence = true;
}

const DESCRIPTION_HEADS = new Set([
  "minister", "ambassador", "president", "premier", "chairman", "chairwoman", "diplomat", "official", "counterpart", "lawmaker",
  "envoy", "leader", "head", "speaker", "chancellor", "secretary", "king", "queen", "emir", "prince", "spokesman", "spokeswoman",
  "spokesperson", "governor", "mayor", "legislator", "rector", "director",
]);

/** "the Kenyan Foreign Minister", "his Japanese counterpart", "the EU official", "the minister". */
function readDescription(words: Word[], i: number): DescriptionMention | undefined {
  const det = words[i]!;
  if (!/^(?:the|his|her)$/.test(det.lower)) return undefined;
  let k = i + 1;
  let country: string | undefined;
  let organisation: string | undefined;
  const titleWords: string[] = [];
  for (; k < words.length; k++) {
    const w = words[k]!;
    if (isCountryWord(w.text) && /^\p{Lu}/u.test(w.text) && titleWords.length === 0) country ??= countryOf(w.text);
    else if (/^\p{Lu}{2,6}$/u.test(w.text) && titleWords.length === 0 && !country) organisation = w.text;
    else if (officeWordKind(w.lower) && officeWordKind(w.lower) !== "connector") titleWords.push(w.text);
    else if (w.lower === "of" && isCountryWord(words[k + 1]?.text ?? "") && titleWords.length > 0) {
      country ??= countryOf(words[k + 1]!.text);
      k++;
    } else if (w.lower === "and" && titleWords.length > 0 && officeWordKind(words[k + 1]?.lower ?? "")) titleWords.push(w.text);
    else break;
  }
  const head = titleWords[titleWords.length - 1];
  if (!head || !DESCRIPTION_HEADS.has(fold(head))) return undefined;
  if (isNameWord(words[k]) || isHonorific(words[k] ?? ({ lower: "" } as Word))) return undefined; // a prefix, not a description
  if (words[k]?.lower === "of") return undefined; // "the head of the delegation"
  const out: DescriptionMention = { kind: "description", first: i, last: k - 1, title: normaliseTitle(titleWords) };
  if (country) out.country = country;
  if (organisation) out.organisation = organisation;
  return out;
}
