/** @module Runs a CLI entry point of src/cli with tsx, as `npm run …` does, and collects its output. */
import { spawn } from "node:child_process";

/** What a CLI run printed and how it ended. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `tsx src/cli/<script> …args` with `env` added to this process's and `input` on standard input.
 * @example const { code, stdout } = await runCli("ask.ts", ["--json", "Who met whom?"]);
 */
export function runCli(script: string, args: string[], env: Record<string, string> = {}, input = ""): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn("node_modules/.bin/tsx", [`src/cli/${script}`, ...args], { env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}
