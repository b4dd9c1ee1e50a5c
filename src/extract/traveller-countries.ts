/**
 * @module The traveller of a story of two countries: "Foreign Minister Varan travelled to Tarsk", "a visit to Orvane by the
 * President of the Republic, Telu", "the visit that President Kestas is to pay to Orvane". One who goes to a place of one
 * country of the story's pair is not that country's official, and in a story of two countries is the other's. Not one who
 * goes back ("returned to Tarsk"), nor one the text already gives a country or a body of several states, nor a post the
 * other country's known official holds.
 */
import { isEnvoyTitle, isNationalInstitution, samePost } from "../nlp/offices";
import type { LocalPerson, PersonRef } from "./people";
import { sentCountries, type Sent } from "./segment";
import { GOVERNMENT_POST } from "./visit-hosts";

/** A journey told before its place, within a few words: "travelled to", "flew into", "a visit to", "is to pay to", "was in the". */
const JOURNEY = /\b(?:travell?(?:ed|ing|s)?|flew|fly|flies|flying|went|goes|go|going|came|come|comes|arriv(?:e|ed|es|ing)|land(?:ed|s|ing)|visit(?:s|ed|ing)?|trip|tour|journey|head(?:s|ed|ing)?|pay|paid|pays|paying|(?:is|was|were|are|been)(?:\s+(?:already|still|also|currently))?)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:to|in|into|at)\s+(?:the\s+)?$/iu;

/** A departure told with "for" before its place: "left for", "is heading for", "sets off for", "departed for". */
const DEPARTURE = /\b(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing)?|set(?:s|ting)?\s+off|head(?:s|ed|ing)?|bound)\s+for\s+(?:the\s+)?$/i;

/** One's own journey written with the possessive, between the traveller and the journey's noun: "'s visit to", "'s first official trip to". */
const OWN_JOURNEY = /^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}?$/u;

/** A journey's noun, then "of" and the traveller before "to" and the place: "the visit of President Telu to", "the trip of Prime Minister Varan to the". */
const JOURNEY_OF = /\b(?:visit|trip|tour|journey)\s+of\s+$/i;

/** A visit's verbs that take the place as their object: "visited Tarsk", "is to visit Orvane". */
const VISITS = /\bvisit(?:s|ed|ing)?\s+$/i;

/** A journey back home, not to another country: "returned to", "back in", "flew home to". */
const HOMEWARD = /\b(?:return\w*|back|home)\b/i;

/** The words between a traveller and the journey ("Foreign Minister Varan was", "Varan, who"), with no other clause. */
const LEAD_IN = /^[\s,]*(?:(?:who|has|had|have|will|would|is|was|to|be|been|also|then|later|first|all)\s+)*$/i;

/** What may stand between the place and the traveller who follows it: "to Orvane by the President of the Republic,". */
const BY_TITLE = /^\s+by\s+(?:(?:the|his|her)\s+)?(?:(?:[\p{Lu}][\p{L}'’-]*|of|the)(?:\s+|,\s*))*$/u;

/** The people of a sentence who travel to a place of `country`, named before the journey or after "by". */
function travellersTo(sent: Sent, here: PersonRef[], country: string): number[] {
  const out: number[] = [];
  for (const c of sentCountries(sent)) {
    // "was in the Veldian capital": a demonym only before the place it qualifies.
    if (c.country !== country || (c.kind === "demonym" && !/^\s+(?:capital|city)\b/i.test(sent.text.slice(c.index + c.text.length)))) continue;
    const before = sent.text.slice(Math.max(0, c.index - 60), c.index);
    // "Telu's visit to Tarsk", "the trip of President Telu to Tarsk": the one whose journey it is, named with it.
    const visitor = journeyOf(sent, here, c.index);
    if (visitor !== undefined) out.push(visitor);
    const journey = JOURNEY.exec(before) ?? VISITS.exec(before) ?? DEPARTURE.exec(before);
    if (!journey || HOMEWARD.test(before.slice(Math.max(0, journey.index - 12)))) continue;
    const at = Math.max(0, c.index - 60) + journey.index;
    // "Varan travelled to Tarsk", "Varan, who is to visit Tarsk": the last one named before the journey, nothing but a verb's helpers between.
    const prior = here.filter((r) => sent.words[r.last]!.end <= at).at(-1);
    const between = prior ? sent.text.slice(sent.words[prior.last]!.end, at) : "";
    // "President Telu's state visit to Tarsk": the owner of the journey's noun (not "Telu's envoy was in Tarsk").
    const owned = OWN_JOURNEY.test(between) && /^(?:visit|trip|tour|journey)\b/i.test(journey[0]);
    if (prior && (LEAD_IN.test(between) || owned)) out.push(prior.person);
    // "a visit to Tarsk by the President of the Republic, Telu": the one named right after "by".
    const end = c.index + c.text.length;
    const next = here.find((r) => sent.words[r.first]!.start >= end);
    if (next && BY_TITLE.test(sent.text.slice(end, sent.words[next.first]!.start))) out.push(next.person);
  }
  return out;
}

/**
 * The traveller a journey's noun names before the place at `place`: "the visit of President Telu to Tarsk" (the one named
 * between "of" and "to", only a title before them).
 */
function journeyOf(sent: Sent, here: PersonRef[], place: number): number | undefined {
  if (!/\bto\s+(?:the\s+)?$/i.test(sent.text.slice(0, place))) return undefined;
  const r = here.filter((x) => sent.words[x.last]!.end <= place).at(-1);
  if (!r || !/^\s+to\s+(?:the\s+)?$/i.test(sent.text.slice(sent.words[r.last]!.end, place))) return undefined;
  let k = r.first;
  // back over the title and its country before the name ("of Tajik President Telu")
  while (k > 0 && /^(?:\p{Lu}|the$)/u.test(sent.words[k - 1]!.text)) k--;
  return JOURNEY_OF.test(sent.text.slice(0, sent.words[k]!.start)) ? r.person : undefined;
}

/** Whether someone holds a post of a government (not an envoy posted abroad, not a body of several states) and no country yet. */
const placeable = (p: LocalPerson): boolean =>
  !p.country &&
  p.offices.length > 0 &&
  p.offices.some((o) => GOVERNMENT_POST.test(o.title)) &&
  !p.offices.some((o) => o.country || o.to || isEnvoyTitle(o.title) || (o.organisation && !isNationalInstitution(o.organisation)));

/**
 * Gives the traveller to one country of a story's pair the other country: "Foreign Minister Varan travelled to Tarsk and
 * signed … with his Orvanian counterpart" in a story of Veldia and Orvane makes Varan Veldia's. Nothing when the person is
 * told travelling to both, or the other country's known official holds the same post.
 * @example inferTravellerCountries(sents, refs, people, ["Veldia", "Orvane"]) // Varan → Veldia, for "Varan travelled to Tarsk" (Orvane's capital)
 */
export function inferTravellerCountries(sents: Sent[], refs: PersonRef[][], people: LocalPerson[], pair: string[]): void {
  if (pair.length !== 2) return;
  const goes = new Map<number, Set<string>>();
  sents.forEach((sent, si) => {
    const here = refs[si] ?? [];
    for (const country of pair) for (const i of travellersTo(sent, here, country)) goes.set(i, (goes.get(i) ?? new Set()).add(country));
  });
  for (const [i, to] of goes) {
    const p = people[i]!;
    if (to.size !== 1 || !placeable(p)) continue;
    const other = pair.find((c) => !to.has(c))!;
    if (people.some((q) => q !== p && q.country === other && q.offices.some((a) => p.offices.some((b) => samePost(a.title, b.title))))) continue;
    p.country = other;
    for (const o of p.offices) o.country ??= other;
  }
}
