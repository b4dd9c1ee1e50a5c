import { describe, expect, it } from "vitest";
import { buildThreads, POOL_FROM_ARTICLES } from "../../src/cli/build-pool";

describe("buildThreads", () => {
  it("returns one thread (the build's own) for a few articles, whatever the cores", () => {
    expect(buildThreads(undefined, 5, 8)).toBe(1);
    expect(buildThreads(undefined, POOL_FROM_ARTICLES - 1, 8)).toBe(1);
  });

  it("returns a thread a core for many articles, at most eight", () => {
    expect(buildThreads(undefined, 10_000, 2)).toBe(2);
    expect(buildThreads(undefined, 10_000, 1)).toBe(1);
    expect(buildThreads(undefined, 10_000, 64)).toBe(8);
  });

  it("returns the number ATTACHE_BUILD_WORKERS asks for, 1 being the build's own thread", () => {
    expect(buildThreads("1", 10_000, 8)).toBe(1);
    expect(buildThreads(" 3 ", 5, 2)).toBe(3);
    expect(buildThreads("", 5, 2)).toBe(1);
  });

  it("throws on a setting that is no whole number of threads", () => {
    for (const setting of ["0", "-2", "1.5", "two"]) expect(() => buildThreads(setting, 10, 2)).toThrow(/ATTACHE_BUILD_WORKERS/);
  });
});
