import { describe, expect, it } from "vitest";
import { answer } from "../../src/qa/answer";
import { gatesKnowledge } from "./gates-fixture";

const k = gatesKnowledge();
const ask = (q: string) => answer(q, k);


describe("reading the question: a first name before a known surname", () => {
  it("takes 'Nordic Tamm' for someone else than Kalev Tamm (the articles write the word as a name, not his)", () => {
    const a = ask("who is Nordic Tamm");
    expect(a.found).toBe(false);
    expect(a.text).not.toContain("Estonian Foreign Minister");
  });

  it("still answers for the person's own first name, and for the surname alone", () => {
    expect(ask("who is kalev tamm").text).toContain("Estonian Foreign Minister");
    expect(ask("who is tamm").text).toContain("Estonian Foreign Minister");
  });
});
