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
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return undefined;
  }
  const children = new Map<number, number[]>();
  const ticks = new Map<number, number>();
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // gone meanwhile
    }
    // the fields after the command name (which may hold spaces): state, ppid, …, utime (14th), stime (15th)
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const pid = Number(entry);
    const parent = Number(fields[1]);
    children.set(parent, [...(children.get(parent) ?? []), pid]);
    ticks.set(pid, Number(fields[11]) + Number(fields[12]));
  }
  if (!ticks.has(root)) return undefined;
  let total = 0;
  for (const stack = [root]; stack.length > 0; ) {
    const pid = stack.pop()!;
    total += ticks.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return (total * 1000) / TICKS_PER_SECOND;
}
