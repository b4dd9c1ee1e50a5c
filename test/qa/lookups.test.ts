import { describe, expect, it } from "vitest";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { bucketNames, bucketsOfRead, candidateKeys, nameCandidates, nameKeysOf } from "../../src/qa/name-lookup";
import { distinctIds, idsOfBoth, intersectionOf, meetingPositions, unionOf } from "../../src/qa/lookups";
import { wordKey, similarWords } from "../../src/nlp/names";
import { nameTokens, wordSet } from "../../src/qa/names";
import { suggestQuestions } from "../../src/qa/suggest";
import { fixtureIndex } from "./fixture";
import { fixtureKnowledge, intentModel } from "./helpers";

describe("nameCandidates", () => {
  const known = ["gonzalez", "lavrov", "tleuberdi", "miqdad", "mekdad", "wentao", "weidong", "sabah", "zelenskyy", "li", "wang", "abdelatty", "pevida", "rodriguez"];
  const buckets = bucketNames(known);
  const queries = ["gonzales", "lavrof", "tilberdi", "mikdad", "meqdad", "weidao", "sabbah", "zelensky", "le", "wong", "abdelaty", "pevidda", "rodrigues", "smith"];

  it("holds every known word of the same first letter a scan would find (same sound key, or one typo), in the index's order", () => {
    for (const word of queries) {
      const scan = known.filter((k) => k !== word && k[0] === word[0] && (wordKey(k) === wordKey(word) || similarWords(word, k)));
      const found = nameCandidates(word, buckets, true);
      for (const k of scan) expect(found, `${word} → ${k}`).toContain(k);
      expect(found).toEqual([...found].sort((a, b) => known.indexOf(a) - known.indexOf(b)));
    }
  });

  it("gives, through the keys read for the words asked (a stored index's name_keys), the candidates a slice's own buckets give, in their order", () => {
    // a slice of a stored index: its words, in an order of their own, within the lexicon's
    const lexicon = [...known, "tilberdi", "gonzales", "weidao"];
    const some = ["wentao", "mekdad", "li", "tleuberdi", "rodriguez", "gonzalez"];
    // the keys of some of the question's words are read (the others fall back on the slice's own words)
    const asked = queries.slice(0, 9);
    const wanted = new Set(asked.flatMap((w) => candidateKeys(w, true)));
    const rows = lexicon.flatMap((word) => nameKeysOf(word).flatMap((key) => (wanted.has(key) ? [{ key, word }] : [])));
    const read = bucketsOfRead(some, { asked: new Set(asked), rows });
    expect(nameCandidates("gonzales", read, true)).toEqual(["gonzalez"]);
    for (const word of queries) for (const typos of [true, false]) expect(nameCandidates(word, read, typos), word).toEqual(nameCandidates(word, bucketNames(some), typos));
  });
});

describe("wordSet", () => {
  it("holds the same words as splitting each text whole", () => {
    const texts = ["Pérez-Soto’s visit to Lima,\tand  the Minister's talks.", "RADOSŁAW met\nSoto; 2024-05-01"];
    expect(wordSet(texts)).toEqual(new Set(texts.flatMap(nameTokens)));
  });
});

describe("lookups", () => {
  it("finds a person's meetings as a scan of the meetings does", () => {
    const k = fixtureKnowledge();
    for (const person of k.index.people) {
      const scan = k.index.meetings.flatMap((m, i) => (m.participants.some((p) => p.kind === "person" && p.person === person.id) ? [i] : []));
      expect(meetingPositions(k.lookups, [person.id])).toEqual(scan);
    }
  });

  it("suggests questions about the people asked about first, and always the articles", () => {
    const k = fixtureKnowledge();
    const [someone] = k.index.people.filter((p) => k.lookups.meetingsOf.has(p.id));
    const suggestions = suggestQuestions(k, someone ? [someone.id] : [], 3);
    expect(suggestions).toHaveLength(3);
    expect(suggestions.at(-1)).toBe("Which articles do you know?");
  });
});

describe("listing many articles", () => {
  it("lists a handful and counts the rest", () => {
    const index = fixtureIndex();
    const copies = Array.from({ length: 20 }, (_, i) => index.articles.map((a) => ({ ...a, id: `${a.id}-copy${i}` }))).flat();
    const k = loadKnowledge({ ...index, articles: [...index.articles, ...copies] }, intentModel());
    const reply = answer("Which articles do you know?", k);
    expect(reply.found).toBe(true);
    expect(reply.text).toContain(`I know ${k.index.articles.length} articles`);
    expect(reply.text).toContain(`and ${k.index.articles.length - 8} more`);
  });
});

describe("unionOf", () => {
  it("gives every position of the lists once, ascending, for one, two or many lists (a name shared by thousands of people)", () => {
    const lists = Array.from({ length: 40 }, (_, k) => Array.from({ length: k % 5 }, (_, j) => (k * 7 + j * 13) % 50).sort((a, b) => a - b).filter((x, i, a) => a.indexOf(x) === i));
    for (const n of [0, 1, 2, 3, 40]) {
      const some = lists.slice(0, n);
      expect(unionOf([...some, undefined])).toEqual([...new Set(some.flat())].sort((a, b) => a - b));
    }
    expect(unionOf([[2, 10, 100]])).toEqual([2, 10, 100]);
  });
});

describe("intersectionOf", () => {
  it("gives the positions every list holds, ascending, whatever the lists' lengths (two countries' thousands of meetings)", () => {
    const list = (step: number, from: number, n: number) => Array.from({ length: n }, (_, j) => from + j * step);
    const cases = [[list(2, 0, 500), list(3, 0, 400)], [list(7, 3, 100), list(1, 0, 2000), list(5, 3, 300)], [list(1, 0, 10), []], [[5], list(1, 0, 10)], [list(4, 1, 50)]];
    for (const lists of cases) expect(intersectionOf(lists)).toEqual(lists[0]!.filter((i) => lists.every((l) => l.includes(i))));
    expect(intersectionOf([])).toEqual([]);
  });
});

describe("distinctIds and idsOfBoth", () => {
  it("give the ids once each in order of first appearance, as a Set would, short lists or an office's thousands of holders", () => {
    const holders = Array.from({ length: 3000 }, (_, k) => `holder-${k % 2500}`);
    for (const ids of [[], ["ana-ortega"], ["ana-ortega", "paul-ruiz", "ana-ortega"], holders, holders.slice(0, 2500)]) {
      expect(distinctIds(ids)).toEqual([...new Set(ids)]);
      expect(distinctIds(ids)).toEqual([...new Set(ids)]); // asked again: the same
    }
    const pairs: [string[], string[]][] = [[["a", "b"], ["b", "c"]], [["a", "b"], ["a", "b"]], [["a", "a"], []], [[], ["c", "c"]], [["a", "b"], ["b", "a"]], [holders, holders.slice()]];
    for (const [a, b] of pairs) expect(idsOfBoth(a, b)).toEqual([...new Set([...a, ...b])]);
  });

  it("give a long list without repeats back as it is, so that what is kept for it (its meetings) is found again", () => {
    const holders = Array.from({ length: 100 }, (_, k) => `holder-${k}`);
    expect(distinctIds(holders)).toBe(holders);
    expect(idsOfBoth(holders, holders.slice())).toBe(holders);
  });
});
