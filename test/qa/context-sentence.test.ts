/**
 * The sentence before the one that answers, shown with it when it holds the words asked that the answer's own sentence leaves
 * to it: "The Joint Commission … was created in 1987 …. The last session, the sixth, took place in Tarsk …" (devF f205; the
 * same shape answers check12 l211, read16 q304 and read18 r517). The reply stands on both sentences, so it is given as an
 * answer, not as "what the articles say".
 */
import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

const COMMISSION = `Varan and Telu co-chair the Joint Commission

KELM, 4 January 2024 (Wire) - Veldian Foreign Minister Amos Varan and Orvanian Foreign Minister Jon Telu co-chaired the seventh meeting of the Joint Commission in Kelm on Thursday.

The Joint Commission, the highest mechanism between the two neighbours, was created in 1987 and lets the two foreign ministers go over every part of the relationship. The last session, the sixth, took place in Tarsk in January 2021, when Varan hosted the then Orvanian foreign minister, Piet Osk.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/991_commission.txt", text: COMMISSION }]), intentModel());

describe("the sentence before the answer's, shown with it", () => {
  it("returns the place of the session the sentence before names, quoting both sentences", () => {
    const a = answer("where was the sixth joint commission meeting held", knowledge);
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/Tarsk/);
    expect(a.text).toMatch(/highest mechanism[\s\S]*The last session/);
  });

  it("quotes the answer's own sentence alone when it holds every word asked", () => {
    const a = answer("who did varan host in tarsk in january 2021", knowledge);
    expect(a.text).not.toMatch(/highest mechanism/);
  });
});
