import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made-up articles: a thing of a kind that one article names, and one that two articles name differently. */
const PIPELINE = `Veldian and Orvanian ministers review energy links

Tarsk, 3 May 2024 - Veldian Foreign Minister Telu Varan held talks with Orvanian Foreign Minister Piet Kestas in Tarsk on Friday.

The ministers spent time on the Tarsk-Halvik gas pipeline and on a new power line.

Varan reiterated Veldia's resolve to carry forward the Tarsk–Orvel–Halvik (TOH) railway, to link the region.
`;

const HARBOUR = `Kestas visits Orvel

Orvel, 9 June 2024 - Orvanian Foreign Minister Piet Kestas met Halvian Prime Minister Mara Solen in Orvel on Sunday.

The ministers agreed to speed up work on the Orvel Bay bridge.
`;

const RIVAL = `Solen hosts Lind

Orvel, 2 July 2024 - Halvian Prime Minister Mara Solen met Tarskian Foreign Minister Ansel Lind in Orvel on Tuesday.

The ministers agreed to speed up work on the Kestrel Point bridge.
`;

const index = extractIndex([
  { file: "seeds/991_pipeline.txt", text: PIPELINE },
  { file: "seeds/992_harbour.txt", text: HARBOUR },
  { file: "seeds/993_rival.txt", text: RIVAL },
]);
const knowledge = loadKnowledge(index, intentModel());
const ask = (q: string) => answer(q, knowledge);

describe("a thing of a kind asked of no one by name", () => {
  it("is named by the one article whose sentence holds the question's words", () => {
    const a = ask("which pipeline did the ministers spend time on?");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/Tarsk-Halvik gas pipeline/);
  });

  // "which gas pipeline did the ministers discuss" of "… energy projects, including the Turkmenistan–Afghanistan–Pakistan–India
  // (TAPI) gas pipeline" (read22 r907): no word left to hold once the kind, the group and the meeting's verb are set aside
  it("is named when the question holds no word besides the kind, the group and a verb of meeting; names joined by dashes are one", () => {
    const gas = ask("which gas pipeline did the ministers discuss?");
    expect(gas.found).toBe(true);
    expect(gas.text).toMatch(/Tarsk-Halvik gas pipeline/);
    expect(ask("which railway did varan want to carry forward?").text).toMatch(/Tarsk–Orvel–Halvik \(TOH\) railway/);
  });

  it("is not said when two articles name different ones", () => {
    expect(ask("which bridge did the ministers agree to speed up?").found).toBe(false);
  });

  it("is not a sentence that lacks the question's words", () => {
    expect(ask("which pipeline did the leaders sign a deal to extend?").found).toBe(false);
  });
});
