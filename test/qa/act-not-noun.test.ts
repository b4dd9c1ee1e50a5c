/**
 * "what did A invite B to do": the verb read, never a noun made of it. "responding to an invitation from B" had been read
 * as the act, and "from B" given as what A invited B to do (read27 x106 once "mbs" was linked; the noun turn shows in many
 * read articles: "at the invitation of", "an invitation from").
 */
import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

const CALL = `Orvanian premier phones Veldian crown prince

TARSK, 1 August 2019 - Orvanian Prime Minister Piet Telu spoke by phone with Veldia's Crown Prince Amos Varan on Wednesday.

In February, responding to an invitation from Telu, Varan travelled to Orvane to see Telu. The crown prince also invited Telu to stop in Veldia on his way to the summit next month.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/934_call.txt", text: CALL }]), intentModel());

describe("what one invited another to do", () => {
  it("reads the verb's object, not the words after 'an invitation'", () => {
    const reply = answer("what did varan invite telu to do", knowledge);
    expect(reply.text).toContain("stop in Veldia");
    expect(reply.text).not.toMatch(/^from Telu/);
  });
});
