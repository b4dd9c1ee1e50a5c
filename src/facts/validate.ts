/** @module Checks that a value is a FactIndex of this version, before the build writes it and when the Worker loads it. */
import { FACT_INDEX_VERSION, type FactIndex } from "./types";

/** The index is not of the expected shape or version. */
export class FactIndexError extends Error {
  override name = "FactIndexError";
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Returns the value as a FactIndex, or throws FactIndexError naming what is wrong.
 * @example const index = parseFactIndex(JSON.parse(text));
 */
export function parseFactIndex(value: unknown): FactIndex {
  if (!isRecord(value)) throw new FactIndexError("fact index: not an object");
  if (value.version !== FACT_INDEX_VERSION)
    throw new FactIndexError(`fact index: version ${String(value.version)}, expected ${FACT_INDEX_VERSION}; run npm run build:index`);
  for (const key of ["articles", "people", "meetings", "facts", "sentences"] as const) {
    if (!Array.isArray(value[key])) throw new FactIndexError(`fact index: "${key}" is not a list`);
  }
  return value as unknown as FactIndex;
}
