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

  it("returns the welcome at the airport a 'where' clause points to apart from the pair's meeting (heldout20 r708, heldout19 r624)", () => {
    const text = [
      "The Veldian Prime Minister, Ana Varan, landed at Tarsk airport on Monday, where he was greeted by his Orvanian counterpart, Piet Telu.",
      "On Tuesday morning the Veldian delegation was welcomed at the seat of government.",
      "Varan and Telu first had a one-on-one meeting, then chaired an enlarged session with ministers from both sides.",
    ].join("\n\n");
    expect(meetingsTold(indexOfText(text))).toHaveLength(2);
  });

  it("returns the welcome at the airport a 'was there' points to apart from the talks (devF f205)", () => {
    const text = [
      "Orvanian Foreign Minister Piet Telu met Veldian Foreign Minister Ana Varan in Tarsk on Tuesday.",
      "Orvanian officials welcomed Varan at Tarsk International Airport on Tuesday morning, and Telu himself was there to greet him.",
    ].join("\n\n");
    expect(meetingsTold(indexOfText(text))).toEqual(["Telu + Varan, 2025-6-10", "Telu + Varan, 2025-6-10"]);
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

describe("a meeting of three and a meeting of two of its people", () => {
  const told = (text: string): string[] => meetingsTold(indexOfText(text)).sort();

  it("returns a 'bilateral meeting' of two after their trilateral talks as a meeting of its own (corpus c039, check12 l205)", () => {
    const text = [
      "Veldian President Ana Varan, Orvanian President Piet Telu and Tarskan President Karl Orlo held trilateral talks in Lyon on Tuesday.",
      "On the sidelines of the summit, Varan also held a bilateral meeting with Telu.",
    ].join("\n\n");
    expect(told(text)).toEqual(["Orlo + Telu + Varan, 2025-6-10", "Telu + Varan, 2025-6-10"]);
  });

  it("returns a 'three-way meeting' after the pair's talks as a meeting of its own (devG g104, check12 l112)", () => {
    const text = [
      "Veldian Foreign Minister Ana Varan held talks with Orvanian Foreign Minister Piet Telu in Lyon on Tuesday.",
      "Varan and Telu then held a three-way meeting with Tarskan Foreign Minister Karl Orlo.",
    ].join("\n\n");
    expect(told(text)).toEqual(["Orlo + Telu + Varan, 2025-6-10", "Telu + Varan, 2025-6-10"]);
  });

  it("keeps a telling of three that counts no sides as the pair's meeting told again", () => {
    const text = [
      "Veldian Foreign Minister Ana Varan held talks with Orvanian Foreign Minister Piet Telu in Lyon on Tuesday.",
      "Varan and Telu received Tarskan Foreign Minister Karl Orlo during the talks.",
    ].join("\n\n");
    expect(told(text)).toHaveLength(1);
  });
});
