/**
 * @module `npm run fit:trust -- SET=FILE…`: writes src/qa/provenance-trust.json, the counts right and
 * wrong of each provenance class (dates, places, rules) on each read set, from the tables that
 * `npm run eval:extract -- --corpus DIR --by-provenance --json > FILE` printed; and checks the choice
 * of weak classes by leaving one whole set out (which classes the other sets call weak, and how many
 * of the left-out set's dates, places or meetings those classes hold right and wrong).
 *
 *   npm run fit:trust -- corpus=/tmp/corpus.json devE=/tmp/devE.json …   [--keep devA,devB] [--threshold 0.85] [--prior 5] [--dry-run]
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
const inputs = args.filter((a) => a.includes("=")).map((a) => a.split("=") as [string, string]);
if (inputs.length < 2) {
  console.error("fit:trust: give two read sets or more, as SET=FILE (the JSON of eval:extract -- --by-provenance --json)");
  process.exit(2);
}
const kept = option("--keep", "").split(",").filter(Boolean);
const sets = [...inputs.map(([set]) => set), ...kept];
const tables = [...inputs.map(([, file]) => JSON.parse(readFileSync(file, "utf8").trim().split("\n").at(-1)!) as ProvenanceTables), ...kept.map(keptTable)];
const threshold = Number(option("--threshold", "0.85"));
const prior = Number(option("--prior", "5"));

/** The kinds of provenance a reply may state with more or less confidence. */
type Kind = "date" | "place" | "rule";
const KINDS: Kind[] = ["date", "place", "rule"];

/** A kept set's tables, from its column of the provenance-trust.json in place (no column: no counts). */
function keptTable(set: string): ProvenanceTables {
  const current = JSON.parse(readFileSync(OUT, "utf8")) as TrustTable;
  const at = current.sets.indexOf(set);
  if (at < 0) throw new Error(`fit:trust: ${OUT} has no column for ${set} to keep`);
  const column = (counts: TrustTable[Kind]): Record<string, { right: number; wrong: number }> =>
    Object.fromEntries(Object.entries(counts).map(([key, rows]) => [key, { right: rows[at]?.[0] ?? 0, wrong: rows[at]?.[1] ?? 0 }]));
  return { date: column(current.date), place: column(current.place), rule: column(current.rule), link: {}, office: {} };
}

/** One kind's counts per class, a [right, wrong] pair per set (classes a set lacks count 0 there); no date or place is no class. */
function countsOf(kind: Kind, of: ProvenanceTables[]): Record<string, [number, number][]> {
  const keys = [...new Set(of.flatMap((t) => Object.keys(t[kind])))].filter((k) => k !== "none").sort();
  return Object.fromEntries(keys.map((k) => [k, of.map((t): [number, number] => [t[kind][k]?.right ?? 0, t[kind][k]?.wrong ?? 0])]));
}

const out: TrustTable = { threshold, prior, sets, date: countsOf("date", tables), place: countsOf("place", tables), rule: countsOf("rule", tables) };
for (const kind of KINDS) {
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
  const kind = (k: Kind): string => `  "${k}": {\n${Object.entries(out[k]).map(([c, rows]) => `    ${JSON.stringify(c)}: ${JSON.stringify(rows)}`).join(",\n")}\n  }`;
  writeFileSync(OUT, `{\n  "threshold": ${threshold},\n  "prior": ${prior},\n  "sets": ${JSON.stringify(sets)},\n${KINDS.map(kind).join(",\n")}\n}\n`);
  console.log(`wrote ${OUT}`);
}
