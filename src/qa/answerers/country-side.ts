/** @module "Who led the Veldian delegation?", "who represented Veldia?": the people of one country at the meetings that fit, each with the meeting. */
import { meetingLine, personInline } from "../format";
import type { Question } from "../question";
import { missing, type Outcome } from "../reply";
import { answerWhoMet } from "./who-met";
import type { Inline } from "../types";

/** Asks who stood for a side: "who led / headed the Veldian delegation / side", "who represented Veldia" (not "who leads the ministry"). */
const SIDE = /^\s*who\s+(?:(?:led|headed|leads|heads|was\s+leading|was\s+heading)\b.*\b(?:delegations?|side|team|party|contingent)\b|(?:represented|represents|spoke\s+for)\b)/i;

/** People listed at most (each with their first meeting). */
const LISTED = 6;

/**
 * Answers who led or represented a country's side when the question names one country and no person:
 * the principals of that country at the meetings a "who met" answer would list (never one only
 * present); undefined for another question or when no meeting fits.
 * @example answerCountrySide(question of "Who led the Veldian delegation?") // { kind: "reply", body: [{ kind: "list", items: [[{ bold: "Rush Varan" }, …]] }], … }
 */
export function answerCountrySide(q: Question): Outcome | undefined {
  const { links, knowledge } = q;
  if (!SIDE.test(q.text) || links.people.length || links.countries.length !== 1) return undefined;
  const country = links.countries[0]!;
  // the meetings "who met …" would list for the question ("the delegation" picks the meetings that say so)
  const listed = answerWhoMet(q);
  if (listed.kind !== "reply") return undefined;
  const meetings = (listed.focus.meetings ?? []).flatMap((id) => knowledge.meetings.get(id) ?? []);
  const sides = new Map<string, (typeof meetings)[number]>();
  for (const m of meetings) {
    for (const p of m.participants) {
      if (p.kind === "person" && p.role !== "present" && knowledge.countriesOf.get(p.person)?.has(country) && !sides.has(p.person)) sides.set(p.person, m);
    }
  }
  if (sides.size === 0) return missing(`The articles name no one of ${country} at the meetings that fit.`);
  const items = [...sides].slice(0, LISTED).flatMap(([id, m]): Inline[][] => {
    const person = knowledge.people.get(id);
    return person ? [[...personInline(person), " — at: ", ...meetingLine(m, knowledge, false)]] : [];
  });
  const more = sides.size > LISTED ? [[`and ${sides.size - LISTED} more`]] : [];
  const shown = [...sides.values()].slice(0, LISTED);
  return {
    kind: "reply",
    body: [
      { kind: "para", content: [`For ${country}, the articles name${sides.size === 1 ? "" : ` ${sides.size} people`}:`] },
      { kind: "list", items: [...items, ...more] },
    ],
    articles: shown.map((m) => m.article),
    focus: { people: [...sides.keys()].slice(0, LISTED), meetings: shown.map((m) => m.id), countries: [country] },
  };
}
