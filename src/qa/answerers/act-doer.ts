/** @module act-doer: who does an act in a sentence ("A thanked B", "B was thanked by A", "B, who likewise congratulated him"). */
import type { Sentence, Span } from "../../facts/types";
import { escapeRegExp, fold } from "../../nlp/fold";
import type { Question } from "../question";
import { stem } from "../retrieval";

/** The first word of a folded text that is the act's (a stem: "thank" for "thanked", "thanks"), with its position. */
function actWord(folded: string, act: string): RegExpExecArray | undefined {
  return [...folded.matchAll(/\p{L}+/gu)].find((m) => stem(m[0]) === act || (act.length >= 4 && m[0].startsWith(act)));
}

/**
 * The person span that does the act in a sentence: after "by" right behind the act's word (the
 * passive, "was thanked by A"), else the last person named before it; undefined when none is named
 * (a pronoun, "He thanked …") or the act's word is not there.
 * @example doerSpan(sentence("Ruiz thanked Lee for the visit."), "thank") // the span of "Ruiz"
 */
export function doerSpan(s: Sentence, act: string): Span | undefined {
  const word = actWord(fold(s.text), act);
  if (!word) return undefined;
  const people = (s.spans ?? []).filter((span) => span.type === "person");
  const after = word.index + word[0].length;
  const by = /^\s+by\s+/i.exec(s.text.slice(after));
  if (by) {
    const agent = people.find((span) => span.start === after + by[0].length);
    if (agent) return agent;
  }
  return people.filter((span) => span.end <= word.index).at(-1);
}

/**
 * Whether a sentence tells the act in the passive and names no one doing it: "X said the
 * agreement was expected to be signed in September" says who spoke, not who will sign; "… was
 * signed by A" names A and is not such a sentence.
 * @example toldWithoutDoer(sentence("Lee said the pact would be signed in May."), "sign") // true
 */
export function toldWithoutDoer(s: Sentence, act: string): boolean {
  const folded = fold(s.text);
  const word = actWord(folded, act);
  if (!word || !/\b(be|been|being|is|are|was|were)\s+(\p{L}+ly\s+)?$/iu.test(folded.slice(0, word.index))) return false;
  const clause = /^[^.;:]*/.exec(folded.slice(word.index + word[0].length))?.[0] ?? "";
  return !/\bby\b/.test(clause);
}

/** Whether the span names one of the people `ids` (by a name or surname as the index writes it). */
function namesOneOf(q: Question, s: Sentence, span: Span, ids: string[]): boolean {
  const said = fold(s.text.slice(span.start, span.end));
  return ids.some((id) => {
    const person = q.knowledge.people.get(id);
    return !!person && [...person.names, person.surname ?? ""].some((n) => n && fold(n) === said);
  });
}

/**
 * Whether the person doing the act in the sentence is one of `ids`: "A thanked him for …", never
 * "B, who likewise congratulated him".
 * @example doerIs(q, sentence("Ruiz thanked Lee."), ["ana-ruiz"], "thank") // true
 */
export function doerIs(q: Question, s: Sentence, ids: string[], act: string): boolean {
  const doer = doerSpan(s, act);
  if (doer) return namesOneOf(q, s, doer, ids);
  // "He also thanked Veldia for …": the one the sentence before names first, when "he" or "she" does the act
  const word = actWord(fold(s.text), act);
  if (!word || !PRONOUN_DOER.test(s.text.slice(0, word.index))) return false;
  const before = q.knowledge.index.sentences[s.id - 1];
  const first = before?.article === s.article ? (before.spans ?? []).find((span) => span.type === "person") : undefined;
  return !!first && namesOneOf(q, before!, first, ids);
}

/** A sentence whose act is done by "he" or "she" ("He also thanked …", "On Monday she congratulated …"). */
const PRONOUN_DOER = /^(?:[^,.;]{0,40},\s*)?(?:he|she)\s+(?:(?:also|then|later|further|warmly|personally|again)\s+)*$/i;

/**
 * Whether a sentence names someone other than the first person the question asks about as the one
 * doing the act (a stem: "thank"): "Lee thanked Ruiz" does not tell what Ruiz thanked Lee for;
 * false when the sentence names no doer, the question no person, or there is no act.
 * @example doneByAnother(question("what did Ruiz thank Lee for"), sentence("Lee thanked Ruiz."), "thank") // true
 */
export function doneByAnother(q: Question, s: Sentence, act: string | undefined): boolean {
  // the doers asked: everyone the question names before its act ("what did A and B adopt": either), else the first
  const question = fold(q.text);
  const asked = act ? actWord(question, act)?.index : undefined;
  const before = asked === undefined ? [] : q.links.people.filter((m) => { const at = question.indexOf(fold(m.text)); return at >= 0 && at < asked; });
  const pair = before.length > 1 && /\band\b/.test(question.slice(0, asked));
  const subject = (pair ? before.flatMap((m) => m.ids) : q.links.people[0]?.ids) ?? [];
  if (!act || subject.length === 0) return false;
  const doer = doerSpan(s, act);
  return !!doer && !namesOneOf(q, s, doer, subject);
}

/**
 * Words for what an envoy carries from someone who is not there: "a message from President A", "greetings of A"; and whom one
 * stands for: "as special envoy of President A" (read32), "on behalf of President A" (read34).
 */
const CARRIED = /\b(?:(?:message|messages|letter|greetings|regards|wishes|congratulations|condolences|invitation)\s+(?:from|of)|(?:envoy|representative|behalf)\s+of)\s+(?:(?:\p{Lu}[\p{L}.'-]*|the|his|her|their)\s+){0,5}$/u;

/** The first word of a sentence that tells a contact ("met", "talks", "received"), as a stem with its position. */
function contactWord(folded: string, contact: Set<string>): RegExpExecArray | undefined {
  return [...folded.matchAll(/\p{L}+/gu)].find((m) => contact.has(stem(m[0])));
}

/**
 * Whether a person span cannot answer "who did A meet?" from its sentence, A the first person the question names: the one who
 * does the sentence's contact while A is on neither side of it ("… after B travelled to Tarsk to meet his counterpart",
 * "A's predecessor B met …"), or one who sent what a visitor carried ("received an envoy bearing a message from B"). "B received
 * A", "B received him" and "A and B held talks" keep B.
 * @example notCounterpart(question("who did Ruiz meet"), sentence("Lee travelled to Tarsk to meet his counterpart."), leeSpan, CONTACT_TERMS) // true
 */
export function notCounterpart(q: Question, s: Sentence, span: Span, contact: Set<string>): boolean {
  if (CARRIED.test(s.text.slice(0, span.start))) return true;
  const ids = q.links.people[0]?.ids ?? [];
  const folded = fold(s.text);
  const word = contactWord(folded, contact);
  const doer = word && ids.length ? doerSpan(s, stem(word[0])) : undefined;
  // where the sentence names A (any of the index's spellings), or "him" / "her" after the contact word
  const spellings = ids.flatMap((id) => { const person = q.knowledge.people.get(id); return person ? [...person.names, person.surname ?? ""] : []; }).filter((n) => n.length > 2).map(fold);
  const at = spellings.flatMap((n) => [...folded.matchAll(new RegExp(`\\b${escapeRegExp(n)}\\b`, "g"))].map((m) => m.index));
  // "A and his predecessor B often speak with heads of government", "A and B held talks with C": B is on A's side of the contact
  // ("A and B held talks" keeps B: no other side named)
  if (word && span.end <= word.index && at.some((i) => i < word.index) && /^\s*(?:\p{L}+\s+){0,2}?(?:with|to)\b/u.test(folded.slice(word.index + word[0].length))) return true;
  if (!word || doer?.start !== span.start || doer.end !== span.end) return false;
  const after = word.index + word[0].length;
  return !at.some((i) => i < span.start || i >= after) && !OBJECT_PRONOUN.test(folded.slice(after));
}

/** "him", or "her" not followed by what it owns: "received her in Tarsk", never "to meet her counterpart". */
const OBJECT_PRONOUN = /\b(?:him|her(?=\s*(?:[,.;:)]|$)|\s+(?:in|on|at|for|with|and|to|during|as|last|this|yesterday|today|warmly)\b))\b/;
