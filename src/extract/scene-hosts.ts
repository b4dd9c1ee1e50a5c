/**
 * @module The hosts of one leg of a journey, the sentence setting its scene in a country: "In Orvane, Varan held talks with
 * Foreign Minister Telu and was received by President Kestas", "On Thursday he moves on to Orvane for talks with Foreign
 * Minister Telu", "On June 2 he will be in Orvane, where he will meet Prime Minister Telu". Those the sentence names after
 * the country, of no country and holding only posts of a government, are that country's: a tour names several countries
 * and their people, which the visit and placed hosts (visit-hosts.ts, placed-hosts.ts) must refuse, but the sentence
 * itself says where its contacts are. Not at a gathering of several states, not a country written as a city (a venue of
 * any country's guests: "In Geneva, Varan met …"), not one named after another country the sentence names, not the one
 * named before the contact ("In Orvane, Varan was received by …": the visitor) nor one whose journey the text tells, nor a
 * post someone of that country already holds.
 */
import type { ArticlePeople } from "./people";
import { sentCountries, type Sent } from "./segment";
import { GATHERING, hostsAsOfficial, postsHeldIn, tellsJourney } from "./visit-hosts";

/** The ways a sentence sets its scene in a country: the text from the sentence's start to the country, and what follows it. */
const SCENES: { before: RegExp; after: RegExp }[] = [
  // "In Orvane, …", "On Tuesday, in Orvane, …"
  { before: /^(?:(?:on|later on|then|next|afterwards|from there|the next day)\b[^,;]{0,30}?,?\s+)?in\s+$/i, after: /^\s*,/ },
  // "he moves on to Orvane for talks with …"
  { before: /\b(?:mov(?:e|es|ed|ing)|went|goes|go|travel(?:led|ed|s)?|head(?:s|ed)?|continu(?:e|es|ed)|proceed(?:s|ed)?|fl(?:ew|ies))\s+on\s+to\s+$/i, after: /^\s+for\s+(?:talks|a\s+meeting|meetings|a\s+call)\b/i },
  // "he will be in Orvane, where he will meet …"
  { before: /\b(?:will\s+be|is|was|were)\s+in\s+$/i, after: /^\s*,\s*where\b/i },
];

/** Words of a contact after the scene: the sentence tells a meeting there. */
const CONTACT = /\b(?:met|meet(?:s|ing)?|talks|received|receives|hosted|call(?:ed|s)?\s+on|audience|sat\s+down|welcomed)\b/i;

/**
 * Gives the country a sentence sets its scene in to the people of no country it names after it (see the module).
 * @example inferSceneHosts(sents, found) // Telu, Kestas → Orvane, for "In Orvane, Varan held talks with Foreign Minister Telu and was received by President Kestas"
 */
export function inferSceneHosts(sents: Sent[], found: ArticlePeople): void {
  const { people, refs } = found;
  sents.forEach((sent, si) => {
    const here = refs[si] ?? [];
    if (here.length === 0 || GATHERING.test(sent.text)) return;
    const countries = sentCountries(sent);
    const scene = countries.find((c) => {
      if (c.kind === "city" || c.kind === "demonym") return false;
      const before = sent.text.slice(0, c.index);
      const after = sent.text.slice(c.index + c.text.length);
      return SCENES.some((w) => w.before.test(before) && w.after.test(after));
    });
    if (!scene) return;
    const start = scene.index + scene.text.length;
    const contact = CONTACT.exec(sent.text.slice(start));
    if (!contact) return;
    // the one named between the scene and the contact is its subject, the visitor ("In Orvane, Varan was received by …")
    const verbAt = start + contact.index;
    // the scene ends where the sentence names another country ("…, and then flew on to Tarsk, where …")
    const end = countries.find((c) => c.index >= start && c.country !== scene.country && c.kind !== "demonym")?.index ?? sent.text.length;
    const held = postsHeldIn(people, scene.country);
    // the traveller: named before the contact, or its pronoun ("…, where he will meet …")
    const travellers = new Set(here.filter((r) => r.via === "pronoun" || sent.words[r.first]!.start < verbAt).map((r) => r.person));
    for (const r of here) {
      const at = sent.words[r.first]!.start;
      if (at < start || at >= end || travellers.has(r.person)) continue;
      const p = people[r.person]!;
      if (p.country || !hostsAsOfficial(p, held)) continue;
      if (sents.some((s, sj) => tellsJourney(s, refs[sj] ?? [], r.person, scene.country, true))) continue;
      p.country = scene.country;
      for (const o of p.offices) o.country = scene.country;
    }
  });
}
