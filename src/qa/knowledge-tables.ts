/**
 * @module Knowledge tables: everything loadKnowledge derives from the index (name keys, office posts,
 * country and fact lookups, BM25 weights and postings), computed at build time and saved as plain
 * JSON beside the index, so that an isolate only turns them into maps instead of computing them.
 */
import type { FactIndex, Meeting, Sentence } from "../facts/types";
import type { IntentModel } from "./intent-model";
import type { Knowledge } from "./knowledge";
import { bucketNames } from "./name-lookup";
import { fingerprintOf, weightsAt } from "./retrieval";
import { withTrustedCountries } from "./trust";

/** Bump when the shape below changes: tables of another version are computed again, not read. */
export const KNOWLEDGE_TABLES_VERSION = 2;

/** A map as JSON keeps it: its entries in the map's order (object keys would reorder numeric ones). */
type Entries<V> = [string, V][];

/** The derived tables of one index, as src/generated/knowledge-tables.json holds them. */
export interface KnowledgeTables {
  version: number;
  /** The index they were computed from (see fingerprintOf): another index's tables are not used. */
  fingerprint: string;
  nameWords: Entries<string[]>;
  places: Knowledge["places"];
  offices: Knowledge["offices"];
  officesByWord: Entries<number[]>;
  countriesOf: Entries<string[]>;
  vocabulary: string[];
  factTerms: Entries<string[]>;
  meetingTerms: Entries<string[]>;
  /** Per sentence (index order): term → BM25 weight. */
  weights: Record<string, number>[];
  /** Term → sentence positions, heaviest first (the order retrieve() walks). */
  postings: Entries<number[]>;
  meetingsOf: Entries<number[]>;
  factsBy: Entries<number[]>;
  countryArticles: Entries<string[]>;
  countryMeetings: Entries<number[]>;
  countryPeople: Entries<string[]>;
}

const entries = <V, W>(map: Map<string, V>, f: (v: V) => W): Entries<W> => [...map].map(([k, v]) => [k, f(v)]);
const asList = <V>(v: Iterable<V>): V[] => [...v];

/**
 * The tables of a computed knowledge, ready for JSON (build:index writes them).
 * @example writeFileSync("knowledge-tables.json", JSON.stringify(knowledgeTables(computeKnowledge(index, model))));
 */
export function knowledgeTables(knowledge: Knowledge): KnowledgeTables {
  const { retrieval, lookups } = knowledge;
  // postings saved heaviest first (ties in index order), as retrieve() sorts them on first use
  const weights = Array.from(retrieval.weights, (_, i) => weightsAt(retrieval, i));
  const postings = entries(retrieval.postings, (list) => list);
  for (const entry of postings) entry[1] = heaviestFirst(entry[0], entry[1], weights);
  return {
    version: KNOWLEDGE_TABLES_VERSION,
    fingerprint: fingerprintOf(knowledge.index),
    nameWords: entries(knowledge.nameWords, asList),
    places: knowledge.places,
    offices: knowledge.offices,
    officesByWord: entries(knowledge.officesByWord, asList),
    countriesOf: entries(knowledge.countriesOf, asList),
    vocabulary: [...knowledge.vocabulary],
    factTerms: entries(knowledge.factTerms, asList),
    meetingTerms: entries(knowledge.meetingTerms, asList),
    weights,
    postings,
    meetingsOf: entries(lookups.meetingsOf, asList),
    factsBy: entries(lookups.factsBy, asList),
    countryArticles: entries(knowledge.countryArticles, asList),
    countryMeetings: entries(knowledge.countryMeetings, asList),
    countryPeople: entries(knowledge.countryPeople, asList),
  };
}

/** A term's sentence positions sorted heaviest first, ties in index order (each weight read once, not per comparison). */
function heaviestFirst(term: string, list: readonly number[], weights: readonly Record<string, number>[]): number[] {
  const weighed = list.map((at) => ({ at, weight: weights[at]![term]! }));
  weighed.sort((a, b) => b.weight - a.weight || a.at - b.at);
  return weighed.map((w) => w.at);
}

/**
 * Whether saved tables were computed from this index (and are of this version).
 * @example tablesFit(tables, index) // true after the same build:index
 */
export function tablesFit(tables: KnowledgeTables, index: FactIndex): boolean {
  return tables.version === KNOWLEDGE_TABLES_VERSION && tables.fingerprint === fingerprintOf(index) && tables.weights.length === index.sentences.length;
}

const toSets = <V>(list: Entries<V[]>): Map<string, Set<V>> => new Map(list.map(([k, v]) => [k, new Set(v)]));

function byArticle<T extends { article: string }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  items.forEach((item) => {
    const list = out.get(item.article);
    if (list) list.push(item);
    else out.set(item.article, [item]);
  });
  return out;
}

/**
 * The index's people, articles and meetings by id: the maps every knowledge holds, computed or saved.
 * @example recordsById(index).people.get("ana-ortega")?.name // "Ana Ortega"
 */
export function recordsById(index: FactIndex): Pick<Knowledge, "people" | "articles" | "meetings"> {
  return {
    people: new Map(index.people.map((p) => [p.id, p])),
    articles: new Map(index.articles.map((a) => [a.id, a])),
    meetings: new Map(index.meetings.map((m) => [m.id, m])),
  };
}

/**
 * The knowledge from saved tables: maps made from their entries, nothing computed.
 * @example const knowledge = knowledgeFromTables(index, model, tables);
 */
export function knowledgeFromTables(given: FactIndex, model: IntentModel, tables: KnowledgeTables): Knowledge {
  // the countries answer() may state (the tables were computed from them too, see computeKnowledge)
  const index = withTrustedCountries(given);
  const nameWords = toSets(tables.nameWords);
  const postings = new Map(tables.postings);
  return {
    index,
    model,
    ...recordsById(index),
    nameWords,
    nameBuckets: bucketNames(nameWords.keys()),
    places: tables.places,
    offices: tables.offices,
    officesByWord: new Map(tables.officesByWord),
    countriesOf: toSets(tables.countriesOf),
    vocabulary: new Set(tables.vocabulary),
    factTerms: toSets(tables.factTerms),
    meetingTerms: toSets(tables.meetingTerms),
    retrieval: { sentences: index.sentences, weights: tables.weights, postings, sorted: new Set(postings.keys()) },
    lookups: {
      meetingsOf: new Map(tables.meetingsOf),
      articleMeetings: byArticle<Meeting>(index.meetings),
      articleSentences: byArticle<Sentence>(index.sentences),
      articleOrder: new Map(index.articles.map((a, i) => [a.id, i])),
      placeMeetings: new Map(),
      factsBy: new Map(tables.factsBy),
    },
    countryArticles: toSets(tables.countryArticles),
    countryMeetings: new Map(tables.countryMeetings),
    countryPeople: new Map(tables.countryPeople),
  };
}
