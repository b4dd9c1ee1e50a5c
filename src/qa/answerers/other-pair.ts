/** @module A sentence about another pair of sides than the countries a question asks of. */
import type { Sentence } from "../../facts/types";
import type { Question } from "../question";

/**
 * Whether a sentence tells of another pair than the two countries or more asked: "what did Veldia
 * and Orvane sign" is not answered by "Orvane and the European Union signed …" (a side not asked,
 * and not every side asked).
 * @example aboutOtherPair(q, sentence) // true for "Orvane and Tarsk signed a pact" asked of Veldia and Orvane
 */
export function aboutOtherPair(q: Question, s: Sentence): boolean {
  if (q.links.countries.length < 2) return false;
  // "the two countries established relations on …, the day Tarsk became independent from Orvane": the pair itself
  if (THE_PAIR.test(s.text)) return false;
  const other = s.countries.some((c) => !q.links.countries.includes(c)) || UNIONS.test(s.text);
  return other && !q.links.countries.every((c) => s.countries.includes(c));
}

/** The pair an article is about, named as such. */
const THE_PAIR = /\b(?:the two|both)\s+(?:countries|nations|sides|governments|states)\b/i;

/** Unions of states that are a side of their own. */
const UNIONS = /\b(European Union|EU|African Union|ASEAN|Arab League|Gulf Cooperation Council|GCC|NATO|Mercosur|CARICOM)\b/;

/**
 * Whether a sentence, asked of countries alone, tells of people none of whom the index ties to a
 * country asked ("what did Veldia and Orvane sign" is not answered by "… Piet Kestas held talks with
 * Telu Varan; agreements were signed on that occasion", a recalled meeting of others).
 * @example toldOfOthers(q, sentence) // true for a sentence naming only people of no country asked
 */
export function toldOfOthers(q: Question, s: Sentence): boolean {
  if (q.links.people.length > 0 || q.links.countries.length === 0 || s.people.length === 0) return false;
  return s.people.every((id) => !q.links.countries.some((c) => q.knowledge.countriesOf.get(id)?.has(c)));
}

/**
 * Whether a sentence, asked of two people or more, tells of another pair: it names someone not asked
 * and not every one asked ("what did Varan and Telu sign" is not answered by "Varan and Kestas signed
 * a charter", Telu named in the sentence before).
 * @example withAnother(q, sentence) // true for "Varan and Kestas signed …" asked of Varan and Telu
 */
export function withAnother(q: Question, s: Sentence): boolean {
  if (q.links.people.length < 2) return false;
  const asked = q.links.people.map((m) => m.ids);
  const other = s.people.some((id) => !asked.some((ids) => ids.includes(id)));
  return other && !asked.every((ids) => ids.some((id) => s.people.includes(id)));
}
