/**
 * @module "did A and B sign anything": the tagger reads the verb after a subject of names as a noun; it is the act asked, which
 * a sentence tells or not (heldout53 x584; the read sets ask "did A and B sign any agreement" in many forms). Made-up article.
 */
import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { otherActs } from "../../src/qa/answer-type";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

const VISIT = ` date 2030-01-08 TARSK — Orvanian Speaker Rush Varan held talks in Tarsk on Monday with Veldian Speaker Telu Amsel.

On 25 September, after a welcome ceremony in Kelm, Varan and Amsel held talks and signed a cooperation agreement between the two parliaments.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/912_visit.txt", text: VISIT }]), intentModel());

describe("the verb after a subject of names", () => {
  it("is the act a yes/no question asks", () => {
    expect(otherActs("did varan and amsel sign anything", ["Varan", "Amsel"])).toEqual(["sign"]);
  });

  it("answers yes with the sentence that tells the act", () => {
    const reply = answer("did varan and amsel sign anything in kelm", knowledge);
    expect(reply.found).toBe(true);
    expect(reply.text).toMatch(/^Yes/);
    expect(reply.text).toContain("signed a cooperation agreement");
  });
});
