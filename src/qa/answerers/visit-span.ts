/**
 * @module "What were the dates of A's visit?": the span of days an article gives A's stay ("an official
 * visit to Tarsk that ran from 3 to 6 June", "would be in Veldia from 3 to 6 June"), which no list of
 * the visit's meetings tells: each meeting has one day of it.
 */
import type { Sentence } from "../../facts/types";
import type { Question } from "../question";
import { phraseReply, type Reply } from "../reply";
import { holdsPeople } from "./reader";
import { sharedArticles } from "./shared-articles";

/** "What were the dates of A's visit?", "which days was the trip": the span of a stay, not a meeting's day. */
const SPAN_ASKED = /\b(?:dates|days)\s+(?:of|did|was|were|is|are)\b.*\b(?:visit|trip|stay|tour)\b/i;

const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?";
/** A span of days with its month, after a word of a stay in its clause: "a visit that ran from 3 to 6 June", "would be in Veldia from June 3 to 6". */
const STAY_SPAN = new RegExp(
  `\\b(?:visit|trip|stay|tour|be in|is in|was in|were in)\\b[^.;:]*?\\b((?:from |between )?\\d{1,2}(?:st|nd|rd|th)?\\s*(?:[-–]|to|and|through)\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+\\d{4})?|(?:from |between )?${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\s*(?:[-–]|to|through|and)\\s*\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?)\\b`,
);

/**
 * Whether a question asks for the span of days of a visit or a stay.
 * @example asksVisitSpan("what were the dates of Varan's visit to Tarsk") // true
 */
export const asksVisitSpan = (text: string): boolean => SPAN_ASKED.test(text);

/**
 * The span of days a sentence of the asked person's articles gives a stay, a sentence naming the person first;
 * undefined when none gives one (the list of the visit's meetings answers then).
 * @example readVisitSpan(question)?.body[0] // { kind: "para", content: [{ bold: "from 3 to 6 June" }] }
 */
export function readVisitSpan(q: Question): Reply | undefined {
  if (q.links.people.length !== 1 || q.links.people[0]!.ids.length > 3) return undefined;
  let best: { s: Sentence; span: string; named: boolean } | undefined;
  for (const article of sharedArticles(q)) {
    for (const s of q.knowledge.lookups.articleSentences.get(article) ?? []) {
      if (s.title || s.quote) continue;
      const span = STAY_SPAN.exec(s.text)?.[1];
      if (!span) continue;
      const named = holdsPeople(q, s);
      if (!best || (named && !best.named)) best = { s, span: span.trim(), named };
    }
  }
  return best && phraseReply(best.s, best.span, best.s.text);
}
