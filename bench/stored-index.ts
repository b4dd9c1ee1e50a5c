/**
 * @module The index in D1, measured inside the scaling part: each corpus size's index is loaded into
 * a local D1 (miniflare's SQLite, through wrangler's `getPlatformProxy`: no account, no network), and
 * every question is answered as the Worker answers it with `ATTACHE_INDEX=d1`: linked with the
 * lexicon, its slice read (wall time: the storage's, reported apart), the slice's knowledge assembled
 * and answer() run (CPU: the isolate's, per question).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { getPlatformProxy } from "wrangler";
import type { FactIndex } from "../src/facts/types";
import { answer, type IntentModel, type Knowledge, type KnowledgeTables } from "../src/qa/index";
import { indexSql } from "../src/store/index-sql";
import { lexiconOf } from "../src/store/lexicon";
import { readSlice, sliceKeys, sliceKnowledge, type SqlDatabase } from "../src/store/stored-index";
import { now, summarize, type Summary } from "./stats";

/** The index in D1 at one corpus size. */
export interface StoredIndexPoint {
  /** index.sql as build:index writes it: statements and bytes. */
  sqlStatements: number;
  sqlBytes: number;
  /** Loading it into the local D1 (`exec` of about a megabyte of statements at a time), ms. */
  loadMs: number;
  /** The bundled lexicon (lexicon.json), bytes. */
  lexiconBytes: number;
  /** Reading one question's slice (two round trips), wall ms. */
  readMs: Summary;
  /** The floor of a read: one round trip of `SELECT 1` to the same database, wall ms. */
  roundTripMs: Summary;
  /** Assembling the slice's knowledge, CPU µs (per call the smaller of wall and process CPU). */
  assembleCpuUs: Summary;
  /** answer() over the slice, CPU µs (the same bound). */
  answerCpuUs: Summary;
  /** Articles per slice. */
  sliceArticles: Summary;
  /** Heap a slice's assembled knowledge holds (after a full collection), bytes, over the questions. */
  sliceHeapBytes: Summary;
  /** Questions found over the slice, and over the whole index (the same questions). */
  found: number;
  foundWhole: number;
}

/** Options of {@link measureStoredIndex}. */
export interface StoredIndexOptions {
  index: FactIndex;
  tables: KnowledgeTables;
  /** The whole index's knowledge (for the lexicon's example questions, and the found count to compare). */
  knowledge: Knowledge;
  model: IntentModel;
  questions: readonly string[];
  /** Rounds over the questions (the first is not timed: it counts the found and weighs each slice). Default 6. */
  rounds?: number;
}

/**
 * Characters of SQL applied per `exec` while loading (one round trip each; the statements are one a
 * line, as exec wants them). Five times as fast as `batch` of prepared statements through the proxy:
 * 26 s against 135 s for the 1 000 articles' 31 MB, load 12.
 */
const LOAD_CHUNK = 1_000_000;

/**
 * Loads the index into a fresh local D1 and answers every question from it, `rounds` times.
 * @example const d1 = await measureStoredIndex({ index, tables, knowledge, model, questions });
 */
export async function measureStoredIndex(options: StoredIndexOptions): Promise<StoredIndexPoint> {
  const { index, tables, knowledge, model, questions, rounds = 6 } = options;
  const dir = mkdtempSync(join(tmpdir(), "attache-bench-d1-"));
  const config = join(dir, "wrangler.toml");
  writeFileSync(
    config,
    ['name = "attache-bench-d1"', 'compatibility_date = "2026-04-01"', "[[d1_databases]]", 'binding = "INDEX"', 'database_name = "attache-bench"', 'database_id = "00000000-0000-0000-0000-000000000000"', ""].join("\n"),
  );
  mkdirSync(join(dir, "state"));
  const proxy = await getPlatformProxy<{ INDEX: SqlDatabase & { exec(sql: string): Promise<unknown> } }>({ configPath: config, persist: { path: join(dir, "state") }, remoteBindings: false, envFiles: [] });
  try {
    const db = proxy.env.INDEX;
    const sql = [...indexSql(index, tables)];
    const t0 = now();
    for (const chunk of chunks(sql, LOAD_CHUNK)) await db.exec(chunk);
    const loadMs = now() - t0;
    const lexicon = lexiconOf(knowledge, [], "d1");
    const readMs: number[] = [];
    const roundTripMs: number[] = [];
    const assembleCpuUs: number[] = [];
    const answerCpuUs: number[] = [];
    const sliceArticles: number[] = [];
    const sliceHeapBytes: number[] = [];
    let found = 0;
    for (let round = 0; round < rounds; round++)
      for (const question of questions) {
        const t1 = now();
        const rows = await readSlice(db, sliceKeys(question, {}, lexicon));
        const read = now() - t1;
        const t2 = now();
        await db.batch([db.prepare("SELECT 1")]);
        const roundTrip = now() - t2;
        if (round === 0) {
          const before = heapAfterCollection();
          const slice = sliceKnowledge(rows, model);
          if (answer(question, slice, {}).found) found++;
          sliceHeapBytes.push(Math.max(0, heapAfterCollection() - before));
          continue;
        }
        const [slice, assembleUs] = cpuBound(() => sliceKnowledge(rows, model));
        const [, answerUs] = cpuBound(() => answer(question, slice, {}));
        readMs.push(read);
        roundTripMs.push(roundTrip);
        assembleCpuUs.push(assembleUs);
        answerCpuUs.push(answerUs);
        sliceArticles.push(rows.articles.length);
      }
    return {
      sqlStatements: sql.length,
      sqlBytes: sql.reduce((sum, s) => sum + Buffer.byteLength(s) + 2, 0),
      loadMs,
      lexiconBytes: Buffer.byteLength(JSON.stringify(lexicon)),
      readMs: summarize(readMs),
      roundTripMs: summarize(roundTripMs),
      assembleCpuUs: summarize(assembleCpuUs),
      answerCpuUs: summarize(answerCpuUs),
      sliceArticles: summarize(sliceArticles),
      sliceHeapBytes: summarize(sliceHeapBytes),
      found,
      foundWhole: questions.filter((q) => answer(q, knowledge, {}).found).length,
    };
  } finally {
    await proxy.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Heap in use after a forced full collection (V8's --expose-gc, switched on here). */
function heapAfterCollection(): number {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
  return process.memoryUsage().heapUsed;
}

/** The statements joined a line each into chunks of about `size` characters. */
function* chunks(statements: readonly string[], size: number): Generator<string> {
  let lines: string[] = [];
  let length = 0;
  for (const statement of statements) {
    lines.push(statement);
    length += statement.length + 1;
    if (length >= size) {
      yield lines.join("\n");
      lines = [];
      length = 0;
    }
  }
  if (lines.length) yield lines.join("\n");
}

/** Runs synchronous work; returns its result and its CPU time in µs (the smaller of wall and process CPU). */
function cpuBound<T>(work: () => T): [T, number] {
  const c0 = process.cpuUsage();
  const t0 = now();
  const result = work();
  const wallUs = (now() - t0) * 1000;
  const c1 = process.cpuUsage(c0);
  return [result, Math.min(wallUs, c1.user + c1.system)];
}
