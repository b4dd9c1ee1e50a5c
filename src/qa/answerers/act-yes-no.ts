/** @module "did A congratulate B?": an act that is no meeting, answered by the sentence that tells it, or not at all. */
import { opensYesNo, otherActs } from "../answer-type";
import type { Question } from "../question";
import { missing, type Outcome } from "../reply";
import { lookUpCountry } from "../link-countries";
import { contentTerms, retrieve } from "../retrieval";
import { holdsPeople } from "./reader";
import { doneByAnother } from "./act-doer";

/** Sentences read for the act. */
const READ = 8;

/** Share of the question's words besides names a sentence must hold: the act's object too ("accepted an invitation" to what). */
const COVERAGE = 0.75;

/**
 * The acts a yes/no question asks about that are no meeting ("did A congratulate B" → ["congratulat"]);
 * empty for any other question.
 * @example yesNoActs("did Ana Ruiz thank Lee Wong") // ["thank"]
 */
export const yesNoActs = (text: string, names: string[] = []): string[] => (opensYesNo(text) ? otherActs(text, names) : []);

/**
 * "Yes — the article reports:" with the sentence that holds the act and every person asked about;
 * else found: false ("The articles don't say that."), never a meeting, visit or arrival instead.
 * @example answerActYesNo(question, ["congratulat"]) // { kind: "reply", body: [{ kind: "para", content: ["Yes — the article reports:"] }, { kind: "quote", … }], … }
 */
export function answerActYesNo(q: Question, acts: string[]): Outcome {
  const words = [...new Set(contentTerms(q.text))].filter((t) => !q.knowledge.nameWords.has(t) && !lookUpCountry(t));
  const told = retrieve(q.text, q.knowledge.retrieval, READ).find(
    (p) =>
      acts.every((a) => p.matched.includes(a)) &&
      words.filter((t) => p.matched.includes(t)).length >= Math.ceil(words.length * COVERAGE) &&
      holdsPeople(q, p.sentence) &&
      // "did A congratulate B?" is not told by "B, who congratulated him" nor "B congratulated A"
      !acts.some((a) => doneByAnother(q, p.sentence, a)) &&
      !/\b(not|never|no)\b/i.test(p.sentence.text),
  );
  if (!told) return missing("The articles don't say that.");
  return {
    kind: "reply",
    body: [{ kind: "para", content: ["Yes — the article reports:"] }, { kind: "quote", content: [told.sentence.text] }],
    articles: [told.sentence.article],
    focus: { people: q.links.people.flatMap((m) => m.ids), articles: [told.sentence.article] },
    byWords: true,
  };
}
