import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** A made-up visit: two meetings in the capital, told in order, the first one by "his first appointment". */
const VISIT = ` date 2023-01-20
TARSK, Jan 20 (Wire) - Veldian Foreign Minister Halvik Orvane paid a two-day visit to Orvania this week.

His first appointment in the city was with Piet Kestas, Orvania's Minister of Foreign Affairs. The two ministers then spoke to the press.

Vice President Ansel Lind received Orvane later in the day.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/940_visit.txt", text: VISIT }]), intentModel());

describe("who someone met first", () => {
  // check12 l203, read18 r510, read19 r616, read24 t105: "who did X meet first in Y" had no answer while "who did X meet in Y" had
  it("answers with the meetings in the order told, the first one first, not 'the articles name no one'", () => {
    const a = answer("who did orvane meet first in tarsk", knowledge);
    expect(a.found).toBe(true);
    expect(a.text).toContain("Kestas");
    expect(a.text.indexOf("Kestas")).toBeLessThan(a.text.indexOf("Lind") < 0 ? Infinity : a.text.indexOf("Lind"));
  });
});
