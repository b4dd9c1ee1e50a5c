/**
 * @module Descriptions read again once the article's people have their countries: "his Orvanian
 * counterpart", "his counterpart", "the Veldian president" that no one fitted while the sentences
 * were read in order (the countries come after) stand for the one person of the article named
 * before them who fits: their country and their post agree. Two who fit leave it unresolved.
 */
import { fold } from "../nlp/fold";
import { compatibleOffices, isEnvoyTitle, samePost } from "../nlp/offices";
import { mainSubjects } from "./frame-engine";
import type { DescriptionMention, Mention } from "./mentions";
import type { ArticlePeople, LocalPerson, PersonRef } from "./people";
import type { Sent } from "./segment";

/** Heads too loose to say which post ("the Veldian official", "the Orvanian envoy"): any office of that country fits. */
const LOOSE_HEADS = new Set(["diplomat", "official", "envoy", "leader", "lawmaker", "legislator"]);

const countryOf = (p: LocalPerson): string | undefined => p.country ?? p.offices.find((o) => o.country)?.country;

/**
 * The person "his [Orvanian] counterpart" stands for, whose owner (the one the possessive stands
 * for) is `owner`: of the people named before (`before`), the one of another country who holds the
 * owner's post (of the country the description gives, when it gives one); with a country given and
 * an owner of no known post, the one person of that country; else the one holder of the owner's post
 * whose country is unknown (when no one of the given country is known). Undefined when none or two fit.
 * @example counterpartOf(people, { title: "Counterpart", country: "Malta", … }, 0, new Set([1, 2])) // 1, Malta's one Foreign Minister, when person 0 is a Foreign Minister
 */
export function counterpartOf(people: LocalPerson[], d: DescriptionMention, owner: number, before: ReadonlySet<number>): number | undefined {
  const own = people[owner]!;
  const home = countryOf(own);
  const others = [...before].filter((i) => i !== owner && !people[i]!.byOffice);
  const peer = (i: number): boolean => people[i]!.offices.some((o) => own.offices.some((q) => samePost(o.title, q.title)));
  const abroad = others.filter((i) => {
    const country = countryOf(people[i]!);
    return country !== undefined && country !== home && (!d.country || country === d.country);
  });
  const peers = abroad.filter(peer);
  if (peers.length > 0) return peers.length === 1 ? peers[0] : undefined;
  if (d.country && own.offices.length === 0) return abroad.length === 1 ? abroad[0] : undefined;
  // "his Pakistani counterpart" before any sentence gave the Pakistani prime minister his country: the one holder of the
  // owner's post whose country is still unknown, when no one of that country is known.
  if (d.country && people.some((p) => countryOf(p) === d.country)) return undefined;
  const unplaced = others.filter((i) => countryOf(people[i]!) === undefined && peer(i));
  return unplaced.length === 1 ? unplaced[0] : undefined;
}

/** The titles of "his guest", "her host", "his visitor" (mentions.ts): the other side of the owner's visit. */
const HOST_OR_GUEST = /^(?:Guest|Host|Visitor)$/;

/**
 * The person "his guest" or "her host" stands for, whose owner is `owner`: of the people named before (`before`), the one
 * of another country than the owner's who shares an earlier sentence with them ("Varan received Telu …. Varan thanked his
 * guest …"; the owner's country unknown, one of a known country). Undefined when none or two fit.
 * @example hostOrGuestOf(people, refs.slice(0, 3), 0, new Set([0, 1])) // 1, when Veldia's 0 and Orvane's 1 were named together
 */
export function hostOrGuestOf(people: LocalPerson[], earlier: readonly PersonRef[][], owner: number, before: ReadonlySet<number>): number | undefined {
  const home = countryOf(people[owner]!);
  const beside = new Set(earlier.filter((refs) => refs.some((r) => r.person === owner)).flatMap((refs) => refs.map((r) => r.person)));
  const fits = [...before].filter((i) => i !== owner && beside.has(i) && !people[i]!.byOffice && countryOf(people[i]!) !== undefined && countryOf(people[i]!) !== home);
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * The person "the Veldian president" stands for: of the people named before (`before`), the one
 * of that country whose post the title names (any post for "the Veldian official"). Undefined when
 * none or two fit.
 * @example describedPerson(people, { title: "President", country: "Malta", … }, new Set([0, 1])) // 0, Malta's one president
 */
export function describedPerson(people: LocalPerson[], d: DescriptionMention, before: ReadonlySet<number>): number | undefined {
  if (!d.country || d.organisation || d.to) return undefined;
  const head = fold(d.title.split(" ").at(-1) ?? "");
  const fits = [...before].filter((i) => {
    const p = people[i]!;
    if (p.byOffice || countryOf(p) !== d.country) return false;
    return LOOSE_HEADS.has(head) ? p.offices.length > 0 : p.offices.some((o) => compatibleOffices(o.title, d.title));
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * Gives each description no one was fitted to (`found.refs` has no mention over it) the one person
 * that fits it now that countries are known ({@link counterpartOf}, {@link describedPerson}): never
 * one the sentence names by name, nor one named beside it ("the Veldian president, Oleg Varan").
 * @example linkLateDescriptions(sents, mentions, people) // "he met his Pakistani counterpart" → a ref to the Pakistani prime minister
 */
export function linkLateDescriptions(sents: Sent[], mentions: Mention[][], found: ArticlePeople): void {
  const { people, refs } = found;
  const named = new Set<number>();
  sents.forEach((sent, si) => {
    const here = refs[si] ?? [];
    for (const m of mentions[si] ?? []) {
      if (m.kind !== "description") continue;
      if (here.some((r) => r.first <= m.last && r.last >= m.first)) continue;
      if (here.some((r) => r.via !== "description" && r.via !== "pronoun" && r.first > m.last && r.first <= m.last + 2)) continue;
      const namedHere = new Set(here.filter((r) => r.via === "name" || r.via === "short").map((r) => r.person));
      const before = new Set([...named].filter((i) => !namedHere.has(i)));
      let person: number | undefined;
      if (fold(m.title) === "counterpart") {
        const prior = here.filter((r) => r.last < m.first);
        const owner = mainSubjects(sent.words, prior, m.first)[0]?.person ?? prior.at(-1)?.person;
        if (owner !== undefined) person = counterpartOf(people, m, owner, before);
      } else if (HOST_OR_GUEST.test(m.title) && m.country && /^the$/i.test(sent.words[m.first]?.text ?? "")) {
        // "the Russian visitor": the one person of that country named before (not its envoy posted where the visit goes)
        const visitors = [...before].filter((i) => !people[i]!.byOffice && countryOf(people[i]!) === m.country && !people[i]!.offices.some((o) => isEnvoyTitle(o.title)));
        person = visitors.length === 1 ? visitors[0] : undefined;
      } else if (HOST_OR_GUEST.test(m.title)) {
        const prior = here.filter((r) => r.last < m.first);
        const owner = mainSubjects(sent.words, prior, m.first)[0]?.person ?? prior.at(-1)?.person;
        if (owner !== undefined) person = hostOrGuestOf(people, refs.slice(0, si), owner, before);
      } else person = describedPerson(people, m, before);
      // (one a possessive already stands for may be the description too: "From her meeting with X, the Veldian visitor moved on …")
      if (person === undefined || here.some((r) => r.person === person && !(r.via === "pronoun" && /^(?:his|her|their)$/i.test(sent.words[r.first]?.text ?? "")))) continue;
      const p = people[person]!;
      if (m.country && !countryOf(p) && !p.offices.some((o) => o.organisation)) {
        p.country = m.country;
        for (const o of p.offices) if (!o.to) o.country = m.country;
      }
      here.push({ person, first: m.first, last: m.last, via: "description" } satisfies PersonRef);
      here.sort((a, b) => a.first - b.first);
    }
    for (const r of here) named.add(r.person);
  });
}
