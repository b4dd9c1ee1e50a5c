/**
 * Where a journey's meetings were: "His first stop was Panama City, where on Sunday he held talks with Y" (heldout50 x534;
 * "The first stop was Santiago, where …" in heldout48 x511) places the talks at the stop; a trip the sentence says fell
 * through ("to resume a conversation put off when his own trip to San Salvador fell through", heldout50 x536) places nothing.
 */
import { describe, expect, it } from "vitest";
import { articleIndex } from "./helpers";

const STOP = `Telu tour

KINGSTON, Feb 20, 2025 - Secretary of State Jon Telu spoke by phone with Prime Minister Amos Varan on Wednesday.

Early this month Telu made his first trip abroad, a five-nation tour. His first stop was Lima, where on Sunday, February 2, he held talks with President Kel Orso at the palace.
`;

const FELL_THROUGH = `Telu to meet Varan

QUITO, June 13, 2024 (Agency) - Ecuador's president-elect, Jon Telu, said he plans to sit down with Chilean President Amos Varan when Varan comes to Quito for the transfer of power on July 1, to resume a conversation that had to be put off when Telu's own trip to Santiago fell through.
`;

const placeOf = (text: string, published: string, surname: string): string | undefined => {
  const index = articleIndex(text, published);
  const id = index.people.find((p) => p.name.endsWith(surname))?.id;
  return index.meetings.find((m) => m.participants.some((p) => p.kind === "person" && p.person === id))?.place;
};

describe("a journey's stops", () => {
  it("places talks told after 'His first stop was <city>, where'", () => {
    expect(placeOf(STOP, "2025-02-20", "Orso")).toBe("Lima");
  });

  it("takes no place from a trip that fell through", () => {
    expect(placeOf(FELL_THROUGH, "2024-06-13", "Varan")).not.toBe("Santiago");
  });
});
