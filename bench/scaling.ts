/**
 * @module Part 5: scaling. The seeds ×1, ×10, ×100 (and with `--big` ×200 and ×2000: 1 000 and
 * 10 000 articles; names, countries and dates varied, a few people recurring, see synthetic-corpus.ts), each built as
 * build:index builds it (extractIndex, validation, the knowledge tables): build time (wall and
 * CPU), index and tables size, the isolate's one-off set-up (parse + loadKnowledge from the
 * tables), retained heap, and answer() time (wall, and CPU apart), which must stay flat. Up to
 * {@link STORED_MAX_ARTICLES} articles ({@link BIG_STORED_MAX_ARTICLES} with `--big`) the same
 * index is also loaded into a local D1 and answered from there (see stored-index.ts): the slice's
 * read time apart from the isolate's CPU; and the storage-backed Worker of that size (its lexicon
 * bundled) is started in workerd (see stored-startup.ts).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { extractIndex, type ArticleFile } from "../src/extract/index";
import type { FactIndex } from "../src/facts/types";
import { parseFactIndex } from "../src/facts/validate";
import { exampleQuestions } from "../src/qa/answer";
import { answer, loadKnowledge, type IntentModel } from "../src/qa/index";
import { computeKnowledge } from "../src/qa/knowledge";
import { knowledgeTables, type KnowledgeTables } from "../src/qa/knowledge-tables";
import { lexiconOf } from "../src/store/lexicon";
import { measureAnswerCpu } from "./answer-cpu";
import { hottestFunctions, type Hotspots } from "./in-process-profile";
import type { Outcome } from "./results";
import { now, type Summary } from "./stats";
import { measureStoredIndex, type StoredIndexPoint } from "./stored-index";
import { measureStoredStartup, type StoredStartup } from "./stored-startup";
import { nameWords, recurringPeople, syntheticCorpus } from "./synthetic-corpus";

/** The sizes `npm run bench` measures by default (seeds × n). */
export const DEFAULT_FACTORS = [1, 10, 100] as const;
/** With `--big`: up to 10 000 articles from the five seeds (a few minutes on two cores). */
export const BIG_FACTORS = [1, 10, 100, 200, 2000] as const;
/**
 * By default the index is measured in D1 up to this many articles (loading the SQL into the local
 * D1 takes a while: a deployment loads it once, with `wrangler d1 execute`).
 */
export const STORED_MAX_ARTICLES = 1000;
/** With `--big`, up to this many: the storage path at the largest size, the one it is meant for. */
export const BIG_STORED_MAX_ARTICLES = 10_000;
/** The build is profiled at the largest size up to this many articles (the profiler slows it down). */
const PROFILED_BUILD_ARTICLES = 1000;

/** One corpus size. */
export interface ScalePoint {
  factor: number;
  articles: number;
  people: number;
  meetings: number;
  facts: number;
  sentences: number;
  /** build:index's work in process (extractIndex, validation, knowledge tables), wall ms. */
  buildMs: number;
  /** The same, process CPU ms (what a busy machine's preemption does not inflate). */
  buildCpuMs: number;
  /** Of buildMs, extractIndex alone, and the knowledge tables alone. */
  extractMs: number;
  tablesMs: number;
  /** Heap in use right after the build (before a collection): what the build holds at its peak, roughly. */
  buildHeapBytes: number;
  indexBytes: number;
  indexGzipBytes: number;
  /** knowledge-tables.json, the tables loadKnowledge would otherwise compute per isolate. */
  tablesBytes: number;
  /** JSON.parse of the index and the tables + loadKnowledge: what each new isolate pays for the index. */
  setupMs: number;
  /** Heap the loaded knowledge retains, bytes (approximate). */
  heapBytes: number;
  /** answer() wall time per question. */
  answerUs: Summary;
  /** answer() CPU time per question (per call the smaller of wall and process CPU time). */
  answerCpuUs: Summary;
  /** The question whose p50 grew most from ×1 to this size, and by how much. */
  mostGrown?: { question: string; growth: number };
  /** The median over the questions of (p50 here ÷ p50 at ×1): ≈ 1 when a typical question is looked up, not scanned. */
  medianGrowth: number;
  /** The same index in a local D1 (up to {@link ScalingOptions.storedMax} articles). */
  stored?: Outcome<StoredIndexPoint>;
  /** The storage-backed Worker's cold start at this size (where stored is measured). */
  storedStartup?: Outcome<StoredStartup>;
}

/** What part 5 reports. */
export interface ScalingResult {
  points: ScalePoint[];
  /** answer() p99 at the largest size ÷ at ×1 (flat ≈ 1). */
  p99Growth: number;
  /** At the largest size, the functions with the most time while answering every question. */
  hottest: Hotspots;
  /** At the largest size up to 1 000 articles, the functions with the most time in extractIndex (the build). */
  buildHottest: Hotspots;
  /** The size buildHottest profiled. */
  buildProfiledFactor?: number;
  /** Name words varied per copy (0 means only countries and dates varied). */
  variedNames: number;
  /** Projection from the per-article slope between the smallest and largest sizes. */
  projection: {
    indexGzipBytesPerArticle: number;
    setupMsPerArticle: number;
    heapBytesPerArticle: number;
    /** Bundle gzip without the index (from part 4), when known. */
    fixedBundleGzipBytes?: number;
    /** Articles at which the bundle reaches the free plan's 3 MiB gzip. */
    articlesAt3MiB?: number;
    /** Articles at which the bundle reaches the paid plan's 10 MiB gzip. */
    articlesAt10MiB?: number;
    /** Articles at which the index's set-up alone takes 1 s of start-up (Workers' limit). */
    articlesAt1sSetup: number;
    /** Articles at which the loaded index holds 64 MiB, half an isolate's 128 MB. */
    articlesAt64MiBHeap: number;
  };
}

/** Options of {@link measureScaling}. */
export interface ScalingOptions {
  questions: readonly string[];
  model: IntentModel;
  /** Default {@link DEFAULT_FACTORS}. */
  factors?: readonly number[];
  /** Rounds of the questions at each size (fewer when a size's answers are slow: 15 s at most). Default 60. */
  rounds?: number;
  /** The bundle's gzip size from part 4, to project the bundle limits. */
  bundleGzipBytes?: number;
  /** The index gzip size inside that bundle (×1). */
  seedsDir?: string;
  /** Whether to measure the index in D1 too (up to storedMax articles). Default true. */
  stored?: boolean;
  /** The largest corpus measured in D1. Default {@link STORED_MAX_ARTICLES}. */
  storedMax?: number;
}

/**
 * Builds and measures the corpus at each factor.
 * @example const scaling = await measureScaling({ questions, model }); scaling.p99Growth
 */
export async function measureScaling(options: ScalingOptions): Promise<ScalingResult> {
  const { questions, model, factors = DEFAULT_FACTORS, rounds = 60, bundleGzipBytes, seedsDir = join(process.cwd(), "seeds"), stored = true, storedMax = STORED_MAX_ARTICLES } = options;
  const seeds = readSeeds(seedsDir);
  const seedIndex = extractIndex(seeds);
  const names = nameWords(seedIndex, seeds);
  const recurring = recurringPeople(seedIndex);
  const points: ScalePoint[] = [];
  const perQuestionAtOne: number[] = [];
  let hottest: Hotspots = { self: [], inclusive: [] };
  let buildHottest: Hotspots = { self: [], inclusive: [] };
  const profiled = [...factors].filter((f) => f * seeds.length <= PROFILED_BUILD_ARTICLES).pop();
  for (const factor of factors) {
    const files = syntheticCorpus(seeds, factor, names, recurring);
    const largest = factor === factors[factors.length - 1];
    process.stderr.write(` ×${factor}`);
    collect();
    let index: FactIndex | undefined;
    const c0 = process.cpuUsage();
    const t0 = now();
    if (factor === profiled) buildHottest = await hottestFunctions(() => void (index = extractIndex(files)), 8, 1000);
    else index = extractIndex(files);
    const extractMs = now() - t0;
    if (!index) throw new Error("extractIndex returned nothing");
    const buildHeapBytes = process.memoryUsage().heapUsed;
    index = parseFactIndex(index);
    const t1 = now();
    const tables = knowledgeTables(computeKnowledge(index, model));
    const tablesMs = now() - t1;
    const buildMs = now() - t0;
    const c1 = process.cpuUsage();
    const json = JSON.stringify(index);
    const tablesJson = JSON.stringify(tables);
    index = undefined;
    const { setupMs, heapBytes, knowledge } = setUp(json, tablesJson, model);
    const cpu = measureAnswerCpu({ questions, knowledge, rounds, warmup: 5, budgetMs: 15_000 });
    const p50s = questions.map((q) => medianAnswerUs(q, knowledge));
    if (points.length === 0) perQuestionAtOne.push(...p50s);
    const growths = p50s
      .map((us, i) => ({ question: questions[i] ?? "", growth: us / (perQuestionAtOne[i] ?? us) }))
      .sort((a, b) => b.growth - a.growth);
    const mostGrown = growths[0];
    const medianGrowth = growths[Math.floor(growths.length / 2)]?.growth ?? 1;
    let storedPoint: Outcome<StoredIndexPoint> | undefined;
    let storedStartup: Outcome<StoredStartup> | undefined;
    if (stored && knowledge.index.articles.length <= storedMax) {
      process.stderr.write(" (D1)");
      const failed = (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) });
      // once more on a failure: wrangler's local proxy now and then loses a call on a busy machine
      const measure = () => measureStoredIndex({ index: knowledge.index, tables, knowledge, model, questions });
      storedPoint = await measure().catch(measure).catch(failed);
      const lexicon = lexiconOf(knowledge, exampleQuestions(knowledge), "d1");
      storedStartup = await measureStoredStartup({ index: knowledge.index, model, lexicon }).catch(failed);
    }
    points.push({
      factor,
      articles: knowledge.index.articles.length,
      people: knowledge.index.people.length,
      meetings: knowledge.index.meetings.length,
      facts: knowledge.index.facts.length,
      sentences: knowledge.index.sentences.length,
      buildMs,
      buildCpuMs: (c1.user - c0.user + c1.system - c0.system) / 1000,
      extractMs,
      tablesMs,
      buildHeapBytes,
      indexBytes: Buffer.byteLength(json),
      indexGzipBytes: gzipSync(json).length,
      tablesBytes: Buffer.byteLength(tablesJson),
      setupMs,
      heapBytes,
      answerUs: cpu.answerUs,
      answerCpuUs: cpu.answerBoundUs,
      mostGrown,
      medianGrowth,
      ...(storedPoint ? { stored: storedPoint } : {}),
      ...(storedStartup ? { storedStartup } : {}),
    });
    if (largest)
      hottest = await hottestFunctions(() => {
        const t0 = now();
        for (let r = 0; r < 20 && now() - t0 < 5_000; r++) for (const q of questions) answer(q, knowledge, {});
      }, 8);
  }
  const first = points[0]!;
  const last = points[points.length - 1]!;
  return {
    points,
    p99Growth: last.answerUs.p99 / first.answerUs.p99,
    hottest,
    buildHottest,
    ...(profiled !== undefined ? { buildProfiledFactor: profiled } : {}),
    variedNames: names.length,
    projection: project(first, last, bundleGzipBytes),
  };
}

function readSeeds(dir: string): ArticleFile[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith(".txt"))
    .sort()
    .map((n) => ({ file: `seeds/${n}`, text: readFileSync(join(dir, n), "utf8") }));
}

/** A forced full GC (V8's --expose-gc, switched on here rather than on the command line). */
function collect(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

/** Parses the index and its tables and loads the knowledge as an isolate would, timing it and weighing what stays. */
function setUp(json: string, tablesJson: string, model: IntentModel): { setupMs: number; heapBytes: number; knowledge: ReturnType<typeof loadKnowledge> } {
  collect();
  const before = process.memoryUsage().heapUsed;
  const t0 = now();
  const knowledge = loadKnowledge(JSON.parse(json) as FactIndex, model, JSON.parse(tablesJson) as KnowledgeTables);
  const setupMs = now() - t0;
  collect();
  return { setupMs, heapBytes: Math.max(0, process.memoryUsage().heapUsed - before), knowledge };
}

/** One question's median answer time, µs, over a few runs. */
function medianAnswerUs(question: string, knowledge: ReturnType<typeof loadKnowledge>): number {
  const samples: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = now();
    answer(question, knowledge, {});
    samples.push((now() - t0) * 1000);
  }
  return samples.sort((a, b) => a - b)[3] ?? 0;
}

function project(first: ScalePoint, last: ScalePoint, bundleGzipBytes?: number): ScalingResult["projection"] {
  const articles = Math.max(1, last.articles - first.articles);
  const gz = Math.max(1, (last.indexGzipBytes - first.indexGzipBytes) / articles);
  const setup = Math.max(1e-6, (last.setupMs - first.setupMs) / articles);
  const heap = Math.max(1, (last.heapBytes - first.heapBytes) / articles);
  const fixed = bundleGzipBytes === undefined ? undefined : bundleGzipBytes - first.indexGzipBytes;
  const at = (limit: number): number | undefined => (fixed === undefined ? undefined : Math.floor((limit - fixed) / gz));
  return {
    indexGzipBytesPerArticle: gz,
    setupMsPerArticle: setup,
    heapBytesPerArticle: heap,
    fixedBundleGzipBytes: fixed,
    articlesAt3MiB: at(3 * 1024 * 1024),
    articlesAt10MiB: at(10 * 1024 * 1024),
    articlesAt1sSetup: Math.floor(1000 / setup),
    articlesAt64MiBHeap: Math.floor((64 * 1024 * 1024) / heap),
  };
}
