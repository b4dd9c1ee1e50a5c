/** @module where: the place (city, venue) of a meeting. */
import { meetingWhen, placeNote } from "../format";
import { participantIds } from "../knowledge";
import type { Question } from "../question";
import { missing, type Outcome } from "../reply";
import { hasConstraints, selectMeetings } from "../select";
import { askedTense, byTense } from "../tense";
import type { Meeting } from "../../facts/types";
import type { Block, Inline } from "../types";

/** Meetings few enough that the sentence telling each one's place is quoted. */
const QUOTED = 2;

/** "at the Government Palace", "at Zhongnanhai": a sentence that says where inside the city. */
const AT_VENUE = /\bat\s+(the\s+)?\p{Lu}|\bat\s+the\s+\p{Ll}+(\s+\p{Ll}+)?\s+(building|office|palace|hall|residence|headquarters|ministry|airport|house)\b/u;

/**
 * The article's own sentence that tells where each of a few meetings took place (the venue when it
 * names one: "at the Government Palace"), quoted as evidence; none for a longer list.
 * @example placeEvidence([meeting], q) // [{ kind: "quote", content: ["… met … at the Government Palace in Dili …"] }]
 */
export function placeEvidence(meetings: Meeting[], q: Question): Block[] {
  if (meetings.length === 0 || meetings.length > QUOTED) return [];
  return meetings.flatMap((m): Block[] => {
    const sentences = m.sentences.flatMap((id) => q.knowledge.index.sentences[id] ?? []);
    const told = sentences.find((s) => AT_VENUE.test(s.text)) ?? sentences.find((s) => !!m.place && s.text.includes(m.place));
    return told && !m.venue ? [{ kind: "quote", content: [told.text] }] : [];
  });
}

/**
 * Says where the meetings the question names took place.
 * @example answerWhere(question) // { kind: "reply", body: [{ kind: "list", items: [[{ bold: "Lima" }, ": A met B, 14 June 2021"]] }], … }
 */
export function answerWhere(q: Question): Outcome {
  if (!hasConstraints(q.links) && !q.focus?.meetings.length && !q.focus?.people.length) return missing("I could not tell which meeting you mean.");
  const meetings = byTense(selectMeetings(q.links, q.knowledge, q.focus), askedTense(q.text)).filter((m) => m.place || m.venue);
  if (meetings.length === 0) return missing(q.describe() ? `The articles do not say where a meeting ${q.describe()} took place.` : "The article does not say where that meeting took place.");
  const items = meetings.map((m): Inline[] => {
    const names = participantIds(m).map((id) => q.knowledge.people.get(id)?.name ?? id);
    const where: Inline[] = [{ bold: m.place ?? m.venue ?? "" }];
    if (m.place) where.push(placeNote(m));
    if (m.place && m.venue) where.push(`, at ${m.venue}`);
    const when = meetingWhen(m);
    return [...where, `: ${names.join(" and ")}${when ? `, ${when}` : ""}`];
  });
  return {
    kind: "reply",
    body: [{ kind: "list", items }, ...placeEvidence(meetings, q)],
    articles: meetings.map((m) => m.article),
    focus: { meetings: meetings.map((m) => m.id), people: [...new Set(meetings.flatMap(participantIds))] },
  };
}
