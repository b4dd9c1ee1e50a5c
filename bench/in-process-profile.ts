/** @module CPU-profiles a piece of synchronous work in this process (node:inspector) and names its hottest functions. */
import { Session } from "node:inspector/promises";
import { relative } from "node:path";
import type { CpuProfile } from "./cpu-profile";

/** A function and its share of the sampled time. */
export interface HotFunction {
  /** "name (file:line)", the file relative to the project. */
  name: string;
  selfMs: number;
  /** Share of all non-idle sampled time, 0–1. */
  share: number;
}

/**
 * Runs `work` under the V8 sampling profiler and returns the functions with the most self time.
 * @example const hot = await hottestFunctions(() => answerAll(), 5);
 */
export async function hottestFunctions(work: () => void, top = 6): Promise<HotFunction[]> {
  const session = new Session();
  session.connect();
  try {
    await session.post("Profiler.enable");
    await session.post("Profiler.setSamplingInterval", { interval: 100 });
    await session.post("Profiler.start");
    work();
    const { profile } = (await session.post("Profiler.stop")) as unknown as { profile: CpuProfile };
    return rank(profile, top);
  } finally {
    session.disconnect();
  }
}

function rank(profile: CpuProfile, top: number): HotFunction[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    if (!frame || frame.functionName === "(idle)" || frame.functionName === "(program)") return;
    const us = profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0;
    const file = frame.url ? relative(process.cwd(), frame.url.replace(/^file:\/\//, "")) : "";
    const where = frame.lineNumber > 0 ? `${file}:${frame.lineNumber + 1}` : file;
    const name = `${frame.functionName || "(anonymous)"}${file ? ` (${where})` : ""}`;
    self.set(name, (self.get(name) ?? 0) + us);
    total += us;
  });
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, us]) => ({ name, selfMs: us / 1000, share: total > 0 ? us / total : 0 }));
}
