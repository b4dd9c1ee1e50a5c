/** @module What a question names besides people, countries, places and dates ("the summit", "the session", "the delegation"), and the meetings and facts whose own words hold it. */
import type { Fact, Meeting } from "../facts/types";
import { isCountryWord } from "../nlp/countries";
import { isDateWord } from "./dates";
import type { Knowledge } from "./knowledge";
import { nameTokens } from "./names";
import { isOfficeWord } from "./offices";
import type { Question } from "./question";
import { stem, weightsAt } from "./retrieval";
import { matchFacts } from "./select";

/** Words that ask about meetings in general, not about a particular thing. */
const GENERAL = new Set(
  [
    "meet", "meeting", "met", "whom", "talk", "talks", "hold", "held", "happen", "take", "place", "list", "all", "every", "each", "report", "show", "give", "name",
    "attend", "attendee", "participant", "participate", "involve", "present", "part", "join", "consult", "consultation", "gather", "other", "else", "also", "there", "people",
    "person", "official", "anyone", "somebody", "someone", "together", "recent", "latest", "first", "last", "ever", "mention", "get", "see", "receive",
    "host", "call", "visit", "greet", "welcome", "sit", "down", "speak", "spoke", "sides", "side", "parties", "party", "counterpart",
    "recently", "lately", "formally", "officially", "face", "personally", "bilateral", "diplomatic", "diplomat", "leader", "country", "nation", "government",
    "foreign", "senior", "top", "high", "level", "world", "international",
  ].map(stem),
);

/**
 * The terms of a question that name a thing (not a person, country, place, office, date or general
 * meeting word): "who attended the summit" → ["summit"]; "who met whom" → [].
 * @example thingTerms(question) // ["summit"]
 */
export function thingTerms(q: Question): string[] {
  const named = new Set<string>();
  for (const word of nameTokens(q.text)) {
    const known = q.knowledge.nameWords.has(word) || isCountryWord(word) || isOfficeWord(word) || isDateWord(word) || /\d/.test(word);
    if (known) named.add(stem(word)).add(word);
  }
  for (const place of q.links.places) nameTokens(place).forEach((w) => named.add(stem(w)).add(w));
  return [...new Set(q.terms.filter((t) => !GENERAL.has(t) && !named.has(t) && t.length > 1))];
}

/** The terms of a meeting's own words: occasion, venue, topics and the sentence that reports it. */
function meetingTerms(meeting: Meeting, knowledge: Knowledge): Set<string> {
  let terms = TERMS.get(meeting);
  if (terms) return terms;
  terms = new Set(knowledge.meetingTerms.get(meeting.id) ?? []);
  const first = meeting.sentences[0];
  if (first !== undefined) Object.keys(weightsAt(knowledge.retrieval, first)).forEach((t) => terms!.add(t));
  TERMS.set(meeting, terms);
  return terms;
}

/** Each meeting's terms, gathered on first use (a meeting belongs to one index). */
const TERMS = new WeakMap<Meeting, Set<string>>();

/**
 * The meetings whose own words hold most of the thing a question names (at least half its terms).
 * @example meetingsAbout(["session"], meetings, knowledge) // the meetings "on the sidelines of the … session"
 */
export function meetingsAbout(things: string[], meetings: Meeting[], knowledge: Knowledge): Meeting[] {
  const scored = meetings.map((m) => {
    const terms = meetingTerms(m, knowledge);
    return { m, share: things.filter((t) => terms.has(t)).length / things.length };
  });
  const best = Math.max(0, ...scored.map((s) => s.share));
  return best >= 0.5 ? scored.filter((s) => s.share === best).map((s) => s.m) : [];
}

/**
 * The events and arrivals whose words hold the thing a question names; arrivals (who came) before
 * events (what took place) when both fit.
 * @example factsAbout(["summit"], question) // [{ kind: "arrival", summary: "The delegation arrived to attend the summit …" }]
 */
export function factsAbout(things: string[], q: Question): Fact[] {
  const facts = matchFacts(things, q.links, ["arrival", "event"], q.knowledge, true);
  const arrivals = facts.filter((f) => f.kind === "arrival");
  return arrivals.length ? arrivals : facts;
}
