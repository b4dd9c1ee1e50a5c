import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up: a courtesy call told with the visitor's title, and what the host said at it. */
const CALL = `Varan calls on Kestas

Tarsk, 6 May 2024 - The new Veldian High Commissioner, Telu Varan, paid a courtesy call on Orvanian Prime Minister Piet Kestas at his office on Monday. Kestas assured the High Commissioner that Orvania would keep the river projects going.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/996_call.txt", text: CALL }]), intentModel());
const ask = (q: string) => answer(q, knowledge);

describe("the act a question asks, apart from how it names people and the occasion", () => {
  it("returns no sentence that holds only the title of the person asked about ('what did the high commissioner present')", () => {
    expect(ask("what did the high commissioner present to kestas?").found).toBe(false);
  });

  it("returns no sentence that holds only the occasion asked about ('during the courtesy call')", () => {
    expect(ask("what did kestas instruct during the courtesy call?").found).toBe(false);
  });

  it("still returns the sentence that tells the act asked", () => {
    const a = ask("what did kestas assure the high commissioner?");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/river projects/);
  });
});
