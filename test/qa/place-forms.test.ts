/**
 * @module A place the question writes in full where the article wrote a short form of it: "in New Delhi" asked, "in Delhi"
 * told (read31 x206).
 */
import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up: talks a headline and lead place in Delhi. */
const TALKS = `Varan in Delhi: Veldian minister meets Telu

New Delhi | Friday, March 25, 2022

Veldian Foreign Minister Ana Varan held talks with External Affairs Minister Piet Telu in Delhi on Friday.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/995_delhi.txt", text: TALKS }]), intentModel());

describe("a place asked in full, told in short", () => {
  it("returns the meeting in Delhi to 'who did Varan meet in New Delhi'", () => {
    const a = answer("who did ana varan meet in new delhi?", knowledge);
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/Telu/);
  });

  it("still declines a meeting in another city", () => {
    expect(answer("who did ana varan meet in mumbai?", knowledge).found).toBe(false);
  });
});
