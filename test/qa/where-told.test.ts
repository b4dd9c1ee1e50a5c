import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made-up articles whose sentence naming both sides holds a capitalised word after "at" or "in" that names no place. */
const ARTICLES = [
  {
    file: "seeds/901_made_up.txt",
    text: ` date 2023-10-13
TARSK, Oct 13 (Wire) – The talks between Veldian President Varan Telu and Orvanian President Kestas Halvik took place on Thursday on the margins of the summit of the Conference on Trust and Dialogue in Asia (CTDA).
`,
  },
  {
    file: "seeds/902_made_up.txt",
    text: ` date 2024-04-24
Vaduz, April 24, 2024

The Amir of Veldia, Dorin Maskel, arrived on Tuesday for a two-day state visit.

At the VIP terminal of the city airport he was welcomed by President Orvel Tamsin.
`,
  },
];

const knowledge = loadKnowledge(extractIndex(ARTICLES), intentModel());
const ask = (q: string) => answer(q, knowledge);

describe("where: a capitalised word that names no place", () => {
  it("never answers with a continent inside an organisation's name", () => {
    const a = ask("where did telu and halvik meet");
    expect(a.text).not.toMatch(/^• Asia/);
    expect(a.text).toMatch(/^• Tarsk/);
  });

  it("never answers with a word modifying a venue", () => {
    const a = ask("where did maskel and tamsin meet");
    expect(a.text).not.toMatch(/^• VIP/);
    expect(a.text).toMatch(/^• Vaduz/);
  });
});
