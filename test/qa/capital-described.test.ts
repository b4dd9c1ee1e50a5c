import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up: an arrival told with the city called its country's capital, the dateline naming the city. */
const VISIT = ` date 2024-03-12
Varan in Kuala Lumpur

KUALA LUMPUR, March 12 - Veldian Foreign Minister Telu Varan met his Malaysian counterpart on Monday to discuss fisheries.
Varan flew into the Malaysian capital on Sunday.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/985_capital.txt", text: VISIT }]), intentModel());

describe("a place the sentence calls its country's capital", () => {
  it("answers when someone arrived in the city asked from the sentence calling it the capital", () => {
    const a = answer("when did varan arrive in kuala lumpur", knowledge);
    expect(a.found).toBe(true);
    expect(a.text).toContain("Sunday");
    expect(a.text).toContain("flew into the Malaysian capital");
  });

  it("does not take another country's capital for the city asked", () => {
    const a = answer("when did varan arrive in new delhi", knowledge);
    expect(a.text).not.toContain("Sunday");
  });
});
