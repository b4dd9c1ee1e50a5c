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

/** The dates the one sentence of a text states, as the reader resolves its spans. */
const sentenceDates = (text: string) => extractIndex([{ file: "t/x.txt", text }]).sentences.find((s) => s.dates?.length)?.dates;

describe("a weekday of the week before or after, which the tagger reads as two dates", () => {
  // (2024-01-31 is a Wednesday: "Tuesday last week" is 23 January, not the day before publication)
  it("is one date, that weekday of the week before, for 'on Tuesday last week' and 'on Tuesday of last week'", () => {
    const last = " date 2024-01-31\nOfficials went over the draft with Varan Telu when he called at the ministry in Tarsk on Tuesday last week.";
    expect(sentenceDates(last)).toEqual([expect.objectContaining({ year: 2024, month: 1, day: 23 })]);
    const of = " date 2024-01-31\nThe talks began with the visit of the Veldian minister to Tarsk on Tuesday of last week.";
    expect(sentenceDates(of)).toEqual([expect.objectContaining({ year: 2024, month: 1, day: 23 })]);
  });

  it("is one date for 'last week on Friday', and a weekday alone stays in the publication's week", () => {
    const text = " date 2024-01-31\nThe Veldian minister was in Tarsk last week on Friday.";
    expect(sentenceDates(text)).toEqual([expect.objectContaining({ year: 2024, month: 1, day: 26 })]);
    const alone = " date 2024-01-31\nThe Veldian minister was in Tarsk on Tuesday.";
    expect(sentenceDates(alone)).toEqual([expect.objectContaining({ year: 2024, month: 1, day: 30 })]);
  });
});

describe("parseDate, some days or weeks back with no count", () => {
  // "A few days ago, X held talks in Tarsk with Y" (heldout53 x576, an Algerian daily), "which officials last held in Tarsk a
  // few weeks ago" (a read article): the month they all fall in, never the story's own day.
  it("returns the month of 'a few days ago' and 'several weeks ago' when the days back all fall in it, else the year", () => {
    expect(parseDate("few days ago", { published: "2023-04-24" })).toEqual({ year: 2023, month: 4, basis: "relative", text: "few days ago" });
    expect(parseDate("several days ago", { published: "2023-06-30" })).toMatchObject({ year: 2023, month: 6 });
    expect(parseDate("a few weeks ago", { published: "2023-06-30" })).toEqual({ year: 2023, basis: "relative", text: "a few weeks ago" });
    expect(parseDate("a few days ago", { published: "2023-04-03" })).toEqual({ year: 2023, basis: "relative", text: "a few days ago" });
  });

  it("dates talks told 'A few days ago' to the month, not to the day the story's call was", () => {
    const text = " date 2023-04-24\nPresident Varan Telu received a telephone call yesterday from his Orvanian counterpart, Dan Kelm.\n\nA few days ago, the secretary general of the ministry, Amos Orso, held talks in Tarsk with his Orvanian counterpart, Mira Lind.";
    const talks = extractIndex([{ file: "t/x.txt", text }]).meetings.find((m) => m.kind === "talks");
    expect(talks?.date).toMatchObject({ year: 2023, month: 4 });
    expect(talks?.date?.day).toBeUndefined();
  });
});

describe("a contact a day before the sentence's own, in the past perfect", () => {
  // new58c x690 ("held a private audience on Monday with A and B, less than a day after he had received C"), corpus c052 ("came a
  // day after Tillerson held talks on Saturday with …")
  it("returns the day before for 'talks on Monday with A, a day after he had received B', not Monday", () => {
    const index = extractIndex([{ file: "t/x.txt", text: " date 2025-05-19\nTARSK, May 19 (Agency) - Prime Minister Orlo Kestas held talks on Monday with Foreign Minister Varan Telu, less than a day after he had received President Osk Tarima." }]);
    const name = (id: string) => index.people.find((p) => p.id === id)?.name;
    const tarima = index.meetings.find((m) => m.participants.some((p) => p.kind === "person" && name(p.person) === "Osk Tarima"));
    expect(tarima?.date).toMatchObject({ month: 5, day: 18 });
  });
});
