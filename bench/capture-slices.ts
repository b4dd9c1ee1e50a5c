/**
 * Dev tool: loads an index into a local D1 and saves each question's slice rows (readSlice) as
 * JSON, for profiling sliceKnowledge + answer (profile-slices.ts), and prints what the slices weigh.
 * Usage: tsx bench/capture-slices.ts SOURCE OUT.json [QUESTIONS.json]
 * SOURCE is a factor (the seeds × FACTOR synthetic corpus, built here in one thread) or a folder
 * build:index wrote (`ATTACHE_OUT`: its fact-index.json and knowledge-tables.json; the SQL made from
 * them by this tree's code and put into miniflare's SQLite file by `sqlite3`, far quicker than
 * statements through wrangler's proxy at 10 000 articles). QUESTIONS default to the bench's.
 */
import { spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getPlatformProxy } from "wrangler";
import { extractIndex } from "../src/extract/index";
import type { FactIndex } from "../src/facts/types";
import { parseFactIndex } from "../src/facts/validate";
import { computeKnowledge, loadKnowledge } from "../src/qa/knowledge";
import { knowledgeTables, type KnowledgeTables } from "../src/qa/knowledge-tables";
import { indexSql } from "../src/store/index-sql";
import { lexiconOf } from "../src/store/lexicon";
import { readSlice, sliceKeys, type SliceRows, type SqlDatabase } from "../src/store/stored-index";
import type { IntentModel } from "../src/qa/index";
import { nameWords, recurringPeople, syntheticCorpus } from "./synthetic-corpus";
import { summarize } from "./stats";

const source = process.argv[2] ?? "400";
const out = process.argv[3] ?? "bench/out/slices.json";
const questions = JSON.parse(readFileSync(process.argv[4] ?? "bench/questions.json", "utf8")) as string[];
const model = JSON.parse(readFileSync("src/generated/intent-model.json", "utf8")) as IntentModel;
const t0 = Date.now();
let index: FactIndex;
let tables: KnowledgeTables;
if (/^\d+$/.test(source)) {
  const seedsDir = join(process.cwd(), "seeds");
  const seeds = readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).sort().map((f) => ({ file: `seeds/${f}`, text: readFileSync(join(seedsDir, f), "utf8") }));
  const seedIndex = extractIndex(seeds);
  index = parseFactIndex(extractIndex(syntheticCorpus(seeds, Number(source), nameWords(seedIndex, seeds), recurringPeople(seedIndex))));
  tables = knowledgeTables(computeKnowledge(index, model));
} else {
  index = parseFactIndex(JSON.parse(readFileSync(join(source, "fact-index.json"), "utf8")));
  tables = JSON.parse(readFileSync(join(source, "knowledge-tables.json"), "utf8")) as KnowledgeTables;
}
const knowledge = loadKnowledge(index, model, tables);
process.stderr.write(`read ${index.articles.length} articles in ${Date.now() - t0} ms\n`);
const dir = mkdtempSync(join(tmpdir(), "attache-slices-d1-"));
const config = join(dir, "wrangler.toml");
writeFileSync(config, ['name = "slices"', 'compatibility_date = "2026-04-01"', "[[d1_databases]]", 'binding = "INDEX"', 'database_name = "p"', 'database_id = "00000000-0000-0000-0000-000000000000"', ""].join("\n"));
mkdirSync(join(dir, "state"));
type Db = SqlDatabase & { exec(sql: string): Promise<unknown> };
const open = () => getPlatformProxy<{ INDEX: Db }>({ configPath: config, persist: { path: join(dir, "state") }, remoteBindings: false, envFiles: [] });
try {
  // the database file is made on first use; sqlite3 then applies the SQL to it with no proxy
  let proxy = await open();
  await proxy.env.INDEX.exec("CREATE TABLE IF NOT EXISTS made (x)");
  await proxy.dispose();
  const file = findFile(join(dir, "state", "d1"), ".sqlite");
  const sqlFile = join(dir, "index.sql");
  const stream = createWriteStream(sqlFile);
  for (const statement of indexSql(index, tables)) if (!stream.write(`${statement};\n`)) await new Promise<void>((resolve) => stream.once("drain", () => resolve()));
  await new Promise<void>((resolve) => stream.end(() => resolve()));
  const loaded = spawnSync("sqlite3", [file, "PRAGMA synchronous = OFF", "BEGIN", `.read ${sqlFile}`, "COMMIT"], { stdio: ["ignore", "inherit", "inherit"] });
  if (loaded.status !== 0) throw new Error(`sqlite3 failed (${loaded.status})`);
  process.stderr.write(`loaded in ${Date.now() - t0} ms\n`);
  proxy = await open();
  try {
    const db = proxy.env.INDEX;
    const lexicon = lexiconOf(knowledge, [], "d1");
    const slices: { question: string; rows: SliceRows }[] = [];
    for (const question of questions) slices.push({ question, rows: await readSlice(db, sliceKeys(question, {}, lexicon)) });
    writeFileSync(out, JSON.stringify(slices));
    // what each slice weighs: rows of each kind and the JSON of them all
    const rows = (r: SliceRows) => Object.values(r as unknown as Record<string, unknown[] | { rows: unknown[] }>).reduce((n: number, v) => n + (Array.isArray(v) ? v.length : v.rows.length), 0);
    const stat = (f: (s: (typeof slices)[number]) => number) => {
      const s = summarize(slices.map(f));
      return `p50 ${Math.round(s.p50)} max ${Math.round(s.max)} sum ${slices.map(f).reduce((a, b) => a + b, 0)}`;
    };
    process.stderr.write(`wrote ${slices.length} slices to ${out}\n`);
    console.log(`rows ${stat((s) => rows(s.rows))}; bytes ${stat((s) => Buffer.byteLength(JSON.stringify(s.rows)))}; people rows ${stat((s) => s.rows.people.length)}; people bytes ${stat((s) => Buffer.byteLength(JSON.stringify(s.rows.people)))}`);
  } finally {
    await proxy.dispose();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** The first file under a folder whose name ends so. */
function findFile(folder: string, ending: string): string {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      const found = findFile(path, ending);
      if (found) return found;
    } else if (entry.name.endsWith(ending) && entry.name !== "metadata.sqlite" && existsSync(path)) return path;
  }
  return "";
}
