/** @module when: the date of a meeting or an event, as precise as the article. */
import { factLine, meetingLine, meetingWhen } from "../format";
import { participantIds } from "../knowledge";
import type { Question } from "../question";
import { missing, type Outcome } from "../reply";
import { hasConstraints, matchFacts, selectMeetings } from "../select";

/** Dates listed in full; the rest are counted. */
const LISTED = 12;

/** The line that counts what is not listed, if anything is not. */
const more = (count: number): string[][] => (count > LISTED ? [[`and ${count - LISTED} more`]] : []);

/**
 * Says when the meetings (or else the events) the question names took place.
 * @example answerWhen(question) // { kind: "reply", body: [{ kind: "list", items: [[…, ", 14 June 2021, in Lima"]] }], … }
 */
export function answerWhen(q: Question): Outcome {
  if (q.links.people.length === 0) {
    const all = matchFacts(q.terms, q.links, ["event", "arrival", "relations", "embassy", "vote"], q.knowledge, true).filter((f) => f.date);
    const facts = all.slice(0, LISTED);
    if (facts.length) {
      const items = [...facts.map((f) => factLine(f, q.knowledge)), ...more(all.length)];
      return {
        kind: "reply",
        body: [facts.length === 1 ? { kind: "para", content: factLine(facts[0]!, q.knowledge) } : { kind: "list", items }],
        articles: facts.map((f) => f.article),
        focus: { articles: facts.map((f) => f.article) },
      };
    }
  }
  if (!hasConstraints(q.links) && !q.focus?.meetings.length && !q.focus?.people.length) return missing("I could not tell which meeting you mean.");
  const meetings = selectMeetings(q.links, q.knowledge, q.focus);
  if (meetings.length === 0) return missing(`The articles report no meeting ${q.describe() || "of that kind"}.`);
  const allDated = meetings.filter((m) => meetingWhen(m));
  if (allDated.length === 0) return missing("The articles do not say when that meeting took place.");
  const dated = allDated.slice(0, LISTED);
  return {
    kind: "reply",
    body: [{ kind: "list", items: [...dated.map((m) => meetingLine(m, q.knowledge, false)), ...more(allDated.length)] }],
    articles: dated.map((m) => m.article),
    focus: { meetings: dated.map((m) => m.id), people: [...new Set(dated.flatMap(participantIds))] },
  };
}
