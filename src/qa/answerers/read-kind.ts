/**
 * @module The reader for questions that ask for a thing of a kind ("which labour scheme came up",
 * "what tariff did they discuss") or whose a thing is ("whose message did she hand over"): the
 * noun phrase headed by the asked noun, with the words that make it one thing ("the Seasonal Worker
 * Scheme", "Xland's war against Yland"), or the owner named after it ("a letter from President
 * Ana Ruiz"), in a sentence of the articles that name the people and countries asked about.
 */
import type { Sentence } from "../../facts/types";
import { fold } from "../../nlp/fold";
import { countTerm, kinOf, MEETING_TERMS } from "../answer-type";
import { parseText, type Parsed } from "../parse";
import type { Question } from "../question";
import { phraseReply, type Reply } from "../reply";
import { retrieve, stem, weightsAt } from "../retrieval";
import { lookUpCountry } from "../link-countries";
import { nameTokens } from "../names";
import { aboutOtherPair } from "./other-pair";
import { sharedArticles } from "./shared-articles";
import { SIGNED_OTHERWISE } from "./read-thing";

/** What a kind question asks: "which" a thing of the head noun is, or "whose" it is, and the words before the head. */
export interface AskedKind {
  form: "which" | "whose";
  /** The head noun, folded ("scheme"). */
  head: string;
  /** The words before it in the question, folded ("labour"). */
  modifiers: string[];
}

/** Heads other readers answer (a date, a place, a person, a count, topics), or too vague to name one thing. */
const NOT_KINDS = new Set([
  "year", "date", "day", "month", "time", "times", "week", "hour", "country", "countries", "city", "cities", "town", "capital", "place", "venue",
  "minister", "ministers", "official", "officials", "ambassador", "ambassadors", "envoy", "envoys", "leader", "leaders", "president", "presidents", "person", "people", "member", "members", "delegation",
  "topic", "topics", "issue", "issues", "subject", "subjects", "matter", "matters", "question", "questions", "area", "areas", "field", "fields", "sector", "sectors", "agenda",
  "kind", "type", "sort", "way", "thing", "things", "part", "role", "reason", "purpose", "number", "amount", "value", "meeting", "meetings", "talks", "visit", "call", "news", "article", "articles", "source", "sources",
]);

/** Parts of speech of the words between "which" and its head noun. */
const NOMINAL = new Set(["NOUN", "PROPN", "ADJ"]);

/** Prepositions that may open a kind question ("through which agency", "at what venue"). */
const OPENING = new Set(["in", "on", "at", "through", "by", "from", "for", "under", "with", "to", "into", "of"]);

/**
 * The thing of a kind a question asks for, or undefined for any other form.
 * @example askedKind("which labour scheme came up at the press conference") // { form: "which", head: "scheme", modifiers: ["labour"] }
 * @example askedKind("whose letter did Ana hand over") // { form: "whose", head: "letter", modifiers: [] }
 */
export function askedKind(question: string): AskedKind | undefined {
  const { values, tags } = parseText(question);
  const lower = values.map((v) => fold(v));
  let at = OPENING.has(lower[0] ?? "") ? 1 : 0;
  const wh = lower[at];
  if (wh !== "which" && wh !== "what" && wh !== "whose") return undefined;
  at++;
  const run: string[] = [];
  for (; at < lower.length && NOMINAL.has(tags[at] ?? "") && run.length < 4; at++) run.push(lower[at]!);
  // the run must end on a noun and go on into a verb phrase ("which scheme came up", "what war did …")
  const head = run.at(-1);
  if (!head || tags[at - 1] !== "NOUN" || !["AUX", "VERB", "PART"].includes(tags[at] ?? "") || NOT_KINDS.has(head)) return undefined;
  return { form: wh === "whose" ? "whose" : "which", head, modifiers: run.slice(0, -1).filter((w) => !NOT_KINDS.has(w)) };
}

/** Sentences read in the articles of the people asked about. */
const READ = 400;

/**
 * The sentences that may answer: those of the articles that name every person and country the
 * question names (a person asked about by name or office, with at most three readings).
 */
function sentencesFor(q: Question, head: string, keys: string[], owned = false): Sentence[] {
  const stems = headForms(head).map((form) => form.slice(0, Math.max(3, form.length - 2)));
  // only sentences that write the head are parsed, the best-fitting first, a few at most
  return articleSentences(q, keys, head)
    .filter((s) => (stems.some((stem) => s.text.toLowerCase().includes(stem)) || (asksBody(head) && s.text.split(/[^\p{L}]+/u).some(isBodyAcronym))) && tellsAsked(q, s, owned))
    .map((s) => ({ s, score: fit(q, s, keys) }))
    .sort((a, b) => b.score - a.score || a.s.id - b.s.id)
    .slice(0, PARSED)
    .map((x) => x.s);
}

/** A signing as a question or a sentence tells it (wink often reads "… did A and B sign" as a noun). */
const SIGNING = /\b(sign|signs|signed|signing|ink|inked|inking)\b/i;

/** Sentences parsed per question at most (wink-nlp reads each in about a tenth of a millisecond). */
const PARSED = 8;

function articleSentences(q: Question, keys: string[], head: string): Sentence[] {
  // ("whose memory did the minister honour": an office of many holders names no one of them, as "the ministers" does;
  // the sentences are then of its holders' articles)
  const people = q.links.people.filter((m) => !(m.byOffice && m.ids.length > 3));
  if (people.some((m) => m.ids.length > 3)) return [];
  // "which pipelines did the ministers mention", naming no one: the sentences its own words find, in any article
  // (two articles that answer alike and differently leave it unanswered, see `best`)
  // (holding half its key words at least, and in an article naming the places it names)
  if (people.length === 0 && q.links.countries.length === 0) {
    const holders = q.links.people.length ? new Set(sharedArticles(q)) : undefined;
    // (a question of a group and a kind alone, "which gas pipeline did the ministers discuss", has no key word left to hold;
    // one of "they" and a kind alone, "what event were they attending", leans on whom it means: no sentence of any article)
    const need = keys.length ? Math.ceil(keys.length / 2) : q.links.groups.length ? 0 : 1;
    // (a general head, "which organisation did the ministers discuss", is no story's own: a key word besides the group's must pin one)
    const grouped = new Set(q.links.groups.flatMap((g) => g.split(/\s+/).map((w) => stem(fold(w)))));
    if (isGeneralHead(head) && keys.every((t) => grouped.has(t))) return [];
    return retrieve(q.text, q.knowledge.retrieval, UNNAMED)
      .filter((p) => {
        const bag = weightsAt(q.knowledge.retrieval, p.sentence.id);
        const text = (q.knowledge.lookups.articleSentences.get(p.sentence.article) ?? []).map((s) => s.text).join(" ");
        return keys.filter((t) => (bag[t] ?? 0) > 0).length >= need && q.links.places.every((place) => text.includes(place)) && (!holders || holders.has(p.sentence.article));
      })
      .map((p) => p.sentence);
  }
  return sharedArticles(q).flatMap((a) => q.knowledge.lookups.articleSentences.get(a) ?? []).slice(0, READ);
}

/** Sentences read for a question that names no person or country. */
const UNNAMED = 30;

/** Whether a word of a sentence is the head noun asked ("schemes" for "scheme"; not "regional" for "region"), or one of the kinds a general head takes in ("a summit" for "which event"). */
const isHead = (word: string, head: string): boolean => {
  const [w, h] = [countTerm(word), countTerm(head)];
  return w === h || !!HEAD_KIN_TERMS.get(h)?.has(w) || !!KINDS_OF_TERMS.get(h)?.has(w);
};

/** Heads a question asks for a body with ("which organisation", "what UN body", "which regional bloc"). */
const BODY_HEADS = ["organisation", "organization", "body", "institution", "agency", "bloc", "alliance", "grouping"];

/** The nouns that head a body's name ("the Orvane Cooperation Council", "the Southern Veldia Development Community"). */
const BODIES = [
  ...BODY_HEADS, "council", "union", "community", "fund", "bank", "authority", "agency", "commission", "association", "institute",
  "academy", "board", "committee", "assembly", "federation", "league", "group", "chamber", "programme", "program", "initiative",
];

/** Capitals that are no body's: documents, measures and titles ("an MOU", "LNG", "the PM"). */
const NOT_BODIES = new Set(["MOU", "MOUS", "LNG", "GDP", "FTA", "CEO", "ICT", "AI", "TV", "PM", "VIP", "USD", "EUR", "COVID", "HE", "HRH", "OK"]);

/**
 * Whether a word is a body's acronym ("NATO", "UNDP"), which a question asking for a body takes as a name of its kind; never a country's ("UAE").
 * @example isBodyAcronym("OSCE") // true
 * @example isBodyAcronym("UAE") // false
 */
export const isBodyAcronym = (word: string): boolean => /^\p{Lu}{2,6}$/u.test(word) && !NOT_BODIES.has(word) && !lookUpCountry(word);

/** Whether a head is a general one, which a thing of many kinds answers ("which event", "which organisation"). */
const isGeneralHead = (head: string): boolean => KINDS_OF_TERMS.has(countTerm(head));

/** Whether a question's head asks for a body. */
const asksBody = (head: string): boolean => BODY_HEADS.some((h) => countTerm(h) === countTerm(head));

/**
 * General heads a question asks with and the nouns a sentence names a thing of that kind with
 * ("which event was A attending": "the Orvane Ports Summit"); one way only, as a summit is an
 * event but "which summit" is not answered by a festival.
 */
const KINDS_OF: Record<string, string[]> = {
  // (gatherings that stand alone, not a meeting's parts: a session, a dialogue or a ceremony is of another event)
  event: ["summit", "forum", "conference", "festival", "exhibition", "expo", "games", "congress", "event"],
  // "which organisation does Veldia chair", "which UN body": the heads of bodies' names, and their acronyms (see `isBodyAcronym`)
  ...Object.fromEntries(BODY_HEADS.map((head) => [head, BODIES])),
};
const KINDS_OF_TERMS: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries(KINDS_OF).map(([head, kinds]) => [countTerm(head), new Set(kinds.map(countTerm))]));

/** Nouns that name the same thing a question may ask whose it is ("whose message" is told as "a letter from …", "the greetings of …"). */
const HEAD_KIN: string[][] = [["message", "letter", "greetings"]];
const HEAD_KIN_TERMS = kinOf(HEAD_KIN);

/** The head and the nouns of its kind, as written. */
const headForms = (head: string): string[] => KINDS_OF[fold(head).replace(/ies$/, "y").replace(/s$/, "")] ?? HEAD_KIN.find((kin) => kin.some((w) => countTerm(w) === countTerm(head))) ?? [head];

/** Words that make no thing of their own before a head ("the new bilateral scheme"). */
const GENERAL = new Set(["the", "a", "an", "this", "that", "these", "those", "new", "old", "such", "other", "same", "two", "both", "bilateral", "joint", "mutual", "current", "recent", "further", "wider", "its", "their", "his", "her", "our", "own", "s", "'s"]);

/** Prepositions whose object belongs to the phrase ("the war against …", "the port of …"). */
const OF = new Set(["of", "against", "between", "on", "for", "in"]);

/** Longest phrase after the head's preposition, in tokens. */
const MAX_AFTER = 9;

/**
 * The noun phrase around the head at `at`: the nouns, adjectives, names and possessives before it,
 * an acronym in parentheses, and a phrase after "of/against/…" of nouns and names, never a clause.
 */
function phraseAt(p: Parsed, at: number): { from: number; to: number } {
  let from = at;
  for (let i = at - 1; i >= 0; i--) {
    const v = p.values[i]!;
    if (p.tags[i] === "PART" && /^['’]s?$/.test(v) && i > 0 && /^(PROPN|NOUN)$/.test(p.tags[i - 1] ?? "")) {
      from = i - 1;
      i--;
      continue;
    }
    if (v === ")" && p.values[i - 2] === "(" && /^\p{Lu}[\p{Lu}\d-]+$/u.test(p.values[i - 1] ?? "")) {
      from = i - 2;
      i -= 2;
      continue;
    }
    // "the Turkmenistan–Afghanistan–Pakistan–India (TAPI) gas pipeline": names joined by dashes are one name
    if (/^[–-]$/.test(v) && from === i + 1 && /^\p{Lu}/u.test(p.values[i + 1]!) && /^\p{Lu}/u.test(p.values[i - 1] ?? "") && p.tags[i - 1] === "PROPN") {
      from = i - 1;
      i--;
      continue;
    }
    // '"X-Bridge" initiative': a quoted name before the head
    let open = -1;
    if (/^["”“]$/.test(v)) for (let j = i - 1; j >= Math.max(0, i - 8) && open < 0; j--) if (/^["“”]$/.test(p.values[j]!)) open = j;
    if (open >= 0) {
      from = open;
      i = from;
      continue;
    }
    if (!["NOUN", "PROPN", "ADJ", "NUM"].includes(p.tags[i] ?? "")) break;
    from = i;
  }
  // "his government's Flood Relief Plan": a common noun's possessive refers back, it names nothing
  while (from < at - 1 && /^\p{Ll}/u.test(p.values[from]!) && p.tags[from + 1] === "PART") from += 2;
  let to = at;
  // "Expo 2025 Osaka": a name goes on past a capitalised head
  if (/^\p{Lu}/u.test(p.values[at]!)) while (to + 1 < p.values.length && (p.tags[to + 1] === "PROPN" || p.tags[to + 1] === "NUM") && /^[\p{Lu}\d]/u.test(p.values[to + 1]!)) to++;
  // "the news channel Orvane 24", "the state agency Telu": a name right after a common head is the thing's own
  // (a singular head's: "notes on quotas Orvane Union" runs two headlines together)
  else if (!/s$/i.test(p.values[at]!) && to + 1 < p.values.length && p.tags[to + 1] === "PROPN" && /^\p{Lu}/u.test(p.values[to + 1]!) && !CALENDAR.test(p.values[to + 1]!)) {
    while (to + 1 < p.values.length && (p.tags[to + 1] === "PROPN" || p.tags[to + 1] === "NUM") && /^[\p{Lu}\d]/u.test(p.values[to + 1]!) && !CALENDAR.test(p.values[to + 1]!)) to++;
  }
  // "(PALM)" after the head; then the rest of a name ("Tariff sector") is no part of the answer
  if (p.values[to + 1] === "(" && p.values[to + 3] === ")" && /^\p{Lu}[\p{Lu}\d-]+$/u.test(p.values[to + 2] ?? "")) to += 3;
  if (OF.has(fold(p.values[to + 1] ?? "")) && p.tags[to + 1] === "ADP") {
    let end = to + 1;
    for (let i = to + 2; i < p.values.length && i <= to + 1 + MAX_AFTER; i++) {
      const tag = p.tags[i] ?? "";
      if (["NOUN", "PROPN", "NUM", "ADJ"].includes(tag)) end = i;
      else if (!(tag === "DET" || (tag === "CCONJ" && ["NOUN", "PROPN", "ADJ"].includes(p.tags[i + 1] ?? "")) || (tag === "ADP" && fold(p.values[i]!) === "of") || (tag === "PART" && /^['’]s$/.test(p.values[i]!)))) break;
    }
    if (end > to + 1) to = end;
  }
  return { from, to };
}

/**
 * The noun an adjective is made from, as a sentence may write it instead ("parliamentary" → "parliament",
 * "presidential" → "president", "regional" → "region"); the word itself when no suffix of the kind ends it or the rest is short.
 * @example nounOfAdjective("parliamentary") // "parliament"
 */
function nounOfAdjective(word: string): string {
  const noun = word.replace(/(?:ial|ary|al|ic)$/, "");
  return noun.length >= 6 && noun !== word ? noun : word;
}

/** Names of days and months, which follow a noun as a date, never as its name ("the summit Tuesday"). */
const CALENDAR = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Words inside a name's run of capitalised words ("the Compact for the Coast", "Orvane-Telu"). */
const NAME_JOINS = new Set(["of", "for", "the", "and", "on", "-", "–"]);

/**
 * The name a head stands in apposition to after a comma ("the Orvane-Telu Compact for the
 * Coast, an initiative started in May"): the capitalised words before the comma, or undefined.
 */
function appositionBefore(sentence: string, p: Parsed, at: number): string | undefined {
  let i = at - 1;
  while (i >= 0 && p.tags[i] === "ADJ") i--;
  if (!["a", "an"].includes(fold(p.values[i] ?? "")) || p.values[i - 1] !== ",") return undefined;
  const end = i - 2;
  let from = end + 1;
  for (let k = end; k >= 0; k--) {
    const v = p.values[k]!;
    if (/^\p{Lu}/u.test(v) && p.tags[k] !== "DET") from = k;
    else if (!NAME_JOINS.has(fold(v))) break;
  }
  // the name begins on a capital and holds two words at least; the joins it opens with are not its own
  if (from > end || end - from < 1 || !/^\p{Lu}/u.test(p.values[end]!)) return undefined;
  return textOf(sentence, p, from, end);
}

/** The text of tokens from..to as the sentence writes them. */
function textOf(sentence: string, p: Parsed, from: number, to: number): string {
  // wink's tokens lose their spacing: find them in order in the sentence
  let cursor = 0;
  let start = -1;
  let end = -1;
  for (let i = 0; i <= to; i++) {
    const at = sentence.indexOf(p.values[i]!, cursor);
    if (at < 0) return p.values.slice(from, to + 1).join(" ");
    if (i === from) start = at;
    cursor = at + p.values[i]!.length;
    end = cursor;
  }
  return sentence.slice(start, end).trim();
}

/** The key terms of the question a sentence should hold (its verbs and nouns besides the names and the kind asked). */
function keyTerms(q: Question, asked: AskedKind): string[] {
  const own = new Set([asked.head, ...asked.modifiers].map((w) => stem(w)));
  return [...new Set(q.terms)].filter((t) => !own.has(t) && !q.knowledge.nameWords.has(t) && !MEETING_TERMS.has(t) && /\p{L}{2}/u.test(t));
}

/** Whether a sentence names every person asked about (by id or surname). */
function namesPeople(q: Question, s: Sentence): boolean {
  return q.links.people.length > 0 && q.links.people.every((m) => m.ids.some((id) => s.people.includes(id) || s.text.includes(q.knowledge.people.get(id)?.surname ?? "\u0000")));
}

/** Ordinals, numerals and months of a question, which pin one event ("the sixth dialogue", "2019", "the forum set for May"). */
const PIN = /^(\d+\w*|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|previous|next|last|january|february|march|april|june|july|august|september|october|november|december)$/;

/**
 * Whether a sentence may tell of the event asked about: it (or the sentence before) holds the
 * question's ordinals and numerals, and when the question names two people or more, a sentence
 * naming someone else names them all ("she and Ana Ruiz oversaw the signing …" is no act of hers with Paul Kim).
 */
function tellsAsked(q: Question, s: Sentence, owned = false): boolean {
  const before = q.knowledge.retrieval.sentences[s.id - 1];
  const context = new Set(nameTokens(`${before?.article === s.article ? before.text : ""} ${s.text}`));
  if (nameTokens(q.text).some((w) => PIN.test(w) && !context.has(w))) return false;
  // "which agreements did they sign": a sentence (or the one before) that tells the signing, not one
  // that only names an agreement ("… urged fuller use of the Varan-Telu Trade Agreement")
  const told = `${before?.article === s.article ? before.text : ""} ${s.text}`;
  if (SIGNING.test(q.text) && !SIGNING.test(told) && !SIGNED_OTHERWISE.test(told)) return false;
  if (aboutOtherPair(q, s)) return false;
  const asked = new Set(q.links.people.flatMap((m) => m.ids));
  const others = s.people.some((id) => !asked.has(id) && s.text.includes(q.knowledge.people.get(id)?.surname ?? "\u0000"));
  // ("whose greetings did A convey to B": the someone else is the owner asked for, in a sentence that names A, the doer)
  return q.links.people.length < 2 || !others || namesPeople(q, s) || (owned && namesPeople({ ...q, links: { ...q.links, people: q.links.people.slice(0, 1) } }, s));
}

/** Whether a word of a phrase is the question's own: a word it uses, or a country it names ("U.S." for "the US"). */
function ownWord(word: string, own: Set<string>, countries: string[]): boolean {
  const w = fold(word).replace(/[^\p{L}\p{N}]/gu, "");
  if (own.has(w) || own.has(stem(w))) return true;
  const country = lookUpCountry(word)?.country ?? lookUpCountry(w)?.country;
  return !!country && countries.includes(country);
}

/** A cardinal ("five documents") counts things, it does not name one; an ordinal ("40th") does. */
const CARDINAL = /^(\d+([.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|some|few|dozens?|hundreds?)$/i;

/** Words that open a list of the things a plural names ("…, among them A, B and C"). */
const LIST_OPENER = /^[^.;:()]{0,80}?\b(?:including|among them|among whom|such as|namely|singling out|notably|in particular|especially)\s+/u;

/**
 * The list a sentence gives right after a phrase ("several patriots who fought …, among them A, B
 * and C"), or undefined.
 * @example listAfter("three ports, including Ilo and Matarani.", "three ports") // "Ilo and Matarani"
 */
function listAfter(sentence: string, phrase: string): string | undefined {
  const at = sentence.indexOf(phrase);
  if (at < 0) return undefined;
  const rest = sentence.slice(at + phrase.length);
  const opener = LIST_OPENER.exec(rest);
  if (!opener) return undefined;
  const list = rest.slice(opener[0].length).split(/[.;:]\s|[.;:]$|,\s(?:and\s)?(?=\p{Ll}+\s)(?!and\b)/u)[0]!.trim();
  return /^(?:the\s)?\p{Lu}/u.test(list) && /,|\band\b/.test(list) ? list : undefined;
}

/** Words a name's initials skip ("the United Nations General Assembly" is UNGA; "the Gulf Cooperation Council" GCC). */
const UNINITIALLED = new Set(["of", "the", "and", "for", "on", "de"]);

/**
 * Whether a short word is the initials of a run of capitalised words of a sentence, as an acronym
 * asked in lower case is ("unga", "au").
 * @example spellsInitials("the 9th Orvane River Union summit", "oru") // true
 */
export function spellsInitials(sentence: string, word: string): boolean {
  if (word.length < 2 || word.length > 5 || !/^\p{L}+$/u.test(word)) return false;
  const words = sentence.split(/[^\p{L}'’-]+/u).filter((w) => w && !UNINITIALLED.has(w));
  return words.some((_, i) => i + word.length <= words.length && words.slice(i, i + word.length).every((w, k) => /^\p{Lu}/u.test(w) && fold(w[0]!) === word[k]));
}

interface Found {
  s: Sentence;
  phrase: string;
  score: number;
}

/** The best reading over the sentences, or undefined when none, or when two articles read as well give different things. */
function best(found: Found[]): Found | undefined {
  const sorted = [...found].sort((a, b) => b.score - a.score || a.s.id - b.s.id);
  const top = sorted[0];
  if (!top) return undefined;
  const rival = sorted.find((f) => f.score === top.score && f.s.article !== top.s.article && fold(f.phrase) !== fold(top.phrase));
  return rival ? undefined : top;
}

/** How well a sentence fits the question: its people named, its key words held. */
function fit(q: Question, s: Sentence, keys: string[]): number {
  const bag = weightsAt(q.knowledge.retrieval, s.id);
  return (namesPeople(q, s) ? 2 : 0) + keys.filter((t) => (bag[t] ?? 0) > 0).length;
}

/**
 * "Which labour scheme came up", "what war did A and B discuss": the phrase headed by the noun
 * asked, which must name one thing (a name, a number or a possessor besides the question's own
 * words), from the sentence of the people's articles that best fits the question.
 * @example readKind(question)?.body[0] // { kind: "para", content: [{ bold: "Xland's war against Yland" }] }
 */
export function readKind(q: Question): Reply | undefined {
  const asked = askedKind(q.text);
  if (!asked || asked.form !== "which") return undefined;
  const keys = keyTerms(q, asked);
  const own = new Set([asked.head, ...asked.modifiers, ...q.terms, ...[...q.text.matchAll(/\p{L}+/gu)].map((m) => fold(m[0]))]);
  const found: Found[] = [];
  for (const s of sentencesFor(q, asked.head, keys)) {
    if (s.title) continue;
    const folded = fold(s.text);
    // the asked words, in full or as the initials of a name ("which ORU summit": "the Orvane River Union summit")
    if (!asked.modifiers.every((m) => folded.includes(m.slice(0, Math.max(3, m.length - 2))) || folded.includes(nounOfAdjective(m)) || spellsInitials(s.text, m))) continue;
    const p = parseText(s.text);
    for (let i = 0; i < p.values.length; i++) {
      if (p.tags[i] !== "NOUN" && p.tags[i] !== "PROPN") continue;
      // ("which alliance": "Tarsk's bid to join NATO"; an acronym is a name of its own)
      const acronym = asksBody(asked.head) && isBodyAcronym(p.values[i]!) && !own.has(fold(p.values[i]!));
      if (!acronym && !isHead(p.values[i]!, asked.head)) continue;
      const { from, to } = phraseAt(p, i);
      // "several patriots …, among them A, B and C": the things the sentence lists
      const listed = listAfter(s.text, textOf(s.text, p, from, to));
      if (listed) {
        found.push({ s, phrase: listed, score: fit(q, s, keys) });
        break;
      }
      // "the Orvane-Telu Compact for the Coast, an initiative started in May": the name the head stands for
      const named = from === i && to === i ? appositionBefore(s.text, p, i) : undefined;
      if (named && !nameTokens(named).every((w) => own.has(w))) {
        found.push({ s, phrase: named, score: fit(q, s, keys) });
        break;
      }
      const words = p.values.slice(from, to + 1);
      // one thing: a word besides the head, the question's words and general ones ("the new scheme" is none)
      if (!acronym && !words.some((w, k) => from + k !== i && /\p{L}|\d/u.test(w) && !GENERAL.has(fold(w)) && !CARDINAL.test(w) && !ownWord(w, own, q.links.countries))) continue;
      // "which investors did A meet": "potential investors", a plural with only lower-case describing words, says of what kind, not which.
      if (/s$/.test(p.values[i]!) && words.every((w, k) => from + k === i || (/^\p{Ll}/u.test(w) && (p.tags[from + k] === "ADJ" || p.tags[from + k] === "DET")))) continue;
      found.push({ s, phrase: textOf(s.text, p, from, to), score: fit(q, s, keys) });
      break;
    }
  }
  const top = best(found);
  return top && reply(top.s, top.phrase);
}

/** Honorifics that end a sentence too early ("… by our Minister for Foreign Affairs, Hon. Ana Ruiz"). */
const HONORIFIC_END = /(?:^|[\s,])(?:Hon|Rt|Dr|Mr|Mrs|Ms|Prof|Gen|Amb|H\.E)\.$/;

/** An owner's name and titles as a sentence writes them: capitalised words, "of the", "bin", honorifics after a comma ("…, Hon. Mr. Ana Ruiz"). */
const OWNER = /^(?:(?:\p{Lu}[\p{L}\p{N}'’-]*\.?|(?:of|the|and|for|bin|al)(?=\s+\p{Lu}|\s+the\s)|,(?=\s*(?:Hon|Rt|Dr|Mr|Mrs|Ms|Prof|H\.E)\b))\s*)+/u;

/** Words between the head and the owner's preposition ("a message addressed to him by …"). */
const GAP = 4;

/** The owner of the thing at `at`: a possessor before it ("Ana Ruiz's letter") or the phrase after "of/from/by". */
function ownerAt(s: Sentence, p: Parsed, at: number, next?: Sentence): string | undefined {
  // "the Veldian President's envoys": the name and title before the possessive
  let i = at - 1;
  while (i >= 0 && p.tags[i] === "ADJ") i--;
  if (p.tags[i] === "PART" && /^['’]s?$/.test(p.values[i]!)) {
    let from = i - 1;
    while (from > 0 && (p.tags[from - 1] === "PROPN" || /^\p{Lu}/u.test(p.values[from - 1]!)) && p.tags[from - 1] !== "DET") from--;
    if (from >= 0 && /^\p{Lu}/u.test(p.values[from]!)) return textOf(s.text, p, from, i - 1);
  }
  for (let k = at + 1; k <= at + 1 + GAP && k < p.values.length; k++) {
    if (p.tags[k] === "PUNCT") return undefined;
    const word = fold(p.values[k]!);
    if (!["of", "from", "by"].includes(word)) continue;
    let from = k + 1;
    if (["the", "our", "his", "her", "their"].includes(fold(p.values[from] ?? ""))) from++;
    // ("the pledges of the late Sultan Varan", "the message of the former president, Telu Amar": the owner after the word that dates the title)
    if (["late", "former"].includes(fold(p.values[from] ?? "")) && /^\p{Lu}/u.test(p.values[from + 1] ?? "")) from++;
    // ("a letter of congratulations from …": the owner after the next preposition)
    if (!/^\p{Lu}/u.test(p.values[from] ?? "")) continue;
    const rest = textOf(s.text, p, from, p.values.length - 1);
    let owner = OWNER.exec(rest)?.[0].replace(/[\s,]+(?:and|of|the|for|bin|al)?$/u, "").trim().replace(/(?<!\b(?:Hon|Rt|Dr|Mr|Mrs|Ms|Prof|Jr|Sr))\.$/u, "") ?? "";
    // the sentence was cut at an honorific: the name is at the start of the next one
    if (HONORIFIC_END.test(owner) && next?.article === s.article) {
      const name = /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’-]*/u.exec(next.text)?.[0];
      if (name) owner = `${owner} ${name}`;
    }
    return owner;
  }
  return undefined;
}

/**
 * "Whose message did A hand over", "whose envoys were B and C": the owner of the thing in a
 * sentence of the people's articles ("a letter from President Ana Ruiz", "the greetings of …").
 * @example readWhose(question)?.body[0] // { kind: "para", content: [{ bold: "President Ana Ruiz" }] }
 */
export function readWhose(q: Question): Reply | undefined {
  const asked = askedKind(q.text);
  if (!asked || asked.form !== "whose") return undefined;
  const keys = keyTerms(q, asked);
  const asker = new Set(q.links.people.flatMap((m) => m.ids.flatMap((id) => (q.knowledge.people.get(id)?.names ?? []).map(fold))));
  const found: Found[] = [];
  for (const s of sentencesFor(q, asked.head, keys, true)) {
    const p = parseText(s.text);
    for (let i = 0; i < p.values.length; i++) {
      if (p.tags[i] !== "NOUN" || !isHead(p.values[i]!, asked.head)) continue;
      const owner = ownerAt(s, p, i, q.knowledge.retrieval.sentences[s.id + 1]);
      // the thing is not the asker's own ("Ana handed over Ana's letter" answers nothing)
      if (!owner || asker.has(fold(owner))) continue;
      // (the noun asked before one of its kind: "the greetings of A" before "a letter from B")
      const own = countTerm(p.values[i]!) === countTerm(asked.head) ? 0.5 : 0;
      found.push({ s, phrase: owner, score: fit(q, s, keys) - (s.title ? 1 : 0) + own });
      break;
    }
  }
  const top = best(found);
  return top && reply(top.s, top.phrase, q.knowledge.retrieval.sentences[top.s.id + 1]);
}

function reply(s: Sentence, phrase: string, next?: Sentence): Reply {
  // a sentence cut at an honorific is quoted with the one that ends it
  const quoted = HONORIFIC_END.test(s.text.trim()) && next?.article === s.article ? `${s.text} ${next.text}` : s.text;
  return phraseReply(s, phrase, quoted.replace(/^["“](?=[^"”]*$)/, ""));
}
