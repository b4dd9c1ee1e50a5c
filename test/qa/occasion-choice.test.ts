import { describe, expect, it } from "vitest";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { gatesIndex } from "./gates-fixture";
import { intentModel } from "./helpers";

/** The made-up index with one more sentence of Varo's talks with Tamm (a meal, a welcome), as extraction keeps a sentence told after them. */
function withSentence(text: string, people: string[]) {
  const index = gatesIndex();
  const id = index.sentences.length;
  index.sentences = [...index.sentences, { id, article: "g1", text, people, countries: [] }];
  // the fixture's sentences and meetings are shared by every test: copied, not changed
  index.meetings = index.meetings.map((m) => (m.id === "t1" ? { ...m, sentences: [...m.sentences, id] } : m));
  return loadKnowledge(index, intentModel());
}

describe("answer: a meal the question names, told in a meeting's sentences of only one of its sides", () => {
  it("does not answer 'who did A host for lunch' with A's talks, when A hosted others", () => {
    const k = withSentence("Varo later gave a lunch for the visiting mayors of Orvane.", ["ilsa-varo"]);
    const a = answer("who did varo host for lunch", k);
    expect(a.found).toBe(false);
    expect(a.text).toMatch(/^The articles report no meeting with Ilsa Varo that mentions “lunch”/);
  });

  it("answers it when the meal's sentence names both sides", () => {
    const k = withSentence("Varo later gave a lunch for Tamm and his delegation.", ["kalev-tamm", "ilsa-varo"]);
    const a = answer("who did varo host at a lunch", k);
    expect(a.found).toBe(true);
    expect(a.text).toContain("Tamm");
  });
});

describe("answer: the airport welcome the question names, told with another word for the airport", () => {
  it("answers 'who welcomed A at the airport' from 'A was met on the tarmac by B'", () => {
    const k = withSentence("Varo landed on Sunday evening and was met on the tarmac by Tamm.", ["ilsa-varo", "kalev-tamm"]);
    const a = answer("who welcomed varo at the airport", k);
    expect(a.found).toBe(true);
    expect(a.text).toContain("Tamm");
  });

  it("still declines when the tarmac sentence names only the visitor", () => {
    const k = withSentence("Varo landed on Sunday evening and walked across the tarmac to her car.", ["ilsa-varo"]);
    const a = answer("who met varo at the airport", k);
    expect(a.text).toContain("airport");
    // what the articles do report instead, shown as such
    expect(a.text).toMatch(/They report:\s*• Ilsa Varo .*held talks with Kalev Tamm/);
    expect(a.found).toBe(false);
  });
});
