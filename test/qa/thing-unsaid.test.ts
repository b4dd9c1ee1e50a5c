import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up: talks whose article names what they discussed in general words only. */
const TALKS = ` date 2024-11-12
Halvik receives Orvel in Tarsk

Tarsk, 12 November 2024 - Veldian Foreign Minister Ana Halvik received her Orvanian counterpart, Dan Orvel, in Tarsk on Tuesday.
The two ministers discussed energy, trade and the upkeep of the border crossings.
`;

describe("a 'which <thing>' the articles do not name", () => {
  const knowledge = loadKnowledge(extractIndex([{ file: "seeds/983_talks.txt", text: TALKS }]), intentModel());

  it("declines naming the thing as asked, its modifiers and noun, not its first word", () => {
    const a = answer("which gas pipelines did halvik and orvel discuss", knowledge);
    expect(a.found).toBe(false);
    expect(a.text.split("\n")[0]).toContain("which gas pipelines");
  });
});
