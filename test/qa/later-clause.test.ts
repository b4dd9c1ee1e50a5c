/**
 * @module A date of a clause that follows the act asked, after ", where" or ", when", is that clause's: "X paid the courtesy
 * call at the end of his stay in Tarsk, where on Thursday he and Y co-chaired the commission" does not date the call
 * (heldout48 x509); "X flew to Kelm, where on Monday he met Y" still dates the meeting asked of.
 */
import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

const STAY = ` date 2024-02-24
Orvanian minister ends visit

TARSK - Orvanian Foreign Minister Kim Orso ended his visit to Veldia yesterday, praising President Orin Varan as a generous host.

Orso paid the courtesy call at the end of his stay in Tarsk, where on Thursday he and Veldian Foreign Minister Lia Senn co-chaired the first session of the joint commission.
`;
const knowledge = loadKnowledge(extractIndex([{ file: "seeds/921_stay.txt", text: STAY }]), intentModel());

describe("a date of the clause after the act asked", () => {
  it("returns no Thursday for 'when did orso pay the courtesy call on varan', a day of the commission told after ', where'", () => {
    const a = answer("when did orso pay the courtesy call on varan", knowledge);
    expect(a.text.split("\n")[0]).not.toMatch(/Thursday|22 February/);
  });

  it("returns the Thursday of the commission the clause tells", () => {
    const a = answer("when did orso and senn co-chair the joint commission", knowledge);
    expect(a.text).toMatch(/Thursday|22 February/);
  });
});
