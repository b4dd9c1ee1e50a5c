import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up: a trip told in passing, which a question asks of with a word of time the sentence words otherwise. */
const VARNO = `Halvik and Kestas meet in Varno

Varno, 3 March 2025 - Foreign Minister Mira Halvik of Estonia met Orvel Kestas, the foreign minister of Latvia, in Varno on Monday.

Halvik briefed Kestas on her recent trip to Chile and Peru, where she had signed two trade accords.
`;

/** Made up: a figure told in the words of its form ("percent", "worth"), which a question asks in others ("what share", "the total value"). */
const GAS = `Halvik and Kestas discuss energy in Varno

Varno, 4 March 2025 - Halvik said Estonia buys about 20 percent of the natural gas it consumes from Latvia.

Kestas announced a package worth 15 million euros for the Varno port.
`;

const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/983_varno.txt", text: VARNO },
    { file: "seeds/984_gas.txt", text: GAS },
  ]),
  intentModel(),
);
const ask = (q: string) => answer(q, knowledge);

describe("words of time that ask nothing of the sentence", () => {
  it("answers 'which countries did A visit recently' from the sentence that tells her recent trip", () => {
    const a = ask("which countries did halvik visit recently");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/Chile/);
    expect(a.text).toMatch(/Peru/);
  });
});

describe("words of an answer's form that the sentence tells in its own", () => {
  it("answers 'what share' with the percentage the sentence gives", () => {
    const a = ask("what share of estonia's natural gas comes from latvia");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/20 percent/);
  });

  it("answers 'what is the total value of the package' with the worth the sentence gives", () => {
    const a = ask("what is the total value of the package for the varno port");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/15 million/);
  });
});
