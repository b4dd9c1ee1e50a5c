/** @module visits: the countries and places a person or delegation visited (tours, visits, arrivals). */
import { fold } from "../../nlp/fold";
import { countryOf, countryOfCity } from "../../nlp/countries";
import { passedPlaces } from "../passed-place";
import { expectedAnswer } from "../answer-type";
import { formatDate } from "../dates";
import { joinWords, meetingLine } from "../format";
import type { Question } from "../question";
import { missing, type Outcome } from "../reply";
import { asksOfNothing, matchFacts, selectMeetings } from "../select";
import { askedKind } from "./read-kind";
import { COMPANIONS_ASKED } from "./companions";
import { readVisitKind } from "./visit-kind";
import { askedTense, byTense } from "../tense";
import type { Block } from "../types";

/** A summary's list of places read with "and" ("visited Chile, Brazil, Spain" → "visited Chile, Brazil and Spain"). */
function listedWithAnd(summary: string, places: string[]): string {
  for (let n = places.length; n >= 3; n--) {
    for (let from = 0; from + n <= places.length; from++) {
      const run = places.slice(from, from + n);
      if (summary.includes(run.join(", "))) return summary.replace(run.join(", "), joinWords(run));
    }
  }
  const two = places.length >= 2 ? places.slice(0, 2) : [];
  return two.length && summary.includes(two.join(", ")) ? summary.replace(two.join(", "), joinWords(two)) : summary;
}

/** Nouns of places a trip goes to ("which states", "what region"), which a list of trips answers. */
const PLACE_KINDS = new Set(["state", "nation", "region", "province", "island", "destination", "stop", "leg", "capital", "city", "country", "town", "place"]);

/** "which cities", "what towns", "in which city": a question for cities, which a country does not answer. */
const CITIES_ASKED = /\b(?:which|what)\s+(?:\p{L}+\s+)?(?:cities|towns|city|town)\b|\bin\s+which\s+(?:city|town)\b/iu;

/** A stop of a tour asked by its rank ("the first stop", "the last leg", "the second country"). */
const ORDINAL = /\b(first|second|third|fourth|fifth|last|final|next)\s+(stop|leg|country|destination|city|place)\b/i;

/**
 * Lists the tours, visits and arrivals that fit the question.
 * @example answerVisits(question) // { kind: "reply", body: [{ kind: "para", content: ["… visited Chile, Brazil and Spain before Peru."] }], … }
 */
export function answerVisits(q: Question): Outcome {
  // a question naming no one, no country and no place, in no conversation: not everyone's visits
  if (asksOfNothing(q)) return missing("I could not tell whose visit you mean.");
  // "which ministers are travelling with A", "who accompanied A": A's companions, which no list of trips names
  if (COMPANIONS_ASKED.test(q.text)) return missing(`The articles don't say who travelled with ${q.describe() || "them"}.`);
  // "what kind of visit was A on": the kind a sentence gives A's stay
  const visitKind = readVisitKind(q);
  if (visitKind) return visitKind;
  // "which power plant did A visit": a thing of a kind, which a sentence names (the reader's), not a list of trips
  // ("which states did A visit", "which region": places, which the trips name)
  const kind = askedKind(q.text);
  if (kind && !PLACE_KINDS.has(kind.head.replace(/ies$/, "y").replace(/s$/, ""))) return missing(`The articles report no visit ${q.describe() || "of that kind"}.`);
  // "which countries did X visit", "where is X travelling": only a visit or tour that names a place answers
  const asksPlace = /^\s*where\b/i.test(q.text) || !!expectedAnswer(q.text)?.types.some((t) => t === "country" || t === "place");
  // a person's tour may be asked by a country it went before or after ("which countries did X visit
  // before China?"); with no one named, the country is all that ties a tour to the question
  const links = q.links.people.length ? { ...q.links, countries: [] } : q.links;
  // "the first stop of the tour", "the second leg": only a tour that lists its stops in order tells which, never one visit
  const ordinal = asksPlace && ORDINAL.test(q.text);
  // "where did X go before Tarsk": a visit to Tarsk, or to the country it lies in, is the one the question starts from
  const passed = new Set(passedPlaces(q.text).map((p) => fold(p)));
  // "which cities in Tarsia will A visit": a visit told by its country alone names no city (the reader's sentence may)
  const cities = CITIES_ASKED.test(q.text);
  const facts = matchFacts(q.terms, links, ["tour", "arrival"], q.knowledge).filter((f) => (!asksPlace || f.places.length > 0) && (!ordinal || f.places.length > 1) && !(asksPlace && f.places.every((p) => passed.has(fold(p)))) && !(cities && f.places.every((p) => countryOf(p) !== undefined)));
  const tense = askedTense(q.text);
  // … and a meeting held there, or in a city of that country, is no stop after it
  const beenThere = (place: string | undefined): boolean => place !== undefined && [place, countryOfCity(place)].some((p) => p !== undefined && passed.has(fold(p)));
  const visits = ordinal ? [] : byTense(selectMeetings(q.links, q.knowledge, q.focus), tense).filter((m) => (m.kind === "visit" || (tense === "future" && m.place)) && (!asksPlace || m.place) && !(asksPlace && beenThere(m.place)));
  // "which Veldian cities will A visit": a country the question names, past the one it starts from, holds the places asked
  const within = asksPlace && q.links.people.length ? q.links.countries.filter((c) => !passed.has(fold(c))) : [];
  const inside = (place: string): boolean => within.some((c) => fold(countryOfCity(place) ?? place) === fold(c));
  const shown = within.length ? facts.filter((f) => f.places.some(inside)) : facts;
  const visited = within.length ? visits.filter((m) => m.place !== undefined && inside(m.place)) : visits;
  if (shown.length === 0 && visited.length === 0) return missing(`The articles report no visit ${q.describe() || "of that kind"}.`);
  return visitsReply(shown, visited, q);
}

/** The reply of a list of tours and visits. */
function visitsReply(facts: ReturnType<typeof matchFacts>, visits: ReturnType<typeof selectMeetings>, q: Question): Outcome {
  const body: Block[] = facts.map((f): Block => {
    const who = f.people.map((id) => q.knowledge.people.get(id)?.name ?? id).filter((name) => !f.summary.includes(name));
    const places = f.places.length && !f.places.every((p) => f.summary.includes(p)) ? ` Places: ${f.places.join(", ")}.` : "";
    return {
      kind: "para",
      content: [...who.flatMap((name, i) => [...(i ? [", "] : []), { bold: name }]), ...(who.length ? [": "] : []), listedWithAnd(f.summary, f.places), places, f.date ? ` (${formatDate(f.date)})` : ""],
    };
  });
  if (visits.length) body.push({ kind: "list", items: visits.map((m) => meetingLine(m, q.knowledge)) });
  return {
    kind: "reply",
    body,
    articles: [...facts.map((f) => f.article), ...visits.map((m) => m.article)],
    focus: { people: facts.flatMap((f) => f.people), meetings: visits.map((m) => m.id) },
  };
}
