/** @module visit-kind: "what kind of visit was A on?": the kind an article gives A's stay ("in Tarsk on a working visit"). */
import type { Sentence } from "../../facts/types";
import type { Question } from "../question";
import { phraseReply, type Reply } from "../reply";

/** A question asking the kind of a visit ("what kind of visit", "which type of trip"). */
const ASKS = /^\s*(?:what|which)\s+(?:kind|type|sort)\s+of\s+(?:visit|trip)\b/i;

/** A visit with the words that say its kind ("a three-day working visit", "his first official visit"). */
const KIND = /\b((?:(?:[\p{L}\d]+-day|first|official|working|state|private|courtesy|pastoral|farewell|introductory|bilateral)\s+)*(?:official|working|state|private|courtesy|pastoral|farewell|introductory)\s+(?:visit|trip))\b/iu;

/**
 * "What kind of visit was A making?": the kind of visit a sentence naming A gives, told after A's
 * name with no one else named between ("met A, who is in Tarsk on a working visit"); undefined for
 * any other question, or when no sentence tells it of A.
 * @example readVisitKind(question)?.body[0] // { kind: "para", content: [{ bold: "a working visit" }] }
 */
export function readVisitKind(q: Question): Reply | undefined {
  const asked = q.links.people;
  if (!ASKS.test(q.text) || asked.length !== 1 || asked[0]!.ids.length !== 1) return undefined;
  const id = asked[0]!.ids[0]!;
  const person = q.knowledge.people.get(id);
  const surname = person?.surname ?? person?.name;
  if (!person || !surname) return undefined;
  const others = (s: Sentence) => s.people.filter((p) => p !== id).map((p) => q.knowledge.people.get(p)?.surname).filter((n): n is string => !!n);
  for (const article of person.articles) {
    for (const s of q.knowledge.lookups.articleSentences.get(article) ?? []) {
      if (s.title || !s.people.includes(id)) continue;
      const kind = KIND.exec(s.text);
      const named = s.text.lastIndexOf(surname, kind?.index ?? -1);
      if (!kind || named < 0) continue;
      // "A received B, who is on a working visit": the visit is of the last person named before it
      const between = s.text.slice(named + surname.length, kind.index);
      if (others(s).some((n) => between.includes(n))) continue;
      return phraseReply(s, kind[1]!, s.text, [id]);
    }
  }
  return undefined;
}
