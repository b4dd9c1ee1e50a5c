import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up: four articles, each with a foreign minister's talks with an ambassador on their own topics. */
const TALKS = [
  ["Tarsk", "5 May 2025", "Latvian", "Orvel Kestas", "Estonian", "Mira Halvik", "fisheries and border crossings"],
  ["Orvane", "9 June 2025", "Lithuanian", "Jonas Rell", "Finnish", "Tomas Ilves", "rail links and energy"],
  ["Lyra", "2 July 2025", "Veldian", "Anda Rusk", "Polish", "Pavel Osten", "grain exports and ports"],
  ["Kelm", "8 August 2025", "Orvanian", "Lina Varo", "Danish", "Erik Holm", "wind farms and shipping"],
];
const articles = TALKS.map(([place, day, ours, minister, theirs, ambassador, topics], i) => ({
  file: `seeds/98${i}_talks.txt`,
  text: `${minister} receives ${ambassador}\n\n${place}, ${day} - ${ours} Foreign Minister ${minister} held talks with ${theirs} Ambassador ${ambassador} in ${place} on Monday. They discussed ${topics}.\n`,
}));

const knowledge = loadKnowledge(extractIndex(articles), intentModel());
const ask = (q: string) => answer(q, knowledge);

describe("what was discussed, asked of an office everyone holds", () => {
  it("asks which meeting rather than listing every article's talks", () => {
    const a = ask("what did the ambassador and the minister discuss");
    expect(a.found).toBe(false);
    expect(a.text).toMatch(/which meeting/i);
    expect(a.text).not.toMatch(/fisheries|rail|grain|wind/);
  });

  it("answers once the question names a side", () => {
    const a = ask("what did the latvian minister and the ambassador discuss");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/fisheries/);
    expect(a.text).not.toMatch(/rail/);
  });
});
