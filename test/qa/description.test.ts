import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up: a minister gives the talks a word, and speaks of a treaty in reported speech. */
const TALKS = `Varan calls Tarsk talks frank

Tarsk, 4 June 2024 - Veldian Foreign Minister Telu Varan has described as "frank and useful" the talks he held on Monday in Tarsk with Orvanian Foreign Minister Piet Kestas.

Varan told reporters that the Halvik accord was a landmark that had opened the border to trade.

The two ministers also discussed fisheries.
`;

describe("how someone described something", () => {
  const k = loadKnowledge(extractIndex([{ file: "seeds/996_talks.txt", text: TALKS }]), intentModel());

  it("returns the sentence that gives the talks a word", () => {
    const a = answer("how did varan describe the talks?", k);
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/frank and useful/);
  });

  it("returns what the speaker told of a named thing", () => {
    const a = answer("how did varan describe the halvik accord?", k);
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/landmark/);
  });

  it("says nothing of a thing no sentence of the speaker describes", () => {
    const a = answer("how did kestas describe the fisheries deal?", k);
    expect(a.text).not.toMatch(/frank and useful|landmark/);
  });

  it("returns a quotation that says what something was, its speaker after it (read26 w119)", () => {
    const quoted = `Kestas thanks Veldia

Tarsk, 17 March 2022 - Orvanian Foreign Minister Piet Kestas held talks with his Veldian counterpart, Telu Varan, in Tarsk on Wednesday.

Kestas thanked Varan for his country's support. "When the application was submitted, Veldia was the biggest supporter of our reforms and a true friend," he said.
`;
    const kq = loadKnowledge(extractIndex([{ file: "seeds/997_quoted.txt", text: quoted }]), intentModel());
    const a = answer("how did kestas describe veldia?", kq);
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/biggest supporter/);
  });
});
