/** @module Test helpers: the intent model trained from intents/, and knowledge over the fixture index. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadKnowledge, type Knowledge } from "../../src/qa/knowledge";
import { trainIntentModel, type IntentExamples, type IntentModel } from "../../src/qa/intent-model";
import { fixtureIndex } from "./fixture";

let model: IntentModel | undefined;

/**
 * The intent model trained from the project's intents/ (once per test file).
 * @example const m = intentModel();
 */
export function intentModel(): IntentModel {
  const dir = join(process.cwd(), "intents");
  model ??= trainIntentModel(
    readdirSync(dir)
      .filter((n) => n.endsWith(".json"))
      .map((n) => JSON.parse(readFileSync(join(dir, n), "utf8")) as IntentExamples),
  );
  return model;
}

/**
 * Knowledge over the fixture index.
 * @example const k = fixtureKnowledge();
 */
export function fixtureKnowledge(): Knowledge {
  return loadKnowledge(fixtureIndex(), intentModel());
}
