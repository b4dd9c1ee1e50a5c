import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import type { FactIndex } from "../../src/facts/types";
import { meetingsTold } from "./helpers";

// Published on Thursday 12 June 2025.
const indexOfText = (text: string, published = "2025-06-12"): FactIndex => extractIndex([{ file: "t/x.txt", text: ` date ${published}\n${text}` }]);
/** Each meeting's people by full name, "A + B", sorted. */
const sides = (index: FactIndex): string[] =>
  index.meetings.map((m) => m.participants.flatMap((p) => (p.kind === "person" && p.role !== "present" ? [index.people.find((x) => x.id === p.person)?.name ?? "?"] : [])).sort().join(" + ")).sort();

describe("a visitor's calls on one country's office-holders named in one list", () => {
  it("returns one meeting with each holder a visitor met (heldout24 t119, check12 l102)", () => {
    const text = [
      "Veldian Defence Minister Ana Varan arrived in Tarsk on Monday for a three-day visit to Orvania.",
      "During his stay in the capital, Varan also met President Piet Telu, Vice President Mira Osk and Foreign Secretary Jon Brel.",
    ].join("\n\n");
    expect(sides(indexOfText(text))).toEqual(["Ana Varan + Jon Brel", "Ana Varan + Mira Osk", "Ana Varan + Piet Telu"]);
  });

  it("returns one meeting with each holder of a schedule to come, a title after the name too (heldout16 q208, heldout19 r611)", () => {
    const text = "On Friday the Veldian Foreign Minister, Ana Varan, will meet Orvanian Prime Minister Piet Telu and the speaker of the Orvanian parliament, Mira Osk.";
    const index = indexOfText(text);
    expect(sides(index)).toEqual(["Ana Varan + Mira Osk", "Ana Varan + Piet Telu"]);
    expect(index.meetings.every((m) => m.status === "planned")).toBe(true);
  });

  // heldout32 x237 ("holding talks in Prague with A, B and the Commander …, C"), heldout96 905, heldout79 x766 ("also held talks with Prime Minister A and Foreign Minister B")
  it("returns one set of talks with each holder a visitor held talks with", () => {
    const text = "During the same stop in Tarsk, Veldian Foreign Minister Ana Varan also held talks with Prime Minister Piet Telu and Foreign Minister Mira Osk.";
    expect(sides(indexOfText(text))).toEqual(["Ana Varan + Mira Osk", "Ana Varan + Piet Telu"]);
  });

  it("returns one audience with each host who received the visitor (devF f209)", () => {
    const text = "During his two days in Tarsk, Veldian Foreign Minister Ana Varan was received by Orvanian President Piet Telu and Prime Minister Mira Osk.";
    expect(sides(indexOfText(text))).toEqual(["Ana Varan + Mira Osk", "Ana Varan + Piet Telu"]);
  });

  it("keeps ministers met together as one meeting: a delegation", () => {
    const text = "Veldian President Ana Varan met Orvanian Foreign Minister Piet Telu and Defence Minister Mira Osk in Tarsk on Tuesday.";
    expect(sides(indexOfText(text))).toEqual(["Ana Varan + Mira Osk + Piet Telu"]);
  });

  it("keeps two who met one person together as one meeting, and a name set beside another as no list", () => {
    const pair = "Veldian Prime Minister Ana Varan and Mira Osk, then foreign minister, met Orvanian President Piet Telu in Tarsk on 14 March.";
    expect(sides(indexOfText(pair))).toEqual(["Ana Varan + Mira Osk + Piet Telu"]);
  });

  it("keeps a welcoming party at the airport as one meeting", () => {
    const text = "Veldian Foreign Minister Ana Varan was met at the airport by Orvanian Vice President Piet Telu and the Speaker of Parliament, Mira Osk.";
    expect(sides(indexOfText(text))).toEqual(["Ana Varan + Mira Osk + Piet Telu"]);
  });

  it("keeps a trilateral meeting and a meeting held with the list as one meeting", () => {
    const trilateral = "Veldian President Ana Varan met Orvanian President Piet Telu and Tarskian Prime Minister Mira Osk for a trilateral meeting in Tarsk on Tuesday.";
    expect(sides(indexOfText(trilateral))).toEqual(["Ana Varan + Mira Osk + Piet Telu"]);
    const noun = "Veldian Foreign Minister Ana Varan held a meeting with Orvanian Deputy Speaker Piet Telu and Mira Osk, who chairs the foreign relations committee.";
    expect(sides(indexOfText(noun))).toEqual(["Ana Varan + Mira Osk + Piet Telu"]);
  });

  it("keeps the dates the sentence gives each meeting", () => {
    const text = "Veldian Foreign Minister Ana Varan met Orvanian President Piet Telu and Prime Minister Mira Osk in Tarsk on Tuesday.";
    expect(meetingsTold(indexOfText(text)).sort()).toEqual(["Osk + Varan, 2025-6-10", "Telu + Varan, 2025-6-10"]);
  });
});

describe("envoys of several countries a host receives in one list", () => {
  it("returns one audience with each envoy received in a sentence of credentials", () => {
    const text = "Finnish President Ana Varan received ambassadors Piet Telu of Chile and Mira Osk of Peru, who presented their credentials on Monday.";
    expect(sides(indexOfText(text))).toEqual(["Ana Varan + Mira Osk", "Ana Varan + Piet Telu"]);
  });

  it("returns one contact with the host for each envoy who presented credentials together", () => {
    const text = "Ambassadors Piet Telu of Chile and Mira Osk of Peru presented their credentials to Finnish President Ana Varan on Monday.";
    expect(sides(indexOfText(text))).toEqual(["Ana Varan + Mira Osk", "Ana Varan + Piet Telu"]);
  });

  it("keeps envoys received with no word of credentials as one reception", () => {
    const text = "Finnish President Ana Varan received ambassadors Piet Telu of Chile and Mira Osk of Peru on Monday to discuss the regional crisis.";
    expect(sides(indexOfText(text))).toEqual(["Ana Varan + Mira Osk + Piet Telu"]);
  });
});
