import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up: a visit whose second meeting's subjects are told in the sentences after it, as releases often tell them. */
const VISIT = `Varan in Orvel

Orvel, 6 May 2024 - Veldian Foreign Minister Telu Varan was first received by Orvanian President Piet Kestas, and the two discussed the grain corridor.

She went on to hold talks with her Orvanian counterpart, Foreign Minister Ansel Lind. Both sides found relations to be in good shape. Their conversation covered river transport, fisheries and the border crossings.

Afterwards the minister met Mara Solen, Orvania's trade minister. They compared notes on export promotion.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/991_following.txt", text: VISIT }]), intentModel());
const ask = (q: string) => answer(q, knowledge);

describe("what a meeting discussed, told after it", () => {
  it("is read from the sentence that refers back to it", () => {
    const a = ask("what did varan and lind discuss?");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/river transport/);
  });

  it("is never a sentence about another meeting of the article", () => {
    const a = ask("what did varan and lind discuss?");
    expect(a.text).not.toMatch(/export promotion|grain corridor/);
  });

  it("reads 'compared notes on' as a discussion", () => {
    expect(ask("what did varan and solen discuss?").text).toMatch(/export promotion/);
  });
});
