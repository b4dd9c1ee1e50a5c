/**
 * Dev tool: writes the seeds × FACTOR synthetic corpus (see synthetic-corpus.ts, its recurring people
 * included) into a folder, one file an article, for `ATTACHE_SEEDS=DIR npm run build:index`.
 * Usage: tsx bench/synthetic-seeds.ts FACTOR DIR
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { extractIndex } from "../src/extract/index";
import { nameWords, recurringPeople, syntheticCorpus } from "./synthetic-corpus";

const factor = Number(process.argv[2] ?? 2000);
const dir = process.argv[3];
if (!dir || !Number.isInteger(factor) || factor < 1) throw new Error("usage: tsx bench/synthetic-seeds.ts FACTOR DIR");
const seedsDir = join(process.cwd(), "seeds");
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).sort().map((f) => ({ file: `seeds/${f}`, text: readFileSync(join(seedsDir, f), "utf8") }));
const index = extractIndex(seeds);
const recurring = recurringPeople(index);
mkdirSync(dir, { recursive: true });
const files = syntheticCorpus(seeds, factor, nameWords(index, seeds), recurring);
for (const f of files) writeFileSync(join(dir, basename(f.file)), f.text);
process.stderr.write(`wrote ${files.length} articles to ${dir}; recurring: ${recurring ? `${recurring.home}, ${recurring.words.join(" ")}` : "none"}\n`);
