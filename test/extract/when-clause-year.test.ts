/**
 * A contact told in a clause ", when" opens right after a year ("That trip returned a visit Varan made to Tarsk in 2019, when
 * he held talks with …"; month-year forms of the same construction in many read articles: "returned the visit in April 2019,
 * when Y welcomed him in Kigali"): the contact is of that year, not of the story's day.
 */
import { describe, expect, it } from "vitest";
import { articleIndex, meetingsTold } from "./helpers";

const TEXT = `Orso plans visit to Kelm

KELM - Foreign Minister Jon Telu said yesterday that preparations had begun for a state visit by President Lukas Orso of Orvane.

President Amos Varan made a visit to Tarsk in 2019, when he held talks with President Lukas Orso.
`;

describe("a year before ', when'", () => {
  it("dates the contact of the when-clause by the year before it", () => {
    const told = meetingsTold(articleIndex(TEXT, "2024-02-24"));
    expect(told).toContain("Orso + Varan, 2019");
    expect(told.some((t) => /Orso \+ Varan, 2024/.test(t))).toBe(false);
  });
});
