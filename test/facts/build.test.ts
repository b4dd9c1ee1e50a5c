import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { parseFactIndex } from "../../src/facts/validate";
import { SEED_ARTICLES, SEEDS, seedArticles } from "../extract/helpers";

const root = join(__dirname, "../..");
const build = (seeds: string, out: string, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ["--import", "tsx", "src/cli/build-index.ts"], { cwd: root, env: { ...process.env, ATTACHE_SEEDS: seeds, ATTACHE_OUT: out, ...env }, encoding: "utf8" });

describe("extractIndex", () => {
  it("returns the same index for the same articles", () => {
    const files = seedArticles();
    expect(JSON.stringify(extractIndex(files))).toBe(JSON.stringify(extractIndex(files)));
  });

  it("returns an index that passes validation", () => {
    expect(() => parseFactIndex(JSON.parse(JSON.stringify(extractIndex(seedArticles()))))).not.toThrow();
  });
});

describe("npm run build:index", () => {
  it("fails naming the file when an article is empty", () => {
    const dir = mkdtempSync(join(tmpdir(), "attache-seeds-"));
    writeFileSync(join(dir, "a.txt"), " date 2024-01-01 ASTANA — The ministers met.");
    writeFileSync(join(dir, "b.txt"), "   \n\n");
    const run = build(dir, mkdtempSync(join(tmpdir(), "attache-out-")));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/b\.txt is empty/);
  }, 30_000);

  it("fails naming the file when nothing is left after cleaning", () => {
    const dir = mkdtempSync(join(tmpdir(), "attache-seeds-"));
    writeFileSync(join(dir, "c.txt"), "---\n\n*Image not found or type unknown*\n");
    const run = build(dir, mkdtempSync(join(tmpdir(), "attache-out-")));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/c\.txt: no article text/);
  }, 30_000);

  it.each([
    ["binary", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]), /d\.txt is binary/],
    ["not UTF-8", Buffer.from("PARIS - Les ministres se sont rencontr\xe9s \xe0 Paris.", "latin1"), /d\.txt is not UTF-8/],
    ["over 2 MB", Buffer.alloc(2 * 1024 * 1024 + 1, "The ministers met. "), /d\.txt is 2\.0 MB, over the 2 MB/],
  ])("fails naming the file when an article is %s", (_kind, bytes, message) => {
    const dir = mkdtempSync(join(tmpdir(), "attache-seeds-"));
    writeFileSync(join(dir, "a.txt"), " date 2024-01-01 ASTANA \u2014 The ministers met.");
    writeFileSync(join(dir, "d.txt"), bytes);
    const run = build(dir, mkdtempSync(join(tmpdir(), "attache-out-")));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
  }, 30_000);

  it("writes byte-identical output twice and prints a one-line summary", () => {
    const a = mkdtempSync(join(tmpdir(), "attache-out-"));
    const b = mkdtempSync(join(tmpdir(), "attache-out-"));
    const seeds = mkdtempSync(join(tmpdir(), "attache-seeds-"));
    for (const name of SEED_ARTICLES) copyFileSync(join(SEEDS, name), join(seeds, name));
    const first = build(seeds, a);
    build(seeds, b);
    expect(first.stdout.trim()).toMatch(/^build:index: 5 articles, \d+ people, \d+ meetings, \d+ facts → /);
    expect(readFileSync(join(a, "fact-index.json"))).toEqual(readFileSync(join(b, "fact-index.json")));
  }, 60_000);

  it("writes byte-identical files whatever the number of threads reading the articles", () => {
    const seeds = mkdtempSync(join(tmpdir(), "attache-seeds-"));
    for (const name of SEED_ARTICLES) copyFileSync(join(SEEDS, name), join(seeds, name));
    const one = mkdtempSync(join(tmpdir(), "attache-out-"));
    const three = mkdtempSync(join(tmpdir(), "attache-out-"));
    expect(build(seeds, one, { ATTACHE_BUILD_WORKERS: "1" }).status).toBe(0);
    const pooled = build(seeds, three, { ATTACHE_BUILD_WORKERS: "3" });
    expect(pooled.status).toBe(0);
    expect(pooled.stdout.trim()).toMatch(/^build:index: 5 articles, \d+ people, \d+ meetings, \d+ facts → /);
    for (const file of ["fact-index.json", "knowledge-tables.json", "lexicon.json", "worker-bundle.json"]) expect(readFileSync(join(three, file)), file).toEqual(readFileSync(join(one, file)));
  }, 120_000);

  it("fails naming the file when an article read in a thread has no text left after cleaning", () => {
    const dir = mkdtempSync(join(tmpdir(), "attache-seeds-"));
    writeFileSync(join(dir, "a.txt"), " date 2024-01-01 ASTANA \u2014 The ministers met.");
    writeFileSync(join(dir, "c.txt"), "---\n\n*Image not found or type unknown*\n");
    const run = build(dir, mkdtempSync(join(tmpdir(), "attache-out-")), { ATTACHE_BUILD_WORKERS: "2" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/c\.txt: no article text/);
  }, 60_000);

  it("fails saying what ATTACHE_BUILD_WORKERS takes when it is no number of threads", () => {
    const run = build(SEEDS, mkdtempSync(join(tmpdir(), "attache-out-")), { ATTACHE_BUILD_WORKERS: "0" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/ATTACHE_BUILD_WORKERS must be a whole number/);
  }, 30_000);
});

describe("parseFactIndex on broken records", () => {
  it("rejects a meeting that points at a person who is not there", () => {
    const index = JSON.parse(JSON.stringify(extractIndex(seedArticles())));
    index.meetings[0].participants[0].person = "nobody";
    expect(() => parseFactIndex(index)).toThrow(/unknown person nobody/);
  });

  it("rejects a person with no name", () => {
    const index = JSON.parse(JSON.stringify(extractIndex(seedArticles())));
    delete index.people[0].name;
    expect(() => parseFactIndex(index)).toThrow(/people\[0\] "name"/);
  });
});
