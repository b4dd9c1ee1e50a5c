/**
 * @module `npm run fit:confidence -- FILE…`: fits the answer-confidence model (a small logistic
 * regression over the signals of answer(), see src/qa/answer-signals) on the rows that
 * `npm run eval:qa -- --by-path --features FILE` wrote for each set, validates it by leaving one
 * whole set out, chooses the threshold and writes src/qa/confidence-model.json.
 *
 *   npm run fit:confidence -- calib14=/tmp/calib14.jsonl calib15=/tmp/calib15.jsonl calib25=/tmp/calib25.jsonl   [--cost N] [--threshold T] [--features a,b,…] [--dry-run]
 *
 * `--cost N` (default 4): how many right answers one wrong answer is worth losing; the threshold
 * is the highest whose loss (wrong kept × N + right lost) over the left-out predictions of all sets
 * is within N of the least. `--threshold T` sets it instead (the chosen one is printed beside it).
 * `--features` tries other signals than the shipped list. A file given as NAME=FILE names its set
 * (else the set its rows name). Rows a signal of `WITHHELD` (src/qa/confidence) holds are left out:
 * those replies are withheld whatever the model says.
 *
 * Fit it on the calibration sets, unseen articles nobody fitted code on, with rows written by the
 * code it ships with (see the README, "How questions are understood"): a set once read holds few
 * wrong answers (the corpus 1%, the read sets 3-8%; 15-22% when they were new), none of them typical.
 * Session 26 refitted calib14, calib15, calib25 on the two signals below with `--threshold 0.25`, once
 * a word's kin counted as showing it (left out: 5 right lost, 5 of 46 wrong withheld; 0.2 withholds a
 * record missing one word, 6 right for 6 wrong here and many more right on the read sets).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import type { SignalRow } from "./by-path";
import type { ConfidenceModel } from "../qa/confidence";
import { fromSignals, WITHHELD } from "../qa/confidence";

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const cost = Number(option("--cost", "4"));
const files = args.filter((a, i) => !a.startsWith("--") && !["--cost", "--features", "--threshold"].includes(args[i - 1] ?? "")).map((a) => (a.includes("=") ? (a.split("=") as [string, string]) : ([undefined, a] as const)));
const OUT = "src/qa/confidence-model.json";

/** The L2 penalty on the weights (not on the bias): strong, the data are a few hundred answers. */
const L2 = 3;

/**
 * The signals the model may weigh (see src/qa/asked-terms): the question's content words a reply of
 * meeting records leaves out ("when did Varan and Telu co-chair the joint commission" answered with
 * their talks), the same for any other reply but a number's. Others tried on the calibration sets:
 * a place and a country the question names that the reply leaves out (`place_word_missing`,
 * `country_word_missing`: a few wrong answers more withheld, but answers behaviour tests expect too),
 * intent doubt, a person named by office, a "when" without a year: nothing once these were in.
 * Session 32 tried a place asked that the evidence leaves out (`places_missing`, `place_word_missing`,
 * `where_unsaid`), `publication_date` and `countries_missing` beside these two: left out, 2-4 wrong
 * answers more withheld for 1-3 right ones lost (of 48 wrong), and on the sealed checks those
 * signals' answers are right as often as wrong (a place word 11 right / 9 wrong): no trade that carries.
 */
const CHOSEN = option("--features", "");
const FEATURES = CHOSEN ? CHOSEN.split(",") : ["record_content_missing", "other_content_missing"];

interface Row {
  set: string;
  x: number[];
  /** 1 when the answer given was wrong. */
  y: number;
}

const rows: Row[] = files.flatMap(([name, file]) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as SignalRow)
    // (a reply one of the signals that withhold it whatever the model says holds is no reply the model decides)
    .filter((r) => !WITHHELD.some((k) => r.signals.features[k]))
    .map((r) => ({ set: name ?? (r.set || basename(file, ".jsonl")), x: FEATURES.map((k) => r.signals.features[k] ?? 0), y: r.right ? 0 : 1 })),
);
const sets = [...new Set(rows.map((r) => r.set))];

/** Solves A·x = b by Gaussian elimination with partial pivoting (A small and positive definite). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c || m[c]![c] === 0) continue;
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

/** Fits P(wrong) = σ(bias + w·x) by Newton's method (iteratively reweighted least squares) with an L2 penalty. */
function fit(train: Row[]): { bias: number; weights: Record<string, number> } {
  const n = FEATURES.length + 1;
  let w = new Array<number>(n).fill(0);
  for (let iteration = 0; iteration < 50; iteration++) {
    const h = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    const g = new Array<number>(n).fill(0);
    for (const r of train) {
      const x = [1, ...r.x];
      const p = 1 / (1 + Math.exp(-x.reduce((z, v, i) => z + v * w[i]!, 0)));
      for (let i = 0; i < n; i++) {
        g[i]! += (p - r.y) * x[i]!;
        if (x[i]) for (let j = 0; j < n; j++) h[i]![j]! += p * (1 - p) * x[i]! * x[j]!;
      }
    }
    for (let i = 1; i < n; i++) {
      g[i]! += L2 * w[i]!;
      h[i]![i]! += L2;
    }
    const step = solve(h, g);
    w = w.map((v, i) => v - step[i]!);
    if (Math.max(...step.map(Math.abs)) < 1e-7) break;
  }
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return { bias: round(w[0]!), weights: Object.fromEntries(FEATURES.map((k, i) => [k, round(w[i + 1]!)])) };
}

/** Left-out predictions: each set scored by the model fitted on the others. */
const held: { set: string; p: number; y: number }[] = [];
for (const set of sets) {
  const model = fit(rows.filter((r) => r.set !== set));
  for (const r of rows.filter((r) => r.set === set)) held.push({ set, p: fromSignals({ ...model, threshold: 1, features: FEATURES, trainedOn: [], validation: [] }, Object.fromEntries(FEATURES.map((k, i) => [k, r.x[i]!]))), y: r.y });
}

/** The counts kept and withheld at a threshold: an answer is withheld when P(wrong) >= threshold. */
function at(threshold: number, of: typeof held) {
  const kept = of.filter((h) => h.p < threshold);
  const right = kept.filter((h) => !h.y).length;
  const wrong = kept.length - right;
  return { right, wrong, rightLost: of.filter((h) => !h.y).length - right, wrongWithheld: of.filter((h) => h.y).length - wrong };
}

const candidates = [...new Set(held.map((h) => Math.round(h.p * 1000) / 1000))].sort((a, b) => a - b).map((t) => t + 0.0005);
candidates.push(1.0001);
const lossAt = (t: number): number => {
  const c = at(t, held);
  return c.wrong * cost + c.rightLost;
};
const least = Math.min(...candidates.map(lossAt));
// the loss is flat near its least (a few dozen wrong answers, left out): of the thresholds within one
// wrong answer's worth of it, the highest, which withholds the fewest answers
const chosen = Math.round(Math.max(...candidates.filter((t) => lossAt(t) <= least + cost)) * 10000) / 10000;
// `--threshold T`: a threshold set, not chosen (the chosen one is printed beside it)
const threshold = args.includes("--threshold") ? Number(option("--threshold", String(chosen))) : chosen;
if (threshold !== chosen) console.log(`threshold chosen at cost ${cost}: ${chosen}; set by --threshold: ${threshold}`);
const validation = sets.map((set) => {
  const of = held.filter((h) => h.set === set);
  const before = at(1.0001, of);
  const after = at(threshold, of);
  return { set, given: of.length, wrongBefore: before.wrong, rightKept: after.right, wrongKept: after.wrong, rightLost: after.rightLost, wrongWithheld: after.wrongWithheld };
});
console.log(`threshold P(wrong) >= ${threshold} (cost ${cost}); left-out figures, answers given:`);
for (const v of validation) {
  const pct = (a: number, b: number) => `${b ? Math.round((100 * a) / b) : 0}%`;
  console.log(
    `  ${v.set.padEnd(8)} given ${v.given}: wrong ${v.wrongBefore} (${pct(v.wrongBefore, v.given)}) → ${v.wrongKept} of ${v.rightKept + v.wrongKept} (${pct(v.wrongKept, v.rightKept + v.wrongKept)}); right lost ${v.rightLost}, wrong withheld ${v.wrongWithheld}`,
  );
}
for (const t of [0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5]) {
  const c = at(t, held);
  console.log(`  at ${t}: right kept ${c.right}, wrong kept ${c.wrong}, right lost ${c.rightLost}, wrong withheld ${c.wrongWithheld}`);
}
const final = fit(rows);
const model: ConfidenceModel = { ...final, threshold, features: FEATURES, trainedOn: sets, cost, validation };
if (!args.includes("--dry-run")) {
  writeFileSync(OUT, JSON.stringify(model, null, 1) + "\n");
  console.log(`wrote ${OUT}: ${model.features.length} weights`);
}
