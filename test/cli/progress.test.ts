import { describe, expect, it } from "vitest";
import { buildProgress } from "../../src/cli/progress";

/** A stream that keeps what is written, and a clock the test moves. */
function setUp(isTTY: boolean) {
  const written: string[] = [];
  let t = 0;
  const progress = buildProgress("articles read", { isTTY, write: (text: string) => written.push(text) }, () => t);
  return { written, progress, at: (seconds: number) => void (t = seconds * 1000) };
}

describe("buildProgress", () => {
  it("returns without writing anything for a build that ends within seconds", () => {
    const { written, progress, at } = setUp(false);
    for (let i = 1; i <= 100; i++) {
      at(i * 0.05);
      progress(i, 100);
    }
    expect(written).toEqual([]);
  });

  it("writes a line every ten seconds off a terminal once the build runs long, with the time left, and a last line", () => {
    const { written, progress, at } = setUp(false);
    for (let i = 1; i <= 300; i++) {
      at(i * 0.1);
      progress(i, 300);
    }
    expect(written.length).toBeGreaterThanOrEqual(3);
    expect(written.length).toBeLessThanOrEqual(4);
    expect(written[0]).toMatch(/^build:index: 100\/300 articles read in 10 s, about 20 s left\n$/);
    expect(written.at(-1)).toBe("build:index: 300/300 articles read in 30 s\n");
  });

  it("rewrites one line on a terminal and ends it when done", () => {
    const { written, progress, at } = setUp(true);
    for (let i = 1; i <= 300; i++) {
      at(i * 0.1);
      progress(i, 300);
    }
    expect(written.every((w) => w.startsWith("\r"))).toBe(true);
    expect(written.at(-1)).toMatch(/300\/300 articles read in 30 s\u001b\[K\n$/);
    expect(written.slice(0, -1).every((w) => !w.endsWith("\n"))).toBe(true);
  });
});
