import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up: an envoy's praise told in the past tense; a country named only by its people's word. */
const CALL = ` date 2024-03-05
Veldian envoy calls on Orvanian president

Tarsk, 5 March 2024 - The new Veldian Ambassador, Telu Hamed, called on Orvanian President Jan Kestas at the palace in Tarsk on Tuesday.
Hamed praised Orvane's progress in digital government during the call.
Kestas said Bhutanese farmers would gain from a new trade route.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/981_lower_words.txt", text: CALL }]), intentModel());

describe("a word typed in lower case after a name or title", () => {
  it("is the act the articles tell in another form, not an unknown name", () => {
    for (const question of ["what did hamed praise orvane for", "what did telu hamed praise"]) expect(answer(question, knowledge).text).not.toMatch(/do not mention/);
  });

  it("is still an unknown name when the articles write no word of its stem", () => {
    expect(answer("who did hamed zorvil meet", knowledge).text).toMatch(/do not mention|name/i);
  });
});

describe("a country the articles name only by its people's word", () => {
  it("is mentioned: the question is read, not refused", () => {
    const a = answer("who said farmers in bhutan would gain", knowledge);
    expect(a.text).not.toMatch(/do not mention/);
  });
});
