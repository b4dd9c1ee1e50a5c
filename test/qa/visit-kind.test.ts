import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up: a guest on a working visit, received by a host who is on no visit. */
const STAY = `Varan in Tarsk

Tarsk, 3 June 2024 - Veldian Foreign Minister Telu Varan met Orvanian Foreign Minister Piet Kestas, who is in Tarsk on a working visit, on Monday.

The two discussed fisheries.
`;

describe("what kind of visit", () => {
  const k = loadKnowledge(extractIndex([{ file: "seeds/995_stay.txt", text: STAY }]), intentModel());

  it("returns the kind the article gives the guest's stay", () => {
    const a = answer("what kind of visit was kestas on in tarsk?", k);
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/working visit/);
  });

  it("does not give the host the guest's visit", () => {
    const a = answer("what kind of visit was varan making?", k);
    expect(a.text).not.toMatch(/working visit/);
  });
});
