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

describe("a name the tagger reads as a verb", () => {
  // heldout79 x766 ("who did yvette cooper meet", "Cooper" tagged a verb, sent the question to the sentence reader, which found no
  // one); the read sets' names that are also words ("Hunt", "Cooper", "Read")
  const COOPER = `Tarima receives Cooper

ERBIL, November 28, 2024 - Kurdistan Region Prime Minister Osk Tarima received Britain's Home Secretary Ana Cooper in Erbil on Thursday.
`;
  const k = loadKnowledge(extractIndex([{ file: "seeds/913_cooper.txt", text: COOPER }]), intentModel());
  it("is no act of its own, and the question is answered by the meetings", () => {
    expect(otherActs("who did ana cooper meet", ["ana cooper"])).toEqual([]);
    expect(answer("who did ana cooper meet in erbil on thursday", k).text).toMatch(/Tarima/);
  });
});

describe("the verb after a name in a question opened by a wh-word", () => {
  // heldout79 x766 ("where did cooper sign the joint statement on border security": "sign" read as a noun after the name)
  it("is the act asked", () => {
    expect(otherActs("where did ana cooper sign the joint statement", ["ana cooper"])).toEqual(["sign"]);
  });
});
