/** @module Starts the real `wrangler dev` on free ports for a test, and stops it again. */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** A running `wrangler dev`. */
export interface DevServer {
  /** e.g. "http://127.0.0.1:41234" */
  url: string;
  /** Everything wrangler printed so far, for failure messages. */
  output: () => string;
  /** Stops wrangler and its workerd, and removes its state folder. */
  stop: () => Promise<void>;
}

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const WRANGLER = join(ROOT, "node_modules/wrangler/bin/wrangler.js");

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done();
    else child.once("exit", () => done());
  });
}

async function waitUntilServing(url: string, child: ChildProcess, output: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await response.body?.cancel();
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((wake) => setTimeout(wake, 250));
  }
  throw new Error(`wrangler dev did not serve ${url} within ${timeoutMs} ms:\n${output()}`);
}

/** How to start the server. */
export interface DevServerOptions {
  /** The wrangler configuration. Default: the project's wrangler.toml. */
  config?: string;
  /** How long wrangler may take to serve `GET /`. Default: 90 s. */
  timeoutMs?: number;
}

/**
 * Starts `wrangler dev` (local mode) on free loopback ports, with its own state folder, and
 * resolves once `GET /` answers.
 * @example const server = await startDevServer(); … await server.stop();
 */
export async function startDevServer(options: DevServerOptions = {}): Promise<DevServer> {
  const { config = join(ROOT, "wrangler.toml"), timeoutMs = 90_000 } = options;
  const [port, inspectorPort] = [await freePort(), await freePort()];
  const state = mkdtempSync(join(tmpdir(), "attache-wrangler-"));
  const args = [
    WRANGLER, "dev", "--config", config, "--local", "--ip", "127.0.0.1", "--port", String(port),
    "--inspector-port", String(inspectorPort), "--persist-to", state,
    "--show-interactive-dev-session=false", "--log-level", "warn",
  ];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false", NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  let log = "";
  child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const output = () => log;
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.pid !== undefined && child.exitCode === null) {
      try {
        process.kill(-child.pid, "SIGTERM"); // wrangler and the workerd it started
      } catch {
        // already gone
      }
      await exited(child);
    }
    rmSync(state, { recursive: true, force: true });
  };
  try {
    await waitUntilServing(url, child, output, timeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, output, stop };
}
