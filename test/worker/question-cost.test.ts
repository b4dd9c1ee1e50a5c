import { describe, expect, it } from "vitest";
import { createEngine, MAX_QUESTION_WORDS, wordCount } from "../../src/bot/engine";
import factIndex from "../../src/generated/fact-index.json";
import intentModel from "../../src/generated/intent-model.json";
import tables from "../../src/generated/knowledge-tables.json";

const engine = createEngine(factIndex, intentModel, tables);
const focus = { people: ["p1"], meetings: [], countries: [], articles: [] };

/** `unit` repeated to 1000 characters: a crafted question at the longest length the bot takes. */
const wall = (unit: string) => unit.repeat(Math.ceil(1000 / unit.length)).slice(0, 1000);

describe("the engine's word limit", () => {
  it("returns a polite refusal, found: false, for a question of more than 40 words, keeping the conversation's focus", async () => {
    for (const question of [wall("Xqz Vbn Mlk "), wall("president foreign minister "), wall("a,b,c,"), `${"who met whom ".repeat(14)}?`]) {
      const answer = await engine.answer(question, { focus });
      expect(answer.found, question.slice(0, 30)).toBe(false);
      expect(answer.text).toMatch(new RegExp(`at most ${MAX_QUESTION_WORDS} words`));
      expect(answer.focus).toEqual(focus);
    }
  });

  it("returns an ordinary answer at 40 words and under", async () => {
    const question = "Who met whom?";
    expect((await engine.answer(question)).text).not.toMatch(/at most \d+ words/);
    expect((await engine.answer(`${"very ".repeat(37)}who met`)).text).not.toMatch(/at most \d+ words/);
  });

  it("returns word counts that stop early past the limit", () => {
    expect(wordCount("Who met whom?")).toBe(3);
    expect(wordCount("Díaz-Canel met Li, 26 April 2023.")).toBe(7);
    expect(wordCount("x ".repeat(500))).toBe(MAX_QUESTION_WORDS + 1);
  });
});
