import { describe, expect, it } from "vitest";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { gatesIndex } from "./gates-fixture";
import { intentModel } from "./helpers";

/** The made-up index with a meal told after Varo's talks with Tamm, of Varo and others, and so kept in the talks' sentences. */
function withMeal(text: string, people: string[]) {
  const index = gatesIndex();
  const id = index.sentences.length;
  index.sentences.push({ id, article: "g1", text, people, countries: [] });
  index.meetings.find((m) => m.id.endsWith("t1"))!.sentences.push(id);
  return loadKnowledge(index, intentModel());
}

describe("answer: a meal the question names, told in a meeting's sentences of only one of its sides", () => {
  it("does not answer 'who did A host for lunch' with A's talks, when A hosted others", () => {
    const k = withMeal("Varo was also host at a lunch for the leaders of the island states.", ["ilsa-varo"]);
    const a = answer("who did varo host for lunch", k);
    expect(a.text).not.toContain("Tamm");
  });

  it("answers it when the meal's sentence names both sides", () => {
    const k = withMeal("Varo later gave a lunch for Tamm and his delegation.", ["kalev-tamm", "ilsa-varo"]);
    const a = answer("who did varo host at a lunch", k);
    expect(a.found).toBe(true);
    expect(a.text).toContain("Tamm");
  });
});
