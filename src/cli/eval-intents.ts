/**
 * @module `npm run eval:intents`: two figures for the intent model. (1) k-fold cross-validated
 * accuracy on the examples of intents/ (per intent, with a confusion matrix, as `rasa test nlu`):
 * how well the examples agree with each other. (2) Accuracy on held-out questions the model never
 * trains on (test/fixtures/intent-holdout.json: the public dev questions and the corpus questions,
 * labelled by hand), with a model trained on all of intents/: how well it reads questions written
 * by others. Only the second says much about users.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { classifyIntent, trainIntentModel, type IntentExamples } from "../qa/intent-model";
import type { IntentName } from "../qa/types";

const FOLDS = Number(process.env.FOLDS ?? 5);

/** Questions labelled by intent that no file of intents/ holds ("other": fits no intent, left out). */
const HOLDOUT = join(process.cwd(), "test", "fixtures", "intent-holdout.json");

/** One labelled question of the held-out file. */
interface HeldOut {
  id: string;
  question: string;
  intent: IntentName | "other";
}

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
  const crossValidated = (100 * right) / all;
  const held = heldOut(intents, names);
  console.log(`\n(1) cross-validated on the examples of intents/ (${FOLDS} folds): ${crossValidated.toFixed(1)}% (${right}/${all})`);
  if (held) console.log(`(2) held out, questions the model never trained on (${HOLDOUT.replace(`${process.cwd()}/`, "")}): ${held}`);
}

/** Accuracy on the held-out questions with a model trained on every example; undefined without the file. */
function heldOut(intents: IntentExamples[], names: string[]): string | undefined {
  if (!existsSync(HOLDOUT)) return undefined;
  const questions = (JSON.parse(readFileSync(HOLDOUT, "utf8")) as { questions: HeldOut[] }).questions;
  const trained = new Set(intents.flatMap((i) => i.examples.map((e) => e.toLowerCase().trim())));
  const leaked = questions.filter((q) => trained.has(q.question.toLowerCase().trim()));
  const labelled = questions.filter((q): q is HeldOut & { intent: IntentName } => q.intent !== "other");
  const model = trainIntentModel(intents);
  const hits = new Map<string, [number, number]>();
  const wrong: string[] = [];
  for (const q of labelled) {
    const guess = classifyIntent(q.question, model).intent;
    const [ok, n] = hits.get(q.intent) ?? [0, 0];
    hits.set(q.intent, [ok + (guess === q.intent ? 1 : 0), n + 1]);
    if (guess !== q.intent) wrong.push(`  ${q.id} ${q.intent} → ${guess}: ${q.question}`);
  }
  const right = labelled.length - wrong.length;
  console.log(`\nheld-out questions (never trained on): ${labelled.length} labelled, ${questions.length - labelled.length} fitting no intent left out`);
  console.log(`${"intent".padEnd(10)} ${"support".padStart(7)} ${"recall".padStart(7)}`);
  for (const name of names) {
    const [ok, n] = hits.get(name) ?? [0, 0];
    if (n) console.log(`${name.padEnd(10)} ${String(n).padStart(7)} ${(ok / n).toFixed(3).padStart(7)}`);
  }
  if (process.argv.includes("--verbose") && wrong.length) console.log(`\nheld-out misclassified:\n${wrong.join("\n")}`);
  if (leaked.length) console.log(`\nwarning: ${leaked.length} held-out questions are also examples in intents/: ${leaked.map((q) => q.id).join(", ")}`);
  return `${((100 * right) / labelled.length).toFixed(1)}% (${right}/${labelled.length})`;
}

main();
