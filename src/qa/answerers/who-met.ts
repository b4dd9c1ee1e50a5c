/** @module who_met: who met whom, all meetings or those of a person, country, place or date, as a compact list. */
import { meetingLine } from "../format";
import { participantIds } from "../knowledge";
import { missing, type Outcome } from "../reply";
import type { Question } from "../question";
import { selectMeetings } from "../select";

/**
 * Lists the meetings that fit the question.
 * @example answerWhoMet(question) // { kind: "reply", body: [{ kind: "list", items: [[{ bold: "A" }, " met ", …]] }], … }
 */
export function answerWhoMet(q: Question): Outcome {
  const meetings = selectMeetings(q.links, q.knowledge, q.focus);
  if (meetings.length === 0) return missing(`The articles report no meeting ${q.describe() || "of that kind"}.`);
  const lead = meetings.length === 1 ? "One meeting fits:" : `${meetings.length} meetings fit:`;
  return {
    kind: "reply",
    body: [{ kind: "para", content: [lead] }, { kind: "list", items: meetings.map((m) => meetingLine(m, q.knowledge)) }],
    articles: meetings.map((m) => m.article),
    focus: { meetings: meetings.map((m) => m.id), people: [...new Set(meetings.flatMap(participantIds))] },
  };
}
