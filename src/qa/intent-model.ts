/** @module The intent model: trained at build time from intents/, used by answer() at run time. PLACEHOLDER. */
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
}

/**
 * Trains the intent model from the intents/ files.
 * @example const model = trainIntentModel(intentFiles);
 */
export function trainIntentModel(intents: IntentExamples[]): IntentModel {
  return { version: 1, intents: intents.map((i) => i.intent).sort() };
}
