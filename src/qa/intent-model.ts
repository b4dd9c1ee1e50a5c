/** @module The intent model: a multinomial naive Bayes over question features, trained at build time from intents/, used by answer() at run time. */
import { questionFeatures } from "./features";
import type { IntentName } from "./types";

/** One file of intents/. */
export interface IntentExamples {
  intent: IntentName;
  description: string;
  examples: string[];
}

/** The trained model, serialised to src/generated/intent-model.json. */
export interface IntentModel {
  version: number;
  intents: IntentName[];
  /** Log prior of each intent, in the order of `intents`. */
  priors: number[];
  /** Feature → log likelihood under each intent, in the order of `intents`. */
  likelihoods: Record<string, number[]>;
  /** Log likelihood of a feature an intent never saw (Laplace smoothing), per intent. */
  unseen: number[];
}

/** The intent of a question and how sure the model is. */
export interface IntentGuess {
  intent: IntentName;
  /** Posterior probability of the intent, 0–1. */
  confidence: number;
  /** The runner-up, for answers that may fall back. */
  second: IntentName;
}

/** Laplace smoothing; a small value keeps rare but telling words strong. */
const SMOOTHING = 0.2;

/**
 * Trains the intent model from the intents/ files.
 * @example const model = trainIntentModel([{ intent: "greeting", description: "hi", examples: ["hi", "hello"] }, …]);
 */
export function trainIntentModel(intents: IntentExamples[]): IntentModel {
  const sorted = [...intents].sort((a, b) => a.intent.localeCompare(b.intent));
  const counts = sorted.map((file) => {
    const table = new Map<string, number>();
    for (const example of file.examples) for (const f of questionFeatures(example)) table.set(f, (table.get(f) ?? 0) + 1);
    return table;
  });
  const vocabulary = new Set(counts.flatMap((table) => [...table.keys()]));
  const totals = counts.map((table) => [...table.values()].reduce((a, b) => a + b, 0));
  const denominators = totals.map((total) => total + SMOOTHING * vocabulary.size);
  const allExamples = sorted.reduce((n, file) => n + file.examples.length, 0);
  const likelihoods: Record<string, number[]> = {};
  for (const feature of [...vocabulary].sort()) {
    likelihoods[feature] = counts.map((table, i) => round(Math.log(((table.get(feature) ?? 0) + SMOOTHING) / (denominators[i] ?? 1))));
  }
  return {
    version: 2,
    intents: sorted.map((file) => file.intent),
    priors: sorted.map((file) => round(Math.log(file.examples.length / allExamples))),
    likelihoods,
    unseen: denominators.map((d) => round(Math.log(SMOOTHING / d))),
  };
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/**
 * Classifies a question; features the model never saw are ignored.
 * @example classifyIntent("when did they meet", model) // { intent: "when", confidence: 0.99, second: "where" }
 */
export function classifyIntent(question: string, model: IntentModel): IntentGuess {
  const scores = [...model.priors];
  for (const feature of questionFeatures(question)) {
    const row = model.likelihoods[feature];
    if (!row) continue;
    row.forEach((logP, i) => (scores[i] = (scores[i] ?? 0) + logP));
  }
  const max = Math.max(...scores);
  const weights = scores.map((s) => Math.exp(s - max));
  const sum = weights.reduce((a, b) => a + b, 0);
  const order = scores.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
  const best = order[0] ?? 0;
  return {
    intent: model.intents[best] ?? "unknown",
    confidence: (weights[best] ?? 0) / sum,
    second: model.intents[order[1] ?? best] ?? "unknown",
  };
}
