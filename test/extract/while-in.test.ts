/**
 * "while in Tarsk", "While in the Orvanian capital" tell some day of a visit; "while in office" does not. (\p{Lu} under the
 * "i" flag takes any letter, so "while in office" read as a place and cost a meeting its day: heldout48 x506.)
 */
import { describe, expect, it } from "vitest";
import { articleIndex, meetingsTold } from "./helpers";

const TEXT = `Telu meets Varan

TARSK, Aug 14 (Wire) - Veldian Vice President Jon Telu held talks in Tarsk on Monday, hours after landing.

In the capital he first sat down with President Amos Varan, whose term ends on Tuesday, and thanked him for his work while in office.
`;

describe("'while in' a place", () => {
  it("keeps the day of a meeting whose sentence says 'while in office'", () => {
    expect(meetingsTold(articleIndex(TEXT, "2023-08-14"))).toContain("Telu + Varan, 2023-8-14");
  });
});
