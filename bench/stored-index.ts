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
import { getPlatformProxy } from "wrangler";
import type { FactIndex } from "../src/facts/types";
import { answer, type IntentModel, type Knowledge, type KnowledgeTables } from "../src/qa/index";
import { bucketNames } from "../src/qa/name-lookup";
import { indexSql } from "../src/store/index-sql";
import { lexiconOf } from "../src/store/lexicon";
import { readSlice, sliceKeys, sliceKnowledge, type SqlDatabase } from "../src/store/stored-index";
import { now, summarize, type Summary } from "./stats";

/** The index in D1 at one corpus size. */
export interface StoredIndexPoint {
  /** index.sql as build:index writes it: statements and bytes. */
  sqlStatements: number;
  sqlBytes: number;
  /** Loading it into the local D1 (batches of statements through the proxy), ms. */
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
  /** Rounds over the questions (the first is not measured). Default 4. */
  rounds?: number;
}

/** The statements applied per batch while loading (D1 takes batches of statements; each is one round trip). */
const LOAD_BATCH = 500;

/**
 * Loads the index into a fresh local D1 and answers every question from it, `rounds` times.
 * @example const d1 = await measureStoredIndex({ index, tables, knowledge, model, questions });
 */
export async function measureStoredIndex(options: StoredIndexOptions): Promise<StoredIndexPoint> {
  const { index, tables, knowledge, model, questions, rounds = 4 } = options;
  const dir = mkdtempSync(join(tmpdir(), "attache-bench-d1-"));
  const config = join(dir, "wrangler.toml");
  writeFileSync(
    config,
    ['name = "attache-bench-d1"', 'compatibility_date = "2026-04-01"', "[[d1_databases]]", 'binding = "INDEX"', 'database_name = "attache-bench"', 'database_id = "00000000-0000-0000-0000-000000000000"', ""].join("\n"),
  );
  mkdirSync(join(dir, "state"));
  const proxy = await getPlatformProxy<{ INDEX: SqlDatabase }>({ configPath: config, persist: { path: join(dir, "state") }, remoteBindings: false, envFiles: [] });
  try {
    const db = proxy.env.INDEX;
    const sql = indexSql(index, tables);
    const t0 = now();
    for (let i = 0; i < sql.length; i += LOAD_BATCH) await db.batch(sql.slice(i, i + LOAD_BATCH).map((s) => db.prepare(s)));
    const loadMs = now() - t0;
    const lexicon = lexiconOf(knowledge, [], "d1");
    const buckets = bucketNames(lexicon.nameWords);
    const known = new Set(lexicon.nameWords);
    const readMs: number[] = [];
    const roundTripMs: number[] = [];
    const assembleCpuUs: number[] = [];
    const answerCpuUs: number[] = [];
    const sliceArticles: number[] = [];
    let found = 0;
    for (let round = 0; round < rounds; round++)
      for (const question of questions) {
        const t1 = now();
        const rows = await readSlice(db, sliceKeys(question, {}, lexicon, buckets, known));
        const read = now() - t1;
        const t2 = now();
        await db.batch([db.prepare("SELECT 1")]);
        const roundTrip = now() - t2;
        const [slice, assembleUs] = cpuBound(() => sliceKnowledge(rows, model));
        const [reply, answerUs] = cpuBound(() => answer(question, slice, {}));
        if (round === 0) {
          if (reply.found) found++;
          continue;
        }
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
      found,
      foundWhole: questions.filter((q) => answer(q, knowledge, {}).found).length,
    };
  } finally {
    await proxy.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
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
