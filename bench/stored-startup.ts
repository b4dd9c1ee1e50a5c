/**
 * @module The cold start of the storage-backed Worker at one corpus size, inside the scaling part: the
 * Worker built as `ATTACHE_INDEX=d1 npm run build:index` leaves it (the lexicon of that corpus, an
 * empty bundled index, the intent model) from a copy of `src/` in bench/out, started in workerd by
 * `wrangler check startup` (as part 3 starts the project's Worker). What grows with the corpus is the
 * lexicon alone; the index stays in D1.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { FactIndex } from "../src/facts/types";
import type { IntentModel } from "../src/qa/index";
import { computeKnowledge } from "../src/qa/knowledge";
import { knowledgeTables } from "../src/qa/knowledge-tables";
import type { Lexicon } from "../src/store/lexicon";
import { measureWorkerdStartup } from "./cold-start";
import type { Summary } from "./stats";

/** The storage-backed Worker's start-up at one size. */
export interface StoredStartup {
  /** lexicon.json, the one bundled part that grows with the corpus, bytes. */
  lexiconBytes: number;
  /** Sampled start-up CPU time in workerd per run, ms. */
  startupMs: Summary;
  /** Of it, the lexicon's module and the app's code (src/, where the lexicon is read), mean ms. */
  lexiconMs: number;
  appMs: number;
}

/**
 * Builds the storage-backed Worker for this lexicon and starts it `runs` times in workerd.
 * @example const cold = await measureStoredStartup({ index, model, lexicon });
 */
export async function measureStoredStartup(options: { index: FactIndex; model: IntentModel; lexicon: Lexicon; runs?: number; src?: string }): Promise<StoredStartup> {
  const root = process.cwd();
  // src: another copy of the project's src/ (to compare two versions)
  const { index, model, lexicon, runs = 5, src = join(root, "src") } = options;
  // inside the project, so that the copy's imports find node_modules
  const dir = join(root, "bench/out/stored-worker");
  rmSync(dir, { recursive: true, force: true });
  cpSync(src, join(dir, "src"), { recursive: true, filter: (path) => !path.includes("/src/generated") });
  mkdirSync(join(dir, "src/generated"), { recursive: true });
  const empty: FactIndex = { ...index, articles: [], people: [], meetings: [], facts: [], sentences: [] };
  const generated = {
    "intent-model.json": model,
    "lexicon.json": { ...lexicon, store: "d1" },
    "worker-bundle.json": { index: empty, tables: knowledgeTables(computeKnowledge(empty, model)) },
  };
  for (const [name, value] of Object.entries(generated)) writeFileSync(join(dir, "src/generated", name), JSON.stringify(value) + "\n");
  const config = join(dir, "wrangler.toml");
  writeFileSync(
    config,
    [
      'name = "attache-bench-stored"',
      'main = "src/worker.ts"',
      'compatibility_date = "2026-04-01"',
      "[[d1_databases]]",
      'binding = "INDEX"',
      'database_name = "attache-bench"',
      'database_id = "00000000-0000-0000-0000-000000000000"',
      "",
    ].join("\n"),
  );
  try {
    const workerd = await measureWorkerdStartup(dir, runs, config);
    const ms = (name: string) => workerd.groups.find((g) => g.name === name)?.ms ?? 0;
    return {
      lexiconBytes: Buffer.byteLength(JSON.stringify(lexicon)),
      startupMs: workerd.startupMs,
      lexiconMs: ms("lexicon (src/generated)"),
      appMs: ms("app code (src/)"),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
