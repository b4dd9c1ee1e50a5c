/**
 * A list of three countries with commas names three parties, not two: "With Canadian Prime Minister X, Y looked at how the
 * trade agreement binding Mexico, the United States and Canada had worked" (heldout48 x501) gives Y no country of the two
 * left ("two people, two countries, one known" would have made her American).
 */
import { describe, expect, it } from "vitest";
import { articleIndex, personNamed } from "./helpers";

const TEXT = `Telu at the summit

LIMA, Nov 19 (Wire) - President Ana Telu held six meetings on the margins of the summit on Monday.

With Canadian Prime Minister Jon Varan, Telu looked at how the trade agreement binding Mexico, the United States and Canada had worked for North America.
`;

describe("a list of three countries", () => {
  it("gives the one person of unknown country neither of the two other listed countries", () => {
    const telu = personNamed(articleIndex(TEXT, "2024-11-19"), "Ana Telu");
    expect(telu?.country).not.toBe("United States");
  });
});
