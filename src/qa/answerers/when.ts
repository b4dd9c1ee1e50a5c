/** @module when: the date of a meeting or an event, as precise as the article. */
import { factLine, meetingLine, meetingWhen, placeUnsaid } from "../format";
import { participantIds } from "../knowledge";
import type { Fact, Meeting } from "../../facts/types";
import type { Question } from "../question";
import { moreLine, pageOf } from "../paging";
import { missing, type Outcome } from "../reply";
import { asksOfNothing, matchFacts, selectMeetings } from "../select";
import { askedTense, byTense } from "../tense";
import { expectedAnswer } from "../answer-type";
import { placeEvidence } from "./where";
import { trustedDate } from "../trust";
import { againstPublication, formatIsoDate } from "../dates";
import { focusArticles, pinnedArticles } from "../focus-articles";

/** Dates listed in full; the rest are counted. */
const LISTED = 12;

/** "The exact date", "on what date", "which day": a question for the day. */
const EXACT_DATE = /\bexact(ly)?\s+(date|day)\b|\b(what|which)\s+(exact\s+)?(date|day)\b/i;

/** An occasion that names its event: a name ("the Veldia Diplomacy Forum", "the G20 summit") or an ordinal ("the 35th AU summit"). */
const NAMED_EVENT = /\p{Lu}|\d/u;

/** A step of office a "when" question asks of: "take office", "sworn in", "elected", "appointed", "inaugurated". */
const OFFICE_STEP = /\b(?:take|takes|took|taking|taken|assume|assumes|assumed|assuming) (?:office|(?:up )?(?:his|her|the) (?:post|office|duties))\b|\bsworn in\b|\b(?:elected|appointed|inaugurated)\b/i;

/** Meetings shown under a "not given" reply. */
const SHOWN = 3;

/** What the articles do say of the meetings a date question found, under a reply that they do not give it. */
const shownMeetings = (meetings: Meeting[], q: Question) => ({
  body: [{ kind: "list" as const, items: meetings.map((m) => meetingLine(m, q.knowledge, false)) }],
  articles: meetings.map((m) => m.article),
});


/**
 * What the articles give of the uncertain dates: their words, and the dateline or publication they were counted from.
 * @example uncertainDate([meeting], q) // 'it says "Monday", with no year; its dateline reads "Orvane, May 25 (VNA)".'
 */
function uncertainDate(meetings: Meeting[], q: Question): string {
  const said = [...new Set(meetings.flatMap((m) => (m.date && m.date.basis !== "publication" ? [`"${m.date.text}"`] : [])))];
  const articles = [...new Set(meetings.map((m) => m.article))].flatMap((id) => q.knowledge.articles.get(id) ?? []);
  const filed = articles.map((a) => (a.dateline?.raw ? `its dateline reads "${a.dateline.raw}"` : a.published ? `it was published on ${formatIsoDate(a.published)}` : "")).filter(Boolean);
  const year = meetings.some((m) => m.date?.year === undefined) ? ", with no year" : "";
  return `${said.length ? `it says ${said.join(" and ")}${year}` : "it gives no date of its own"}${filed.length ? `; ${filed.join("; ")}` : ""}.`;
}

/**
 * Says when the meetings (or else the events) the question names took place.
 * @example answerWhen(question) // { kind: "reply", body: [{ kind: "list", items: [[…, ", 14 June 2021, in Lima"]] }], … }
 */
export function answerWhen(q: Question): Outcome {
  const tense = askedTense(q.text);
  if (q.links.people.length === 0) {
    // "when are the consultations planned?": an event still to come, never ties established or a day already past
    const kinds: Fact["kind"][] = tense === "future" ? ["event"] : ["event", "arrival", "relations", "embassy", "vote"];
    const matched = matchFacts(q.terms, q.links, kinds, q.knowledge, true).filter((f) => f.date && (tense !== "future" || (againstPublication(f.date, q.knowledge.articles.get(f.article)?.published) ?? 0) >= 0));
    // "when is the next summit?" after questions about one story: that story's events (or one a rare word of the question
    // pins), never another story's summit
    const scope = q.links.countries.length || q.links.places.length || q.links.dates.length || q.knowledge.articles.size <= 1 ? [] : focusArticles(q);
    const pins = scope.length ? pinnedArticles(q) : [];
    const all = scope.length ? matched.filter((f) => scope.includes(f.article) || pins.includes(f.article)) : matched;
    const { shown: facts, offset, rest } = pageOf(all, q.offset, LISTED);
    if (facts.length) {
      const items = [...facts.map((f) => factLine(f, q.knowledge)), ...(rest ? [moreLine(rest)] : [])];
      return {
        kind: "reply",
        body: [facts.length === 1 && !rest ? { kind: "para", content: factLine(facts[0]!, q.knowledge) } : { kind: "list", items }],
        articles: facts.map((f) => f.article),
        focus: { articles: facts.map((f) => f.article) },
        page: { end: offset + facts.length, rest },
      };
    }
  }
  if (asksOfNothing(q)) return missing("I could not tell which meeting you mean.");
  // "when does A take office", "when was A sworn in": a step of office, which no meeting's date answers (the reader's)
  if (OFFICE_STEP.test(q.text)) return missing("The articles don't say when that happened.");
  const meetings = byTense(selectMeetings(q.links, q.knowledge, q.focus), tense);
  if (meetings.length === 0) return missing(`The articles report no ${tense === "future" ? "planned " : ""}meeting ${q.describe() || "of that kind"}.`);
  // "what time did they meet": the time of day a sentence of the meeting gives, else that the articles give none
  if (expectedAnswer(q.text)?.types.includes("time")) return timeOfDay(meetings.slice(0, SHOWN), q);
  const allDated = meetings.filter((m) => meetingWhen(m));
  if (allDated.length === 0) return missing("The articles do not say when that meeting took place.");
  const shown = allDated.slice(0, SHOWN);
  const many = shown.length > 1;
  // an occasion that names its event ("the sidelines of the 81st session of the UN General Assembly") answers
  // "when"; one that names none ("the margins of the week's events", "his visit to the islands") does not: the
  // article gives no date, and the reply says so rather than give the occasion as the answer
  if (allDated.every((m) => !m.date && !NAMED_EVENT.test(m.occasion ?? ""))) {
    return { ...missing(`The article${many ? "s give" : " gives"} no date for ${many ? "these meetings" : "that meeting"}, only ${many ? "their occasions" : "its occasion"}:`, shownMeetings(shown, q)), hedged: true };
  }
  // a date that is only the article's publication day is no answer to "when": say so, with the meeting
  if (allDated.every((m) => m.date?.basis === "publication")) {
    return missing(`The article${many ? "s give" : " gives"} no date for ${many ? "these meetings" : "that meeting"}, only ${many ? "their" : "its"} publication date:`, shownMeetings(shown, q));
  }
  // "which year": a date without its year does not answer it (say what the article does give)
  if (expectedAnswer(q.text)?.year && allDated.every((m) => m.date?.year === undefined || m.date.basis === "publication")) {
    return { ...missing(`The article${many ? "s do" : " does"} not give the year, only:`, shownMeetings(shown, q)), hedged: true };
  }
  // "the exact date", "on what date": a month or a year does not answer it
  if (EXACT_DATE.test(q.text) && allDated.every((m) => m.date?.day === undefined || m.date.basis === "publication")) {
    return { ...missing(`The article${many ? "s do" : " does"} not give the day, only:`, shownMeetings(shown, q)), hedged: true };
  }
  // a date of a class often wrong on the read sets (trust.ts) is no answer to "when": say what the article gives instead
  if (allDated.every((m) => !trustedDate(m) || m.date?.basis === "publication")) {
    return { ...missing(`The article${many ? "s do" : " does"} not date ${many ? "these meetings" : "that meeting"} for certain: ${uncertainDate(shown, q)}`, shownMeetings(shown, q)), hedged: true };
  }
  const { shown: dated, offset, rest } = pageOf(allDated, q.offset, LISTED);
  // "when and where": the venue the record names, else the sentence that tells the place
  const where = /\bwhere\b/i.test(q.text);
  const line = (m: Meeting) => [...meetingLine(m, q.knowledge, false), ...(where && m.venue ? [`, at ${m.venue}`] : [])];
  return {
    kind: "reply",
    body: [{ kind: "list", items: [...dated.map(line), ...(rest ? [moreLine(rest)] : [])] }, ...placeUnsaid(dated, q.links.places), ...(where ? placeEvidence(dated, q) : [])],
    articles: dated.map((m) => m.article),
    focus: { meetings: dated.map((m) => m.id), people: [...new Set(dated.flatMap(participantIds))] },
    page: { end: offset + dated.length, rest },
  };
}

/**
 * The time of day of the meetings: the first time a sentence of theirs states, in bold with its sentence; or that the articles
 * give none, with what they do say of the meetings.
 * @example timeOfDay([meeting], q) // { kind: "reply", body: [{ kind: "para", content: [{ bold: "12.15 p.m." }] }, { kind: "quote", … }] }
 */
function timeOfDay(meetings: Meeting[], q: Question): Outcome {
  // (a sentence that names everyone asked about: a meeting's record may hold another sentence's hour, the arrival's)
  const asked = q.links.people.map((mention) => mention.ids);
  for (const m of meetings) {
    for (const id of m.sentences) {
      const s = q.knowledge.index.sentences[id];
      const span = s?.spans?.find((x) => x.type === "time");
      if (!s || !span || !asked.every((ids) => ids.some((p) => s.people.includes(p)))) continue;
      return {
        kind: "reply",
        body: [{ kind: "para", content: [{ bold: s.text.slice(span.start, span.end) }] }, { kind: "quote", content: [s.text] }],
        articles: [m.article],
        focus: { meetings: [m.id], people: participantIds(m) },
      };
    }
  }
  const many = meetings.length > 1;
  return { ...missing(`The article${many ? "s do" : " does"} not give the time of day of ${many ? "these meetings" : "that meeting"}, only:`, shownMeetings(meetings, q)), hedged: true };
}
