import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { whyMissed } from "../../src/cli/why-missed";

/** A corpus folder of one made-up article and its key. */
function corpusOf(text: string, gold: object): string {
  const dir = mkdtempSync(join(tmpdir(), "why-missed-"));
  mkdirSync(join(dir, "articles"));
  mkdirSync(join(dir, "gold"));
  writeFileSync(join(dir, "articles", "x1.txt"), text);
  writeFileSync(join(dir, "gold", "x1.json"), JSON.stringify(gold));
  return dir;
}

describe("why gold meetings were missed, counted without printing the text", () => {
  const text = "Minister Ana Lorvik met Ambassador Teo Brandt in Orvane on Monday. Later, Lorvik spoke of trade. Brandt left for home.";
  const gold = {
    people: [{ name: "Ana Lorvik" }, { name: "Teo Brandt" }, { name: "Ida Sorel" }],
    meetings: [
      { participants: ["Ana Lorvik", "Teo Brandt"], status: "held" },
      { participants: ["Ana Lorvik", "Ida Sorel"], status: "planned" },
      { participants: ["Teo Brandt", "the business delegation"], status: "held" },
    ],
  };
  const report = [
    "x1: meetings 0/3 found, 0 spurious",
    "  missed: Ana Lorvik + Teo Brandt (2024-01-01, Orvane)",
    "  missed: Ana Lorvik + Ida Sorel (-, -)",
    "  missed: Teo Brandt + the business delegation (-, -)",
  ].join("\n");

  it("returns a frame gap for two people of the index named together beside 'met', a person the index lacks, and a group", () => {
    expect(whyMissed(report, corpusOf(text, gold), ["Ana Lorvik", "Teo Brandt"])).toEqual({
      "held: named together beside a word of contact (a frame gap)": 1,
      "planned: a participant is no person of the index": 1,
      "held: a participant is a group or an unnamed office": 1,
    });
  });

  it("returns 'never named together' when the two are only named in different sentences", () => {
    const apart = "Minister Ana Lorvik arrived in Orvane on Monday. She met Ambassador Teo Brandt.";
    expect(whyMissed(report.split("\n").slice(0, 2).join("\n"), corpusOf(apart, gold), ["Ana Lorvik", "Teo Brandt"])).toEqual({
      "held: never named together in a sentence (coreference, across sentences)": 1,
    });
  });
});
