/** @module "What is A's job?" of someone the articles give no office: declined, never answered with the name alone. */
import { describe, expect, it } from "vitest";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { extractIndex } from "../../src/extract/index";
import { intentModel } from "./helpers";

/** Made up: one side named with an office, the other by name only. */
const TALKS = `Chile and Peru discuss fisheries

Santiago, 2 April 2024 - Chile's foreign minister, Ana Varan, met Ilo Telu in Santiago on Tuesday to discuss fisheries.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/951_talks.txt", text: TALKS }]), intentModel());
const ask = (q: string) => answer(q, knowledge);

describe("who_is: an office asked of someone the articles give none", () => {
  it("declines rather than answer with the name alone", () => {
    const a = ask("what is ilo telu's job");
    expect(a.found).toBe(false);
    expect(a.text).toContain("don't give the office of Ilo Telu");
  });

  it("returns the office of someone the articles give one", () => {
    const a = ask("what is ana varan's position");
    expect(a.found).toBe(true);
    expect(a.text.split("\n")[0]).toMatch(/Foreign Minister/);
  });
});
