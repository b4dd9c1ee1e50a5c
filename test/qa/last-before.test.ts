/**
 * @module "When/where did A last … before this trip": the occasion before the one the article reports. Read as a question of the
 * trip it had gone to the reader, which gave the trip's own day or venue (new55b x595, read19 r605, check11 k203). Made-up articles.
 */
import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

const TRIP = ` date 2030-03-31 TARSK — Veldian Prime Minister Rush Varan met Orvanian President Telu Amsel in the afternoon at the Hall of the Republic in Tarsk on Friday, on the last day of an official visit.

The two leaders had last met in Kelm in November 2029, on the sidelines of a summit.

Amsel reminded his guest that he had last been in the country in 2016, when he was a trade minister.
`;

const RETURN = ` date 2030-06-06 ORVEL — Veldian Prime Minister Dara Osk arrived in Orvane yesterday, his first official visit since his coalition took power after December's election.

Osk met Orvanian Prime Minister Halvik Sarn in Port Kestas in May, at a regional forum.

Osk, who led Veldia from 1992 to 1999 before winning the job again last year, last came to Orvane on an official footing in 1998.
`;

const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/910_trip.txt", text: TRIP },
    { file: "seeds/911_return.txt", text: RETURN },
  ]),
  intentModel(),
);
const text = (q: string) => JSON.stringify(answer(q, knowledge).body);

describe("the occasion before the one reported", () => {
  it("gives the place of the pair's earlier meeting, not this trip's venue", () => {
    const reply = text("where did varan and amsel last meet before this trip");
    expect(reply).toContain("Kelm");
    expect(reply).not.toContain("Hall of the Republic");
  });

  it("gives the year a sentence says one 'had last been' in the country", () => {
    expect(text("when was amsel last in the country before this visit")).toContain("2016");
  });

  it("gives the year of one's last visit to the country asked, not a meeting elsewhere nor another span of the sentence", () => {
    const reply = text("when was osk's last official visit to orvane");
    expect(reply).toMatch(/"bold":"1998"/);
  });
});
