import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { linkQuestion } from "../../src/qa/link";
import { intentModel } from "./helpers";

/** Made up: a minister whose given name is a word of a country's name of several words. */
const TALKS = `Varan meets Telu

Tarsk, 6 May 2024 - Veldian Foreign Minister Costa Varan held talks with Orvanian Foreign Minister Telu Kestas in Tarsk on Monday.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/995_talks.txt", text: TALKS }]), intentModel());

describe("a country of several words in a question", () => {
  it("links the country, not the person whose first name is one of its words", () => {
    const links = linkQuestion("who did the president of costa rica meet", knowledge);
    expect(links.people).toEqual([]);
    const reply = answer("who did the president of costa rica meet", knowledge);
    expect(reply.found).toBe(false);
    expect(reply.text.split("\n")[0]).toMatch(/Costa Rica/);
  });

  it("still links the person by that first name with the rest of the name", () => {
    expect(linkQuestion("who did costa varan meet", knowledge).people.length).toBe(1);
    expect(answer("who did costa varan meet", knowledge).text).toMatch(/Kestas/);
  });
});
