import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import type { FactIndex } from "../../src/facts/types";
import { meetingsTold } from "./helpers";

// Published on Thursday 12 June 2025: "Tuesday" is 10 June.
const indexOfText = (text: string, published = "2025-06-12"): FactIndex => extractIndex([{ file: "t/x.txt", text: ` date ${published}\n${text}` }]);

describe("one pair's occasions of one day the text tells apart", () => {
  it("returns the airport welcome, the call and the banquet of one day as three meetings (check12 l209, heldout13 n110)", () => {
    const text = [
      "Veldian President Ana Varan arrived in Tarsk on Tuesday and was received at the airport by Orvanian President Piet Telu.",
      "From the airport Varan drove to the palace, where he called on Telu in the afternoon.",
      "In the evening Telu hosted a state banquet for Varan at the palace.",
    ].join("\n\n");
    expect(meetingsTold(indexOfText(text))).toHaveLength(3);
  });

  it("keeps talks 'followed by a working lunch' in one sentence as one meeting (corpus c058, devF f206)", () => {
    const text = "Veldian Foreign Minister Ana Varan held talks with Orvanian Foreign Minister Piet Telu in Tarsk on Tuesday, a meeting of an hour that was followed by a working lunch.";
    expect(meetingsTold(indexOfText(text))).toEqual(["Telu + Varan, 2025-6-10"]);
  });

  it("keeps a welcome at the airport told twice as one meeting", () => {
    const text = [
      "Veldian President Ana Varan arrived in Tarsk on Tuesday and was received at the airport by Orvanian President Piet Telu.",
      "At the airport, Telu welcomed Varan with a guard of honour.",
    ].join("\n\n");
    expect(meetingsTold(indexOfText(text))).toEqual(["Telu + Varan, 2025-6-10"]);
  });

  it("keeps a greeting at the palace one is driven to from the airport as the talks (devG g207)", () => {
    const text = [
      "Veldian Prime Minister Ana Varan held talks in Tarsk on Tuesday with his Orvanian counterpart, Piet Telu.",
      "Varan landed at Tarsk airport in the morning and was driven to the palace, where Telu greeted him.",
    ].join("\n\n");
    expect(meetingsTold(indexOfText(text))).toEqual(["Telu + Varan, 2025-6-10"]);
  });

});

describe("the table of occasions", () => {
  it("gives every row two example sentences", async () => {
    const { OCCASION_KINDS } = await import("../../src/extract/occasion-kinds");
    for (const row of OCCASION_KINDS) expect(row.examples.length, row.id).toBeGreaterThanOrEqual(2);
  });
});
