/** @module The intent model: a softmax (multinomial logistic) regression over wink-nlp question features, trained at build time from intents/, used by answer() at run time. */
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
  /** Bias of each intent, in the order of `intents`. */
  bias: number[];
  /** Feature → weight for each intent, in the order of `intents`. */
  weights: Record<string, number[]>;
}

/** The intent of a question and how sure the model is. */
export interface IntentGuess {
  intent: IntentName;
  /** Posterior probability of the intent, 0–1. */
  confidence: number;
  /** The runner-up, for answers that may fall back. */
  second: IntentName;
  /** How many of the question's word features the model knows; 0: only its form spoke. */
  evidence: number;
}

/** Training of the softmax (multinomial logistic) regression: passes, step and L2 penalty. */
const EPOCHS = 60;
const STEP = 0.5;
const L2 = 0.001;

/**
 * Trains the intent model from the intents/ files: a softmax regression over question features,
 * by stochastic gradient descent in a fixed order (same files, same model).
 * @example const model = trainIntentModel([{ intent: "greeting", description: "hi", examples: ["hi", "hello"] }, …]);
 */
export function trainIntentModel(intents: IntentExamples[]): IntentModel {
  const sorted = [...intents].sort((a, b) => a.intent.localeCompare(b.intent));
  const n = sorted.length;
  const samples = sorted.flatMap((file, label) => file.examples.map((e) => ({ label, features: [...new Set(questionFeatures(e))] })));
  const weights = new Map<string, number[]>();
  const bias = new Array<number>(n).fill(0);
  const row = (f: string) => {
    let r = weights.get(f);
    if (!r) weights.set(f, (r = new Array<number>(n).fill(0)));
    return r;
  };
  const order = samples.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const rate = STEP / (1 + epoch * 0.1);
    // a fixed shuffle per epoch, so training is deterministic
    order.sort((a, b) => ((a * 7919 + epoch * 104729) % 1000003) - ((b * 7919 + epoch * 104729) % 1000003));
    for (const i of order) {
      const { label, features } = samples[i]!;
      const probs = softmax(features.reduce((acc, f) => add(acc, weights.get(f)), [...bias]));
      for (let k = 0; k < n; k++) {
        const g = (probs[k] ?? 0) - (k === label ? 1 : 0);
        bias[k] = (bias[k] ?? 0) - rate * g;
        for (const f of features) {
          const r = row(f);
          r[k] = (r[k] ?? 0) * (1 - rate * L2) - rate * g;
        }
      }
    }
  }
  const table: Record<string, number[]> = {};
  for (const f of [...weights.keys()].sort()) table[f] = weights.get(f)!.map(round);
  return { version: 3, intents: sorted.map((file) => file.intent), bias: bias.map(round), weights: table };
}

function add(acc: number[], r: number[] | undefined): number[] {
  if (r) r.forEach((v, k) => (acc[k] = (acc[k] ?? 0) + v));
  return acc;
}

function softmax(scores: number[]): number[] {
  const max = Math.max(...scores);
  const e = scores.map((s) => Math.exp(s - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** Features looked up per model, with their weights (null: a feature the model never saw), at most MAX_SEEN_FEATURES. */
const SEEN = new WeakMap<IntentModel, Map<string, number[] | null>>();
const MAX_SEEN_FEATURES = 20_000;

/**
 * A feature's weights, or undefined. A question's features are new strings, which an object's
 * lookup interns each time; a feature seen before is found in a Map. Nothing is built up front (a
 * fresh isolate's first question pays only its own features).
 */
function weightsOf(model: IntentModel, feature: string): number[] | undefined {
  let seen = SEEN.get(model);
  if (seen === undefined) SEEN.set(model, (seen = new Map()));
  const known = seen.get(feature);
  if (known !== undefined) return known ?? undefined;
  const row = Object.hasOwn(model.weights, feature) ? model.weights[feature] : undefined;
  if (seen.size < MAX_SEEN_FEATURES) seen.set(feature, row ?? null);
  return row;
}

/** Features of a question's form, not of its words: alone they are no evidence of an intent. */
const FORM_FEATURE = /^(len:|wh:|first:|head:|#off-topic|#name|#number)/;

/**
 * Classifies a question; features the model never saw are ignored.
 * @example classifyIntent("when did they meet", model) // { intent: "when", confidence: 0.99, second: "where", evidence: 5 }
 */
export function classifyIntent(question: string, model: IntentModel): IntentGuess {
  const scores = [...model.bias];
  let evidence = 0;
  for (const feature of new Set(questionFeatures(question))) {
    const row = weightsOf(model, feature);
    if (!row) continue;
    if (!FORM_FEATURE.test(feature)) evidence++;
    for (let i = 0; i < row.length; i++) scores[i] = (scores[i] ?? 0) + row[i]!;
  }
  const max = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  const order = scores.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
  const best = order[0] ?? 0;
  return {
    intent: model.intents[best] ?? "unknown",
    confidence: (exp[best] ?? 0) / sum,
    second: model.intents[order[1] ?? best] ?? "unknown",
    evidence,
  };
}
