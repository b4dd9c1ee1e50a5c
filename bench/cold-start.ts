/**
 * @module Part 3: cold start, the time to evaluate the Worker module (wink model + fact index + intent
 * model + app), in workerd (`wrangler check startup`: a CPU profile of the start-up phase) and in a
 * fresh Node process (import of the same bundle, then a first and a warm request).
 */
import { execFile } from "node:child_process";
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { unstable_readConfig } from "wrangler";
import { groupOf, type BundleResult } from "./bundle-size";
import { lineToModule, splitProfile, type CpuProfile } from "./cpu-profile";
import { summarize, type Summary } from "./stats";
import { runWrangler } from "./wrangler";

/** What part 3 reports. */
export interface ColdStartResult {
  workerd: {
    runs: number;
    /** Sampled start-up CPU time per run, ms. */
    startupMs: Summary;
    /** Where the start-up time went, ms, mean over the runs, largest first. */
    groups: { name: string; ms: number }[];
  };
  node: {
    runs: number;
    /** `await import(bundle)` in a fresh process, ms. */
    importMs: Summary;
    /** The first request after import (lazy set-up and first-call JIT), ms. */
    firstRequestMs: Summary;
    /** The same request again, ms. */
    warmRequestMs: Summary;
    /** The path requested. */
    path: string;
  };
}

/** Options of {@link measureColdStart}. */
export interface ColdStartOptions {
  /** Runs of `wrangler check startup`. Default 5. */
  workerdRuns?: number;
  /** Fresh Node processes. Default 5. */
  nodeRuns?: number;
  /** The request timed after import. Default an /api/ask question. */
  path?: string;
}

/**
 * Measures start-up in workerd and Node from the bundle part 4 built.
 * @example const cold = await measureColdStart(await measureBundle());
 */
export async function measureColdStart(bundle: BundleResult, options: ColdStartOptions = {}): Promise<ColdStartResult> {
  const { workerdRuns = 5, nodeRuns = 5, path = "/api/ask?q=" + encodeURIComponent("Who met whom?") } = options;
  return {
    workerd: await measureWorkerd(bundle, workerdRuns),
    node: await measureNode(bundle, nodeRuns, path),
  };
}

async function measureWorkerd(bundle: BundleResult, runs: number): Promise<ColdStartResult["workerd"]> {
  return measureWorkerdStartup(bundle.outdir, runs);
}

/**
 * `wrangler check startup` of the Worker a wrangler config describes (the project's by default), `runs`
 * times: the sampled start-up CPU time and its split by module group. Writes its files in `outdir`.
 * @example const startup = await measureWorkerdStartup(dir, 5, join(dir, "wrangler.toml"));
 */
export async function measureWorkerdStartup(outdir: string, runs: number, config?: string): Promise<ColdStartResult["workerd"]> {
  const form = join(outdir, "worker.bundle");
  await runWrangler(["deploy", "--dry-run", "--outfile", form], 120_000, config);
  const moduleAt = lineToModule(mainModuleOfForm(readFileSync(form, "utf8")));
  const splits = [];
  for (let i = 0; i < runs; i++) {
    const outfile = join(outdir, `startup-${i}.cpuprofile`);
    await runWrangler(["check", "startup", "--worker", form, "--outfile", outfile], 120_000, config);
    const profile = JSON.parse(readFileSync(outfile, "utf8")) as CpuProfile;
    splits.push(splitProfile(profile, moduleAt, groupOf));
  }
  const startupMs = summarize(splits.map((s) => s.totalMs));
  const sums = new Map<string, number>();
  for (const split of splits) for (const g of split.groups) sums.set(g.name, (sums.get(g.name) ?? 0) + g.ms);
  const groups = [...sums.entries()].map(([name, ms]) => ({ name, ms: ms / runs })).sort((a, b) => b.ms - a.ms);
  return { runs, startupMs, groups };
}

/** The main module's source inside the multipart upload that `wrangler deploy --outfile` writes. */
function mainModuleOfForm(form: string): string {
  const main = /"main_module":"([^"]+)"/.exec(form)?.[1] ?? "index.js";
  const start = form.indexOf(`filename="${main}"`);
  const body = form.indexOf("\r\n\r\n", start) + 4;
  const end = form.indexOf("\r\n------", body);
  return start < 0 ? "" : form.slice(body, end < 0 ? undefined : end);
}

/** The child's script: import the bundle, then time a first and a warm request. */
const NODE_PROBE = `
const { url, path, env: envSpec } = JSON.parse(process.env.BENCH_PROBE);
const kv = () => { const m = new Map(); return {
  get: async (k, t) => { const v = m.get(k); return v === undefined ? null : t === "json" || t?.type === "json" ? JSON.parse(v) : v; },
  put: async (k, v) => void m.set(k, v), delete: async (k) => void m.delete(k),
  list: async () => ({ keys: [...m.keys()].map((name) => ({ name })), list_complete: true }) }; };
const env = { ...envSpec.vars };
for (const name of envSpec.kv) env[name] = kv();
const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} };
const t0 = performance.now();
const mod = await import(url);
const t1 = performance.now();
const worker = mod.default;
const ask = async () => { const r = await worker.fetch(new Request("http://127.0.0.1" + path), env, ctx); await r.text(); return r.status; };
const status = await ask();
const t2 = performance.now();
await ask();
const t3 = performance.now();
console.log(JSON.stringify({ importMs: t1 - t0, firstRequestMs: t2 - t1, warmRequestMs: t3 - t2, status }));
`;

async function measureNode(bundle: BundleResult, runs: number, path: string): Promise<ColdStartResult["node"]> {
  const mjs = join(bundle.outdir, "worker-node.mjs");
  copyFileSync(bundle.mainModule, mjs);
  const config = unstable_readConfig({ config: process.env.BENCH_WRANGLER_CONFIG });
  const probe = JSON.stringify({
    url: new URL(`file://${mjs}`).href,
    path,
    env: { vars: config.vars, kv: config.kv_namespaces.map((k: { binding: string }) => k.binding) },
  });
  const samples: { importMs: number; firstRequestMs: number; warmRequestMs: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", NODE_PROBE], {
      env: { ...process.env, BENCH_PROBE: probe },
      timeout: 60_000,
    });
    samples.push(JSON.parse(stdout.trim().split("\n").pop() ?? "{}") as (typeof samples)[number]);
  }
  return {
    runs,
    importMs: summarize(samples.map((s) => s.importMs)),
    firstRequestMs: summarize(samples.map((s) => s.firstRequestMs)),
    warmRequestMs: summarize(samples.map((s) => s.warmRequestMs)),
    path,
  };
}
