/** @module Formatting answers: people with their offices, meetings as compact lines, source lines. */
import type { Fact, Meeting, PartialDate, Person } from "../facts/types";
import { demonymOf, isDemonym } from "../nlp/countries";
import { unionOfBody } from "../nlp/national-bodies";
import { formatDate, monthName } from "./dates";
import { participantIds, type Knowledge } from "./knowledge";
import { isOfficeWord } from "./offices";
import { trustedDate } from "./trust";
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
  // (a union's post that names its body already, "President of the European Commission", takes no "European Union" before it)
  const country = office.country && unionOfBody(`${office.title} ${office.organisation ?? ""}`) === office.country ? undefined : (office.country ?? person.country);
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
 * When and where a meeting was, as the article gives it; a date of a class that is often wrong on the
 * read sets (see trust.ts: a date read only from the dateline, the story's day told elsewhere) says how it was counted.
 * @example meetingWhen(meeting) // "4 February (the article gives no year)"
 * @example meetingWhen(counted) // "24 May (the article gives no year; its \"Monday\" counted from the dateline)"
 */
export function meetingWhen(meeting: Meeting): string | undefined {
  // ("today" in a story that gives no day of its own: no date at all)
  if (meeting.date && meeting.date.day === undefined && meeting.date.month === undefined && meeting.date.year === undefined) return meeting.occasion ? `on ${meeting.occasion.replace(/^on /i, "")} (the article gives no date)` : undefined;
  if (meeting.date && !trustedDate(meeting)) {
    const text = formatDate(meeting.date);
    const note = dateNote(meeting);
    return text.endsWith(")") ? `${text.slice(0, -1)}; ${note})` : `${text} (${note})`;
  }
  if (meeting.date) return formatDate(meeting.date);
  if (meeting.occasion) return `on ${meeting.occasion.replace(/^on /i, "")} (the article gives no date)`;
  return undefined;
}

/**
 * How a date of a weak class was come by, in words: a weekday counted from a dateline with no year,
 * the story's day, a sentence beside the meeting's, or the article's own words.
 * @example dateNote({ date: { month: 5, day: 24, basis: "relative", text: "Monday" }, dateFrom: "sentence", … }) // 'its "Monday" counted from the dateline'
 */
export function dateNote(meeting: Pick<Meeting, "date" | "dateFrom">): string {
  const date = meeting.date;
  if (!date) return "";
  if (date.basis === "relative" && date.year === undefined) return `its "${date.text}" counted from the dateline`;
  if (meeting.dateFrom === "story") return "the day of the article's story, not said of this meeting";
  if (meeting.dateFrom === "neighbour") return "read from the sentence beside the meeting's";
  return `as the article words it: "${date.text}"`;
}

/**
 * How sure the place is, when the article does not say it in the meeting's own sentences.
 * @example placeNote({ place: "Oslo", placeBasis: "dateline", … }) // " (per the dateline)"
 */
export function placeNote(meeting: Meeting): string {
  return meeting.placeBasis === "dateline" ? " (per the dateline)" : "";
}

/**
 * A question put the meeting in a place and the meetings shown are none that the articles place
 * anywhere (the place filter fell back to them): say so, rather than let the list pass for an answer
 * about that place.
 * @example placeUnsaid([unplacedMeeting], ["Lima"]) // [{ kind: "para", content: ["The articles don't say where it took place."] }]
 */
export function placeUnsaid(meetings: Meeting[], asked: string[]): Block[] {
  if (asked.length === 0 || meetings.length === 0 || meetings.some((m) => m.place || m.venue)) return [];
  return [{ kind: "para", content: [`The articles don't say where ${meetings.length === 1 ? "it" : "they"} took place.`] }];
}

/** Words that open a group's name without calling for an article ("its students", "some officials"). */
const DETERMINED = /^(the|a|an|its|his|her|their|our|this|that|these|those|some|many|several|all|both|other|each|every|senior|local)$/i;

/**
 * A group of a meeting as a noun phrase a sentence can take: a bare singular noun gets "the"
 * ("rector of the University of X" → "the rector of the University of X").
 * @example groupName("rector of the University of Lima") // "the rector of the University of Lima"
 */
export function groupName(name: string): string {
  const first = name.split(/\s+/)[0] ?? "";
  if (!/^\p{Ll}/u.test(first) || DETERMINED.test(first) || /s$/.test(first) || /^\d/.test(first)) return name;
  return `the ${name}`;
}

/**
 * Inline parts as a list a sentence reads: "A", "A and B", "A, B and C".
 * @example joinAnd([[{ bold: "A" }], [{ bold: "B" }]]) // [{ bold: "A" }, " and ", { bold: "B" }]
 */
export const joinAnd = (parts: Inline[][]): Inline[] =>
  parts.flatMap((p, i) => (i === 0 ? p : i === parts.length - 1 ? [" and ", ...p] : [", ", ...p]));


/**
 * Words as a list a sentence reads: "A", "A and B", "A, B and C".
 * @example joinWords(["Algeria", "Russia", "Türkiye"]) // "Algeria, Russia and Türkiye"
 */
export function joinWords(words: string[], last = "and"): string {
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} ${last} ${words.at(-1)}`;
}

/** How a line says each kind of meeting, held and planned. */
const VERBS: Record<Meeting["kind"], string> = {
  meeting: " met ",
  talks: " held talks with ",
  call: " spoke by phone with ",
  consultation: " held consultations with ",
  visit: " met ",
  credentials: " presented credentials to ",
  "courtesy call": " paid a courtesy call on ",
  audience: " had an audience with ",
};
const PLANNED_VERBS: Record<Meeting["kind"], string> = {
  meeting: " is to meet ",
  talks: " is to hold talks with ",
  call: " is to speak by phone with ",
  consultation: " is to hold consultations with ",
  visit: " is to meet ",
  credentials: " is to present credentials to ",
  "courtesy call": " is to pay a courtesy call on ",
  audience: " is to have an audience with ",
};

/**
 * One meeting as a compact line: who met whom, when, where, who else was there.
 * @example meetingLine(meeting, knowledge) // [{ bold: "A" }, " (…) met ", { bold: "B" }, " (…), 4 February …, in Oslo"]
 */
export function meetingLine(meeting: Meeting, knowledge: Knowledge, withOffices = true): Inline[] {
  const main = meeting.participants.filter((p) => p.kind === "group" || p.role !== "present");
  const present = meeting.participants.filter((p) => p.kind === "person" && p.role === "present");
  const inline = (p: Meeting["participants"][number]): Inline[] => {
    // a group ("its students and staff") is no person: plain, not bold
    if (p.kind === "group") return [groupName(p.name)];
    const person = knowledge.people.get(p.person);
    return person ? personInline(person, withOffices) : [{ bold: p.person }];
  };
  const planned = meeting.status === "planned";
  const verb = (planned ? PLANNED_VERBS : VERBS)[meeting.kind];
  const [first, ...rest] = main;
  const line: Inline[] = first
    ? [...inline(first), ...(rest.length ? [verb, ...joinAnd(rest.map(inline))] : [planned ? " (planned meeting)" : " (meeting)"])]
    : [planned ? "A planned meeting" : "A meeting"];
  const when = meetingWhen(meeting);
  if (when) line.push(planned && meeting.date ? `, planned for ${when}` : `, ${when}`);
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

/** Longest stand-in title, in characters: about a headline's length. */
const HEADLINE_LENGTH = 60;

/** Words a headline cut never ends on. */
const DANGLING = /^(a|an|the|at|in|on|of|to|for|by|with|from|and|or|but|as|his|her|its|their|who|which|that|was|were|is|are|has|have|had)$/i;

/** A time phrase that opens a lead and tells nothing of the story ("On Friday, ", "Earlier today, "). */
const OPENING_TIME = /^(on|last|this|earlier|late|early)\s+(\p{L}+\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|week|weekend|morning|evening|afternoon|night|\p{L}+day),\s+/iu;

/**
 * A headline-sized cut of a lead sentence at a word boundary, never ending on a function word.
 * @example headlineOf("Peruvian Foreign Minister Ana Ortega met Norwegian State Secretary Paul Ruiz in Lima on Monday.") // "Peruvian Foreign Minister Ana Ortega met Norwegian State…"
 */
export function headlineOf(lead: string): string {
  let text = lead.replace(OPENING_TIME, "").replace(/\s+/g, " ").trim();
  text = text.charAt(0).toUpperCase() + text.slice(1);
  const whole = text.replace(/[.!?]+$/, "");
  if (whole.length <= HEADLINE_LENGTH) return whole;
  const words: string[] = [];
  let length = -1;
  for (const word of whole.split(" ")) {
    // (the length of the words so far joined by spaces, with this one)
    if (length + 1 + word.length > HEADLINE_LENGTH) break;
    words.push(word);
    length += 1 + word.length;
  }
  // nor on a word that wants the next one ("met Peruvian…", "and his…", "Foreign…")
  const dangles = (word: string) => DANGLING.test(word) || isDemonym(word) || isOfficeWord(word.toLowerCase());
  while (words.length > 3 && dangles(words.at(-1)!.replace(/[,;:]$/, ""))) words.pop();
  return `${words.join(" ").replace(/[,;:]$/, "")}…`;
}

/**
 * An article's title, or, when it has none, a headline-sized cut of its lead sentence; the bot,
 * the web page and the CLI all cite an article by this.
 * @example articleTitle("a1", knowledge) // "Peru and Norway deepen ties …"
 */
export function articleTitle(id: string, knowledge: Knowledge): string {
  const a = knowledge.articles.get(id);
  if (!a) return id;
  if (a.title) return a.title;
  let title = TITLES.get(a);
  if (title === undefined) {
    const lead = a.lead ?? a.body.split(/(?<=[.!?])\s+/)[0] ?? "";
    TITLES.set(a, (title = lead.trim() ? leadHeadline(lead) : (a.publisher ?? id)));
  }
  return title;
}

/** Stand-in titles, made on first use. */
const TITLES = new WeakMap<object, string>();

/** Headlines by lead, for the isolate: a stored index's articles are new records for each question. */
const HEADLINES = new Map<string, string>();
const MAX_HEADLINES = 1024;

function leadHeadline(lead: string): string {
  let headline = HEADLINES.get(lead);
  if (headline === undefined) {
    if (HEADLINES.size >= MAX_HEADLINES) HEADLINES.clear();
    HEADLINES.set(lead, (headline = headlineOf(lead)));
  }
  return headline;
}

/**
 * The block that cites the articles an answer comes from (adapters render it: a line, a footer, a list).
 * @example sourceBlock(sources) // { kind: "sources", sources }
 */
export function sourceBlock(sources: Source[]): Block {
  return { kind: "sources", sources };
}

/** Whether a fact's summary already says its date (its year, and its month when it has one). */
function statesDate(summary: string, date: PartialDate): boolean {
  const month = date.month ? monthName(date.month) : undefined;
  return (date.year === undefined || summary.includes(String(date.year))) && (!month || summary.includes(month)) && (date.year !== undefined || !!month);
}

/**
 * A fact as one line, said once, fact first: the summary, the date when the summary does not give
 * it already, then the people the fact names that its summary does not, with their offices.
 * @example factLine(fact, knowledge) // ["Diplomatic relations between Peru and Norway were established on 5 May 1950"]
 */
export function factLine(fact: Fact, knowledge: Knowledge): Inline[] {
  const summary = fact.summary.replace(/\.$/, "");
  const line: Inline[] = [summary];
  if (fact.date && !statesDate(summary, fact.date)) line.push(` (${formatDate(fact.date)})`);
  const others = fact.people.flatMap((id) => knowledge.people.get(id) ?? []).filter((p) => !summary.includes(p.name));
  if (others.length) line.push(" — ", ...joinAnd(others.map((p) => personInline(p))));
  return line;
}

/**
 * The people of a meeting other than those asked about.
 * @example otherParticipants(meeting, ["wang-lei"]) // ["juan-perez-soto"]
 */
export function otherParticipants(meeting: Meeting, ids: string[]): string[] {
  return participantIds(meeting).filter((id) => !ids.includes(id));
}
