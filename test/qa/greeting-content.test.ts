/**
 * @module A wh-question with words of content is no greeting, whatever the intent model says of its form (read22 r923, "what
 * peacekeeping force's mandate is up for renewal", was answered "Hello! …"). Made-up article.
 */
import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

const TALKS = ` date 2030-07-28 TARSK — Veldian Foreign Minister Rush Varan met Orvanian President Telu Amsel in Tarsk on Thursday.

The two discussed the mandate of the peacekeeping force UNKEL, which is up for renewal in January.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/913_talks.txt", text: TALKS }]), intentModel());

describe("a greeting", () => {
  it("is not what a wh-question of content words gets", () => {
    const reply = answer("what peacekeeping force's mandate is up for renewal", knowledge);
    expect(reply.intent).not.toBe("greeting");
    expect(reply.text).not.toMatch(/^Hello/);
  });

  it("is still what a greeting gets", () => {
    for (const q of ["hello", "how are you", "what's up"]) expect(answer(q, knowledge).intent).toBe("greeting");
  });
});
