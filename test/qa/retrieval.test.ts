import { describe, expect, it } from "vitest";
import { buildRetrieval, contentTerms, retrieve, stem } from "../../src/qa/retrieval";
import { fixtureIndex } from "./fixture";

describe("contentTerms", () => {
  it("returns stemmed lemmas without stop words or question words", () => {
    expect(contentTerms("What will China keep providing to Cuba?")).toEqual(["china", "provid", "cuba"]);
    expect(stem("arrival")).toBe(stem("arrive"));
  });
});

describe("retrieve", () => {
  it("returns the sentence holding the question's words first", () => {
    const [best] = retrieve("What will China keep providing to Cuba?", buildRetrieval(fixtureIndex()));
    expect(best?.sentence.text).toContain("assistance and support to Cuba");
    expect(best?.coverage).toBe(1);
  });

  it("returns nothing for words no sentence holds", () => {
    expect(retrieve("weather forecast tomorrow", buildRetrieval(fixtureIndex()))).toEqual([]);
  });
});

describe("retrieve by postings", () => {
  /** Every sentence scored, as a scan would: the reference the postings walk must equal. */
  function scanned(question: string, retrieval: ReturnType<typeof buildRetrieval>, limit: number) {
    const terms = [...new Set(contentTerms(question))];
    return retrieval.weights
      .flatMap((bow, i) => {
        const matched = terms.filter((t) => (bow[t] ?? 0) > 0);
        const score = matched.reduce((sum, t) => sum + (bow[t] ?? 0), 0);
        return matched.length ? [{ sentence: retrieval.sentences[i], score, matched, coverage: matched.length / terms.length }] : [];
      })
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }

  it("finds the best sentences a scan of every sentence finds, in the same order", () => {
    const retrieval = buildRetrieval(fixtureIndex());
    const questions = ["What will China keep providing to Cuba?", "Cuba China Azerbaijan minister", "When was the embassy established?", "What did they discuss about trade and health?"];
    for (const question of questions) for (const limit of [1, 3, 5, 50]) expect(retrieve(question, retrieval, limit)).toEqual(scanned(question, retrieval, limit));
  });
});
