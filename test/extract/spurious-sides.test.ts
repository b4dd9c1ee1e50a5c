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
