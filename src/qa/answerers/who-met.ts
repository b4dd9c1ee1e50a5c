/** @module who_met: who met whom, all meetings or those of a person, country, place, date or occasion, as a compact list. */
import { factLine, meetingLine } from "../format";
import { participantIds } from "../knowledge";
import { missing, type Outcome, type Reply } from "../reply";
import type { Question } from "../question";
import { selectMeetings } from "../select";
import { factsAbout, meetingsAbout, thingTerms } from "../things";
import type { Meeting } from "../../facts/types";
import type { Block } from "../types";

/** Meetings listed in full; the rest are counted ("and 40 more"). */
const LISTED = 12;

/** The meetings as a compact list under "N meetings fit:" (at most a dozen, the rest counted). */
function listMeetings(meetings: Meeting[], q: Question): Reply {
  const lead = meetings.length === 1 ? "One meeting fits:" : `${meetings.length} meetings fit:`;
  const shown = meetings.slice(0, LISTED);
  const items = shown.map((m) => meetingLine(m, q.knowledge));
  if (meetings.length > LISTED) items.push([`and ${meetings.length - LISTED} more: name a person, country, place or date to narrow them`]);
  return {
    kind: "reply",
    body: [{ kind: "para", content: [lead] }, { kind: "list", items }],
    articles: shown.map((m) => m.article),
    focus: { meetings: shown.map((m) => m.id), people: [...new Set(shown.flatMap(participantIds))] },
  };
}

/**
 * Lists the meetings that fit the question. A question that names a thing ("who attended the
 * summit") gets the meetings or arrivals and events whose own words hold it, never every meeting.
 * @example answerWhoMet(question) // { kind: "reply", body: [{ kind: "list", items: [[{ bold: "A" }, " met ", …]] }], … }
 */
export function answerWhoMet(q: Question): Outcome {
  const meetings = selectMeetings(q.links, q.knowledge, q.focus);
  const things = q.links.people.length ? [] : thingTerms(q);
  if (things.length === 0) {
    if (meetings.length === 0) return missing(`The articles report no meeting ${q.describe() || "of that kind"}.`);
    return listMeetings(meetings, q);
  }
  const about = meetingsAbout(things, meetings, q.knowledge);
  if (about.length) return { ...listMeetings(about, q), byWords: true };
  const facts = factsAbout(things, q);
  if (facts.length) {
    const lines = facts.map((f) => factLine(f, q.knowledge));
    // the article's own sentence says how the people it names took part
    const quotes = facts.filter((f) => f.people.length).flatMap((f): Block[] => {
      const text = q.knowledge.index.sentences[f.sentence]?.text;
      return text ? [{ kind: "quote", content: [text] }] : [];
    });
    return {
      kind: "reply",
      body: [facts.length === 1 ? { kind: "para", content: lines[0] ?? [] } : { kind: "list", items: lines }, ...quotes.slice(0, 2)],
      articles: facts.map((f) => f.article),
      focus: { people: [...new Set(facts.flatMap((f) => f.people))], articles: facts.map((f) => f.article) },
    };
  }
  // a question that names a place, date or country as well keeps the meetings those fit
  if (meetings.length && (q.links.countries.length || q.links.places.length || q.links.dates.length)) return listMeetings(meetings, q);
  return missing("The articles report no meeting or event of that kind.");
}
