/**
 * Dev tool: builds the seeds × factor synthetic corpus, loads its index into a local D1 and
 * saves each bench question's slice rows (readSlice) as JSON, for profiling sliceKnowledge + answer.
 * Usage: tsx bench/capture-slices.ts FACTOR OUT.json
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getPlatformProxy } from "wrangler";
import { extractIndex } from "../src/extract/index";
import { parseFactIndex } from "../src/facts/validate";
import { computeKnowledge } from "../src/qa/knowledge";
import { knowledgeTables } from "../src/qa/knowledge-tables";
import { indexSql } from "../src/store/index-sql";
import { lexiconOf } from "../src/store/lexicon";
import { readSlice, sliceKeys, type SqlDatabase } from "../src/store/stored-index";
import type { IntentModel } from "../src/qa/index";
import { nameWords, syntheticCorpus } from "./synthetic-corpus";

const factor = Number(process.argv[2] ?? 400);
const out = process.argv[3] ?? "bench/out/slices.json";
const seedsDir = join(process.cwd(), "seeds");
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).sort().map((f) => ({ file: `seeds/${f}`, text: readFileSync(join(seedsDir, f), "utf8") }));
const model = JSON.parse(readFileSync("src/generated/intent-model.json", "utf8")) as IntentModel;
const questions = JSON.parse(readFileSync("bench/questions.json", "utf8")) as string[];
const names = nameWords(extractIndex(seeds), seeds);
const t0 = Date.now();
const index = parseFactIndex(extractIndex(syntheticCorpus(seeds, factor, names)));
const knowledge = computeKnowledge(index, model);
const tables = knowledgeTables(knowledge);
process.stderr.write(`built ${index.articles.length} articles in ${Date.now() - t0} ms\n`);
const dir = mkdtempSync(join(tmpdir(), "attache-slices-d1-"));
const config = join(dir, "wrangler.toml");
writeFileSync(config, ['name = "perf22"', 'compatibility_date = "2026-04-01"', "[[d1_databases]]", 'binding = "INDEX"', 'database_name = "p"', 'database_id = "00000000-0000-0000-0000-000000000000"', ""].join("\n"));
mkdirSync(join(dir, "state"));
const proxy = await getPlatformProxy<{ INDEX: SqlDatabase & { exec(sql: string): Promise<unknown> } }>({ configPath: config, persist: { path: join(dir, "state") }, remoteBindings: false, envFiles: [] });
try {
  const db = proxy.env.INDEX;
  let lines: string[] = [];
  let length = 0;
  for (const statement of indexSql(index, tables)) {
    lines.push(statement);
    length += statement.length + 1;
    if (length >= 1_000_000) {
      await db.exec(lines.join("\n"));
      lines = [];
      length = 0;
    }
  }
  if (lines.length) await db.exec(lines.join("\n"));
  process.stderr.write(`loaded in ${Date.now() - t0} ms\n`);
  const lexicon = lexiconOf(knowledge, [], "d1");
  const slices = [];
  for (const question of questions) slices.push({ question, rows: await readSlice(db, sliceKeys(question, {}, lexicon)) });
  writeFileSync(out, JSON.stringify(slices));
  process.stderr.write(`wrote ${slices.length} slices to ${out}\n`);
} finally {
  await proxy.dispose();
  rmSync(dir, { recursive: true, force: true });
}
