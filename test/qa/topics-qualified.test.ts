import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up: talks whose regional subjects one sentence tells, and a meeting to come whose agenda the sentences after it list. */
const TALKS = `Varan in Tarsk

Tarsk, 6 May 2024 - Veldian Foreign Minister Telu Varan held talks in Tarsk on Monday with Orvanian Foreign Minister Piet Kestas. The two discussed river transport and customs. Turning to the region, Varan and Kestas focused on the ceasefire along the Aldor border.

Varan is to meet Orvanian Trade Minister Ansel Lind on Tuesday. The two will review grain exports. Regional matters are also on the list, above all the drought in the Aldor valley.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/995_qualified.txt", text: TALKS }]), intentModel());
const ask = (q: string) => answer(q, knowledge);

describe("topics asked of a kind ('which regional issues did they discuss')", () => {
  it("returns the sentence that tells that kind of subject", () => {
    const a = ask("which regional issues did varan and kestas discuss?");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/ceasefire along the Aldor border/);
  });

  it("says the articles don't tell it when no topic or sentence of the meeting is of that kind", () => {
    expect(ask("which environmental issues did varan and kestas discuss?").found).toBe(false);
  });
});

describe("the agenda of a meeting to come", () => {
  it("returns the sentence that puts its subjects on the list", () => {
    const a = ask("what will varan and lind discuss?");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/grain exports/);
    expect(a.text).toMatch(/drought in the Aldor valley/);
  });
});
