import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up: a name with what it is in apposition after it, and one named after what it is ("…, known as …"). */
const ORVEL = `Varan and Prenn review Open Coast

Orvel, 12 March 2025 - Foreign Minister Ana Varan of Veldia held talks with her Tarskian counterpart Ilo Prenn in Orvel on Tuesday.

They spoke warmly of what had been achieved under "Open Coast", the joint fisheries programme the two governments agreed in 2022.

Prenn praised the country's national reform plan, known as Veldia Forward, and offered Tarsk's help with it.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/951_orvel.txt", text: ORVEL }]), intentModel());
const ask = (q: string) => answer(q, knowledge);

describe("what a name is, read from the articles", () => {
  // corpus c040: '"Fresh Wind", the new economic cooperation program …'
  it("returns the noun phrase in apposition after the name", () => {
    const a = ask("what is open coast");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^the joint fisheries programme/);
  });

  // check11 k109: "the country's national development plan, known as …"
  it("returns the noun phrase nearest before 'known as' the name, not the clause it sits in", () => {
    expect(ask("what is veldia forward").text).toMatch(/^the country's national reform plan/);
  });

  it("declines a name the articles say nothing of", () => {
    expect(ask("what is blue harbour").found).toBe(false);
    expect(ask("what is the weather today").found).toBe(false);
  });
});
