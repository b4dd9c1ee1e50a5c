/**
 * @module Part 4: the deployable bundle (`wrangler deploy --dry-run --outdir`), raw and gzip, and what
 * takes the space, from esbuild's metafile.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { runWrangler } from "./wrangler";

/** One group of bundle inputs (a package, the fact index, the app's own code). */
export interface BundlePart {
  name: string;
  /** Bytes this group contributes to the bundle, as esbuild counts them. */
  bytes: number;
  /** Gzip size of this group's bytes compressed alone (an estimate of its share of the gzip total). */
  gzipBytes: number;
}

/** What part 4 reports. */
export interface BundleResult {
  /** The folder holding the bundle, for the cold-start part. */
  outdir: string;
  /** The main module's path. */
  mainModule: string;
  rawBytes: number;
  gzipBytes: number;
  /** Largest first. */
  parts: BundlePart[];
}

/**
 * Bundles the Worker as `wrangler deploy` would, without deploying, and measures it.
 * @example const bundle = await measureBundle(); bundle.gzipBytes
 */
export async function measureBundle(outdir = mkdtempSync(join(tmpdir(), "attache-bundle-"))): Promise<BundleResult> {
  const metafile = join(outdir, "meta.json");
  await runWrangler(["deploy", "--dry-run", "--outdir", outdir, "--metafile", metafile]);
  const files = readdirSync(outdir).filter((f) => !f.endsWith(".map") && f !== "meta.json" && !f.startsWith("."));
  const mainModule = join(outdir, files.find((f) => f === "index.js") ?? files.find((f) => /\.m?js$/.test(f)) ?? "index.js");
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const path = join(outdir, file);
    if (!statSync(path).isFile()) continue;
    const content = readFileSync(path);
    rawBytes += content.length;
    gzipBytes += gzipSync(content).length;
  }
  const parts = attribute(JSON.parse(readFileSync(metafile, "utf8")) as Metafile, mainModule);
  return { outdir, mainModule, rawBytes, gzipBytes, parts };
}

interface Metafile {
  outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
}

/** Groups the main output's inputs by package or project area and sizes each group. */
function attribute(meta: Metafile, mainModule: string): BundlePart[] {
  const output =
    Object.entries(meta.outputs).find(([path]) => mainModule.endsWith(path.replace(/^.*\//, "")))?.[1] ??
    Object.values(meta.outputs)[0];
  const groups = new Map<string, { bytes: number; sources: string[] }>();
  for (const [input, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
    const name = groupOf(input);
    const group = groups.get(name) ?? { bytes: 0, sources: [] };
    group.bytes += bytesInOutput;
    group.sources.push(input);
    groups.set(name, group);
  }
  return [...groups.entries()]
    .map(([name, { bytes, sources }]) => ({ name, bytes, gzipBytes: gzipOfSources(sources) }))
    .sort((a, b) => b.bytes - a.bytes);
}

/**
 * The group a bundle input belongs to: its npm package, the fact index, the intent model, or the app.
 * @example groupOf("node_modules/wink-nlp/src/its.js") // "wink-nlp"
 */
export function groupOf(input: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  if (pkg?.[1]) return pkg[1];
  if (/src\/generated\/(fact-index|worker-bundle)\.json/.test(input)) return "fact index (src/generated)";
  if (input.includes("src/generated/lexicon.json")) return "lexicon (src/generated)";
  if (input.includes("src/generated/intent-model.json")) return "intent model (src/generated)";
  if (/(^|\/)src\//.test(input)) return "app code (src/)";
  return "wrangler shims and other";
}

/** Gzip size of a group's source files read from disk (unreadable virtual inputs count zero). */
function gzipOfSources(sources: readonly string[]): number {
  const chunks: Buffer[] = [];
  for (const source of sources) {
    try {
      chunks.push(readFileSync(source.replace(/^[a-z-]+:/, "")));
    } catch {
      // a virtual module of wrangler's
    }
  }
  return chunks.length === 0 ? 0 : gzipSync(Buffer.concat(chunks)).length;
}
