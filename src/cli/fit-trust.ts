/**
 * @module `npm run fit:trust -- SET=FILE…`: writes src/qa/provenance-trust.json, the counts right and
 * wrong of each provenance class (dates, places, rules) on each read set, from the tables that
 * `npm run eval:extract -- --corpus DIR --by-provenance --json > FILE` printed; and checks the choice
 * of weak classes by leaving one whole set out (which classes the other sets call weak, and how many
 * of the left-out set's dates, places or meetings those classes hold right and wrong).
 *
 *   npm run fit:trust -- corpus=/tmp/corpus.json devE=/tmp/devE.json …   [--keep devA,devB] [--threshold 0.85] [--thresholds country=0.9] [--prior 5] [--grid] [--dry-run]
 *
 * `--confirm SET=FILE,…`: what the table fitted on every read set states and withholds on sets kept for fitting (the
 * calibration sets), counts only.
 * `--thresholds KIND=T,…`: a kind's own threshold (a wrong country costs the answers otherwise than a wrong date), else `--threshold`.
 *
 * `--grid`: the pooled figures of every set left out in turn (stated right / wrong, withheld right / wrong) for a range of
 * thresholds and priors, to choose them by.
 *
 * `--keep SETS`: sets whose articles are gone (devA-devD, lost with an old machine) keep their columns
 * of the current provenance-trust.json, counted by the code of their day: evidence still, on classes
 * the read sets of today hardly hold (a weekday counted from a yearless dateline).
 *
 * Each FILE is written by `npm run --silent eval:extract -- --corpus DIR --by-provenance --json | tail -1 > FILE`.
 * (Refitted in session 13 as `corpus=… devE=… devF=… devG=… --keep devA,devB,devC,devD`, the table
 * called three more date classes weak that withheld no wrong answer on any set and lost one right
 * answer on each: the table shipped is still the one of corpus and devA-devD.)
 */
import { readFileSync, writeFileSync } from "node:fs";
import type { ProvenanceTables } from "./by-provenance";
import { type TrustTable, weakClasses } from "../qa/trust";

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const OUT = "src/qa/provenance-trust.json";
const confirming = option("--confirm", "").split(",").filter(Boolean).map((a) => a.split("=") as [string, string]);
const inputs = args.filter((a, i) => a.includes("=") && args[i - 1] !== "--confirm" && args[i - 1] !== "--thresholds").map((a) => a.split("=") as [string, string]);
if (inputs.length < 2) {
  console.error("fit:trust: give two read sets or more, as SET=FILE (the JSON of eval:extract -- --by-provenance --json)");
  process.exit(2);
}
const kept = option("--keep", "").split(",").filter(Boolean);
const sets = [...inputs.map(([set]) => set), ...kept];
const tables = [...inputs.map(([, file]) => JSON.parse(readFileSync(file, "utf8").trim().split("\n").at(-1)!) as ProvenanceTables), ...kept.map(keptTable)];
const threshold = Number(option("--threshold", "0.85"));
/** Each kind's own threshold, where `--thresholds` gives one. */
const thresholds: TrustTable["thresholds"] = Object.fromEntries(
  option("--thresholds", "").split(",").filter(Boolean).map((kt) => kt.split("=") as [string, string]).map(([k, t]) => [k, Number(t)]),
);
const thresholdOf = (kind: Kind): number => thresholds?.[kind] ?? threshold;
const prior = Number(option("--prior", "5"));

/** The kinds of provenance a reply may state with more or less confidence. */
type Kind = "date" | "place" | "rule" | "country";
const KINDS: Kind[] = ["date", "place", "rule", "country"];

/** A kept set's tables, from its column of the provenance-trust.json in place (no column: no counts). */
function keptTable(set: string): ProvenanceTables {
  const current = JSON.parse(readFileSync(OUT, "utf8")) as TrustTable;
  const at = current.sets.indexOf(set);
  if (at < 0) throw new Error(`fit:trust: ${OUT} has no column for ${set} to keep`);
  const column = (counts: TrustTable[Kind] | undefined): Record<string, { right: number; wrong: number }> =>
    Object.fromEntries(Object.entries(counts ?? {}).map(([key, rows]) => [key, { right: rows[at]?.[0] ?? 0, wrong: rows[at]?.[1] ?? 0 }]));
  return { date: column(current.date), place: column(current.place), rule: column(current.rule), country: column(current.country), link: {}, office: {} };
}

/** One kind's counts per class, a [right, wrong] pair per set (classes a set lacks count 0 there); no date or place is no class. */
function countsOf(kind: Kind, of: ProvenanceTables[]): Record<string, [number, number][]> {
  const keys = [...new Set(of.flatMap((t) => Object.keys(t[kind] ?? {})))].filter((k) => k !== "none").sort();
  return Object.fromEntries(keys.map((k) => [k, of.map((t): [number, number] => [t[kind]?.[k]?.right ?? 0, t[kind]?.[k]?.wrong ?? 0])]));
}

/** Right and wrong of one kind on each set left out, split by whether the other sets trust their class: [stated right, stated wrong, withheld right, withheld wrong]. */
function leftOut(kind: Kind, t: number, p: number): { set: string; weak: string[]; figures: [number, number, number, number] }[] {
  return sets.map((set, i) => {
    const weak = weakClasses(countsOf(kind, tables.filter((_, j) => j !== i)), t, p);
    const figures: [number, number, number, number] = [0, 0, 0, 0];
    for (const [k, c] of Object.entries(tables[i]![kind] ?? {})) {
      if (k === "none") continue;
      const at = weak.has(k) ? 2 : 0;
      figures[at] = figures[at]! + c.right;
      figures[at + 1] = figures[at + 1]! + c.wrong;
    }
    return { set, weak: [...weak], figures };
  });
}

/** The pooled figures of the sets left out: stated right / wrong, withheld right / wrong. */
const pooled = (rows: { figures: number[] }[]): [number, number, number, number] =>
  rows.reduce<[number, number, number, number]>(([a, b, c, d], { figures: f }) => [a + f[0]!, b + f[1]!, c + f[2]!, d + f[3]!], [0, 0, 0, 0]);

const out: TrustTable = { threshold, ...(Object.keys(thresholds ?? {}).length ? { thresholds } : {}), prior, sets, date: countsOf("date", tables), place: countsOf("place", tables), rule: countsOf("rule", tables), country: countsOf("country", tables) };
for (const kind of KINDS) {
  console.log(`${kind} (threshold ${thresholdOf(kind)}): weak on all sets: ${[...weakClasses(out[kind], thresholdOf(kind), prior)].join(", ") || "none"}`);
  const rows = leftOut(kind, thresholdOf(kind), prior);
  for (const { set, weak, figures: [sr, sw, wr, ww] } of rows) console.log(`  ${set} left out: weak by the others: ${weak.join(", ") || "none"}; on ${set} they hold ${wr} right, ${ww} wrong (stated: ${sr} right, ${sw} wrong)`);
  const [sr, sw, wr, ww] = pooled(rows);
  console.log(`  pooled, each set left out: stated ${sr} right, ${sw} wrong (${Math.round((100 * sr) / Math.max(1, sr + sw))}% right); withheld ${wr} right, ${ww} wrong`);
}
// the table fitted on every read set, on sets kept unread for fitting (the calibration sets): what it states and withholds there
for (const [set, file] of confirming) {
  const held = JSON.parse(readFileSync(file, "utf8").trim().split("\n").at(-1)!) as ProvenanceTables;
  for (const kind of KINDS) {
    const weak = weakClasses(out[kind], thresholdOf(kind), prior);
    const f = [0, 0, 0, 0];
    for (const [k, c] of Object.entries(held[kind] ?? {})) if (k !== "none") [f[weak.has(k) ? 2 : 0], f[weak.has(k) ? 3 : 1]] = [f[weak.has(k) ? 2 : 0]! + c.right, f[weak.has(k) ? 3 : 1]! + c.wrong];
    console.log(`confirm ${set} ${kind}: stated ${f[0]} right, ${f[1]} wrong; withheld ${f[2]} right, ${f[3]} wrong`);
  }
}
if (args.includes("--grid")) {
  // what each threshold and prior would state and withhold, every set left out in turn: the figures to choose them by
  for (const kind of KINDS) {
    console.log(`${kind}: threshold prior  stated right/wrong  withheld right/wrong`);
    for (const t of [0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9]) {
      for (const p of [2, 5, 10, 20]) {
        const [sr, sw, wr, ww] = pooled(leftOut(kind, t, p));
        console.log(`  ${String(t).padEnd(9)} ${String(p).padStart(5)}  ${String(sr).padStart(12)}/${String(sw).padEnd(5)} ${String(wr).padStart(14)}/${ww}`);
      }
    }
  }
}
if (!args.includes("--dry-run")) {
  // one line a class, its [right, wrong] per set in the order of "sets": the figures beside the choice
  const kind = (k: Kind): string => `  "${k}": {\n${Object.entries(out[k]).map(([c, rows]) => `    ${JSON.stringify(c)}: ${JSON.stringify(rows)}`).join(",\n")}\n  }`;
  writeFileSync(OUT, `{\n  "threshold": ${threshold},\n${out.thresholds ? `  "thresholds": ${JSON.stringify(out.thresholds)},\n` : ""}  "prior": ${prior},\n  "sets": ${JSON.stringify(sets)},\n${KINDS.map(kind).join(",\n")}\n}\n`);
  console.log(`wrote ${OUT}`);
}
