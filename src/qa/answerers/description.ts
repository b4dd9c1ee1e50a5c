/** @module description: "how did A describe the talks?": the sentence in which A gives them a word ("described the talks as constructive"). */
import type { Sentence } from "../../facts/types";
import { fold } from "../../nlp/fold";
import type { Question } from "../question";
import { reportedReply, type Reply } from "../reply";
import { contentTerms, stem, weightsAt } from "../retrieval";

/** "How did A describe / characterise / sum up X?": the speaker before the verb, the thing described after it. */
const ASKS = /^\s*how\s+(?:did|does|do|has|have|had|would|will)\s+(.+?)\s+(?:describe|characteri[sz]e|sum\s+up|assess)\s+(.+?)\s*\??\s*$/i;

/**
 * A sentence that gives something a word: a verb of describing, or speech that says what it was ("told reporters the pact was a …",
 * "\"… Veldia was the biggest supporter of our reforms,\" he said").
 */
const DESCRIBES = /\b(?:describ\w*|characteri[sz]\w*|call(?:ed|ing)\b|term(?:ed|ing)\b|hail(?:ed|ing)\b|label+ed\b)|\b(?:said|says|told|tells|stressed|noted|added)\b[^.;]*\b(?:was|were|is|are|had been|has been)\s+(?:an?\s+|the\s+)?["“]?\p{L}|["“][^"”]*\b(?:was|were|is|are|has been|have been)\s+(?:an?\s+|the\s+)?\p{L}[^"”]*["”]\s*,?\s*(?:\p{L}+\s+){1,3}(?:said|says|added|stressed|noted)\b/iu;

/** Words for the talks that a sentence may use instead ("described as frank the discussion he had"). */
const TALK_WORDS = ["talk", "discussion", "meeting", "conversation", "negotiation"].map(stem);

/** Sentences quoted at most. */
const QUOTED = 2;

/**
 * Whether a question asks how someone described something.
 * @example asksDescription("how did Varan describe the talks?") // true
 */
export const asksDescription = (text: string): boolean => ASKS.test(text);

/**
 * "How did A describe X?": the sentences of A's articles that name A, hold every word of X and give
 * it a word; undefined when the question names no one before its verb, or no sentence does.
 * @example readDescription(question)?.body[1] // { kind: "quote", content: ["Varan described the talks as \"frank and useful\"."] }
 */
export function readDescription(q: Question): Reply | undefined {
  const m = ASKS.exec(q.text);
  if (!m) return undefined;
  const [, who, what] = m;
  const speakers = q.links.people.filter((p) => fold(who!).includes(fold(p.text).split(/\s+/).at(-1) ?? "\u0000") || p.byOffice);
  const ids = speakers.flatMap((p) => p.ids);
  if (speakers.length !== 1 || ids.length > 3) return undefined;
  // the words of the thing described, the names of its people aside ("the talks with Telu": "talk")
  const described = contentTerms(what!).filter((t) => !q.knowledge.nameWords.has(t));
  if (described.length === 0) return undefined;
  const articles = [...new Set(ids.flatMap((id) => q.knowledge.people.get(id)?.articles ?? []))];
  const holds = (s: Sentence) => {
    const bag = weightsAt(q.knowledge.retrieval, s.id);
    return described.every((t) => (TALK_WORDS.includes(t) ? TALK_WORDS : [t]).some((w) => (bag[w] ?? 0) > 0));
  };
  const found = articles
    .flatMap((a) => q.knowledge.lookups.articleSentences.get(a) ?? [])
    .filter((s) => !s.title && !s.quote && s.people.some((id) => ids.includes(id)) && holds(s) && DESCRIBES.test(s.text))
    .slice(0, QUOTED);
  if (found.length === 0) return undefined;
  return reportedReply(found, { people: ids, articles: [...new Set(found.map((s) => s.article))] });
}
