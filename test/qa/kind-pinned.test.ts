/**
 * @module A month a "which X" question names pins the thing asked: "which conference scheduled for January" is not the video
 * conference the meeting's own sentence names (read26 w114). Made-up article.
 */
import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

const CALL = ` date 2030-12-21 TARSK — On December 20, starting at 8:35 p.m., Veldian Foreign Minister Rush Varan held a video conference with Orvanian Foreign Minister Telu Amsel.

The ministers agreed to work closely for a successful Review Conference of the Treaty on the Kelm Sea, scheduled for next January.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/908_call.txt", text: CALL }]), intentModel());
const text = (q: string) => JSON.stringify(answer(q, knowledge).body);

describe("a month in a 'which' question", () => {
  it("answers with the thing the month's sentence names", () => {
    const reply = text("which conference scheduled for january did varan and amsel discuss");
    expect(reply).toContain("Review Conference");
    expect(reply).not.toMatch(/"bold":"video conference"/);
  });
});
