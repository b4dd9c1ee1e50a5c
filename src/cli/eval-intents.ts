/** @module `npm run eval:intents`: k-fold cross-validated accuracy of the intent model per intent, and its confusion matrix (as `rasa test nlu`). */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { classifyIntent, trainIntentModel, type IntentExamples } from "../qa/intent-model";
import type { IntentName } from "../qa/types";

const FOLDS = Number(process.env.FOLDS ?? 5);

function readIntents(dir: string): IntentExamples[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith(".json"))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), "utf8")) as IntentExamples);
}

/** Splits every intent's examples into `k` folds by position (stratified, deterministic). */
function fold(intents: IntentExamples[], k: number, test: number): { train: IntentExamples[]; held: [IntentName, string][] } {
  const held: [IntentName, string][] = [];
  const train = intents.map((file) => ({
    ...file,
    examples: file.examples.filter((example, i) => {
      if (i % k !== test) return true;
      held.push([file.intent, example]);
      return false;
    }),
  }));
  return { train, held };
}

function main(): void {
  const intents = readIntents(join(process.cwd(), "intents"));
  const names = intents.map((i) => i.intent).sort();
  const confusion = new Map<string, number>();
  const misses: string[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const { train, held } = fold(intents, FOLDS, k);
    const model = trainIntentModel(train);
    for (const [truth, question] of held) {
      const guess = classifyIntent(question, model).intent;
      confusion.set(`${truth}>${guess}`, (confusion.get(`${truth}>${guess}`) ?? 0) + 1);
      if (guess !== truth) misses.push(`  ${truth} → ${guess}: ${question}`);
    }
  }
  const cell = (t: string, g: string) => confusion.get(`${t}>${g}`) ?? 0;
  let right = 0;
  let all = 0;
  console.log(`intent classification, ${FOLDS}-fold cross-validation\n`);
  console.log(`${"intent".padEnd(10)} ${"support".padStart(7)} ${"precision".padStart(9)} ${"recall".padStart(7)} ${"f1".padStart(6)}`);
  for (const name of names) {
    const tp = cell(name, name);
    const support = names.reduce((n, g) => n + cell(name, g), 0);
    const predicted = names.reduce((n, t) => n + cell(t, name), 0);
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    right += tp;
    all += support;
    console.log(`${name.padEnd(10)} ${String(support).padStart(7)} ${precision.toFixed(3).padStart(9)} ${recall.toFixed(3).padStart(7)} ${f1.toFixed(3).padStart(6)}`);
  }
  console.log(`\naccuracy: ${((100 * right) / all).toFixed(1)}% (${right}/${all})\n`);
  const short = names.map((n) => n.slice(0, 6));
  console.log(`confusion matrix (rows: true intent, columns: predicted)\n${"".padEnd(10)} ${short.map((s) => s.padStart(6)).join(" ")}`);
  for (const t of names) console.log(`${t.padEnd(10)} ${names.map((g) => String(cell(t, g) || ".").padStart(6)).join(" ")}`);
  if (misses.length) console.log(`\nmisclassified:\n${misses.join("\n")}`);
}

main();
