import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { findMentions } from "../../src/extract/mentions";
import { mergePeople, type ArticlePeopleInput } from "../../src/extract/merge";
import { resolvePeople, type LocalPerson } from "../../src/extract/people";
import { segment } from "../../src/extract/segment";
import { NameBlocks } from "../../src/nlp/name-blocks";
import { indexOf, SEEDS } from "./helpers";

// Made-up names, hardly two alike: four syllables drawn from a number's hash.
const CONSONANTS = "bdfgkmnprstvz";
const VOWELS = "aeiou";
function word(n: number): string {
  let h = (n * 2654435761) >>> 0;
  let out = "";
  for (let k = 0; k < 4; k++) {
    out += CONSONANTS[h % CONSONANTS.length]! + VOWELS[(h >>> 8) % VOWELS.length]!;
    h = Math.imul(h ^ (h >>> 13), 1597334677) >>> 0;
  }
  return out[0]!.toUpperCase() + out.slice(1);
}
const nameOf = (i: number): string => `${word(2 * i)} ${word(2 * i + 1)}`;

/** The comparisons of names a run makes: candidate ids the blocking indexes hand out. */
function workOf(run: () => void): number {
  const before = NameBlocks.handedOut;
  run();
  return NameBlocks.handedOut - before;
}

describe("building at scale", () => {
  it("returns the seeds' people once each from an article of the seeds repeated to about 1 MB", () => {
    const once = indexOf(SEEDS).articles.map((a) => a.body).join("\n\n");
    const text = Array.from({ length: Math.ceil(1_000_000 / once.length) }, () => once).join("\n\n");
    const start = performance.now();
    const index = extractIndex([{ file: "seeds/long.txt", text }]);
    const seconds = (performance.now() - start) / 1000;
    // The same people, not one copy per repetition; and time in proportion to the length (generous bound).
    expect(index.people.length).toBeLessThanOrEqual(extractIndex([{ file: "seeds/once.txt", text: once }]).people.length);
    expect(index.people.filter((p) => p.names.includes("Muxtar Tleuberdi"))).toHaveLength(1);
    expect(seconds).toBeLessThan(120);
  }, 240_000);

  it("resolves an article naming thousands of different officials with a few comparisons per mention", () => {
    const article = (n: number) => {
      const text = Array.from({ length: n / 2 }, (_, i) => `Foreign Minister ${nameOf(2 * i)} met Ambassador ${nameOf(2 * i + 1)} in Almaty. The minister said talks went well.`).join("\n\n");
      const sents = segment([{ text }]);
      return { sents, mentions: sents.map(findMentions) };
    };
    const small = article(500);
    const large = article(2000);
    expect(resolvePeople(large.sents, large.mentions).people.length).toBeGreaterThan(1900);
    // A few comparisons per mention, not one per person met so far (that would be millions here).
    const mentions = large.mentions.flat().length;
    expect(workOf(() => resolvePeople(large.sents, large.mentions))).toBeLessThan(5 * mentions);
    expect(workOf(() => resolvePeople(small.sents, small.mentions))).toBeLessThan(5 * small.mentions.flat().length);
    const start = performance.now();
    resolvePeople(large.sents, large.mentions);
    expect(performance.now() - start).toBeLessThan(30_000); // generous: speed targets belong in npm run bench
  }, 120_000);

  it("merges the people of thousands of articles with a few comparisons per person", () => {
    const articles = (n: number): ArticlePeopleInput[] =>
      Array.from({ length: n }, (_, i) => {
        const person: LocalPerson = { name: nameOf(i % (n / 2)), spellings: [nameOf(i % (n / 2))], shortForms: [], offices: [{ title: "Ambassador", sentence: 0 }], honorifics: [] };
        return { article: `a${i}`, people: [person], sentenceIds: [i] };
      });
    const small = articles(1000);
    const large = articles(4000);
    // Each name is in two articles: two records merged into one person (made-up names may rarely look alike).
    expect(mergePeople(large).people.length).toBeGreaterThan(1950);
    expect(mergePeople(large).people.length).toBeLessThanOrEqual(2000);
    // A few comparisons per person, not one per pair (eight million pairs here).
    expect(workOf(() => mergePeople(large))).toBeLessThan(10 * large.length);
    expect(workOf(() => mergePeople(small))).toBeLessThan(10 * small.length);
  }, 120_000);
});
