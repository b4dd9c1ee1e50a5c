/**
 * "X said yesterday after a closed-door meeting with Y at State House that …" (heldout48 x509; "was speaking to reporters on
 * Wednesday night after a meeting with …" in heldout50 x536): "after" and a noun phrase is no clause of its own, so the one
 * who speaks is the one who met Y. (The tagger reads "closed-door" after "a" as a verb, and the reported "that work had begun"
 * has a verb of its own: neither makes the phrase a clause.)
 */
import { describe, expect, it } from "vitest";
import { meetingsIn } from "./helpers";

const TEXT = `Work begins on Orso visit

LIMA - Foreign Minister Dan Pell said yesterday after a closed-door meeting with President Kel Orso at State House that work had begun on the visit.
`;

describe("a meeting after 'after a'", () => {
  it("returns the speaker's meeting with the one named after 'after a … meeting with'", () => {
    expect(meetingsIn(TEXT, "2024-02-24")).toContain("Dan Pell + Kel Orso");
  });
});
