/** @module CPU-profiles a piece of synchronous work in this process (node:inspector) and names its hottest functions. */
import { Session } from "node:inspector/promises";
import { relative } from "node:path";
import type { CpuProfile } from "./cpu-profile";

/** A function and its share of the sampled time. */
export interface HotFunction {
  /** "name (file:line)", the file relative to the project. */
  name: string;
  /** Time on the function itself (self) or on it and what it calls (inclusive), ms. */
  ms: number;
  /** Share of all non-idle sampled time, 0–1. */
  share: number;
}

/** The hottest functions of a profiled piece of work. */
export interface Hotspots {
  /** By self time, any code. */
  self: HotFunction[];
  /** By inclusive time, the project's own src/ only: the call chain that leads to the self time. */
  inclusive: HotFunction[];
}

/**
 * Runs `work` under the V8 sampling profiler (one sample per `intervalUs`, default 100) and ranks its
 * functions by self and by inclusive time.
 * @example const hot = await hottestFunctions(() => answerAll(), 6); hot.inclusive[0].name
 */
export async function hottestFunctions(work: () => void, top = 6, intervalUs = 100): Promise<Hotspots> {
  const session = new Session();
  session.connect();
  try {
    await session.post("Profiler.enable");
    await session.post("Profiler.setSamplingInterval", { interval: intervalUs });
    await session.post("Profiler.start");
    work();
    const { profile } = (await session.post("Profiler.stop")) as unknown as { profile: CpuProfile };
    return rank(profile, top);
  } finally {
    session.disconnect();
  }
}

type Frame = CpuProfile["nodes"][number]["callFrame"];

function label(frame: Frame): string {
  const file = frame.url ? relative(process.cwd(), frame.url.replace(/^file:\/\//, "")) : "";
  const where = frame.lineNumber > 0 ? `${file}:${frame.lineNumber + 1}` : file;
  return `${frame.functionName || "(anonymous)"}${file ? ` (${where})` : ""}`;
}

function rank(profile: CpuProfile, top: number): Hotspots {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    if (!frame || frame.functionName === "(idle)" || frame.functionName === "(program)") return;
    const us = profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0;
    self.set(label(frame), (self.get(label(frame)) ?? 0) + us);
    total += us;
    const onStack = new Set<string>();
    for (let up: number | undefined = id; up !== undefined; up = parent.get(up)) {
      const f = byId.get(up)?.callFrame;
      if (f && /\/src\//.test(f.url) && !f.url.includes("node_modules")) onStack.add(label(f));
    }
    for (const name of onStack) inclusive.set(name, (inclusive.get(name) ?? 0) + us);
  });
  const list = (m: Map<string, number>): HotFunction[] =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: us / 1000, share: total > 0 ? us / total : 0 }));
  return { self: list(self), inclusive: list(inclusive) };
}
