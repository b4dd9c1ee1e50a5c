/** @module Knowledge: the fact index and intent model with everything answer() looks up: computed at build time (see knowledge-tables), loaded once per isolate. */
import type { Article, FactIndex, Meeting, Person } from "../facts/types";
import { countryOf, countryOfCity } from "../nlp/countries";
import { fold } from "../nlp/fold";
import { WEEKDAYS } from "../nlp/vocab";
import type { IntentModel } from "./intent-model";
import { buildLookups, type Lookups } from "./lookups";
import { bucketNames, bucketsOfRead, type NameBuckets, type ReadNameKeys } from "./name-lookup";
import { isTitleOnly, nameTokens, wordSet } from "./names";
import { isTitleHead, officePosts } from "./offices";
import { knowledgeFromTables, recordsById, tablesFit, type KnowledgeTables } from "./knowledge-tables";
import { withTrustedCountries } from "./trust";
import { buildRetrieval, contentTerms, factText, meetingText, type Retrieval } from "./retrieval";

/** Everything answer() needs, prepared once per isolate from the bundled index and intent model. */
export interface Knowledge {
  index: FactIndex;
  model: IntentModel;
  people: Map<string, Person>;
  articles: Map<string, Article>;
  meetings: Map<string, Meeting>;
  /** Folded name word → ids of the people whose names contain it. */
  nameWords: Map<string, Set<string>>;
  /** The name words bucketed for fuzzy matching (see bucketNames). */
  nameBuckets: NameBuckets;
  /** Place names (meeting places, datelines, fact places; not countries): folded words → as written. */
  places: { words: string[]; place: string }[];
  /** Each person's offices as posts (see officePosts), with the office's country. */
  offices: { person: string; country?: string; to?: string; posts: string[][]; titleOnly?: true }[];
  /** Post word (or a country's {@link officeCountryKey}) → positions (ascending) in offices of the offices whose posts hold it (or of that country). */
  officesByWord: Map<string, number[]>;
  /** Countries each person is tied to (their own, their offices'). */
  countriesOf: Map<string, Set<string>>;
  /** Every folded word of the articles, to tell an unknown name from a known one. */
  vocabulary: Set<string>;
  /** Content terms of each fact (summary, subject, count labels), for matching questions to facts. */
  factTerms: Map<string, Set<string>>;
  /** Content terms of each meeting's occasion, venue and topics. */
  meetingTerms: Map<string, Set<string>>;
  retrieval: Retrieval;
  /** The index keyed by person, article and meeting position (see buildLookups). */
  lookups: Lookups;
  /** Country → ids of the articles whose sentences, facts or meetings involve it. */
  countryArticles: Map<string, Set<string>>;
  /** Country → positions (ascending) of the meetings that involve it (see meetingCountries). */
  countryMeetings: Map<string, number[]>;
  /** Country → ids of the people tied to it (see countriesOf). */
  countryPeople: Map<string, string[]>;
}

/** Name words too common to name anyone alone. */
const PARTICLES = new Set(["al", "el", "de", "la", "del", "da", "di", "van", "von", "bin", "ibn", "dr", "mr", "mrs", "ms"]);

/**
 * The words of a name written with an apostrophe inside, as users type them without it ("Ma'ota" → "maota", "O'Neill" →
 * "oneill") and as a question's terms keep them, with it ("ma'ota"; an ʻokina folds to the apostrophe); nameTokens splits
 * them in two.
 * @example joinedAtApostrophes("Lemi Ma'ota") // ["maota", "ma'ota"]
 */
function joinedAtApostrophes(name: string): string[] {
  return name
    .split(/[\s-]+/)
    .filter((chunk) => /\p{L}['’ʻ`]\p{L}/u.test(chunk))
    .flatMap((chunk) => [nameTokens(chunk.replace(/['’ʻ`]/g, "")).join(""), fold(chunk.replace(/`/g, "'")).replace(/[^\p{L}\p{N}']/gu, "")])
    .filter((word) => word.length >= 4);
}

function indexNames(people: Person[]): Map<string, Set<string>> {
  const words = new Map<string, Set<string>>();
  for (const person of people) {
    // "Prime Minister" as a person's name (a title the article never completed) names no one
    if (isTitleOnly(person.name)) continue;
    for (const name of [person.name, ...person.names, person.surname ?? ""]) {
      const tokens = nameTokens(name);
      // "Talis King", "Orin Friday": a title or a weekday that closes a name links the person by the rest of it, not every
      // "king" or "friday" a question writes (a name word is no term of what is asked); one that opens it is a given name ("Amir Varan …")
      const closing = tokens.length > 1 || name === person.surname ? tokens.at(-1) : undefined;
      const common = closing !== undefined && (isTitleHead(closing) || WEEKDAYS.has(closing));
      for (const word of [...tokens, ...joinedAtApostrophes(name)]) {
        if (word.length < 2 || PARTICLES.has(word) || (common && word === closing)) continue;
        const ids = words.get(word) ?? new Set<string>();
        ids.add(person.id);
        words.set(word, ids);
      }
    }
  }
  return words;
}

/** The name index from each person's saved words, in the people's order. */
function savedNames(people: Person[], saved: NonNullable<SavedTerms["people"]>): Map<string, Set<string>> {
  const words = new Map<string, Set<string>>();
  for (const person of people) for (const word of saved.get(person.id)?.words ?? []) addTo(words, word, person.id);
  return words;
}

function indexPlaces(index: FactIndex): { words: string[]; place: string }[] {
  const places = new Map<string, { words: string[]; place: string }>();
  const add = (place?: string) => {
    const entry = place && placeEntry(place);
    if (entry) places.set(entry.key, entry.entry);
  };
  index.meetings.forEach((m) => add(m.place));
  index.articles.forEach((a) => add(a.dateline?.place));
  index.facts.forEach((f) => f.places.forEach(add));
  return [...places.values()];
}

/** A place name's entry in Knowledge.places under its folded key, or null (a country, or too short), kept for the isolate: a stored index's slices name the same places question after question. */
const PLACE_ENTRIES = new Map<string, { key: string; entry: Readonly<{ words: string[]; place: string }> } | null>();
const MAX_PLACE_ENTRIES = 4096;

function placeEntry(place: string): { key: string; entry: { words: string[]; place: string } } | null {
  let known = PLACE_ENTRIES.get(place);
  if (known === undefined) {
    if (PLACE_ENTRIES.size >= MAX_PLACE_ENTRIES) PLACE_ENTRIES.clear();
    known = place.length > 2 && !countryOf(place) ? { key: fold(place), entry: { words: nameTokens(place), place } } : null;
    PLACE_ENTRIES.set(place, known);
  }
  return known;
}

function personCountries(person: Person): Set<string> {
  const out = new Set<string>();
  if (person.country) out.add(person.country);
  for (const office of person.offices) if (office.country) out.add(office.country);
  return out;
}

/**
 * Prepares the index and the intent model for answering (once per isolate). With the tables that
 * build:index saves beside the index (see knowledgeTables), nothing is computed here: the tables
 * are only turned into maps. Without them (tests, another index) they are computed now.
 * @example const knowledge = loadKnowledge(index, model, tables);
 */
export function loadKnowledge(index: FactIndex, model: IntentModel, tables?: KnowledgeTables): Knowledge {
  return tables && tablesFit(tables, index) ? knowledgeFromTables(index, model, tables) : computeKnowledge(index, model);
}

/** What a slice of a stored index brings along, computed over the whole index at build time. */
export interface SavedTerms {
  /**
   * Per sentence of the index given (its order): term → BM25 weight, or (a stored slice) each as the
   * JSON text read, parsed when answer() first reads it. Default: learnt from the sentences' terms.
   */
  weights?: Record<string, number>[] | { texts: readonly string[] };
  /** Per sentence of the index given, its content terms, read already (build:index's threads read them): what the BM25 weights are learnt from. */
  sentenceTerms?: string[][];
  /** Content terms of each fact and meeting, by id. */
  terms: Map<string, string[]>;
  /** The index's words that answer() may look up (a slice: those of its question). Default: every word of the index given. */
  vocabulary?: Set<string>;
  /** Each person's name words and offices as posts, by person id (see PersonDerived). Default: computed from the people given. */
  people?: Map<string, { words: string[]; offices: Omit<Knowledge["offices"][number], "person">[] }>;
  /** The name keys read for the question (a stored index's `name_keys`): its words' candidates come from them (see bucketsOfRead). */
  nameKeys?: ReadNameKeys;
}

/**
 * Computes everything answer() looks up from the index: what build:index saves as tables. A slice
 * of a stored index passes the BM25 weights and terms saved for it (learnt over the whole index).
 * @example const tables = knowledgeTables(computeKnowledge(index, model));
 */
export function computeKnowledge(given: FactIndex, model: IntentModel, saved?: SavedTerms): Knowledge {
  // the countries answer() may state: none that a weak step gave (see src/qa/trust.ts)
  const index = withTrustedCountries(given);
  const vocabulary = saved?.vocabulary ?? wordSet([...index.sentences.map((s) => s.text), ...index.articles.map((a) => `${a.title ?? ""} ${a.body}`)]);
  const people = saved?.people;
  const nameWords = people ? savedNames(index.people, people) : indexNames(index.people);
  const knowledge: Knowledge = {
    index,
    model,
    ...recordsById(index),
    nameWords,
    nameBuckets: saved?.nameKeys ? bucketsOfRead(nameWords.keys(), saved.nameKeys) : bucketNames(nameWords.keys()),
    places: indexPlaces(index),
    offices: people ? index.people.flatMap((p) => (people.get(p.id)?.offices ?? []).map((o) => ({ person: p.id, ...o }))) : officeRecords(index.people),
    officesByWord: new Map(),
    countriesOf: new Map(index.people.map((p) => [p.id, personCountries(p)])),
    vocabulary,
    factTerms: new Map(index.facts.map((f) => [f.id, new Set(saved?.terms.get(f.id) ?? contentTerms(factText(f)))])),
    meetingTerms: new Map(index.meetings.map((m) => [m.id, new Set(saved?.terms.get(m.id) ?? contentTerms(meetingText(m)))])),
    retrieval: buildRetrieval(index, saved?.weights, saved?.sentenceTerms),
    lookups: buildLookups(index),
    countryArticles: new Map(),
    countryMeetings: new Map(),
    countryPeople: new Map(),
  };
  indexCountries(knowledge);
  index.facts.forEach((f, i) => {
    for (const term of knowledge.factTerms.get(f.id) ?? []) {
      const list = knowledge.lookups.factsBy.get(`term:${term}`);
      if (list) list.push(i);
      else knowledge.lookups.factsBy.set(`term:${term}`, [i]);
    }
  });
  const fileOffice = (word: string, i: number) => {
    const list = knowledge.officesByWord.get(word);
    if (list) list.push(i);
    else knowledge.officesByWord.set(word, [i]);
  };
  knowledge.offices.forEach((o, i) => {
    // each post word once (a list's last position is this office's after its first filing), then the country's key
    for (const post of o.posts) for (const word of post) if (knowledge.officesByWord.get(word)?.at(-1) !== i) fileOffice(word, i);
    if (o.country) fileOffice(officeCountryKey(o.country), i);
  });
  return knowledge;
}

/**
 * The offices of the index's people, as questions link them. One known only by a title ("The Prime Minister spoke with …")
 * holds it too, for a question that names the country (not "who is …", see link-offices), unless a named holder of that
 * office and country is in the same article (the title is then most often that person's, or a past holder's: "the first visit by a Veldian
 * foreign minister since 2003").
 */
function officeRecords(people: readonly Person[]): Knowledge["offices"] {
  const records = people.map((p) => ({
    p,
    titleOnly: isTitleOnly(p.name),
    offices: p.offices.map((o) => ({ country: o.country ?? p.country, to: o.to, posts: officePosts(o.title, o.organisation ?? undefined) })),
  }));
  const key = (article: string, country: string | undefined, posts: string[][]) => JSON.stringify([article, country ?? "", posts]);
  const named = new Set(records.filter((r) => !r.titleOnly).flatMap((r) => r.offices.flatMap((o) => r.p.articles.map((a) => key(a, o.country, o.posts)))));
  return records.flatMap(({ p, titleOnly, offices }) =>
    offices.flatMap(({ country, to, posts }) => {
      if (titleOnly && (!country || p.articles.some((a) => named.has(key(a, country, posts))))) return [];
      return [{ person: p.id, posts, ...(country ? { country } : {}), ...(to ? { to } : {}), ...(titleOnly ? { titleOnly: true as const } : {}) }];
    }),
  );
}

/**
 * The key of officesByWord under which a country's offices are listed (no post word holds "@").
 * @example knowledge.officesByWord.get(officeCountryKey("Peru")) // [3, 8]
 */
export const officeCountryKey = (country: string): string => `@${country}`;

function addTo<V>(map: Map<string, Set<V>>, key: string, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/** Fills countryArticles, countryMeetings and countryPeople (they need the meetings' countries, so the knowledge first). */
function indexCountries(knowledge: Knowledge): void {
  const { index, countryArticles, countryPeople } = knowledge;
  for (const s of index.sentences) for (const c of s.countries) addTo(countryArticles, c, s.article);
  for (const f of index.facts) for (const c of f.countries) addTo(countryArticles, c, f.article);
  index.meetings.forEach((m, i) => {
    for (const c of meetingCountries(m, knowledge)) {
      addTo(countryArticles, c, m.article);
      const list = knowledge.countryMeetings.get(c);
      if (list) list.push(i);
      else knowledge.countryMeetings.set(c, [i]);
    }
  });
  for (const [person, countries] of knowledge.countriesOf) {
    for (const c of countries) {
      const list = countryPeople.get(c);
      if (list) list.push(person);
      else countryPeople.set(c, [person]);
    }
  }
}

/**
 * The countries a meeting involves: its participants', its groups', and its place's.
 * @example meetingCountries(meeting, knowledge) // Set { "Peru", "Norway" }
 */
export function meetingCountries(meeting: Meeting, knowledge: Knowledge): Set<string> {
  const known = COUNTRIES.get(meeting);
  if (known) return known;
  const out = new Set<string>();
  COUNTRIES.set(meeting, out);
  for (const p of meeting.participants) {
    if (p.kind === "group") {
      if (p.country) out.add(p.country);
      continue;
    }
    knowledge.countriesOf.get(p.person)?.forEach((c) => out.add(c));
  }
  const place = meeting.place && (countryOfCity(meeting.place) ?? meeting.place);
  if (place) out.add(place);
  return out;
}

/**
 * The ids of the people who took part in a meeting.
 * @example participantIds(meeting) // ["ana-ortega", "paul-ruiz"]
 */
export function participantIds(meeting: Meeting): string[] {
  let ids = PARTICIPANTS.get(meeting);
  if (!ids) PARTICIPANTS.set(meeting, (ids = meeting.participants.flatMap((p) => (p.kind === "person" ? [p.person] : []))));
  return ids;
}

const PARTICIPANTS = new WeakMap<Meeting, string[]>();
const COUNTRIES = new WeakMap<Meeting, Set<string>>();
