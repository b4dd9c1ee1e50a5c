/**
 * @module Names the articles write that the index holds no person for (the extraction did not read
 * them as one): the bot must not say the articles do not mention them. It finds the sentences that
 * write the name in full, so that "who is A?" can quote where the articles name A, and any other
 * question can say that A is named but not what A did.
 */
import type { Sentence } from "../facts/types";
import { escapeRegExp, fold } from "../nlp/fold";
import type { Knowledge } from "./knowledge";
import { retrieve } from "./retrieval";

/** Sentences looked at per name (the best-weighted for its words). */
const LOOKED_AT = 8;

/**
 * The sentences, best first, that write a name in full as the question does (case, accents and
 * dashes aside), two at most; none when the name is a single word or no sentence writes it.
 * @example sentencesNaming("Ana Varan", knowledge)[0]?.text // "… Deputy Minister Ana Varan said …"
 */
export function sentencesNaming(name: string, knowledge: Knowledge): Sentence[] {
  const wanted = fold(name).trim();
  if (!/\s/.test(wanted)) return [];
  const pattern = new RegExp(`(^|[^\\p{L}])${escapeRegExp(wanted)}(?![\\p{L}])`, "u");
  return retrieve(name, knowledge.retrieval, LOOKED_AT)
    .map((p) => p.sentence)
    .filter((s) => !s.title && pattern.test(fold(s.text)))
    .slice(0, 2);
}
