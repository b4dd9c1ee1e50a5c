/**
 * @module The head of state at their own seat: "President Varan received their letters of credence at State House, Tarsk",
 * "[Photo: President Varan poses with the new envoys at State House, Tarsk]", "King Telu hosted the delegation at the Royal
 * Palace in Orvel". A head of state or government receives at the seat of their own state, so the one who does so there,
 * named with a bare title, is of the country of the seat's city. Not a guest brought there ("President Kestas was received
 * at the Presidential Palace in Tarsk by …", "the visiting President Kestas … at State House, Tarsk").
 */
import { isNationalInstitution } from "../nlp/offices";
import type { ArticlePeople } from "./people";
import { sentCountries, type Sent } from "./segment";
import { GOVERNMENT_POST } from "./visit-hosts";

/** A head of state's or government's seat, then the city it stands in: "State House, Tarsk", "the Presidential Palace in Tarsk". */
const SEAT = /\b(?:state\s+house|(?:presidential|royal|imperial|government)\s+(?:palace|residence))\s*(?:,|\s+in)\s+$/i;

/** Words that make the one named a guest at the seat, not its holder: a passive contact, an arrival, a visit. */
const GUEST = /\b(?:was|were|been|being|by|visit\w*|arriv\w*|landed|flew|guests?|delegation)\b/i;

/**
 * Gives the country of a seat's city to the one person of no country who receives there: the sentence's first person, holding
 * only posts of a government, with no word of a guest between their name and the seat.
 * @example inferSeatHosts(sents, found) // President Varan → Veldia, for "President Varan received … at State House, Tarsk"
 */
export function inferSeatHosts(sents: Sent[], found: ArticlePeople): void {
  const { people, refs } = found;
  sents.forEach((sent, si) => {
    const here = refs[si] ?? [];
    const host = here[0];
    const p = host ? people[host.person] : undefined;
    if (!host || !p || p.country || p.offices.length === 0) return;
    if (p.offices.some((o) => o.country || o.to || (o.organisation && !isNationalInstitution(o.organisation)) || !GOVERNMENT_POST.test(o.title))) return;
    const start = sent.words[host.first]!.start;
    const end = sent.words[host.last]!.end;
    for (const c of sentCountries(sent)) {
      if (c.kind !== "city" || c.index < end || !SEAT.test(sent.text.slice(Math.max(0, c.index - 40), c.index))) continue;
      // "Varan, the visiting president, …", "was received at State House by …": a guest, or another host after the seat.
      if (GUEST.test(sent.text.slice(Math.max(0, start - 20), c.index)) || /^\s*(?:on\s+\p{L}+\s+)?by\b/iu.test(sent.text.slice(c.index + c.text.length))) continue;
      p.country = c.country;
      for (const o of p.offices) o.country = c.country;
      return;
    }
  });
}
