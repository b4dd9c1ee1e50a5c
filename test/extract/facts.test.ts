import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { parseNumber, readTallies } from "../../src/extract/numbers";
import { FIXTURES, indexOf, seedIndex } from "./helpers";

const seeds = seedIndex();
const fixtures = indexOf(FIXTURES);
const factsOf = (index: typeof seeds, kind: string) => index.facts.filter((f) => f.kind === kind);

describe("readTallies", () => {
  it("returns in favour, against with named members, and abstentions", () => {
    expect(readTallies("The 1992 vote saw 59 countries in support, 3 against (US, Israel, Romania) and 71 abstentions.")).toEqual([
      { label: "in favour", value: 59 },
      { label: "against", value: 3, members: ["US", "Israel", "Romania"] },
      { label: "abstentions", value: 71 },
    ]);
    expect(readTallies("In 2022 the vote was 185 in favour, with just the US and Israel against.")).toEqual([
      { label: "in favour", value: 185 },
      { label: "against", value: 2, members: ["US", "Israel"] },
    ]);
  });

  it("returns numbers written in words", () => {
    expect(parseNumber("ten")).toBe(10);
    expect(parseNumber("twenty-one")).toBe(21);
    expect(parseNumber("1,200")).toBe(1200);
    expect(parseNumber("several")).toBeUndefined();
  });
});

describe("facts of the seed articles", () => {
  it("returns both UN votes with year and tallies", () => {
    const votes = factsOf(seeds, "vote");
    expect(votes.map((v) => v.date?.year)).toEqual([1992, 2022]);
    expect(votes[0]?.counts.find((c) => c.label === "against")?.members).toEqual(["US", "Israel", "Romania"]);
    expect(votes[1]?.counts.find((c) => c.label === "in favour")?.value).toBe(185);
  });

  it("returns relations and embassy established with their dates", () => {
    expect(factsOf(seeds, "relations")[0]).toMatchObject({ countries: ["Azerbaijan", "Cuba"], date: { year: 1992, month: 3, day: 27 } });
    expect(factsOf(seeds, "embassy")[0]).toMatchObject({ countries: ["Cuba", "Azerbaijan"], date: { year: 2007, month: 10, day: 12 } });
  });

  it("returns the documents signed, the tour stops, the summit and the delegation's arrival", () => {
    expect(factsOf(seeds, "count")[0]?.counts).toEqual([{ label: "documents signed", value: 10 }]);
    const tour = factsOf(seeds, "tour")[0];
    expect(tour?.places).toEqual(["Algeria", "Russia", "Türkiye"]);
    expect(tour?.people).toEqual(["miguel-diaz-canel"]);
    expect(factsOf(seeds, "event")[0]).toMatchObject({ subject: "Summit of the Non-Aligned Movement (NAM)", date: { year: 2023, month: 3, day: 2 } });
    expect(factsOf(seeds, "arrival").map((f) => f.summary)).toEqual([
      "Cuban specialists arrived in Azerbaijan in 2020",
      "A team of Cuban doctors arrived in Azerbaijan during the COVID-19 pandemic",
      "The Cuban delegation arrived in Azerbaijan",
      "The delegation arrived to attend the Summit of the Non-Aligned Movement (NAM)",
    ]);
    expect(factsOf(seeds, "arrival")[0]?.date).toMatchObject({ year: 2020 });
  });
});

describe("facts of unseen articles", () => {
  it("returns counts, relations, events, arrivals, tours and votes written another way", () => {
    expect(factsOf(fixtures, "count").map((f) => f.counts[0]?.value)).toEqual([4, 12, 35, 3, 14, 5, 120, 36]);
    expect(factsOf(fixtures, "relations").map((f) => f.date?.year)).toEqual([1963, 1521, 1992, 1836]);
    expect(factsOf(fixtures, "event")[0]).toMatchObject({ subject: "China-Africa Cooperation Forum", places: ["Beijing"], date: { month: 9, day: 4 } });
    expect(factsOf(fixtures, "arrival").map((f) => f.summary)).toEqual(["Lee Jae-myung arrived in Tokyo", "Wang Wentao arrived in Nairobi"]);
    expect(factsOf(fixtures, "tour").find((f) => f.subject !== "upcoming visit")?.places).toEqual(["Beijing", "Ankara", "Baku"]);
    expect(factsOf(fixtures, "vote")[0]?.counts.map((c) => c.value)).toEqual([120, 14, 45]);
  });
});

describe("facts written other ways", () => {
  const index = extractIndex([
    {
      file: "t/sa.txt",
      text: " date 2024-02-15\nSaudi Foreign Minister Prince Faisal bin Farhan Al Saud received Iranian Foreign Minister Hossein Amir-Abdollahian in Riyadh on Wednesday. The two countries restored diplomatic relations in March 2023 under a deal brokered by China.",
    },
  ]);

  it("returns relations restored, dated as precisely as written, between the article's countries", () => {
    expect(index.facts.find((f) => f.kind === "relations")).toMatchObject({
      summary: "Diplomatic relations between Saudi Arabia and Iran were restored in March 2023",
      date: { year: 2023, month: 3 },
    });
  });

  it("returns a hyphenated surname whose first part is also a title", () => {
    expect(index.people.map((p) => p.name)).toContain("Hossein Amir-Abdollahian");
  });
});

describe("visits", () => {
  it("returns the visitor and the country of 'paid an official visit to'", () => {
    const index = extractIndex([
      { file: "t/v.txt", text: " date 2024-10-02\nTurkish Foreign Minister Hakan Fidan paid an official visit to Egypt, where he met Egyptian President Abdel Fattah al-Sisi in Cairo on Tuesday." },
    ]);
    expect(index.facts.find((f) => f.kind === "tour")).toMatchObject({
      summary: "Hakan Fidan visited Egypt on 1 October 2024",
      people: ["hakan-fidan"],
      countries: ["Egypt"],
    });
  });
});

describe("an event among others in one sentence", () => {
  it("returns the date written after the event's own name, not the sentence's first (read31 x207)", () => {
    const text = " date 2022-02-04\nThe ministers exchanged views on the elections due at the upcoming summit, to be held on February 5 and 6, and on the Veldia-Orvane Summit planned in Brussels on February 17 and 18.";
    const index = extractIndex([{ file: "t/x.txt", text }]);
    expect(index.facts.filter((f) => f.kind === "event")[0]).toMatchObject({ subject: "Veldia-Orvane Summit", date: { month: 2, day: 17 } });
  });
});
