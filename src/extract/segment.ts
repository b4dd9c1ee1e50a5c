/**
 * @module Segmenting: blocks of cleaned text → sentences of words with part-of-speech tags and
 * wink-nlp entities (DATE, CARDINAL, …). Hyphenated words are one word ("Jean-Noël", "al-Sabah").
 */
import type { ItemEntity, ItemSentence } from "wink-nlp";
import { its, nlp } from "../nlp/wink";
import { fold } from "../nlp/fold";
import { findCountries, type CountryMention } from "../nlp/countries";
import { officeWordKind } from "../nlp/offices";
import { termsOfTokens } from "../nlp/terms";
import { HONORIFICS, RANK_ABBREVIATIONS } from "../nlp/vocab";
import { isInCapitals, isTitleCased } from "./word-kinds";

/** A word of a sentence. */
export interface Word {
  text: string;
  /** Folded text (lower case, no accents). */
  lower: string;
  /** Lemma from wink-nlp, lower case ("met" → "meet", "talks" → "talk"). */
  lemma: string;
  /** Universal part-of-speech tag from wink-nlp. */
  pos: string;
  /** Character offsets in the sentence text. */
  start: number;
  end: number;
}

/** A wink-nlp entity over words [first, last]. */
export interface WordEntity {
  type: string;
  text: string;
  first: number;
  last: number;
}

/** A sentence of an article. */
export interface Sent {
  /** Index in the article's sentence list. */
  index: number;
  text: string;
  words: Word[];
  entities: WordEntity[];
  /** Index into the article's quotes when the sentence is from an embedded post. */
  quote?: number;
  /** The sentence is the article's title. */
  title?: boolean;
  /** Index of the block (paragraph) it came from. */
  block: number;
  /** Its content terms (what BM25 learns from; see termsOfTokens), from this same reading. */
  terms: string[];
}

/**
 * The countries a sentence names (`findCountries` of its text), found once per sentence: an article's
 * two readings and its records ask again after thousands of other sentences have emptied
 * `findCountries`' bounded cache, and a sentence is kept only while its article is read.
 * @example sentCountries(sent).map((c) => c.country) // ["Veldia"] for "Varan arrived in Veldia."
 */
export function sentCountries(sent: Sent): CountryMention[] {
  let found = SENT_COUNTRIES.get(sent);
  if (found === undefined) SENT_COUNTRIES.set(sent, (found = findCountries(sent.text)));
  return [...found];
}

const SENT_COUNTRIES = new WeakMap<Sent, readonly CountryMention[]>();

/** A block of text to segment. */
export interface SegmentInput {
  text: string;
  quote?: number;
  title?: boolean;
}

/**
 * Splits blocks into sentences of words, in order.
 * @example segment([{ text: "Lee met Wang. They talked." }]).map((s) => s.text) // ["Lee met Wang.", "They talked."]
 */
export function segment(blocks: SegmentInput[]): Sent[] {
  const out: Sent[] = [];
  blocks.forEach((block, blockIndex) => {
    const doc = nlp.readDoc(platformStops(block.text));
    doc.sentences().each((s: ItemSentence) => {
      const values = s.tokens().out(its.value) as string[];
      const tags = s.tokens().out(its.pos) as string[];
      const lemmas = s.tokens().out(its.lemma as unknown as typeof its.value) as string[]; // wink types lemma as a model add-on
      const spaces = s.tokens().out(its.precedingSpaces) as string[];
      const terms = termsOfTokens({ lemmas, stops: s.tokens().out(its.stopWordFlag as unknown as typeof its.value) as unknown as boolean[], types: s.tokens().out(its.type) as string[] });
      const [sentStart = 0] = s.out(its.span) as unknown as number[];
      const raw: Word[] = [];
      let text = "";
      values.forEach((v, i) => {
        // (the mark platformStops put between "X" and its full stop is no space of the text)
        const pre = i === 0 || (spaces[i] === PLATFORM_MARK && v === ".") ? "" : (spaces[i] ?? "").replace(/\s+/g, " ");
        text += pre;
        raw.push({ text: v, lower: fold(v), lemma: fold(lemmas[i] ?? v), pos: tags[i] ?? "X", start: text.length, end: text.length + v.length });
        text += v;
      });
      const { words, map } = joinHyphens(raw, spaces);
      nounsAfterPossessives(words);
      styleWordsAsNames(words);
      if (!block.title) namePartsAsNames(words);
      const entities: WordEntity[] = [];
      s.entities().each((e: ItemEntity) => {
        const [a = 0, b = 0] = e.out(its.span) as unknown as number[];
        const first = map[a - sentStart];
        const last = map[b - sentStart];
        if (first === undefined || last === undefined) return;
        entities.push({ type: e.out(its.type) as string, text: e.out(), first, last });
      });
      if (words.length === 0 || text.trim() === "") return;
      joinDatePairs(entities, words, text, countedYear);
      joinDayBeyond(entities, words, text);
      joinDatePairs(entities, words, text, weekdayOfWeek);
      joinZeroPaddedDays(entities, words, text);
      septemberDays(entities, words, text);
      const previous = out[out.length - 1];
      // "RM7.53 billion", "RM384.48 million": the tokenizer ends a sentence at "RM7." when letters touch the number; the rest joins it again.
      // "… Cabinet Secretary Amb. Amina Mohamed, …", "Maj. Gen. Frank X", "Rt. Hon. Winston Y": so too at a style or rank it does not
      // know as an abbreviation; the name after it joins it again.
      // "the Japan-U.S.-Brazil Exchange": so too at the initials of a name the tokenizer cut with no space after them ("Japan-U." + "S.-Brazil").
      const glued = (spaces[0] ?? "") === "" && ((/\d\.$/.test(previous?.text ?? "") && /^\d/.test(text)) || (/(?:^|[^\p{L}])\p{Lu}\.$/u.test(previous?.text ?? "") && /^\p{Lu}\./u.test(text)));
      if (previous && previous.block === blockIndex && (glued || (/^\p{Lu}/u.test(text) && abbreviatedStyle(previous.text)))) {
        joinTo(previous, { words, entities, terms, text: glued ? text : ` ${text}` });
        return;
      }
      // "1. Minister CHO held talks …": a paragraph's number is no sentence of its own.
      if (previous === undefined || previous.block !== blockIndex) {
        if (/^\d{1,2}\.$/.test(text.trim()) && Number((s.out(its.span) as unknown as number[])[1]) < doc.tokens().length() - 1) return;
      }
      const sent: Sent = { index: out.length, text, words, entities, block: blockIndex, terms };
      if (block.quote !== undefined) sent.quote = block.quote;
      if (block.title) sent.title = true;
      out.push(sent);
    });
  });
  return out;
}

/** A no-break space: wink reads it as a space, the article never has one there. */
const PLATFORM_MARK = "\u00A0";

/**
 * "… in a post on X. Rell wrote that she …": the tokenizer reads the platform's "X." as an initial and runs the two sentences
 * into one, "X. Rell" a name (heldout70 x694; corpus c010, heldout53 x574 and heldout31 write "on X." before a new sentence).
 * A mark between the letter and its full stop ends the sentence there; the sentence's text keeps "X.".
 * @example platformStops("He wrote on X. Rell replied.") // "He wrote on X\u00A0. Rell replied."
 */
function platformStops(text: string): string {
  return text.replace(/\b(on|via) X\.(?=\s+\p{Lu})/gu, `$1 X${PLATFORM_MARK}.`);
}

/** Appends a piece the tokenizer cut off to the sentence before it (its words' offsets and entities' indices moved on). */
function joinTo(previous: Sent, piece: { words: Word[]; entities: WordEntity[]; terms: Sent["terms"]; text: string }): void {
  const shift = previous.words.length;
  const offset = previous.text.length + (piece.text.length - piece.text.trimStart().length);
  previous.words.push(...piece.words.map((w) => ({ ...w, start: w.start + offset, end: w.end + offset })));
  previous.entities.push(...piece.entities.map((e) => ({ ...e, first: e.first + shift, last: e.last + shift })));
  previous.text += piece.text;
  previous.terms.push(...piece.terms);
}

/** Whether a sentence ends with a style or rank written short ("Amb.", "Maj.", "Rt."), which never ends a sentence. */
function abbreviatedStyle(text: string): boolean {
  const last = text.match(/(?:^|[\s(])(\p{Lu}\p{Ll}{1,4})\.$/u)?.[1];
  return last !== undefined && (HONORIFICS.has(fold(last)) || RANK_ABBREVIATIONS.has(fold(last)));
}

const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s|$)/i;

/**
 * Joins two neighbouring DATE entities into one when `sameDate` says the words between them (`gap`)
 * and their texts make one date that wink read as two.
 */
function joinDatePairs(entities: WordEntity[], words: Word[], text: string, sameDate: (a: WordEntity, b: WordEntity, gap: string[]) => boolean): void {
  for (let i = entities.length - 2; i >= 0; i--) {
    const [a, b] = [entities[i]!, entities[i + 1]!];
    if (a.type !== "DATE" || b.type !== "DATE" || !sameDate(a, b, words.slice(a.last + 1, b.first).map((w) => w.lower))) continue;
    entities.splice(i, 2, { type: "DATE", text: text.slice(words[a.first]!.start, words[b.last]!.end), first: a.first, last: b.last });
  }
}

/**
 * "29 January" + "last year", "September" + "last year": a month (and day) and the year counted from
 * publication are one date ("a working visit on 29 January last year").
 */
const countedYear = (a: WordEntity, b: WordEntity, gap: string[]): boolean =>
  /^(?:of\s+)?(?:last|previous|past|this|next|coming)\s+year$/i.test(b.text) && gap.length <= 1 && gap.every((w) => /^(?:of|,)$/.test(w)) && MONTH_WORD.test(`${a.text} `) && !/\d{4}/.test(a.text);

const WEEKDAY_WORD = /^(?:on\s+)?(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/i;
const RELATIVE_WEEK_WORDS = /^(?:last|previous|past|this|next|coming)\s+week$/i;

/**
 * "Tuesday" + "last week", "Monday" + "of last week", "last week" + "on Friday": a weekday and the
 * week counted from publication are one date (see parseDate's weekday of a week): alone, the weekday
 * would be read in the publication's own week.
 */
const weekdayOfWeek = (a: WordEntity, b: WordEntity, gap: string[]): boolean =>
  (WEEKDAY_WORD.test(a.text) && RELATIVE_WEEK_WORDS.test(b.text) && (gap.length === 0 || (gap.length === 1 && gap[0] === "of"))) ||
  (RELATIVE_WEEK_WORDS.test(a.text) && WEEKDAY_WORD.test(b.text) && ((gap.length === 1 && gap[0] === "on") || (gap.length === 0 && /^on\s/i.test(b.text))));

/**
 * "the day before yesterday", "the day after tomorrow": the tagger reads "day" as a duration and the
 * day word alone as the date, which would date the meeting a day off; the four words become one date.
 */
function joinDayBeyond(entities: WordEntity[], words: Word[], text: string): void {
  for (let i = entities.length - 1; i >= 0; i--) {
    const e = entities[i]!;
    const [the, day, side] = [words[e.first - 3], words[e.first - 2], words[e.first - 1]];
    if (e.type !== "DATE" || !/^(?:yesterday|tomorrow)$/i.test(e.text) || the?.lower !== "the" || day?.lower !== "day" || !/^(?:before|after)$/.test(side?.lower ?? "")) continue;
    const first = e.first - 3;
    const kept = entities.filter((o) => o === e || o.last < first || o.first > e.last);
    entities.splice(0, entities.length, ...kept.map((o) => (o === e ? { type: "DATE", text: text.slice(words[first]!.start, words[e.last]!.end), first, last: e.last } : o)));
    i = kept.indexOf(e);
  }
}

const ZERO_DAY = /^0[1-9]$/;
const MONTH_ALONE = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$/i;

/**
 * "on 04 June 2024", "June 04, 2024": a day written with a leading zero, as official releases and government sites date
 * them, which the tagger reads as a number beside a month: the day, the month (and a year right after) become one date.
 */
function joinZeroPaddedDays(entities: WordEntity[], words: Word[], text: string): void {
  for (let i = entities.length - 2; i >= 0; i--) {
    const [a, b] = [entities[i]!, entities[i + 1]!];
    const adjacent = b.first === a.last + 1;
    // "04" + "June 2024"
    const dayFirst = adjacent && a.type === "CARDINAL" && ZERO_DAY.test(a.text) && b.type === "DATE" && MONTH_ALONE.test(words[b.first]!.text);
    // "June" + "04" (+ ", " + "2024")
    const monthFirst = adjacent && a.type === "DATE" && MONTH_ALONE.test(a.text) && b.type === "CARDINAL" && ZERO_DAY.test(b.text);
    if (!dayFirst && !monthFirst) continue;
    const year = entities[i + 2];
    const gap = year ? words.slice(b.last + 1, year.first).map((w) => w.text).join("") : "";
    const last = monthFirst && year && /^\d{4}$/.test(year.text) && /^,?$/.test(gap) ? year.last : b.last;
    const joined = { type: "DATE", text: text.slice(words[a.first]!.start, words[last]!.end), first: a.first, last };
    entities.splice(i, last === b.last ? 2 : 3, joined);
  }
}

/**
 * "Sept. 4", "Sept 19, 2021" (read32 x229, new59c x732, read68 x680): the tagger knows no "Sept" (the style guides' abbreviation of September) and reads its day as
 * a bare number; the month, the day (and a year right after) become one date.
 */
function septemberDays(entities: WordEntity[], words: Word[], text: string): void {
  for (let i = entities.length - 1; i >= 0; i--) {
    const day = entities[i]!;
    const month = words[day.first - 1];
    if (day.type !== "CARDINAL" || day.first !== day.last || !/^sept\.?$/.test(month?.lower ?? "") || !/^(?:[1-9]|[12]\d|3[01])$/.test(day.text)) continue;
    const year = entities[i + 1];
    const withYear = (year?.type === "CARDINAL" || year?.type === "DATE") && /^\d{4}$/.test(year.text) && year.first === day.last + 2 && words[day.last + 1]?.text === ",";
    const last = withYear ? year.last : day.last;
    entities.splice(i, withYear ? 2 : 1, { type: "DATE", text: text.slice(month!.start, words[last]!.end), first: day.first - 1, last });
  }
}

/** Possessive determiners; "her" is one only when no verb governs it ("during her stay", not "let her stay"). */
const POSSESSIVES = /^(?:his|its|their|our|my|your)$/;

/**
 * A word the tagger reads as a verb right after a possessive is the noun it owns: "During his stay the Veldian minister
 * also held talks …", "On the second day of her stay, …", "for its help". A participle ("their shared goal", "its
 * growing presence") is left as tagged.
 * @example nounsAfterPossessives(words of "During his stay he met Telu.") // "stay" → NOUN
 */
function nounsAfterPossessives(words: Word[]): void {
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!;
    if (w.pos !== "VERB" || /(?:ing|ed)$/.test(w.lower)) continue;
    const owner = words[k - 1]!;
    const possessive = owner.pos === "PRON" && (POSSESSIVES.test(owner.lower) || (owner.lower === "her" && !/^(?:VERB|AUX)$/.test(words[k - 2]?.pos ?? "")));
    if (possessive) w.pos = "NOUN";
  }
}

/**
 * "the Right Honourable Dame Vella Tor", "The Rt Hon A": the tagger reads "Right" as an adverb, which ends a noun phrase in
 * the middle of a style; written with a capital before "Honourable" or "Hon", it is part of the name's style.
 * @example styleWordsAsNames(words of "met the Right Honourable Vella Tor") // "Right" → PROPN
 */
function styleWordsAsNames(words: Word[]): void {
  for (let k = 0; k + 1 < words.length; k++) {
    if (/^(?:Right|Rt\.?)$/.test(words[k]!.text) && /^(?:Honourable|Honorable|Hon\.?)$/.test(words[k + 1]!.text)) words[k]!.pos = "PROPN";
  }
}

/**
 * "the president of the Veldian Red Cross, A, has …": the tagger reads "Cross" as a verb, which ends the subject in the
 * middle of a name. In running text a verb is written in lower case but at a sentence's start, so a capitalised word it tags
 * a verb right after a capitalised proper noun is part of that name.
 * @example namePartsAsNames(words of "the Veldian Red Cross, A, has left") // "Cross" → PROPN
 */
function namePartsAsNames(words: Word[]): void {
  // (not a line in capitals, nor one in title case: "Minister Receives Envoy" capitalises its verbs)
  if (isInCapitals(words) || isTitleCased(words)) return;
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!;
    if (w.pos === "VERB" && /^\p{Lu}\p{Ll}+$/u.test(w.text) && words[k - 1]!.pos === "PROPN" && /^\p{Lu}/u.test(words[k - 1]!.text)) w.pos = "PROPN";
  }
}

/** A word of past tenure written with a hyphen before a title ("then-President"); wink keeps "ex-President" one token. */
const PAST_TENURE_PREFIX = /^then$/i;

/** Joins "Jean" "-" "Noël" written without spaces into one word; returns token → word map. */
function joinHyphens(tokens: Word[], spaces: string[]): { words: Word[]; map: number[] } {
  const words: Word[] = [];
  const map: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = words[words.length - 1];
    const next = tokens[i + 1];
    const isDash = /^[-‐]$/.test(t.text);
    // "then-President X", "then-Foreign Minister Y": a word of past tenure before a title stays a word of its own, as in
    // "the then President X", so that the title is read.
    if (isDash && prev && next && PAST_TENURE_PREFIX.test(prev.text) && officeWordKind(next.text) && officeWordKind(next.text) !== "connector") {
      map[i] = words.length - 1;
      continue;
    }
    if (isDash && prev && next && (spaces[i] ?? "") === "" && (spaces[i + 1] ?? "") === "" && /\p{L}$/u.test(prev.text) && /^\p{L}/u.test(next.text)) {
      prev.text += t.text + next.text;
      prev.lower = fold(prev.text);
      prev.lemma = prev.lower;
      prev.end = next.end;
      if (next.pos === "PROPN" || prev.pos === "PROPN") prev.pos = "PROPN";
      map[i] = words.length - 1;
      map[i + 1] = words.length - 1;
      i++;
      continue;
    }
    // "Maj. Gen. X", "Amb. Y": a rank or style written short is one word with its period, as "Dr." is
    if (t.text === "." && prev && (spaces[i] ?? "") === "" && /^\p{Lu}\p{Ll}{1,4}$/u.test(prev.text) && RANK_ABBREVIATIONS.has(prev.lower)) {
      prev.text += ".";
      prev.lower = fold(prev.text);
      prev.lemma = prev.lower;
      prev.end = t.end;
      map[i] = words.length - 1;
      continue;
    }
    // "Zokaolzo 'Utoikamanu": an apostrophe (Polynesian glottal stop) opening a capitalised word is part of it,
    // unless a quote it opens closes later in the sentence ('Fresh Wind').
    if (/^['’ʻ]$/.test(t.text) && next && (i === 0 || (spaces[i] ?? "") !== "") && (spaces[i + 1] ?? "") === "" && /^\p{Lu}\p{Ll}/u.test(next.text) && !closesLater(tokens, spaces, i + 2)) {
      map[i] = words.length;
      map[i + 1] = words.length;
      words.push({ ...next, text: t.text + next.text, lower: fold(t.text + next.text), lemma: fold(t.text + next.text), start: t.start, pos: "PROPN" });
      i++;
      continue;
    }
    // "Erdo" "ğ" "an": the tokenizer cuts words at letters beyond Latin-1 (ğ, ş, ł, ț); glue them back.
    if (prev && i > 0 && (spaces[i] ?? "") === "" && /\p{L}$/u.test(prev.text) && /^\p{L}/u.test(t.text) && (BEYOND_LATIN1.test(prev.text.slice(-1)) || BEYOND_LATIN1.test(t.text[0] ?? ""))) {
      // "Telvi" "ņ" "a.": a full stop the tokenizer left on the last piece ends the sentence, not the name ("Orva Telviņa.").
      const stop = /\p{L}\.$/u.test(t.text) && (prev.text + t.text).length > 3 && (next === undefined || (spaces[i + 1] ?? "") !== "") ? 1 : 0;
      prev.text += t.text.slice(0, t.text.length - stop);
      prev.lower = fold(prev.text);
      prev.lemma = prev.lower;
      prev.end = t.end - stop;
      // "Da" "č" "i" "ć" is tagged as its first piece ("Da": DET): no English word has these letters, so a capitalised one is a name.
      if (prev.pos === "X" || /^\p{Lu}\p{Ll}/u.test(prev.text)) prev.pos = /^\p{Lu}/u.test(prev.text) || t.pos === "X" ? "PROPN" : t.pos;
      else if (t.pos === "PROPN") prev.pos = "PROPN";
      map[i] = words.length - 1;
      if (stop) words.push({ text: ".", lower: ".", lemma: ".", pos: "PUNCT", start: t.end - 1, end: t.end });
      continue;
    }
    map[i] = words.length;
    words.push({ ...t });
  }
  return { words, map };
}

/** Whether an apostrophe closes a quote from token `from` on: one written right after a word. */
function closesLater(tokens: Word[], spaces: string[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) if (/^['’ʻ]$/.test(tokens[k]!.text) && (spaces[k] ?? "") === "" && (spaces[k + 1] ?? " ") !== "") return true;
  return false;
}

const BEYOND_LATIN1 = /[^\u0000-\u00ff]/u;
