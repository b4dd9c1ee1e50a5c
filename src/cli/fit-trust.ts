/**
 * @module `npm run fit:trust -- SET=FILE…`: writes src/qa/provenance-trust.json, the counts right and
 * wrong of each provenance class (dates, places, rules) on each read set, from the tables that
 * `npm run eval:extract -- --corpus DIR --by-provenance --json > FILE` printed; and checks the choice
 * of weak classes by leaving one whole set out (which classes the other sets call weak, and how many
 * of the left-out set's dates, places or meetings those classes hold right and wrong).
 *
 *   npm run fit:trust -- corpus=/tmp/corpus.json devA=/tmp/devA.json …   [--threshold 0.85] [--prior 5] [--dry-run]
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
const inputs = args.filter((a) => a.includes("=")).map((a) => a.split("=") as [string, string]);
if (inputs.length < 2) {
  console.error("fit:trust: give two read sets or more, as SET=FILE (the JSON of eval:extract -- --by-provenance --json)");
  process.exit(2);
}
const sets = inputs.map(([set]) => set);
const tables = inputs.map(([, file]) => JSON.parse(readFileSync(file, "utf8").trim().split("\n").at(-1)!) as ProvenanceTables);
const threshold = Number(option("--threshold", "0.85"));
const prior = Number(option("--prior", "5"));

/** One kind's counts per class, a [right, wrong] pair per set (classes a set lacks count 0 there); no date or place is no class. */
function countsOf(kind: "date" | "place" | "rule", of: ProvenanceTables[]): Record<string, [number, number][]> {
  const keys = [...new Set(of.flatMap((t) => Object.keys(t[kind])))].filter((k) => k !== "none").sort();
  return Object.fromEntries(keys.map((k) => [k, of.map((t): [number, number] => [t[kind][k]?.right ?? 0, t[kind][k]?.wrong ?? 0])]));
}

const out: TrustTable = { threshold, prior, sets, date: countsOf("date", tables), place: countsOf("place", tables), rule: countsOf("rule", tables) };
for (const kind of ["date", "place", "rule"] as const) {
  console.log(`${kind}: weak on all sets: ${[...weakClasses(out[kind], threshold, prior)].join(", ") || "none"}`);
  sets.forEach((set, i) => {
    const others = tables.filter((_, j) => j !== i);
    const weak = weakClasses(countsOf(kind, others), threshold, prior);
    const held = tables[i]![kind];
    const rows = Object.entries(held).filter(([k]) => weak.has(k));
    const [right, wrong] = rows.reduce(([r, w], [, c]) => [r + c.right, w + c.wrong], [0, 0]);
    const allWrong = Object.entries(held).filter(([k]) => k !== "none").reduce((n, [, c]) => n + c.wrong, 0);
    console.log(`  ${set} left out: weak by the others: ${[...weak].join(", ") || "none"}; on ${set} they hold ${right} right, ${wrong} wrong (of ${allWrong} wrong)`);
  });
}
if (!args.includes("--dry-run")) {
  // one line a class, its [right, wrong] per set in the order of "sets": the figures beside the choice
  const kind = (k: "date" | "place" | "rule"): string => `  "${k}": {\n${Object.entries(out[k]).map(([c, rows]) => `    ${JSON.stringify(c)}: ${JSON.stringify(rows)}`).join(",\n")}\n  }`;
  writeFileSync(OUT, `{\n  "threshold": ${threshold},\n  "prior": ${prior},\n  "sets": ${JSON.stringify(sets)},\n${kind("date")},\n${kind("place")},\n${kind("rule")}\n}\n`);
  console.log(`wrote ${OUT}`);
}
