/**
 * @module An office said with its country but no name ("the Veldian High Commissioner's residence", "the
 * Estonian minister said", "Veldia's foreign minister told reporters") tells the country of the one person of
 * the article who holds that office with no country said: "… hosted by High Commissioner Varan" is then
 * Veldia's. Nothing when two could hold it, when someone of that country already holds it, or when a
 * sentence sets the two apart ("Foreign Minister Varan met the Veldian foreign minister"), or when the holder meets
 * someone of that country (the office said is then more likely their counterpart's, left unnamed).
 */
import { compatibleOffices, isNationalInstitution, isOfficeHead, isPluralOffice, officeWordKind, samePost } from "../nlp/offices";
import type { ArticlePeople, LocalPerson } from "./people";
import { sentCountries, type Sent } from "./segment";
import { isHonorific, isNameWord, isPossessive } from "./word-kinds";

/** Heads too loose to say which office ("the Veldian official", "his Veldian counterpart"). */
const LOOSE_HEADS = new Set(["diplomat", "official", "envoy", "leader", "lawmaker", "legislator", "counterpart", "head", "representative", "delegate"]);

/** Verbs of speech whose subject a description may be, standing for someone the article named ("the Veldian minister said"). */
const SAYS = new Set(["say", "tell", "add", "note", "stress", "state", "write", "insist", "explain", "recall", "announce", "emphasise", "emphasize", "underline", "reiterate"]);

/** An office written with its country and no name: where, whose and which title. */
interface CountryOffice {
  sentence: number;
  country: string;
  title: string;
  first: number;
  last: number;
  /** Followed by "'s": the office owns a thing ("the Veldian ambassador's residence"), it is no party to the sentence's act. */
  owner: boolean;
}

/**
 * How an office said with no name stands in its sentence: owning a thing, speaking ("the Veldian minister said"), or
 * opening it as the subject of its verb ("The Veldian minister thanked …", "Veldia's vice president held talks …").
 */
type Standing = "owner" | "speaker" | "subject";

/** How many sentences away the one holder must be named for an office opening a sentence to stand for them. */
const SUBJECT_REACH = 2;

/**
 * The offices a sentence writes with a country and no name: "the Veldian president", "the New Zealand High
 * Commissioner's", "Veldia's foreign minister"; not "Veldian President Varan", "the Veldian president, Varan",
 * "Veldian ministers", "a Veldian minister", nor a city's ("the Tarsk mayor").
 * @example countryOffices(sent) // [{ country: "Estonia", title: "minister", … }] for "the Estonian minister said"
 */
function countryOffices(sent: Sent): (Omit<CountryOffice, "sentence"> & { standing?: Standing })[] {
  const words = sent.words;
  const out: (Omit<CountryOffice, "sentence"> & { standing?: Standing })[] = [];
  for (const c of sentCountries(sent)) {
    if (c.kind === "city") continue;
    const at = words.findIndex((w) => w.start >= c.index);
    let k = words.findIndex((w) => w.start >= c.index + c.text.length);
    if (at < 0 || k < 0) continue;
    // "Veldia's foreign minister", or a definite "the Veldian minister": not "a Veldian minister" nor "former Veldian minister".
    if (isPossessive(words[k])) k++;
    else if (words[at - 1]?.lower !== "the") continue;
    const start = k;
    while (words[k] && officeWordKind(words[k]!.lower) && (officeWordKind(words[k]!.lower) !== "connector" || officeWordKind(words[k + 1]?.lower ?? "") !== undefined)) k++;
    const title = words.slice(start, k);
    const head = title.at(-1);
    if (!head || !isOfficeHead(head.text) || isPluralOffice(head.text) || LOOSE_HEADS.has(head.lower)) continue;
    const next = words[k];
    // A name after the title is its holder ("Veldian President Varan", "the Veldian president, Varan"): the title's own reading gives them the country.
    if (next && !isPossessive(next) && (isNameWord(next) || isHonorific(next) || (next.text === "," && (isNameWord(words[k + 1]) || isHonorific(words[k + 1]!))))) continue;
    // "the Veldian Minister of Foreign Affairs of …", "the Veldian ambassador to Orvane": a title going on past what was read.
    if (next && /^(?:of|to|for)$/.test(next.lower)) continue;
    const verb = words[k]?.pos === "ADV" ? words[k + 1] : words[k];
    // "The Veldian minister thanked …", "On Monday, the Veldian minister thanked …": the office opens the sentence or a clause
    // after a comma, and its verb follows.
    const lead = words[at - 1]?.lower === "the" ? at - 1 : at;
    const opens = lead === 0 || words[lead - 1]?.text === ",";
    const standing: Standing | undefined = isPossessive(next)
      ? "owner"
      : verb && verb.pos === "VERB" && SAYS.has(verb.lemma)
        ? "speaker"
        : opens && verb && (verb.pos === "VERB" || verb.pos === "AUX")
          ? "subject"
          : undefined;
    out.push({ country: c.country, title: title.map((w) => w.text).join(" "), first: at, last: k - 1, owner: isPossessive(next), ...(standing ? { standing } : {}) });
  }
  return out;
}

/** The country a person is known to serve, from them or one of their offices. */
const knownCountry = (p: LocalPerson): string | undefined => p.country ?? p.offices.find((o) => o.country)?.country;

/**
 * Gives the country of an office said with no name ({@link countryOffices}) to the one person of the article
 * who holds a compatible office and has no country: never when someone of that country already holds one,
 * when two hold one with none, or when a sentence names the holder beside the unnamed office (they are then
 * two people: "Foreign Minister Varan received the Veldian foreign minister"), unless the office only owns a
 * thing there ("the Veldian High Commissioner's residence …, hosted by High Commissioner Varan"), or when a meeting of
 * the article joins the holder with someone of that country ("Foreign Minister Varan received Veldian President Telu …
 * the Veldian foreign minister also attended": the unnamed minister is Telu's, not Varan).
 * @example inferDescribedCountries(sents, people, meetings) // High Commissioner Varan → New Zealand, from "the New Zealand High Commissioner's residence"
 */
export function inferDescribedCountries(sents: Sent[], found: ArticlePeople, meetings: { people: number[] }[]): void {
  const { people, refs } = found;
  const metFrom = (person: number, country: string): boolean => meetings.some((m) => m.people.includes(person) && m.people.some((i) => i !== person && knownCountry(people[i]!) === country));
  const offices = sents.flatMap((sent, si) => (sent.quote === undefined ? countryOffices(sent).map((o) => ({ ...o, sentence: si })) : []));
  const given = new Map<number, string | undefined>();
  const apart = new Set<string>();
  // The people of a national post whose title fits, not holders by office alone nor of another body.
  const holding = (fits: (title: string) => boolean): number[] =>
    people.flatMap((p, i) => (!p.byOffice && p.offices.some((s) => !s.to && (!s.organisation || isNationalInstitution(s.organisation)) && fits(s.title)) ? [i] : []));
  for (const o of offices) {
    // Only an office that stands for someone already in the story: one owning a thing, one speaking, or a subject with its holder
    // named beside (below). "The Veldian foreign minister arrived on Sunday" may bring in a visitor the article never names.
    if (!o.standing) continue;
    // The very post when someone holds it ("Veldia's vice president" is Vice President Varan's, not President Telu's), else a compatible one.
    const exact = holding((t) => samePost(t, o.title));
    const holders = exact.length > 0 ? exact : holding((t) => compatibleOffices(t, o.title));
    if (holders.some((i) => knownCountry(people[i]!) === o.country)) continue;
    const unplaced = holders.filter((i) => knownCountry(people[i]!) === undefined && !people[i]!.offices.some((s) => s.organisation && !isNationalInstitution(s.organisation)));
    if (unplaced.length !== 1) continue;
    const person = unplaced[0]!;
    if (metFrom(person, o.country)) continue;
    // A subject stands for the one named just before or after it ("Foreign Minister Varan met … . The Veldian minister thanked …",
    // a lead's "Veldia's vice president held talks …" before "Vice President Varan"); further away it may be a visitor never named.
    if (o.standing === "subject" && !refs.some((here, si) => si !== o.sentence && Math.abs(si - o.sentence) <= SUBJECT_REACH && (here ?? []).some((r) => r.person === person))) continue;
    if (!o.owner && (refs[o.sentence] ?? []).some((r) => r.person === person && r.via !== "pronoun" && (r.last < o.first || r.first > o.last))) {
      apart.add(`${person}|${o.country}`);
      continue;
    }
    // Two countries said of one holder's office: which is theirs is not said.
    given.set(person, given.has(person) && given.get(person) !== o.country ? undefined : o.country);
  }
  for (const [person, country] of given) {
    if (!country || apart.has(`${person}|${country}`)) continue;
    const p = people[person]!;
    p.country = country;
    for (const s of p.offices) if (!s.to) s.country ??= country;
  }
}
