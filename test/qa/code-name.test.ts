import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up: two summits, one known by a code name of letters and digits. */
const ONE = ` date 2023-03-01
Varan's delegation in Orvel

Orvel, 1 March 2023 - The delegation of Veldian Foreign Minister Telu Varan arrived to attend the Summit of the Orvel Group on 2 March 2023.
`;

const TWO = ` date 2024-05-10
Kestas and Solen agree to cooperate

Tarsk, 10 May 2024 - Orvanian Foreign Minister Piet Kestas met Halvian Foreign Minister Mara Solen in Tarsk on Friday. They agreed to cooperate so that the K9 summit, which Tarsk hosts on May 30-31, is a success.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/991_one.txt", text: ONE }, { file: "seeds/992_two.txt", text: TWO }]), intentModel());

describe("an event asked by a code name", () => {
  it("is never another event of the same kind", () => {
    expect(answer("when is the k9 summit?", knowledge).text).not.toMatch(/2 March 2023/);
  });
});
