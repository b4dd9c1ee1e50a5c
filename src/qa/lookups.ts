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
  // each key once per fact (a list's last position is this fact's after its first filing)
  const file = (key: string, i: number) => {
    if (factsBy.get(key)?.at(-1) !== i) push(factsBy, key, i);
  };
  index.facts.forEach((f, i) => {
    file(`kind:${f.kind}`, i);
    for (const p of f.people) file(`person:${p}`, i);
    for (const c of f.countries) file(`where:${c}`, i);
    for (const c of f.places) file(`where:${c}`, i);
  });
  return { meetingsOf, articleMeetings, articleSentences, articleOrder: new Map(index.articles.map((a, i) => [a.id, i])), factsBy, placeMeetings: new Map() };
}

/**
 * Positions of the facts under any of the keys (see Lookups.factsBy), ascending, without repeats.
 * @example factPositions(lookups, ["kind:event", "kind:arrival"]) // [2, 5, 9]
 */
export function factPositions(lookups: Lookups, keys: string[]): number[] {
  return unionOf(keys.map((key) => lookups.factsBy.get(key)));
}

/**
 * Positions of the meetings any of the given people took part in, ascending, without repeats.
 * @example meetingPositions(lookups, ["ana-ortega", "paul-ruiz"]) // [0, 3, 7]
 */
export function meetingPositions(lookups: Lookups, people: Iterable<string>): readonly number[] {
  // a long list of people (an office's holders, kept per isolate) is merged once per list
  const kept = Array.isArray(people) && people.length >= KEPT_FROM ? MERGED.get(people) : undefined;
  if (kept?.lookups === lookups) return kept.positions;
  const lists: (number[] | undefined)[] = [];
  for (const id of people) lists.push(lookups.meetingsOf.get(id));
  const positions = unionOf(lists);
  if (Array.isArray(people) && people.length >= KEPT_FROM) MERGED.set(people, { lookups, positions });
  return positions;
}

/** Lists of people this long or longer keep what is found from them per isolate (their meetings' positions, see meetingPositions; their ids once each, see distinctIds). */
export const KEPT_FROM = 64;

/** A list of people (not to be changed) → the positions of their meetings in one index (not to be changed either). */
const MERGED = new WeakMap<readonly string[], { lookups: Lookups; positions: readonly number[] }>();

/**
 * The union of ascending lists of positions, ascending and without repeats (a new array): a few lists
 * merged in turn, many (a person's thousands of namesakes) gathered and sorted as numbers once; no
 * hashing either way.
 * @example unionOf([[1, 4], [2, 4, 9], undefined]) // [1, 2, 4, 9]
 */
export function unionOf(lists: readonly (readonly number[] | undefined)[]): number[] {
  const full = lists.filter((l): l is readonly number[] => l !== undefined && l.length > 0);
  if (full.length === 0) return [];
  if (full.length === 1) return full[0]!.slice();
  // a few lists (a question's terms) merged one after another; many (thousands of namesakes) sorted once
  if (full.length <= 8) return full.slice(1).reduce<number[]>((out, list) => mergeAscending(out, list), full[0]!.slice());
  const all = new Float64Array(full.reduce((n, l) => n + l.length, 0));
  let n = 0;
  for (const list of full) for (const i of list) all[n++] = i;
  all.sort();
  const out: number[] = [];
  for (const i of all) if (out.length === 0 || out[out.length - 1] !== i) out.push(i);
  return out;
}

/**
 * The positions every one of some ascending lists holds, ascending: the shortest list walked, the
 * others searched from where the last position was found (a new array; the one list itself when
 * there is one).
 * @example intersectionOf([[1, 4, 9], [2, 4, 9, 12]]) // [4, 9]
 */
export function intersectionOf(lists: readonly (readonly number[])[]): readonly number[] {
  if (lists.length <= 1) return lists[0] ?? [];
  const [shortest, ...others] = [...lists].sort((a, b) => a.length - b.length);
  const from = others.map(() => 0);
  const out: number[] = [];
  for (const i of shortest!) {
    let everywhere = true;
    for (let k = 0; k < others.length && everywhere; k++) {
      const list = others[k]!;
      // the first place at or past i, found by doubling then halving from the last place found
      let lo = from[k]!;
      let step = 1;
      while (lo + step < list.length && list[lo + step]! < i) {
        lo += step;
        step *= 2;
      }
      let hi = Math.min(list.length, lo + step + 1);
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid]! < i) lo = mid + 1;
        else hi = mid;
      }
      from[k] = lo;
      everywhere = list[lo] === i;
    }
    if (everywhere) out.push(i);
  }
  return out;
}

/** Two ascending lists merged into one, ascending, each position once. */
function mergeAscending(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x < y) {
      out.push(x);
      i++;
    } else if (y < x) {
      out.push(y);
      j++;
    } else {
      out.push(x);
      i++;
      j++;
    }
  }
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/** Long lists of ids (an office's holders, kept per isolate) → the same ids once each (kept too). */
const DISTINCT = new WeakMap<readonly string[], readonly string[]>();

/**
 * The ids of a list once each, in order of first appearance: the list itself when it has no repeats.
 * A long list (see meetingPositions) is checked once and answered alike afterwards, so the lists an
 * answer passes on keep their identity and what is kept per list (its meetings) is found again.
 * @example distinctIds(["ana-ortega", "paul-ruiz", "ana-ortega"]) // ["ana-ortega", "paul-ruiz"]
 */
export function distinctIds(ids: readonly string[]): readonly string[] {
  const kept = ids.length >= KEPT_FROM ? DISTINCT.get(ids) : undefined;
  if (kept) return kept;
  const once = new Set(ids);
  const out = once.size === ids.length ? ids : [...once];
  if (ids.length >= KEPT_FROM) DISTINCT.set(ids, out);
  return out;
}

/**
 * The ids of two lists once each, the first's first (as `[...new Set([...a, ...b])]`): the first
 * list itself when it has no repeats and the second adds nothing it does not hold in the same order.
 * @example idsOfBoth(["ana-ortega"], ["ana-ortega", "paul-ruiz"]) // ["ana-ortega", "paul-ruiz"]
 */
export function idsOfBoth(a: readonly string[], b: readonly string[]): readonly string[] {
  if (b.length === 0 || b === a || (a.length === b.length && a.every((id, k) => id === b[k]))) return distinctIds(a);
  if (a.length === 0) return distinctIds(b);
  return [...new Set([...a, ...b])];
}
