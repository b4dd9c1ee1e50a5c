import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up: names that read as English words when typed in lower case (a past tense, a month). */
const TALKS = ` date 2024-06-18
Hamed and Kestas meet in Tarsk

Tarsk, 18 June 2024 - Veldian Foreign Minister Telu Hamed held talks on Tuesday with Orvanian Foreign Minister Jan Kestas in Tarsk.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/980_lower.txt", text: TALKS }]), intentModel());

describe("a name typed in lower case", () => {
  it("is not read as an act when it ends like a past tense", () => {
    const a = answer("who did telu hamed meet", knowledge);
    expect(a.found).toBe(true);
    expect(a.text).toContain("Kestas");
  });

  it("is not read as a month when it opens with one", () => {
    const a = answer("who did jan kestas meet", knowledge);
    expect(a.found).toBe(true);
    expect(a.text).toContain("Hamed");
    expect(answer("when did jan kestas meet telu hamed", knowledge).text).toContain("18 June 2024");
  });
});
