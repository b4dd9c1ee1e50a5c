/** @module Loads the built fact index and intent model the way the Worker does, for the in-process bench parts. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { FactIndex } from "../src/facts/types";
import { loadKnowledge, type IntentModel, type Knowledge, type KnowledgeTables } from "../src/qa/index";

/** The generated files of `npm run build:index`. */
export const GENERATED_DIR = join(process.cwd(), "src/generated");

/**
 * Reads the fact index and intent model from a build:index output folder.
 * @example const { index, model } = readGenerated(GENERATED_DIR);
 */
export function readGenerated(dir: string = GENERATED_DIR): { index: FactIndex; model: IntentModel } {
  const index = JSON.parse(readFileSync(join(dir, "fact-index.json"), "utf8")) as FactIndex;
  const model = JSON.parse(readFileSync(join(dir, "intent-model.json"), "utf8")) as IntentModel;
  return { index, model };
}

/**
 * Prepares answer()'s knowledge from the built files (as the Worker does once per isolate).
 * @example const knowledge = readKnowledge();
 */
export function readKnowledge(dir: string = GENERATED_DIR): Knowledge {
  const { index, model } = readGenerated(dir);
  // the tables build:index precomputed, as the Worker loads them
  return loadKnowledge(index, model, JSON.parse(readFileSync(join(dir, "knowledge-tables.json"), "utf8")) as KnowledgeTables);
}
