/**
 * @module Whom someone took over from ("who was A's predecessor?", "who did A replace?", "who was Veldia's foreign minister
 * before A?"), read from the sentence that tells it: "His predecessor, X, …" (read16, read18, read20, read34), "A succeeds X"
 * (check11, read35), "… met Dr Telu's predecessor, X" (read31). The successions are in no meeting of the index.
 */
import { personInline } from "../format";
import type { Outcome } from "../reply";
import type { Question } from "../question";
import type { Sentence } from "../../facts/types";
import type { Block, Inline } from "../types";
import { fold } from "../../nlp/fold";
import { genderOf } from "../gender";

/** "who was A's predecessor", "who did A replace / succeed", "who was the foreign minister before A", "who was the previous envoy". */
const ASKED = /^\s*who\b.*\b(?:predecessors?|replaced?|replaces|succeed(?:ed|s)?|preceded|previous|before\s+(?:him|her|\p{L}+['’]?\s*\p{L}*$|\p{L}+\s*\??$))/iu;

/** A name: capitalised words (an initial or a particle between), two at least or one long one. */
const NAME = String.raw`((?:\p{Lu}[\p{L}'’.-]*\s+(?:(?:de|da|van|bin|al|el|la|le|von|di)\s+)?){0,4}\p{Lu}[\p{L}'’-]{2,})`;

/** "His predecessor, X", "her predecessor in the Speaker's chair, X", "Telu's predecessor, X", "predecessor X". */
const PREDECESSOR = new RegExp(String.raw`\bpredecessor(?:\s+(?:in|as|at|on)\s+[^,.;]{1,40})?,?\s+(?:(?:Dr|Mr|Ms|Mrs|Ambassador|President|Minister)\.?\s+)?${NAME}`, "u");

/** "A succeeds X", "A replaced X as …", "took over from X". */
const SUCCEEDS = new RegExp(String.raw`\b(?:succeeds|succeeded|replaces|replaced|(?:takes|took|taking)\s+over\s+from)\s+(?:(?:Dr|Mr|Ms|Mrs|Ambassador|President|Minister)\.?\s+)?${NAME}`, "u");

/** A sentence opening on a word for someone named just before: "His predecessor, …", "He succeeds …". */
const REFERS_BACK = /^\s*(?:\S+\s+){0,3}?(?:he|she|his|her)\b/i;

/** "his predecessor", "her predecessor": a possessive for someone named before. */
const POSSESSIVE_PREDECESSOR = /\b(?:his|her)\s+predecessor\b/i;

/**
 * Whether a sentence's "he", "his predecessor" stands for one of `ids`: the one person of that sex the nearest sentence before
 * (of `before`, nearest first) naming such a person names; with two, whose is unsure ("her predecessor" after a sentence naming
 * one woman and a man: hers).
 */
function refersBackTo(s: Sentence, before: readonly Sentence[], ids: readonly string[], q: Question): boolean {
  const word = REFERS_BACK.exec(s.text)?.[0] ?? POSSESSIVE_PREDECESSOR.exec(s.text)?.[0];
  if (word === undefined) return false;
  const pronoun = /\b(?:she|her)\b/i.test(word) ? "she" : "he";
  const fits = (id: string): boolean => (genderOf(id, q.knowledge) ?? pronoun) === pronoun;
  const fitting = (before.find((b) => b.people.some(fits))?.people ?? []).filter(fits);
  return fitting.length === 1 && ids.includes(fitting[0]!);
}

/**
 * Whether a question asks whom someone took over from.
 * @example asksPredecessor("who was fiame's predecessor") // true
 * @example asksPredecessor("who did fiame meet") // false
 */
export const asksPredecessor = (text: string): boolean => ASKED.test(text);

/**
 * The predecessor the articles name for one of the question's people, with the sentence that names them; undefined when no
 * sentence about them tells one (the reader may still answer).
 * @example answerPredecessor(question) // { kind: "reply", body: [{ kind: "para", content: [{ bold: "Orvel Kestas" }] }, { kind: "quote", … }], … }
 */
export function answerPredecessor(q: Question): Outcome | undefined {
  const ids = q.links.people.flatMap((m) => (m.ids.length <= 3 ? m.ids : []));
  if (ids.length === 0) return undefined;
  const found: { name: string; sentence: Sentence }[] = [];
  for (const article of new Set(ids.flatMap((id) => q.knowledge.people.get(id)?.articles ?? []))) {
    const sentences = q.knowledge.lookups.articleSentences.get(article) ?? [];
    sentences.forEach((s, i) => {
      if (s.title) return;
      const about = ids.some((id) => s.people.includes(id)) || refersBackTo(s, sentences.slice(Math.max(0, i - 3), i).reverse(), ids, q);
      const told = about ? PREDECESSOR.exec(s.text) ?? SUCCEEDS.exec(s.text) : null;
      const name = told?.[1]?.trim();
      // (never one of the people asked about: "A succeeds X" asked of X is no predecessor of X's)
      if (!name || ids.some((id) => (q.knowledge.people.get(id)?.names ?? []).some((n) => fold(n).endsWith(fold(name))))) return;
      if (!found.some((f) => fold(f.name) === fold(name))) found.push({ name, sentence: s });
    });
  }
  if (found.length !== 1) return undefined;
  const { name, sentence } = found[0]!;
  const person = [...q.knowledge.people.values()].find((p) => p.articles.includes(sentence.article) && p.names.some((n) => fold(n) === fold(name)));
  const who: Inline[] = person ? personInline(person) : [{ bold: name }];
  const body: Block[] = [{ kind: "para", content: who }, { kind: "quote", content: [sentence.text] }];
  return { kind: "reply", body, articles: [sentence.article], focus: { people: person ? [person.id] : [], articles: [sentence.article] } };
}
