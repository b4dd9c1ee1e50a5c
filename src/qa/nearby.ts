/**
 * @module What the articles do report when they do not answer a question that names a kind of
 * contact or a time: "The articles report no phone call between A and B" is followed by the talks
 * they had; "no meeting held" by the meeting planned. Said after the plain "no", never as the answer.
 */
import type { Meeting } from "../facts/types";
import { meetingLine } from "./format";
import type { Question } from "./question";
import { contactWords } from "./contact-kind";
import { missing, type Missing } from "./reply";
import { selectMeetings } from "./select";
import { askedTense, isPlanned } from "./tense";

/** Meetings shown at most. */
const SHOWN = 3;

/**
 * "No" to a question about a kind of contact or a held meeting, with the meetings of the people it
 * names that it did not ask for (another kind of contact, planned rather than held); undefined
 * when there are none.
 * @example nearbyMeetings(q)?.what // "The articles report no phone call between A and B."
 */
export function nearbyMeetings(q: Question): Missing | undefined {
  if (q.links.people.length === 0) return undefined;
  if (!q.links.contact && q.links.specifics?.length) return otherOccasions(q);
  if (!q.links.contact && askedTense(q.text) !== "past") return undefined;
  const { contact: _contact, ...links } = q.links;
  const all = selectMeetings({ ...links, kinds: links.kinds.filter((k) => k !== q.links.contact) }, q.knowledge);
  // a held meeting fits: the "no" was about something else than the time (what was said, who else was there)
  if (!q.links.contact && all.some((m) => !isPlanned(m))) return undefined;
  // a call or credentials of the people asked is reported: the "no" was about something else (its date)
  if (q.links.contact && all.some((m) => m.kind === q.links.contact)) return undefined;
  const others = all.filter((m) => (q.links.contact ? m.kind !== q.links.contact : isPlanned(m))).slice(0, SHOWN);
  if (others.length === 0) return undefined;
  const what = q.links.contact
    ? `The articles report no ${contactWords(q.links.contact)} ${q.describe()}`.trim() + "."
    : `The articles report no meeting ${q.describe()} that has taken place, only ${others.length === 1 ? "a planned one" : "planned ones"}.`.replace("  ", " ");
  return reporting(what, others, q);
}

/**
 * "No" to a question naming an occasion ("who welcomed A at the airport", "who did A have lunch with")
 * that no meeting of its people is told as, with the meetings of theirs the articles do report:
 * another occasion of the same people is shown as such, never given as the answer.
 * @example otherOccasions(q)?.what // "The articles report no meeting with A that mentions “airport”."
 */
function otherOccasions(q: Question): Missing | undefined {
  // people named, not linked by an office ("the president of Italy" may be a holder the asker does not mean)
  if (q.links.people.some((m) => m.byOffice)) return undefined;
  const future = askedTense(q.text) === "future";
  const others = selectMeetings({ ...q.links, specifics: [] }, q.knowledge).filter((m) => isPlanned(m) === future).slice(0, SHOWN);
  if (others.length === 0) return undefined;
  return reporting(`The articles report no meeting ${q.describe()}`.trim() + ".", others, q);
}

/**
 * "On the sidelines of which event did A and B meet?" when no sentence names one: the articles don't
 * say which, then the meetings of the people asked that they do report; undefined when there are none.
 * @example thingUnsaid(q, "event")?.what // "The articles don't say which event."
 */
export function thingUnsaid(q: Question, head: string): Missing | undefined {
  if (q.links.people.length === 0) return undefined;
  // (the meetings of the people asked, whatever the words around the thing: "on the sidelines of")
  const all = selectMeetings({ ...q.links, specifics: [] }, q.knowledge).slice(0, SHOWN);
  return all.length ? reporting(`The articles don't say which ${head}.`, all, q) : undefined;
}

/** The plain "no", then the meetings the articles do report. */
function reporting(what: string, others: Meeting[], q: Question): Missing {
  return missing(what, {
    body: [
      { kind: "para", content: [others.length === 1 ? "They report:" : "They report these:"] },
      { kind: "list", items: others.map((m) => meetingLine(m, q.knowledge)) },
    ],
    articles: others.map((m) => m.article),
  });
}
