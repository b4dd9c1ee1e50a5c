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

/** Made up: a call whose subject is cut in the topics ("work under way to halt …"), told in full by its sentence. */
const CALL = ` date 2023-11-05
Tarsk, 5 November 2023 - Veldian Foreign Minister Orla Brandt took a telephone call today from Orvanian Foreign Minister Kesto Dane.

The two ministers went over the diplomatic work under way to halt the fighting on the river border and to reach a truce under which relief supplies could reach the delta.
`;

describe("what a call discussed, told by a paraphrase of 'discussed'", () => {
  // devH e201 ("The two ministers went over the diplomatic and political work under way to halt … Gaza …"), corpus c047 ("looked at")
  it("quotes the sentence the topics were read from, so the subject cut from them is still told", () => {
    const k = loadKnowledge(extractIndex([{ file: "seeds/992_call.txt", text: CALL }]), intentModel());
    const a = answer("what did brandt and dane talk about", k);
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/river border/);
  });
});
