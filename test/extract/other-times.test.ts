/**
 * @module Tests of a meeting told at another time than the story's: a year or a month counted back
 * ("two years ago"), a sentence opening on a span of time away ("A year later, …"), a dateline's year
 * never one a span starts from ("since 1978"), and a day to come that fell a few days before the paper.
 * Shapes of devG, devH, heldout13, read18, read19 and read21 articles, written with made-up names.
 */
import { describe, expect, it } from "vitest";
import { parseDate, yearOfWeekday } from "../../src/extract/dates";
import { opensOnOtherTime } from "../../src/extract/meeting-setting";
import { segment } from "../../src/extract/segment";
import { meetingsOf } from "./helpers";

const find = (text: string, ...who: string[]) => meetingsOf(text).find((m) => who.every((w) => m.names.includes(w)));
const words = (text: string) => segment([{ text }])[0]!.words;

describe("parseDate, months and years counted back", () => {
  it("returns the year alone for 'two years ago' and the month for 'three months ago', never a day", () => {
    const years = parseDate("Two years ago", { published: "2025-11-20" });
    expect(years).toMatchObject({ year: 2023, basis: "relative" });
    expect(years?.month).toBeUndefined();
    const months = parseDate("three months ago", { published: "2025-02-10" });
    expect(months).toMatchObject({ year: 2024, month: 11 });
    expect(months?.day).toBeUndefined();
  });

  it("returns nothing without a publication date to count from", () => {
    expect(parseDate("two years ago")).toBeUndefined();
  });
});

describe("a day told as to come that fell shortly before publication", () => {
  it("keeps the publication's year when it is a few days back, as a plan told before the day or a span under way", () => {
    expect(parseDate("3 June", { published: "2024-06-06", future: true })).toMatchObject({ year: 2024, month: 6, day: 3 });
  });

  it("is next year's when it lies months back ('will meet on 5 January' in a paper of late December)", () => {
    expect(parseDate("5 January", { published: "2024-12-20", future: true })).toMatchObject({ year: 2025, month: 1, day: 5 });
  });
});

describe("opensOnOtherTime", () => {
  it("returns true for a sentence opening on a span of months or years away from the story", () => {
    expect(opensOnOtherTime(words("A year later, Varan paid a courtesy call on Telu."), 6)).toBe(true);
    expect(opensOnOtherTime(words("Months after taking office, Varan was met by Telu."), 7)).toBe(true);
    expect(opensOnOtherTime(words("In the first months of her tenure, Telu received Varan."), 9)).toBe(true);
    expect(opensOnOtherTime(words("Some years ago, Varan travelled to Tarsk for talks with Telu."), 9)).toBe(true);
  });

  it("returns false for a day the story moves to and for a sentence opening on its contact", () => {
    expect(opensOnOtherTime(words("Two days later, Varan met Telu."), 5)).toBe(false);
    expect(opensOnOtherTime(words("Varan met Telu a year later."), 1)).toBe(false);
  });
});

describe("a meeting of another time in a dated story", () => {
  const lead = " date 2024-09-05\nTARSK – Veldian Foreign Minister Varan Kestel held talks with Orvanian Foreign Minister Mira Telu in Tarsk on Wednesday.";

  it("takes no day of the story when its sentence opens on 'A year later' and gives no date", () => {
    const text = `${lead} The two first met in 2021 in Orvel. A year later, Kestel paid a courtesy call on Orvanian President Dario Halvik in Orvel.`;
    const later = find(text, "Kestel", "Halvik");
    expect(later).toBeDefined();
    expect(later?.date?.day).toBeUndefined();
    expect(later?.date?.month).toBeUndefined();
  });

  it("takes the date its sentence writes beside 'Five years ago', to the month", () => {
    const text = `${lead} Five years ago, in March 2019, Veldian President Dario Halvik called on Orvanian Prime Minister Ilse Marek in Orvel.`;
    expect(find(text, "Halvik", "Marek")?.date).toMatchObject({ year: 2019, month: 3 });
  });

  it("takes the year 'two years ago' gives, not the month of another event its sentence names", () => {
    const text = `${lead} Two years ago Telu received Veldian Ambassador Dario Halvik in Orvel to discuss the follow-up to the regional summit of May 2022.`;
    const ago = find(text, "Telu", "Halvik");
    expect(ago?.date).toMatchObject({ year: 2022 });
    expect(ago?.date?.month).toBeUndefined();
  });

  it("takes the day written without its year in the sentence of 'last year', far from the contact's verb (heldout90 x855)", () => {
    const text = `${lead} Telu stayed on in Orvel an extra day last year to hold a bilateral with Veldian President Dario Halvik at the Blue Palace in Orvel on May 31, after a regional gathering.`;
    expect(find(text, "Telu", "Halvik")?.date).toMatchObject({ year: 2023, month: 5, day: 31 });
  });
});

describe("yearOfWeekday and a year a span starts from", () => {
  it("returns undefined rather than a year written after 'since', on which the dateline's day fell on the lead's weekday", () => {
    // (7 February 1978 was a Tuesday; 7 February 2024 a Wednesday)
    expect(yearOfWeekday(2, 7, 2, "TARSK, Feb 7 (Wire) – … on Tuesday … a centre open in Tarsk since March 1978 … the conference Orvel hosts in 2024")).toBeUndefined();
    expect(yearOfWeekday(2, 7, 2, "TARSK, Feb 7 (Wire) – … on Tuesday … a centre that opened in March 1978")).toBe(1978);
  });
});
