/** @module Small statistics and formatting helpers shared by the bench parts, and the question list. */
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** A distribution of samples, in the unit the samples were taken in. */
export interface Summary {
  n: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

/**
 * Summarises samples: nearest-rank percentiles, max and mean.
 * @example summarize([3, 1, 2]) // { n: 3, p50: 2, p99: 3, max: 3, mean: 2 }
 */
export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) return { n: 0, p50: NaN, p99: NaN, max: NaN, mean: NaN };
  const sorted = Float64Array.from(samples).sort();
  const at = (p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;
  let sum = 0;
  for (const x of sorted) sum += x;
  return { n: sorted.length, p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] ?? NaN, mean: sum / sorted.length };
}

/**
 * Rounds a number for a report: three significant figures, never exponent notation.
 * @example round(1234.567) // 1230
 */
export function round(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(x))));
  return Number(x.toFixed(Math.min(digits, 6)));
}

/**
 * Formats a byte count in KiB or MiB.
 * @example formatBytes(1536) // "1.5 KiB"
 */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${round(bytes / 1024 / 1024)} MiB`;
  if (bytes >= 1024) return `${round(bytes / 1024)} KiB`;
  return `${bytes} B`;
}

/**
 * Formats a Markdown table with padded columns, readable in a terminal and in the README alike.
 * @example formatTable(["a", "b"], [["1", "2"]]) // "| a | b |\n| - | - |\n| 1 | 2 |"
 */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

/**
 * Milliseconds since an arbitrary origin, high resolution.
 * @example const t0 = now(); work(); const ms = now() - t0;
 */
export function now(): number {
  return performance.now();
}

/**
 * The dev questions (copied from the shared QA set so that the bench needs nothing outside the repo).
 * @example const questions = readQuestions(); // ["Who met whom?", …]
 */
export function readQuestions(): string[] {
  return JSON.parse(readFileSync(join(import.meta.dirname, "questions.json"), "utf8")) as string[];
}

/**
 * A client address of its own for the n-th request (from 10.0.0.0/8): the bench measures answers,
 * not the per-client limit.
 * @example benchClient(1) // "10.0.0.1"
 */
export function benchClient(n: number): string {
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}
