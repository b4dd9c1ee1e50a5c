import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made-up articles with no date of their own: a meeting told only by an occasion that names its event, and one by an occasion that names none. */
const NAMED = `Veldian and Orvanian ministers meet in Tarsk

Veldian Foreign Minister Ilse Varan met Orvanian Foreign Minister Piet Telu on the sidelines of the Tarsk Security Forum.

The two discussed trade and the border.
`;

const UNNAMED = `Marsk and Tolvia agree to set up a committee

Marsk's Foreign Minister Oren Hald met Tolvian President Ansa Lirre on the margins of the week's events.

They agreed to set up a joint committee.
`;

const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/921_named_occasion.txt", text: NAMED },
    { file: "seeds/922_unnamed_occasion.txt", text: UNNAMED },
  ]),
  intentModel(),
);
const ask = (q: string) => answer(q, knowledge);

describe("answer: when, for a meeting the article dates only by its occasion", () => {
  it("returns the occasion when it names its event", () => {
    const a = ask("When did Varan meet Telu?");
    expect(a.found).toBe(true);
    expect(a.text).toContain("Tarsk Security Forum");
  });

  it("returns found=false, showing the occasion, when the occasion names no event", () => {
    const a = ask("When did Hald meet Lirre?");
    expect(a.found).toBe(false);
    expect(a.text).toContain("gives no date");
    expect(a.text).toContain("the week's events");
  });
});
