import { describe, expect, it } from "vitest";
import { buildLookups } from "../../src/qa/lookups";
import { bestInArticles, buildRetrieval, contentTerms, postingsOf, retrieve, stem, weightsAt } from "../../src/qa/retrieval";
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
    return Array.from(retrieval.weights, (_, i) => weightsAt(retrieval, i))
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

describe("a stored slice's weights, read as JSON texts", () => {
  it("give the same sentences, scores and postings as the weights parsed, parsing only the sentences a term is in", () => {
    const index = fixtureIndex();
    const parsed = buildRetrieval(index);
    const texts = Array.from(parsed.weights, (_, i) => JSON.stringify(weightsAt(parsed, i)));
    // a key that holds another term's name with its quote and colon must not count for it
    texts.push(JSON.stringify({ 'veldia":': 1.5, "orvane,": 2 }));
    // a term written with no weight, or a weight in exponent form: its number decides, as the parsed weights would
    texts.push(JSON.stringify({ tarsk: 0, kestas: 2.5e-7 }));
    const lazy = buildRetrieval({ ...index, sentences: [...index.sentences, { ...index.sentences[0]!, id: index.sentences.length }, { ...index.sentences[0]!, id: index.sentences.length + 1 }] }, { texts });
    const questions = ["What will China keep providing to Cuba?", "Cuba China Azerbaijan minister", "When was the embassy established?", "weather forecast tomorrow"];
    for (const question of questions) expect(retrieve(question, lazy, 5)).toEqual(retrieve(question, parsed, 5));
    expect(lazy.weights.filter(Boolean).length).toBeLessThan(index.sentences.length);
    for (const term of ["cuba", "china", "embassi", "veldia", "orvane"]) expect(postingsOf(term, lazy).filter((i) => i < index.sentences.length).sort((a, b) => a - b)).toEqual([...postingsOf(term, parsed)].sort((a, b) => a - b));
    expect(postingsOf("veldia", lazy)).toEqual([]);
    expect(postingsOf('veldia":', lazy)).toEqual([index.sentences.length]);
    expect(postingsOf("tarsk", lazy)).toEqual([]);
    expect(postingsOf("kestas", lazy)).toEqual([index.sentences.length + 1]);
    expect(lazy.weights[index.sentences.length + 1]).toBeUndefined();
  });

  it("ranks a term's sentences heaviest first as the parsed weights do, parsing only the weights of the passages returned", () => {
    const index = fixtureIndex();
    const parsed = buildRetrieval(index);
    const lazy = buildRetrieval(index, { texts: Array.from(parsed.weights, (_, i) => JSON.stringify(weightsAt(parsed, i))) });
    const question = "Cuban foreign minister";
    expect(retrieve(question, lazy, 1)).toEqual(retrieve(question, parsed, 1));
    for (const term of ["cuban", "foreign", "minister"]) {
      expect(postingsOf(term, lazy).length, term).toBeGreaterThan(1);
      expect(postingsOf(term, lazy), term).toEqual(postingsOf(term, parsed));
    }
    // (the one passage returned: its weights tell which terms it holds)
    expect(lazy.weights.filter(Boolean).length).toBe(1);
  });
});

describe("bestInArticles", () => {
  /** Every sentence of the articles scored and sorted, as a scan would: the reference it must equal. */
  function scanned(retrieval: ReturnType<typeof buildRetrieval>, bySentence: ReturnType<typeof buildLookups>["articleSentences"], articles: string[], terms: string[], skip: Set<number>, limit: number) {
    return articles
      .flatMap((a) => bySentence.get(a) ?? [])
      .filter((s) => !skip.has(s.id))
      .map((sentence) => {
        const bow = weightsAt(retrieval, sentence.id);
        const matched = terms.filter((t) => (bow[t] ?? 0) > 0);
        return { sentence, score: matched.reduce((sum, t) => sum + (bow[t] ?? 0), 0), matched, coverage: terms.length ? matched.length / terms.length : 0 };
      })
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }

  it("returns the sentences a scan of the articles finds, in the same order, those holding no term last", () => {
    const index = fixtureIndex();
    const retrieval = buildRetrieval(index);
    const { articleSentences } = buildLookups(index);
    const all = [...articleSentences.keys()];
    const lists = [all, [...all].reverse(), all.slice(0, 1), all.slice(1)];
    const questions = ["What will China keep providing to Cuba?", "Cuba China Azerbaijan minister", "When was the embassy established?", "weather forecast tomorrow", ""];
    for (const articles of lists)
      for (const question of questions)
        for (const skip of [new Set<number>(), new Set([0, 1, 2, 5])])
          for (const limit of [1, 3, 60]) {
            const terms = [...new Set(contentTerms(question))];
            expect(bestInArticles(retrieval, articleSentences, articles, terms, skip, limit)).toEqual(scanned(retrieval, articleSentences, articles, terms, skip, limit));
          }
  });
});
