import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

// A made-up official of a real union's body: the union is their side, and the answer says their post once
// ("President of the European Commission", never "European Union President of the European Commission").
const ARTICLE = `Commission chief in Lima

Lima, 12 March 2025 - President of the European Commission Ana Rell met Peruvian Foreign Minister Varan Telu in Lima on Wednesday to discuss trade.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/993_union.txt", text: ARTICLE }]), intentModel());

describe("an official of a union of states", () => {
  it("names the post once, without the union before it", () => {
    const a = answer("who is ana rell", knowledge);
    expect(a.found).toBe(true);
    expect(a.text).toContain("President of the European Commission");
    expect(a.text).not.toMatch(/European Union President/);
  });
});
