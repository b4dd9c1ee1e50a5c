/** @module Lookups built once per isolate, so that answering a question reads what it names instead of scanning the index. */
import type { FactIndex, Meeting, Sentence } from "../facts/types";

/** The index's parts keyed by what questions name: people, countries, articles. */
export interface Lookups {
  /** Person id → positions (in index.meetings, ascending) of the meetings they took part in. */
  meetingsOf: Map<string, number[]>;
  /** Article id → its meetings, in index order. */
  articleMeetings: Map<string, Meeting[]>;
  /** Article id → its sentences, in index order. */
  articleSentences: Map<string, Sentence[]>;
  /** Position of each article in index.articles. */
  articleOrder: Map<string, number>;
  /** Place named in a question → positions of the meetings held there (filled as places are asked about). */
  placeMeetings: Map<string, number[]>;
  /** Fact kind, person id, country or place, or content term ("kind:event", "person:ana-ortega", "where:Peru", "term:summit"; terms added by loadKnowledge) → fact positions, ascending. */
  factsBy: Map<string, number[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Builds the lookups of an index in one pass over its meetings, sentences and articles.
 * @example buildLookups(index).meetingsOf.get("ana-ortega") // [0, 3]
 */
export function buildLookups(index: FactIndex): Lookups {
  const meetingsOf = new Map<string, number[]>();
  const articleMeetings = new Map<string, Meeting[]>();
  const articleSentences = new Map<string, Sentence[]>();
  index.meetings.forEach((m, i) => {
    push(articleMeetings, m.article, m);
    for (const p of m.participants) {
      if (p.kind !== "person") continue;
      const list = meetingsOf.get(p.person);
      if (list?.[list.length - 1] !== i) push(meetingsOf, p.person, i);
    }
  });
  for (const s of index.sentences) push(articleSentences, s.article, s);
  const factsBy = new Map<string, number[]>();
  index.facts.forEach((f, i) => {
    const keys = new Set([`kind:${f.kind}`, ...f.people.map((p) => `person:${p}`), ...[...f.countries, ...f.places].map((c) => `where:${c}`)]);
    for (const key of keys) push(factsBy, key, i);
  });
  return { meetingsOf, articleMeetings, articleSentences, articleOrder: new Map(index.articles.map((a, i) => [a.id, i])), factsBy, placeMeetings: new Map() };
}

/**
 * Positions of the facts under any of the keys (see Lookups.factsBy), ascending, without repeats.
 * @example factPositions(lookups, ["kind:event", "kind:arrival"]) // [2, 5, 9]
 */
export function factPositions(lookups: Lookups, keys: string[]): number[] {
  const out = new Set<number>();
  for (const key of keys) lookups.factsBy.get(key)?.forEach((i) => out.add(i));
  return [...out].sort((a, b) => a - b);
}

/**
 * Positions of the meetings any of the given people took part in, ascending, without repeats.
 * @example meetingPositions(lookups, ["ana-ortega", "paul-ruiz"]) // [0, 3, 7]
 */
export function meetingPositions(lookups: Lookups, people: Iterable<string>): number[] {
  const out = new Set<number>();
  for (const id of people) lookups.meetingsOf.get(id)?.forEach((i) => out.add(i));
  return [...out].sort((a, b) => a - b);
}
