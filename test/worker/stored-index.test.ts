import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, engineOver } from "../../src/bot/index";
import factIndex from "../../src/generated/fact-index.json";
import intentModel from "../../src/generated/intent-model.json";
import tables from "../../src/generated/knowledge-tables.json";
import lexicon from "../../src/generated/lexicon.json";
import type { FactIndex } from "../../src/facts/types";
import { answer, type Answer, type IntentModel, type KnowledgeTables } from "../../src/qa/index";
import { computeKnowledge } from "../../src/qa/knowledge";
import { knowledgeTables } from "../../src/qa/knowledge-tables";
import { indexSql } from "../../src/store/index-sql";
import { lexiconOf, type Lexicon } from "../../src/store/lexicon";
import { SENTENCE_COLUMNS, sentenceOf, type SentenceRow } from "../../src/store/sentence-rows";
import { MAX_SLICE_ARTICLES, readSlice, sliceKeys, sliceKnowledge, storedIndex, StoredIndexError, type SliceRows, type SqlDatabase } from "../../src/store/stored-index";
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

  it("keeps an article's record without its body and embedded posts, and without its lead when it has a title", async () => {
    const { articles } = factIndex as FactIndex;
    // (the seeds hold an article with embedded posts and titled articles with a lead: each case is checked)
    expect(articles.some((a) => a.quotes.length > 0)).toBe(true);
    expect(articles.some((a) => a.title && a.lead)).toBe(true);
    const { results } = await env.INDEX.prepare("SELECT record FROM articles ORDER BY pos").all<{ record: string }>();
    expect(results.length).toBe(articles.length);
    results.forEach((row, i) => {
      const record = JSON.parse(row.record) as FactIndex["articles"][number];
      const { body: _body, quotes: _quotes, lead, ...rest } = articles[i]!;
      expect(record).toEqual({ ...rest, ...(rest.title || lead === undefined ? {} : { lead }), body: "", quotes: [] });
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

/**
 * The index with its first article copied n times (new ids, the same people): its people named in
 * n + 1 articles or more, each copy stating their offices again, as a president recurs in an archive.
 */
function withRecurringPeople(index: FactIndex, n: number): FactIndex {
  const out = structuredClone(index);
  const first = index.articles[0]!;
  const people = new Map(out.people.map((p) => [p.id, p]));
  for (let k = 1; k <= n; k++) {
    const article = `${first.id}-${k}`;
    const renumber = new Map<number, number>();
    for (const s of index.sentences.filter((x) => x.article === first.id)) {
      renumber.set(s.id, out.sentences.length);
      out.sentences.push({ ...structuredClone(s), id: out.sentences.length, article });
    }
    const at = (id: number) => renumber.get(id) ?? id;
    out.articles.push({ ...structuredClone(first), id: article, file: `${first.file}-${k}` });
    for (const m of index.meetings.filter((x) => x.article === first.id)) out.meetings.push({ ...structuredClone(m), id: `${m.id}-${k}`, article, sentences: m.sentences.map(at) });
    for (const f of index.facts.filter((x) => x.article === first.id)) out.facts.push({ ...structuredClone(f), id: `${f.id}-${k}`, article, sentence: at(f.sentence) });
    for (const p of index.people.filter((x) => x.articles.includes(first.id))) {
      const grown = people.get(p.id)!;
      grown.articles.push(article);
      grown.offices.push(...p.offices.filter((o) => o.article === first.id).map((o) => ({ ...o, article, sentence: at(o.sentence) })));
    }
  }
  return out;
}

describe("a person named in more articles than a slice holds, in D1", () => {
  const model = intentModel as IntentModel;
  const grown = withRecurringPeople(factIndex as FactIndex, 2 * MAX_SLICE_ARTICLES);
  const knowledge = computeKnowledge(grown, model);
  const grownLexicon = lexiconOf(knowledge, [], "d1");
  const asked = ["Who is Muxtar Tleuberdi?", "Who is Emilio Pevida?", "Who did Tleuberdi meet?", "When did Tleuberdi meet the Cuban ambassador?", "Where is Pevida from?", "Who is the Kazakh foreign minister?", "Which meetings involved Kazakhstan?", "Who met whom?"];

  beforeAll(async () => {
    const statements = [...indexSql(grown, knowledgeTables(knowledge))];
    await env.INDEX.batch(statements.map((s) => env.INDEX.prepare(s)));
  });

  /** The slice's rows with every office and every article of its people, as the records held them whole before. */
  async function withEveryOffice(rows: SliceRows): Promise<SliceRows> {
    const people = JSON.stringify(rows.people.map((p) => p.id));
    const all = <T>(sql: string) => env.INDEX.prepare(sql).bind(people).all<T>().then((r) => r.results);
    return {
      ...rows,
      offices: await all(`SELECT person, record, posts FROM offices WHERE person IN (SELECT value FROM json_each(?)) ORDER BY person, nth`),
      personArticles: await all(`SELECT person, article FROM article_people WHERE person IN (SELECT value FROM json_each(?)) AND nth IS NOT NULL ORDER BY person, nth`),
    };
  }

  it("reads the person's articles and offices of the slice's articles, not of every article naming them", async () => {
    const rows = await readSlice(env.INDEX, sliceKeys("Who is Muxtar Tleuberdi?", {}, grownLexicon));
    const slice = new Set(rows.articles.map((r) => (JSON.parse(r.record) as { id: string }).id));
    const person = grown.people.find((p) => p.name === "Muxtar Tleuberdi")!;
    expect(person.articles.length).toBeGreaterThan(2 * MAX_SLICE_ARTICLES);
    expect(slice.size).toBe(MAX_SLICE_ARTICLES);
    const articles = rows.personArticles.filter((r) => r.person === person.id);
    expect(articles.every((r) => slice.has(r.article))).toBe(true);
    expect(articles.length).toBe(person.articles.filter((a) => slice.has(a)).length);
    // the offices stated in the slice, and of those outside it one of each kind (here the same few titles) and the first
    const offices = rows.offices.filter((r) => r.person === person.id).map((r) => JSON.parse(r.record) as { article: string });
    expect(offices.filter((o) => slice.has(o.article)).length).toBe(person.offices.filter((o) => slice.has(o.article)).length);
    expect(offices.filter((o) => !slice.has(o.article)).length).toBeGreaterThan(0);
    expect(offices.filter((o) => !slice.has(o.article)).length).toBeLessThanOrEqual(3);
  });

  it("answers as over the slice's people with every office and article they hold", async () => {
    let found = 0;
    for (const question of asked) {
      const rows = await readSlice(env.INDEX, sliceKeys(question, {}, grownLexicon));
      const whole = await withEveryOffice(rows);
      expect(whole.offices.length, question).toBeGreaterThanOrEqual(rows.offices.length);
      const [a, b] = [answer(question, sliceKnowledge(whole, model), {}), answer(question, sliceKnowledge(rows, model), {})];
      expect(JSON.stringify(b), question).toBe(JSON.stringify(a));
      if (a.found) found++;
    }
    expect(found).toBeGreaterThanOrEqual(asked.length - 2);
  });
});
