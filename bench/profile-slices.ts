/**
 * Dev tool: over saved slice rows (capture-slices.ts), times sliceKnowledge and answer()
 * CPU per question for several rounds, and prints p50/p99 and the answers' digest (to compare branches).
 * Usage: tsx bench/profile-slices.ts SLICES.json [ROUNDS] [cold|warm]: cold makes every round's rows
 * new texts (a space appended: the same JSON), so that no row is known from an earlier round; new:
 * from any earlier question.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { answer, type IntentModel } from "../src/qa/index";
import { sliceKnowledge, type SliceRows } from "../src/store/stored-index";
import { readKnowledge } from "./knowledge";
import { summarize } from "./stats";

const slices = JSON.parse(readFileSync(process.argv[2] ?? "bench/out/slices.json", "utf8")) as { question: string; rows: SliceRows }[];
// (the rows' ids, from their records: what a cache of parsed rows by id would read; new mode varies them)
const rounds = Number(process.argv[3] ?? 10);
const model = JSON.parse(readFileSync("src/generated/intent-model.json", "utf8")) as IntentModel;
const mode = process.argv[4] ?? "warm";
const cold = mode !== "warm";
for (const { rows } of slices)
  for (const list of [rows.articles, rows.meetings, rows.facts, rows.sentences, rows.people] as { id?: unknown; record: string }[][])
    for (const row of list) row.id ??= (JSON.parse(row.record) as { id: unknown }).id;
/** The columns that hold JSON (a space after it parses the same). */
const JSON_COLUMNS = new Set(["record", "terms", "derived", "weights", "people", "countries", "details"]);
const copy = (rows: SliceRows, round: number, at: number): SliceRows => {
  if (!cold) return rows;
  const n = mode === "new" ? 1 + round * slices.length + at : round + 1;
  const pad = " ".repeat(n);
  // new: other ids too, as the rows of other articles would have
  // (only JSON texts are padded: a sentence's text, article and flags are plain columns; its id, a
  // column the slice's references are renumbered by, is kept)
  const spaced = <R extends object>(list: R[], ids = true): R[] =>
    list.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k === "id" ? (mode !== "new" || !ids ? v : typeof v === "number" ? v + n * 1e7 : `${String(v)}~${n}`) : JSON_COLUMNS.has(k) && typeof v === "string" ? `${v}${pad}` : v])) as R);
  return { ...rows, articles: spaced(rows.articles), meetings: spaced(rows.meetings), facts: spaced(rows.facts), sentences: spaced(rows.sentences, false), people: spaced(rows.people) };
};
// garbage collections, to tell how much of each phase they take (they run in whichever phase allocates past the limit)
const collections: { start: number; end: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) collections.push({ start: e.startTime, end: e.startTime + e.duration });
}).observe({ entryTypes: ["gc"] });
const phases: { start: number; end: number; phase: string }[] = [];
let phase = "";
function cpu<T>(work: () => T): [T, number] {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const result = work();
  const t1 = performance.now();
  phases.push({ start: t0, end: t1, phase });
  const wall = (t1 - t0) * 1000;
  const c1 = process.cpuUsage(c0);
  return [result, Math.min(wall, c1.user + c1.system)];
}
// bundled: the same questions over the seeds' bundled knowledge, loaded once (what the slice is compared with)
const bundled = mode === "bundled" ? readKnowledge() : undefined;
const assemble: number[] = [];
const answering: number[] = [];
// each timed answer() call: its question and its span (to tell the calls a collection overlapped)
const calls: { at: number; us: number; start: number; end: number }[] = [];
const digests: string[] = [];
for (let round = 0; round < rounds; round++) {
  const digest = createHash("sha256");
  const inputs = slices.map(({ question, rows }, at) => ({ question, rows: copy(rows, round, at) }));
  // every other round in reverse order: a row known from another question must not change an answer
  const order = round % 2 ? [...slices.keys()].reverse() : [...slices.keys()];
  const replies: string[] = [];
  for (const at of order) {
    const { question, rows: fresh } = inputs[at]!;
    phase = round === 0 ? "" : "assemble";
    const [knowledge, a] = mode === "bundled" ? [bundled!, 0] : cpu(() => sliceKnowledge(fresh, model));
    phase = round === 0 ? "" : "answer";
    const [reply, b] = cpu(() => answer(question, knowledge, {}));
    replies[at] = JSON.stringify(reply);
    if (round === 0) continue;
    assemble.push(a);
    answering.push(b);
    calls.push({ at, us: b, ...phases.at(-1)! });
  }
  for (const reply of replies) digest.update(reply);
  digests.push(digest.digest("hex").slice(0, 16));
}
await new Promise((resolve) => setTimeout(resolve, 50));
const gcIn = (name: string) => {
  let ms = 0;
  for (const g of collections) for (const p of phases) if (p.phase === name) ms += Math.max(0, Math.min(g.end, p.end) - Math.max(g.start, p.start));
  return Math.round((ms * 1000) / Math.max(1, answering.length));
};
const show = (s: ReturnType<typeof summarize>) => `p50 ${Math.round(s.p50)} p99 ${Math.round(s.p99)} mean ${Math.round(s.mean)}`;
// the load's and the collections' share of the tail: each question's quickest round (its own cost,
// which other processes can only slow), and the answer() calls that no collection overlapped
const quickest = summarize(slices.map((_, at) => Math.min(...calls.filter((c) => c.at === at).map((c) => c.us))));
const overlapped = (c: { start: number; end: number }) => collections.some((g) => g.start < c.end && g.end > c.start);
const clear = calls.filter((c) => !overlapped(c));
console.log(`assemble µs ${show(summarize(assemble))}; answer µs ${show(summarize(answering))}; answers ${[...new Set(digests)].join(" ")}; gc µs per question in assemble ${gcIn("assemble")}, in answer ${gcIn("answer")}`);
console.log(
  `answer µs, each question's quickest round: p50 ${Math.round(quickest.p50)} max ${Math.round(quickest.max)}; calls no collection overlapped (${clear.length} of ${calls.length}): ${show(summarize(clear.map((c) => c.us)))}`,
);
