/**
 * @module The reader for "what did X <verb> …" questions: the words that follow the question's own
 * verb (and its preposition: "thank … for", "congratulate … on") in a sentence that holds the
 * question's names and key words ("will open a trade office in Lima"); and "what is the NPC": the
 * name an acronym stands for.
 */
import type { Sentence } from "../../facts/types";
import { escapeRegExp, fold } from "../../nlp/fold";
import { parseText } from "../parse";
import type { Question } from "../question";
import { phraseReply, reportedReply, type Reply } from "../reply";
import { kinOf, MEETING_TERMS as MEETING_WORDS, namesKind } from "../answer-type";
import { nameTokens } from "../names";
import { lookUpCountry } from "../link-countries";
import { retrieve, stem, weightsAt, type Passage } from "../retrieval";
import { askedTense } from "../tense";
import type { Block } from "../types";
import { listedDocuments } from "./listed-documents";

/** Sentences read per question, best first. */
const READ = 8;

/** Auxiliaries between "what" and the subject ("what did", "what will"). */
const AUXILIARIES = new Set(["did", "do", "does", "will", "would", "has", "have", "had", "can", "could", "should", "is", "are", "was", "were"]);

/** Verbs that carry no act of their own, never the question's verb. */
const LIGHT = new Set(["be", "do", "have", "will", "would", "can", "could", "should", "may", "might", "must", "shall", "keep", "want", "plan", "hope", "try", "agree", "decide", "expect", "accord", "accord to", "according"]);

/** Verbs whose object noun carries the act ("express appreciation", "voice concern", "offer condolences"). */
const EXPRESS = new Set(["express", "voice", "offer", "extend", "convey", "show", "pay"]);

/** Prepositions a question may end on ("what did she thank him for"). */
const PREPOSITIONS = new Set(["for", "on", "about", "with", "to", "in", "at", "from", "over", "against", "of"]);

/**
 * Words a sentence may tell an asked act with, verbs or nouns ("what did A ask B to do" told as "a
 * request from A that B lift …", "urged B to …"; "what did A give B" as "handed him a letter").
 */
const ACT_KIN: string[][] = [
  ["ask", "request", "urge", "press", "sought", "seek", "appeal"],
  ["give", "hand", "handed", "present", "deliver", "convey", "pass"],
  ["promise", "pledge", "vow", "assure", "commit"],
  ["support", "back", "backing", "endorse"],
  // "exchanged four agreements", "the MoUs were exchanged", "inked a deal", "sealed a pact"
  ["sign", "ink", "exchange", "seal", "conclude"],
  // a document the sides put their names to: "issued a joint statement", "adopted a declaration", "released a communiqué"
  ["issue", "adopt", "release", "publish"],
];

/**
 * A signing told without the verb: "put their names to a memorandum", "put their signatures to nine
 * agreements", "initialled the draft".
 */
export const SIGNED_OTHERWISE = /\b(?:put|puts|putting)\s+(?:their|his|her|its|our)\s+(?:names?|signatures?)\s+to\b|\binitiall?(?:ed|ing)\b/i;

/** Each act word's stem: the stems of its kin. */
const ACT_KIN_TERMS = kinOf(ACT_KIN, stem);

/** The stems of an act's kin words, the act's own first. */
export function actKin(verb: string): string[] {
  return [verb, ...[...(ACT_KIN_TERMS.get(verb) ?? [])].filter((w) => w !== verb)];
}

const EXCHANGE = stem("exchange");

/** Whether a sentence names a document two sides sign (an agreement or one of its kin: a memorandum, an MoU, an accord, a deal …). */
const namesDocument = (text: string): boolean => text.split(/[^\p{L}]+/u).some((w) => namesKind(w, "agreement"));

/**
 * The stems of an act's kin words that tell it in this sentence: a signing is "exchanged" only when the
 * sentence names a document ("exchanged four agreements", "the MoUs were exchanged"), never "exchanged views".
 * @example actKinIn(stem("sign"), "they could exchange views this way").includes(stem("exchange")) // false
 */
export function actKinIn(verb: string, text: string): string[] {
  const kin = actKin(verb);
  return verb !== EXCHANGE && kin.includes(EXCHANGE) && !namesDocument(text) ? kin.filter((k) => k !== EXCHANGE) : kin;
}

/** Nouns of asking whose content is a "that" clause ("a request that B lift the curbs"). */
const ASKING_NOUN = /^(request|appeal|call|proposal)s?$/;

/** Where an answer phrase ends: a clause boundary. */
const CLAUSE_END = /[,;:.!?"”(]|\s(?:and said|which|who|while|as well as|but|after|before|when|where)\s/;

/** Words that begin another clause, not the thing acted on ("… help and he expects …"). */
const NOT_AN_OBJECT = /^(and|but|or|he|she|it|they|we|i|that|which|who|whom|whose|when|where|because|if|as|than)\b/i;

/** A form of "be" (and an adverb) right before a verb: its participle is passive ("had been signed", "was formally opened"). */
const PASSIVE_BEFORE = /\b(?:be|been|being|is|are|was|were)\s+(?:\p{L}+ly\s+)?$/u;

/** Words that open where or when an act was done, not what it was done to ("signed in Tarsk", "signed on Monday", "signed last year"). */
const SETTING_AFTER = /^(?:in|on|at|during|last|yesterday|today|earlier|later)\b/i;

/** Longest answer phrase, in words. */
const MAX_WORDS = 14;

/**
 * The act a "what did X <verb> …" question asks about: the verb's stem and the preposition it ends
 * on; undefined for any other form.
 * @example askedAct("what did Ana thank Paul for") // { verb: "thank", preposition: "for" }
 */
export function askedAct(question: string): { verb: string; preposition?: string; noun?: string } | undefined {
  const { values, lemmas, tags } = parseText(question);
  const lower = values.map((v) => v.toLowerCase());
  if (lower[0] !== "what" || !AUXILIARIES.has(lower[1] ?? "")) return undefined;
  // "what is the name of the minister who met Ruiz": the verb is a clause's, not the act asked about
  if (lower.slice(2).some((w) => w === "who" || w === "whom" || w === "that" || w === "which")) return undefined;
  let verb: string | undefined;
  let noun: string | undefined;
  for (let i = 2; i < lemmas.length; i++) {
    if ((tags[i] === "VERB" || (tags[i] === "ADJ" && !verb)) && !LIGHT.has(fold(lemmas[i]!))) {
      verb = fold(lemmas[i]!);
      // "express appreciation for", "offer condolences on": the noun carries the act
      noun = EXPRESS.has(verb) && tags[i + 1] === "NOUN" ? fold(lemmas[i + 1]!) : undefined;
    }
  }
  verb ??= verbAfterSubject(lower, tags);
  if (!verb) return undefined;
  const words = lower.filter((v) => /\p{L}/u.test(v));
  const last = words.at(-1);
  return { verb: stem(verb), ...(noun ? { noun: stem(noun) } : {}), ...(last && PREPOSITIONS.has(last) ? { preposition: last } : {}) };
}

/**
 * The verb wink tags a noun after a subject of names typed in lower case ("what did varan sign in
 * tarsk", "what did varan and telu sign"): the word before the first preposition or the end, when
 * it is read as a verb after "they" ("what did they sign").
 */
function verbAfterSubject(lower: string[], tags: string[]): string | undefined {
  const end = tags.findIndex((t, i) => i > 2 && (t === "ADP" || t === "PUNCT"));
  const at = (end < 0 ? tags.length : end) - 1;
  if (at <= 2 || tags[at] !== "NOUN") return undefined;
  const alone = parseText(`what ${lower[1]} they ${lower[at]}`);
  return alone.tags[3] === "VERB" && !LIGHT.has(fold(alone.lemmas[3]!)) ? fold(alone.lemmas[3]!) : undefined;
}

/** Words before a verb that make its act a plan ("will sign", "was expected to sign", "are due to sign"). */
const PLANNED_ACT = /\b(?:will|would|shall|(?:expected|due|set|scheduled|going|plans?|planned|intends?|intended|hopes?|hoped|ready)\s+to)\s+$/;

/** "Sign" as a noun, not the act of signing: after a determiner ("a sign of", "the clearest sign that"). */
const SIGN_NOUN = /^signs?$/;
const DETERMINER_BEFORE = /\b(?:a|an|the|this|that|no|any|another|every)\s+(?:[\p{L}-]+est\s+|clear\s+|strong\s+|positive\s+|further\s+)?$/u;

/** A phrase that names who sent or did the act, not what it was: "from A", "by A", "of A". */
const SENDER = /^(?:from|by|of)\s/i;

/** The phrase after the verb (and the preposition) in the sentence, cut at the clause's end. */
function phraseAfter(text: string, verb: string, preposition?: string, past = false): string | undefined {
  const folded = fold(text);
  // the verb itself ("signed", "opens"), not a noun made of it ("the opening ceremony"); asked what was done, not an act still planned ("was expected to sign")
  // (nor the noun "sign" after a determiner: "as a sign of solidarity", "a sign that …")
  const at = [...folded.matchAll(/\p{L}+/gu)].find((m) => !m[0].endsWith("ing") && (stem(m[0]) === verb || (verb.length >= 4 && m[0].startsWith(verb))) && !(past && PLANNED_ACT.test(folded.slice(0, m.index))) && !(SIGN_NOUN.test(m[0]) && DETERMINER_BEFORE.test(folded.slice(0, m.index))));
  if (!at) return undefined;
  let from = at.index + at[0].length;
  // "a request that B lift …": the clause is what was asked
  // ("a request from A that B lift …": whose request it was, then what it asked)
  const that = /^\s+(?:from\s+(?:\p{L}[\p{L}.'-]*\s+){1,4})?that(?=\s)/u.exec(folded.slice(from));
  const content = ASKING_NOUN.test(at[0]) && that ? that[0].length : 0;
  from += content;
  if (preposition) {
    const rest = folded.slice(from);
    const p = rest.search(new RegExp(`\\b${preposition}\\b`));
    if (p < 0 || p > 80) return undefined;
    from += p + preposition.length;
  }
  const tail = text.slice(from).replace(/^\s+/, "");
  if (NOT_AN_OBJECT.test(tail)) return undefined;
  // "a trade accord had been signed in Tarsk in 2019": after a passive, or before a place or a time, no thing acted on follows
  if (!preposition && (PASSIVE_BEFORE.test(folded.slice(0, at.index)) || SETTING_AFTER.test(tail))) return undefined;
  const end = tail.search(CLAUSE_END);
  const phrase = (end < 0 ? tail : tail.slice(0, end)).split(/\s+/).slice(0, MAX_WORDS).join(" ").trim();
  return phrase.split(/\s+/).length >= 2 || /^\p{Lu}/u.test(phrase) ? phrase : undefined;
}

/**
 * The answer to a "what did X <verb> …" question read from one sentence, or undefined.
 * @example readThing(question)?.body[0] // { kind: "para", content: [{ bold: "a Norwegian trade office in Lima next year" }] }
 */
export function readThing(q: Question, holds: (s: Sentence) => boolean, terms: string[], passages?: Passage[]): Reply | undefined {
  let keys = terms;
  const acronym = readAcronym(q) ?? readDefinition(q);
  if (acronym) return acronym;
  const act = askedAct(q.text);
  if (!act) return undefined;
  // "what did they discuss": nothing named, nothing to look for but the act itself
  const subject = keys.filter((t) => t !== act.verb && !MEETING_WORDS.has(t));
  if (!hasNames(q) && subject.length < 2) return undefined;
  const asked = new Set(nameTokens(q.text));
  // "express appreciation": the sentence may voice it, show it or express it
  if (act.noun) keys = keys.filter((t) => t !== act.verb);
  // ("give" is a stop word of the terms, yet the act the sentence must tell)
  else if (!keys.includes(act.verb)) keys = [...keys, act.verb];
  const past = askedTense(q.text) === "past";
  for (const p of passages ?? retrieve(q.text, q.knowledge.retrieval, READ)) {
    const s = p.sentence;
    if (s.title || !holds(s)) continue;
    // (the act may be told by a word of its kin: "ask" by "request", "give" by "handed")
    const bag = weightsAt(q.knowledge.retrieval, s.id);
    const folded = fold(s.text);
    const held = keys.filter((t) => p.matched.includes(t) || actKinIn(t, s.text).some((k) => (bag[k] ?? 0) > 0 || (k.length >= 4 && folded.includes(k))));
    if (keys.length === 0 || held.length < Math.ceil(keys.length * 0.75)) continue;
    const phrase = actKinIn(act.verb, s.text).reduce<string | undefined>((found, verb) => found ?? phraseAfter(s.text, verb, act.preposition, past), undefined) ?? (act.noun ? phraseAfter(s.text, act.noun, act.preposition, past) : undefined);
    // ("signed two memoranda": the sentences after it that tell them one by one)
    const listed = listedDocuments(q, s);
    // ("Two memoranda were signed in the course of the meeting. Under the first, …": no phrase after the verb, the list after the sentence)
    if (!phrase && listed.length) return reportedReply([s, ...listed], { articles: [s.article] });
    // ("an invitation from A": who sent the noun's act, never what was done)
    if (!phrase || nameTokens(phrase).every((w) => asked.has(w) || STOP.has(w)) || SENDER.test(phrase)) continue;
    const found = reply(s, phrase);
    return listed.length ? { ...found, body: [...found.body, ...listed.map((l): Block => ({ kind: "quote", content: [l.text] }))] } : found;
  }
  return undefined;
}

/** "What is the NPC": the name the acronym stands for, written before it in parentheses. */
function readAcronym(q: Question): Reply | undefined {
  const m = /^what\s+(?:is|are|was|does)\s+(?:the\s+)?([A-Z][A-Z0-9]{1,9})\s*(?:stand for)?\??$/.exec(q.text.trim());
  if (!m) return undefined;
  const acronym = m[1]!;
  for (const p of retrieve(acronym, q.knowledge.retrieval, READ)) {
    const at = p.sentence.text.indexOf(`(${acronym})`);
    if (at < 0) continue;
    const before = p.sentence.text.slice(0, at).trim().split(/\s+/);
    const name: string[] = [];
    for (let i = before.length - 1; i >= 0 && (/^\p{Lu}/u.test(before[i]!) || (name.length && /^(of|the|for|and|on|de)$/.test(before[i]!))); i--) name.unshift(before[i]!);
    while (name.length && /^(of|the|for|and|on|de)$/.test(name[0]!)) name.shift();
    if (name.length) return reply(p.sentence, `${name.join(" ")} (${acronym})`);
  }
  return undefined;
}

/** "What is Fresh Start", "what was the Orvane Plan": a name of a few words, asked what it is. */
const WHAT_IS = /^what\s+(?:is|are|was|were)\s+(?:the\s+)?["“]?((?:[\p{L}\p{N}'’-]+\s*){1,5}?)["”]?\s*\??$/iu;

/** What a sentence says a name is: the noun phrase in apposition after it ('"Fresh Start", the new aid programme …') or the one it is known as ("the national plan, known as Orvane 2030"). */
const AFTER_NAME = (name: string) => new RegExp(`${name}["”]?,\\s+((?:the|a|an)\\s+[^,;:.()"“”]{3,120})`, "iu");
const BEFORE_NAME = (name: string) => new RegExp(`((?:the|a|an|its|their|his|her)\\s+[^,;:.()"“”]{3,80}?),?\\s+(?:known as|called|named|dubbed|titled)\\s+["“]?${name}\\b`, "iu");

/** Where the phrase that says what a thing is ends: a clause inside it. */
const DEFINITION_END = /\s(?:that|which|who|whom|whose|when|where|after|before|while|as|because)\s/;

/**
 * "What is Fresh Start": what the articles say the name is, in apposition to it or naming it
 * ("the country's national development plan, known as Orvane 2030"); undefined when no sentence says.
 * @example readDefinition(question)?.body[0] // { kind: "para", content: [{ bold: "the joint fisheries programme" }] }
 */
function readDefinition(q: Question): Reply | undefined {
  const asked = WHAT_IS.exec(q.text.trim())?.[1]?.trim();
  // a person or a country is asked of by other readers ("who is", the country's facts); "Orvane 2030" is a thing of its own
  if (!asked || q.links.people.length || lookUpCountry(asked) || nameTokens(asked).every((w) => STOP.has(w))) return undefined;
  const name = fold(asked).split(/\s+/).map(escapeRegExp).join("\\s+");
  for (const p of retrieve(asked, q.knowledge.retrieval, READ)) {
    const text = fold(p.sentence.text);
    if (p.sentence.title || !new RegExp(`\\b${name}\\b`, "i").test(text)) continue;
    const after = AFTER_NAME(name).exec(text);
    const m = after ?? BEFORE_NAME(name).exec(text);
    if (!m) continue;
    // (before the name, the noun phrase nearest it: "his thanks for the national plan, known as …" is "the national plan")
    const own = after ? m[1]! : m[1]!.slice([...m[1]!.matchAll(/(?:^|\s)(?:the|a|an|its|their|his|her)\s/g)].at(-1)?.index ?? 0).trim();
    const at = text.indexOf(own, m.index);
    let phrase = p.sentence.text.slice(at, at + own.length);
    const end = phrase.search(DEFINITION_END);
    if (end > 0) phrase = phrase.slice(0, end);
    phrase = phrase.trim();
    if (phrase.split(/\s+/).length >= 2) return reply(p.sentence, phrase);
  }
  return undefined;
}

const hasNames = (q: Question) => q.links.people.length > 0 || q.links.countries.length > 0 || q.links.places.length > 0;

/** Words of no content in an answer phrase. */
const STOP = new Set(["the", "a", "an", "to", "of", "in", "on", "for", "and", "with", "by", "at", "his", "her", "their", "its"]);

/** The phrase with its sentence (an opening quotation mark left unclosed dropped). */
const reply = (s: Sentence, phrase: string): Reply => phraseReply(s, phrase, s.text.replace(/^["“](?=[^"”]*$)/, ""));
