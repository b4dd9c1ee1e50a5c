/** @module `npm run build:index`: seeds/*.txt and intents/*.json → src/generated/{fact-index,intent-model,knowledge-tables,lexicon}.json (and index.sql for D1). */
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { join, relative } from "node:path";
import { extractIndexAndTerms, type ArticleFile, type ReadIndex } from "../extract/index";
import type { FactIndex } from "../facts/types";
import { parseFactIndex } from "../facts/validate";
import { buildThreads, extractInPool, type PoolIndex } from "./build-pool";
import { buildProgress } from "./progress";
import { trainIntentModel, type IntentExamples } from "../qa/intent-model";
import { exampleQuestions } from "../qa/answer";
import { computeKnowledge } from "../qa/knowledge";
import { knowledgeTables } from "../qa/knowledge-tables";
import { indexSql } from "../store/index-sql";
import { lexiconOf } from "../store/lexicon";

const root = process.cwd();

/** The largest article file the build reads (2 MB): a news article is a few kilobytes; anything far bigger is not one. */
const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

const tooLarge = (size: number): string => `is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_ARTICLE_BYTES / 1024 / 1024} MB an article may have`;

/**
 * Why a file's bytes are no article text, or undefined when they are: binary (NUL or other control
 * bytes), not UTF-8, or empty.
 * @example articleProblem(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00])) // "is binary, not text"
 */
function articleProblem(bytes: Uint8Array): string | undefined {
  // NUL and control bytes other than tab, newline, form feed and carriage return are never in article text.
  const controls = bytes.filter((b) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d).length;
  if (bytes.includes(0) || controls > 8) return "is binary, not text";
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return "is not UTF-8 text (save it as UTF-8)";
  }
  if (text.trim() === "") return "is empty";
  return undefined;
}

/** Reads every seeds/*.txt in name order; fails naming the file on an unreadable, empty, binary, non-UTF-8 or over-large one. */
function readArticles(dir: string): ArticleFile[] {
  const names = readdirSync(dir).filter((n) => n.endsWith(".txt")).sort();
  if (names.length === 0) throw new Error(`build:index: no .txt article in ${dir}`);
  return names.map((name) => {
    const path = join(dir, name);
    let bytes: Buffer;
    try {
      const size = statSync(path).size;
      // Checked before reading: a huge file is refused without being loaded.
      if (size > MAX_ARTICLE_BYTES) throw new Error(`build:index: ${relative(root, path)} ${tooLarge(size)}`);
      bytes = readFileSync(path);
    } catch (error) {
      if ((error as Error).message.startsWith("build:index:")) throw error;
      throw new Error(`build:index: cannot read ${relative(root, path)}: ${(error as Error).message}`);
    }
    const problem = articleProblem(bytes);
    if (problem) throw new Error(`build:index: ${relative(root, path)} ${problem}`);
    return { file: relative(root, path), text: bytes.toString("utf8") };
  });
}

function readIntents(dir: string): IntentExamples[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith(".json"))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), "utf8")) as IntentExamples);
}

/** Writes texts one after the other into a file, each followed by `end` (a large index is not joined into one string first). */
function writeTexts(path: string, texts: Iterable<string>, end = ""): void {
  const fd = openSync(path, "w");
  try {
    for (const text of texts) writeSync(fd, end ? text + end : text);
  } finally {
    closeSync(fd);
  }
}

/** Articles past which `ATTACHE_INDEX=auto` keeps the index in D1 (bundled start-up grows with the corpus). */
const D1_FROM_ARTICLES = 300;

/**
 * Where the index goes: ATTACHE_INDEX "bundled" (the default) or "d1"; "auto" picks D1 past
 * {@link D1_FROM_ARTICLES} articles.
 * @example indexStore("auto", 5) // "bundled"
 */
function indexStore(setting: string | undefined, articles: number): "bundled" | "d1" {
  const value = (setting ?? "bundled").trim().toLowerCase();
  if (value === "d1" || value === "bundled") return value;
  if (value === "auto") return articles > D1_FROM_ARTICLES ? "d1" : "bundled";
  throw new Error(`build:index: ATTACHE_INDEX must be "bundled", "d1" or "auto", not "${setting}"`);
}

async function main(): Promise<void> {
  const seeds = process.env.ATTACHE_SEEDS ?? join(root, "seeds");
  const out = process.env.ATTACHE_OUT ?? join(root, "src/generated");
  const files = readArticles(seeds);
  const threads = buildThreads(process.env.ATTACHE_BUILD_WORKERS, files.length);
  const progress = buildProgress("articles read");
  // the threads start loading at once; the intent model is trained meanwhile
  const pooled = threads > 1 ? extractInPool(files, threads, progress) : undefined;
  const model = trainIntentModel(readIntents(join(root, "intents")));
  const read: ReadIndex & { terms?: PoolIndex["terms"] } = pooled ? await pooled : extractIndexAndTerms(files, { onProgress: progress });
  const index = parseFactIndex(read.index);
  const store = indexStore(process.env.ATTACHE_INDEX, index.articles.length);
  // what every isolate would otherwise compute at start-up: name keys, lookups, BM25 weights (from the sentences' terms as extraction read them; the records' from the threads, if they read them)
  const knowledge = computeKnowledge(index, model, { terms: read.terms ?? new Map(), sentenceTerms: read.sentenceTerms });
  const tables = knowledgeTables(knowledge);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "intent-model.json"), JSON.stringify(model) + "\n");
  writeFileSync(join(out, "lexicon.json"), JSON.stringify(lexiconOf(knowledge, exampleQuestions(knowledge), store)) + "\n");
  const indexJson = JSON.stringify(index);
  writeFileSync(join(out, "fact-index.json"), indexJson + "\n");
  const tablesJson = JSON.stringify(tables);
  writeFileSync(join(out, "knowledge-tables.json"), tablesJson + "\n");
  // what the Worker bundles: the index and its tables, or (in D1) an empty index, the lexicon
  // standing in for it and index.sql, which `npm run deploy` loads into the INDEX database
  const empty: FactIndex = { ...index, articles: [], people: [], meetings: [], facts: [], sentences: [] };
  // bundled: JSON.stringify({ index, tables }) written from the two texts above, not stringified again
  const bundled = store === "d1" ? [JSON.stringify({ index: empty, tables: knowledgeTables(computeKnowledge(empty, model)) })] : ['{"index":', indexJson, ',"tables":', tablesJson, "}"];
  writeTexts(join(out, "worker-bundle.json"), [...bundled, "\n"]);
  // the statements written as they are made, never held together (369 MB at 10 000 articles)
  if (store === "d1") writeTexts(join(out, "index.sql"), indexSql(index, tables), ";\n");
  else rmSync(join(out, "index.sql"), { force: true });
  console.log(
    `build:index: ${index.articles.length} articles, ${index.people.length} people, ` +
      `${index.meetings.length} meetings, ${index.facts.length} facts → ${relative(root, out)}`,
  );
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
