import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractIndex, type ArticleFile } from "../../src/extract/index";
import type { FactIndex, Meeting, Person } from "../../src/facts/types";

/** Reads every .txt of a folder as the build does. */
export function readFolder(dir: string): ArticleFile[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith(".txt"))
    .sort()
    .map((n) => ({ file: join(dir, n), text: readFileSync(join(dir, n), "utf8") }));
}

const cache = new Map<string, FactIndex>();

/** The index of a folder, built once per test file. */
export function indexOf(dir: string): FactIndex {
  let index = cache.get(dir);
  if (!index) {
    index = extractIndex(readFolder(dir));
    cache.set(dir, index);
  }
  return index;
}

export const SEEDS = join(__dirname, "../../seeds");
export const FIXTURES = join(__dirname, "../fixtures/articles");

/** The person whose names include this spelling. */
export function personNamed(index: FactIndex, name: string): Person | undefined {
  return index.people.find((p) => p.names.includes(name));
}

/** Surnames of a meeting's people, sorted, e.g. "Pevida+Tleuberdi". */
export function meetingKey(index: FactIndex, m: Meeting): string {
  return m.participants
    .flatMap((p) => (p.kind === "person" ? [index.people.find((x) => x.id === p.person)?.name ?? p.person] : []))
    .sort()
    .join(" + ");
}
