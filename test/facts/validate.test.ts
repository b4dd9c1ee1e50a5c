import { describe, expect, it } from "vitest";
import { FACT_INDEX_VERSION } from "../../src/facts/types";
import { FactIndexError, parseFactIndex } from "../../src/facts/validate";

describe("parseFactIndex", () => {
  it("returns an index of the current version", () => {
    const index = { version: FACT_INDEX_VERSION, articles: [], people: [], meetings: [], facts: [], sentences: [] };
    expect(parseFactIndex(index)).toBe(index);
  });

  it("rejects an index of another version, saying how to rebuild", () => {
    expect(() => parseFactIndex({ version: -1 })).toThrow(/build:index/);
    expect(() => parseFactIndex([])).toThrow(FactIndexError);
  });
});
