/**
 * @module Part 2: webhook throughput and latency through `wrangler dev` on loopback with autocannon,
 * beside the same server's GET /healthz (the framework floor) and GET /api/ask (answer() over HTTP with
 * neither grammY nor the KV session: the step between the two). Bounded: fixed durations, a fixed number
 * of connections, 127.0.0.1 only, and the server is stopped at the end whatever happens.
 */
import autocannon from "autocannon";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { processTreeCpuMs } from "./process-cpu";
import { benchClient } from "./stats";
import { startWrangler, stopProcess, tail } from "./wrangler";

/** One autocannon measurement. */
export interface LoadFigures {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyMaxMs: number;
  requests: number;
  non2xx: number;
  errors: number;
  /**
   * CPU time of the `wrangler dev` processes (Node and workerd) per request, µs: what a request
   * costs the server, which a busy machine changes far less than the throughput. Linux only.
   */
  cpuUsPerRequest?: number;
}

/** What part 2 reports. */
export interface WebhookLoadResult {
  connections: number;
  /** Seconds measured per route (over all rounds). */
  seconds: number;
  healthz: LoadFigures;
  /** GET /api/ask over the same questions. */
  ask: LoadFigures;
  webhook: LoadFigures;
  /** POST /webhook on a server without the KV namespace (sessions in memory). */
  webhookNoKv?: LoadFigures;
  /** POST /webhook on a server with no binding at all (sessions and limits in memory): the app's own work beside /healthz. */
  webhookNoBindings?: LoadFigures;
  /** The floor: bench/kv-floor-worker.js, none of the app's code, on a server of its own. */
  floor?: FloorFigures;
  /** webhook req/s ÷ healthz req/s (target ≥ 0.8). */
  ratio: number;
  /** healthz CPU per request ÷ webhook CPU per request: the ratio a CPU-bound server tends to, steadier under load (Linux only). */
  cpuRatio?: number;
  /** Milliseconds from spawning `wrangler dev` to the first 200 from /healthz. */
  readyMs: number;
  /** The reply to one question update, to show the work is real. */
  sampleReply: string;
}

/**
 * What the floor Worker gives: its /healthz, its POST /webhook (parse, two limits, one KV put after
 * the response: what the app must do for a new chat) and POST /webhook/parse (the update parsed, no
 * binding), so that the share of the gap that is `wrangler dev`'s own cost of a KV put is measured.
 */
export interface FloorFigures {
  healthz: LoadFigures;
  put: LoadFigures;
  parse: LoadFigures;
  /** The two limits, no KV put (POST /webhook/limits). */
  limits?: LoadFigures;
  /** The KV put, no limit (POST /webhook/put). */
  putOnly?: LoadFigures;
  /** put req/s ÷ healthz req/s: the best ratio a webhook that writes a session per new chat can reach on this server. */
  ratio: number;
  /** The same by CPU per request (healthz ÷ put). */
  cpuRatio?: number;
}

/** Options of {@link measureWebhookLoad}. */
export interface WebhookLoadOptions {
  questions: readonly string[];
  /** Concurrent connections. Default 10. */
  connections?: number;
  /** Measured seconds per route per round. Default 5. */
  seconds?: number;
  /** Alternating rounds (healthz, ask, webhook). Default 2. */
  rounds?: number;
  /** Seconds to wait for `wrangler dev` to serve. Default 90. */
  readyTimeoutSeconds?: number;
}

/** The WEBHOOK_SECRET the bench's servers run with, and the header that carries it. */
export const SECRET = "bench-secret-token";

/**
 * Starts `wrangler dev` on a free loopback port, loads GET /healthz, GET /api/ask and POST /webhook in
 * turn with autocannon, and stops the server; then does the same for POST /webhook alone on a server
 * whose config has no KV namespace (sessions in memory), to show what the session store costs, and on
 * one with no binding at all (limits in memory too): the app's own work; then the floor Worker.
 * @example const load = await measureWebhookLoad({ questions }); load.ratio
 */
export async function measureWebhookLoad(options: WebhookLoadOptions): Promise<WebhookLoadResult> {
  const { questions, connections = 10, seconds = 5, rounds = 2, readyTimeoutSeconds = 90 } = options;
  const updates = updateBodies(questions);
  const paths = questions.map((q) => `/api/ask?q=${encodeURIComponent(q)}`);
  const main = await withDevServer(undefined, readyTimeoutSeconds, async (base, readyMs, cpuMs) => {
    const sampleReply = await postOnce(base, questions[0] ?? "Who met whom?");
    const healthz: Measured[] = [];
    const ask: Measured[] = [];
    const webhook: Measured[] = [];
    await load({ url: `${base}/healthz`, connections, duration: 1 });
    await load(askOptions(base, paths, connections, 1));
    await load(webhookOptions(base, updates, connections, 1));
    for (let round = 0; round < rounds; round++) {
      healthz.push(await measured(cpuMs, { url: `${base}/healthz`, connections, duration: seconds }));
      ask.push(await measured(cpuMs, askOptions(base, paths, connections, seconds)));
      webhook.push(await measured(cpuMs, webhookOptions(base, updates, connections, seconds)));
    }
    return { readyMs, sampleReply, healthz: combine(healthz), ask: combine(ask), webhook: combine(webhook) };
  });
  // the same app on servers with fewer bindings: without the KV namespace, then without the limits too
  const webhookAlone = async (config: string): Promise<LoadFigures> => {
    try {
      return await withDevServer(config, readyTimeoutSeconds, async (base, _readyMs, cpuMs) => {
        await load(webhookOptions(base, updates, connections, 1));
        const results: Measured[] = [];
        for (let round = 0; round < rounds; round++) results.push(await measured(cpuMs, webhookOptions(base, updates, connections, seconds)));
        return combine(results);
      });
    } finally {
      rmSync(dirname(config), { recursive: true, force: true });
    }
  };
  const webhookNoKv = await webhookAlone(configWithout(["kv_namespaces", "d1_databases"]));
  const webhookNoBindings = await webhookAlone(configWithout(["kv_namespaces", "d1_databases", "ratelimits"]));
  const floorConfig = configOfFloor();
  let floor: FloorFigures | undefined;
  try {
    floor = await withDevServer(floorConfig, readyTimeoutSeconds, async (base, _readyMs, cpuMs) => {
      const measures = { healthz: [] as Measured[], put: [] as Measured[], parse: [] as Measured[], limits: [] as Measured[], putOnly: [] as Measured[] };
      await load({ url: `${base}/healthz`, connections, duration: 1 });
      await load(webhookOptions(base, updates, connections, 1));
      for (let round = 0; round < rounds; round++) {
        measures.healthz.push(await measured(cpuMs, { url: `${base}/healthz`, connections, duration: seconds }));
        measures.put.push(await measured(cpuMs, webhookOptions(base, updates, connections, seconds)));
        measures.parse.push(await measured(cpuMs, webhookOptions(base, updates, connections, seconds, "/webhook/parse")));
        measures.limits.push(await measured(cpuMs, webhookOptions(base, updates, connections, seconds, "/webhook/limits")));
        measures.putOnly.push(await measured(cpuMs, webhookOptions(base, updates, connections, seconds, "/webhook/put")));
      }
      const [healthz, put, parse] = [combine(measures.healthz), combine(measures.put), combine(measures.parse)];
      return {
        healthz,
        put,
        parse,
        limits: combine(measures.limits),
        putOnly: combine(measures.putOnly),
        ratio: put.requestsPerSecond / healthz.requestsPerSecond,
        ...(healthz.cpuUsPerRequest && put.cpuUsPerRequest ? { cpuRatio: healthz.cpuUsPerRequest / put.cpuUsPerRequest } : {}),
      };
    });
  } finally {
    rmSync(dirname(floorConfig), { recursive: true, force: true });
  }
  return {
    connections,
    seconds: seconds * rounds,
    ...main,
    webhookNoKv,
    webhookNoBindings,
    floor,
    ratio: main.webhook.requestsPerSecond / main.healthz.requestsPerSecond,
    ...(main.healthz.cpuUsPerRequest && main.webhook.cpuUsPerRequest ? { cpuRatio: main.healthz.cpuUsPerRequest / main.webhook.cpuUsPerRequest } : {}),
  };
}

/** The `wrangler dev` a load runs against: its process id and its inspector port (the Worker's DevTools). */
export interface DevServer {
  pid: number | undefined;
  inspectorPort: number;
}

/**
 * Runs `work` against a fresh `wrangler dev` on a free loopback port (`config`: another wrangler
 * config; WEBHOOK_SECRET set to the bench's), stopping it afterwards whatever happens.
 * @example await withDevServer(undefined, 90, async (base) => fetch(`${base}/healthz`))
 */
export async function withDevServer<T>(
  config: string | undefined,
  readyTimeoutSeconds: number,
  work: (base: string, readyMs: number, cpuMs: () => number | undefined, server: DevServer) => Promise<T>,
): Promise<T> {
  const port = await freePort();
  const inspectorPort = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const state = mkdtempSync(join(tmpdir(), "attache-bench-state-"));
  const started = performance.now();
  const dev = startWrangler(
    [
      "dev",
      "--ip", "127.0.0.1",
      "--port", String(port),
      "--inspector-port", String(inspectorPort),
      "--persist-to", state,
      "--var", `WEBHOOK_SECRET:${SECRET}`,
      "--show-interactive-dev-session=false",
    ],
    config,
  );
  try {
    await waitForReady(`${base}/healthz`, readyTimeoutSeconds * 1000, () => dev.child.exitCode !== null, dev.output);
    const cpuMs = () => (dev.child.pid === undefined ? undefined : processTreeCpuMs(dev.child.pid));
    return await work(base, performance.now() - started, cpuMs, { pid: dev.child.pid, inspectorPort });
  } finally {
    await stopProcess(dev.child);
    rmSync(state, { recursive: true, force: true });
  }
}

/**
 * A copy of the project's wrangler config, in a temporary folder, without the bindings of the tables
 * named (its KV namespaces, its rate limits: the app keeps those in memory then) and with `main` made
 * absolute. Returns its path.
 */
function configWithout(tables: readonly ("kv_namespaces" | "d1_databases" | "ratelimits")[]): string {
  const source = resolve(process.env.BENCH_WRANGLER_CONFIG ?? "wrangler.toml");
  const text = readFileSync(source, "utf8")
    // (a table's header and the lines after it up to the next header: a commented-out one stays commented)
    .replace(new RegExp(`^\\[\\[(?:${tables.join("|")})\\]\\].*\\n(?:(?!\\[).*(?:\\n|$))*`, "gm"), "")
    .replace(/^main\s*=\s*"([^"]+)"/m, (_, main: string) => `main = ${JSON.stringify(resolve(dirname(source), main))}`);
  const path = join(mkdtempSync(join(tmpdir(), "attache-bench-nokv-")), "wrangler.toml");
  writeFileSync(path, text);
  return path;
}

/** A wrangler config for bench/kv-floor-worker.js with the app's session store (D1 or KV) and limits, in a temporary folder. Returns its path. */
function configOfFloor(): string {
  const app = readFileSync(resolve("wrangler.toml"), "utf8");
  const bindings = [...app.matchAll(/^\[\[(?:kv_namespaces|d1_databases|ratelimits)\]\][^[]*/gm)].map((m) => m[0].replace(/^#.*\n/gm, ""));
  const path = join(mkdtempSync(join(tmpdir(), "attache-bench-floor-")), "wrangler.toml");
  const main = JSON.stringify(join(import.meta.dirname, "kv-floor-worker.js"));
  writeFileSync(path, [`name = "attache-bench-floor"`, `main = ${main}`, `compatibility_date = "2026-04-01"`, "", ...bindings].join("\n"));
  return path;
}

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitForReady(url: string, timeoutMs: number, exited: () => boolean, output: () => string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (exited()) throw new Error(`wrangler dev exited:\n${tail(output())}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`wrangler dev did not serve ${url} within ${timeoutMs / 1000} s:\n${tail(output())}`);
}

/** A Telegram message update carrying a question, as Telegram would POST it. */
export function update(updateId: number, chatId: number, text: string): string {
  const chat = { id: chatId, type: "private", first_name: "Bench" };
  const from = { id: chatId, is_bot: false, first_name: "Bench" };
  return JSON.stringify({
    update_id: updateId,
    message: { message_id: updateId, date: 1_700_000_000, chat, from, text },
  });
}

/**
 * Update bodies over every question, each request a new update_id in a new chat (the redelivery
 * check would drop a repeated update_id, and a chat's question limit would answer most of them with
 * a short notice instead of the work measured here).
 */
function updateBodies(questions: readonly string[]): () => string {
  let sent = 0;
  return () => {
    const id = 1_000_000 + ++sent;
    return update(id, id, questions[sent % questions.length] ?? "Who met whom?");
  };
}

const HEADERS = { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET };

async function postOnce(base: string, question: string): Promise<string> {
  const response = await fetch(`${base}/webhook`, { method: "POST", headers: HEADERS, body: update(1, 100, question) });
  const body = await response.text();
  if (!response.ok) throw new Error(`POST /webhook answered ${response.status}: ${body.slice(0, 300)}`);
  return body.slice(0, 300);
}

/** An autocannon load of POST `path` (default /webhook), each request's body from `nextBody`. */
export function webhookOptions(base: string, nextBody: () => string, connections: number, duration: number, path = "/webhook"): autocannon.Options {
  return {
    url: `${base}${path}`,
    connections,
    duration,
    requests: [
      {
        method: "POST",
        headers: HEADERS,
        setupRequest: (request) => ({ ...request, body: nextBody() }),
      },
    ],
  };
}

function askOptions(base: string, paths: readonly string[], connections: number, duration: number): autocannon.Options {
  let next = 0;
  return {
    url: `${base}/api/ask`,
    connections,
    duration,
    // each request from a client of its own: the per-client limit is not what is measured
    requests: [
      {
        method: "GET",
        setupRequest: (request) => {
          next++;
          return { ...request, path: paths[next % paths.length], headers: { ...request.headers, "cf-connecting-ip": benchClient(next) } };
        },
      },
    ],
  };
}

function load(options: autocannon.Options): Promise<autocannon.Result> {
  return autocannon({ timeout: 10, ...options });
}

/** A load's result and the server's CPU time over it (ms; undefined without /proc). */
interface Measured {
  result: autocannon.Result;
  cpuMs?: number;
}

/** Milliseconds left after a load for the work its last requests deferred (`waitUntil`) to finish. */
const SETTLE_MS = 250;

/** Runs a load and reads the server's CPU time around it (the deferred work of its requests included). */
async function measured(cpuMs: () => number | undefined, options: autocannon.Options): Promise<Measured> {
  const before = cpuMs();
  const result = await load(options);
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const after = cpuMs();
  return { result, ...(before !== undefined && after !== undefined ? { cpuMs: after - before } : {}) };
}

/** Combines rounds: requests per second over all of them, the worst p99 and max, CPU per request over all of them. */
function combine(measures: readonly Measured[]): LoadFigures {
  const results = measures.map((m) => m.result);
  const requests = results.reduce((s, r) => s + r.requests.total, 0);
  const seconds = results.reduce((s, r) => s + r.duration, 0);
  const cpuMs = measures.every((m) => m.cpuMs !== undefined) ? measures.reduce((s, m) => s + m.cpuMs!, 0) : undefined;
  return {
    ...(cpuMs !== undefined && requests > 0 ? { cpuUsPerRequest: (cpuMs * 1000) / requests } : {}),
    requestsPerSecond: requests / seconds,
    latencyP50Ms: Math.max(...results.map((r) => r.latency.p50)),
    latencyP99Ms: Math.max(...results.map((r) => r.latency.p99)),
    latencyMaxMs: Math.max(...results.map((r) => r.latency.max)),
    requests,
    non2xx: results.reduce((s, r) => s + r.non2xx, 0),
    errors: results.reduce((s, r) => s + r.errors, 0),
  };
}
