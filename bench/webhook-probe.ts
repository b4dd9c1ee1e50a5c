/**
 * @module Where a webhook request's CPU goes under `wrangler dev`: one server, GET /healthz and POST
 * /webhook loaded in alternation, CPU per request split by process (wrangler's Node proxy, workerd,
 * esbuild), and with `--profile` a CPU profile of the Worker through wrangler's inspector port
 * during one more webhook load, ranked by self and by inclusive time. Its samples are wall-clock: on
 * a busy machine they land wherever the thread was descheduled, so read the shares with care.
 *
 *     npx tsx bench/webhook-probe.ts [--rounds=3] [--seconds=5] [--profile]
 */
import autocannon from "autocannon";
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
// @ts-expect-error ws (a dependency of wrangler) ships no types; Node 20 has no WebSocket of its own
import WebSocket from "ws";
import type { CpuProfile } from "./cpu-profile";
import { processTreeCpuByCommand } from "./process-cpu";
import { readQuestions } from "./stats";
import { update, webhookOptions, withDevServer } from "./webhook-load";

const option = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const ROUNDS = Number(option("rounds") ?? 3);
const SECONDS = Number(option("seconds") ?? 5);
const CONNECTIONS = 10;

/** Requests, seconds and CPU ms by process over the loads of one route. */
interface Tally {
  requests: number;
  seconds: number;
  cpuMs: Map<string, number>;
}

const questions = readQuestions();
let sent = 0;
/** Each request a new update in a new chat, as the bench's webhook part sends them. */
const nextBody = (): string => {
  const id = 2_000_000 + ++sent;
  return update(id, id, questions[sent % questions.length] ?? "Who met whom?");
};

const run = (options: autocannon.Options): Promise<autocannon.Result> => autocannon({ timeout: 10, connections: CONNECTIONS, ...options });

async function measure(pid: number, tally: Tally, options: autocannon.Options): Promise<void> {
  const before = processTreeCpuByCommand(pid) ?? new Map<string, number>();
  const result = await run(options);
  await new Promise((resolve) => setTimeout(resolve, 250)); // the deferred work of the last requests
  const after = processTreeCpuByCommand(pid) ?? new Map<string, number>();
  if (result.non2xx || result.errors) console.log(`${options.url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  tally.requests += result.requests.total;
  tally.seconds += result.duration;
  for (const [command, ms] of after) tally.cpuMs.set(command, (tally.cpuMs.get(command) ?? 0) + ms - (before.get(command) ?? 0));
}

function line(name: string, tally: Tally): string {
  const perRequest = (ms: number): number => Math.round((ms * 1000) / tally.requests);
  const total = [...tally.cpuMs.values()].reduce((a, b) => a + b, 0);
  const split = [...tally.cpuMs].map(([command, ms]) => `${command} ${perRequest(ms)}`).join(", ");
  return `${name}: ${Math.round(tally.requests / tally.seconds)} req/s, CPU µs/request ${perRequest(total)} (${split})`;
}

/** Profiles the Worker (the first target of wrangler's inspector) while `work` runs. */
async function profileWorker(inspectorPort: number, work: () => Promise<unknown>): Promise<CpuProfile> {
  const targets = (await (await fetch(`http://127.0.0.1:${inspectorPort}/json`)).json()) as { webSocketDebuggerUrl: string }[];
  const socket = new WebSocket(targets[0]!.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => (socket.once("open", resolve), socket.once("error", reject)));
  const replies = new Map<number, (result: unknown) => void>();
  socket.on("message", (data: unknown) => {
    const message = JSON.parse(String(data)) as { id?: number; result?: unknown };
    if (message.id !== undefined) replies.get(message.id)?.(message.result);
  });
  let id = 0;
  const post = (method: string, params: object = {}): Promise<unknown> =>
    new Promise((resolve) => {
      replies.set(++id, resolve);
      socket.send(JSON.stringify({ id, method, params }));
    });
  try {
    await post("Profiler.enable");
    await post("Profiler.setSamplingInterval", { interval: 100 });
    await post("Profiler.start");
    await work();
    return ((await post("Profiler.stop")) as { profile: CpuProfile }).profile;
  } finally {
    socket.close();
  }
}

/** The hottest functions of a profile; an anonymous one of the bundle is shown by the start of its line. */
function hottest(profile: CpuProfile, bundle: string[], top = 25): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const label = (frame: CpuProfile["nodes"][number]["callFrame"]): string => {
    const where = `${frame.url.split("/").pop()}:${frame.lineNumber + 1}`;
    if (frame.functionName) return `${frame.functionName} ${where}`;
    return `(anonymous) ${where} «${(frame.url.endsWith(".js") ? (bundle[frame.lineNumber] ?? "") : "").trim().slice(0, 60)}»`;
  };
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((sample, i) => {
    const frame = byId.get(sample)?.callFrame;
    if (!frame || frame.functionName === "(idle)") return;
    const us = profile.timeDeltas[i + 1] ?? 0;
    self.set(label(frame), (self.get(label(frame)) ?? 0) + us);
    total += us;
    const onStack = new Set<string>();
    for (let up: number | undefined = sample; up !== undefined; up = parent.get(up)) {
      const f = byId.get(up)?.callFrame;
      if (f?.functionName) onStack.add(label(f));
    }
    for (const name of onStack) inclusive.set(name, (inclusive.get(name) ?? 0) + us);
  });
  const list = (m: Map<string, number>): string =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, us]) => `  ${((100 * us) / total).toFixed(1).padStart(5)} %  ${name}`).join("\n");
  return `profile: ${(total / 1000).toFixed(0)} ms sampled\nself:\n${list(self)}\ninclusive:\n${list(inclusive)}`;
}

/** The Worker as `wrangler dev` bundled it (to name the bundle's anonymous functions). */
function devBundle(): string[] {
  try {
    const dir = readdirSync(".wrangler/tmp").find((d) => d.startsWith("dev-"));
    return dir ? readFileSync(join(".wrangler/tmp", dir, "worker.js"), "utf8").split("\n") : [];
  } catch {
    return [];
  }
}

// Ctrl-C or a kill: exit through process.exit so that the wrangler dev started here is ended.
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(130));

await withDevServer(undefined, 90, async (base, _readyMs, _cpuMs, server) => {
  const healthz: Tally = { requests: 0, seconds: 0, cpuMs: new Map() };
  const webhook: Tally = { requests: 0, seconds: 0, cpuMs: new Map() };
  const load1 = loadavg()[0]!;
  await run({ url: `${base}/healthz`, duration: 1 });
  await run(webhookOptions(base, nextBody, CONNECTIONS, 2));
  for (let round = 0; round < ROUNDS; round++) {
    await measure(server.pid!, healthz, { url: `${base}/healthz`, duration: SECONDS });
    await measure(server.pid!, webhook, webhookOptions(base, nextBody, CONNECTIONS, SECONDS));
  }
  const ratio = webhook.requests / webhook.seconds / (healthz.requests / healthz.seconds);
  console.log(`${line("GET /healthz", healthz)}\n${line("POST /webhook", webhook)}\nratio ${ratio.toFixed(3)} · load ${load1.toFixed(2)} → ${loadavg()[0]!.toFixed(2)}`);
  if (process.argv.includes("--profile")) {
    const bundle = devBundle();
    console.log(hottest(await profileWorker(server.inspectorPort, () => run(webhookOptions(base, nextBody, CONNECTIONS, SECONDS))), bundle));
  }
});
