/** @module Choosing the meetings and facts a question is about, from its links and the conversation's focus. */
import type { Fact, Meeting } from "../facts/types";
import { countryOf, countryOfCity } from "../nlp/countries";
import { escapeRegExp, fold } from "../nlp/fold";
import { askedContact } from "./contact-kind";
import { dateFits } from "./dates";
import { meetingCountries, participantIds, type Knowledge } from "./knowledge";
import { unlinkedWords, type Links } from "./link";
import { factPositions, intersectionOf, meetingPositions } from "./lookups";
import { meetsSpecifics } from "./specifics";
import { contentTerms } from "./retrieval";
import type { Focus } from "./types";

/**
 * Whether the question names anything a meeting can be filtered by.
 * @example hasConstraints(linkQuestion("when?", k)) // false
 */
export const hasConstraints = (links: Links): boolean =>
  links.people.length + links.countries.length + links.places.length + links.dates.length > 0;

/**
 * Whether a question names nothing a meeting can be filtered by and has no meeting or person in focus:
 * no answerer can tell which occasion it asks about.
 * @example asksOfNothing({ links: linkQuestion("when?", k) }) // true
 */
export const asksOfNothing = (q: { links: Links; focus?: Pick<Focus, "meetings" | "people"> }): boolean =>
  !hasConstraints(q.links) && !q.focus?.meetings.length && !q.focus?.people.length;

/**
 * Whether the question names someone in particular: a person, an office few hold, a country or a place ("the ministers" names no
 * one when every minister of the articles holds that office).
 * @example namesSomeone(linkQuestion("what did the ministers discuss", k)) // false
 */
export const namesSomeone = (links: Links): boolean =>
  links.people.some((m) => m.ids.length <= FEW_HOLDERS) || links.countries.length > 0 || links.places.length > 0;

/** The most holders an office may have and still name someone in particular. */
const FEW_HOLDERS = 3;

/**
 * The meetings that fit every person, country, place and date of the question; with none named,
 * the meetings in focus, else all. A named kind ("consultation") narrows when some meeting is of it.
 * @example selectMeetings(linkQuestion("Who met in Lima?", k), k).map((m) => m.place) // ["Lima", …]
 */
export function selectMeetings(links: Links, knowledge: Knowledge, focus?: Focus): Meeting[] {
  const found = selectFitting(links, knowledge, focus);
  // "who met A at the airport": a meeting whose sentences say no airport is another occasion
  const { specifics } = links;
  return specifics?.length ? found.filter((m) => meetsSpecifics(m, specifics, knowledge)) : found;
}

/** At most this many people in focus are asked about together ("they" of a question that named them); more are a list's. */
export const TOGETHER = 4;

/** The meetings that fit the question's people, countries, places, dates and kind (see selectMeetings). */
function selectFitting(links: Links, knowledge: Knowledge, focus?: Focus): Meeting[] {
  const all = knowledge.index.meetings;
  if (!hasConstraints(links)) {
    const focused = (focus?.meetings ?? []).flatMap((id) => knowledge.meetings.get(id) ?? []);
    if (focused.length) return focused;
    if (focus?.people.length) {
      // "when did they meet?" after a question about A and B: their meetings together, when there are any
      const together = focus.people.length > 1 && focus.people.length <= TOGETHER ? intersectionOf(focus.people.map((id) => knowledge.lookups.meetingsOf.get(id) ?? [])) : [];
      return (together.length ? together : meetingPositions(knowledge.lookups, focus.people)).map((i) => all[i]!);
    }
    return narrowByKind(all, links, knowledge);
  }
  // a named person's or country's meetings are looked up, not scanned for
  const first = links.people[0];
  const country = links.countries[0];
  const [place] = links.places;
  const positions = first
    ? meetingPositions(knowledge.lookups, first.ids)
    : country !== undefined
      ? intersectionOf(links.countries.map((c) => knowledge.countryMeetings.get(c) ?? []))
      : place !== undefined
        ? placeMeetings(place, knowledge)
        : undefined;
  // what the candidates are not known to fit already (the one country they were looked up by is; the
  // first person's meetings, each with one of its ids among the participants, are looked up by them)
  // each person asked about as a set of ids (an office may have thousands of holders), so a meeting's few are looked up
  const people = links.people.slice(1).map((mention) => new Set(mention.ids));
  const countries = !first && links.countries.length === 1 ? [] : links.countries;
  // ("in new tarsk" links "Tarsk" and "New Tarsk": the longer one is the place asked)
  const places = links.places.map((p) => fold(p)).filter((p, _, all) => !all.some((o) => o !== p && o.includes(p)));
  const fits: Meeting[] = [];
  // "who did A meet in Lima": held there, or else (none was) where the article does not say
  const unplacedFits: Meeting[] = [];
  for (const m of positions ? positions.map((i) => all[i]!) : all) {
    if (people.length) {
      const ids = participantIds(m);
      if (!people.every((mention) => ids.some((id) => mention.has(id)))) continue;
    }
    if (countries.length) {
      const of = meetingCountries(m, knowledge);
      if (!countries.every((c) => of.has(c))) continue;
    }
    if (!links.dates.every((d) => dateFits(m.date, d))) continue;
    // (a meeting "in Tarsk" is one in New Tarsk asked: a place whose name the asked one holds, as a short form of it)
    const at = fold(`${m.place ?? ""} ${m.venue ?? ""}`);
    const shortOf = (p: string): boolean => m.place !== undefined && fold(m.place).length >= 4 && new RegExp(`(?:^|\\s)${escapeRegExp(fold(m.place))}$`).test(p);
    if (places.length && !places.every((p) => at.includes(p) || shortOf(p))) {
      if (!m.place && !m.venue) unplacedFits.push(m);
      continue;
    }
    fits.push(m);
  }
  if (fits.length === 0) fits.push(...unplacedFits);
  if (links.inCountries.length === 0) return narrowByKind(fits, links, knowledge);
  // "who met in Peru": held there, or else where the article does not say; never in another country
  const held = fits.filter((m) => links.inCountries.every((c) => placeCountry(m) === c));
  const unplaced = fits.filter((m) => links.inCountries.every((c) => placeCountry(m) === undefined || placeCountry(m) === c));
  return narrowByKind(held.length ? held : unplaced, links, knowledge);
}

/** Positions of the meetings whose place or venue holds a place's name (found on the place's first ask, then kept). */
function placeMeetings(place: string, knowledge: Knowledge): number[] {
  const known = knowledge.lookups.placeMeetings.get(place);
  if (known) return known;
  const name = fold(place);
  const found = knowledge.index.meetings.flatMap((m, i) => (fold(`${m.place ?? ""} ${m.venue ?? ""}`).includes(name) ? [i] : []));
  knowledge.lookups.placeMeetings.set(place, found);
  return found;
}

/**
 * The country a meeting's place lies in (or is); undefined when it has no place or one the gazetteer does not know.
 * @example placeCountry({ place: "Lima", … }) // "Peru"
 */
export function placeCountry(meeting: Meeting): string | undefined {
  return meeting.place ? (countryOfCity(meeting.place) ?? countryOf(meeting.place)) : undefined;
}

/**
 * The frame rows (src/extract/frames.ts) whose meetings are a signing: "A and B signed …", "A put his name to … with B", "… was
 * signed by A and B" (heldout21 r817, heldout19 r614, heldout104 x961, heldout106 x975).
 */
const SIGNING_RULES = new Set(["pair-sign", "pair-put-signature", "be-signed"]);

/** A named kind narrows when some meeting is of it; a phone call or credentials asked for, always (talks are no call). */
function narrowByKind(meetings: Meeting[], links: Links, knowledge: Knowledge): Meeting[] {
  // a sentence reporting credentials presented makes the meeting one, whatever kind the record took ("The credentials of A were received by B")
  const credentials = (m: Meeting) => m.sentences[0] !== undefined && askedContact(knowledge.index.sentences[m.sentences[0]]?.text ?? "") === "credentials";
  if (links.contact) return meetings.filter((m) => m.kind === links.contact || (links.contact === "credentials" && m.kind === "meeting" && credentials(m)));
  if (links.signed) return meetings.filter((m) => SIGNING_RULES.has(m.rule ?? ""));
  if (links.kinds.length === 0) return meetings;
  const narrowed = meetings.filter((m) => links.kinds.includes(m.kind));
  return narrowed.length ? narrowed : meetings;
}

/**
 * The facts of the given kinds that fit the question's countries, people, dates and words, best first.
 * @example matchFacts("When is the summit?", links, ["event"], k)[0]?.summary
 */
export function matchFacts(terms: string[], links: Links, kinds: Fact["kind"][], knowledge: Knowledge, needWords = false): Fact[] {
  // with no date asked (which scores a fact without the words), a fact holding a word of the
  // question beats every fact holding none: look those up first
  if (terms.length && (needWords || links.dates.length === 0)) {
    const holding = intersectionOf([factPositions(knowledge.lookups, terms.map((t) => `term:${t}`)), ...links.countries.map((c) => factPositions(knowledge.lookups, [`where:${c}`]))]);
    const worded = scoreFacts(holding, terms, links, kinds, knowledge, true);
    if (worded.length || needWords) return worded;
  }
  // the facts of the fewest that every fit must be among: of the kinds, of a named person, of a named country
  // (those of every country named, and of the first person: what scoreFacts checks, looked up)
  const among = intersectionOf(
    [kinds.map((k) => `kind:${k}`), ...links.countries.map((c) => [`where:${c}`]), ...links.people.slice(0, 1).map((m) => m.ids.map((id) => `person:${id}`))].map((keys) => factPositions(knowledge.lookups, keys)),
  );
  return scoreFacts(among, terms, links, kinds, knowledge, needWords);
}

/** A term of letters and digits both ("p4g", "g20", "c5"): the name of one grouping or event, never a general word. */
const CODE_NAME = /^(?=[\p{L}\d]*\d)(?=[\p{L}\d]*\p{L})[\p{L}\d]{2,}$/u;

/**
 * Whether a fact that names no one is told of a person's country in one of their own articles: "Sixteen documents were signed
 * in all" in the story of Varan's visit, told of Veldia and Orvane, answers "how many documents were signed during Varan's visit".
 */
function standsForCountry(id: string, f: Fact, knowledge: Knowledge): boolean {
  if (f.people.length) return false;
  const person = knowledge.people.get(id);
  return !!person?.country && f.countries.includes(person.country) && person.articles.includes(f.article);
}

/** The best-scoring facts among the given positions (see matchFacts), in index order: one pass, keeping only the best so far. */
function scoreFacts(among: readonly number[], terms: string[], links: Links, kinds: Fact["kind"][], knowledge: Knowledge, needWords: boolean): Fact[] {
  const bonus = links.people.length ? 1 : 0;
  const years = links.dates.flatMap((d) => (d.year !== undefined ? [d.year] : []));
  const termsAt = factTermsAt(knowledge);
  // a name the articles write that the question gives and no link took ("the orvane summit"): the fact says it
  // (and the place it names: "when was the Tarsk summit" is not answered by a summit elsewhere)
  // (and a code name of letters and digits: "when is the P4G summit" is not answered by another summit)
  const named = [...unlinkedWords(links, knowledge), ...links.places].flatMap((w) => contentTerms(w).slice(0, 1)).concat(terms.filter((t) => CODE_NAME.test(t)));
  let best = Number.NEGATIVE_INFINITY;
  let top: Fact[] = [];
  for (const i of among) {
    const f = knowledge.index.facts[i]!;
    if (!kinds.includes(f.kind)) continue;
    if (!links.countries.every((c) => f.countries.includes(c) || f.places.includes(c))) continue;
    if (links.people.length && !links.people.every((m) => m.ids.some((id) => f.people.includes(id) || standsForCountry(id, f, knowledge)))) continue;
    const year = f.date?.year;
    if (year !== undefined && years.some((y) => y !== year)) continue;
    const words = termsAt[i];
    if (named.some((t) => !words?.has(t))) continue;
    let shared = 0;
    if (words) for (const t of terms) if (words.has(t)) shared++;
    if (needWords && shared === 0) continue;
    const score = shared + (year !== undefined && years.includes(year) ? 2 : 0) + bonus;
    if (score > best) {
      best = score;
      top = [f];
    } else if (score === best) top.push(f);
  }
  // a fact that shares no person, country, year or word with the question fits it no better than any other
  return best > 0 || links.countries.length ? top : [];
}

/** Each fact's terms by its position in the index (made on a question's first look at facts, kept per isolate). */
function factTermsAt(knowledge: Knowledge): (Set<string> | undefined)[] {
  let known = TERMS_AT.get(knowledge.factTerms);
  if (!known) TERMS_AT.set(knowledge.factTerms, (known = knowledge.index.facts.map((f) => knowledge.factTerms.get(f.id))));
  return known;
}

const TERMS_AT = new WeakMap<Knowledge["factTerms"], (Set<string> | undefined)[]>();
