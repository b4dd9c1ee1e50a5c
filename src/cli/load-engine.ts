/** @module The engine for Node entry points (ask, poll), from the generated JSON that `npm run build:index` writes. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createEngine, type Engine } from "../bot/engine";

/** The generated index or intent model is missing or unreadable. */
export class MissingIndexError extends Error {
  override name = "MissingIndexError";
}

const GENERATED = fileURLToPath(new URL("../generated/", import.meta.url));

function readJson(dir: string, name: string): unknown {
  try {
    return JSON.parse(readFileSync(`${dir}${name}`, "utf8"));
  } catch (cause) {
    throw new MissingIndexError(`cannot read ${dir}${name}: run \`npm run build:index\` first`, { cause });
  }
}

/**
 * Builds the engine from src/generated (or ATTACHE_OUT, as build:index uses it), once per process.
 * @example const engine = loadEngine(); engine.answer("Who met whom?").text
 */
export function loadEngine(dir = process.env.ATTACHE_OUT ?? GENERATED): Engine {
  const folder = dir.endsWith("/") ? dir : `${dir}/`;
  return createEngine(readJson(folder, "fact-index.json"), readJson(folder, "intent-model.json"), readJson(folder, "knowledge-tables.json"));
}
