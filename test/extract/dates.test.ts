import { describe, expect, it } from "vitest";
import { formatDate, parseDate } from "../../src/extract/dates";

describe("parseDate", () => {
  it("returns a weekday as the nearest such day on or before publication", () => {
    expect(parseDate("On Friday", { published: "2022-11-25" })).toMatchObject({ year: 2022, month: 11, day: 25, basis: "relative" });
    expect(parseDate("on Monday", { published: "2025-03-04" })).toMatchObject({ year: 2025, month: 3, day: 3 });
    expect(parseDate("yesterday", { published: "2025-05-13" })).toMatchObject({ month: 5, day: 12 });
  });

  it("returns a month and day with the publication year, forward for the future", () => {
    expect(parseDate("an April 25 meeting", { published: "2024-04-26" })).toMatchObject({ year: 2024, month: 4, day: 25, basis: "relative" });
    expect(parseDate("will be held on March 2", { published: "2023-03-01", future: true })).toMatchObject({ year: 2023, month: 3, day: 2 });
    expect(parseDate("on December 20", { published: "2025-01-05" })).toMatchObject({ year: 2024, month: 12 });
  });

  it("returns a date with no year when there is no publication date", () => {
    const d = parseDate("Feb 4");
    expect(d).toEqual({ month: 2, day: 4, basis: "explicit", text: "Feb 4" });
    expect(formatDate(d!)).toBe("4 February (no year given)");
  });

  it("returns full dates as written and nothing when there is no date", () => {
    expect(parseDate("on March 27, 1992")).toMatchObject({ year: 1992, month: 3, day: 27, basis: "explicit" });
    expect(parseDate("(24 Nov)")).toMatchObject({ month: 11, day: 24 });
    expect(parseDate("the parties discussed trade")).toBeUndefined();
  });
});

describe("parseDate on a month alone", () => {
  it("returns the nearest such month back, or ahead for the future", () => {
    expect(parseDate("March", { published: "2025-11-20" })).toMatchObject({ year: 2025, month: 3, basis: "relative" });
    expect(parseDate("in March", { published: "2025-11-20", future: true })).toMatchObject({ year: 2026, month: 3 });
    expect(parseDate("December", { published: "2025-11-20" })).toMatchObject({ year: 2024, month: 12 });
  });

  it("returns a month alone with no year without a publication date, and nothing for 'may'", () => {
    expect(parseDate("in March")).toEqual({ month: 3, basis: "relative", text: "in March" });
    expect(parseDate("may", { published: "2025-11-20" })).toBeUndefined();
    expect(parseDate("may")).toBeUndefined();
  });
});

describe("parseDate on a month counted from publication", () => {
  it("returns last, this and next month across a year's end", () => {
    expect(parseDate("last month", { published: "2024-01-15" })).toMatchObject({ year: 2023, month: 12 });
    expect(parseDate("earlier this month", { published: "2024-01-15" })).toMatchObject({ year: 2024, month: 1 });
    expect(parseDate("next month", { published: "2023-12-05" })).toMatchObject({ year: 2024, month: 1 });
    expect(parseDate("last month")).toBeUndefined();
  });
});

describe("parseDate on numbers, stamps and ranges", () => {
  it("returns day-first dotted dates, and slashed dates day first unless only the other reading is possible", () => {
    expect(parseDate("01.08.2025, 18:42")).toMatchObject({ year: 2025, month: 8, day: 1 });
    expect(parseDate("POLITICS | 16.03.2023")).toMatchObject({ year: 2023, month: 3, day: 16 });
    // (with dashes, as new56f x641's and heldout17 q408's pages stamp them: "28-10-2025 | 13:52")
    expect(parseDate("28-10-2025 | 13:52")).toMatchObject({ year: 2025, month: 10, day: 28 });
    expect(parseDate("31-01-2020")).toMatchObject({ year: 2020, month: 1, day: 31 });
    expect(parseDate("28-10.2025")).toMatchObject({ year: 2025 });
    expect(parseDate("28-10.2025")?.month).toBeUndefined();
    expect(parseDate("26/1/2026")).toMatchObject({ year: 2026, month: 1, day: 26 });
    expect(parseDate("1/26/2026")).toMatchObject({ year: 2026, month: 1, day: 26 });
    expect(parseDate("5/8/2025")).toMatchObject({ year: 2025, month: 8, day: 5 });
  });

  it("returns the first day of a range and the year of stamp spellings", () => {
    expect(parseDate("on 6-7 March", { published: "2025-03-10" })).toMatchObject({ year: 2025, month: 3, day: 6 });
    expect(parseDate("Apr 17,2019")).toMatchObject({ year: 2019, month: 4, day: 17 });
    expect(parseDate("February 15/2023")).toMatchObject({ year: 2023, month: 2, day: 15 });
    expect(parseDate("on March 14, 1200 people attended", { published: "2025-03-20" })).toMatchObject({ year: 2025, month: 3, day: 14 });
  });
});

describe("parseDate on a week or a year counted from publication", () => {
  it("returns the month a week back or ahead falls in, and the year of 'last year'", () => {
    expect(parseDate("Fidan was in Kyiv last week", { published: "2023-09-02" })).toMatchObject({ year: 2023, month: 8, basis: "relative" });
    expect(parseDate("Last week, Jaishankar also discussed", { published: "2021-09-27" })).toMatchObject({ year: 2021, month: 9 });
    expect(parseDate("the summit held last year", { published: "2018-01-22" })).toEqual({ year: 2017, basis: "relative", text: "last year" });
    expect(parseDate("Earlier this year she paid a courtesy call", { published: "2024-11-27" })).toMatchObject({ year: 2024 });
    expect(parseDate("last week")).toBeUndefined();
  });
});

describe("parseDate on a month of a year counted from publication", () => {
  it("returns the month (and day) of last year, this year or next year (devC m003, m011; devD d008, d018)", () => {
    // devC m003: "a working visit Masisi paid to Windhoek on 29 January last year", published 2 September 2022.
    expect(parseDate("29 January last year", { published: "2022-09-02" })).toMatchObject({ year: 2021, month: 1, day: 29, basis: "relative" });
    // devC m011: "In September last year, the president accepted the credentials …", published 3 December 2025.
    expect(parseDate("September last year", { published: "2025-12-03" })).toMatchObject({ year: 2024, month: 9 });
    // devD d018: "The previous, fifth round … was held in virtual mode in June last year."
    expect(parseDate("in June last year", { published: "2024-05-10" })).toMatchObject({ year: 2023, month: 6 });
    expect(parseDate("May of next year", { published: "2024-05-10" })).toMatchObject({ year: 2025, month: 5 });
    expect(parseDate("September last year")).toBeUndefined();
  });

  it("returns the nearest such month before publication for 'last December', after it for 'next March' (devC m005, devD d020)", () => {
    // devC m005: "Last December Minister Caruana flew to Tripoli", published 5 April 2021.
    expect(parseDate("Last December", { published: "2021-04-05" })).toMatchObject({ year: 2020, month: 12, basis: "relative" });
    // devD d020 (filed in May): "after Rowley took office last September".
    expect(parseDate("last September", { published: "2016-05-24" })).toMatchObject({ year: 2015, month: 9 });
    expect(parseDate("last April", { published: "2016-04-24" })).toMatchObject({ year: 2015, month: 4 });
    expect(parseDate("next March", { published: "2016-05-24" })).toMatchObject({ year: 2017, month: 3 });
    expect(parseDate("this may help", { published: "2016-05-24" })).toBeUndefined();
  });
});

describe("parseDate on 'last' and a weekday", () => {
  it("returns the weekday of the week before, never yesterday (devC m017, corpus c004)", () => {
    // devC m017, a digest of Wednesday 25 September 2024: "Last Tuesday Russian Foreign Minister Sergey Lavrov hosted …" is the 17th.
    expect(parseDate("Last Tuesday", { published: "2024-09-25" })).toMatchObject({ year: 2024, month: 9, day: 17 });
    // corpus c004, a paper of Monday 26 January 2026: "the Board of Peace, which Trump launched last Thursday" is the 22nd.
    expect(parseDate("last Thursday", { published: "2026-01-26" })).toMatchObject({ month: 1, day: 22 });
    expect(parseDate("on Tuesday", { published: "2024-09-25" })).toMatchObject({ day: 24 });
  });
});

describe("parseDate on a weekday of last or next week", () => {
  it("returns that weekday of the week (Monday to Sunday) before or after the publication's", () => {
    // a paper of Wednesday 12 June 2024: "on Monday last week" is 3 June, "Tuesday of next week" 18 June
    expect(parseDate("Monday last week", { published: "2024-06-12" })).toMatchObject({ year: 2024, month: 6, day: 3 });
    expect(parseDate("Monday of last week", { published: "2024-06-12" })).toMatchObject({ day: 3 });
    expect(parseDate("last week on Friday", { published: "2024-06-12" })).toMatchObject({ day: 7 });
    expect(parseDate("Tuesday of next week", { published: "2024-06-12" })).toMatchObject({ day: 18 });
    expect(parseDate("last week", { published: "2024-06-12" })).toMatchObject({ month: 6 });
    expect(parseDate("last week", { published: "2024-06-12" })?.day).toBeUndefined();
  });
});
