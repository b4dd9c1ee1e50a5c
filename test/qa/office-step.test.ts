/**
 * @module "When does A take office", "when was A sworn in": a step of office, which no meeting's date answers (new55b x592,
 * where a president-elect's calls were listed; devG g208 asks when a president was sworn in). Made-up article.
 */
import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

const CALLS = ` date 2030-02-13 TARSK — President-elect Rush Varan spoke by phone with Orvanian President Telu Amsel on Monday.

Varan told Amsel that he was ready to meet him before or after he assumes his duties in the spring.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/909_calls.txt", text: CALLS }]), intentModel());

describe("a step of office asked with 'when'", () => {
  it("is not answered with the person's meetings", () => {
    for (const q of ["when does varan take office", "when will varan be sworn in"]) {
      const reply = answer(q, knowledge);
      expect(JSON.stringify(reply.body)).not.toMatch(/spoke by phone|11 February/);
    }
  });
});
