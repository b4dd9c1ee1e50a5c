import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import type { FactIndex } from "../../src/facts/types";

const indexOfText = (text: string, published = "2025-06-12"): FactIndex => extractIndex([{ file: "t/x.txt", text: ` date ${published}\n${text}` }]);
/** Each meeting as a user reads it: its sides' last names (or the office of one named by it), sorted. */
const sides = (index: FactIndex): string[] =>
  index.meetings.map((m) =>
    m.participants
      .flatMap((p) => (p.kind === "person" ? [index.people.find((x) => x.id === p.person)?.name.split(" ").at(-1) ?? "?"] : [`(${p.name})`]))
      .sort()
      .join(" + "),
  );

describe("a description of a post stands for a holder of that post today", () => {
  it("returns the prime minister, not a foreign minister named since, for 'the Prime Minister'", () => {
    const index = indexOfText(
      "Orvanian Prime Minister Ivo Rask opened the trade fair in Tarsk on Monday. Orvanian Foreign Minister Dana Kel met the new Veldian ambassador, Ana Varan, on Tuesday. A year earlier, her predecessor, Piet Telu, had been received by the Prime Minister.",
    );
    expect(sides(index)).toContain("Rask + Telu");
    expect(sides(index)).not.toContain("Kel + Telu");
  });

  it("returns no meeting of a former president named for an old visit for 'the President'", () => {
    const index = indexOfText(
      "Veldian Foreign Minister Ana Varan arrived in Tarsk on Monday. The last visit to Veldia by an Orvanian head of state was made by former President Ivo Rask in 2018. The President received Varan on Tuesday.",
    );
    expect(sides(index).some((s) => s.includes("Rask"))).toBe(false);
  });
});

describe("a group side that stands for people named one by one", () => {
  it("returns no group meeting for 'his Orvanian counterparts and other senior officials'", () => {
    const index = indexOfText("Veldian Foreign Minister Ana Varan said on Tuesday that he would travel to Tarsk next week to meet his Orvanian counterparts and other senior officials.");
    expect(index.meetings).toEqual([]);
  });

  it("returns no group meeting for 'the other delegations taking part'", () => {
    const index = indexOfText("Veldian Foreign Minister Ana Varan used the ministerial meeting in Tarsk on Thursday to hold a series of one-on-one meetings with the other delegations taking part.");
    expect(index.meetings).toEqual([]);
  });
});

describe("a visit told with one name takes a host the sentence names", () => {
  it("returns no meeting with a compatriot of the host met on another day for a visit whose sentence names no host", () => {
    const index = indexOfText(
      "French President Ana Varan met German President Ivo Rask in Berlin in March 2019. Varan received German Chancellor Piet Telu in Paris on Tuesday. The two leaders also recalled Varan's working visit to Germany in July 2018.",
    );
    expect(sides(index)).toEqual(["Rask + Varan", "Telu + Varan"]);
  });
});

describe("a description by a post's kind stands for the holder of that kind of post", () => {
  it("returns the president, not the foreign minister more often the subject, for 'the Chilean leader'", () => {
    const index = indexOfText(
      "Chilean Foreign Minister Dana Kel met Peruvian Foreign Minister Ivo Rask in Lima on Monday. Kel said the talks had been useful. Kel later spoke to reporters. Rask was then received by Chilean President Ana Varan. Kel also attended. Opening the encounter, the Chilean leader recalled that he had held talks with Peruvian President Piet Telu in New York in September.",
    );
    expect(sides(index)).toContain("Telu + Varan");
    expect(sides(index)).not.toContain("Kel + Telu");
  });

  it("returns the ambassador, not the minister he called on, for 'the departing envoy'", () => {
    const index = indexOfText(
      "Orvanian Ambassador Ivo Rask paid a farewell call on Veldian Foreign Minister Dana Kel in Tarsk on Monday. Kel thanked Rask for his work. Kel said relations were at their best. The departing envoy was also received for a farewell meeting by Prime Minister Ana Varan.",
    );
    expect(sides(index)).toContain("Rask + Varan");
    expect(sides(index)).not.toContain("Kel + Varan");
  });
});

describe("a group side is a noun phrase of people", () => {
  it("returns no meeting with the people of a clause after 'that' ('welcomed the announcement that … would be freed')", () => {
    const index = indexOfText("Veldian Foreign Minister Ana Varan arrived in Tarsk on Monday. The minister also welcomed the government's announcement that political prisoners, activists and students still in jail would be freed.");
    expect(index.meetings).toEqual([]);
  });

  it("returns no group from a clause after 'said that' ('said that Chile and Peru, as members of …, are committed')", () => {
    const index = indexOfText("Chilean Foreign Minister Ana Varan met Peruvian Foreign Minister Ivo Rask in Lima on Monday. Speaking to the press after the meeting, the Chilean minister said that Chile and Peru, as members of both the Pacific Alliance and APEC, are committed to fighting smuggling.");
    expect(sides(index)).toEqual(["Rask + Varan"]);
  });

  it("returns no group of what a second participle after 'and' takes ('hosting the meeting and thanking the government')", () => {
    const index = indexOfText("Talks opened in Tarsk on Thursday morning, with Veldian envoy Ana Varan thanking Orvanian official Ivo Rask for hosting the meeting and thanking the provincial government and the people of the island for their hospitality.");
    expect(sides(index).some((s) => s.includes("("))).toBe(false);
  });
});
