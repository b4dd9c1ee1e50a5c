/**
 * @module Part 5: scaling. The seeds ×1, ×10, ×100 (names, countries and dates varied, see
 * synthetic-corpus.ts), each built with extractIndex: build time, index size, the isolate's one-off
 * set-up (parse + loadKnowledge), retained heap, and answer() time, which must stay flat.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { extractIndex, type ArticleFile } from "../src/extract/index";
import type { FactIndex } from "../src/facts/types";
import { answer, loadKnowledge, type IntentModel } from "../src/qa/index";
import { measureAnswerCpu } from "./answer-cpu";
import { hottestFunctions, type Hotspots } from "./in-process-profile";
import { now, type Summary } from "./stats";
import { nameWords, syntheticCorpus } from "./synthetic-corpus";

/** One corpus size. */
export interface ScalePoint {
  factor: number;
  articles: number;
  people: number;
  meetings: number;
  facts: number;
  sentences: number;
  buildMs: number;
  indexBytes: number;
  indexGzipBytes: number;
  /** JSON.parse of the index + loadKnowledge: what each new isolate pays for the index. */
  setupMs: number;
  /** Heap the loaded knowledge retains, bytes (approximate). */
  heapBytes: number;
  answerUs: Summary;
  /** The question whose p50 grew most from ×1 to this size, and by how much. */
  mostGrown?: { question: string; growth: number };
  /** The median over the questions of (p50 here ÷ p50 at ×1): ≈ 1 when a typical question is looked up, not scanned. */
  medianGrowth: number;
}

/** What part 5 reports. */
export interface ScalingResult {
  points: ScalePoint[];
  /** answer() p99 at the largest size ÷ at ×1 (flat ≈ 1). */
  p99Growth: number;
  /** At the largest size, the functions with the most time while answering every question. */
  hottest: Hotspots;
  /** At the largest size, the functions with the most time in extractIndex (the build). */
  buildHottest: Hotspots;
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
  /** Default [1, 10, 100]. */
  factors?: readonly number[];
  /** Rounds of the questions at each size (fewer when a size's answers are slow: 15 s at most). Default 60. */
  rounds?: number;
  /** The bundle's gzip size from part 4, to project the bundle limits. */
  bundleGzipBytes?: number;
  /** The index gzip size inside that bundle (×1). */
  seedsDir?: string;
}

/**
 * Builds and measures the corpus at each factor.
 * @example const scaling = await measureScaling({ questions, model }); scaling.p99Growth
 */
export async function measureScaling(options: ScalingOptions): Promise<ScalingResult> {
  const { questions, model, factors = [1, 10, 100], rounds = 60, bundleGzipBytes, seedsDir = join(process.cwd(), "seeds") } = options;
  const seeds = readSeeds(seedsDir);
  const names = nameWords(extractIndex(seeds), seeds);
  const points: ScalePoint[] = [];
  const perQuestionAtOne: number[] = [];
  let hottest: Hotspots = { self: [], inclusive: [] };
  let buildHottest: Hotspots = { self: [], inclusive: [] };
  for (const factor of factors) {
    const files = syntheticCorpus(seeds, factor, names);
    const largest = factor === factors[factors.length - 1];
    let index: FactIndex | undefined;
    const t0 = now();
    if (largest) buildHottest = await hottestFunctions(() => void (index = extractIndex(files)), 8, 1000);
    else index = extractIndex(files);
    const buildMs = now() - t0;
    if (!index) throw new Error("extractIndex returned nothing");
    const json = JSON.stringify(index);
    const { setupMs, heapBytes, knowledge } = setUp(json, model);
    const cpu = measureAnswerCpu({ questions, knowledge, rounds, warmup: 5, budgetMs: 15_000 });
    const p50s = questions.map((q) => medianAnswerUs(q, knowledge));
    if (points.length === 0) perQuestionAtOne.push(...p50s);
    const growths = p50s
      .map((us, i) => ({ question: questions[i] ?? "", growth: us / (perQuestionAtOne[i] ?? us) }))
      .sort((a, b) => b.growth - a.growth);
    const mostGrown = growths[0];
    const medianGrowth = growths[Math.floor(growths.length / 2)]?.growth ?? 1;
    points.push({
      factor,
      articles: index.articles.length,
      people: index.people.length,
      meetings: index.meetings.length,
      facts: index.facts.length,
      sentences: index.sentences.length,
      buildMs,
      indexBytes: Buffer.byteLength(json),
      indexGzipBytes: gzipSync(json).length,
      setupMs,
      heapBytes,
      answerUs: cpu.answerUs,
      mostGrown,
      medianGrowth,
    });
    if (largest)
      hottest = await hottestFunctions(() => {
        const t0 = now();
        for (let r = 0; r < 20 && now() - t0 < 5_000; r++) for (const q of questions) answer(q, knowledge, {});
      }, 8);
  }
  const first = points[0]!;
  const last = points[points.length - 1]!;
  return { points, p99Growth: last.answerUs.p99 / first.answerUs.p99, hottest, buildHottest, variedNames: names.length, projection: project(first, last, bundleGzipBytes) };
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

/** Parses the index and loads the knowledge as an isolate would, timing it and weighing what stays. */
function setUp(json: string, model: IntentModel): { setupMs: number; heapBytes: number; knowledge: ReturnType<typeof loadKnowledge> } {
  collect();
  const before = process.memoryUsage().heapUsed;
  const t0 = now();
  const knowledge = loadKnowledge(JSON.parse(json) as FactIndex, model);
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
