/**
 * @module `npm run bench`: runs every part, prints the report and writes bench/out/results.json and the
 * same report as Markdown, bench/out/results.md (bench/out is ignored by git; `--out=bench/results.json`
 * updates the published copy the README quotes).
 *
 *     npm run bench                      # everything (about 3 minutes on 2 cores)
 *     npm run bench -- --quick           # fewer rounds, shorter loads, ×1 and ×10 only
 *     npm run bench -- --only=answer,bundle --out=/tmp/r.json
 *     npm run bench -- --no-build        # measure src/generated as it is (default: build:index first)
 *     npm run bench -- --only=scaling --big   # scaling up to 10 000 synthetic articles (several minutes)
 *
 * Parts: answer, adversarial (crafted 1000-character questions), bundle, cold, http (in process), webhook (wrangler dev), scaling. Each part's code is imported when it runs, so that a
 * part that fails (even to import the project code it measures) is reported and the rest still run.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join } from "node:path";
import type { BundleResult } from "./bundle-size";
import { formatReport } from "./report";
import type { BenchResults, Outcome } from "./results";
import { readQuestions } from "./stats";

const PARTS = ["answer", "adversarial", "bundle", "cold", "http", "webhook", "scaling"] as const;
type Part = (typeof PARTS)[number];

function option(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

function commit(): string {
  const git = (...args: string[]): string => execFileSync("git", args, { encoding: "utf8" }).trim();
  try {
    return git("rev-parse", "--short", "HEAD") + (git("status", "--porcelain") === "" ? "" : "+dirty");
  } catch {
    return "unknown";
  }
}

/** Runs one part, turning a failure into a reported error. */
async function attempt<T>(part: Part, work: () => Promise<T> | T): Promise<Outcome<T>> {
  const t0 = performance.now();
  process.stderr.write(`bench: ${part}…`);
  try {
    const result = await work();
    process.stderr.write(` ${Math.round((performance.now() - t0) / 1000)} s\n`);
    return result;
  } catch (error) {
    process.stderr.write(` failed\n`);
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

async function main(): Promise<void> {
  const quick = process.argv.includes("--quick");
  const only = new Set((option("only")?.split(",") ?? PARTS) as Part[]);
  const out = option("out") ?? join(import.meta.dirname, "out", "results.json");
  if (!process.argv.includes("--no-build")) execFileSync("npm", ["run", "--silent", "build:index"], { stdio: ["ignore", "ignore", "inherit"] });
  const questions = readQuestions();
  const results: BenchResults = {
    date: new Date().toISOString(),
    commit: commit(),
    machine: { node: process.versions.node, cpu: cpus()[0]?.model.trim() ?? "?", cores: cpus().length, load1: Math.round(loadavg()[0]! * 100) / 100 },
  };
  if (only.has("answer"))
    results.answer = await attempt("answer", async () => {
      const [{ measureAnswerCpu }, { readKnowledge }] = await Promise.all([import("./answer-cpu"), import("./knowledge")]);
      return measureAnswerCpu({ questions, knowledge: readKnowledge(), rounds: quick ? 50 : 300 });
    });
  if (only.has("adversarial"))
    results.adversarial = await attempt("adversarial", async () => {
      const [{ measureAdversarial }, { readGenerated }] = await Promise.all([import("./adversarial"), import("./knowledge")]);
      const { index, model } = readGenerated();
      return measureAdversarial({ index, model, rounds: quick ? 20 : 60 });
    });
  let bundle: BundleResult | undefined;
  if (only.has("bundle") || only.has("cold") || only.has("http")) {
    const built = await attempt("bundle", async () => (await import("./bundle-size")).measureBundle());
    if (!("error" in built)) bundle = built;
    if (only.has("bundle")) results.bundle = "error" in built ? built : { rawBytes: built.rawBytes, gzipBytes: built.gzipBytes, parts: built.parts };
  }
  if (only.has("cold"))
    results.coldStart = bundle
      ? await attempt("cold", async () =>
          (await import("./cold-start")).measureColdStart(bundle, quick ? { workerdRuns: 1, nodeRuns: 2 } : {}),
        )
      : { error: "no bundle to start" };
  if (only.has("http"))
    results.http = bundle
      ? await attempt("http", async () => (await import("./in-process-http")).measureInProcessHttp(bundle, questions, quick ? 3 : 10))
      : { error: "no bundle to import" };
  if (only.has("webhook"))
    results.webhook = await attempt("webhook", async () =>
      (await import("./webhook-load")).measureWebhookLoad({ questions, ...(quick ? { seconds: 2, rounds: 1 } : {}) }),
    );
  if (only.has("scaling"))
    results.scaling = await attempt("scaling", async () => {
      const { BIG_FACTORS, BIG_STORED_MAX_ARTICLES, DEFAULT_FACTORS, measureScaling } = await import("./scaling");
      const big = process.argv.includes("--big");
      return measureScaling({
        ...(big ? { storedMax: BIG_STORED_MAX_ARTICLES } : {}),
        questions,
        model: (await import("./knowledge")).readGenerated().model,
        factors: big ? BIG_FACTORS : quick ? [1, 10] : DEFAULT_FACTORS,
        rounds: quick ? 20 : 60,
        bundleGzipBytes: bundle?.gzipBytes,
      });
    });
  if (bundle) rmSync(bundle.outdir, { recursive: true, force: true });
  results.machine.load1End = Math.round(loadavg()[0]! * 100) / 100;
  const report = formatReport(results);
  const markdown = out.replace(/\.json$/, "") + ".md";
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(results, null, 2) + "\n");
  writeFileSync(markdown, `# Benchmark results\n\nWritten by \`npm run bench\`; see the README's Performance section.\n\n${report}\n`);
  console.log(report);
  console.log(`\nwritten: ${out}, ${markdown}`);
}

// Ctrl-C or a kill: exit through process.exit so that the wrangler dev started by the webhook part is ended.
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(130));

await main();
