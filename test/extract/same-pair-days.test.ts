import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import type { FactIndex } from "../../src/facts/types";
import { meetingsTold } from "./helpers";

// Published on Thursday 12 June 2025: "Saturday" is 7 June, "Sunday" 8 June, "Tuesday" 10 June, "Wednesday" 11 June.
const indexOfText = (text: string, published = "2025-06-12"): FactIndex => extractIndex([{ file: "t/x.txt", text: ` date ${published}\n${text}` }]);

describe("one pair's contacts on two days the text tells apart", () => {
  it("returns a farewell of this morning apart from the reception of Saturday, each with its day (heldout13 n110, devF f210)", () => {
    const text = [
      "Veldian Prime Minister Ana Varan left Tarsk for Orvel this morning at the end of a state visit.",
      "Foreign Minister Piet Telu saw the prime minister off at the airport.",
      "Later on Saturday Varan received Telu at his hotel, and the two discussed trade.",
    ].join("\n\n");
    expect(meetingsTold(indexOfText(text))).toEqual(["Telu + Varan, 2025-6-12", "Telu + Varan, 2025-6-7"]);
  });

  it("returns a visitor 'seen off at the airport by' the host on the day of leaving apart from the welcome the day before (check12 l209, devF f210)", () => {
    const text = [
      "Veldian President Ana Varan arrived in Tarsk on Tuesday and was received at the airport by President Piet Telu.",
      "Before leaving on Wednesday, Varan was seen off at the airport by Telu.",
    ].join("\n\n");
    expect(meetingsTold(indexOfText(text))).toEqual(["Telu + Varan, 2025-6-10", "Telu + Varan, 2025-6-11"]);
  });

  it("returns the talks two ministers 'led their delegations in' on Sunday apart from their private meeting of Saturday (devF f210)", () => {
    const text = [
      "On Saturday, Veldian Foreign Minister Ana Varan and Orvanian Foreign Minister Piet Telu held a private meeting in Tarsk.",
      "On Sunday, the two foreign ministers led their delegations in an official session of talks at the ministry.",
    ].join("\n\n");
    expect(meetingsTold(indexOfText(text))).toEqual(["Telu + Varan, 2025-6-7", "Telu + Varan, 2025-6-8"]);
  });

  it("keeps a meeting told in a sentence with no day and again with its day as one meeting", () => {
    const text = [
      "Veldian Prime Minister Ana Varan received Orvanian Foreign Minister Piet Telu in Tarsk.",
      "Varan and Telu met on Saturday at the presidential palace and discussed trade.",
    ].join("\n\n");
    expect(meetingsTold(indexOfText(text))).toEqual(["Telu + Varan, 2025-6-7"]);
  });

  it("keeps the meeting's day when a sentence of its people tells of another day: they had arrived on Tuesday", () => {
    const text = [
      "Veldian President Ana Varan and Orvanian President Piet Telu held talks in Tarsk on Wednesday.",
      "Varan had flown in on Tuesday, a day the government declared a holiday.",
    ].join("\n\n");
    expect(meetingsTold(indexOfText(text))).toEqual(["Telu + Varan, 2025-6-11"]);
  });
});

describe("a timeline of bulleted lines", () => {
  // shapes of a wire explainer ("How the talks have unfolded" over "– 9 October: …" lines, devF f110) and a credentials
  // report ("were:" over "- A, Ambassador of …. He succeeds …" lines, check11 k103): each line opens a sentence of its own.
  it("returns each line's contact of one pair on its own day, not the line before's", () => {
    const text = [
      "Veldian Foreign Minister Ana Varan and Orvanian Foreign Minister Piet Telu spoke by telephone on Tuesday.",
      "How the talks have unfolded",
      "– 2 April: President Kest Dorsan and President Lio Harn spoke by phone for half an hour.\n– 5 April: three days later, Varan and Telu had a friendly telephone conversation.\n– 20 May: Varan and Telu met in Tarsk on the sidelines of a summit.",
    ].join("\n\n");
    const told = meetingsTold(indexOfText(text));
    expect(told).toContain("Telu + Varan, 2025-4-5");
    expect(told).toContain("Telu + Varan, 2025-5-20");
    expect(told).toContain("Dorsan + Harn, 2025-4-2");
  });

  it("returns the day a later telling gives a contact the lead dated only by its month (heldout21 r801, heldout23 s110)", () => {
    const text = [
      "Veldian Foreign Minister Ana Varan called on Orvanian President Piet Telu during a three-day stay in Tarsk, local media reported on Thursday.",
      "He sat down with Telu on Tuesday evening and thanked him for his help.",
    ].join("\n\n");
    expect(meetingsTold(indexOfText(text))).toEqual(["Telu + Varan, 2025-6-10"]);
  });

  it("returns a weekday of the week the lead named for a contact to come, not of the publication's week (heldout23 s110)", () => {
    const text = [
      "Veldian Foreign Minister Ana Varan will hold talks in Tarsk next week with Orvanian Foreign Minister Piet Telu, the ministry said.",
      "Telu is expected in Tarsk on Thursday and will sit down with Varan on Friday.",
    ].join("\n\n");
    expect(meetingsTold(indexOfText(text))).toEqual(["Telu + Varan, 2025-6-20"]);
  });
});

describe("a day written with a leading zero", () => {
  it("returns the day of '04 June 2024' and of 'June 04, 2024' (heldout24 t109)", () => {
    expect(meetingsTold(indexOfText("Veldian Foreign Minister Ana Varan met Orvanian Foreign Minister Piet Telu in Tarsk on 04 June 2024."))).toEqual(["Telu + Varan, 2024-6-4"]);
    expect(meetingsTold(indexOfText("Veldian Foreign Minister Ana Varan met Orvanian Foreign Minister Piet Telu in Tarsk on June 04, 2024."))).toEqual(["Telu + Varan, 2024-6-4"]);
  });
});
