/** @module Linking a question to the index: people (any spelling), offices, countries, places, dates, kinds of meeting. */
import type { Meeting } from "../facts/types";
import { fold } from "../nlp/fold";
import { parseText } from "./parse";
import { askedDates, type AskedDate } from "./dates";
import type { Knowledge } from "./knowledge";
import { similarWords, wordKey } from "../nlp/names";
import { countryAt, lookUpCountry, type Token } from "./link-countries";
import { linkOffices } from "./link-offices";
import { nameCandidates } from "./name-lookup";
import { joinOfficePhrases } from "./offices";

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
}

const KIND_WORDS: Record<string, Meeting["kind"]> = { consultation: "consultation", consultations: "consultation", talks: "talks", call: "call", visit: "visit" };

/** Words after which a name is expected ("did Smith", "meet Smith", "and Smith"). */
const NAME_SLOTS = new Set(["did", "does", "meet", "met", "and", "with", "between", "is", "was"]);

/** Words that stand in a name slot without being names. */
const FUNCTION_WORDS = new Set(["the", "a", "an", "they", "he", "she", "it", "this", "that", "these", "those", "them", "his", "her", "their", "its", "there", "anyone", "anybody", "someone", "somebody", "any", "all", "each", "both", "other", "others", "whom", "not", "so", "then", "also", "your", "you", "my", "our", "we", "i", "me", "one", "ones", "some", "many", "much", "any", "who", "what", "when", "where", "which", "how", "why", "discuss", "talk", "happen", "take", "say", "agree", "establish", "visit", "sign", "vote", "go", "travel", "hold", "lead", "attend", "arrive", "present", "attended", "attending", "participant", "participants", "attendee", "attendees", "involved", "participating", "among", "else"]);

const COMMON = new Set(["who", "what", "when", "where", "which", "how", "did", "does", "the", "and", "with", "meet", "met", "is", "was", "are", "were", "of", "in", "on", "to", "for", "at", "by", "a", "an", "about", "he", "she", "they", "his", "her", "their", "else", "also", "it", "i", "you", "me", "hi", "hello", "us", "please", "tell", "thanks", "why", "could", "can", "would", "give", "show", "list", "know", "ok", "okay", "or", "but"]);

function tokenize(question: string): Token[] {
  const tokens = question
    .replace(/['’]s\b/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((raw) => ({ raw, word: fold(raw), used: false }));
  // an office phrase ("head of state") is one token, read as the title it stands for
  for (const { from, to, phrase } of joinOfficePhrases(tokens.map((t) => t.word)).reverse()) {
    tokens.splice(from, to - from + 1, { raw: tokens.slice(from, to + 1).map((t) => t.raw).join(" "), word: phrase, used: false });
  }
  return tokens;
}

/** Shortest word whose other transliterations (same sound key) join its exact matches. */
const MIN_TRANSLITERATED = 5;

/**
 * People whose name words fit this word: exactly and in another transliteration (González /
 * Gonzales: every one of them, a name may mean several people), or else by one typo.
 */
function peopleOfWord(word: string, knowledge: Knowledge, fuzzy: boolean): Set<string> {
  const exact = knowledge.nameWords.get(word);
  if (!fuzzy || word.length < 4 || knowledge.model.weights[word] || lookUpCountry(word)) return exact ?? new Set();
  if (exact && word.length < MIN_TRANSLITERATED) return exact;
  const out = new Set<string>(exact);
  const key = wordKey(word);
  for (const known of nameCandidates(word, knowledge.nameBuckets, !exact)) {
    if (known === word || known[0] !== word[0] || Math.abs(known.length - word.length) > 3) continue;
    const fits = exact ? wordKey(known) === key : similarWords(word, known);
    if (fits) knowledge.nameWords.get(known)?.forEach((id) => out.add(id));
  }
  return out;
}

function linkNames(tokens: Token[], knowledge: Knowledge): PersonMention[] {
  const mentions: PersonMention[] = [];
  let run: { from: number; ids: Set<string> } | undefined;
  const close = (to: number) => {
    if (!run) return;
    const text = tokens.slice(run.from, to).map((t) => t.raw).join(" ");
    mentions.push({ text, ids: [...run.ids], byOffice: false });
    for (let i = run.from; i < to; i++) tokens[i]!.used = true;
    run = undefined;
  };
  tokens.forEach((token, i) => {
    const ids = COMMON.has(token.word) ? new Set<string>() : peopleOfWord(token.word, knowledge, true);
    if (ids.size === 0) return close(i);
    const shared = run ? [...run.ids].filter((id) => ids.has(id)) : [];
    if (run && shared.length) run.ids = new Set(shared);
    else {
      close(i);
      run = { from: i, ids };
    }
  });
  close(tokens.length);
  return mentions;
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

/**
 * Links the mentions of a question to the index.
 * @example linkQuestion("Where did the Peruvian president meet the Chilean premier?", knowledge).people.length // 2
 */
export function linkQuestion(question: string, knowledge: Knowledge): Links {
  const tokens = tokenize(question);
  const links: Links = { people: [], countries: [], inCountries: [], places: [], dates: askedDates(question), kinds: [], unknownNames: [], unknownOffices: [] };
  const folded = ` ${tokens.map((t) => t.word).join(" ")} `;
  for (const { words, place } of knowledge.places) {
    if (!folded.includes(` ${words.join(" ")} `)) continue;
    links.places.push(place);
    tokens.forEach((t, i) => {
      if (words.every((w, j) => tokens[i + j]?.word === w)) for (let j = 0; j < words.length; j++) tokens[i + j]!.used = true;
    });
  }
  links.people.push(...linkNames(tokens, knowledge));
  linkOffices(tokens, knowledge, links);
  for (let i = 0; i < tokens.length; i++) {
    const c = countryAt(tokens, i);
    if (!c) continue;
    if (!links.countries.includes(c.country)) links.countries.push(c.country);
    if (tokens[i - 1]?.word === "in" && !links.inCountries.includes(c.country)) links.inCountries.push(c.country);
    i += c.length - 1;
    for (let k = i - c.length + 1; k <= i; k++) tokens[k]!.used = true;
  }
  let previous = -2;
  tokens.forEach((t, i) => {
    const kind = KIND_WORDS[t.word];
    if (kind && !links.kinds.includes(kind)) links.kinds.push(kind);
    const slot = NAME_SLOTS.has(tokens[i - 1]?.word ?? "") && !FUNCTION_WORDS.has(t.word) && !COMMON.has(t.word);
    if (t.used || t.raw.length < 3 || !(slot || (i > 0 && /^\p{Lu}/u.test(t.raw)))) return;
    if (knowledge.vocabulary.has(t.word) || COMMON.has(t.word) || FUNCTION_WORDS.has(t.word) || askedDates(t.raw).length) return;
    if (!/^\p{Lu}/u.test(t.raw) && !nounLike(question, t.raw)) return;
    if (previous === i - 1 && links.unknownNames.length) links.unknownNames[links.unknownNames.length - 1] += ` ${t.raw}`;
    else links.unknownNames.push(t.raw);
    previous = i;
  });
  return links;
}
