import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up: an arrival at the airport, a greeter there, and talks with the host told in the same visit. */
const ARRIVAL = ` date 2024-05-07
Varan in Tarsk for talks with Kestas

Tarsk, 7 May 2024 - Veldian President Telu Varan flew into Tarsk International Airport on Monday afternoon for a two-day state visit.
He held talks with Orvanian President Piet Kestas at the presidential palace on Tuesday.
`;

// the talks' record holds the arrival sentence too, as the extractor's visit steps may attach it
const index = extractIndex([{ file: "seeds/989_arrival.txt", text: ARRIVAL }]);
const arrival = index.sentences.find((s) => s.text.includes("Airport"))!;
const knowledge = loadKnowledge({ ...index, meetings: index.meetings.map((m) => ({ ...m, sentences: [arrival.id, ...m.sentences] })) }, intentModel());

describe("a meeting at a venue only where a sentence puts two of its sides there", () => {
  it("never answers 'who welcomed A at the airport' with the host of talks told elsewhere", () => {
    const a = answer("who welcomed varan at the airport", knowledge);
    expect(a.text.split("\n").slice(0, 3).join(" ")).not.toContain("Kestas");
  });

  it("still answers with the meeting whose sentence names both sides at the venue", () => {
    expect(answer("who received varan at the palace", knowledge).text).toContain("Kestas");
  });
});
