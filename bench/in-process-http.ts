/**
 * @module Part 2b: the same three routes as the load test, called in this Node process through the
 * bundled Worker's fetch (no network, no wrangler, KV as a Map), one request at a time: the
 * per-request cost of the framework (/healthz), of answer() over HTTP (/api/ask), and of grammY and
 * the session (/webhook), without loopback or scheduling noise.
 */
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { unstable_readConfig } from "wrangler";
import type { BundleResult } from "./bundle-size";
import { benchClient, now, summarize, type Summary } from "./stats";

/** What part 2b reports: µs per request. */
export interface InProcessHttpResult {
  requests: number;
  healthzUs: Summary;
  askUs: Summary;
  webhookUs: Summary;
}

interface WorkerModule {
  default: { fetch(request: Request, env: unknown, ctx: unknown): Promise<Response> | Response };
}

/** A KV namespace kept in a Map: what the session code needs of KV, and no more. */
function memoryKv(): object {
  const map = new Map<string, string>();
  return {
    get: async (key: string, type?: unknown) => {
      const v = map.get(key);
      if (v === undefined) return null;
      return type === "json" || (typeof type === "object" && type !== null && (type as { type?: string }).type === "json") ? JSON.parse(v) : v;
    },
    put: async (key: string, value: string) => void map.set(key, value),
    delete: async (key: string) => void map.delete(key),
    list: async () => ({ keys: [...map.keys()].map((name) => ({ name })), list_complete: true }),
  };
}

/**
 * Imports the bundle and times each route over the questions, `rounds` times.
 * @example const http = await measureInProcessHttp(bundle, questions);
 */
export async function measureInProcessHttp(bundle: BundleResult, questions: readonly string[], rounds = 10): Promise<InProcessHttpResult> {
  const mjs = join(bundle.outdir, "worker-in-process.mjs");
  copyFileSync(bundle.mainModule, mjs);
  const worker = ((await import(pathToFileURL(mjs).href)) as WorkerModule).default;
  const config = unstable_readConfig({ config: process.env.BENCH_WRANGLER_CONFIG });
  const env: Record<string, unknown> = { ...config.vars };
  for (const { binding } of config.kv_namespaces as { binding: string }[]) env[binding] = memoryKv();
  const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} };
  const time = async (make: (q: string, i: number) => Request): Promise<Summary> => {
    const samples: number[] = [];
    for (let round = -2; round < rounds; round++)
      for (const [i, q] of questions.entries()) {
        const request = make(q, i);
        const t0 = now();
        const response = await worker.fetch(request, env, ctx);
        await response.arrayBuffer();
        if (round >= 0) samples.push((now() - t0) * 1000);
      }
    return summarize(samples);
  };
  const healthzUs = await time(() => new Request("http://127.0.0.1/healthz"));
  // every request a new client, update and chat: the per-client and per-chat limits and the
  // redelivery check would otherwise answer most of them without the work measured here
  let sent = 0;
  const askUs = await time(
    (q) => new Request(`http://127.0.0.1/api/ask?q=${encodeURIComponent(q)}`, { headers: { "cf-connecting-ip": benchClient(++sent) } }),
  );
  const webhookUs = await time((q) => {
    const id = ++sent;
    return new Request("http://127.0.0.1/webhook", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        update_id: id,
        message: { message_id: id, date: 1_700_000_000, chat: { id, type: "private", first_name: "Bench" }, from: { id, is_bot: false, first_name: "Bench" }, text: q },
      }),
    });
  });
  return { requests: rounds * questions.length, healthzUs, askUs, webhookUs };
}
