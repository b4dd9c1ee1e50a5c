/**
 * @module "Where does A go after Tarsk?", "which countries did A visit before Orvane?": the stop a
 * sentence of A's articles puts on the other side of the place asked, read from the travel words
 * around that place: "From Tarsk he flies to Orvel", "ended talks in Tarsk … and travels on to
 * Veldia", "is to leave Tarsk on Thursday for Veldia" (after); "reached Tarsk from Veldia", "Tarsk
 * was the last leg of a journey that had taken him to A, B and C" (before). A sentence that tells
 * the trip without the place asked is the general reader's (see reader.ts's onward places).
 */
import type { Sentence, Span } from "../../facts/types";
import { fold } from "../../nlp/fold";
import { unlinkedWords } from "../link";
import { lookUpCountry } from "../link-countries";
import { nameTokens } from "../names";
import { passedDirection, passedPlaces } from "../passed-place";
import type { Question } from "../question";
import { phraseReply, type Reply } from "../reply";
import { retrieve } from "../retrieval";
import { holdsPeople } from "./reader";
import { sharedArticles } from "./shared-articles";

/** A question that asks for a place ("where", "which country", "what cities") of a trip. */
const PLACE_ASKED = /^\s*(?:where\b|(?:which|what)\s+(?:[\p{L}-]+\s+)?(?:country|countries|city|cities|capitals?|places?|stops?|destinations?)\b)/iu;
/** Words of travelling or of having been somewhere ("go", "visit", "fly", "was"). */
const TRIP_WORDS = /\b(?:go|goes|going|went|gone|been|was|were|is|visit\w*|travel\w*|tour\w*|head\w*|fl(?:y|ies|ew|ying)|stop\w*|com(?:e|es|ing)|came)\b/i;
/** Words that ask for something else than a place of the trip ("when", "whom did A meet"). */
const NOT_ASKED = /\b(?:when|what time|meet|met|meeting|whom?)\b/i;

/**
 * Whether a question asks where a trip went after or before a place it names.
 * @example asksTripLeg("where does Varan go after Tarsk?") // true
 */
export function asksTripLeg(text: string): boolean {
  return PLACE_ASKED.test(text) && TRIP_WORDS.test(text) && !NOT_ASKED.test(text) && passedDirection(text) !== undefined && passedPlaces(text).length > 0;
}

/** Going on from the place asked ("flies to", "travels on to", "continue to", "heads for"), right before the next stop. */
const ONWARD = /^[^.;]{0,80}?\b(?:fl(?:y|ies|ew|ying)|travel\w*|go(?:es|ing)?|went|head(?:s|ed|ing)?|continu(?:e|es|ed|ing)|proceed\w*|mov(?:e|es|ed|ing)\s+on|depart\w*|leav(?:e|es|ing)|left)\s+(?:on(?:wards?)?\s+)?(?:to|for)\s+(?:the\s+)?$/i;
/** Leaving the place asked ("is to leave Tarsk", "departs Tarsk"), right before it. */
const LEAVING = /\b(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing)?(?:\s+from)?)\s+$/i;
/** The next stop after the place left ("… Tarsk on Thursday for Veldia"). */
const LEFT_FOR = /^[^.;,]{0,30}?\bfor\s+(?:the\s+)?$/i;
/** Arriving at the place asked ("reached", "arrived in", "flew into"), right before it. */
const ARRIVING = /\b(?:reach(?:ed|es|ing)?|arriv(?:ed|es|ing)\s+(?:in|at)|(?:came|comes|coming)\s+to|fl(?:ew|own|ies|y)\s+in(?:to)?|landed\s+in)\s+(?:the\s+)?$/i;
/** The stop before it ("… Tarsk from Veldia"). */
const CAME_FROM = /^\s*(?:on\s+\p{L}+\s+|\([^)]*\)\s*)?from\s+(?:the\s+)?$/iu;
/** A journey that took the traveller to the stops before ("a tour that took him to", "a journey that had earlier taken the delegation to"). */
const TAKEN_TO = /\b(?:tour|journey|trip|swing)\s+(?:that|which)\s+(?:had\s+|has\s+)?(?:already\s+|earlier\s+|previously\s+|also\s+)?(?:took|taken)\s+(?:[\p{L}'’-]+\s+){1,3}?to\s+(?:the\s+)?$/iu;
/** The same told in the past perfect with no word of the place asked ("The tour … had already taken the minister to A and B"). */
const HAD_TAKEN_TO = /\bhad\s+(?:already|earlier|previously)\s+taken\s+(?:[\p{L}'’-]+\s+){1,3}?to\s+(?:the\s+)?$/iu;
/** What joins the stops of a list ("A, B and C"). */
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/i;

/**
 * What a sentence's text must hold for the patterns above to find a leg in it, each pattern's
 * travel words without its anchors: a sentence without them is passed over without reading its
 * spans (a stored slice parses a sentence's spans on first read, and a traveller's articles hold
 * hundreds of sentences).
 */
const LEG_WORDS = {
  after: /(?:fl(?:y|ies|ew|ying)|travel\w*|go(?:es|ing)?|went|head(?:s|ed|ing)?|continu(?:e|es|ed|ing)|proceed\w*|mov(?:e|es|ed|ing)\s+on|depart\w*|leav(?:e|es|ing)|left)\s+(?:on(?:wards?)?\s+)?(?:to|for)\s|(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing)?)\s/i,
  // (a journey's "took"/"taken" only as TAKEN_TO and HAD_TAKEN_TO write it: "took place", "taken part" tell no leg)
  before:
    /(?:reach(?:ed|es|ing)?|arriv(?:ed|es|ing)\s+(?:in|at)|(?:came|comes|coming)\s+to|fl(?:ew|own|ies|y)\s+in(?:to)?|landed\s+in)\s|(?:tour|journey|trip|swing)\s+(?:that|which)\s+(?:had\s+|has\s+)?(?:already\s+|earlier\s+|previously\s+|also\s+)?(?:took|taken)\s|had\s+(?:already|earlier|previously)\s+taken\s/iu,
} as const;

/** The places and countries a sentence names, in order. */
const placesOf = (s: Sentence): Span[] => (s.spans ?? []).filter((x) => x.type === "place" || x.type === "country");

/** Whether a sentence's place span names the place asked (`passed`: its name and country, folded). */
function namesPassed(s: Sentence, x: Span, passed: Set<string>): boolean {
  const text = s.text.slice(x.start, x.end);
  return passed.has(fold(text).replace(/^the /, "")) || passed.has(fold(lookUpCountry(text)?.country ?? "\u0000"));
}

/** The stops listed from the span at `i` on ("Veldia, Orvania and Aldor"), as the sentence writes them; a city's own country after a comma ("Tarsk, Veldia") is kept as written. */
function listFrom(s: Sentence, spans: Span[], i: number): string {
  let last = spans[i]!;
  for (let k = i + 1; k < spans.length && LIST_JOIN.test(s.text.slice(last.end, spans[k]!.start)); k++) last = spans[k]!;
  return s.text.slice(spans[i]!.start, last.end);
}

/**
 * The stop a sentence puts after or before the place asked (`passed`: its name and country, folded),
 * or undefined when it tells no such leg.
 */
function legIn(s: Sentence, direction: "after" | "before", passed: Set<string>, articleNamesPlace: () => boolean): string | undefined {
  const spans = placesOf(s);
  const isPassed = (x: Span) => namesPassed(s, x, passed);
  const anchor = spans.findIndex(isPassed);
  const stop = (from: number, test: (gap: string) => boolean, after: number): string | undefined => {
    for (let k = from; k < spans.length; k++) {
      if (spans[k]!.start < after || isPassed(spans[k]!)) continue;
      if (test(s.text.slice(after, spans[k]!.start))) return listFrom(s, spans, k);
    }
    return undefined;
  };
  if (direction === "after") {
    if (anchor < 0) return undefined;
    const at = spans[anchor]!;
    if (LEAVING.test(s.text.slice(0, at.start))) return stop(anchor + 1, (gap) => LEFT_FOR.test(gap), at.end);
    return stop(anchor + 1, (gap) => ONWARD.test(gap), at.end);
  }
  if (anchor >= 0) {
    const at = spans[anchor]!;
    if (ARRIVING.test(s.text.slice(0, at.start))) {
      const from = stop(anchor + 1, (gap) => CAME_FROM.test(gap), at.end);
      if (from) return from;
    }
  }
  // "a journey that had taken him to A, B and C": the stops listed, in a sentence naming the place asked
  // (or, told in the past perfect, in an article naming it)
  for (let k = 0; k < spans.length; k++) {
    const before = s.text.slice(0, spans[k]!.start);
    if (isPassed(spans[k]!)) continue;
    if ((anchor >= 0 && TAKEN_TO.test(before)) || (HAD_TAKEN_TO.test(before) && articleNamesPlace())) return listFrom(s, spans, k);
  }
  return undefined;
}

/** Whether the first stop of a list is a country ("Veldia, Orvania and Aldor"; not "Tarsk"). */
function isCountry(leg: string): boolean {
  const found = lookUpCountry(leg.split(/,|\band\b/)[0]!.trim());
  return !!found && !found.city;
}

/** Sentences looked at for a name the index holds no person for. */
const LOOKED_AT = 8;

/**
 * The articles of the traveller asked about: those naming every person the question links, else,
 * for a name the articles write that the index holds no person for, the (two at most) articles
 * whose sentences write it; none when the question names no one.
 */
function travellerArticles(q: Question): string[] {
  if (q.links.people.length) return sharedArticles(q);
  const words = unlinkedWords(q.links, q.knowledge);
  if (words.length === 0) return [];
  const writing = retrieve(words.join(" "), q.knowledge.retrieval, LOOKED_AT)
    .map((p) => p.sentence)
    .filter((s) => words.every((w) => nameTokens(s.text).includes(w)));
  const articles = [...new Set(writing.map((s) => s.article))];
  return articles.length <= 2 ? articles : [];
}

/**
 * "Where does A go after Tarsk?", "which countries did A visit before Orvane?": the stop a sentence of
 * A's articles puts after (before) the place asked; undefined when none tells one, or the question
 * names no one it can be sure of.
 * @example readTripLeg(question)?.body[0] // { kind: "para", content: [{ bold: "Orvel" }] }
 */
export function readTripLeg(q: Question): Reply | undefined {
  const direction = passedDirection(q.text);
  const places = passedPlaces(q.text);
  if (!direction || places.length === 0 || q.links.people.some((m) => m.ids.length > 3)) return undefined;
  const passed = new Set(places.map((p) => fold(p).replace(/^the /, "")));
  const countries = /\bcountr(?:y|ies)\b/i.test(q.text);
  let best: { s: Sentence; leg: string; score: number } | undefined;
  for (const article of travellerArticles(q)) {
    const sentences = q.knowledge.lookups.articleSentences.get(article) ?? [];
    // (whether the article names the place asked: read only for a sentence told in the past perfect)
    let namesPlace: boolean | undefined;
    const articleNamesPlace = () => (namesPlace ??= sentences.some((s) => placesOf(s).some((x) => namesPassed(s, x, passed))));
    for (const s of sentences) {
      if (s.title || s.quote || !LEG_WORDS[direction].test(s.text)) continue;
      const leg = legIn(s, direction, passed, articleNamesPlace);
      if (!leg) continue;
      // the sentence naming the traveller first, and, asked for countries, a stop that is a country
      const score = (holdsPeople(q, s) ? 1 : 0) + (countries && isCountry(leg) ? 2 : 0);
      if (!best || score > best.score) best = { s, leg, score };
    }
  }
  return best && { ...phraseReply(best.s, best.leg, best.s.text), via: "span" };
}
