/** @module manner: how a contact was held ("how did A and B speak?"): by phone, by video or in person, as the meeting's record and sentences tell. */
import type { Meeting } from "../../facts/types";
import { meetingLine } from "../format";
import { participantIds } from "../knowledge";
import type { Question } from "../question";
import { missing, type Outcome } from "../reply";
import { asksOfNothing, selectMeetings } from "../select";
import type { Inline } from "../types";

/**
 * "How did A and B speak?", "how was the session held?", "by what means did they communicate?": the
 * manner of a contact; not "how did A describe the talks" (a word said) nor "how many", "how long".
 */
const MANNER =
  /^\s*(?:how|in what (?:way|form|manner)|by what means)\s+(?:did|do|does|was|were|will|is|are)\b(?!.*\b(?:describ\w*|call|called|characteri[sz]\w*|assess\w*|view|react\w*|respond\w*|feel|felt|rate|rated|sum\w* up)\b).*\b(?:speak|spoke|talk|talked|communicate|communicated|hold|held|meet|met|confer|conferred|contact|contacted|conduct|conducted|take place|took place|tell|told|inform|informed|convey|conveyed)\b/i;

/** "Was the summit in person?", "was it an in-person meeting or a phone call?", "was their conversation held by video?". */
const MANNER_YES_NO = /^\s*(?:was|were|is|are)\b.*?\b(in[- ]person|face[- ]to[- ]face|virtual(?:ly)?|online|by (?:video|phone|telephone)|(?:video|phone|telephone) (?:call|link|conference))\b/i;

/** The manner a yes/no question names first, in the words of {@link mannerOf}. */
function mannerAsked(text: string): string | undefined {
  const said = MANNER_YES_NO.exec(text)?.[1]?.toLowerCase();
  if (!said) return undefined;
  if (/person|face/.test(said)) return "In person";
  return /phone/.test(said) ? "By phone" : "By video";
}

/**
 * Whether a question asks how a contact was held.
 * @example asksManner("how did Varan and Telu communicate?") // true
 * @example asksManner("was the summit in person?") // true
 * @example asksManner("how did Varan describe the talks?") // false
 */
export const asksManner = (text: string): boolean => MANNER.test(text) || MANNER_YES_NO.test(text);

/** Whether a question asks yes or no of a contact's manner ("was the call in person?"): no yes/no of the meeting answers it. */
export const asksMannerYesNo = (text: string): boolean => MANNER_YES_NO.test(text);

/** Words of a sentence that tell a contact held from afar. */
const BY_VIDEO = /\b(?:video|videoconference|virtual|(?:met|meet|held|hold|joined|attended|spoke|talked)\s+virtually|online|zoom)\b/i;
const BY_PHONE = /\b(?:phone|telephone|telephoned|phoned|phoning)\b/i;

/** How a meeting was held, as its record and its sentences tell; undefined when they leave it open. */
function mannerOf(m: Meeting, q: Question): string | undefined {
  const text = m.sentences.map((id) => q.knowledge.retrieval.sentences[id]?.text ?? "").join(" ");
  if (BY_VIDEO.test(text)) return "By video";
  if (m.kind === "call" || BY_PHONE.test(text)) return "By phone";
  // "… met by videoconference for consultations. … A and B led the two sides.": with no place of its own, a contact whose
  // article tells another one held from afar may be that one
  if (!m.place && (q.knowledge.lookups.articleSentences.get(m.article) ?? []).some((s) => BY_VIDEO.test(s.text) || BY_PHONE.test(s.text))) return undefined;
  return "In person";
}

/**
 * Says how the meetings the question names were held, each with its line; undefined when the question names none.
 * @example answerManner(question) // { kind: "reply", body: [{ kind: "list", items: [[{ bold: "By phone" }, ": ", …]] }], … }
 */
export function answerManner(q: Question): Outcome | undefined {
  if (asksOfNothing(q)) return undefined;
  // (what they said is not the occasion: "how did A tell B he would skip the summit" asks of their contact, not of a summit)
  const meetings = selectMeetings({ ...q.links, specifics: [] }, q.knowledge, q.focus).slice(0, 3);
  if (meetings.length === 0) return undefined;
  const told = meetings.flatMap((m) => {
    const manner = mannerOf(m, q);
    return manner ? [{ m, manner }] : [];
  });
  if (told.length === 0) return missing("The articles don't say how that contact was held.");
  // "was it in person?": yes or no before the manner, when the question names one (not "in person or by phone?") and the contacts agree
  const asked = mannerAsked(q.text);
  const same = told.every((t) => t.manner === told[0]!.manner);
  const verdict = asked && same && !/\bor\b/i.test(q.text) ? (told[0]!.manner === asked ? "Yes." : "No.") : undefined;
  const items = told.map(({ m, manner }): Inline[] => [{ bold: manner }, ": ", ...meetingLine(m, q.knowledge, false)]);
  return {
    kind: "reply",
    body: [...(verdict ? [{ kind: "para" as const, content: [verdict] }] : []), { kind: "list", items }],
    articles: meetings.map((m) => m.article),
    focus: { meetings: meetings.map((m) => m.id), people: [...new Set(meetings.flatMap(participantIds))] },
  };
}
