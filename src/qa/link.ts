/** @module Linking a question to the index: people (any spelling), offices, countries, places, dates, kinds of meeting. */
import type { Meeting } from "../facts/types";
import { escapeRegExp, fold } from "../nlp/fold";
import { MONTHS, WEEKDAYS } from "../nlp/vocab";
import { parseText } from "./parse";
import { askedContact } from "./contact-kind";
import { askedDates, isDateWord, type AskedDate } from "./dates";
import type { Knowledge } from "./knowledge";
import { wordKey } from "../nlp/names";
import { countryAt, lookUpCountry, type Token } from "./link-countries";
import { linkOffices } from "./link-offices";
import { nameCandidates, spellingOf } from "./name-lookup";
import { NAME_PARTICLES, nameTokens } from "./names";
import { isOfficeWord, isTitleHead, joinOfficePhrases } from "./offices";
import { inCountryName, kinWrittenInLowerCase, writtenAsName, writtenInLowerCase } from "./proper-words";
import { occasionWords, pinnedEvent, type Specifics } from "./specifics";
import { wordTable } from "../nlp/word-table";

/** One mention of a person (by name or by office) and the people it may mean. */
export interface PersonMention {
  /** The words as the user typed them. */
  text: string;
  ids: string[];
  /** True when named by office ("the Peruvian president"). */
  byOffice: boolean;
}

/** Everything a question names that the index knows, and names it does not know. */
export interface Links {
  people: PersonMention[];
  /** Countries named outside office phrases ("What did Peru and Chile discuss?"). */
  countries: string[];
  /** Of those, the ones named as where ("who met in Peru"). */
  inCountries: string[];
  places: string[];
  dates: AskedDate[];
  kinds: Meeting["kind"][];
  /** Capitalised words that look like names but are in no article ("Smith", "France"). */
  unknownNames: string[];
  /** Office phrases that fit nobody ("the French president"). */
  unknownOffices: string[];
  /** A kind of contact only meetings of that kind answer ("on the phone", "credentials"). */
  contact?: "call" | "credentials";
  /** "when did A and B sign the treaty": only a meeting the articles tell as their signing answers (see SIGNING_RULES). */
  signed?: boolean;
  /** Plural titles with no country ("the two foreign ministers", "which envoys"): a group the question does not name. */
  groups: string[];
  /**
   * What the question asks of the occasion besides people, countries, places and dates: an event or
   * venue ("at the airport", "the dinner") and names the articles write that no link took; a
   * meeting fits only when its own sentences say them (see src/qa/specifics).
   */
  specifics?: Specifics;
  /** Words no link took that may be names the articles write (see unlinkedWords, which reads the articles for them). */
  nameCandidates?: string[];
}

const KIND_WORDS = wordTable<Meeting["kind"]>({ consultation: "consultation", consultations: "consultation", talks: "talks", visit: "visit", audience: "audience" });

/** Words that open a father's (or forebear's) name inside a name ("Rawdan bin Fahed"). */
const PATRONYMIC = new Set(["bin", "ibn", "bint", "binti", "ben", "ould", "walad"]);

/**
 * One of {@link PATRONYMIC} as a word of a folded name, or maybe one (a letter outside a–z beside it
 * is taken for a break between words: the name is then split to tell).
 */
const PATRONYM_IN = new RegExp(`(?:^|[^a-z0-9])(?:${[...PATRONYMIC].join("|")})(?:[^a-z0-9]|$)`);

/**
 * Whether a word stands in a person's names only as a father's name, right after "bin", "ibn" …
 * @example onlyPatronym(["Rawdan bin Fahed bin Saqer"], "fahed") // true
 * @example onlyPatronym(["Fahed bin Saqer"], "fahed") // false
 */
function onlyPatronym(names: string[], word: string): boolean {
  let seen = false;
  for (const name of names) {
    // (a name with no "bin", "ibn" … has no father's name: the word, if it holds it, is its own; a word
    // shared by hundreds of people is tested without splitting each name)
    const folded = fold(name);
    if (!PATRONYM_IN.test(folded)) {
      if (holdsWord(folded, word)) return false;
      continue;
    }
    const words = nameTokens(name);
    for (let j = 0; j < words.length; j++) {
      if (words[j] !== word) continue;
      if (!PATRONYMIC.has(words[j - 1] ?? "")) return false;
      seen = true;
    }
  }
  return seen;
}

/**
 * Whether a folded text holds a word as one of the words nameTokens splits it into, found without splitting it.
 * @example holdsWord("rawdan bin fahed", "fahed") // true
 * @example holdsWord("fahedi telu", "fahed") // false
 */
function holdsWord(folded: string, word: string): boolean {
  for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
    if (!WORD_END.test(folded.slice(0, at)) && !WORD_START.test(folded.slice(at + word.length))) return true;
  }
  return false;
}

const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;

/** Words after which a name is expected ("did Smith", "meet Smith", "and Smith"). */
const NAME_SLOTS = new Set(["did", "does", "meet", "met", "and", "with", "between", "is", "was"]);

/** Words that stand in a name slot without being names. */
const FUNCTION_WORDS = new Set(["the", "a", "an", "they", "he", "she", "it", "this", "that", "these", "those", "them", "his", "her", "their", "its", "there", "anyone", "anybody", "someone", "somebody", "any", "all", "each", "both", "other", "others", "whom", "not", "so", "then", "also", "your", "you", "my", "our", "we", "i", "me", "one", "ones", "some", "many", "much", "any", "who", "what", "when", "where", "which", "how", "why", "discuss", "talk", "happen", "take", "say", "agree", "establish", "visit", "sign", "vote", "go", "travel", "hold", "lead", "attend", "arrive", "present", "attended", "attending", "participant", "participants", "attendee", "attendees", "involved", "participating", "among", "else"]);

const COMMON = new Set(["who", "what", "when", "where", "which", "how", "did", "does", "the", "and", "with", "meet", "met", "is", "was", "are", "were", "of", "in", "on", "to", "for", "at", "by", "a", "an", "about", "he", "she", "they", "his", "her", "their", "else", "also", "it", "i", "you", "me", "hi", "hello", "us", "please", "tell", "thanks", "why", "could", "can", "would", "give", "show", "list", "know", "ok", "okay", "or", "but"]);

function tokenize(question: string): Token[] {
  const text = question.replace(/['’]s\b/g, "\u0001");
  const tokens: Token[] = [];
  let end = -1;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const token: Token = { raw: m[0], word: fold(m[0]), used: false };
    if (text[m.index + m[0].length] === "\u0001") token.possessive = true;
    if (/^[-‐‑]$/.test(text.slice(end, m.index))) token.hyphenated = true;
    tokens.push(token);
    end = m.index + m[0].length;
  }
  // an office phrase ("head of state") is one token, read as the title it stands for
  for (const { from, to, phrase } of joinOfficePhrases(tokens.map((t) => t.word)).reverse()) {
    tokens.splice(from, to - from + 1, { raw: tokens.slice(from, to + 1).map((t) => t.raw).join(" "), word: phrase, used: false });
  }
  return tokens;
}

/** Shortest word whose other transliterations (same sound key) join its exact matches. */
const MIN_TRANSLITERATED = 5;

/**
 * People whose name words fit this word: exactly, and then in another transliteration one letter
 * away (González / Gonzales: every one of them, a name may mean several people); with no exact
 * match, in another transliteration or by one typo, but only when one known word fits.
 */
function peopleOfWord(word: string, knowledge: Knowledge, fuzzy: boolean): { ids: ReadonlySet<string>; exact: boolean } {
  const exact = knowledge.nameWords.get(word);
  const initialled = exact ? undefined : personOfInitials(word, knowledge);
  if (initialled) return { ids: initialled, exact: false };
  // (a word the articles use that names no one is a word, not a typo: "talks" is not "Talis")
  if (!fuzzy || word.length < 4 || knowledge.model.weights[word] || lookUpCountry(word) || (!exact && knowledge.vocabulary.has(word))) return { ids: exact ?? NO_IDS, exact: true };
  if (exact && word.length < MIN_TRANSLITERATED) return { ids: exact, exact: true };
  // "modis stay", "benns meeting": a possessive typed without its apostrophe
  const owner = !exact && word.endsWith("s") && !word.endsWith("ss") ? knowledge.nameWords.get(word.slice(0, -1)) : undefined;
  if (owner && word.length >= 4) return { ids: owner, exact: false };
  const out = new Set<string>(exact);
  const fits: string[] = [];
  let key: string | undefined;
  for (const known of nameCandidates(word, knowledge.nameBuckets, !exact)) {
    if (known === word || Math.abs(known.length - word.length) > 3) continue;
    const spelling = spellingOf(word, known);
    if (spelling && (!exact || (spelling === "typo" && wordKey(known) === (key ??= wordKey(word))))) fits.push(known);
  }
  // a typed word that fits two known words is no one's typo
  if (!exact && fits.length !== 1) return { ids: out, exact: false };
  for (const known of fits) knowledge.nameWords.get(known)?.forEach((id) => out.add(id));
  return { ids: out, exact: !!exact };
}

/** Each isolate's index: the initials of its people's names, once per index (see personOfInitials). */
const INITIALS = new WeakMap<Knowledge, Map<string, Set<string>>>();

/**
 * The one person whose name's first three or four words have these initials ("abv" for "Amos bin Varan Al Orso",
 * "amlo" for a name of four words), when the word is no word of the articles, no country and no word of the questions'
 * model; else undefined.
 */
function personOfInitials(word: string, knowledge: Knowledge): ReadonlySet<string> | undefined {
  if (!/^[a-z]{3,4}$/.test(word) || knowledge.vocabulary.has(word) || knowledge.model.weights[word] || lookUpCountry(word)) return undefined;
  let initials = INITIALS.get(knowledge);
  if (!initials) {
    initials = new Map();
    for (const person of knowledge.index.people) {
      const words = nameTokens(person.name);
      for (const n of [3, 4]) {
        if (words.length < n) continue;
        const key = words.slice(0, n).map((w) => w[0]).join("");
        const ids = initials.get(key) ?? new Set<string>();
        initials.set(key, ids.add(person.id));
      }
    }
    INITIALS.set(knowledge, initials);
  }
  const ids = initials.get(word);
  return ids?.size === 1 ? ids : undefined;
}

/** No one: what a word that names no one links to (one set for every such word of every question, never changed). */
const NO_IDS: ReadonlySet<string> = new Set<string>();

/** A run of words naming one person: where it is, who it may mean, and whether every word matched exactly. */
interface NameRun {
  from: number;
  to: number;
  ids: ReadonlySet<string>;
  exact: boolean;
}

/** Whether the word at `i` is one of a country's name of several words ("costa rica", "el salvador", "sri lanka"). */
function inCountryOfSeveralWords(tokens: Token[], i: number): boolean {
  for (let from = Math.max(0, i - 2); from <= i; from++) {
    const c = countryAt(tokens, from);
    if (c && c.length >= 2 && from + c.length > i) return true;
  }
  return false;
}

function linkNames(tokens: Token[], knowledge: Knowledge, question: string): { mentions: PersonMention[]; unknown: string[] } {
  const runs: NameRun[] = [];
  let run: NameRun | undefined;
  tokens.forEach((token, i) => {
    // "the Amir", "the Saudi King": a title word after an article or a country is the office, not a name that holds it
    const title = isTitleHead(token.word) && (["the", "a", "an"].includes(tokens[i - 1]?.word ?? "") || !!lookUpCountry(tokens[i - 1]?.word ?? ""));
    const found = COMMON.has(token.word) || token.used || title ? { ids: NO_IDS, exact: true } : peopleOfWord(token.word, knowledge, true);
    const { exact } = found;
    let { ids } = found;
    // "Sheikh Fahed" is not "Rawdan bin Fahed": a word that is only a father's name in someone's name names them only after "bin"
    if (ids.size > 1 && !PATRONYMIC.has(tokens[i - 1]?.word ?? "")) {
      // (read in the fullest name: a short name the extraction took from the father's is no name of theirs)
      const own = [...ids].filter((id) => !onlyPatronym([knowledge.people.get(id)?.name ?? ""], token.word));
      // (a new set: the one found may be the index's own)
      if (own.length && own.length < ids.size) ids = new Set(own);
    }
    // "Neven da Pezo": a particle inside a name keeps the run open
    if (ids.size === 0 && run && NAME_PARTICLES.has(token.word) && !tokens[i + 1]?.used) return;
    if (ids.size === 0) {
      run = undefined;
      return;
    }
    const shared = run ? [...run.ids].filter((id) => ids.has(id)) : [];
    if (run && shared.length) {
      run.ids = new Set(shared);
      run.to = i;
      run.exact &&= exact;
    } else runs.push((run = { from: i, to: i, ids, exact }));
  });
  const unknown: string[] = [];
  const kept = runs.filter((r, k) => {
    // "the General Assembly": a title word alone names no one, even where an index name holds it ("Attorney-General A")
    if (tokens.slice(r.from, r.to + 1).every((t) => isOfficeWord(t.word) || isTitleHead(t.word))) return false;
    // "when do the two countries mark the anniversary?": a word typed in lower case that is only a
    // first name of those it may mean ("Mark Telu") and that the articles also write as a common word is that word
    if (r.from === r.to && commonFirstName(r, tokens[r.from]!, tokens, knowledge)) return false;
    // "the president of costa rica": one word of a country's name of several words is the country, not someone's first name ("Costa Varan")
    if (r.from === r.to && inCountryOfSeveralWords(tokens, r.from)) return false;
    // "William Brabrabra", "Sheikh Sabah Brari": two runs side by side are one name; the longer
    // holds it, or the one naming a surname, or the last (where English puts the family name)
    // ("Mohamed bin Zayed": two runs either side of a particle are side by side too, one name)
    const next = runs[k + 1];
    const previous = runs[k - 1];
    const besideAt = (a: NameRun | undefined, b: NameRun | undefined) => !!a && !!b && (b.from === a.to + 1 || (b.from === a.to + 2 && (NAME_PARTICLES.has(tokens[a.to + 1]!.word) || PATRONYMIC.has(tokens[a.to + 1]!.word))));
    const beside = [besideAt(r, next) ? next : undefined, besideAt(previous, r) ? previous : undefined].filter((x): x is NameRun => !!x);
    const size = (x: NameRun) => x.to - x.from;
    // "Orvel Varan" when the index knows an Orvel Telu and a Varan Orvane: two first names of two people, the surname of neither: someone else
    if (size(r) === 0 && beside.length === 1 && size(beside[0]!) === 0 && !namesSurname(r, tokens, knowledge) && !namesSurname(beside[0]!, tokens, knowledge) && onlyFirstName(r, tokens, knowledge) && onlyFirstName(beside[0]!, tokens, knowledge)) {
      if (next && beside[0] === next) {
        unknown.push(tokens.slice(r.from, next.from + 1).map((t) => t.raw).join(" "));
        for (let i = r.from; i <= next.from; i++) tokens[i]!.used = true;
      }
      return false;
    }
    if (beside.some((b) => size(b) > size(r) || (size(b) === size(r) && !namesSurname(r, tokens, knowledge) && (namesSurname(b, tokens, knowledge) || b.from > r.from)))) return false;
    // a name beside a word that looks like a name of no one ("Wang Wentao" when only Wang Yi is
    // known; a typo beside another name): someone the articles do not name
    const stranger = (t: Token | undefined) => looksLikeName(t, knowledge, question) && (!r.exact || !knowledge.vocabulary.has(t!.word));
    // "Mira Halvik" when the articles write "Mira" as a name and know only Oren Halvik: another Halvik, whom they name but the index does not
    // "Orvel Varan", "Varan Orvane" when the index knows only Varan Telu: a first name of theirs beside a name the articles write, of no one known
    const otherName = (t: Token | undefined) => r.from === r.to && onlyFirstName(r, tokens, knowledge) && unknownName(t, knowledge);
    const givenName = (t: Token | undefined) => stranger(t) || otherName(t) || (r.from === r.to && otherGivenName(t, [...r.ids], tokens[r.from]!.word, knowledge));
    const surname = (t: Token | undefined) => stranger(t) || otherName(t);
    if (beside.length === 0 && (givenName(tokens[r.from - 1]) || surname(tokens[r.to + 1]))) {
      const from = givenName(tokens[r.from - 1]) ? r.from - 1 : r.from;
      const to = surname(tokens[r.to + 1]) ? r.to + 1 : r.to;
      unknown.push(tokens.slice(from, to + 1).map((t) => t.raw).join(" "));
      for (let i = from; i <= to; i++) tokens[i]!.used = true;
      return false;
    }
    return true;
  });
  // "barry o'farrell" for "Barry Robert O'Farrell": two runs a letter apart ("o" of "O'") that name the same people are one mention
  const merged: NameRun[] = [];
  for (const r of kept) {
    const last = merged.at(-1);
    const same = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((id) => b.has(id));
    if (last && r.from - last.to <= 2 && same(last.ids, r.ids) && tokens.slice(last.to + 1, r.from).every((t) => t.word.length === 1)) last.to = r.to;
    else merged.push({ ...r });
  }
  const mentions = merged.map((r) => {
    for (let i = r.from; i <= r.to; i++) Object.assign(tokens[i]!, { used: true, named: true });
    return { text: tokens.slice(r.from, r.to + 1).map((t) => t.raw).join(" "), ids: [...r.ids], byOffice: false };
  });
  return { mentions, unknown };
}

/**
 * Whether a word before a surname is a given name of someone else: a word the articles write as a
 * name, which names no one the index knows and is no title, honorific, country or word of English,
 * before the surname of people the index knows by another first name.
 */
function otherGivenName(t: Token | undefined, ids: string[], surname: string, knowledge: Knowledge): boolean {
  // only before a surname of people whose names give another first name ("Oren Halvik"; never "Kestas", known by his surname alone)
  const fuller = ids.every((id) => {
    const words = nameTokens(knowledge.people.get(id)?.name ?? "");
    return words.length >= 2 && words.at(-1) === surname && !words.includes(t?.word ?? "");
  });
  return fuller && unknownName(t, knowledge);
}

/** Whether a word of the question is a name the articles write, of no person the index knows (no title, country, date or word of English). */
function unknownName(t: Token | undefined, knowledge: Knowledge): boolean {
  return mayBeUnknownName(t, knowledge) && writtenAsName(t!.word, knowledge);
}

/** unknownName's checks short of reading how the articles write the word (the costly part). */
function mayBeUnknownName(t: Token | undefined, knowledge: Knowledge): boolean {
  if (!t || t.used || t.raw.length < 3 || /\d/.test(t.raw) || COMMON.has(t.word) || FUNCTION_WORDS.has(t.word) || HONORIFICS.has(t.word) || NAME_PARTICLES.has(t.word) || PATRONYMIC.has(t.word)) return false;
  return !(knowledge.nameWords.has(t.word) || knowledge.model.weights[t.word] || isOfficeWord(t.word) || isTitleHead(t.word) || lookUpCountry(t.raw) || isCalendarWord(t.word) || isDateWord(t.raw));
}

const UNLINKED = new WeakMap<Links, string[]>();

/**
 * Words the articles write only as names that the question gives and no link took ("who was orvane
 * going to call"): an evidence sentence or a fact must say them. Read when an answer needs them, once per question.
 * @example unlinkedWords(linkQuestion("who was orvane going to call", k), k) // ["orvane"]
 */
export function unlinkedWords(links: Links, knowledge: Knowledge): string[] {
  let words = UNLINKED.get(links);
  if (!words) UNLINKED.set(links, (words = (links.nameCandidates ?? []).filter((w) => writtenAsName(w, knowledge))));
  return words;
}

/** Whether a one-word run is, for every person it may mean, a word of their name before its last (a first name) and no surname. */
function onlyFirstName(r: NameRun, tokens: Token[], knowledge: Knowledge): boolean {
  const word = tokens[r.from]!.word;
  return [...r.ids].every((id) => {
    const p = knowledge.people.get(id);
    const names = p ? [p.name, ...p.names].map(nameTokens) : [];
    return names.some((n) => n.length >= 2) && names.every((n) => n.at(-1) !== word && (n.length > 1 || n[0] !== word)) && !nameTokens(p?.surname ?? "").includes(word);
  });
}

/** Whether a one-word run is a first name typed in lower case that the articles also write in lower case, as a word of English ("mark", "will"). */
function commonFirstName(r: NameRun, token: Token, tokens: Token[], knowledge: Knowledge): boolean {
  return token.raw === token.raw.toLowerCase() && onlyFirstName(r, tokens, knowledge) && writtenInLowerCase(token.word, knowledge);
}

/** Whether a run's last word is the surname of someone it may mean. */
function namesSurname(r: NameRun, tokens: Token[], knowledge: Knowledge): boolean {
  const word = tokens[r.to]!.word;
  return [...r.ids].some((id) => nameTokens(knowledge.people.get(id)?.surname ?? "").includes(word));
}

/** Whether a token of the question looks like a name no article person has (not a word of English the model or the articles know as such). */
function looksLikeName(t: Token | undefined, knowledge: Knowledge, question: string): boolean {
  if (!t || t.used || t.raw.length < 3 || /\d/.test(t.raw) || COMMON.has(t.word) || FUNCTION_WORDS.has(t.word) || knowledge.model.weights[t.word] || lookUpCountry(t.raw) || isOfficeWord(t.word)) return false;
  if (isDateWord(t.raw)) return false;
  return /^\p{Lu}/u.test(t.raw) || (!knowledge.vocabulary.has(t.word) && nounLike(question, t.raw) && !kinWrittenInLowerCase(t.word, knowledge));
}

/**
 * Whether wink-nlp tags a word of the question as a noun (a lower-case name is tagged a noun,
 * "responsible" or "important" are not).
 */
function nounLike(question: string, word: string): boolean {
  const { values, tags } = parseText(question);
  const at = values.indexOf(word);
  return at < 0 || tags[at] === "NOUN" || tags[at] === "PROPN" || tags[at] === "X";
}

/** Positions in a place list by each place's first word, built once per list: a question reads the few places it may name, not every place of the index. */
const PLACES_BY_FIRST_WORD = new WeakMap<Knowledge["places"], Map<string, number[]>>();

/**
 * The places whose first word is a word of `folded` (the question's words, space-joined and
 * space-padded), in the list's order: the only ones whose words it can hold.
 * @example placesOpenedIn(" who met in tarsk ", [{ words: ["tarsk"], place: "Tarsk" }]) // [{ words: ["tarsk"], place: "Tarsk" }]
 */
function placesOpenedIn(folded: string, places: Knowledge["places"]): Knowledge["places"] {
  let byFirst = PLACES_BY_FIRST_WORD.get(places);
  if (!byFirst) {
    byFirst = new Map();
    places.forEach(({ words }, i) => {
      const first = words[0] ?? "";
      const at = byFirst!.get(first);
      if (at) at.push(i);
      else byFirst!.set(first, [i]);
    });
    PLACES_BY_FIRST_WORD.set(places, byFirst);
  }
  let found: number[] | undefined;
  for (const word of folded.split(" ")) {
    const at = byFirst.get(word);
    if (at) (found ??= []).push(...at);
  }
  if (!found) return NO_PLACES;
  // (a word the question repeats finds its places twice)
  return [...new Set(found)].sort((a, b) => a - b).map((i) => places[i]!);
}

const NO_PLACES: Knowledge["places"] = [];

/**
 * Links the mentions of a question to the index.
 * @example linkQuestion("Where did the Peruvian president meet the Chilean premier?", knowledge).people.length // 2
 */
export function linkQuestion(question: string, knowledge: Knowledge): Links {
  const tokens = tokenize(question);
  const links: Links = { people: [], countries: [], inCountries: [], places: [], dates: askedDates(question), kinds: [], unknownNames: [], unknownOffices: [], groups: [] };
  const folded = ` ${tokens.map((t) => t.word).join(" ")} `;
  for (const { words, place } of placesOpenedIn(folded, knowledge.places)) {
    if (!folded.includes(` ${words.join(" ")} `)) continue;
    links.places.push(place);
    tokens.forEach((t, i) => {
      if (words.every((w, j) => tokens[i + j]?.word === w)) for (let j = 0; j < words.length; j++) tokens[i + j]!.used = true;
    });
  }
  const names = linkNames(tokens, knowledge, question);
  links.people.push(...names.mentions);
  // "Jan Telu", "April Orvel": a month that opens a name the question was linked by is no date
  if (links.dates.length && names.mentions.length) links.dates = askedDates(names.mentions.reduce((text, m) => text.replace(new RegExp(`(^|[^\\p{L}])${escapeRegExp(m.text)}(?![\\p{L}])`, "iu"), "$1"), question));
  links.unknownNames.push(...names.unknown);
  linkOffices(tokens, knowledge, links, question);
  for (let i = 0; i < tokens.length; i++) {
    const c = countryAt(tokens, i);
    if (!c) continue;
    if (!links.countries.includes(c.country)) links.countries.push(c.country);
    const where = ["in", "at"].includes(tokens[i - 1]?.word ?? "") || isDestination(tokens, i);
    if (where && !links.inCountries.includes(c.country)) links.inCountries.push(c.country);
    // "in Ankara": a city of the gazetteer the question puts the meeting in, a place every answer must be in
    const city = tokens.slice(i, i + c.length).map((t) => t.raw).join(" ");
    if (where && c.city && !links.places.some((p) => fold(p) === fold(city))) links.places.push(city.replace(/(^|\s)\p{Ll}/gu, (x) => x.toUpperCase()));
    i += c.length - 1;
    for (let k = i - c.length + 1; k <= i; k++) tokens[k]!.used = true;
  }
  // "in Orvane", "at Keldhus": a town or venue the articles write as a name, where the question puts the meeting
  tokens.forEach((t, i) => {
    if (t.used || !["in", "at"].includes(tokens[i - 1]?.word ?? "") || COMMON.has(t.word) || FUNCTION_WORDS.has(t.word) || knowledge.model.weights[t.word] || knowledge.nameWords.has(t.word) || isOfficeWord(t.word) || isDateWord(t.raw)) return;
    if (inCountryName(t.word) || !writtenAsName(t.word, knowledge)) return;
    const place = t.raw.replace(/^\p{Ll}/u, (x) => x.toUpperCase());
    if (!links.places.some((p) => fold(p) === t.word)) links.places.push(place);
    t.used = true;
  });
  const contact = askedContact(question);
  if (contact) {
    links.contact = contact;
    links.kinds.push(contact);
  }
  let previous = -2;
  tokens.forEach((t, i) => {
    const kind = KIND_WORDS[t.word];
    if (kind && !links.kinds.includes(kind)) links.kinds.push(kind);
    // "president Tavor": the word after a title is a name ("did A meet president X")
    // "Telu Ha-ri": the part after a hyphen belongs to the unknown name before it, however short
    if (t.hyphenated && previous === i - 1 && !t.used) {
      links.unknownNames[links.unknownNames.length - 1] += `-${t.raw}`;
      t.used = true;
      previous = i;
      return;
    }
    const slot = (NAME_SLOTS.has(tokens[i - 1]?.word ?? "") || (isTitleHead(tokens[i - 1]?.word ?? "") && tokens[i - 1]!.used && !knowledge.model.weights[t.word] && !isOfficeWord(t.word))) && !FUNCTION_WORDS.has(t.word) && !COMMON.has(t.word);
    if (t.used || t.raw.length < 3 || !(slot || (i > 0 && /^\p{Lu}/u.test(t.raw)))) return;
    if (knowledge.vocabulary.has(t.word) || COMMON.has(t.word) || FUNCTION_WORDS.has(t.word) || isDateWord(t.raw)) return;
    // ("how many MoUs were signed": the noun "how many" counts is a thing, however it is written)
    if (tokens[i - 1]?.word === "many" && tokens[i - 2]?.word === "how") return;
    // (a word typed in lower case whose kin the articles write so is a word: "what did the envoy praise Orvane for")
    if (!/^\p{Lu}/u.test(t.raw) && (!nounLike(question, t.raw) || kinWrittenInLowerCase(t.word, knowledge))) return;
    if (previous === i - 1 && links.unknownNames.length) links.unknownNames[links.unknownNames.length - 1] += ` ${t.raw}`;
    else links.unknownNames.push(t.raw);
    t.used = true;
    previous = i;
  });
  const unlinked = unlinkedNames(tokens, knowledge);
  // (a code name typed in lower case that the articles write as a name, read as no name of its own: "the next seecp summit" as "SEECP")
  const codes = tokens.map((t) => (/^\p{Ll}[\p{Ll}\d]{1,5}$/u.test(t.raw) && !t.used && !unlinked.includes(t) && writtenAsName(t.word, knowledge) ? { ...t, raw: t.raw.toUpperCase() } : t));
  const specifics = [...occasionWords(tokens.filter((t) => !t.used).map((t) => t.word)), ...pinnedEvent(codes), ...unlinked.map((t) => ({ asked: t.raw, stems: [t.word] }))];
  if (specifics.length) links.specifics = specifics;
  const candidates = tokens.filter((t) => mayBeUnknownName(t, knowledge)).map((t) => t.word);
  if (candidates.length) links.nameCandidates = candidates;
  return links;
}

/** Honorifics written before names, which name no one alone. */
const HONORIFICS = new Set(["mr", "mrs", "ms", "dr", "sir", "madam", "sheikh", "excellency", "he", "hon", "his", "her", "sheikha", "lady", "dame", "lord", "mister", "senator", "general", "gen", "col", "captain", "father", "bishop", "cardinal", "archbishop", "rev", "imam", "ayatollah", "majesty", "highness", "royal", "president", "prince", "princess", "king", "queen", "emir", "sultan", "crown"]);

/** Month and day names, which a capitalised word of a date is ("on May 28", "on Sunday"). */
const isCalendarWord = (word: string): boolean => MONTHS.has(word) || WEEKDAYS.has(word);

/** Verbs after which a name is the one met ("did A receive X", "welcome X"), besides {@link NAME_SLOTS}. */
const MET_SLOTS = new Set(["receive", "received", "welcome", "welcomed", "host", "hosted", "call", "called", "phone", "phoned", "see", "saw", "visit", "visited"]);

/**
 * Names inside the question that the articles write but no person, place, country, office or date
 * took ("Did Varan meet Orvel Tamsin?" when Tamsin met no one): a run of two capitalised words, or
 * one where a name is met ("meet Tamsin", "and Tamsin") and no noun follows ("EU issues" is a topic).
 * A meeting answers only when its sentences name them.
 */
function unlinkedNames(tokens: Token[], knowledge: Knowledge): Token[] {
  // (typed in lower case, "what did orvel agree to", a word the articles write only as a name: a name too)
  const loose = (t: Token | undefined, i: number) =>
    !!t && i > 0 && !t.used && t.raw.length >= 2 && !/\d/.test(t.raw) &&
    !COMMON.has(t.word) && !FUNCTION_WORDS.has(t.word) && !HONORIFICS.has(t.word) && !NAME_PARTICLES.has(t.word) && !isCalendarWord(t.word) &&
    !isOfficeWord(t.word) && !isTitleHead(t.word) && knowledge.vocabulary.has(t.word) && !lookUpCountry(t.raw) && !isDateWord(t.raw) && occasionWords([t.word]).length === 0 &&
    (/^\p{Lu}/u.test(t.raw) || (t.raw.length >= 3 && !knowledge.nameWords.has(t.word) && writtenAsName(t.word, knowledge)));
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!loose(tokens[i], i)) continue;
    let end = i;
    while (loose(tokens[end + 1], end + 1)) end++;
    const before = tokens[i - 1]?.word ?? "";
    const after = tokens[end + 1];
    // (after a name typed in lower case, a word of the question's form: "did orvel agree", "was orvel in")
    const lower = /^\p{Ll}/u.test(tokens[i]!.raw);
    if (end > i || ((NAME_SLOTS.has(before) || MET_SLOTS.has(before)) && (!after || !/^\p{Ll}/u.test(after.raw) || COMMON.has(after.word) || (lower && FUNCTION_WORDS.has(after.word))))) {
      out.push(...tokens.slice(i, end + 1));
    }
    i = end;
  }
  return out;
}

/** Words that make the country after them (or after their "to") where someone went: "visit Peru", "a trip to Peru". */
const VISITS = new Set(["visit", "visits", "visited", "visiting"]);
const TRAVELS = new Set(["trip", "trips", "travel", "travels", "travelled", "traveled", "travelling", "traveling", "went", "go", "goes", "going", "flew", "fly", "flies"]);

/**
 * Whether the country at token `i` is a destination ("did A visit Peru?", "A's trip to Peru"):
 * where the meeting was, not only whose people took part.
 */
function isDestination(tokens: { word: string }[], i: number): boolean {
  const before = tokens[i - 1]?.word ?? "";
  return VISITS.has(before) || (before === "to" && TRAVELS.has(tokens[i - 2]?.word ?? ""));
}
