import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up: a story filed a day after the talks it tells, its dateline inside the first sentence. */
const FILED = ` date 2024-03-06
Varan holds talks abroad

Varan's envoy mission opens with a day of talks.

[Photo: Telu Varan, left, with Piet Kestas on Tuesday.]

TARSK, Mar. 6 – Veldian Foreign Minister Telu Varan, who is abroad as his president's envoy, held talks with Orvanian Foreign Minister Piet Kestas, his office said.
`;

const index = extractIndex([{ file: "seeds/990_filed.txt", text: FILED }]);
// (the reader's answer, with no meeting on record to answer first)
const knowledge = loadKnowledge({ ...index, meetings: [] }, intentModel());

describe("the day of a dateline", () => {
  it("is never the answer to when something it tells happened", () => {
    const a = answer("when did varan hold talks with kestas", knowledge);
    expect(a.text.split("\n")[0]).not.toMatch(/Mar\. 6|6 March/);
  });
});
