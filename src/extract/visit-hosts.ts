/**
 * @module The host of a visit, named by title only: "Varan arrived in Tarsk on Monday … President Kestas received him
 * at the palace". A meeting held in a city of one country, with a visitor of another country whose trip there the
 * article tells, has that country's official in anyone of no country who holds a post of a government: the host
 * country's. Not at a gathering of several states ("on the sidelines of the summit in Tarsk"), where the one met may be
 * a third country's, nor for a post someone of the host country already holds.
 */
import { findCountries } from "../nlp/countries";
import { isNationalInstitution, samePost } from "../nlp/offices";
import type { LocalPerson, PersonRef } from "./people";
import { sentCountries, type Sent } from "./segment";

/** Words of a journey, then where to within a few words: "arrived in", "landed at … in", "a three-day visit to", "flew to". */
const JOURNEY = /\bvisit(?:s|ed|ing)?\s+$|\b(?:arriv(?:e|ed|es|ing)|land(?:ed|s|ing)|fl(?:ew|ies|ying)|travell?(?:ed|ing|s)|came|visit(?:s|ed|ing)?|trip|tour|stay)\s+(?:[\p{L}-]+\s+){0,4}?(?:in|into|to|at)\s+(?:the\s+)?$/iu;

/** Words of a meeting of several states, where whoever one meets may be a third country's (not a press conference). */
export const GATHERING = /\b(?:summit|sidelines?|margins?|general assembly|(?<!press |news )conference|forum|ministerial meeting|leaders' meeting|congress)\b/i;

/** Words a journey home or to come is told with: "returned to", "will travel to", "before flying to", "invited him to visit". */
const NOT_THIS = /\b(?:return(?:s|ed|ing)?|back|will|would|shall|before|ahead of|plans?|planned|invit\w*|next|upcoming|last|previous|earlier|ago)\b/i;

/** Posts of a government or state, the ones a host receives a visitor in: not an envoy posted abroad, a body of several states. */
export const GOVERNMENT_POST = /\b(?:president|vice[- ]president|prime minister|premier|minister|secretary|chancellor|king|queen|emir|amir|sultan|crown prince|speaker|governor|chairman)\b/i;

/** The posts held by the people a country's own: a second holder of one is no host official of it. */
export const postsHeldIn = (people: readonly LocalPerson[], country: string): string[] => people.filter((p) => p.country === country).flatMap((p) => p.offices.map((o) => o.title));

/**
 * Whether one of no country may be a host country's official: they hold posts, each a post of a government, tied to no
 * country, posting or body of several states, and none a post someone of that country already holds (`held`).
 */
export const hostsAsOfficial = (p: LocalPerson, held: readonly string[]): boolean =>
  p.offices.length > 0 && !p.offices.some((o) => o.country || o.to || (o.organisation && !isNationalInstitution(o.organisation)) || !GOVERNMENT_POST.test(o.title) || held.some((t) => samePost(t, o.title)));

/**
 * Whether the sentence tells a journey of the person to a place of the country: "Varan arrived in Tarsk", "during his visit to
 * Orvane", "the Veldian leader landed at the air base in Tarsk", "Varan visited Tarsk"; not one home or one to come.
 */
export function tellsJourney(sent: Sent, refs: PersonRef[], person: number, country: string, own = false): boolean {
  if (!refs.some((r) => r.person === person)) return false;
  return sentCountries(sent).some((c) => {
    if (c.country !== country || c.kind === "demonym") return false;
    // (`own`: the person the nearest named before the place, "X had landed in Tarsk"; not "X hosted Y, the first minister to visit Tarsk")
    const nearest = refs.filter((r) => sent.words[r.last]!.end <= c.index).sort((a, b) => b.last - a.last)[0];
    if (own && nearest?.person !== person) return false;
    const before = sent.text.slice(Math.max(0, c.index - 60), c.index);
    const journey = JOURNEY.exec(before);
    return journey !== null && !NOT_THIS.test(before.slice(Math.max(0, journey.index - 20)));
  });
}

/** Words that put someone in a place for a stay: "is in", "had been in", "will be in", "arrived in" (with a verb of journey, see JOURNEY). */
const STAY = /\b(?:is|was|are|were|be|been|being|remains?|remained|stays?|stayed|staying)\s+(?:(?:already|still|currently|now|also)\s+)?in\s+(?:the\s+)?$/iu;

/**
 * The one country the article's visitors are in, and who they are: people of another country whose journey there or stay
 * the text tells ("Varan arrived in Veldia yesterday", "The Orvanian leader had been in Veldia since Wednesday", "Varan will
 * be in Veldia on Tuesday for an official visit"); none when visitors are told in two countries, or a stay is at a
 * gathering of several states.
 * @example visitedCountry(sents, refs, people) // { country: "Veldia", visitors: Set { 0 } }
 */
export function visitedCountry(sents: Sent[], refs: PersonRef[][], people: readonly { country?: string | undefined }[]): { country: string; visitors: Set<number> } | undefined {
  const found = new Set<string>();
  const visitors = new Set<number>();
  sents.forEach((sent, si) => {
    const here = refs[si] ?? [];
    for (const c of sentCountries(sent)) {
      if (c.kind === "demonym") continue;
      const before = sent.text.slice(Math.max(0, c.index - 60), c.index);
      const stay = STAY.exec(before);
      const stays = stay !== null && !/\b(?:back|return\w*|ago|last|previous\w*|earlier)\b/i.test(before.slice(Math.max(0, stay.index - 20)));
      for (const r of here) {
        const own = people[r.person]?.country;
        if (!own || own === c.country || sent.words[r.last]!.end > c.index || !(stays || tellsJourney(sent, here, r.person, c.country))) continue;
        // "Varan arrived in Tarsk for the summit": a gathering of several states, whose other guests may be of any country.
        found.add(GATHERING.test(sent.text) ? "" : c.country);
        visitors.add(r.person);
      }
    }
  });
  return found.size === 1 && !found.has("") ? { country: [...found][0]!, visitors } : undefined;
}

/**
 * Gives the country a meeting is held in to its people of no country who hold a government post, when another of its
 * people is a visitor of another country whose journey there the article tells, and nothing in the meeting's sentences
 * or the visitor's journey makes it a gathering of several states.
 * @example inferVisitHosts(sents, refs, people, [{ place: "Manila", people: [0, 1], sentences: [0] }]) // President X → Philippines
 */
export function inferVisitHosts(sents: Sent[], refs: PersonRef[][], people: LocalPerson[], meetings: { place?: string | undefined; people: number[]; sentences: number[] }[]): void {
  // A meeting placed nowhere, of a visitor the article tells in one country: "The Orvanian leader had been in Veldia since
  // Wednesday … President X received him".
  const visit = meetings.some((m) => !m.place) ? visitedCountry(sents, refs, people) : undefined;
  for (const meeting of meetings) {
    const unplaced = !meeting.place && visit !== undefined && meeting.people.some((i) => visit.visitors.has(i));
    const host = meeting.place ? findCountries(meeting.place)[0]?.country : unplaced ? visit!.country : undefined;
    if (!host || meeting.sentences.some((si) => GATHERING.test(sents[si]?.text ?? ""))) continue;
    const visitors = meeting.people.filter((i) => people[i]?.country !== undefined && people[i]!.country !== host);
    const journeys = unplaced ? [] : sents.flatMap((s, si) => (visitors.some((v) => tellsJourney(s, refs[si] ?? [], v, host)) ? [s] : []));
    if ((!unplaced && journeys.length === 0) || journeys.some((s) => GATHERING.test(s.text))) continue;
    const held = postsHeldIn(people, host);
    for (const i of meeting.people) {
      const p = people[i]!;
      if (p.country || !hostsAsOfficial(p, held)) continue;
      // "Prime Minister X … had landed in Tarsk on Sunday": one whose own journey there the text tells is the visitor, no host
      if (sents.some((s, si) => tellsJourney(s, refs[si] ?? [], i, host, true))) continue;
      p.country = host;
      for (const o of p.offices) o.country = host;
    }
  }
}
