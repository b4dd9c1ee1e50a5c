/** @module The retrieval fallback as an answer: the sentence of an article that clearly answers the question, quoted with its source. */
import { askedDates } from "../dates";
import { lookUpCountry } from "../link-countries";
import type { Question } from "../question";
import type { Reply } from "../reply";
import { contentTerms, retrieve, stem } from "../retrieval";

/** Words that ask about meetings themselves, not about something a sentence reports. */
const MEETING_TERMS = new Set(["meet", "meeting", "talk", "discuss", "hold", "visit", "take", "place", "happen", "consult", "led", "lead", "attend", "minister", "president", "ambassador"].map(stem));

/** Whether the question writes a term as a proper noun or acronym ("NAM"), enough to look it up alone. */
const isProperTerm = (question: string, term: string) =>
  term.length >= 2 && question.split(/[^\p{L}\p{N}]+/u).some((w, i) => i > 0 && w.toLowerCase() === term && /^\p{Lu}/u.test(w));

/**
 * A sentence of an article that clearly answers the question, quoted. `strict`: it must hold two
 * words of the question that are neither names nor meeting words (to beat a structured answer).
 * @example answerFromSentence(question)?.body[1] // { kind: "quote", content: ["… will keep supporting the fisheries programme …"] }
 */
export function answerFromSentence(q: Question, strict = false): Reply | undefined {
  const people = q.links.people;
  const passage = retrieve(q.text, q.knowledge.retrieval, 5).find(
    (p) => people.every((m) => m.ids.some((id) => p.sentence.people.includes(id) || p.sentence.text.includes(q.knowledge.people.get(id)?.surname ?? "\u0000"))),
  );
  if (!passage || passage.coverage < (strict ? 0.75 : 0.6)) return undefined;
  if (passage.matched.length < 2 && !(strict === false && passage.coverage === 1 && isProperTerm(q.text, passage.matched[0] ?? ""))) return undefined;
  const countryWords = new Set(q.links.countries.flatMap((c) => contentTerms(c)));
  const own = passage.matched.filter(
    (t) => !q.knowledge.nameWords.has(t) && !lookUpCountry(t) && !countryWords.has(t) && !(strict && (MEETING_TERMS.has(t) || /\d/.test(t) || askedDates(t).length > 0)),
  );
  if (own.length < (strict ? 2 : 1)) return undefined;
  return {
    kind: "reply",
    body: [
      { kind: "para", content: [passage.sentence.quote ? "A post quoted in the article says:" : "The article says:"] },
      { kind: "quote", content: [passage.sentence.text.replace(/^["“](?=[^"”]*$)/, "")] },
    ],
    articles: [passage.sentence.article],
    focus: { people: passage.sentence.people, articles: [passage.sentence.article] },
  };
}

