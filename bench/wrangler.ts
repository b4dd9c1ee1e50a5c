/** @module Runs the project's wrangler CLI as a child process, offline, for the bench parts. */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";

/** The project's pinned wrangler binary. */
export const WRANGLER = join(process.cwd(), "node_modules/.bin/wrangler");

/**
 * The wrangler arguments with `-c <config>` added when BENCH_WRANGLER_CONFIG names another config
 * (to bench a stand-in Worker); the project's wrangler.toml otherwise.
 */
function withConfig(args: readonly string[], config = process.env.BENCH_WRANGLER_CONFIG): string[] {
  return config ? [...args, "-c", config] : [...args];
}

/** Environment for wrangler: no telemetry, no colours, no update check. */
export function wranglerEnv(): NodeJS.ProcessEnv {
  return { ...process.env, WRANGLER_SEND_METRICS: "false", NO_COLOR: "1", FORCE_COLOR: "0", CI: "true" };
}

/** A wrangler run that exited non-zero or timed out. */
export class WranglerError extends Error {
  override name = "WranglerError";
  constructor(message: string, readonly output: string) {
    super(message);
  }
}

/**
 * Runs `wrangler …args` to completion and returns its combined output; rejects on a non-zero exit or
 * after `timeoutMs` (default 120 s), killing the child. `config` names another wrangler config.
 * @example await runWrangler(["deploy", "--dry-run", "--outdir", dir]);
 */
export function runWrangler(args: readonly string[], timeoutMs = 120_000, config?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(WRANGLER, withConfig(args, config), { env: wranglerEnv(), stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new WranglerError(`wrangler ${args[0]}: ${error.message}`, output));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new WranglerError(`wrangler ${args.join(" ")} exited ${code ?? signal}:\n${tail(output)}`, output));
    });
  });
}

/**
 * Starts a long-running wrangler (e.g. `dev`) in its own process group, so that {@link stopProcess}
 * ends it and every child it spawned (workerd). `config` names another wrangler config.
 * @example const dev = startWrangler(["dev", "--ip", "127.0.0.1", "--port", "8799"]);
 */
export function startWrangler(args: readonly string[], config?: string): { child: ChildProcess; output: () => string } {
  const child = spawn(WRANGLER, withConfig(args, config), { env: wranglerEnv(), stdio: ["ignore", "pipe", "pipe"], detached: true });
  // If the bench itself exits first (an error, Ctrl-C through run.ts's handlers), end the group too.
  const onExit = (): void => {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
  };
  process.once("exit", onExit);
  child.once("exit", () => process.removeListener("exit", onExit));
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

/**
 * Ends a process group started by {@link startWrangler} (by its own id) and waits for it to exit.
 * @example await stopProcess(dev.child);
 */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signal = (sig: NodeJS.Signals): void => {
    try {
      process.kill(-child.pid!, sig);
    } catch {
      // already gone
    }
  };
  signal("SIGTERM");
  const timer = setTimeout(() => signal("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

/** The last lines of a command's output, for an error message. */
export function tail(output: string, lines = 15): string {
  // eslint-disable-next-line no-control-regex
  return output.replace(/\x1b\[[0-9;]*m/g, "").trimEnd().split("\n").slice(-lines).join("\n");
}
