/**
 * @module An article with no year anywhere (heldout48 x510, made-up names): the days it writes with their weekdays ("On
 * Monday, July 15") tell the dateline's weekday, so the lead's "on Wednesday" is the day before a Thursday dateline; and two
 * calls of one pair on two such days are two calls, though neither day has a year.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./helpers";

const CALLS = `Varan and Telu discuss the truce by phone

TARSK, Aug 8 (Wire) - Veldian President Orin Varan and Orvanian Foreign Minister Kim Telu spoke by telephone on Wednesday afternoon, the presidency said.

The truce was agreed in Tarsk on Tuesday, July 30, at a ministerial meeting.

Wednesday's call was the second between the two men in a little over three weeks. On Monday, July 15, Varan and Telu talked by phone about security in the region.
`;

describe("days of an article with no year", () => {
  it("returns the lead's Wednesday as the day before the dateline when the weekdays written beside days make it a Thursday", () => {
    const calls = meetingsOf(CALLS).filter((m) => m.kind === "call");
    expect(calls.map((m) => [m.date?.month, m.date?.day])).toContainEqual([8, 7]);
  });

  it("returns two calls of one pair on two days, neither with a year", () => {
    const calls = meetingsOf(CALLS).filter((m) => m.kind === "call");
    expect(calls).toHaveLength(2);
    expect(calls.map((m) => [m.date?.month, m.date?.day])).toContainEqual([7, 15]);
  });
});
