/**
 * @module Where a visit is, for the meetings of it that say nowhere: news names a visitor's city once
 * ("Varan arrived in Orvane on Monday for a three-day visit", "Veldian ministers land in Orvane", "during
 * his visit to Veldia") and tells the talks of the visit after it with no place. A held meeting with no
 * place of its own takes the city of the trip of one of its people, told in the article.
 */
import { countryOfCity, findCountries } from "../nlp/countries";
import { MONTHS, WEEKDAYS } from "../nlp/vocab";
import type { PartialDate } from "../facts/types";
import { isCity, isUnknownTown, otherMonth, readOwnDate, tellsEarlierMeeting, type PersonOffices } from "./meeting-setting";
import { capitalOf } from "../nlp/countries";
import type { LocalMeeting, MeetingContext } from "./meetings";
import type { Sent, Word } from "./segment";

/** Verbs of coming to a place: "arrived in", "landed in", "flew to", "travelled to", "came to", "reached", "visits", "heads to" (a headline's). */
const ARRIVE = /^(?:arriv(?:e|ed|es|ing)|land(?:ed|s|ing)?|fl(?:ew|own|ies|ying)|travell?(?:ed|ing)|came|come|comes|coming|reach(?:ed|es|ing)?|visit(?:s|ed|ing)|head(?:s|ed|ing)?)$/;
/** Prepositions after a verb of coming that name where to: "arrived in", "flew into", "came to". */
const TO = /^(?:in|into|to|at)$/;
/** Words just before a journey that put it ahead of the meeting or after it: "before flying to", "ahead of his visit to", "will travel to", "plans to visit", "invited him to visit". */
const NOT_YET = /^(?:before|ahead|prior|will|would|shall|to|plans?|planned|scheduled|expected|due|upcoming|forthcoming|next|invited|invitation|then|later)$/;
/** A journey of another time than the story's, or home: "his last visit to", "a previous trip", "years ago", "arrived back in", "returned home". */
const OTHER_TRIP = /\b(?:last|previous|earlier|former|prior) (?:\w+ )?(?:visit|trip|stay|tour)\b|\bago\b|\b(?:last|previously) (?:visited|travell?ed|came)\b|\bback (?:in|to|home)\b|\breturn(?:s|ed|ing)? (?:home|to)\b/i;

/**
 * The city a sentence sends a visitor to, with the index of its journey word: "X arrived in Orvane
 * on Monday", "landed in Orvane", "flew to Orvane", "Varan visits Orvane", "a three-day visit to Orvane", "a visit to the Veldian
 * capital"; a country whose city the dateline gives is that city (`arrival`: told by a verb of coming). Undefined when the journey is
 * one to come or one after the meeting ("before flying to Tarsk", "will travel to Tarsk").
 * @example tripDestination(segment([{ text: "Varan arrived in Orvane on Monday." }])[0]!) // { city: "Orvane", at: 1, arrival: true }
 */
export function tripDestination(sent: Sent, datelinePlace?: string): { city: string; at: number; arrival: boolean } | undefined {
  const words = sent.words;
  const notYet = (at: number): boolean => words.slice(Math.max(0, at - 3), at).some((w) => NOT_YET.test(w.lower));
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!.lower;
    if (/^(?:visit|trip|tour|stay|journey)$/.test(w)) {
      // "a visit to Orvane", "a visit to the Veldian capital"; "a visit to Veldia" names a country, whose city only the dateline gives
      const to = /^(?:to|in)$/.test(words[k + 1]?.lower ?? "") ? k + 2 : -1;
      const place = to > 0 && !notYet(k) ? placeAt(words, to) : undefined;
      const where = place ? cityIn(place, datelinePlace) : undefined;
      if (where) return { city: where, at: k, arrival: false };
      continue;
    }
    // "heads to Orvane", never "heads of state": "head" is a journey only right before "to"
    if (!ARRIVE.test(w) || notYet(k) || (/^head/.test(w) && words[k + 1]?.lower !== "to")) continue;
    // "arrived in", "arrived on Monday in", "flew on to", "arrived here in": a preposition of place within four words, no comma between
    for (let j = k + 1; j <= k + 4 && j < words.length; j++) {
      if (/^[,;:.]$/.test(words[j]!.text) || /^(?:back|home|from)$/.test(words[j]!.lower)) break;
      if (!TO.test(words[j]!.lower) && !(j === k + 1 && /^(?:reach|visit)/.test(w))) {
        // "newly arrived Ambassador to Veldia": a name or title between is no journey's
        if (/^\p{Lu}/u.test(words[j]!.text) && !MONTHS.has(words[j]!.lower) && !WEEKDAYS.has(words[j]!.lower)) break;
        continue;
      }
      // "reached Orvane", "visits Orvane": the place right after the verb
      const place = placeAt(words, TO.test(words[j]!.lower) ? j + 1 : j);
      const where = place ? cityIn(place, datelinePlace) : undefined;
      if (where) return { city: where, at: k, arrival: true };
      break;
    }
  }
  return undefined;
}

/** The city or country named at `at` ("Orvane", "Port of Spain", "Veldia", "the Veldian capital"). */
function placeAt(words: Word[], at: number): string | undefined {
  let k = at;
  if (words[k]?.lower === "the") {
    if (words[k + 2]?.lower === "capital") return capitalOf(words[k + 1]?.text ?? "");
    k++;
  }
  const one = words[k]?.text ?? "";
  for (const name of [`${one} ${words[k + 1]?.text ?? ""} ${words[k + 2]?.text ?? ""}`, `${one} ${words[k + 1]?.text ?? ""}`, one]) {
    if (isCity(name) || findCountries(name).some((c) => c.kind === "name" && c.text === name)) return name;
  }
  // "arrived in Orvane on Monday", "flew to Orvane, where": a town no gazetteer knows, one word closing its phrase
  return isUnknownTown(one) && TOWN_END.test(words[k + 1]?.lower ?? ".") ? one : undefined;
}

/** Words that close a town's name after a verb of coming: punctuation, a day, "for", "to", "where". */
const TOWN_END = /^(?:[,.;:]|on|late|early|last|this|earlier|yesterday|today|for|to|where|with|from|ahead)$/;

/**
 * The city a journey names: a city, a town no gazetteer knows, or for a country the dateline's city of
 * it; undefined for a country alone ("his visit to Veldia" says no city: keys leave such a place unsaid).
 */
function cityIn(place: string, datelinePlace?: string): string | undefined {
  if (isCity(place)) return place;
  const country = findCountries(place).find((c) => c.kind === "name" && c.text === place)?.country;
  if (!country) return isUnknownTown(place) ? place : undefined;
  return datelinePlace && countryOfCity(datelinePlace) === country ? datelinePlace : undefined;
}

/**
 * The city of the visit a held meeting belongs to: the journey, told in the article, of one of its
 * people (named, or referred to by a title or pronoun: "He arrived in Orvane on Monday"), or, in the
 * headline or the lead, of its people's country ("Veldian ministers land in Orvane"); the nearest such
 * journey at or before the meeting's first sentence, else the first after it. Not a journey of another
 * time ("his last visit to Tarsk", a month apart from the meeting's date), nor one still to come. With
 * `dated`, only a journey whose sentence gives its day, as the meeting does (a meeting days after the story's).
 * @example tripPlace(meeting, ctx, people) // "Orvane" for "He held talks with Telu on Tuesday." after "Varan arrived in Orvane on Monday."
 */
export function tripPlace(m: LocalMeeting, ctx: MeetingContext, people: readonly PersonOffices[], lead?: Sent, dated = false): string | undefined {
  const persons = new Set(m.participants.flatMap((p) => (p.kind === "person" ? [p.person] : [])));
  const countries = new Set([...persons].flatMap((p) => (people[p]?.country ? [people[p]!.country!] : [])));
  const first = Math.min(...m.sentences);
  const trips = ctx.sents.flatMap((sent) => {
    if (sent.quote !== undefined || OTHER_TRIP.test(sent.text) || tellsEarlierMeeting(sent.text)) return [];
    const trip = tripDestination(sent, ctx.datelinePlace);
    if (!trip) return [];
    // the journey is one of the meeting's people's, or (headline, lead) of their country's
    const own = (ctx.refs[sent.index] ?? []).some((r) => persons.has(r.person));
    const national = (sent.title || sent === lead) && (ctx.refs[sent.index] ?? []).length === 0 && findCountries(sent.words.slice(0, trip.at).map((w) => w.text).join(" ")).some((c) => countries.has(c.country) && c.country !== countryOfCity(trip.city));
    if (!own && !national) return [];
    // … and of the meeting's days: a journey dated another month is another visit; a meeting the day before an arrival is not of it
    const day = readOwnDate(sent, ctx, sent.index, false);
    if (dated && (day?.day === undefined || m.date?.day === undefined)) return [];
    if (day && m.date && m.date.basis !== "publication" && (otherMonth(m.date, day) || (trip.arrival && dayBefore(m.date, day)))) return [];
    // a journey told after the meeting is the meeting's only when it gives no date, or the meeting's day ("Earlier this week, Varan was in Tarsk" is not)
    const sameDay = !day || (day.day !== undefined && m.date?.day !== undefined && !otherMonth(m.date, day) && !dayBefore(m.date, day) && !dayBefore(day, m.date));
    return [{ index: sent.title ? -1 : sent.index, city: trip.city, sameDay }];
  });
  const before = trips.filter((t) => t.index <= first).at(-1);
  return (before ?? trips.find((t) => t.index > first && t.sameDay))?.city;
}

/** `a` is a day before `b`, both to the day (compared within one year when either has none). */
function dayBefore(a: PartialDate, b: PartialDate): boolean {
  if (a.month === undefined || a.day === undefined || b.month === undefined || b.day === undefined) return false;
  const year = a.year === undefined || b.year === undefined ? 2000 : undefined;
  return Date.UTC(year ?? a.year!, a.month - 1, a.day) < Date.UTC(year ?? b.year!, b.month - 1, b.day);
}

