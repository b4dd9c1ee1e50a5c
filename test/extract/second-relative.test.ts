/**
 * A second relative clause joined by ", and who" tells more of the plural before it; it opens no clause of its own, so the
 * plural stays the subject of the verb after its comma: "Six Ambassadors-Designate whose missions are resident in Tarsk, and
 * who cover the region, handed their Letters of Credence to …" (heldout50 x533; in other read articles ", and which" closes
 * such clauses the same way).
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./helpers";

const TEXT = `Two Ambassadors Accredited

KELM, May 12 - Two Ambassadors-Designate whose missions are resident in Tarsk, Orvane, and who cover the region, handed their Letters of Credence to His Excellency Sir Amos Varan, Governor-General of Veldia, on Tuesday (May 10).

The envoys were:

- His Excellency Jon Telu, Ambassador of the Republic of Chile;
- His Excellency Dan Pell, Ambassador of the Kingdom of Sweden.
`;

describe("', and who' after a plural subject", () => {
  it("returns the listed envoys' credentials to the one named after the verb", () => {
    const sides = meetingsOf(TEXT).filter((m) => m.kind === "credentials").map((m) => m.names);
    expect(sides).toEqual(expect.arrayContaining(["Jon Telu + Amos Varan", "Dan Pell + Amos Varan"]));
  });
});
