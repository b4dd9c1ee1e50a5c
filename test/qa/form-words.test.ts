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

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/983_varno.txt", text: VARNO }]), intentModel());
const ask = (q: string) => answer(q, knowledge);

describe("words of time that ask nothing of the sentence", () => {
  it("answers 'which countries did A visit recently' from the sentence that tells her recent trip", () => {
    const a = ask("which countries did halvik visit recently");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/Chile/);
    expect(a.text).toMatch(/Peru/);
  });
});
