/**
 * A meeting's name after a title word is no person: "the sixth round of the Foreign Secretary Level Consultations" (heldout50
 * x525), "the Foreign Ministers' Strategic Dialogue", "the Foreign Ministers Meeting" (other read articles); while "Telu's
 * meeting with Y" still names Telu.
 */
import { describe, expect, it } from "vitest";
import { articleIndex } from "./helpers";

const TEXT = `Talks in Tarsk

TARSK, April 17, 2025 (Wire) - The talks, the sixth round of the Foreign Secretary Level Consultations between the two countries, took place at the State Guest House. Foreign Secretary Jon Telu headed the Veldian delegation.

Kel Orso criticised Telu's meeting with Foreign Minister Amos Varan in March.
`;

describe("a meeting's name", () => {
  const index = articleIndex(TEXT, "2025-04-17");
  it("is no person", () => {
    expect(index.people.map((p) => p.name).filter((n) => /Consultations/.test(n))).toEqual([]);
  });

  it("leaves the name before a possessive meeting a person's", () => {
    expect(index.meetings.some((m) => m.participants.some((p) => p.kind === "person" && p.person === index.people.find((x) => x.name === "Jon Telu")?.id))).toBe(true);
  });
});
