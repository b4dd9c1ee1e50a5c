/**
 * @module The last word on a person's country, once every construction has run: one still without a country who is
 * listed with others of one country after a verb ("Varan met Prime Minister Telu and the Speaker, Orvel"; "Present were
 * Minister Telu, Secretary Kestas and Ambassador Halvik"; "received by President Telu, along with Vice President Orvel")
 * is on their side: a list after the verb names one side of what is told, the visited country's hosts or one's party.
 * Not a list that opens the sentence ("Telu and Orvel held talks": two sides), one "between" two, two holders of one
 * post ("Presidents Telu and Orvel": counterparts), a list whose known people serve two countries, nor for one whose
 * posts say they serve another body. A list written with semicolons joins items whose descriptions are in lower case
 * ("A, adviser to the President on foreign affairs; and B"), when no verb and no other country stands between them.
 */
import { findCountries } from "../nlp/countries";
import { lacksPost } from "../nlp/national-bodies";
import { isNationalInstitution, officeWordKind, samePost } from "../nlp/offices";
import type { LocalPerson, PersonRef } from "./people";
import type { Sent } from "./segment";
import { isPossessive } from "./word-kinds";

/** Words a list's items may be joined by, besides the items' titles and names: "A, B and C", "A; B; and C", "A, along with B". */
const JOINERS = /^(?:,|;|and|the|along|together|as|well|also|plus)$/;

/** Words before a list that make its items two sides: "talks between A and B", "among A, B and C". */
const SIDES = /^(?:between|among|amongst)$/;

/** A word of a title or a name between two listed people: capitalised, a title's connector, a name's particle. */
const TITLE_WORD = /^(?:\p{Lu}|of$|for$|de$|da$|do$|del$|la$|le$|al-|bin$|ibn$|van$|von$|and$|the$|&$|-$|'s$|’s$)/u;

/** Words a clause's subject may have before its verb: "in turn", "also", "then". */
const BEFORE_VERB = /^(?:in|turn|also|then|later|too)$/;

/** Whether the words from `k` are a verb its subject just named takes: "asked", "in turn asked", "also said". */
function opensClause(words: Sent["words"], k: number): boolean {
  while (words[k] && (words[k]!.pos === "ADV" || BEFORE_VERB.test(words[k]!.lower))) k++;
  return words[k] !== undefined && (words[k]!.pos === "VERB" || words[k]!.pos === "AUX");
}

/** A list of people: who is in it, and the countries its items' descriptions name between them. */
interface Run {
  people: number[];
  named: Set<string>;
}

/**
 * Whether the words between two people are an item's description closed by a semicolon: "A, adviser to the President on
 * foreign affairs; and B", "A, Chief of Staff of the President of Veldia; B": an item of a list written with semicolons,
 * whatever its words, when none of them is a verb (not "A, minister of trade; he also met B").
 */
const describedItem = (between: Sent["words"]): boolean => between.some((w) => w.text === ";") && !between.some((w) => w.pos === "VERB" || w.pos === "AUX");

/**
 * The runs of people a sentence lists after its first verb: each run two or more people, each pair of neighbours
 * joined only by commas, "and", "along with" and the next one's title, or (with `semicolons`) by an item's description
 * a semicolon closes.
 */
function listedRuns(sent: Sent, here: PersonRef[], semicolons = false): Run[] {
  const words = sent.words;
  // "A, adviser to the President; B": with semicolons, a description inside an item's words is no item of the list.
  const sorted = [...here].filter((r) => !semicolons || r.via === "name" || r.via === "short").sort((a, b) => a.first - b.first);
  const verb = words.findIndex((w) => w.pos === "VERB" || w.pos === "AUX");
  const runs: Run[] = [];
  let run: PersonRef[] = [];
  let named = new Set<string>();
  const close = (): void => {
    if (run.length >= 2) runs.push({ people: run.map((r) => r.person), named });
    run = [];
    named = new Set();
  };
  for (const r of sorted) {
    // "Varan's wife, A, and Telu's wife, B": an owner is no item of the list.
    if (isPossessive(words[r.last + 1]) || /['’]s$/.test(words[r.last]!.text)) {
      close();
      continue;
    }
    const prev = run.at(-1);
    const between = prev !== undefined && r.first > prev.last ? words.slice(prev.last + 1, r.first) : undefined;
    const titled =
      between !== undefined &&
      between.every((w, k) => JOINERS.test(w.lower) || TITLE_WORD.test(w.text) || officeWordKind(w.lower) !== undefined || (w.lower === "with" && between[k - 1]?.lower === "and")) &&
      between.some((w) => /^(?:,|;|and|along|together|well|plus)$/.test(w.lower));
    const described = semicolons && !titled && between !== undefined && describedItem(between);
    const joined = titled || described;
    if (described) for (const c of findCountries(sent.text.slice(between[0]!.start, between.at(-1)!.end))) named.add(c.country);
    // "…, and King Telu in turn asked", "According to Varan, Telu and Orvel agreed": a list its own verb follows is a
    // clause's subject, or opens another clause: no list of one side.
    if (joined && opensClause(words, r.last + 1)) {
      run = [];
      continue;
    }
    if (!joined) {
      close();
      // A list starts after the sentence's first verb, not "between" two.
      // "between Pope A and Patriarch B": the title may stand between the word and the name.
      if (verb < 0 || r.first <= verb || words.slice(Math.max(0, r.first - 4), r.first).some((w) => SIDES.test(w.lower))) continue;
    }
    if (!run.some((x) => x.person === r.person)) run.push(r);
  }
  close();
  return runs;
}

/** The country a person is known to serve, from them or one of their posts at home. */
const knownCountry = (p: LocalPerson): string | undefined => p.country ?? p.offices.find((o) => o.country && !o.to)?.country;

/** Whether a person's posts are their own country's to give: none of another body, none abroad, none with a country. */
const placeable = (p: LocalPerson): boolean => !p.country && !p.offices.some((o) => o.country || o.to || (o.organisation && !isNationalInstitution(o.organisation)));

/**
 * Gives a person of no country the country of the people they are listed with after a verb, when every listed person of a
 * known country serves that one country and no two listed people hold one post.
 * @example weighCountries(sents, refs, people) // Speaker Orvel → Veldia, for "Varan met Prime Minister Telu and the Speaker, Orvel" when Telu is Veldia's
 */
export function weighCountries(sents: Sent[], refs: PersonRef[][], people: LocalPerson[], year?: number): void {
  // The lists joined by titles first; then, with the countries they gave, the lists written with semicolons.
  for (const semicolons of [false, true]) weighLists(sents, refs, people, semicolons, year);
}

/** One round of {@link weighCountries}: the runs `listedRuns` finds, with or without semicolon lists. */
function weighLists(sents: Sent[], refs: PersonRef[][], people: LocalPerson[], semicolons: boolean, year?: number): void {
  const given = new Map<number, string | undefined>();
  sents.forEach((sent, si) => {
    if (sent.quote !== undefined || sent.title) return;
    for (const { people: run, named } of listedRuns(sent, refs[si] ?? [], semicolons)) {
      const members = run.map((i) => people[i]!);
      const known = new Set(members.map(knownCountry).filter((c): c is string => c !== undefined));
      // "A, minister of trade; the Orvanian side's B": a description naming another country may open the other side.
      if (known.size !== 1 || [...named].some((c) => !known.has(c))) continue;
      // "Presidents Telu and Orvel": two holders of one post are counterparts.
      const holds = (p: LocalPerson, q: LocalPerson): boolean => p.offices.some((o) => q.offices.some((u) => samePost(o.title, u.title)));
      if (members.some((p, k) => members.some((q, j) => j > k && holds(p, q)))) continue;
      const country = [...known][0]!;
      // (never a post the country has not: "Prime Minister A and Foreign Minister B" after a dateline in Ankara)
      for (const i of run) if (placeable(people[i]!) && !people[i]!.offices.some((o) => lacksPost(country, o.title, year))) given.set(i, given.has(i) && given.get(i) !== country ? undefined : country);
    }
  });
  for (const [i, country] of given) {
    if (!country) continue;
    const p = people[i]!;
    p.country = country;
    for (const o of p.offices) o.country ??= country;
  }
}
