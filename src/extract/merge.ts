/**
 * @module Merging people across articles: two spellings are one person when the names are close
 * (same words in another transliteration, or a short form) and the records agree (same country or
 * compatible office), never when their countries differ. "Wang Yi" and "Wang Wentao" stay two.
 */
import type { Office, Person } from "../facts/types";
import { fold } from "../nlp/fold";
import { familyName, isShortFormOf, nameWords, similarNames, slugOf } from "../nlp/names";
import { NameBlocks, tailBlockKeys } from "../nlp/name-blocks";
import { compatibleOffices, isNationalInstitution } from "../nlp/offices";
import type { LocalPerson } from "./people";

/** The people of one article, with the global id of each of its sentences. */
export interface ArticlePeopleInput {
  article: string;
  people: LocalPerson[];
  /** Global sentence id of the article's sentence i. */
  sentenceIds: number[];
}

/** Merged people, and for each article the person id of each local person. */
export interface MergedPeople {
  people: Person[];
  ids: Map<string, string[]>;
}

/**
 * Merges the people of all articles into one record each.
 * @example mergePeople(articles).people.find((p) => p.names.includes("Mordu Bralo"))?.name // "Peta Bralo"
 */
export function mergePeople(articles: ArticlePeopleInput[]): MergedPeople {
  const all = articles.flatMap((a) => a.people.map((p, local) => ({ article: a.article, local, p, sentenceIds: a.sentenceIds })));
  const parent = all.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root]!;
    for (let k = i; parent[k] !== root; ) [k, parent[k]] = [parent[k]!, root];
    return root;
  };
  /** Full names (two words or more) of each group, by root. */
  const fullNames = new Map<number, string[]>(all.map((e, i) => [i, e.p.spellings.filter((s) => nameWords(s).length >= 2)]));
  const candidates = blockPeople(all.map((e) => e.p));
  for (let i = 0; i < all.length; i++) {
    for (const j of candidates(i)) {
      const a = all[i]!;
      const b = all[j]!;
      // People named by their office ("Prime Minister") are one article's only: never merged by that name.
      if (a.article === b.article || find(i) === find(j) || a.p.byOffice || b.p.byOffice) continue;
      if (!samePerson(a.p, b.p)) continue;
      const ri = find(i);
      const rj = find(j);
      if (!compatibleGroups(fullNames.get(ri)!, fullNames.get(rj)!)) continue;
      parent[rj] = ri;
      fullNames.get(ri)!.push(...fullNames.get(rj)!);
      fullNames.delete(rj);
    }
  }
  const groups = new Map<number, typeof all>();
  all.forEach((entry, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(entry);
    else groups.set(root, [entry]);
  });
  const people: Person[] = [];
  const ids = new Map<string, string[]>(articles.map((a) => [a.article, []]));
  const used = new Set<string>();
  for (const members of groups.values()) {
    const person = combine(members.map((m) => ({ ...m.p, article: m.article, sentenceIds: m.sentenceIds })));
    let id = slugOf(person.name) || "person";
    for (let n = 2; used.has(id); n++) id = `${slugOf(person.name)}-${n}`;
    used.add(id);
    person.id = id;
    people.push(person);
    for (const m of members) ids.get(m.article)![m.local] = id;
  }
  return { people, ids };
}

/** A lone "Wang" must not join "Wang Yi" and "Wang Wentao" into one person: full names of the two groups must agree. */
function compatibleGroups(a: string[], b: string[]): boolean {
  return a.every((x) => b.every((y) => similarNames(x, y) || isShortFormOf(x, y) || isShortFormOf(y, x)));
}

/**
 * For each person, the later people whose names may match theirs (ascending): a full name is
 * compared with full names sharing a key of the last word (or last two written as one), and a lone
 * name with full names one of whose words shares its key. What {@link samePerson} could call one
 * person always shares such a key; everyone else is never compared.
 */
function blockPeople(people: LocalPerson[]): (i: number) => number[] {
  const tails = new NameBlocks();
  const lone = new NameBlocks();
  const words = people.map((p) => p.spellings.map(nameWords).filter((w) => w.length > 0));
  words.forEach((spellings, i) => {
    for (const w of spellings) {
      tails.add(i, w, tailBlockKeys(w));
      if (w.length === 1) lone.add(i, w);
    }
  });
  // Full names whose words hold an earlier lone name ("Wang" … "Wang Yi"): found from the full name's side.
  const later = new Map<number, number[]>();
  words.forEach((spellings, j) => {
    for (const w of spellings) {
      if (w.length < 2) continue;
      for (const i of lone.candidates(w) ?? []) {
        if (i >= j) continue;
        const list = later.get(i);
        if (list) list.push(j);
        else later.set(i, [j]);
      }
    }
  });
  return (i) => {
    const out = new Set<number>(later.get(i));
    const take = (ids: number[] | undefined): void => ids?.forEach((j) => j > i && out.add(j));
    for (const w of words[i]!) {
      take(tails.candidates(w, tailBlockKeys(w)));
      if (w.length >= 2) take(lone.candidates(w));
    }
    return [...out].sort((a, b) => a - b);
  };
}
/** A lone name, or a full name with a middle name left out ("Abdullah Narsa" of "Abdullah Ali Narsa"), standing for a longer one. */
const shorter = (x: string, y: string): boolean => nameWords(x).length < nameWords(y).length && isShortFormOf(x, y) && (nameWords(x).length === 1 || nameWords(x).length + 1 >= nameWords(y).length);

function samePerson(a: LocalPerson, b: LocalPerson): boolean {
  if (a.country && b.country && a.country !== b.country) return false;
  const names = (p: LocalPerson): string[] => p.spellings;
  const exact = names(a).some((x) => names(b).some((y) => fold(x) === fold(y) && nameWords(x).length >= 2));
  if (exact) return true;
  const close = names(a).some((x) =>
    names(b).some((y) => similarNames(x, y) || shorter(x, y) || shorter(y, x)),
  );
  if (!close) return false;
  const sameCountry = a.country !== undefined && a.country === b.country;
  const office = a.offices.some((x) => b.offices.some((y) => compatibleOffices(x.title, y.title)));
  return sameCountry || office;
}

function combine(members: (LocalPerson & { article: string; sentenceIds: number[] })[]): Person {
  const byLength = [...members].sort((x, y) => nameWords(y.name).length - nameWords(x.name).length);
  const name = byLength[0]!.name;
  const names: string[] = [];
  const addName = (n: string): void => {
    if (!names.some((x) => fold(x) === fold(n))) names.push(n);
  };
  addName(name);
  members.forEach((m) => m.spellings.forEach(addName));
  members.forEach((m) => m.shortForms.forEach(addName));
  const offices: Office[] = [];
  for (const m of members) {
    for (const o of m.offices) {
      const office: Office = { title: o.title, article: m.article, sentence: m.sentenceIds[o.sentence] ?? 0 };
      if (o.country) office.country = o.country;
      if (o.country && o.countryFrom) office.countryFrom = o.countryFrom;
      if (o.to) office.to = o.to;
      if (o.organisation) office.organisation = o.organisation;
      if (o.from) office.from = o.from;
      offices.push(office);
    }
  }
  const words = nameWords(name);
  const used = members.flatMap((m) => m.shortForms).find((s) => nameWords(s).length <= 2 && !/^\p{Lu}\./u.test(s));
  const raw = name.split(/\s+/);
  const doubleSurname = words.length >= 4 ? raw.slice(raw.lastIndexOf(words[words.length - 2]!)).join(" ") : undefined;
  const surname = used ? words.find((w) => isShortFormOf(used, w)) ?? used : doubleSurname ?? (words.length > 1 ? familyName(name) : undefined);
  const person: Person = { id: "", name, names, offices, articles: [...new Set(members.map((m) => m.article))] };
  // "Felipe VI" has no family name; users call him by the name before the number.
  if (surname && !/^[IVX]+$/.test(surname)) person.surname = surname;
  const placed = members.find((m) => m.country);
  if (placed?.country) person.country = placed.country;
  if (placed?.countryFrom) person.countryFrom = placed.countryFrom;
  // "President Mepe" here, "Kenyan President William Mepe" in another article: a national office of a
  // person every article places in one country is that country's.
  const countries = new Set(members.flatMap((m) => [m.country, ...m.offices.map((o) => o.country)]).filter((c): c is string => c !== undefined));
  if (countries.size === 1) {
    for (const o of offices) {
      if (o.country || (o.organisation && !isNationalInstitution(o.organisation))) continue;
      o.country = [...countries][0]!;
      o.countryFrom = "merge";
    }
  }
  const honorifics = [...new Set(members.flatMap((m) => m.honorifics))];
  if (honorifics.length) person.honorifics = honorifics;
  return person;
}
