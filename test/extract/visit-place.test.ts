import { describe, expect, it } from "vitest";
import { segment } from "../../src/extract/segment";
import { tripDestination } from "../../src/extract/visit-place";
import { meetingsOf } from "./helpers";

const find = (text: string, who: string) => meetingsOf(text).find((m) => m.names.includes(who));
const journey = (text: string) => tripDestination(segment([{ text }])[0]!)?.city;

describe("the city of a journey a sentence tells", () => {
  it("returns the town after a verb of coming or a visit noun", () => {
    expect(journey("Ana Varan arrived in Orvane on Monday for a three-day visit.")).toBe("Orvane");
    expect(journey("The ministers landed in Orvane late on Sunday.")).toBe("Orvane");
    expect(journey("Varan flew to Orvane on Friday.")).toBe("Orvane");
    expect(journey("It is her first official visit to Orvane.")).toBe("Orvane");
    expect(journey("Veldian minister visits Orvane for talks")).toBe("Orvane");
    expect(journey("Telu received Ana Varan, who has come to Orvane for the conference.")).toBe("Orvane");
  });
  it("returns nothing for a journey still to come or after the meeting, a title after 'arrived', or a country alone", () => {
    expect(journey("Varan will travel to Orvane next week.")).toBeUndefined();
    expect(journey("Before flying to Orvane, Varan met Telu.")).toBeUndefined();
    expect(journey("Telu received Russia's newly arrived Ambassador to Kazakhstan.")).toBeUndefined();
    expect(journey("Varan began a three-day visit to Kenya on Monday.")).toBeUndefined();
  });
});

describe("a meeting with no place of its own, held during a visit the article tells", () => {
  const visit = [
    "Veldian Foreign Minister Ana Varan said on Sunday that relations with her neighbours had never been better.",
    "",
    "Varan arrived in Orvane on Monday for a three-day visit, her first since taking office.",
    "",
    "On Tuesday, Varan held talks with Prime Minister Ben Telu on trade and energy.",
  ];
  it("returns the city of the visitor's arrival, with its provenance told apart from a place in the meeting's sentence", () => {
    const talks = find(visit.join("\n"), "Telu");
    expect(talks?.place).toBe("Orvane");
    expect(talks?.placeFrom).toBe("visit");
  });
  it("returns no place for a phone call of the visitor, nor for a meeting still to come", () => {
    const text = [...visit, "", "On Wednesday, Varan spoke by telephone with Foreign Minister Lia Dorn.", "", "On Thursday, Varan will meet President Karl Mosse."].join("\n");
    expect(find(text, "Dorn")?.place).toBeUndefined();
    expect(find(text, "Mosse")?.place).toBeUndefined();
  });
  it("returns no place from another person's journey, nor from a visit of another time", () => {
    const other = ["Veldian Foreign Minister Ana Varan said on Sunday that relations with her neighbours had never been better.", "", "Her deputy, Omar Vesk, arrived in Tarsk on Monday.", "", "On Tuesday, Varan held talks with Prime Minister Ben Telu on trade and energy."].join("\n");
    expect(find(other, "Telu")?.place).toBeUndefined();
    const recalled = ["Veldian Foreign Minister Ana Varan said on Sunday that relations with her neighbours had never been better.", "", "Varan last visited Orvane three years ago.", "", "On Tuesday, Varan held talks with Prime Minister Ben Telu on trade and energy."].join("\n");
    expect(find(recalled, "Telu")?.place).toBeUndefined();
  });
  it("returns no place from a flight told after the meeting's day (devC m009 style: 'flew to Beirut on Friday' … 'On Thursday he held talks with')", () => {
    const text = [
      "Veldian President Ana Varan flew to Orvane on Friday 10 January 2025 and was received by President Karl Mosse.",
      "",
      "On Thursday 9 January 2025, Varan held talks with Prime Minister Ben Telu on trade and energy.",
    ].join("\n");
    expect(find(text, "Telu")?.place).toBeUndefined();
  });
  it("returns the city of an arrival dated days before a meeting that the story's day is not near", () => {
    const text = [
      " date 2024-05-09",
      "Veldian Foreign Minister Ana Varan arrived in Orvane on 3 May 2024 for a week-long visit.",
      "",
      "On 8 May 2024, Varan held talks with Prime Minister Ben Telu on trade and energy.",
    ].join("\n");
    expect(find(text, "Telu")).toMatchObject({ place: "Orvane", placeFrom: "visit" });
  });
});

describe("a town no gazetteer knows in the headline or the lead, and a headline's journey", () => {
  it("returns the headline's town for the meetings its article places nowhere", () => {
    const text = [
      "Veldian minister arrives in Zorbiny for talks",
      "",
      "Wednesday, 14 June 2023 18:40",
      "",
      "Veldian Foreign Minister Ana Varan said on Wednesday that the two countries would sign a trade deal soon.",
      "",
      "On Tuesday, Varan held talks with Prime Minister Ben Telu on trade and energy.",
    ].join("\n");
    expect(find(text, "Telu")?.place).toBe("Zorbiny");
  });
  it("returns the city a headline's visit goes to for the meetings its article places nowhere", () => {
    const text = [
      "Veldian minister visits Orvane for talks on trade",
      "",
      "Wednesday, 14 June 2023 18:40",
      "",
      "Veldian Foreign Minister Ana Varan said on Wednesday that the two countries would sign a trade deal soon.",
      "",
      "On Tuesday, Varan held talks with Prime Minister Ben Telu on trade and energy.",
    ].join("\n");
    expect(find(text, "Telu")?.place).toBe("Orvane");
  });
});
