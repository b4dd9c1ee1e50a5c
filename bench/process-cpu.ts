/**
 * @module CPU time of a process and of every process it started (Linux's /proc), so that the cost
 * of a request to `wrangler dev` (its Node process and the workerd ones) can be told from the
 * throughput, which a busy machine deflates however cheap the request.
 */
import { readdirSync, readFileSync } from "node:fs";

/** Linux's clock ticks a second (USER_HZ), in which /proc/<pid>/stat counts CPU time. */
const TICKS_PER_SECOND = 100;

/**
 * CPU time (user + system) in milliseconds of `root` and its descendants, or undefined where there
 * is no /proc (macOS, Windows). Resolution 10 ms: measure over hundreds of requests.
 * @example const before = processTreeCpuMs(dev.pid); await load(); const ms = processTreeCpuMs(dev.pid)! - before!;
 */
export function processTreeCpuMs(root: number): number | undefined {
  const byCommand = processTreeCpuByCommand(root);
  return byCommand && [...byCommand.values()].reduce((sum, ms) => sum + ms, 0);
}

/**
 * The same CPU time split by command name (e.g. `node`, `workerd`, `esbuild`), or undefined where
 * there is no /proc or `root` is gone.
 * @example processTreeCpuByCommand(dev.pid) // Map { "node" => 1520, "workerd" => 4310 }
 */
export function processTreeCpuByCommand(root: number): Map<string, number> | undefined {
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return undefined;
  }
  const children = new Map<number, number[]>();
  const processes = new Map<number, { command: string; ticks: number }>();
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // gone meanwhile
    }
    // pid (command) state ppid …: the command may hold spaces; utime and stime are the 14th and 15th fields
    const command = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const pid = Number(entry);
    const parent = Number(fields[1]);
    children.set(parent, [...(children.get(parent) ?? []), pid]);
    processes.set(pid, { command, ticks: Number(fields[11]) + Number(fields[12]) });
  }
  if (!processes.has(root)) return undefined;
  const byCommand = new Map<string, number>();
  for (const stack = [root]; stack.length > 0; ) {
    const pid = stack.pop()!;
    const one = processes.get(pid);
    if (one) byCommand.set(one.command, (byCommand.get(one.command) ?? 0) + (one.ticks * 1000) / TICKS_PER_SECOND);
    stack.push(...(children.get(pid) ?? []));
  }
  return byCommand;
}
