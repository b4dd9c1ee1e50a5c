/** @module `npm run build:index`: seeds/*.txt and intents/*.json → src/generated/{fact-index,intent-model}.json. */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { extractIndex, type ArticleFile } from "../extract/index";
import { parseFactIndex } from "../facts/validate";
import { trainIntentModel, type IntentExamples } from "../qa/intent-model";
import { trainRetrieval } from "../qa/retrieval";

const root = process.cwd();

/** Reads every seeds/*.txt in name order; fails naming the file on an unreadable or empty one. */
function readArticles(dir: string): ArticleFile[] {
  const names = readdirSync(dir).filter((n) => n.endsWith(".txt")).sort();
  if (names.length === 0) throw new Error(`build:index: no .txt article in ${dir}`);
  return names.map((name) => {
    const path = join(dir, name);
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch (error) {
      throw new Error(`build:index: cannot read ${relative(root, path)}: ${(error as Error).message}`);
    }
    if (text.trim() === "") throw new Error(`build:index: ${relative(root, path)} is empty`);
    return { file: relative(root, path), text };
  });
}

function readIntents(dir: string): IntentExamples[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith(".json"))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), "utf8")) as IntentExamples);
}

function main(): void {
  const seeds = process.env.ATTACHE_SEEDS ?? join(root, "seeds");
  const out = process.env.ATTACHE_OUT ?? join(root, "src/generated");
  const index = parseFactIndex(extractIndex(readArticles(seeds)));
  const model = { ...trainIntentModel(readIntents(join(root, "intents"))), retrieval: trainRetrieval(index) };
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "fact-index.json"), JSON.stringify(index) + "\n");
  writeFileSync(join(out, "intent-model.json"), JSON.stringify(model) + "\n");
  console.log(
    `build:index: ${index.articles.length} articles, ${index.people.length} people, ` +
      `${index.meetings.length} meetings, ${index.facts.length} facts → ${relative(root, out)}`,
  );
}

try {
  main();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
