import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up: a trip whose article recalls a past meeting of the two leaders and gives no date for the one to come. */
const TRIP = `Varan reaches Orvel

Orvel, 17 January 2024 - Veldian Prime Minister Telu Varan arrived in Orvel on Tuesday on a three-day visit.

He and Orvanian Prime Minister Piet Kestas met in October 2021 on Halvik Island, when they signed a treaty on the border between their countries.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/991_trip.txt", text: TRIP }]), intentModel());

describe("a plan asked as 'when is A meeting B'", () => {
  it("is never answered by the date of a meeting long past", () => {
    for (const q of ["when is varan meeting the orvanian prime minister", "when is varan meeting kestas"]) {
      const a = answer(q, knowledge);
      expect(a.found, q).toBe(false);
      expect(a.text, q).not.toMatch(/October 2021/);
    }
  });
});
