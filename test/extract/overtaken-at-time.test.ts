/**
 * A plan told in the past perfect with a time between the plan and its verb is overtaken, no contact: "In March he had been
 * due at 8 a.m. to meet the US Ambassador at her residence, but … the meeting had been cancelled" (heldout50 x536); and with
 * none between ("had been scheduled to receive the Ambassador of A, and then the Ambassador of B", read31 x220) still so.
 */
import { describe, expect, it } from "vitest";
import { meetingsIn } from "./helpers";

const TEXT = `Telu's diary

QUITO, June 13, 2024 (Agency) - President-elect Jon Telu met deputies of his party on Wednesday.

In March, while still a candidate, he had been due at 8 a.m. to meet US Ambassador Ana Varan at her residence, but an embassy official told him on his way there that the meeting had been cancelled.

President Kel Orso had been scheduled to receive the Ambassador of Peru, Mat Rell, and then the Ambassador of Chile, Lin Ora.
`;

describe("plans told in the past perfect", () => {
  it("returns no meeting for 'had been due at 8 a.m. to meet' nor 'had been scheduled to receive'", () => {
    const met = meetingsIn(TEXT, "2024-06-13");
    expect(met.filter((m) => /Varan|Rell|Ora/.test(m))).toEqual([]);
  });
});
