import { describe, expect, it } from "vitest";
import { classifyIntent } from "../../src/qa/intent-model";
import { intentModel } from "./helpers";

describe("classifyIntent", () => {
  const cases: [string, string][] = [
    ["who did the minister meet", "who_met"],
    ["When did Ortega meet Ruiz?", "when"],
    ["in which city did they hold talks", "where"],
    ["what did the two ministers talk about", "topics"],
    ["who is Ortega", "who_is"],
    ["how many countries voted against", "number"],
    ["when were diplomatic relations established", "relations"],
    ["which countries did the president visit", "visits"],
    ["which articles do you have", "sources"],
    ["hello", "greeting"],
    ["what can you do", "help"],
    ["what is the weather like tomorrow", "unknown"],
    ["wher did the ministers hold talks", "where"],
    ["wen did ortega meet ruiz", "when"],
  ];
  for (const [question, intent] of cases) {
    it(`returns ${intent} for "${question}"`, () => {
      expect(classifyIntent(question, intentModel()).intent).toBe(intent);
    });
  }

  it("returns a confidence between 0 and 1", () => {
    const { confidence } = classifyIntent("who met whom", intentModel());
    expect(confidence).toBeGreaterThan(0.5);
    expect(confidence).toBeLessThanOrEqual(1);
  });
});
