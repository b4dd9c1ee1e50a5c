/**
 * @module "What were the dates of A's visit?": the span of days an article gives A's stay ("an official
 * visit to Tarsk that ran from 3 to 6 June", "would be in Veldia from 3 to 6 June"), which no list of
 * the visit's meetings tells: each meeting has one day of it.
 */
import type { Sentence } from "../../facts/types";
import { escapeRegExp, fold } from "../../nlp/fold";
import { countryOfCity } from "../../nlp/countries";
import type { Question } from "../question";
import { phraseReply, type Reply } from "../reply";
import { holdsPeople } from "./reader";
import { sharedArticles } from "./shared-articles";

/** "What were the dates of A's visit?", "which days was the trip": the span of a stay, not a meeting's day. */
const SPAN_ASKED = /\b(?:dates|days)\s+(?:of|did|was|were|is|are)\b.*\b(?:visit|trip|stay|tour)\b/i;

/**
 * "When is A visiting Tarsk?", "when was A's visit to Veldia?", "when was A in Tarsk?": when a stay
 * was, which its span tells better than the day of one of its meetings (no contact, arrival or
 * departure asked: "when did A meet B during the visit" asks the meeting's day, "when did A arrive" the first;
 * nor one of several stays: "when was A's first visit", "when was A last in Tarsk").
 */
const STAY_ASKED = /^\s*when\b(?!.*\b(?:meet|met|meeting|talks?|talked|speak|spoke|call|called|sign|signed|receive|received|host|hosted|present|presented|arrive|arrived|arrival|land|landed|leave|left|depart|departed|departure|return|returned|end|ended|begin|began|start|started|announce|announced|first|last|before|previous|earlier|after|next)\b).*\b(?:visit|visits|visiting|trip|stay|stayed|staying|tour|(?:was|were|is|are|be)\s+(?:\S+\s+){1,4}?in\s+\S)/i;

/** A word of a stay in a "when" question ("visiting", "trip"): no place need be named. */
const STAY_WORD = /\b(?:visit|visits|visiting|trip|stay|stayed|staying|tour)\b/i;

const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?";
const DAY = "\\d{1,2}(?:st|nd|rd|th)?";
const TO = "\\s*(?:[-–]|to|and|through|until)\\s*";
/**
 * A span of days with its month, after a word of a stay in its clause (in any case: "will pay a State Visit to Veldia on 5-6 June"): "a visit that ran from 3 to 6 June",
 * "would be in Veldia from June 3 to 6", "stayed in Tarsk from March 3 to 5", "a visit made from 30 May to 2 June".
 */
const STAY_SPAN = new RegExp(
  `\\b(?:visit(?:s|ed|ing)?|trip|stay(?:s|ed|ing)?|tour|be in|is in|was in|were in)\\b[^.;:]*?\\b((?:from |between )?(?:${DAY}\\s+(?:of\\s+)?${MONTH}${TO}${DAY}\\s+(?:of\\s+)?${MONTH}|${MONTH}\\s+${DAY}${TO}${MONTH}\\s+${DAY}|${DAY}${TO}${DAY}\\s+(?:of\\s+)?${MONTH}|${MONTH}\\s+${DAY}${TO}${DAY})(?:,?\\s+\\d{4})?)(?![\\p{L}\\d])`,
  "iu",
);

/**
 * "How long is A's visit to Tarsk?", "how many days was A in Veldia?", "how many days did A spend in Tarsk?": the length of
 * a stay, never of a meeting, a post or a wait ("how long did the talks last", "how long has A served in Tarsk").
 */
const LENGTH_ASKED = /^\s*how\s+(?:long|many\s+(?:days|hours))\b(?!.*\b(?:meeting|meetings|talks|call|conversation|session|office|post|served|serving|waiting|waited|border)\b).*\b(?:visit|visits|trip|stay|stayed|staying|tour|(?:was|were|is|are|be)\s+(?:\S+\s+){1,4}?in\s+\S|(?:spend|spent|spending)\s+(?:\S+\s+){0,3}?in\s+\S)/i;

/**
 * A stay's length as an article writes it before the stay: "a three-day visit", "a two-day official visit", "during a 3-day stay",
 * "a 36-hour visit", "for a three-day programme of talks", "the one-day programme".
 */
const STAY_LENGTH = /\b((?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[- ](?:day|hour))\s+(?:[\p{L}-]+\s+){0,2}?(?:visit|stay|trip|tour|programme|program|itinerary)\b/iu;

/**
 * A stay's span of days told in the stay's own clause, "from" one day to another: "an official visit that
 * runs from 3 to 6 June", "the visit to Tarsk, which runs from 3 to 6 June", "was in Tarsk from 3 to 6 June" (not a
 * gathering's days further on: "after the trip, … a summit held from 3 to 6 June").
 */
const STAY_DAYS = new RegExp(
  `\\b(?:visit|trip|stay|tour|is in|was in|were in|be in)\\b(?:[^,.;:]|,\\s*(?:which|that)\\b){0,50}?\\b((?:from|between) (?:${DAY}\\s+(?:of\\s+)?${MONTH}${TO}${DAY}\\s+(?:of\\s+)?${MONTH}|${MONTH}\\s+${DAY}${TO}${MONTH}\\s+${DAY}|${DAY}${TO}${DAY}\\s+(?:of\\s+)?${MONTH}|${MONTH}\\s+${DAY}${TO}${DAY})(?:,?\\s+\\d{4})?)(?![\\p{L}\\d])`,
  "iu",
);

/**
 * Whether a question asks how long a stay lasted ("how long is A's visit to Tarsk").
 * @example asksStayLength("how long was Varan's visit to Tarsk") // true
 * @example asksStayLength("how long did Varan's talks with Telu last") // false
 */
export const asksStayLength = (text: string): boolean => LENGTH_ASKED.test(text);

/**
 * How long the person asked stayed: the length a sentence naming them gives the stay ("a three-day
 * visit"), else the span of days of it ("a visit that runs from 3 to 6 June"); undefined when their
 * articles give neither (a stay's length is never a meeting's).
 * @example readStayLength(question)?.body[0] // { kind: "para", content: [{ bold: "three-day" }] }
 */
export function readStayLength(q: Question): Reply | undefined {
  return readVisitSpan(q, STAY_LENGTH, true) ?? readVisitSpan(q, STAY_DAYS, true);
}

/**
 * Whether a question asks for the span of days of a visit or a stay.
 * @example asksVisitSpan("what were the dates of Varan's visit to Tarsk") // true
 */
export const asksVisitSpan = (text: string): boolean => SPAN_ASKED.test(text) || STAY_ASKED.test(text);

/** The asked person's names and surname, folded, as whole-word patterns (built once a question, for {@link ownerOnly}). */
function namePatterns(q: Question): RegExp[] {
  return q.links.people[0]!.ids
    .flatMap((id) => {
      const p = q.knowledge.people.get(id);
      return p ? [...p.names, ...(p.surname ? [p.surname] : [])] : [];
    })
    .map(fold)
    .filter((f) => f.length > 2)
    .map((f) => new RegExp(`(?<![\\p{L}])${escapeRegExp(f)}(?![\\p{L}])`, "gu"));
}

/** Whether a folded sentence writes the person asked only as an owner ("at Varan's invitation"), never as the one staying. */
function ownerOnly(names: readonly RegExp[], text: string): boolean {
  const at = names.flatMap((name) => [...text.matchAll(name)].map((m) => m.index + m[0].length));
  return at.length > 0 && at.every((i) => /^['’]s\b/u.test(text.slice(i)));
}

/**
 * The span of days (or, `told` another pattern, the length) a sentence of the asked person's articles gives a stay, a sentence naming the person first;
 * undefined when none gives one (the list of the visit's meetings answers then).
 * @example readVisitSpan(question)?.body[0] // { kind: "para", content: [{ bold: "from 3 to 6 June" }] }
 */
export function readVisitSpan(q: Question, told: RegExp = STAY_SPAN, when = !SPAN_ASKED.test(q.text)): Reply | undefined {
  if (q.links.people.length !== 1 || q.links.people[0]!.ids.length > 3) return undefined;
  // "when was A in Tarsk" asks of a stay only when it names where ("when was A sworn in" does not);
  // asked "when" (or, `when` set, "how long"), the span is told of the place or country asked, when one is, and of A's own stay
  if (when && !STAY_WORD.test(q.text) && q.links.places.length + q.links.inCountries.length === 0) return undefined;
  // (a city asked is also written as its country's capital: "a four-day trip to the Veldian capital", heldout112 1030)
  const places = when ? q.links.places.map((p) => ({ name: fold(p), country: countryOfCity(p) })) : [];
  const countries = when ? q.links.countries : [];
  let best: { s: Sentence; span: string; named: boolean } | undefined;
  let names: RegExp[] | undefined;
  for (const article of sharedArticles(q)) {
    for (const s of q.knowledge.lookups.articleSentences.get(article) ?? []) {
      if (s.title || s.quote) continue;
      const span = told.exec(s.text)?.[1];
      if (!span) continue;
      const text = fold(s.text);
      if (!places.every((p) => text.includes(p.name) || (p.country && s.countries.includes(p.country) && /\bcapital\b/.test(text))) || !countries.every((c) => s.countries.includes(c) || text.includes(fold(c)))) continue;
      const named = holdsPeople(q, s);
      // (asked "when", a span told of someone else's stay is no answer: "when will A visit Tarsk" by B's
      // visit there, nor by "B is in Veldia from 3 to 6 June at A's invitation")
      if (when && (!named || ownerOnly((names ??= namePatterns(q)), text))) continue;
      if (!best || (named && !best.named)) best = { s, span: span.trim().replace(/(\p{L}{4,})\.$/u, "$1"), named };
    }
  }
  return best && phraseReply(best.s, best.span, best.s.text);
}
