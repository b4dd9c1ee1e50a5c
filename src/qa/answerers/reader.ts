/**
 * @module The reader: for a question no structured fact answers, the span of the expected type
 * (a date, a duration, a number of the thing asked, an ordinal, a place, a person) in the best
 * sentence that holds the question's names and key words, given in bold with its sentence as
 * evidence; or a plain "the articles don't give …" when no sentence holds one.
 */
import type { Article, Sentence, Span } from "../../facts/types";
import { escapeRegExp, fold } from "../../nlp/fold";
import { capitalOf, countryOfCity, findCountries, isDemonym } from "../../nlp/countries";
import { VENUE_HEADS } from "../../nlp/vocab";
import { asCounted, asksForCity, CONTACT_TERMS, contactActs, countsAs, countsExactly, countTerm, expectedAnswer, kinOf, MEETING_TERMS, MOVEMENTS, otherActs, type ExpectedAnswer } from "../answer-type";
import { parseText } from "../parse";
import { passedDirection, passedPlaces } from "../passed-place";
import { askedAct, readThing } from "./read-thing";
import { aboutOtherPair, toldOfOthers, withAnother } from "./other-pair";
import { readKind, readWhose } from "./read-kind";
import { readWhy } from "./read-why";
import { sharedArticles } from "./shared-articles";
import { deniesContactWithAsked } from "./denied-meeting";
import { doerIs, doneByAnother, notCounterpart, toldWithoutDoer } from "./act-doer";
import { askedOfficeWord, askedTitleWords, isOfficeWord, isTitleHead, officeMatcher, officePosts, type OfficeMatcher } from "../offices";
import { isPluralOffice } from "../../nlp/offices";
import { askedOffice, holdersIn } from "../asked-holders";
import { againstPublication, dateFits, formatDate, isStoryDay, storyDayDate, weekdayDate } from "../dates";
import { askedTense } from "../tense";
import { lookUpCountry } from "../link-countries";
import { nameTokens } from "../names";
import { unlinkedWords } from "../link";
import { namesSomeone } from "../select";
import { editDistance } from "../../nlp/names";
import type { Question } from "../question";
import { missing, type Outcome, type Reply } from "../reply";
import { bestInArticles, contentTerms, retrieve, stem, weightsAt, type Passage } from "../retrieval";
import type { Inline } from "../types";
import { focusArticles } from "../focus-articles";

/** Sentences read per question, best first. */
const READ = 8;

/** Share of the question's key words the evidence sentence must hold. */
const MIN_COVERAGE = 0.6;

/** Words that ask about the form of the answer or the articles, never its subject. */
const FORM_TERMS = new Set(["many", "much", "long", "year", "date", "day", "month", "time", "number", "big", "large", "high", "low", "place", "take", "happen", "last", "exactly", "approximately", "roughly", "total", "get", "way", "recently", "lately", "currently", "already", "still", "ever"].map(stem));

/** "Where will A go / travel / fly / head (next)": a question that asks where a trip goes (not "where did A fly in from"). */
const DESTINATION_ASKED = /^\s*where\b(?!.*\bfrom\b).*\b(go|goes|going|went|travel|travels|travelled|traveled|fly|flies|flew|head|heads|headed|proceed|continue|move on)\b/i;
/** The verbs a question asks where a trip goes with, stemmed ("go", "travel", "head"): the sentence tells it in its own words. */
const GOING = new Set(["go", "goes", "going", "travel", "travels", "fly", "flies", "head", "heads", "proceed", "continue", "move"].map(stem));
/** "to", "on to", "for" ("leaves for") just before a span: where a trip goes. */
const ONWARD = /\b(?:on\s+to|onward\s+to|to|for)\s+(the\s+)?$/i;

/** The country a question asks its person answer to be of: "on the Veldian side", "which Veldian official", "who led the Veldian delegation". */
function answerSide(text: string): string | undefined {
  const word = /\bon\s+(?:the\s+)?(\p{L}+)\s+side\b/iu.exec(text)?.[1] ?? /^\s*which\s+(\p{L}+)\s+\p{L}+/iu.exec(text)?.[1] ?? PARTY_LED.exec(text)?.[1] ?? REPRESENTED.exec(text)?.[1];
  return (word ? lookUpCountry(word)?.country : undefined) ?? signedFor(text);
}

/** "who signed the joint statement for Veldia", "who initialed the treaty for the United States": the side one acted for, closing the question. */
function signedFor(text: string): string | undefined {
  // (a signature's side only: "who is A to meet before leaving for Veldia" asks no side)
  if (!/\b(?:sign|signs|signed|initial|initials|initiall?ed|ink|inked|countersigned)\b/i.test(text)) return undefined;
  const tail = /^\s*who\b.*\b(?:for|on behalf of)\s+(?:the\s+)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s*\??\s*$/iu.exec(text)?.[1];
  if (!tail) return undefined;
  const words = tail.split(/\s+/);
  for (let n = 0; n < words.length; n++) {
    const country = lookUpCountry(words.slice(n).join(" "))?.country;
    if (country) return country;
  }
  return undefined;
}

/** "Who represented Veldia at the summit", "who will represent Orvane": the country one stood for. */
const REPRESENTED = /^\s*who\s+(?:will\s+|is\s+to\s+|is\s+going\s+to\s+)?(?:represented|represents|represent)\s+(?:the\s+)?(\p{L}+)\b/iu;

/** "Who led / headed the Veldian delegation", "who heads Veldia's team", "who led the 20-member Veldian delegation": the country of the party asked. */
const PARTY_LED = /^\s*who\s+(?:(?:did|does|will)\s+)?(?:led|lead|leads|headed|head|heads)\s+(?:the\s+)?(?:[\p{L}\p{N}-]+\s+){0,2}?(\p{L}+?)(?:['’]s)?\s+(?:delegation|side|team)\b/iu;

/**
 * The country of a party a question asks the counterparts of: "who did the Veldian delegation meet", "whom will Veldia's
 * envoys see". Its own people are no answer.
 */
function askingSide(text: string): string | undefined {
  const party = ASKING_PARTY.exec(text);
  if (!party) return undefined;
  const words = party[1]!.replace(/['’]s$/, "");
  return lookUpCountry(words)?.country;
}

/** "who did the Ivory Coast delegation meet", "whom will Veldia's envoys see": the party's country words. */
const ASKING_PARTY = /^\s*who(?:m)?\s+(?:did|does|do|will|would|had|has)\s+(?:the\s+)?((?:\p{L}+\s+){0,2}?\p{L}+?(?:['’]s)?)\s+(?:delegation|side|team|mission|envoys?|ministers?|officials?|visitors?|guests?|parliamentarians|lawmakers|legislators|mps)\b/iu;

/** A question in the perfect ("how long has A served", "have they been"), which "since 2019" answers. */
const PERFECT = /\b(?:has|have|had|hasn't|haven't)\b/i;

/** Whether the person a span names is, as far as the index knows, of another country than the side asked. */
function ofAnotherSide(q: Question, s: Sentence, span: Span, country: string): boolean {
  const countries = spanCountries(q, s, span);
  if (countries.length > 0) return !countries.includes(country);
  // "Prime Minister A and the Veldian delegation travelling with him landed …" for "who led Orvane's delegation": one of no known
  // country in a sentence that names other countries but never the one asked is no head of its party (heldout116 1091)
  // (named as a country or a people, not by a city: "The Kingdom's ambassador in Tarsk" names no party but the Kingdom's)
  const named = findCountries(s.text).filter((c) => c.kind !== "city").map((c) => c.country);
  if (named.length > 0 && !named.includes(country)) return true;
  // "… was signed for Orvane by A", "on behalf of Orvane, A", "Orvane's team was headed by A", "an Orvanian delegation led by
  // A": the side the sentence gives them
  const before = s.text.slice(Math.max(0, span.start - 80), span.start);
  const side = SIGNED_FOR.exec(before)?.[1] ?? PARTY_HEADED.exec(before)?.[1];
  const theirs = side ? lookUpCountry(side)?.country : undefined;
  return theirs !== undefined && theirs !== country;
}

/**
 * The country of the party a question asks the head of ("who headed the Veldian delegation"): a sentence tells who, or a
 * meeting of someone of that country; never the meetings held in that country.
 * @example partyAsked("who led the veldian delegation") // "Veldia"
 */
export const partyAsked = (text: string): string | undefined => (PARTY_LED.test(text) ? answerSide(text) : undefined);

/** Whether the person a span names is, as far as the index knows, of the country given. */
const ofSide = (q: Question, s: Sentence, span: Span, country: string): boolean => spanCountries(q, s, span).includes(country);

/** "which ministers …", "what envoys …": a plural post asked for, as a matcher of the posts of those answering. */
export function pluralPostAsked(text: string): OfficeMatcher | undefined {
  const words = text.trim().split(/[^\p{L}'’-]+/u).map((w) => fold(w));
  if (words[0] !== "which" && words[0] !== "what") return undefined;
  const title: string[] = [];
  for (const w of words.slice(1)) {
    if (!isOfficeWord(w)) break;
    title.push(w);
  }
  const head = title.at(-1);
  if (!head || !isPluralOffice(head) || !isTitleHead(head)) return undefined;
  return officeMatcher(title.flatMap(askedTitleWords));
}

/** The posts the index gives each of the sentence's people whose surname a span writes (see officePosts). */
export function spanPosts(q: Question, s: Sentence, span: Span): string[][][] {
  return spanPeople(q, s, span).flatMap((id) => (q.knowledge.people.get(id)?.offices ?? []).map((o) => officePosts(o.title, o.organisation)));
}

/** The sentence's people whose surname a span writes. */
function spanPeople(q: Question, s: Sentence, span: Span): string[] {
  const text = s.text.slice(span.start, span.end);
  return s.people.filter((id) => text.includes(q.knowledge.people.get(id)?.surname ?? "\u0000"));
}

/** The countries the index knows of the sentence's people whose surname a span writes. */
function spanCountries(q: Question, s: Sentence, span: Span): string[] {
  return spanPeople(q, s, span).flatMap((id) => [...(q.knowledge.countriesOf.get(id) ?? [])]);
}

/** The side a signatory signed for, just before the name ("signed for Orvane by", "on behalf of Orvane,"). */
const SIGNED_FOR = /\b(?:for|on behalf of)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s*(?:by|,)\s+(?:\p{L}+\s+){0,8}$/u;

/** The party a sentence says a person led, just before the name: "Orvane's 12-member team was headed by", "an Orvanian delegation led by Minister". */
const PARTY_HEADED = /\b(\p{Lu}[\p{L}'’-]*?)(?:['’]s)?\s+(?:[\p{L}\p{N}-]+\s+){0,2}(?:delegation|team|side)\s+(?:(?:was|is|will\s+be)\s+)?(?:led|headed)\s+by\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,5}$/u;

/** Holders of an office a question names past which their names are not kept out of the answer (a bound on the work). */
const MANY_HOLDERS = 40;

/** Words for the sides of a meeting that name none of them ("the two sides", "both delegations"). */
const GENERIC_SIDES = new Set(["two", "both", "side", "sides", "delegation", "delegations", "countries", "country", "parties", "leaders", "officials", "bilateral"]);

/** A locative preposition just before a span ("in Tokyo", "at the APEC Haus in Port Moresby"). */
const LOCATIVE = /\b(in|at|to|near)\s+(the\s+)?$/i;
/** "from" just before a span: where a trip came from ("flying in from Tarsk"). */
const CAME_FROM = /\bfrom\s+(the\s+)?$/i;

/** Words that pick one event among several ("the previous dialogue", "their next meeting"): the evidence must hold them. */
const QUALIFIERS = new Set(["previous", "next", "last", "first", "earlier", "later", "former", "new", "second", "third", "upcoming", "latest", "recent"]);

/** A dateline opening a sentence: a place in capitals, its day, a dash ("TAIPEI, Aug. 15 –", "ADDIS ABABA, 3 May (Agency) —"). */
const DATELINE_HEAD = /^\p{Lu}[\p{Lu} .'’-]{2,},[^–—]{1,40}?\s[–—-]\s/u;

/** A sentence that denies what it tells ("not", "never"; not "not only … but", "not least": those add, they deny nothing). */
const NEGATION = /\b(not(?!\s+(?:only|least|just|merely)\b)|never|no longer|neither|nor)\b|n't\b/i;
const FUTURE_SENTENCE = /\b(will|shall|to be|due|scheduled|expected|planned|plans?|next|upcoming|forthcoming|later this|later today|to come|tomorrow|tonight|this evening)\b/i;

/** Lemmas (stemmed) of the words in a span or question, folded. */
const wordsOf = (text: string): Set<string> => new Set(nameTokens(text));

/**
 * Whether a sentence, or the one before it in its article, names every person the question names (by id or by the surname as written).
 * @example holdsPeople(q, sentence) // true when each person asked about is in it
 */
export function holdsPeople(q: Question, s: Sentence): boolean {
  const before = q.knowledge.retrieval.sentences[s.id - 1];
  const context = before && before.id === s.id - 1 && before.article === s.article ? [s, before] : [s];
  return q.links.people.every((m) => m.ids.some((id) => context.some((c) => c.people.includes(id) || c.text.includes(q.knowledge.people.get(id)?.surname ?? "\u0000"))));
}

/** A pronoun that may stand for a traveller the sentence does not name: "he", "his party" (a word of their post is the other way). */
const TRAVELLER_WORDS = /\b(?:he|she|him|his|her|they)\b/i;

/**
 * Whether a sentence of the one person asked's article tells of them without their name ("The secretary of state is due to travel
 * on to Orvane", "after which he and his party travel on to Tarsk", "the visiting Minister will travel to Tarsk"): it names no one
 * else, and holds a pronoun or a word of one of their posts. Only for where a trip goes next, which the travel words then tell.
 */
function refersToTraveller(q: Question, s: Sentence): boolean {
  const [asked, ...more] = q.links.people;
  if (!asked || more.length > 0 || asked.ids.length !== 1 || s.people.some((id) => id !== asked.ids[0])) return false;
  const person = q.knowledge.people.get(asked.ids[0]!);
  if (!person?.articles.includes(s.article)) return false;
  if (TRAVELLER_WORDS.test(s.text)) return true;
  const words = new Set(s.text.toLowerCase().split(/[^\p{L}]+/u));
  return person.offices.some((o) => o.title.toLowerCase().split(/\s+/).some((w) => w.length > 3 && isOfficeWord(w) && words.has(w)));
}

/**
 * Whether a sentence may answer for every place the question puts its answer in: a sentence that
 * names places names the one asked, else its article does ("who met Xi in Hanoi" is not answered
 * from a sentence set in Beijing, nor from an article that never names Hanoi).
 * @example holdsPlaces(q, sentence, ["kathmandu"]) // false for "… in Colombo"
 */
function holdsPlaces(q: Question, s: Sentence, asked: string[]): boolean {
  if (asked.length === 0) return true;
  // a sentence set in a place of its own ("… in Colombo") answers only for that place
  // (a venue lies in some town: "received at Tarsk International Airport" may be in the city asked)
  const own = (s.spans ?? []).filter((x) => x.type === "place").map((x) => s.text.slice(x.start, x.end)).filter((p) => !isDemonym(p) && !VENUE_HEADS.test(fold(p.split(/\s+/).at(-1) ?? "")));
  // (or names the place asked among them: "to the presidential palace in Tarsk")
  const said = fold(s.text);
  if (own.length && !asked.every((p) => own.some((o) => fold(o).includes(p)) || said.includes(p))) return false;
  // else its article must name the place (title, dateline or text)
  const article = q.knowledge.articles.get(s.article);
  const text = fold(`${article?.title ?? ""} ${article?.dateline?.place ?? ""} ${article?.body ?? ""}`);
  return asked.every((p) => text.includes(p));
}

/**
 * Whether the sentence's article concerns every country the question names; a country asked as where ("who did A meet in
 * Veldia") only in a sentence that names it, or sets itself in none of its own places, or in one of that country's.
 */
function holdsCountries(q: Question, s: Sentence): boolean {
  if (!q.links.countries.every((c) => s.countries.includes(c) || q.knowledge.countryArticles.get(c)?.has(s.article))) return false;
  const where = q.links.inCountries.filter((c) => !s.countries.includes(c));
  if (where.length === 0) return true;
  // ("On Thursday A was in Orvel, where B met him" answers no "in Veldia" when Orvel is another country's city)
  const own = (s.spans ?? []).filter((x) => x.type === "place").map((x) => s.text.slice(x.start, x.end)).filter((p) => !isDemonym(p) && !VENUE_HEADS.test(fold(p.split(/\s+/).at(-1) ?? "")));
  return own.every((p) => { const of = countryOfCity(p) ?? lookUpCountry(p)?.country; return of === undefined || where.includes(of); });
}

/** "according to": the words a question cites its source with. */
const ATTRIBUTION = /\baccording\s+to\b/i;

/** The question's key terms: its content terms less names, countries and the words of its form. */
function keyTerms(q: Question, expected: ExpectedAnswer): string[] {
  // (and the place a trip is asked before or after: "where did A go after Tarsk" is not about Tarsk)
  // (nor the names it gives, as their terms are stemmed: "Orvane" is "orvan")
  const countryWords = new Set([...q.links.countries, ...passedPlaces(q.text), ...q.links.people.filter((m) => !m.byOffice).map((m) => m.text)].flatMap((c) => contentTerms(c)));
  const form = new Set([...expected.formWords.map(stem), ...contentTerms(expected.formWords.join(" "))]);
  // the head noun as the question misspells it ("which anniversery")
  const misspelt = (t: string) => t.length >= 7 && expected.formWords.some((w) => w.length >= 7 && editDistance(w, t) <= 2);
  // ("according to the ministry": whom the question cites, not a word of the answer; its stem is an agreement's "accord")
  const cited = ATTRIBUTION.test(q.text) ? stem("according") : undefined;
  // (nor a shorthand the question names a linked holder's office by, which no article writes for it: "the Veldian fm")
  const shorthand = new Set(q.links.people.filter((m) => m.byOffice).flatMap((m) => fold(m.text).split(/\s+/)).filter((w) => askedOfficeWord(w) !== w).map(stem));
  return [...new Set(q.terms)].filter((t) => /[\p{L}\p{N}]{2}/u.test(t) && t !== cited && !q.knowledge.nameWords.has(t) && !lookUpCountry(t) && !countryWords.has(t) && !FORM_TERMS.has(t) && !form.has(t) && !misspelt(t) && !shorthand.has(t));
}

/**
 * Whether a question asks how long a contact of the people it names went on ("how long did A and B talk", "… did their
 * meeting last"): its length in minutes or hours, however the sentence tells the contact ("held a video conference …
 * lasting roughly 45 minutes"). Not a visit's or a term's length, which runs in days or years.
 */
function asksContactLength(q: Question, expected: ExpectedAnswer): boolean {
  // ("how long did the call last", "… the talks": a contact named with no one's name asks the same)
  return expected.types.every((t) => t === "duration") && (q.links.people.length > 0 || CONTACT_ASKED.test(q.text)) && !STAY_OR_TERM.test(q.text);
}

/** Words of a question asking the length of a stay or a term, not of a contact. */
/** A contact a question names as its subject ("the call", "their talks", "the meeting", "the ministry's consultations"). */
const CONTACT_ASKED = /\b(?:the|their|that|this)\s+(?:(?:phone|telephone|video|bilateral|private|first|foreign|office|secretary-level|ministerial|political)\s+){0,3}(?:call|meeting|talks|conversation|audience|tete-a-tete|consultations|negotiations|dialogue)\b/i;
// ("in office", "held office"; not "the foreign office talks")
const STAY_OR_TERM = /\b(?:visits?|trips?|tours?|stays?|missions?|terms?|tenure|posting|serve[ds]?|serving|(?:in|took|taken|taking|left|leaving|holds?|held|holding)\s+office|been)\b/i;

/**
 * A count of times written with its noun: "three times", "the eighth time", "on four occasions"; an ordinal of the contact itself,
 * "their fifth meeting", "the third visit".
 */
const TIMES_AFTER = /^[\p{L}\d-]+(?:\s+[\p{L}\d-]+)?\s+(?:times?|occasions?)\b|^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\s+(?:[\p{L}-]+\s+)?(?:meeting|encounter|visit|trip|audience|call|round)s?\b/iu;

/** A length a contact runs: minutes or hours ("about 45 minutes", "an hour", "half an hour", "two and a half hours"). */
const CONTACT_UNITS = /\b(?:minutes?|hours?)\b/i;

/** Words for how long something went on: "last", "lasted", "ran" ("the talks ran for an hour"). */
const LASTING = new Set(["last", "run", "ran", "go", "went", "continu"].map(stem));

/** Terms of a contact as a sentence may tell it otherwise than the question ("talk" for "held a video conference"). */
const CONTACT_KIN = new Set([...CONTACT_TERMS, stem("conference"), stem("conversation"), stem("session")]);

/**
 * Whether a sentence holds a key term, or, for the length of a contact, tells a contact in words of its own: "how long did A and B
 * talk" is answered by "A held a video conference with B …, lasting roughly 45 minutes".
 */
function holdsAsked(bag: Record<string, number>, term: string, text: string, contactLength: boolean): boolean {
  if (holdsKey(bag, term, text)) return true;
  return contactLength && (CONTACT_KIN.has(term) || MEETING_TERMS.has(term) || LASTING.has(term)) && Object.keys(bag).some((t) => CONTACT_KIN.has(t));
}

/** The spans of the sentence that may answer: of the expected type, not words of the question. */
function candidates(s: Sentence, expected: ExpectedAnswer, asked: Set<string>, named: Set<string>, keys: string[] = []): Span[] {
  const kept = spansOf(s, expected, asked, named, keys);
  // "how many envoys": "twenty-one envoys" before "seventeen ambassadors", a count of the word asked before one of its kin
  const exact = expected.counts ? kept.filter((span) => span.type === "number" && countsThing(s.text, span, expected.counts!, true)) : [];
  return exact.length ? exact : kept;
}

function spansOf(s: Sentence, expected: ExpectedAnswer, asked: Set<string>, named: Set<string>, keys: string[]): Span[] {
  return (s.spans ?? []).filter((span) => {
    if (!expected.types.includes(span.type)) return false;
    const text = s.text.slice(span.start, span.end);
    const words = [...wordsOf(text)];
    if (words.length === 0 || words.every((w) => asked.has(w))) return false;
    // a person, country or place the question names is not its answer ("Lipe Tasa" for "… to Tasa")
    const last = words.at(-1) ?? "";
    if ((span.type === "person" || span.type === "country" || span.type === "place") && asked.has(last) && last !== expected.head) return false;
    // nor is a person the question names by part of the name ("Tinven Nelo" for "… did Tinven meet")
    if (span.type === "person" && named.size && words.every((w) => w.length <= 2 || named.has(w))) return false;
    if (expected.head && !fold(text).includes(expected.head)) return false;
    if (expected.year && !/\b\d{4}\b/.test(text)) return false;
    if (expected.since && !/\bsince\s+(?:the\s+)?$/i.test(s.text.slice(0, span.start)) && !/^since\b/i.test(text)) return false;
    // "on what date": "later this month" does not answer it
    if (expected.day && !/\b\d{1,2}(?:st|nd|rd|th)?\b|\b(?:yesterday|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i.test(text)) return false;
    if (expected.amount && !isAmount(s.text, span, expected, keys)) return false;
    if ((span.type === "place" || span.type === "country") && expected.types[0] === "place") {
      const before = s.text.slice(0, span.start);
      // a place answers "where" when the sentence puts something there: "in Tokyo", "at APEC Haus"
      if (!expected.head && !(expected.origin ? CAME_FROM : LOCATIVE).test(before)) return false;
      // (nor a people's adjective, unless it names a capital: "in the Veldian capital" answers with the capital)
      if (isDemonym(text) && !capitalNamed(s, span)) return false;
      // (not the country of an office: "the ambassador to Orvane" was not in Orvane)
      if (ACCREDITED_TO.test(before)) return false;
      // (nor a venue for "in which city": "at Government House" names no city; heldout19 r612)
      if (asksForCity(expected) && VENUE_HEADS.test(fold(text.split(/\s+/).at(-1) ?? ""))) return false;
    }
    // "the two countries", "the three leaders": the people or countries spoken of, not a count of them
    if (span.type === "number" && /\bthe\s+$/i.test(s.text.slice(0, span.start)) && /^\p{L}+$/u.test(text)) return false;
    if (expected.counts && span.type === "number") return countsThing(s.text, span, expected.counts);
    if (span.type === "duration" && !isLength(s.text, span)) return false;
    // "Tuesday's inauguration": a date that owns another event is no date of the one asked
    if (span.type === "date" && /^['’]s\b/.test(s.text.slice(span.end))) return false;
    // "TAIPEI, Aug. 15 – …": the dateline's day is when the story was filed, not when what it tells happened
    if (span.type === "date" && (DATELINE_HEAD.exec(s.text)?.[0].length ?? 0) >= span.end) return false;
    // "the December 2022 general election": a date that names another event is no date of the one asked
    if (span.type === "date" && ATTRIBUTIVE_BEFORE.test(s.text.slice(0, span.start)) && ATTRIBUTIVE_AFTER.test(s.text.slice(span.end))) return false;
    return true;
  });
}

/** The capital a people's adjective names with the word after it ("the Veldian capital" → Tarsk), if the span is one. */
function capitalNamed(s: Sentence, span: Span): string | undefined {
  if (span.type !== "place" && span.type !== "country") return undefined;
  return /^\s+capital\b/i.test(s.text.slice(span.end)) ? capitalOf(s.text.slice(span.start, span.end)) : undefined;
}

/** "The Veldian capital", "the Orvanian capital": a capital a sentence names by its country's demonym (of one or two words; see capitalNamed for a span read as a place). */
const CAPITAL_DESCRIBED = /\bthe\s+(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)\s+capital\b/gu;

/**
 * The capitals a sentence names by their country's demonym, folded ("… flew into the Veldian capital" → ["tarsk"]).
 * @example capitalsDescribed("She landed in the Finnish capital.") // ["helsinki"]
 */
function capitalsDescribed(text: string): string[] {
  return [...text.matchAll(CAPITAL_DESCRIBED)].flatMap((m) => {
    const city = capitalOf(m[1]!);
    return city ? [fold(city)] : [];
  });
}

/** An envoy's title before the country or city it is accredited to ("ambassador to", "High Commissioner in", "Ambassador of Orvane to"). */
const ACCREDITED_TO = /\b(ambassadors?|envoys?|consul(?:-general)?|commissioners?|representatives?|delegates?|nuncio|chargé d'affaires)\s+(?:\p{L}+\s+|of\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){1,5})?(?:to|in)\s+(?:the\s+)?$/iu;

/** Words before a place that set a planned event there ("to be held in Tarsk", "will take place in"). */
const PLANNED_AT = /\b(to be held|will be held|will take place|to take place|is due to|are due to|scheduled|planned|will meet|will visit|to visit)\b[^.;:]*$/i;

/** A date written as a noun's modifier: after an article or possessive … */
const ATTRIBUTIVE_BEFORE = /\b(the|a|an|its|their|his|her)\s+$/i;
/** … and before the noun it modifies ("the 2022 general election", not "the 5th of May"). */
const ATTRIBUTIVE_AFTER = /^\s+(?!(of|and|or|to|in|at|on|when|with|by|for|that|which|as|was|is|were|are)\b)\p{Ll}/u;

/** A count in a duration ("110 minutes", "two hours", "an hour", "half a day"). */
const COUNTED = /\d|\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred|half|quarter|couple|several|few)\b/i;

/**
 * Whether a duration says how long something lasted: a count of a unit ("110 minutes", "an
 * hour"), never a unit alone ("years of positive experience", "only weeks after the two met") nor
 * a lapse before or after another event ("three weeks after", "two years ago").
 * @example isLength("The call lasted 40 minutes.", span) // true
 */
function isLength(text: string, span: Span): boolean {
  return COUNTED.test(text.slice(span.start, span.end)) && !/^\s*(after|before|ago|later|earlier|since|from now)\b/i.test(text.slice(span.end));
}

/** Units, currencies and scales that make a number an amount ("US$1.77 billion", "12 per cent", "40,000 tonnes"). */
const UNIT = /^(?:[\p{Sc}]|US\$|RM|Rs\.?|€|£)|\b(million|billion|trillion|thousand|hundred|per ?cent|percent|%|dollars?|euros?|pounds|yuan|yen|rupees?|ringgit|riyals?|dirhams?|francs?|pesos?|kina|tonnes?|tons?|barrels?|kilo(?:metre|meter|gram|watt)s?|km|kg|hectares?|acres?|(?:mega|giga)watts?|MW|GW|metres?|meters?|miles?|[A-Z]{3})\b/u;

/** What "how much" asks in money or goods: trade, investment, aid, a loan. */
const MONEY_TERMS = new Set(["trade", "invest", "investment", "aid", "loan", "grant", "fund", "funding", "budget", "cost", "export", "import", "turnover"].map(stem));
/** Units of length or area, which measure no money nor goods. */
const MEASURES = /\b(?:kilo(?:metre|meter)s?|km|metres?|meters?|miles?|hectares?|acres?|square)\b|-(?:kilo(?:metre|meter)|km|metre|meter|mile)\b/i;

/**
 * Whether a number is an amount of what "how much" asks: a figure with a unit, currency, scale or
 * percentage ("RM7.53 billion", "12%"), never a count of something else ("About 20 agreements") nor
 * a name that holds digits ("G20"); "how big is the delegation" is answered by a count of it too ("a 65-member delegation").
 */
function isAmount(text: string, span: Span, expected: ExpectedAnswer, keys: string[]): boolean {
  const value = text.slice(span.start, span.end);
  if (!/\d|\b(million|billion|trillion|thousand|per ?cent)\b/i.test(value) || /\p{L}$/u.test(text.slice(0, span.start)) || /^\p{L}+\d/u.test(value)) return false;
  const after = text.slice(span.end, span.end + 24);
  const next = after.split(/\s+/).slice(0, 3).join(" ");
  // ("how much trade": money or goods, never a length or an area, "the 760-kilometre border")
  if (keys.some((k) => MONEY_TERMS.has(k)) && MEASURES.test(`${value} ${next}`)) return false;
  if (/%/.test(value) || UNIT.test(value) || UNIT.test(next) || /^\s*%/.test(after) || /(^|\s)[\p{Sc}]$|(US\$|RM|Rs\.?)$/u.test(text.slice(0, span.start))) return true;
  // a size may be a count of the thing asked about ("how big is the delegation": "a 65-member delegation")
  return expected.formWords[1] !== "much" && keys.some((k) => countsThing(text, span, k));
}

/** Number words that open another count after a number's own noun. */
const NUMBER_WORDS = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|dozens?|hundreds?|several)$/i;

/** Whether a number counts the thing asked ("31 people", "three Ukrainian ports", "more than 60 countries"), or with `exact`, counts it in the question's own word. */
function countsThing(text: string, span: Span, thing: string, exact = false): boolean {
  const counts = (w: string) => (exact ? countsExactly(w, thing) : countsAs(w, thing));
  // "a three-way agreement" counts ways, not agreements; "a five-member delegation" counts members (not "twenty-one", a number)
  const compound = /^[\p{L}\d]+-(\p{L}+)$/u.exec(text.slice(span.start, span.end));
  if (compound && !NUMBER_WORDS.test(compound[1]!)) return counts(compound[1]!);
  // the thing after the number, past names and three words at most ("three Ukrainian Black Sea ports", "twenty-one newly accredited foreign envoys")
  let common = 0;
  // (an envoy's titles of more than one word count as one: "five new heads of mission")
  const after = asCounted(text.slice(span.end));
  // (a hyphenated noun is one word, or counts by its parts: "two co-presidents", "six Ambassadors-Designate")
  for (const w of after.split(/[^\p{L}\p{N}-]+/u).map((x) => x.replace(/^-+|-+$/g, "")).filter(Boolean).slice(0, 6)) {
    if (counts(w) || (w.includes("-") && w.split("-").some(counts))) return true;
    // "one agreement and five memoranda": the next number counts what follows it
    if (/^\d/.test(w) || NUMBER_WORDS.test(w)) break;
    if (!/^\p{Lu}/u.test(w) && ++common > 3) break;
  }
  // "the number of workers on the scheme from 19,500 to 38,000"
  const before = /\bnumber of\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\b[^.;:]*$/iu.exec(text.slice(Math.max(0, span.start - 120), span.start));
  return !!before && before[1]!.split(/\s+/).some(counts);
}

/** The unit a question asks a rate per ("per cubic metre", "per day"), as the words after an amount must give it, if any. */
function rateAsked(text: string): RegExp | undefined {
  const unit = /\bper\s+(?:cubic\s+|square\s+)?(\p{L}{2,})/iu.exec(text)?.[1];
  return unit ? new RegExp(String.raw`^[^.;]{0,30}?\b(?:per|a|an|each)\s+(?:cubic\s+|square\s+)?` + escapeRegExp(unit.replace(/e?s$/i, "").slice(0, 5)), "i") : undefined;
}

/** Whether an article writes a word of a name (its title or a sentence), as nameTokens gives it. */
function articleSays(q: Question, article: string, word: string): boolean {
  const title = q.knowledge.articles.get(article)?.title ?? "";
  return [title, ...(q.knowledge.lookups.articleSentences.get(article) ?? []).map((x) => x.text)].some((text) => nameTokens(text).includes(word));
}

/**
 * The thing a "how much" question asks the amount of, as stems ("how much budget support is Orvane giving" → ["budget",
 * "support"], "how big is the currency swap" → ["currency", "swap"]); none when the question names no thing ("how much does
 * Veldia owe").
 */
function amountAsked(text: string): string[] {
  const thing = AMOUNT_ASKED.exec(text)?.[1];
  return thing ? thing.split(/\s+/).map((w) => stem(fold(w))) : [];
}

/** "how much <thing> did|is …", "how big is the <thing>": the thing, up to three words. */
const AMOUNT_ASKED = /^\s*how\s+(?:much|big|large)\s+(?:(?:is|was|are|were)\s+(?:the|a|an|this|that)\s+)?((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s*(?:\b(?:is|was|are|were|did|does|do|will|would|has|have|had)\b|\??\s*$)/iu;

/**
 * Whether a sentence ties an amount to the thing asked: "€80 million in budget support", "a $300 million currency swap",
 * "a grant of $20 million", "pre-financing worth 90 million euros".
 */
function amountTiedTo(text: string, span: Span, thing: string[]): boolean {
  // (a share is no amount of the thing: "some 60 percent of its water" for "how much water does the reservoir hold")
  if (/%|\bper\s?cent\b|\bpercent\b/i.test(text.slice(span.start, span.end + 9))) return false;
  const stems = (words: string): string[] => words.split(/[^\p{L}-]+/u).filter(Boolean).map((w) => stem(fold(w)));
  const names = (words: string[]): boolean => thing.every((t) => words.includes(t));
  // after: "€80 million in budget support", "$300 million currency swap", "90 million euros of pre-financing"
  const after = /^\s*(?:(?:dollars?|euros?|pounds|yuan|yen|rupees?)\s+)?(?:(?:in|of|for)\s+)?((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/iu.exec(text.slice(span.end))?.[1];
  if (after && names(stems(after).slice(0, thing.length + 1))) return true;
  // before: "a grant of $20 million", "pre-financing worth 90 million", "budget support totalling €80 million"
  const before = /((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s+(?:of|worth|totall?ing|amounting\s+to)\s+(?:some\s+|about\s+|around\s+|up\s+to\s+|nearly\s+|almost\s+)?$/iu.exec(text.slice(Math.max(0, span.start - 80), span.start))?.[1];
  return !!before && names(stems(before).slice(-thing.length - 1));
}

/** The candidate nearest the question's words the sentence holds. */
function nearest(s: Sentence, spans: Span[], matched: string[]): Span {
  const folded = fold(s.text);
  const at = matched.flatMap((t) => {
    const i = folded.indexOf(t);
    return i >= 0 ? [i] : [];
  });
  if (at.length === 0) return spans[0]!;
  const distance = (span: Span) => Math.min(...at.map((i) => Math.abs(i - span.start)));
  return [...spans].sort((a, b) => distance(a) - distance(b))[0]!;
}

/** A time said by pointing back to one told before: "that day", "the same month", "that same week", "the next day", "the day before". */
const ANAPHORIC_TIME = /^(?:(?:that|(?:the |that )?same|the following|the next|the previous|the preceding)\s+(?:day|morning|afternoon|evening|night|week|month|year)|the day (?:before|after))$/i;

/** The span as the answer says it: a date resolved against the article ("Tuesday (4 May 2021)"). */
function spanText(s: Sentence, span: Span, article?: Article): string {
  const published = article?.published;
  const text = s.text.slice(span.start, span.end);
  const capital = capitalNamed(s, span);
  if (capital) return `${capital} (the ${text} capital)`;
  // "a five-day (visit)": the figure, without its article
  if (span.type !== "date") return text.replace(/^(a|an)\s+(?=\d|(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred)\b)/i, "");
  // (a day of the week the article's date did not resolve: resolved here)
  const known = s.dates?.find((d) => d.text === text || text.includes(d.text) || d.text.includes(text));
  const date = known && (known.day !== undefined || known.month !== undefined || known.year !== undefined) ? known : (weekdayDate(text, FUTURE_SENTENCE.test(s.text), published) ?? storyDayDate(text, published, article?.dateline?.date) ?? known);
  if (!date || date.basis === "explicit" || date.basis === "publication") return text;
  const resolved = formatDate(date);
  return fold(resolved).includes(fold(text)) ? resolved : `${text} (${resolved})`;
}

/**
 * "What did A <verb> …": the words after the verb in a sentence that holds the question's names and
 * key words, or undefined.
 * @example readAct(question)?.body[0] // { kind: "para", content: [{ bold: "a trade office in Lima" }] }
 */
export function readAct(q: Question): Reply | undefined {
  // "what did A sign": a sentence where someone else signs tells nothing of A's act
  const act = askedAct(q.text)?.verb;
  // (asked of countries alone, a sentence telling only of people of neither is another occasion's; asked of two people, one naming another with one of them is another pair's)
  // ("what did they sign in Muscat": a sentence of an article that never names Muscat tells of another occasion)
  const passed = new Set(passedPlaces(q.text).map((p) => fold(p)));
  const places = q.links.places.map((p) => fold(p)).filter((p) => !passed.has(p));
  return readThing(q, (s) => holdsCountries(q, s) && holdsPeople(q, s) && holdsPlaces(q, s, places) && !doneByAnother(q, s, act) && !toldOfOthers(q, s) && !withAnother(q, s), keyTerms(q, { types: [], formWords: [], what: "" }));
}

/**
 * "What did A thank B for": the act read from a sentence that names A and, for B, names B or
 * refers to a person by a pronoun ("Valdo thanked him for coming"); undefined for any other form.
 * @example readActOf(question)?.body[0] // { kind: "para", content: [{ bold: "coming to the Palace" }] }
 */
export function readActOf(q: Question): Reply | undefined {
  const act = askedAct(q.text);
  const [subject, ...others] = q.links.people;
  if (!act || !(act.preposition || act.noun) || !subject || subject.ids.length > 3) return undefined;
  const names = (m: (typeof q.links.people)[number], s: Sentence) => m.ids.some((id) => s.people.includes(id) || s.text.includes(q.knowledge.people.get(id)?.surname ?? "\u0000"));
  const holds = (s: Sentence) => holdsCountries(q, s) && doerIs(q, s, subject.ids, act.noun ?? act.verb) && others.every((m) => names(m, s) || /\b(him|her|them)\b/.test(s.text));
  // the people's offices ("the Malaysian FM") are not words the sentence must hold
  const keys = keyTerms(q, { types: [], formWords: [], what: "" }).filter((t) => !isOfficeWord(t));
  return readThing(q, holds, keys, passagesFor({ ...q, links: { ...q.links, people: [subject] } }));
}

/**
 * Reads the answer to a question from the sentences of the articles: the span of the type the
 * question expects, with its sentence as evidence. Undefined when the question's form asks for no
 * type the reader knows; a `missing` outcome when no sentence holds such a span.
 * @example readAnswer(question) // { kind: "reply", body: [{ kind: "para", content: [{ bold: "30 minutes" }] }, { kind: "quote", … }], … }
 */
export function readAnswer(q: Question): Outcome | undefined {
  const expected = expectedAnswer(q.text);
  if (!expected) return via(readWhy(q), "why") ?? via(readWhose(q), "whose") ?? via(readKind(q), "kind") ?? via(readAct(q), "act");
  const destination = expected.types[0] === "place" && DESTINATION_ASKED.test(q.text);
  // ("where will A go next": the onward words of the sentence tell the going, "travel on to", "takes him on to")
  const keys = keyTerms(q, expected).filter((t) => !(destination && GOING.has(t)));
  const contactLength = asksContactLength(q, expected);
  // "how much was trade in 2022": a sentence telling a figure holds the year asked when one of its dates is in it, written "last year" or not (see fitsAskedDate)
  const askedYears = new Set(q.links.dates.flatMap((d) => (d.year === undefined ? [] : [String(d.year)])));
  const asked = wordsOf(q.text);
  // the name words of the people the question names (each spelling), whom a span of a person must not repeat
  // (and the one holder of an office that does the act: "who did the Ghanaian minister meet" is not answered by her)
  // (and the holder of an office the question names, unless it asks who holds it: "who met the Veldian
  // president" is not answered by the president, "who is the Veldian president" is)
  const holds = /^\s*who\s+(is|was|are|were|'s)\b/i.test(q.text);
  // ("which Veldian president did Varan meet": the office's holders are the answer, the one the sentence titles so)
  const office = expected.types[0] === "person" ? askedOffice(q) : undefined;
  // ("which ministers …", "which envoys …" with no holder linked: the post every person answering must hold)
  const plural = expected.types[0] === "person" && !office ? pluralPostAsked(q.text) : undefined;
  const namedWords = new Set(q.links.people.filter((m) => (m.byOffice ? !holds && !office && m.ids.length <= MANY_HOLDERS : m.ids.length <= 3)).flatMap((m) => m.ids.flatMap((id) => (q.knowledge.people.get(id)?.names ?? []).flatMap(nameTokens))));
  // the sentences holding most of the key words first, then by BM25
  const own = (p: Passage) => keys.filter((t) => holdsKey(bagOf(q, p.sentence.id, p.sentence.article), t, p.sentence.text)).length;
  // (an office every minister of the articles holds names no one: "the foreign ministers' meeting")
  const linked = namesSomeone(q.links);
  // a follow-up that names nothing ("how long did the call last?") reads the articles of the conversation's focus
  const focused = linked ? [] : focusArticles(q);
  const named = linked || focused.length > 0;
  const passages = (focused.length ? bestInArticles(q.knowledge.retrieval, q.knowledge.lookups.articleSentences, focused, [...new Set(q.terms)], new Set(), ARTICLE_SENTENCES) : passagesFor(q))
    .map((p) => ({ p, own: own(p) }))
    .sort((a, b) => b.own - a.own || b.p.score - a.p.score)
    .map((x) => x.p);
  // a question with nothing to look for but meetings ("where was the meeting held") leans on a
  // conversation the reader does not have
  // (nor "how long did the foreign ministers' meeting last": titles and "the two sides" name no meeting either)
  const roles = new Set([...wordsOf(q.text)].filter((w) => isOfficeWord(w) || GENERIC_SIDES.has(w)).map(stem));
  if (!named && keys.every((t) => MEETING_TERMS.has(t) || roles.has(t))) return missing(`I could not tell which meeting you mean.`);
  const { qualifiers, tense } = questionWords(q.text);
  // the words that pin the event: "previous", "11th", "2022" (not a word of a country or place the question names: "Papua New Guinea")
  const namedPlaceWords = new Set([...q.links.countries, ...q.links.places, ...passedPlaces(q.text)].flatMap((c) => fold(c).split(/[^\p{L}\p{N}]+/u).map(stem)));
  const pins = qualifiers.filter((t) => !namedPlaceWords.has(t));
  // "who did she replace": the answer is the object of the act, which only a sentence telling the act relates to her
  // "who did she replace": the act, which the sentence naming the answer must tell
  const askedActs = otherActs(q.text, q.links.people.map((m) => m.text));
  // the acts of the question among its key terms, which a sentence read only as the one after its words must tell
  const verbs = askedActs.filter((t) => keys.includes(t));
  const acts = expected.types[0] === "person" && /^\s*who(m)?\s+(did|does|do|will|would|had|has)\b/i.test(q.text) ? verbs : [];
  // "how many people died": people are counted for many acts ("7,000 people had been detained"), so the sentence with the number tells the one asked
  const countedActs = expected.counts && countsAs("people", expected.counts) ? verbs : [];
  // "who signed the memorandum": a sentence that tells the act in the passive with no doer ("X said it would be signed") names none
  // "when did A arrive": the sentence itself tells the arrival ("flew in on Sunday"), not only its neighbour
  const movements = askedActs.filter((t) => [...MOVEMENTS].some((m) => stem(m) === t));
  // "where is A based": the sentence says where A lives ("is resident in"), not only where A came
  const dwelling = keys.filter((t) => DWELLING.has(t));
  // "who met A", "who did A call": a person answers only from a sentence that tells a contact
  const contact = expected.types[0] === "person" && contactActs(q.text).length > 0;
  // ("who did A meet", A a person the question names: not "who met A", where the one who does the contact answers)
  const counterpartAsked = contact && /^\s*who(m)?\s+(did|does|do|will|would|had|has|(is|was|are|were)\s.*\b(expected|due|scheduled|set|going|planning)\s+to)\b/i.test(q.text) && !/\bby\s*\??\s*$/i.test(q.text) && q.links.people.length > 0 && !q.links.people[0]!.byOffice;
  const doerActs = expected.types[0] === "person" && /^\s*who\s+(?!(did|does|do|is|was|are|were)\b)/i.test(q.text) ? verbs : [];
  // "who signed on the Veldian side", "which Veldian official …": the person answering is of that country
  const side = expected.types[0] === "person" ? answerSide(q.text) : undefined;
  // "who did the Veldian delegation meet": none of its own people
  const asking = expected.types[0] === "person" && !side ? askingSide(q.text) : undefined;
  const numerals = nameTokens(q.text).filter((w) => /\d/.test(w));
  const pinned = (q.links.specifics ?? []).filter((x) => x.whole);
  // "where did A go before Tarsk": neither Tarsk nor the country it lies in is the answer; nor, asked "in Tarsk", its country
  const passed = passedPlaces(q.text);
  const around = new Set([...passed, ...q.links.places.flatMap((p) => countryOfCity(p) ?? [])].map((c) => fold(c).replace(/^the /, "")));
  // "which country did A visit": a trip goes abroad; A's own country ("… Veldia's links …" of a Veldian minister) is no stop of it
  const home = new Set(TRIP_ASKED.test(q.text) ? q.links.people.filter((m) => m.ids.length <= 3).flatMap((m) => m.ids.flatMap((id) => [...(q.knowledge.countriesOf.get(id) ?? [])])) : []);
  const ofHome = (text: string): boolean => home.size > 0 && home.has(lookUpCountry(text)?.country ?? "\u0000");
  // the places every answer must be in, read once ("where did A go after Tarsk": Tarsk is where the trip was before, not where the answer is)
  const passedFolded = new Set(passed.map((p) => fold(p)));
  const places = q.links.places.map((p) => fold(p)).filter((p) => !passedFolded.has(p));
  // the words of a place asked, held by a sentence that calls it its country's capital ("flew into the Veldian capital" for Tarsk)
  const placeWords = new Set(places.flatMap((p) => contentTerms(p)));
  const describedAs = (s: Sentence, t: string) => placeWords.has(t) && capitalsDescribed(s.text).some((c) => places.includes(c) && contentTerms(c).includes(t));
  const amountOf = expected.amount ? amountAsked(q.text) : [];
  const rate = expected.types[0] === "number" ? rateAsked(q.text) : undefined;
  let found: { s: Sentence; spans: Span[]; held: string[]; p: Passage; text: string; context?: string } | undefined;
  for (const p of passages) {
    const s = p.sentence;
    if (s.title || !holdsCountries(q, s) || !(holdsPeople(q, s) || (destination && refersToTraveller(q, s))) || !holdsPlaces(q, s, places) || aboutOtherPair(q, s)) continue;
    // the key words may be in the sentence before ("… won the bid to host the agency. Uganda scored 85.66%.")
    const before = bagOf(q, s.id - 1, s.article);
    const bag = bagOf(q, s.id, s.article);
    const previous = q.knowledge.retrieval.sentences[s.id - 1];
    const beforeText = previous?.article === s.article ? previous.text : "";
    const dated = askedYears.size > 0 && expected.types[0] === "number" && fitsAskedDate(q, s);
    // (the thing counted, said in another word of its kind: "five memoranda" for "how many MoUs")
    const saysCounted = (t: string): boolean => !!expected.counts && countsAs(t, expected.counts) && s.text.split(/[^\p{L}]+/u).some((w) => countsAs(w, expected.counts!));
    const held = keys.filter((t) => holdsAsked(bag, t, s.text, contactLength) || saysCounted(t) || holdsKey(before, t, beforeText, false) || (dated && askedYears.has(t)) || describedAs(s, t));
    // "how many agreements did A and B sign": a number of agreements in their article is the answer, however it tells the act ("put pen to paper on three agreements")
    // (yet a sentence holding none of the question's other words counts another thing: "how many Veldians were hurt" is not "1,500 Veldians study abroad")
    const counted = !!expected.counts && named && held.length >= Math.ceil((keys.length - 1) / 2) && candidates(s, expected, asked, namedWords, keys).some((span) => span.type === "number");
    // "how much budget support …": an amount the sentence ties to the thing asked ("€80 million in budget support") answers
    // however the sentence tells the rest ("Kelm is putting up …" for "is Orvane giving")
    const tied = amountOf.length > 0 ? candidates(s, expected, asked, namedWords, keys).filter((span) => span.type === "number" && amountTiedTo(s.text, span, amountOf)) : [];
    const bound = tied.length > 0;
    if (!counted && !bound && (keys.length === 0 ? !named : held.length < Math.max(1, Math.ceil(keys.length * MIN_COVERAGE)) || !keys.some((t) => holdsAsked(bag, t, s.text, contactLength)))) continue;
    // (a pin may be a word the sentence's terms leave out: "first")
    if (pins.some((t) => !holdsKey(bag, t, s.text, false) && !holdsKey(before, t, beforeText, false) && !saysWord(s.text, t) && !describedAs(s, t))) continue;
    // the act is told in the sentence that names its doer or object, not only the one before
    if ([...acts, ...movements, ...dwelling, ...countedActs].some((t) => !holdsKey(bag, t, s.text))) continue;
    // (only for a count: "how many people were hurt"; a place or a date of the sentence after is another event's as often as not)
    if (p.following && (!expected.counts || verbs.some((t) => !holdsKey(bag, t, s.text)))) continue;
    if (contact && !Object.keys(bag).some((t) => CONTACT_TERMS.has(t))) continue;
    const context = ` ${nameTokens(`${q.knowledge.retrieval.sentences[s.id - 1]?.article === s.article ? q.knowledge.retrieval.sentences[s.id - 1]!.text : ""} ${s.text}`).join(" ")} `;
    if (numerals.some((w) => !context.includes(` ${w} `) && !(dated && askedYears.has(w)))) continue;
    // "the sixth session", "the ECO summit": the sentence (or the one before) names that event, not another
    if (pinned.some((p) => !p.stems.some((w) => context.includes(` ${w} `)))) continue;
    // a name the articles write that the question gives and no link took: the evidence says it
    // (not the thing counted, which the articles may write as a name: "five MoUs" in a headline)
    // (for an amount tied to the thing asked, its article says it: "how much budget support is the EU giving": "The package
    // includes … €80 million in budget support" in a story on an EU deal)
    const says = (w: string): boolean => context.includes(` ${w} `) || (bound && articleSays(q, s.article, w));
    if (unlinkedWords(q.links, q.knowledge).some((w) => !says(w) && !(expected.counts && countsAs(w, expected.counts)))) continue;
    // "… was not among the officials who welcomed …" answers nothing
    // (a denial after the amount tied to the thing asked is of something else: "€80 million in budget support, which is not tied to …")
    if (NEGATION.test(bound ? s.text.slice(0, tied[0]!.start) : s.text)) continue;
    // (nor one that denies a contact with a person asked, "left without seeing B on August 3", nor one that takes the act or a
    // person asked from the sentence before when that one does, "… left without seeing B. A second team was sent in early August";
    // not after any denial: "had never before seen envoys hand over credentials on a screen. President B accepted the letters of
    // seven …", "'I could not go,' he said of B's swearing-in")
    const leansBack = held.some((t) => !holdsAsked(bag, t, s.text, contactLength)) || !q.links.people.every((m) => m.ids.some((id) => s.people.includes(id)));
    if (deniesContactWithAsked(q, s.text) || (leansBack && deniesContactWithAsked(q, beforeText))) continue;
    // ("who will A meet in Tarsk": a person met before is no answer either; only a sentence that tells a contact to come)
    if (tense === "future" && (expected.types.includes("date") || contact) && !FUTURE_SENTENCE.test(s.text)) continue;
    if (q.links.dates.length && !fitsAskedDate(q, s)) continue;
    const article = q.knowledge.articles.get(s.article);
    const published = article?.published;
    // "… for a farewell call today": a day said against a story that gives no day of its own answers no "when"
    const storyDayUntold = (span: Span): boolean => isStoryDay(s.text.slice(span.start, span.end)) && !storyDayDate(s.text.slice(span.start, span.end), published, article?.dateline?.date);
    // "rang La Moneda that day", "was held in Dhaka that same month": a time that points back to one told before answers no
    // "when" alone, unless the article's dates resolved it
    const pointsBack = (span: Span): boolean => {
      const said = s.text.slice(span.start, span.end);
      return ANAPHORIC_TIME.test(said) && !(s.dates ?? []).some((d) => (d.text === said || said.includes(d.text)) && (d.day !== undefined || d.month !== undefined));
    };
    const doerless = doerActs.some((act) => toldWithoutDoer(s, act));
    let spans = candidates(s, expected, asked, namedWords, keys).filter((span) => !(side && span.type === "person" && ofAnotherSide(q, s, span, side)) && !(asking && span.type === "person" && ofSide(q, s, span, asking))).filter((span) => (span.type !== "date" || (!storyDayUntold(span) && !pointsBack(span) && fitsTense(s, span, tense, published) && !(statedOn(s.text, span) && !SAYING_ASKED.test(q.text)) && !ofLaterClause(s.text, span, keys) && !namesAThing(s.text, span, q.text))) && !(span.type === "duration" && LENGTH_OF_STAY.test(s.text.slice(span.end)) && !STAY_ASKED.test(q.text)) && !(span.type === "person" && doerless) && !((span.type === "country" || span.type === "place") && around.has(fold(s.text.slice(span.start, span.end)).replace(/^the /, ""))) && !(span.type === "country" && ofHome(s.text.slice(span.start, span.end))) && !(span.type === "place" && places.includes(fold(capitalNamed(s, span) ?? s.text.slice(span.start, span.end)))) && !(tense === "past" && span.type === "place" && PLANNED_AT.test(s.text.slice(Math.max(0, span.start - 80), span.start))));
    // "what price per cubic metre", "how much gas per day": a rate, an amount the sentence gives per that unit ("$9 per cubic
    // metre", "20 million cubic metres a day"), not a total (heldout104 x961, check12 l109)
    if (rate) spans = spans.filter((span) => span.type !== "number" || rate.test(s.text.slice(span.end, span.end + 40)));
    // "how long did A and B talk": a length in minutes or hours, not "since 1991" or "30 years of progress"
    if (contactLength) spans = spans.filter((span) => span.type !== "duration" || CONTACT_UNITS.test(s.text.slice(span.start, span.end)));
    // "how long will the agreement last": "since 2011" tells how long a state has gone on, asked only as "since when" or "how long has …"
    if (!expected.since && !PERFECT.test(q.text)) spans = spans.filter((span) => span.type !== "duration" || !/^since\b/i.test(s.text.slice(span.start, span.end)));
    // "how many times has A been to Tarsk": a count of times ("three times", "the eighth time", "on four occasions"), not of other things ("four separate meetings")
    if (expected.what === "how many times") spans = spans.filter((span) => TIMES_AFTER.test(s.text.slice(span.start, span.end + 24)));
    // "who did A meet": the other side of the sentence's contact with A
    if (counterpartAsked) spans = spans.filter((span) => span.type !== "person" || !notCounterpart(q, s, span, CONTACT_TERMS));
    // ("which ministers travelled with A": a person answers only when the articles give them that post, heldout29 x167, heldout95 x901)
    if (plural) spans = spans.filter((span) => span.type !== "person" || spanPosts(q, s, span).some((posts) => plural.fits(posts)));
    const holders = office ? holdersIn(office, s, q) : [];
    if (office) spans = spans.filter((span) => span.type !== "person" || holders.some((name) => nameTokens(s.text.slice(span.start, span.end)).every((w) => name.includes(w))));
    if (spans.length === 0) continue;
    // "from 19,500 to 38,000": the figure reached
    const reached = spans.filter((span) => /\bto\s+$/.test(s.text.slice(0, span.start)) && /\bfrom\s+\S+\s+to\s+$/.test(s.text.slice(0, span.start)));
    // "where will A go next": the place the trip goes to ("… after which he flies on to Tarsk"), not where it stops on the way
    const onward = destination ? spans.filter((span) => ONWARD.test(s.text.slice(0, span.start))) : [];
    // "where will A go after Tarsk": only a place the trip goes on to, never one the sentence only sets something in
    if (onward.length === 0 && destination && passedDirection(q.text) === "after") continue;
    // ("€40 million to fight … and €80 million in budget support": the amount of the thing asked)
    const ownAmount = bound ? spans.filter((span) => tied.some((t) => t.start === span.start)) : [];
    const chosen = expected.many ? spans : [nearest(s, reached.length ? reached : onward.length ? onward : ownAmount.length ? ownAmount : spans, held)];
    const text = chosen.map((span) => fold(s.text.slice(span.start, span.end))).join("|");
    if (!found) {
      // ("The last session, the sixth, took place in Tarsk" after "… the Joint Commission …"): the sentence before that holds
      // words asked the answer's own does not is shown with it, the evidence the reply stands on
      const context = held.some((t) => !holdsAsked(bag, t, s.text, contactLength) && !saysCounted(t) && !describedAs(s, t)) ? beforeText : undefined;
      found = { s, spans: chosen, held, p, text, ...(context ? { context } : {}) };
      continue;
    }
    // another article's sentence, as good, with another answer: the question does not say which
    if (s.article !== found.s.article && held.length >= found.held.length && text !== found.text) return missing(`The articles give different answers; name a person, place or date to say which you mean.`);
    if (held.length < found.held.length) break;
  }
  if (found) return answerWith(found.s, found.spans, found.p, q.knowledge.articles.get(found.s.article), found.context);
  // "which anniversary did they mark": the thing named in full when no ordinal alone answers
  const kind = via(readKind(q), "kind");
  if (kind) return kind;
  // ("who did A pay tribute to": no "give who" — the person asked for is named nowhere)
  if (expected.what === "who") return missing(`The articles name no one who answers that${describe(q) ? ` ${describe(q).replace(/^for /, "about ")}` : ""}.`);
  return missing(`The articles don't give ${expected.what}${describe(q) ? ` ${describe(q)}` : ""}.`);
}

/** A question about a trip ("which country did A visit", "where did A fly next"). */
const TRIP_ASKED = /\b(?:visit\w*|travel\w*|tour\w*|trips?|went|go|goes|going|fl(?:y|ies|ew)|head(?:s|ed|ing)?)\b/i;

/** Words for one contact by voice: "how long did they talk on the phone" is answered by "the call lasted …". */
const VOICE = new Set(["call", "phone", "telephone", "talk", "conversation", "speak", "spoke"].map(stem));

/** The words for a call as a sentence writes them ("call" is a stop word of the term bags). */
const PHONE_WORDS = /\b(call|calls|called|phone\w*|telephon\w*)\b/i;
const VOICE_WORDS = /\b(call|calls|called|phone\w*|telephon\w*|talk|talks|talked|conversations?|spoke|speak\w*)\b/i;

/** Words of a question that ask for a call, which talks in person do not answer. */
const PHONE = new Set(["call", "phone", "telephone"].map(stem));

/** Whether a sentence's terms hold a key term: "talk" is held by a call, but "phone" only by a call. */
/** Whether a sentence writes a word (or a word it begins): "first" in "first met". */
const saysWord = (text: string, word: string): boolean => new RegExp(`\\b${escapeRegExp(word)}`, "i").test(fold(text));

function holdsKey(bag: Record<string, number>, term: string, text = "", lenient = true): boolean {
  if (PHONE.has(term)) return PHONE_WORDS.test(text);
  if ((bag[term] ?? 0) > 0) return true;
  if (spellsOut(text, term)) return true;
  // a word the question misspells by a letter ("adressing", "anniversery")
  if (lenient && term.length >= 5 && Object.keys(bag).some((k) => k[0] === term[0] && Math.abs(k.length - term.length) <= 1 && editDistance(k, term) <= 1)) return true;
  // "how many were hurt": "wounded", "injured"; "how many were killed": "dead", "died"
  if ([...(KEY_KIN.get(term) ?? [])].some((k) => (bag[k] ?? 0) > 0)) return true;
  if (term === ARRIVE) return ARRIVAL_WORDS.test(text) || REACHED_PLACE.test(text);
  if (SUCCESSION.has(term)) return SUCCESSION_WORDS.test(text);
  if (GO.has(term)) return ONWARD_WORDS.test(text);
  return VOICE.has(term) && VOICE_WORDS.test(text);
}

/**
 * Words a sentence tells harm to people with, one as good as another for the question's ("hurt" by
 * "wounded"); where people live ("home to"); a party's lead told by another verb or noun ("who led the Veldian delegation": "the
 * Veldian side is headed by Varan", "the team is led by Varan"); where an envoy lives ("based": "resident").
 */
const KEY_KIN = kinOf(
  [
    ["hurt", "injure", "injured", "wound", "wounded"],
    ["kill", "killed", "die", "died", "dead", "death"],
    ["lead", "led", "leads", "leading", "head", "heads", "headed", "heading"],
    ["delegation", "side", "team"],
    // "how many Veldians live in Orvane": "Orvane is home to some 80,000 Veldians", "a city home to 30% of its citizens"
    ["live", "lives", "living", "home"],
    // "where is the Veldian ambassador based": "the ambassador is resident in Tarsk"
    ["based", "resident", "reside", "resides", "residing"],
    // "who represented Veldia at the meeting": "Veldia sent X, who took part as an observer" (heldout116 1093, heldout78 x760)
    ["represent", "represents", "represented", "representing", "send", "sends", "sent"],
  ],
  stem,
);

/** Taking over another's post as a question asks it ("who did A replace", "who did A succeed"). */
const SUCCESSION = new Set(["replace", "succeed", "successor", "predecessor"].map(stem));
/** … and as a sentence tells it: "A takes over from B", "succeeds B", "replacing B", "B's successor", "her predecessor, B". */
const SUCCESSION_WORDS = /\b(?:replac(?:e|es|ed|ing)|succeed(?:s|ed|ing)?|successor|predecessor|(?:take|takes|took|taking|taken)\s+over\s+from)\b/i;

/** The words of where someone lives or is posted, as a question asks them ("based") and the sentence tells them ("resident"). */
const DWELLING = new Set(["based", "resident", "reside", "residing"].map(stem));

/** Going on from a place as a sentence writes it ("travel on to", "leaves for", "heads to", "flies on to", "proceeds to"). */
const GO = new Set(["go", "goes", "going", "went", "head", "travel"].map(stem));
const ONWARD_WORDS = /\b(?:go(?:es|ing)?|went|head(?:s|ed|ing)?|travel(?:s|led|ling|ed|ing)?|fl(?:y|ies|ew)|leav(?:e|es|ing)|left|proceed(?:s|ed|ing)?|continu(?:e|es|ed|ing)|move[sd]?\s+on)\s+(?:on\s+)?(?:to|for)\b/i;

/**
 * An arrival as a sentence writes it ("flew in on Sunday", "flew into the capital", "landed at the air
 * base", "touched down", "reached Tarsk", "began a three-day visit", "beginning his official visit", "at the start of a
 * two-day visit").
 */
const ARRIVE = stem("arrive");
/** "reached Tarsk", "reached the Orvanian capital": a place's capital letter, read without the "i" flag (under which \p{Lu} takes any letter: "reached an agreement"). */
const REACHED_PLACE = /\breach(?:ed|es)\s+(?:the\s+)?\p{Lu}/u;
const ARRIVAL_WORDS = /\b(arriv\w*|land(s|ed|ing)?|fl(?:ew|own|ies|y) in(?:to)?|touched down|touches down|(?:beg[ai]n(?:s|ning)?|start(?:s|ed|ing)?)\s+(?:a|an|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}visit|at\s+the\s+(?:start|beginning|outset)\s+of\s+(?:a|an|his|her|their|the)\s+(?:[\p{L}-]+\s+){0,3}(?:visit|stay|trip|tour))/iu;

/**
 * Whether a sentence writes out an acronym the question uses: "UNGA" is held by "the United Nations
 * General Assembly" (the initials of consecutive capitalised words, "of"/"the"/"and" skipped).
 * @example spellsOut("the 76th session of the United Nations General Assembly", "unga") // true
 */
function spellsOut(text: string, term: string): boolean {
  if (!/^[a-z]{3,6}$/.test(term)) return false;
  const words = text.split(/[^\p{L}]+/u).filter((w) => w && !/^(of|the|and|for|on)$/.test(w));
  for (let i = 0; i + term.length <= words.length; i++) {
    const run = words.slice(i, i + term.length);
    if (run.every((w, j) => /^\p{Lu}/u.test(w) && fold(w[0]!) === term[j])) return true;
  }
  return false;
}

/** Sentences read per question beyond those of the people's articles. */
const ARTICLE_SENTENCES = 60;

/**
 * The sentences to read: those the question's words retrieve, and, when it names people, every
 * sentence of the articles that mention them all (a figure is often told in a sentence that does
 * not repeat the names: "The call lasted 50 minutes.").
 */

function passagesFor(q: Question): Passage[] {
  const found = retrieve(q.text, q.knowledge.retrieval, READ);
  const mentions = q.links.people.filter((m) => m.ids.length <= 3);
  if (mentions.length < q.links.people.length || (mentions.length === 0 && q.links.countries.length === 0)) return withNext(q, found, found);
  const articles = sharedArticles(q, mentions);
  const terms = [...new Set(q.terms)];
  const seen = new Set(found.map((p) => p.sentence.id));
  const more = bestInArticles(q.knowledge.retrieval, q.knowledge.lookups.articleSentences, articles, terms, seen, ARTICLE_SENTENCES);
  return withNext(q, found, [...found, ...more]);
}

/**
 * The passages read, then the sentence after each one the question's words found when none is that sentence
 * ("… a gas blast at Tarsk harbour on Monday. The ministry said 41 people were injured."): the
 * figure may follow the sentence that holds the question's words, which the reader reads as its
 * sentence before.
 */
function withNext(q: Question, found: Passage[], read: Passage[]): Passage[] {
  const seen = new Set(read.map((p) => p.sentence.id));
  const following = found.flatMap((p) => {
    const next = q.knowledge.retrieval.sentences[p.sentence.id + 1];
    if (!next || next.article !== p.sentence.article || seen.has(next.id)) return [];
    seen.add(next.id);
    return [{ sentence: next, score: 0, matched: [], coverage: 0, following: true } satisfies Passage];
  });
  return [...read, ...following];
}

/**
 * The terms of a sentence of an article, with their BM25 weights ({} for none, or for a sentence of another article).
 * @example bagOf(q, s.id - 1, s.article) // the sentence before s, when it is of the same article
 */
export function bagOf(q: Question, id: number, article: string): Readonly<Record<string, number>> {
  const s = q.knowledge.retrieval.sentences[id];
  return s && s.id === id && s.article === article ? weightsAt(q.knowledge.retrieval, id) : {};
}

/** Whether the sentence (or the one before) states a date the question asks about ("earlier in June"). */
function fitsAskedDate(q: Question, s: Sentence): boolean {
  const before = q.knowledge.retrieval.sentences[s.id - 1];
  const dates = [...(s.dates ?? []), ...(before?.article === s.article ? (before.dates ?? []) : [])];
  return q.links.dates.some((asked) => dates.some((d) => dateFits(d, asked)));
}

/** The question's qualifiers ("previous"), as terms, and whether it asks about the past or the future. */
function questionWords(text: string): { qualifiers: string[]; tense?: "past" | "future" } {
  const { lemmas, values, tags } = parseText(text);
  // "how long did the call last": the verb, not "the last meeting"
  const qualifiers = lemmas.map((l) => fold(l)).filter((t, i) => QUALIFIERS.has(t) && tags[i] !== "VERB" && !(t === "last" && i === lemmas.length - 1 - (values.at(-1) === "?" ? 1 : 0))).map(stem);
  // (the tense as every answerer reads it: "when is A meeting B" asks about a plan)
  const tense = askedTense(text);
  return { qualifiers, ...(tense ? { tense } : {}) };
}

/** Verbs of stating: the day after them is the day of a statement ("a statement released on Friday"), not of what it tells. */
const STATED_ON = /\b(?:said|says|announced|released|issued|published|stated|confirmed|reported)\s+(?:on\s+|late\s+on\s+|early\s+on\s+)?$/i;

/** Questions that ask when something was said or announced, which the day of a statement answers. */
const SAYING_ASKED = /\b(?:say|said|announce\w*|release\w*|issue\w*|publish\w*|state\w*|confirm\w*|report\w*|statement)\b/i;

/** After a duration, the stay it measures ("a two-day official trip"), which is no length of a meeting. */
const LENGTH_OF_STAY = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:visit|trip|tour|stay|mission)s?\b/iu;

/** Questions about the length of a stay, which that answers. */
const STAY_ASKED = /\b(?:visit\w*|trip|tour|stay\w*|mission)\b/i;

/** Whether a date span is the day of a statement ("… according to a statement released on Friday"). */
const statedOn = (text: string, span: Span): boolean => STATED_ON.test(text.slice(Math.max(0, span.start - 30), span.start));

/** A clause opened after a comma by a relative adverb: "…, where on Thursday he and Y co-chaired …", "…, when he met Y". */
const LATER_CLAUSE = /,\s*(?:where|when|while|after which|before which)\b/i;

/**
 * Whether a date belongs to a clause that follows the question's words: "X paid the courtesy call at the end of his stay in
 * Tarsk, where on Thursday he and Y co-chaired the commission" dates the commission, not the call (heldout48 x509); the act
 * asked told after the comma keeps its date ("flew to Kelm, where on Monday he met Y", read sets), and so does a place
 * the question names ("when were the ministers in Orvel" of "The first stop was Orvel, …, where on Monday the ministers took part
 * in …", read26).
 */
function ofLaterClause(text: string, span: Span, keys: string[]): boolean {
  const before = text.slice(0, span.start);
  let last = -1;
  // (a word of the act, not a name: "Orvel, where on Monday the ministers took part in …" tells what was done at the place asked)
  for (const m of before.matchAll(/[\p{L}\p{N}'’-]+/gu)) if (!/^\p{Lu}/u.test(m[0]) && keys.includes(stem(fold(m[0])))) last = m.index + m[0].length;
  return last >= 0 && LATER_CLAUSE.test(before.slice(last));
}

/**
 * Whether a year names a thing rather than dating what is asked: "the 1944 Water Treaty", "the 2015 Paris Agreement", unless the
 * question names that thing ("when was the Water Treaty signed"). "When does the delivery cycle end" is not answered by the
 * treaty's year (heldout116 1095).
 */
function namesAThing(text: string, span: Span, question: string): boolean {
  if (!/^(?:19|20)\d\d$/.test(text.slice(span.start, span.end)) || !/\bthe\s+$/i.test(text.slice(0, span.start))) return false;
  const name = /^\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)/u.exec(text.slice(span.end))?.[1];
  if (!name) return false;
  const asked = new Set(contentTerms(question));
  return !contentTerms(name).some((t) => asked.has(t));
}

/** Whether a date fits the question's tense against the article's publication: "when will …" is not answered by last year. */
function fitsTense(s: Sentence, span: Span, tense: "past" | "future" | undefined, published: string | undefined): boolean {
  // "earlier this year" is past however its year compares
  if (tense === "future" && /\b(earlier|ago|last|previously)\s+$/i.test(s.text.slice(0, span.start))) return false;
  // "due to meet in Orvane later this year" is no date of a visit that took place
  if (tense === "past" && /\b(later|next|coming|upcoming)\s+$/i.test(s.text.slice(0, span.start))) return false;
  const text = s.text.slice(span.start, span.end);
  // (the words of the span itself: "next week" is to come, "last week" is past)
  if (tense === "past" && /^(next|coming|upcoming|later)\b|\bfrom now\b/i.test(text)) return false;
  if (tense === "future" && /^(last|earlier|previous)\b|\bago\b|^yesterday\b/i.test(text)) return false;
  if (!tense || !published) return true;
  const date = s.dates?.find((d) => d.text === text || text.includes(d.text) || d.text.includes(text));
  const against = date ? againstPublication(date, published) : undefined;
  if (against === undefined) return true;
  // the day of the article itself is the day something was said or agreed, not the day to come
  return tense === "future" ? (date!.day !== undefined ? against > 0 : against >= 0) : against <= 0;
}

/** What the question is about, for the "don't give" line ("for Peru and Chile"). */
function describe(q: Question): string {
  // (a name as the question wrote it, "borrell", is set in capitals as names are)
  const asWritten = (text: string): string => (text === text.toLowerCase() ? text.replace(/(^|[\s-])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase()) : text);
  const names = q.links.people.map((m) => (m.ids.length === 1 ? (q.knowledge.people.get(m.ids[0]!)?.name ?? m.text) : m.byOffice ? m.text : asWritten(m.text)));
  const all = [...names, ...q.links.countries];
  if (all.length === 0) return "";
  return `for ${all.length > 1 ? `${all.slice(0, -1).join(", ")} and ${all.at(-1)}` : all[0]}`;
}

function answerWith(s: Sentence, spans: Span[], p: Passage, article?: Article, context?: string): Outcome {
  const texts = [...new Set(spans.map((span) => spanText(s, span, article)))];
  const content: Inline[] = texts.flatMap((text, i): Inline[] => (i === 0 ? [{ bold: text }] : [i === texts.length - 1 ? " and " : ", ", { bold: text }]));
  const quoted = (text: string): string => text.replace(/^["“](?=[^"”]*$)/, "");
  return {
    kind: "reply",
    body: [
      { kind: "para", content },
      { kind: "quote", content: [context ? `${quoted(context)} ${quoted(s.text)}` : quoted(s.text)] },
    ],
    articles: [s.article],
    focus: { people: s.people, articles: [s.article] },
    byWords: p.matched.length > 0,
    via: "span",
  };
}

/** An outcome of the reader, its reply marked with how the reader came to it. */
function via(outcome: Outcome | undefined, how: string): Outcome | undefined {
  return outcome?.kind === "reply" ? { ...outcome, via: how } : outcome;
}
