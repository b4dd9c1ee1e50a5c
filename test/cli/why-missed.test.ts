import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOST_WHERE, SECOND_APART, SECOND_WHERE, whyMissed, whySpurious } from "../../src/cli/why-missed";

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

describe("the second meetings of a pair, counted by what tells them apart in the key and where the read lost them", () => {
  const text = "Minister Ana Lorvik met Ambassador Teo Brandt in Orvane on Monday. The two last met in Tarsk in March.";
  const gold = {
    published: "2025-06-12",
    people: [{ name: "Ana Lorvik" }, { name: "Teo Brandt" }],
    meetings: [
      { participants: ["Ana Lorvik", "Teo Brandt"], status: "held", kind: "talks", date: "2025-06-09", place: "Orvane" },
      { participants: ["Ana Lorvik", "Teo Brandt"], status: "held", kind: "meeting", date: "2025-03", place: "Tarsk" },
    ],
  };
  const report = ["x1: meetings 1/2 found, 0 spurious", "  missed: Ana Lorvik + Teo Brandt (2025-03, Tarsk)"].join("\n");
  const joined = () => ({ gap: "joined by a frame here, lost after (merged, settled or matched to another)", joinedIn: 1, collective: true });

  it("returns a date months before the article's, told by 'the two' in a sentence naming no one", () => {
    const counts = whyMissed(report, corpusOf(text, gold), ["Ana Lorvik", "Teo Brandt"], joined);
    expect(counts[`${SECOND_APART}date: a month or more before the article's (recalled, 'last met')`]).toBe(1);
    expect(counts[`${SECOND_WHERE}a sentence naming no one tells a contact of 'the two' / 'they' ('The two leaders last met in July'; pair-again.ts)`]).toBe(1);
  });

  it("returns a call told apart from a meeting in person on the same day", () => {
    const call = { ...gold, meetings: [gold.meetings[0]!, { ...gold.meetings[1]!, kind: "phone call", date: "2025-06-09", place: null }] };
    const counts = whyMissed(report.replace("(2025-03, Tarsk)", "(2025-06-09, no place)"), corpusOf(text, call), ["Ana Lorvik", "Teo Brandt"], joined);
    expect(counts[`${SECOND_APART}manner: a call and a meeting in person`]).toBe(1);
  });
});

describe("the pairs a frame joined and the index lost, counted by what the index holds of them", () => {
  const text = "Minister Ana Lorvik met President Teo Brandt and Speaker Ida Sorel in Orvane on Monday.";
  const gold = {
    people: [{ name: "Ana Lorvik" }, { name: "Teo Brandt" }, { name: "Ida Sorel" }],
    meetings: [
      { participants: ["Ana Lorvik", "Teo Brandt"], status: "held" },
      { participants: ["Ana Lorvik", "Ida Sorel"], status: "held" },
    ],
  };
  const report = ["x1: meetings 1/2 found, 0 spurious", "  missed: Ana Lorvik + Ida Sorel (-, -)"].join("\n");
  const joined = () => ({ gap: "joined by a frame here, lost after (merged, settled or matched to another)", joinedIn: 1, collective: false });

  it("returns a meeting of both with three sides and its rule, taken by another key meeting", () => {
    const meetings = [{ article: "x1", rule: "meet", names: [["Ana Lorvik"], ["Teo Brandt"], ["Ida Sorel"]] }];
    const counts = whyMissed(report, corpusOf(text, gold), ["Ana Lorvik", "Teo Brandt", "Ida Sorel"], joined, undefined, meetings);
    expect(counts[`${LOST_WHERE}a meeting of both with 3 sides (rule meet), taken by another key meeting`]).toBe(1);
  });

  it("returns no meeting of both when the index holds none", () => {
    const meetings = [{ article: "x1", rule: "meet", names: [["Ana Lorvik"], ["Teo Brandt"]] }];
    const counts = whyMissed(report, corpusOf(text, gold), ["Ana Lorvik", "Teo Brandt", "Ida Sorel"], joined, undefined, meetings);
    expect(counts[`${LOST_WHERE}no meeting of both (dropped, or a side read as another person)`]).toBe(1);
  });
});

describe("why the index's meetings matched no gold meeting, counted without printing the text", () => {
  const gold = {
    people: [{ name: "Ana Lorvik", also: ["Lorvik"] }, { name: "Teo Brandt" }, { name: "Ida Sorel" }, { name: "Pim Daal" }, { name: "Ros Venn" }],
    meetings: [
      { participants: ["Ana Lorvik", "Teo Brandt"], present: ["Pim Daal"] },
      { participants: ["Ida Sorel", "Teo Brandt"] },
    ],
  };
  const report = [
    "x1: meetings 2/2 found, 6 spurious",
    "  spurious: Ana Lorvik + Teo Brandt",
    "  spurious: Lorvik + Pim Daal",
    "  spurious: Ana Lorvik + Ros Venn",
    "  spurious: Ana Lorvik + Ida Sorel",
    "  spurious: Ana Lorvik + Editor",
    "  spurious: Ana Lorvik + the press corps",
  ].join("\n");

  it("returns one cause per spurious meeting: read twice, only present, met no one, a wrong counterpart, no person of the key", () => {
    expect(whySpurious(report, corpusOf("", gold), new Set(["Ana Lorvik", "Teo Brandt", "Ida Sorel", "Pim Daal", "Ros Venn", "Editor"]))).toEqual({
      "the people of a gold meeting, read twice or split: read twice": 1,
      "a side only present at a gold meeting": 1,
      "a side met no one in the key (named only)": 1,
      "each met others in the key, not each other (a wrong counterpart)": 1,
      "a side is no person of the key: a person of the index (a misread name, someone only named, page furniture)": 1,
      "a side is no person of the key: a group of the index (a misread name, someone only named, page furniture)": 1,
    });
  });

  it("tells a pair split from a key meeting of more sides, with the countries of its sides and the index meeting's rule", () => {
    const wide = {
      people: [{ name: "Ana Lorvik", country: "Veldia" }, { name: "Teo Brandt", country: "Orvania" }, { name: "Ida Sorel", country: "Orvania" }],
      meetings: [{ participants: ["Ana Lorvik", "Teo Brandt", "Ida Sorel"] }],
    };
    const split = ["x1: meetings 0/1 found, 1 spurious", "  spurious: Ana Lorvik + Teo Brandt"].join("\n");
    const meetings = [{ article: "x1", rule: "meet", names: [["Ana Lorvik"], ["Teo Brandt"]] }];
    expect(whySpurious(split, corpusOf("", wide), new Set(["Ana Lorvik", "Teo Brandt"]), meetings)).toEqual({
      "the people of a gold meeting, read twice or split: split from a key meeting of 3 sides of 2 countries (rule meet)": 1,
    });
  });
});
