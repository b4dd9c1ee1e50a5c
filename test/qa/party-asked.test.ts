import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up: a visitor's delegation told before the talks, by a clause between the party and its verb. */
const PARTY = ` date 2024-04-18
Varan in Tarsk

Tarsk, 18 April 2024 - Veldian Prime Minister Telu Varan arrived on Wednesday at the head of a government delegation that included Deputy Prime Minister Ana Orvel and Foreign Minister Mara Solen.
On Thursday Varan held talks with Orvanian Prime Minister Piet Kestas, whom President Arno Tamsin had asked to lead the talks.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/983_party.txt", text: PARTY }]), intentModel());

describe("who was in someone's delegation", () => {
  it("lists the members the articles name after 'included', wherever the visit tells them", () => {
    const a = answer("who was in varan's delegation", knowledge);
    expect(a.found).toBe(true);
    expect(a.text).toContain("Orvel");
    expect(a.text).toContain("Solen");
    // never the host, nor someone named before the list
    expect(a.text.split("\n")[0]).not.toMatch(/Kestas|Tamsin/);
  });
});
