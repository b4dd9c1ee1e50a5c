/** @module Tests of the dates a visit announced for "next week" gives: a week that runs into another month tells no month, and a meeting to come "during his stay" takes the month of the span the lead announces. */
import { describe, expect, it } from "vitest";
import { parseDate } from "../../src/extract/dates";
import { meetingsOf } from "./helpers";

const find = (text: string, who: string) => meetingsOf(text).find((m) => m.names.includes(who));

describe("parseDate on 'next week' and 'last week'", () => {
  it("returns the month of a week that lies within one month", () => {
    // a paper of Sunday 12 January 2020 (PTI, "Wang Yi to visit Sri Lanka next week"): the week of 13 to 19 January
    expect(parseDate("will visit Sri Lanka next week", { published: "2020-01-12" })).toMatchObject({ year: 2020, month: 1, basis: "relative" });
    expect(parseDate("was in Kyiv last week", { published: "2023-09-13" })).toMatchObject({ year: 2023, month: 9 });
  });

  it("returns the year alone for a week that runs into the next month (Yonhap of Thursday 25 August 2022; corpus c049's 21 November 2024), and nothing across a new year", () => {
    const aug = parseDate("will visit Mongolia next week", { published: "2022-08-25" });
    expect(aug).toMatchObject({ year: 2022, basis: "relative" });
    expect(aug?.month).toBeUndefined();
    expect(parseDate("will pay a three-day official visit to Pakistan next week", { published: "2024-11-21" })?.month).toBeUndefined();
    // a paper of Thursday 25 December 2025: the week of 29 December to 4 January
    expect(parseDate("will travel to Tarsk next week", { published: "2025-12-25" })).toBeUndefined();
  });
});

describe("a meeting to come on a visit the lead announces", () => {
  const visit = (lead: string) =>
    ` date 2024-11-21\nTARSK, Nov 21: ${lead}\n\nDuring his stay, Varan is scheduled to hold talks with Prime Minister Lena Telu, the ministry said.\n`;

  it("returns the month of the span the lead gives the visit (corpus c049's 'next week, from November 25 to 27'; ktpress's 'scheduled for 8-14 January 2023')", () => {
    const m = find(visit("The President of Veldia, Anton Varan, will pay a three-day official visit to Orvane next week, from December 2 to 4, the Foreign Office announced on Thursday."), "Telu");
    expect(m).toMatchObject({ status: "planned", date: { year: 2024, month: 12 } });
    expect(m?.date?.day).toBeUndefined();
  });

  it("returns no date when the lead gives the visit only a week that runs into another month", () => {
    const m = find(visit("The President of Veldia, Anton Varan, will pay a three-day official visit to Orvane next week, the Foreign Office announced on Thursday."), "Telu");
    expect(m?.status).toBe("planned");
    expect(m?.date).toBeUndefined();
  });
});
