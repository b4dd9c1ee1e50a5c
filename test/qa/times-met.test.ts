/**
 * @module "How many times had A and B met": the article's own tally, an ordinal of the contact itself ("their sixth meeting",
 * heldout53 x582; "the third encounter between the two", read20 r705), read before the count of meetings the index records.
 * Made-up articles.
 */
import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

const TALLY = ` date 2030-03-02 TARSK — Veldian Foreign Minister Rush Varan met Orvanian Foreign Minister Telu Amsel in Tarsk on Friday.

Varan noted that it was already their sixth meeting since he took office.
`;
const ONCE = ` date 2030-04-02 KELM — Veldian Trade Minister Dara Osk met Orvanian Trade Minister Halvik Sarn in Kelm on Monday.
`;

const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/914_tally.txt", text: TALLY },
    { file: "seeds/915_once.txt", text: ONCE },
  ]),
  intentModel(),
);

describe("how many times two people met", () => {
  it("answers with the tally the article gives", () => {
    const reply = answer("how many times have varan and amsel met", knowledge);
    expect(reply.found).toBe(true);
    expect(reply.text).toContain("sixth");
  });
});
