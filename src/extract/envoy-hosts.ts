/**
 * @module The host of an envoy, named by title only: "Veldia's Ambassador to Orvane, X, paid a courtesy call on Home
 * Minister Y", "Foreign Minister Y received the Ambassador of Veldia in Tarsk, X". An envoy serves where they are posted,
 * and the official of no country they call on or are received by holds that country's post. Not when the meeting already
 * has someone of that country (then the one left unknown may be the envoy's compatriot), for a post someone of that country
 * already holds, nor for one the article has travelling there ("Y arrived in Orvane …, welcomed by his country's envoy").
 */
import { findCountries } from "../nlp/countries";
import { isEnvoyTitle, isNationalInstitution, samePost } from "../nlp/offices";
import type { LocalPerson, PersonRef } from "./people";
import type { Sent } from "./segment";
import { GOVERNMENT_POST, tellsJourney } from "./visit-hosts";

/**
 * Gives the country an envoy is posted to to the officials of no country the envoy meets, those holding a post of a government.
 * @example inferEnvoyHosts(sents, refs, people, [{ people: [0, 1] }]) // Home Minister Y → Orvane, when people[0] is Veldia's envoy to Orvane
 */
export function inferEnvoyHosts(sents: Sent[], refs: PersonRef[][], people: LocalPerson[], meetings: { place?: string | undefined; people: number[] }[]): void {
  for (const meeting of meetings) {
    const members = [...new Set(meeting.people)].map((i) => [i, people[i]!] as const);
    // The envoy and one other: "sitting in on the talks were Ministers A, B and Veldia's ambassador to Orvane, C" is an envoy
    // beside the leaders of home.
    if (members.length !== 2) continue;
    const at = meeting.place ? findCountries(meeting.place)[0]?.country : undefined;
    const posted = members.filter(([, p]) => p.offices.some((o) => isEnvoyTitle(o.title) && o.to));
    // "the new Ambassador of Veldia … received by President Y in Tarsk": an envoy posted nowhere the text says, met in a country
    // not their own, serves there.
    const abroad = members.filter(([, p]) => p.offices.some((o) => isEnvoyTitle(o.title)) && at !== undefined && homeOf(p) !== undefined && homeOf(p) !== at);
    const envoys = posted.length > 0 ? posted : abroad;
    const hosts = new Set(posted.length > 0 ? envoys.flatMap(([, p]) => p.offices.flatMap((o) => (o.to ? [o.to] : []))) : abroad.length > 0 ? [at!] : []);
    if (envoys.length !== 1 || hosts.size !== 1) continue;
    const host = [...hosts][0]!;
    // Nor at home: an envoy met in the country that sends them ("in Veldia City") meets a compatriot as much as a host.
    const home = homeOf(envoys[0]![1]);
    if (members.some(([, p]) => p.country === host) || (at && at !== host) || home === host) continue;
    const held = people.filter((p) => p.country === host).flatMap((p) => p.offices.map((o) => o.title));
    for (const [i, p] of members) {
      if (p.country || p.offices.length === 0 || envoys.some(([e]) => e === i)) continue;
      if (p.offices.some((o) => o.country || o.to || isEnvoyTitle(o.title) || (o.organisation && !isNationalInstitution(o.organisation)) || !GOVERNMENT_POST.test(o.title) || held.some((t) => samePost(t, o.title)))) continue;
      if (sents.some((s, si) => tellsJourney(s, refs[si] ?? [], i, host))) continue;
      p.country = host;
      for (const o of p.offices) o.country = host;
    }
  }
}

/** Envoys' posts that travel, posted to no one country: "Roving Ambassador", "Ambassador-at-Large", "Special Envoy". */
const ITINERANT = /^(?:Roving|Itinerant|Special|Travelling|Traveling)\b|\bat[- ]Large\b/i;

/** The country a person serves, from their own or an office's. */
const homeOf = (p: LocalPerson): string | undefined => p.country ?? p.offices.find((o) => o.country)?.country;

/**
 * Gives the envoys of a credentials ceremony whom the text posts nowhere the country that accredits them: the one country of
 * those who receive their credentials ("President X of Orvane accepted the letters of credence of A, Ambassador of Veldia":
 * A, Ambassador of Veldia to Orvane). Run once every receiver's country is read. Nothing when the receivers are of two
 * countries or of none, when the ceremony is placed in another country, for an envoy of that country, nor for a post that
 * travels ("Roving Ambassador … to the Island Countries of the Varan Sea", "Ambassador-at-Large"): accredited there, not posted.
 * @example inferEnvoyPostings(people, [{ kind: "credentials", people: [0, 1] }]) // A's "Ambassador" → to: "Orvane"
 */
export function inferEnvoyPostings(people: LocalPerson[], meetings: { kind: string; place?: string | undefined; people: number[] }[]): void {
  for (const meeting of meetings) {
    if (meeting.kind !== "credentials") continue;
    const members = [...new Set(meeting.people)].map((i) => people[i]!);
    const envoys = members.filter((p) => p.offices.some((o) => isEnvoyTitle(o.title)));
    const receivers = members.filter((p) => !envoys.includes(p));
    const countries = new Set(receivers.map(homeOf));
    const host = countries.size === 1 ? [...countries][0] : undefined;
    const at = meeting.place ? findCountries(meeting.place)[0]?.country : undefined;
    if (!host || receivers.length === 0 || (at !== undefined && at !== host)) continue;
    for (const envoy of envoys) {
      if (homeOf(envoy) === host) continue;
      for (const o of envoy.offices) if (isEnvoyTitle(o.title) && !o.to && !ITINERANT.test(o.title)) o.to = host;
    }
  }
}
