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

/** The five articles the project ships in seeds/: tests about them name them, so another article dropped into seeds/ changes nothing here. */
export const SEED_ARTICLES = ["000_13be3dd44889fa83.txt", "001_105a32cc07a32e4a.txt", "002_340265fc767f1c51.txt", "003_fc2a1341bdd818a9.txt", "004_1ff5ddfdd5e3f94b.txt"];

/** The shipped seed articles, read as the build reads them. */
export function seedArticles(): ArticleFile[] {
  return SEED_ARTICLES.map((n) => ({ file: join(SEEDS, n), text: readFileSync(join(SEEDS, n), "utf8") }));
}

/** The index of the shipped seed articles, built once per test file. */
export function seedIndex(): FactIndex {
  let index = cache.get("seed articles");
  if (!index) {
    index = extractIndex(seedArticles());
    cache.set("seed articles", index);
  }
  return index;
}
export const FIXTURES = join(__dirname, "../fixtures/articles");

/** The person whose names include this spelling. */
export function personNamed(index: FactIndex, name: string): Person | undefined {
  return index.people.find((p) => p.names.includes(name));
}

/** The people the first sentence `sentence` matches refers to, by name. */
export function namesInSentence(index: FactIndex, sentence: RegExp): string[] {
  const s = index.sentences.find((x) => sentence.test(x.text));
  return (s?.people ?? []).map((id) => index.people.find((p) => p.id === id)?.name ?? id);
}

/** Surnames of a meeting's people, sorted, e.g. "Pevida+Tleuberdi". */
export function meetingKey(index: FactIndex, m: Meeting): string {
  return m.participants
    .flatMap((p) => (p.kind === "person" ? [index.people.find((x) => x.id === p.person)?.name ?? p.person] : []))
    .sort()
    .join(" + ");
}

/** The index of one article's text, dated by the ` date` line the build reads. */
export function articleIndex(text: string, published: string): FactIndex {
  return extractIndex([{ file: "t/x.txt", text: ` date ${published}\n${text}` }]);
}

/** The country of the first office of `name` that carries one, in an index of `text` alone (published 2024-09-06). */
export function countryIn(text: string, name: string): string | undefined {
  return personNamed(articleIndex(text, "2024-09-06"), name)?.offices.find((o) => o.country)?.country;
}

/** "A + B" per meeting of one article, sorted, as a reader would list who met whom; only held or planned ones when asked. */
export function meetingsIn(text: string, published: string, status?: "held" | "planned"): string[] {
  const index = articleIndex(text, published);
  return index.meetings
    .filter((m) => status === undefined || (m.status ?? "held") === status)
    .map((m) => meetingKey(index, m))
    .sort();
}

/** Each meeting as a user reads it, principals only: "Surname + Surname, 2025-6-12" (or "undated"). */
export function meetingsTold(index: FactIndex): string[] {
  return index.meetings.map((m) => {
    const names = m.participants.flatMap((p) => (p.kind === "person" && p.role !== "present" ? [index.people.find((x) => x.id === p.person)?.name.split(" ").at(-1) ?? "?"] : [])).sort().join(" + ");
    const date = m.date ? [m.date.year, m.date.month, m.date.day].filter((n) => n !== undefined).join("-") : "undated";
    return `${names}, ${date}`;
  });
}

/** The meetings of one article's text (read as written: no date line added), with people's names in place of ids ("A + B"). */
export function meetingsOf(text: string): (Meeting & { names: string })[] {
  const index = extractIndex([{ file: "t/x.txt", text }]);
  const name = (id: string) => index.people.find((p) => p.id === id)?.name ?? id;
  return index.meetings.map((m) => ({ ...m, names: m.participants.flatMap((p) => (p.kind === "person" ? [name(p.person)] : [])).join(" + ") }));
}
