import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up: a figure dated "last year" in an article filed in 2025. */
const TARSK = `Veldia and Orvane aim to double trade

Tarsk, 12 March 2025 - Veldian Foreign Minister Kestas Varan met Orvane's Trade Minister Halvik Telu in Tarsk on Wednesday.

Trade between the two countries was worth US$3.2 billion last year, and both ministers want it doubled by 2030.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/952_tarsk.txt", text: TARSK }]), intentModel());

describe("a year asked of a figure the article dates relative to its own day", () => {
  it("returns the figure of 'last year' for the year before the article's", () => {
    const a = answer("how much was trade between veldia and orvane in 2024", knowledge);
    expect(a.found).toBe(true);
    expect(a.text).toContain("3.2 billion");
  });

  it("does not return it for another year", () => {
    const a = answer("how much was trade between veldia and orvane in 2021", knowledge);
    expect(a.text).not.toContain("3.2 billion");
  });
});
