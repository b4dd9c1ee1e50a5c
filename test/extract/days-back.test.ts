/** @module Days counted back from the publication day: "the day before yesterday", "three days ago", "two weeks ago". */
import { describe, expect, it } from "vitest";
import { parseDate } from "../../src/extract/dates";
import { extractIndex } from "../../src/extract/index";

/** The date of the one meeting of an article. */
const meetingDate = (text: string) => extractIndex([{ file: "t/x.txt", text }]).meetings[0]?.date;

describe("parseDate, days counted back", () => {
  it("returns two days before publication for 'the day before yesterday', two after for 'the day after tomorrow'", () => {
    expect(parseDate("the day before yesterday", { published: "2024-03-01" })).toMatchObject({ year: 2024, month: 2, day: 28 });
    expect(parseDate("the day after tomorrow", { published: "2024-03-01", future: true })).toMatchObject({ year: 2024, month: 3, day: 3 });
  });

  it("returns the day N days back for 'three days ago' and 'a day ago', and only the month for 'two weeks ago'", () => {
    expect(parseDate("three days ago", { published: "2024-03-02" })).toMatchObject({ year: 2024, month: 2, day: 28 });
    expect(parseDate("a day ago", { published: "2024-03-02" })).toMatchObject({ month: 3, day: 1 });
    const weeks = parseDate("two weeks ago", { published: "2024-03-10" });
    expect(weeks).toMatchObject({ year: 2024, month: 2 });
    expect(weeks?.day).toBeUndefined();
  });

  it("gives no day for 'a few days ago': the text does not say which", () => {
    expect(parseDate("few days ago", { published: "2024-03-10" })?.day).toBeUndefined();
  });
});

describe("a meeting told with days counted back", () => {
  it("is dated two days before publication when held 'the day before yesterday', not the day before", () => {
    const text = " date 2024-03-01\nVeldian Foreign Minister Varan Telu met Orvanian Foreign Minister Kestas Halvik in Tarsk the day before yesterday.";
    expect(meetingDate(text)).toMatchObject({ year: 2024, month: 2, day: 28 });
  });

  it("is dated three days back when held 'three days ago', not on the publication day", () => {
    const text = " date 2024-03-02\nVeldian Foreign Minister Varan Telu held talks with Orvanian Foreign Minister Kestas Halvik in Tarsk three days ago.";
    expect(meetingDate(text)).toMatchObject({ year: 2024, month: 2, day: 28 });
  });
});
