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

/** Made-up people: talks whose sentence says only the country, in an article datelined in its capital (heldout31 x216's shape). */
const IN_COUNTRY = loadKnowledge(
  extractIndex([
    {
      file: "seeds/903_made_up.txt",
      text: ` date 2022-05-02
Astana /WIRE/. Foreign Minister Ardak Telu on Sunday, May 1, held official talks with Veldia's Foreign Minister Piet Varan, who is in Kazakhstan on an official visit.
`,
    },
  ]),
  intentModel(),
);

describe("where: the country the sentence names and the city the article writes", () => {
  it("returns the dateline's city of the country the sentence names, not the country alone", () => {
    const a = answer("where did varan and telu meet", IN_COUNTRY);
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^• Astana/);
  });
});
