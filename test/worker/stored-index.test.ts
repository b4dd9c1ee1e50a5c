import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, engineOver } from "../../src/bot/index";
import factIndex from "../../src/generated/fact-index.json";
import intentModel from "../../src/generated/intent-model.json";
import tables from "../../src/generated/knowledge-tables.json";
import lexicon from "../../src/generated/lexicon.json";
import type { FactIndex } from "../../src/facts/types";
import type { Answer, IntentModel, KnowledgeTables } from "../../src/qa/index";
import { indexSql } from "../../src/store/index-sql";
import type { Lexicon } from "../../src/store/lexicon";
import { SENTENCE_COLUMNS, sentenceOf, type SentenceRow } from "../../src/store/sentence-rows";
import { sliceKeys, storedIndex, StoredIndexError, type SqlDatabase } from "../../src/store/stored-index";
import holdout from "../fixtures/intent-holdout.json";

const bundled = createEngine(factIndex, intentModel, tables);
const stored = engineOver(storedIndex(() => env.INDEX, intentModel as IntentModel, lexicon as Lexicon));

/** The public dev questions and the first corpus questions (mostly about articles not in seeds/: declined). */
const questions = [...holdout.questions.filter((q) => q.id.startsWith("d")), ...holdout.questions.filter((q) => !q.id.startsWith("d")).slice(0, 40)].map((q) => q.question);

/**
 * The same answer: text, found and sources. A declined answer says the same, but its suggestions
 * come from the question's slice (the bundled index picks from all its meetings): each must be a
 * question the articles answer.
 */
async function expectSameAnswer(question: string, a: Answer, b: Answer): Promise<void> {
  expect(b.found, question).toBe(a.found);
  expect(b.sources, question).toEqual(a.sources);
  if (a.found) expect(b.text, question).toBe(a.text);
  else {
    expect(b.body, question).toEqual(a.body);
    for (const suggestion of b.suggestions) expect((await bundled.answer(suggestion)).found, `${question} → ${suggestion}`).toBe(true);
  }
}

beforeAll(async () => {
  // what `wrangler d1 execute --file src/generated/index.sql` does on deploy, into the local D1
  const statements = [...indexSql(factIndex as FactIndex, tables as KnowledgeTables)];
  await env.INDEX.batch(statements.map((s) => env.INDEX.prepare(s)));
});

describe("the index in D1", () => {
  it("returns the same answers over the seeds as the bundled index", async () => {
    expect(questions.length).toBeGreaterThan(60);
    let found = 0;
    for (const question of questions) {
      const [a, b] = [await bundled.answer(question), await stored.answer(question)];
      await expectSameAnswer(question, a, b);
      if (a.found) found++;
    }
    expect(found).toBeGreaterThan(25);
  });

  it("finds names typed with a typo or in another spelling through the name keys read from D1, as the bundled index does", async () => {
    // the Worker bundles no name words: a typed word's spellings are the words filed under its keys (name_keys);
    // a name in Cyrillic letters is looked up in Latin ones
    const spellings = ["Who did Murat Nurtlue meet?", "Who is Emilio Pevidda?", "When did Tilberdi meet the Cuban ambassador?", "who did nurtleu meet", "Who did Mekdad meet?", "Where did Miqdad meet Bruno Rodriges?", "Who did Нуртлеу meet?"];
    let found = 0;
    for (const question of spellings) {
      const [a, b] = [await bundled.answer(question), await stored.answer(question)];
      await expectSameAnswer(question, a, b);
      if (a.found) found++;
    }
    expect(found).toBeGreaterThanOrEqual(3);
    // (the slice is read by the name in Latin letters too: at scale, no other key would bring its person)
    expect(sliceKeys("Who did Нуртлеу meet?", {}, lexicon as Lexicon).names).toContain("nurtleu");
  });

  it("returns the same follow-ups: the conversation's focus is read back from D1", async () => {
    const turns = ["Who did Murat Nurtleu meet?", "When was that?", "Where?", "Who is he?", "more"];
    let [focusA, focusB] = [undefined as unknown, undefined as unknown] as [never, never];
    for (const question of turns) {
      const a = await bundled.answer(question, focusA ? { focus: focusA } : {});
      const b = await stored.answer(question, focusB ? { focus: focusB } : {});
      await expectSameAnswer(question, a, b);
      [focusA, focusB] = [a.focus as never, b.focus as never];
    }
  });

  it("tells which questions need the conversation as the bundled index does, and answers them the same after", async () => {
    const turns = ["Who did Murat Nurtleu meet?", "When was that?", "Who is he?", "Who met whom?", "hi", "more", "Who else?"];
    for (const question of turns) {
      const fresh = engineOver(storedIndex(() => env.INDEX, intentModel as IntentModel, lexicon as Lexicon));
      expect(await fresh.needsContext!(question), question).toBe(await bundled.needsContext!(question));
      // the slice needsContext read is the one answered from, when the chat brings no focus
      await expectSameAnswer(question, await bundled.answer(question), await fresh.answer(question));
    }
  });

  it("reads each question's slice once when questions are asked side by side", async () => {
    let batches = 0;
    const counted: SqlDatabase = { prepare: (query) => env.INDEX.prepare(query), batch: (statements) => (batches++, env.INDEX.batch(statements as never)) as never };
    const engine = engineOver(storedIndex(() => counted, intentModel as IntentModel, lexicon as Lexicon));
    const [first, second] = ["Who did Murat Nurtleu meet?", "Who is Emilio Pevida?"];
    await Promise.all([engine.needsContext!(first), engine.needsContext!(second)]);
    const answers = await Promise.all([engine.answer(first), engine.answer(second)]);
    expect(batches).toBe(4); // two round trips per slice, none again for the answers
    await expectSameAnswer(first, await bundled.answer(first), answers[0]!);
    await expectSameAnswer(second, await bundled.answer(second), answers[1]!);
  });

  it("returns each sentence as the index holds it from its columns read back from D1, its spans and dates included", async () => {
    const { sentences } = factIndex as FactIndex;
    const { results } = await env.INDEX.prepare(`SELECT ${SENTENCE_COLUMNS.join(", ")} FROM sentences ORDER BY id`).all<SentenceRow>();
    expect(results.length).toBe(sentences.length);
    // (the seeds hold quotes, titles, spans and dates: each column is checked)
    for (const field of ["quote", "title", "spans", "dates"] as const) expect(sentences.some((s) => s[field]), field).toBe(true);
    results.forEach((row, i) => {
      const { id, article, text, people, countries, quote, title, dates, spans } = sentenceOf(row);
      expect({ id, article, text, people, countries, quote, title, dates, spans }).toEqual(sentences[i]);
    });
  });

  it("returns matches for the sentences' words through full-text search", async () => {
    const word = (factIndex as FactIndex).sentences[0]!.text.split(/\s+/).find((w) => /^[a-z]{5,}$/i.test(w))!;
    const { results } = await env.INDEX.prepare("SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? LIMIT 5").bind(word).all<{ rowid: number }>();
    expect(results.length).toBeGreaterThan(0);
  });

  it("refuses, with StoredIndexError, a database built with another schema version", async () => {
    // a database whose meta says version 3: every other query goes to the real local D1
    const older: SqlDatabase = {
      prepare: (sql) => env.INDEX.prepare(/FROM meta/.test(sql) ? "SELECT '3' AS value" : sql),
      batch: (statements) => env.INDEX.batch(statements as never),
    };
    const engine = engineOver(storedIndex(() => older, intentModel as IntentModel, lexicon as Lexicon));
    await expect(engine.answer("Who met whom?")).rejects.toThrow(/schema version 3/);
    await expect(stored.answer("Who met whom?")).resolves.toMatchObject({ found: true });
  });

  it("throws StoredIndexError, not a wrong answer, when the Worker has no INDEX binding", async () => {
    const unbound = engineOver(storedIndex(() => undefined, intentModel as IntentModel, lexicon as Lexicon));
    await expect(unbound.answer("Who met whom?")).rejects.toBeInstanceOf(StoredIndexError);
  });
});
