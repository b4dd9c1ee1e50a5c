import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { askedDates, dateFits, formatDate, isDateWord, storyDayDate, weekdayDate } from "../../src/qa/dates";

describe("askedDates", () => {
  it("returns years, months and days in either order", () => {
    expect(askedDates("who met in 2022")).toEqual([{ year: 2022 }]);
    expect(askedDates("Who met with Sun on April 26?")).toEqual([{ month: 4, day: 26 }]);
    expect(askedDates("meetings on 4 February 2023")).toEqual([{ month: 2, day: 4, year: 2023 }]);
  });

  it("returns nothing for 'may' used as a verb", () => {
    expect(askedDates("who may have met")).toEqual([]);
  });

  it("returns the month May when a year, a day or a word of time goes with it", () => {
    expect(askedDates("who met in May 2022")).toEqual([{ month: 5, year: 2022 }]);
    expect(askedDates("what happened in may")).toEqual([{ month: 5 }]);
    expect(askedDates("who met on 3 May")).toEqual([{ month: 5, day: 3 }]);
  });
});

describe("isDateWord", () => {
  it("returns true for a month, a day of the week or a year alone, and false for 'may' alone", () => {
    expect(["April", "sept.", "Monday", "2019"].map(isDateWord)).toEqual([true, true, true, true]);
    expect(["May", "Monaco", "20199", "Marco"].map(isDateWord)).toEqual([false, false, false, false]);
  });

  it("returns what askedDates says of the word alone, for any word", () => {
    const piece = fc.constantFrom("jan", "May", "may", "Mar.", "sept", "june", "Monday", "sun", "2019", "1850", "20", "a", "x", "Dec", "ember", "day", ".", ",", "?", " ", "");
    fc.assert(fc.property(fc.array(piece, { maxLength: 3 }).map((p) => p.join("")), (word) => isDateWord(word) === askedDates(word).length > 0));
  });
});

describe("dateFits", () => {
  it("returns true when the parts the article gives agree", () => {
    expect(dateFits({ month: 2, day: 4, basis: "dateline", text: "Feb 4" }, { month: 2, day: 4 })).toBe(true);
    expect(dateFits({ year: 2022, month: 11, day: 25, basis: "relative", text: "On Friday" }, { year: 2023 })).toBe(false);
  });
});

describe("formatDate", () => {
  it("returns the date as precise as the article, saying what is missing", () => {
    expect(formatDate({ month: 2, day: 4, basis: "dateline", text: "Feb 4" })).toBe("4 February (the article gives no year)");
    expect(formatDate({ year: 2022, month: 11, day: 25, basis: "explicit", text: "November 25, 2022" })).toBe("25 November 2022");
    expect(formatDate({ year: 2023, month: 3, day: 1, basis: "publication", text: "2023-03-01" })).toContain("publication date");
  });

  // A visit "on 27-28 October" (heldout60 x632), one "from July 23 to 25" (heldout54 x596): dated by its month, with its days.
  it("returns the days of a span the month-only date was written as, in either order", () => {
    expect(formatDate({ year: 2023, month: 10, basis: "relative", text: "27-28 October" })).toBe("27-28 October 2023");
    expect(formatDate({ year: 2024, month: 7, basis: "relative", text: "from July 23 to 25" })).toBe("23-25 July 2024");
  });

  it("returns the month alone when the span's words are of another month or no span", () => {
    expect(formatDate({ year: 2024, month: 8, basis: "relative", text: "from July 23 to 25" })).toBe("August 2024");
    expect(formatDate({ year: 2024, month: 7, basis: "relative", text: "July" })).toBe("July 2024");
  });
});

describe("weekdayDate: a bare day of the week told in an article, as a date", () => {
  it("is the last such day on or before the article's date, for what happened", () => {
    expect(weekdayDate("Thursday", false, "2020-06-05")).toMatchObject({ year: 2020, month: 6, day: 4 });
    expect(weekdayDate("on Friday", false, "2020-06-05")).toMatchObject({ year: 2020, month: 6, day: 5 });
  });

  it("is the next such day after it, for what is to come", () => {
    expect(weekdayDate("Monday", true, "2020-06-05")).toMatchObject({ year: 2020, month: 6, day: 8 });
  });

  it("is nothing without the article's date, or for words that name no day", () => {
    expect(weekdayDate("Thursday", false, undefined)).toBeUndefined();
    expect(weekdayDate("Thursday evening", false, "2020-06-05")).toBeUndefined();
  });
});

describe("storyDayDate: a day told against the story's own day", () => {
  it("is the publication day, or the one before or after it", () => {
    expect(storyDayDate("today", "2021-03-01")).toMatchObject({ year: 2021, month: 3, day: 1 });
    expect(storyDayDate("yesterday", "2021-03-01")).toMatchObject({ year: 2021, month: 2, day: 28 });
    expect(storyDayDate("earlier today", "2021-03-01")).toMatchObject({ day: 1 });
  });

  it("falls back to the dateline's day, keeping it without a year when the dateline has none", () => {
    const date = storyDayDate("today", undefined, { month: 9, day: 9, basis: "dateline", text: "Sep 9" });
    expect(date).toMatchObject({ month: 9, day: 9 });
    expect(date?.year).toBeUndefined();
  });

  it("is nothing when the article gives no day, or for other words", () => {
    expect(storyDayDate("today", undefined, undefined)).toBeUndefined();
    expect(storyDayDate("yesterday", undefined, { month: 9, day: 1, basis: "dateline", text: "Sep 1" })).toBeUndefined();
    expect(storyDayDate("Thursday", "2021-03-01")).toBeUndefined();
  });
});
