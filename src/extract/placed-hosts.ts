/**
 * @module The host met at home: "Prime Minister Varan held talks with Orvanian President Telu in Tarsk" makes Varan
 * Tarsk's country's when the text tells no journey and no one of that country is known yet (the visit hosts, see
 * visit-hosts.ts, need a journey told; the meeting hosts, `inferHostCountries`, a host's official already known). A
 * meeting whose own sentence places it in a city or country, with a visitor of another country, has in its one person
 * of no country who holds a government post the host's official. Not at a gathering of several states ("on the margins
 * of the summit in Tarsk"), not for a country the article names only by that place (talks held in a third country's
 * city: "the two foreign ministers met in Geneva"), nor when the article names someone of a country besides the host's
 * and the visitors' own (a country named only in what was discussed is no side), not when someone of the host country is
 * in the meeting already (the one of no country is then the guest), nor for a post the host country's known official holds.
 */
import { findCountries } from "../nlp/countries";
import type { LocalPerson } from "./people";
import { sentCountries, type Sent } from "./segment";
import { GATHERING, hostsAsOfficial, postsHeldIn } from "./visit-hosts";

/** What the step needs of a meeting: its place and how it was read, its sentences, its people. */
export interface PlacedMeeting {
  place?: string | undefined;
  placeBasis?: string | undefined;
  sentences: number[];
  people: number[];
}

/**
 * Gives the host of a meeting its place's country (see the module).
 * @example inferPlacedHosts(sents, people, [{ place: "Tarsk", placeBasis: "sentence", sentences: [0], people: [0, 1] }]) // Varan → Veldia, Telu of Orvane
 */
export function inferPlacedHosts(sents: Sent[], people: LocalPerson[], meetings: PlacedMeeting[]): void {
  // The countries the article names as such, by name or demonym, not only by a city.
  const named = new Set(sents.flatMap((s) => sentCountries(s).filter((c) => c.kind !== "city").map((c) => c.country)));
  for (const meeting of meetings) {
    if (!meeting.place || meeting.placeBasis !== "sentence") continue;
    const host = findCountries(meeting.place)[0]?.country;
    if (!host || !named.has(host) || meeting.sentences.some((si) => GATHERING.test(sents[si]?.text ?? ""))) continue;
    const members = [...new Set(meeting.people)].map((i) => people[i]!);
    if (members.some((p) => p.country === host) || !members.some((p) => p.country !== undefined)) continue;
    // a story of two countries only: besides the visitors' own, the article names the host's alone ("Veldia–Orvane ties and
    // the Tarsk–Ulm ferry": a story naming other countries may be set in a third one's city)
    // (a country named only in what was discussed, "they covered Ukraine and Syria", is no side: the people's countries tell,
    // and a country written as a pair with a visitor's, "Veldia-Orvane relations", which may be the unknown one's)
    const third = [...named].filter((c) => c !== host && !members.some((p) => p.country === c));
    if (third.length > 0 && (people.some((p) => p.country && p.country !== host && !members.some((m) => m.country === p.country)) || third.some((c) => members.some((m) => m.country && pairedIn(sents, c, m.country))))) continue;
    const unknown = members.filter((p) => !p.country);
    const [p] = unknown;
    if (unknown.length !== 1 || !p || !hostsAsOfficial(p, postsHeldIn(people, host))) continue;
    p.country = host;
    for (const o of p.offices) o.country = host;
  }
}

/** Whether some sentence writes two countries as a pair: "Veldia-Orvane relations", "between Veldia and Orvane", "Veldia–Orvane". */
function pairedIn(sents: Sent[], a: string, b: string): boolean {
  return sents.some((s) => {
    const found = sentCountries(s);
    return found.some((x, n) => {
      const y = found[n + 1];
      if (!y || new Set([x.country, y.country]).size !== 2 || ![x.country, y.country].includes(a) || ![x.country, y.country].includes(b)) return false;
      return /^\s*(?:[-–—/]|and)\s*$/.test(s.text.slice(x.index + x.text.length, y.index));
    });
  });
}
