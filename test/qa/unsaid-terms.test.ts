import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** A made-up article of one meeting: the record holds its people, day, place and topics, and nothing else. */
const ARTICLE = ` date 2022-03-14 ORVANE — Veldian Foreign Minister Kestas Halvik met Tarskan Foreign Minister Varan Telu in Orvane on Monday to discuss fisheries and port fees.

Halvik said the talks had been useful.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/903_made_up_fisheries.txt", text: ARTICLE }]), intentModel());
const ask = (q: string) => answer(q, knowledge);

describe("answer: a meeting's record that says none of two of the question's own words", () => {
  it("returns found=false for a thing the record does not tell, not the meeting's topics", () => {
    const a = ask("which neighbouring country's refugee crisis did halvik and telu discuss");
    expect(a.found).toBe(false);
  });

  it("says which of the question's words the articles leave unsaid, then what they do say of the meeting", () => {
    const a = ask("which neighbouring country's refugee crisis did halvik and telu discuss");
    expect(a.text).toMatch(/do not mention “neighbouring”, “refugee” or “crisis” where they report on Kestas Halvik and Varan Telu/);
    expect(a.text).toContain("fisheries");
  });

  it("still answers from the record what the question asks in its words", () => {
    expect(ask("when did halvik meet telu").text).toContain("14 March 2022");
    expect(ask("what did halvik and telu discuss").text).toContain("fisheries");
    expect(ask("where did the veldian and tarskan foreign ministers meet").text).toContain("Orvane");
  });
});
