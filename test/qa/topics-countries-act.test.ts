import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up: two countries' talks, and a signing at another pair's meeting recalled in the same story. */
const RECALLED = ` date 2024-11-05
Halvik hosts Orvel in Tarsk

Tarsk, 5 November 2024 - Icelandic Foreign Minister Ana Halvik held talks with Chilean Foreign Minister Dan Orvel in Tarsk on Tuesday.
The two discussed river transport and tourism.
The visit returns one made last year by Piet Kestas, who came to Tarsk and held talks with Telu Varan; a set of trade agreements was signed on that occasion.
`;

describe("what two countries signed, asked by the countries alone", () => {
  const knowledge = loadKnowledge(extractIndex([{ file: "seeds/986_recalled.txt", text: RECALLED }]), intentModel());

  it("does not quote a signing at a meeting of other people", () => {
    const a = answer("what did iceland and chile sign", knowledge);
    expect(a.text).not.toContain("trade agreements");
  });
});
