import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { readVisits } from "../../src/extract/pair-visit";
import type { PersonRef } from "../../src/extract/people";
import { segment } from "../../src/extract/segment";
import type { FactIndex } from "../../src/facts/types";

const indexOfText = (text: string, published = "2025-06-12"): FactIndex => extractIndex([{ file: "t/x.txt", text: ` date ${published}\n${text}` }]);
/** Each meeting as a user reads it: "Surname + Surname, status, date, place". */
const told = (index: FactIndex): string[] =>
  index.meetings.map((m) => {
    const names = m.participants.flatMap((p) => (p.kind === "person" ? [index.people.find((x) => x.id === p.person)?.name.split(" ").at(-1) ?? "?"] : [])).sort().join(" + ");
    const date = m.date && m.date.basis !== "publication" ? [m.date.year, m.date.month, m.date.day].filter((n) => n !== undefined).join("-") : "undated";
    return `${names}, ${m.status ?? "held"}, ${date}${m.place ? `, ${m.place}` : ""}`;
  });

const LEAD = "French President Ana Varan received German Chancellor Piet Telu in Paris on Tuesday.";

describe("a visit told with one name, another meeting of the pair", () => {
  it("returns the visit one side paid to the other's capital months before as another meeting of the pair", () => {
    expect(told(indexOfText(`${LEAD} Telu's trip returns a visit Varan paid to Berlin in May last year.`))).toEqual([
      "Telu + Varan, held, 2025-6-10, Paris",
      "Telu + Varan, held, 2024-5, Berlin",
    ]);
  });

  it("returns the state visit one side paid to the other's country, with its own date", () => {
    expect(told(indexOfText(`${LEAD} Varan paid a state visit to Germany in January last year, the first by a French leader in a decade.`))).toEqual([
      "Telu + Varan, held, 2025-6-10, Paris",
      "Telu + Varan, held, 2024-1",
    ]);
  });

  it("returns 'his previous trip' in another month as another meeting of the pair", () => {
    expect(told(indexOfText(`${LEAD} During Telu's previous trip in February, the two governments signed a treaty.`))).toEqual([
      "Telu + Varan, held, 2025-6-10, Paris",
      "Telu + Varan, held, 2025-2",
    ]);
  });

  it("returns 'his visit' to the other's capital last year, 'his' the one the sentence names before it", () => {
    expect(told(indexOfText(`${LEAD} Varan said his visit to Berlin last year had been fruitful.`))).toEqual([
      "Telu + Varan, held, 2025-6-10, Paris",
      "Telu + Varan, held, 2024, Berlin",
    ]);
  });

  it("returns nothing for 'his visit' when the sentence names two people before it", () => {
    expect(told(indexOfText(`${LEAD} Varan thanked Telu for his visit to Berlin last year.`))).toEqual(["Telu + Varan, held, 2025-6-10, Paris"]);
  });

  it("returns nothing more when the visit is the meeting told again (nothing sets it apart)", () => {
    expect(told(indexOfText(`${LEAD} Telu's visit to Paris on Tuesday was his first since taking office.`))).toEqual(["Telu + Varan, held, 2025-6-10, Paris"]);
  });

  it("returns nothing more for the story's own visit told on its first day ('arrived on Monday for a two-day visit, his first trip to Germany')", () => {
    expect(told(indexOfText(`${LEAD} Telu arrived in Paris on Monday for a two-day visit, his first trip to France since taking office.`))).toEqual(["Telu + Varan, held, 2025-6-10, Paris"]);
  });

  it("returns nothing for a visit to a third country", () => {
    expect(told(indexOfText(`${LEAD} Varan paid a state visit to Japan in January last year.`))).toEqual(["Telu + Varan, held, 2025-6-10, Paris"]);
  });
});

describe("a visit to the country of a leader the sentence names", () => {
  it("returns a planned meeting of the visitor with that country's head of government", () => {
    const text = "Veldia's Prime Minister, Ana Varan, will pay an official visit to the Republic of Moldova next week, Moldovan Prime Minister Piet Telu announced on Thursday.";
    expect(told(indexOfText(text))).toEqual(["Telu + Varan, planned, 2025-6"]);
  });

  it("returns nothing when the one named of that country holds no office of a host", () => {
    const text = "Veldia's Prime Minister, Ana Varan, will pay an official visit to Moldova next week, Moldovan journalist Piet Telu wrote on Thursday.";
    expect(told(indexOfText(text))).toEqual([]);
  });
});

describe("readVisits", () => {
  const ref = (person: number, at: number): PersonRef => ({ person, first: at, last: at, via: "name" });
  const read = (text: string, refs: PersonRef[]) => readVisits(segment([{ text }])[0]!.words, refs).map((v) => ({ visitor: v.visitor.person, to: v.to, previous: v.previous }));
  it("returns the visitor and the place of 'X paid a visit to P', 'a visit X paid to P', 'X's previous trip' and 'X visited P' (corpus c034, devD d008, d021, devC m014, corpus c007)", () => {
    expect(read("Varan paid a state visit to Moldova in May.", [ref(0, 0)])).toEqual([{ visitor: 0, to: "Moldova", previous: false }]);
    expect(read("Telu's trip returned a state visit Varan made to Moldova in March.", [ref(1, 0), ref(0, 7)])).toContainEqual({ visitor: 0, to: "Moldova", previous: false });
    expect(read("During Varan's previous trip in September, officials met.", [ref(0, 1)])).toEqual([{ visitor: 0, to: undefined, previous: true }]);
    expect(read("Varan visited Moldova in May.", [ref(0, 0)])).toEqual([{ visitor: 0, to: "Moldova", previous: false }]);
  });
  it("returns no visitor for a visit no one named makes", () => {
    expect(read("The visit to Veldia was postponed.", [])).toEqual([]);
    expect(read("Varan said the visit to Veldia was postponed.", [ref(0, 0)])).toEqual([]);
  });
});

describe("a contact recalled with its month, then pointed back to", () => {
  it("returns the day and place of the next sentence that opens with 'At their summit'", () => {
    const text = `${LEAD} Varan paid a state visit to Germany in January last year. At their summit in Berlin on Jan. 15, 2024, the two signed a treaty.`;
    expect(told(indexOfText(text))).toContainEqual("Telu + Varan, held, 2024-1-15, Berlin");
  });
  it("keeps the month when the next sentence's day is of another month", () => {
    const text = `${LEAD} Varan paid a state visit to Germany in January last year. At those talks, Telu recalled a treaty signed on March 3, 2020.`;
    expect(told(indexOfText(text))).toContainEqual("Telu + Varan, held, 2024-1");
  });
});

describe("a visit an invitation asks for", () => {
  const LETTER = "Sultan Kestas Orvel of Oman on Wednesday received Jordan's Foreign Minister Omar Telu, who handed him a letter from King Varan Halvik of Jordan.";

  it("returns a visit to come with no day nor place for an invitation the sentence says was accepted, not a held visit on the story's day (read19 r622)", () => {
    const meetings = told(indexOfText(`${LETTER} The letter also carried an invitation from King Varan Halvik for the Sultan to visit Jordan, which Sultan Kestas accepted.`, "2024-03-07"));
    expect(meetings.filter((m) => m.startsWith("Halvik + Orvel"))).toEqual(["Halvik + Orvel, planned, undated"]);
  });

  it("returns no visit for an invitation alone (devG g107's, read16 q308's 'invited X to visit Y')", () => {
    const meetings = told(indexOfText(`${LETTER} The letter also carried an invitation from King Varan Halvik for the Sultan to visit Jordan.`, "2024-03-07"));
    expect(meetings.filter((m) => m.startsWith("Halvik + Orvel"))).toEqual([]);
  });

  it("returns no visit for an invitation to pay or make one (read20 r708's, read22 r919's, devG g205's 'invited X to make an official visit to Y')", () => {
    for (const ask of ["Telu invited French Prime Minister Jo Kestas to make an official visit to Germany.", "Telu handed over an invitation for French Prime Minister Jo Kestas to pay a state visit to Germany."]) {
      expect(told(indexOfText(`${LEAD} ${ask}`))).toEqual(["Telu + Varan, held, 2025-6-10, Paris"]);
    }
  });
});

describe("a visit whose preparations a meeting covers", () => {
  // "The meeting also covered preparations for Bolat's visit to Egypt on 27-28 October, when he will attend …" (heldout60
  // x632, published mid-October); "reviewed the preparations for the forthcoming visit" (read16 q201), "discussed
  // preparations for the forthcoming visit of the President" (check12 l106).
  it("returns the visit as planned, on the coming days of its month, not the same days a year before", () => {
    const text = `French President Ana Varan received German Chancellor Piet Telu in Paris on Tuesday. The meeting also covered preparations for Telu's visit to France on 27-28 June, when he will open a fair.`;
    expect(told(indexOfText(text)).some((m) => m.startsWith("Telu + Varan, planned, 2025-6"))).toBe(true);
    expect(told(indexOfText(text)).some((m) => m.includes("2024"))).toBe(false);
  });
});
