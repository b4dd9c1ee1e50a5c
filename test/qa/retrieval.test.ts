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
