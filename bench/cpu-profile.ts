/** @module Reads a V8 .cpuprofile: total sampled CPU time and its split by the bundle's source modules. */

/** The parts of the V8 CPU profile format that the bench reads. */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
    positionTicks?: { line: number; ticks: number }[];
  }[];
  samples: number[];
  timeDeltas: number[];
}

/** Sampled time of a profile, split by group. */
export interface ProfileSplit {
  /** Sampled CPU milliseconds, idle excluded. */
  totalMs: number;
  /** Milliseconds per group, largest first. */
  groups: { name: string; ms: number }[];
}

/**
 * Maps each line of an unminified esbuild bundle to the source module it came from, using the
 * `// path/to/module.js` comment esbuild writes before each module.
 * @example const moduleAt = lineToModule(bundleText); moduleAt(120) // "../node_modules/wink-nlp/src/its.js"
 */
export function lineToModule(bundle: string): (line: number) => string {
  const starts: { line: number; module: string }[] = [];
  bundle.split("\n").forEach((text, i) => {
    const m = /^\/\/ ((?:\.\.\/)*[\w@.-][^\s]*\.(?:[cm]?[jt]sx?|json))$/.exec(text);
    if (m?.[1]) starts.push({ line: i + 1, module: m[1] });
  });
  return (line) => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = PREAMBLE;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const start = starts[mid]!;
      if (start.line <= line) {
        found = start.module;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

/** What {@link lineToModule} returns for the bundle's own helpers (`__require`, `__commonJS`). */
export const PREAMBLE = "(bundle preamble)";

/**
 * Sums a profile's sampled time (idle excluded) and splits it by group. A sample counts for the module
 * of the bundle line it was taken on (position ticks). Time on the bundle's helpers (`__require`: in
 * V8 that is mostly compiling the module it is about to run) and on built-ins (atob, JSON.parse) counts
 * for the nearest caller in a module; `(garbage collector)` and `(program)` count apart.
 * @example splitProfile(profile, lineToModule(bundleText), groupOf)
 */
export function splitProfile(
  profile: CpuProfile,
  moduleAt: (line: number) => string,
  groupOf: (module: string) => string,
  bundleUrl = /\.m?js$/,
): ProfileSplit {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const timeOf = new Map<number, number>();
  let totalUs = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    if (!node || node.callFrame.functionName === "(idle)") return;
    const dt = profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0;
    timeOf.set(id, (timeOf.get(id) ?? 0) + dt);
    totalUs += dt;
  });
  /** The module of the nearest caller of `id` (itself excluded) that runs in a module. */
  const callerModule = (id: number): string | undefined => {
    for (let up = parent.get(id); up !== undefined; up = parent.get(up)) {
      const frame = byId.get(up)?.callFrame;
      if (!frame || !bundleUrl.test(frame.url) || frame.lineNumber < 0) continue;
      const module = moduleAt(frame.lineNumber + 1);
      if (module !== PREAMBLE) return module;
    }
    return undefined;
  };
  const groups = new Map<string, number>();
  const add = (name: string, us: number): void => void groups.set(name, (groups.get(name) ?? 0) + us);
  for (const [id, us] of timeOf) {
    const node = byId.get(id)!;
    const inBundle = bundleUrl.test(node.callFrame.url);
    const ticks = inBundle ? (node.positionTicks ?? []) : [];
    const tickCount = ticks.reduce((s, t) => s + t.ticks, 0);
    const lines = tickCount > 0 ? ticks : inBundle && node.callFrame.lineNumber >= 0 ? [{ line: node.callFrame.lineNumber + 1, ticks: 1 }] : [];
    const count = lines.reduce((s, t) => s + t.ticks, 0);
    if (count === 0) {
      const name = node.callFrame.functionName;
      add(name.startsWith("(") ? name : (callerModule(id) ? groupOf(callerModule(id)!) : name || "(other)"), us);
      continue;
    }
    for (const t of lines) {
      const module = moduleAt(t.line);
      const owner = module === PREAMBLE ? (callerModule(id) ?? PREAMBLE) : module;
      add(owner === PREAMBLE ? PREAMBLE : groupOf(owner), (us * t.ticks) / count);
    }
  }
  return {
    totalMs: totalUs / 1000,
    groups: [...groups.entries()].map(([name, us]) => ({ name, ms: us / 1000 })).sort((a, b) => b.ms - a.ms),
  };
}
