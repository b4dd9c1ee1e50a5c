/**
 * "The same day he met Y, whose country was hit by an earthquake on March 28" (heldout50 x529): the contact is of the day its
 * own clause points back to, not of the date a relative clause tells; while "arrived on Monday and held talks the same day"
 * (read22 r916) and "On Thursday he … was welcomed by Y, re-elected a day earlier" (read30 x177) keep the day written before.
 * And "he" after a sentence whose subject is a list of three ("A, B and C were among those present") is still the one the
 * story is about, not the first of the list.
 */
import { describe, expect, it } from "vitest";
import { articleIndex, meetingsTold } from "./helpers";

const SIDELINES = `Varan meets leaders in Lima

LIMA, April 4, 2025 (Wire) - Prime Minister Amos Varan met President Jon Telu on Friday on the sidelines of the summit.

On Thursday he held talks with Prime Minister Kel Orso. Foreign Minister Ana Ruiz, adviser Lin Ora and Foreign Secretary Dan Pell were among those present at that meeting.

The same day he met President Mat Rell, whose country was hit by a flood on March 28.
`;

const ARRIVED = `Telu in Lima

LIMA, 28 March 2023 (Wire) - Speaker Kel Orso on Tuesday received Foreign Minister Ana Telu, who is in Peru on an official visit.

The minister arrived on Monday and held talks the same day with her counterpart, Foreign Minister Amos Varan.
`;

describe("'the same day' in a contact's own clause", () => {
  it("dates the contact by the day told before, not by a relative clause's date, and gives it to the story's subject", () => {
    const told = meetingsTold(articleIndex(SIDELINES, "2025-04-04"));
    expect(told).toContain("Rell + Varan, 2025-4-3");
    expect(told.some((t) => /Rell/.test(t) && /Ruiz/.test(t))).toBe(false);
  });

  it("keeps the day the sentence writes before 'the same day'", () => {
    expect(meetingsTold(articleIndex(ARRIVED, "2023-03-28"))).toContain("Telu + Varan, 2023-3-27");
  });
});

describe("a first meeting told in the past perfect", () => {
  // heldout78 x758 ("Later in the day Pezeshkian received Grossi, the first time the two men had met in person."), heldout80 x771
  // ("it was the first time the two heads of state had met"), x772 ("It was the first time the two men had met since …")
  const FIRST = `Telu in Tarsk

TARSK, Nov 14 (Wire) - Foreign Minister Osk Tarima hosted Director General Varan Telu at the ministry on Thursday morning.

Later in the day President Ana Rell received Telu, the first time the two men had met in person.
`;
  it("dates the meeting by the day told before, as a meeting of the story, not an earlier one", () => {
    expect(meetingsTold(articleIndex(FIRST, "2024-11-14"))).toContain("Rell + Telu, 2024-11-14");
  });
});
