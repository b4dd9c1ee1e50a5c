import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli";

interface ReviewPerson {
  name: string;
  country: string | null;
  offices: { title: string; country: string | null }[];
}

describe("npm run facts -- --json", { timeout: 60_000 }, () => {
  it("carries the country of a person known by country alone on an office with no title (the contract's only place for it)", async () => {
    const root = mkdtempSync(join(tmpdir(), "attache-facts-"));
    const seeds = join(root, "seeds");
    mkdirSync(seeds);
    writeFileSync(
      join(seeds, "a1.txt"),
      "Chile and Peru discuss trade\n\nLIMA, March 3 (Wire) – Chilean Foreign Minister Varan Telu met Peruvian trade adviser Kestas Orvel in Lima on Monday.\nTelu also met Halvik Sorn of Peru, who joined the talks later.\n",
    );
    const env = { ATTACHE_SEEDS: seeds, ATTACHE_OUT: join(root, "out") };
    expect((await runCli("build-index.ts", [], env)).code).toBe(0);
    const { code, stdout } = await runCli("facts.ts", ["--json"], env);
    expect(code).toBe(0);
    const people = (JSON.parse(stdout) as { people: ReviewPerson[] }).people;
    const sorn = people.find((p) => p.name === "Halvik Sorn");
    expect(sorn?.offices).toEqual([expect.objectContaining({ title: "", country: "Peru" })]);
    const telu = people.find((p) => p.name === "Varan Telu");
    expect(telu?.offices.every((o) => o.title !== "")).toBe(true);
  });
});
