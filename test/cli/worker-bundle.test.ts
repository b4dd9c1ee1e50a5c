import { build } from "esbuild";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "../..");

/** The modules the Worker bundle is made of, as wrangler's esbuild would gather them from src/worker.ts. */
async function workerInputs(): Promise<string[]> {
  const result = await build({
    entryPoints: [join(root, "src/worker.ts")],
    absWorkingDir: root,
    bundle: true,
    write: false,
    metafile: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    conditions: ["workerd", "worker", "browser"],
    external: ["cloudflare:*", "node:*"],
    logLevel: "silent",
  });
  return Object.keys(result.metafile.inputs);
}

describe("the Worker bundle", () => {
  it("returns a bundle with none of the build-time code: no extractor, no CLI, no date parser library", async () => {
    const inputs = await workerInputs();
    expect(inputs.some((i) => i.startsWith("src/qa/"))).toBe(true);
    expect(inputs.filter((i) => /^src\/(?:extract|cli)\//.test(i))).toEqual([]);
    expect(inputs.filter((i) => /node_modules\/(?:chrono-node|tsx|esbuild|vitest)\//.test(i))).toEqual([]);
  }, 60_000);
});
