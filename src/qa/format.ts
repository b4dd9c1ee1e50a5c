/** @module Formatting answers: people with their offices, meetings as compact lines, source lines. */
import type { Meeting, Person } from "../facts/types";
import { demonymOf } from "../nlp/countries";
import { formatDate } from "./dates";
import { participantIds, type Knowledge } from "./knowledge";
import type { Block, Inline, Source } from "./types";

/**
 * A person's office in words ("Peruvian Ambassador to Norway").
 * @example officeText(person) // "Norwegian Deputy Prime Minister and Foreign Minister"
 */
export function officeText(person: Person): string {
  let text = OFFICE_TEXTS.get(person);
  if (text === undefined) OFFICE_TEXTS.set(person, (text = describeOffice(person)));
  return text;
}

const OFFICE_TEXTS = new WeakMap<Person, string>();

function describeOffice(person: Person): string {
  const office = person.offices[0];
  if (!office) return person.country ? `of ${person.country}` : "";
  const country = office.country ?? person.country;
  // a demonym that is a noun ("New Zealander") reads worse before a title than the country's name
  const adjective = country ? demonymOf(country) : undefined;
  const demonym = country ? (adjective && !/er$/.test(adjective) ? adjective : country) : "";
  const of = office.organisation ? ` of the ${office.organisation.replace(/^the /i, "")}` : "";
  const to = office.to ? ` to ${office.to}` : "";
  return `${demonym} ${office.title}${to}${of}`.trim();
}

/**
 * A person in bold with the office in brackets.
 * @example personInline(person) // [{ bold: "Paul Ruiz" }, " (Peruvian Ambassador to Norway)"]
 */
export function personInline(person: Person, withOffice = true): Inline[] {
  const office = withOffice ? officeText(person) : "";
  return office ? [{ bold: person.name }, ` (${office})`] : [{ bold: person.name }];
}

/**
 * When and where a meeting was, as the article gives it.
 * @example meetingWhen(meeting) // "4 February (the article gives no year)"
 */
export function meetingWhen(meeting: Meeting): string | undefined {
  if (meeting.date) return formatDate(meeting.date);
  if (meeting.occasion) return `on ${meeting.occasion.replace(/^on /i, "")} (the article gives no date)`;
  return undefined;
}

/**
 * How sure the place is, when the article does not say it in the meeting's own sentences.
 * @example placeNote({ place: "Oslo", placeBasis: "dateline", … }) // " (per the dateline)"
 */
export function placeNote(meeting: Meeting): string {
  return meeting.placeBasis === "dateline" ? " (per the dateline)" : "";
}

const joinAnd = (parts: Inline[][]): Inline[] =>
  parts.flatMap((p, i) => (i === 0 ? p : i === parts.length - 1 ? [" and ", ...p] : [", ", ...p]));

/**
 * One meeting as a compact line: who met whom, when, where, who else was there.
 * @example meetingLine(meeting, knowledge) // [{ bold: "A" }, " (…) met ", { bold: "B" }, " (…), 4 February …, in Oslo"]
 */
export function meetingLine(meeting: Meeting, knowledge: Knowledge, withOffices = true): Inline[] {
  const main = meeting.participants.filter((p) => p.kind === "group" || p.role !== "present");
  const present = meeting.participants.filter((p) => p.kind === "person" && p.role === "present");
  const inline = (p: Meeting["participants"][number]): Inline[] => {
    if (p.kind === "group") return [{ bold: p.name }];
    const person = knowledge.people.get(p.person);
    return person ? personInline(person, withOffices) : [{ bold: p.person }];
  };
  const verb = meeting.kind === "talks" ? " held talks with " : meeting.kind === "call" ? " spoke by phone with " : meeting.kind === "consultation" ? " held consultations with " : " met ";
  const [first, ...rest] = main;
  const line: Inline[] = first ? [...inline(first), ...(rest.length ? [verb, ...joinAnd(rest.map(inline))] : [" (meeting)"])] : ["A meeting"];
  const when = meetingWhen(meeting);
  if (when) line.push(`, ${when}`);
  if (meeting.place) line.push(`, in ${meeting.place}`);
  if (present.length) line.push("; also present: ", ...joinAnd(present.map(inline)));
  return line;
}

/**
 * The sources of articles, for Answer.sources.
 * @example sourcesOf(["a1"], knowledge) // [{ article: "a1", title: "…", publisher: "Radio Example" }]
 */
export function sourcesOf(articleIds: string[], knowledge: Knowledge): Source[] {
  return [...new Set(articleIds)].flatMap((id) => {
    const a = knowledge.articles.get(id);
    if (!a) return [];
    const source: Source = { article: a.id, title: articleTitle(a.id, knowledge) };
    const publisher = a.publisher ?? a.credits?.[0];
    if (publisher) source.publisher = publisher;
    if (a.published) source.published = a.published;
    if (a.url) source.url = a.url;
    return [source];
  });
}

/**
 * An article's title, or its first words when it has none.
 * @example articleTitle("a1", knowledge) // "Peru and Norway deepen ties …"
 */
export function articleTitle(id: string, knowledge: Knowledge): string {
  const a = knowledge.articles.get(id);
  if (!a) return id;
  if (a.title) return a.title;
  const words = a.body.slice(0, 200).split(/\s+/).slice(0, 12).join(" ");
  return `${words}…`;
}

/**
 * The block that cites the articles an answer comes from (adapters render it: a line, a footer, a list).
 * @example sourceBlock(sources) // { kind: "sources", sources }
 */
export function sourceBlock(sources: Source[]): Block {
  return { kind: "sources", sources };
}

/**
 * The people of a meeting other than those asked about.
 * @example otherParticipants(meeting, ["wang-lei"]) // ["juan-perez-soto"]
 */
export function otherParticipants(meeting: Meeting, ids: string[]): string[] {
  return participantIds(meeting).filter((id) => !ids.includes(id));
}
