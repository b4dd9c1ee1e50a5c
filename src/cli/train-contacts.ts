/**
 * @module `npm run train:contacts`: fits the learned contact decision (src/extract/contact-model.ts)
 * on the read sets and writes src/extract/contact-model.json. A dev-time script, never run by the
 * build. Each set's articles are indexed with the seeds (frames only), every candidate pair of
 * contact-features.ts is labelled from the set's gold (a pair is a contact when a gold meeting the
 * frames did not find has both people, people matched by name as ../shared/corpus/score-extract.mjs
 * does), and a logistic regression is fitted. It is validated by leaving one whole set out: trained
 * on the others, the threshold is the lowest at which the meetings it adds on the left-out sets are
 * at least {@link TARGET_PRECISION} precise; the final weights are fitted on all sets.
 *
 *   npm run train:contacts [-- --sets DIR,DIR,…] [--precision 0.92] [--min-gain N (default 1% of the gold)] [--l2 0.001] [--dry-run]
 *     --curve           found / spurious added on the left-out sets at each threshold
 *     --why             why the frames' missed gold meetings are (not) candidates, counted
 *     --explain N       the N candidates the left-out models are surest of, with their sentences
 *     --threshold T     force a threshold (an experiment: the model is then used at T)
 *     --without SET     leave SET out of the final fit too (to check it with `npm run eval:extract`)
 *     --out FILE        write the model elsewhere
 *     --cache FILE      keep the sets' candidates in FILE, read them from it when it exists (delete it after changing features)
 *     --votes N         the full votes one gold meeting's positive pairs share in the fit (default 3)
 *
 * When no threshold reaches the precision, the model is written with "threshold": null and the
 * build keeps the frames alone (contact-model.ts uses no model without a threshold).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { FEATURE_NAMES, type ContactCandidate } from "../extract/contact-features";
import { contactProbability } from "../extract/contact-model";
import { extractIndex, type ArticleFile } from "../extract/index";
import type { LocalMeeting } from "../extract/meetings";
import type { LocalPerson } from "../extract/people";
import { pairMeetings, sameName } from "./scorer-keys";

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const SETS = (option("--sets") ?? "../shared/corpus,../devE,../devF,../devG").split(",").map((d) => resolve(d));
/** How precise the meetings the model adds must be on the left-out sets, pooled. */
const TARGET_PRECISION = Number(option("--precision") ?? 0.92);
/** How many meetings the left-out sets must gain, pooled, for a threshold to count (one or two lucky pairs are no evidence): by default 1% of their gold meetings. */
const MIN_GAIN_OPTION = option("--min-gain");
const OUT = option("--out") ?? join(process.cwd(), "src", "extract", "contact-model.json");
const RULE = "contact-model";
/** How many full votes one gold meeting's positive pairs share in the fit. */
const VOTES = Number(option("--votes") ?? 3);

interface GoldFile {
  people: { name: string; also?: string[] }[];
  meetings: { participants: string[] }[];
}

/** One article's candidates, labelled, with what the scorer needs to count found and spurious meetings. */
interface ArticleData {
  set: string;
  article: string;
  candidates: ContactCandidate[];
  labels: number[];
  /** Each candidate's weight in the fit: a gold meeting's positive pairs share at most {@link VOTES} full votes (a ceremony of twenty envoys is one meeting, not two hundred pairs). */
  weights: number[];
  /** Gold meetings (as sets of local people that match each participant), and how many the frames found. */
  gold: number[][][];
  frames: number[][];
  /** For --explain: the pair's names and sentence. */
  texts?: string[];
}

/** The scorer's greedy matching: how many gold meetings the predicted ones (sets of local people) find, and which gold ones stay unfound. */
function score(gold: number[][][], predicted: number[][]): { found: number; spurious: number; unfound: number[] } {
  const pairs = pairMeetings(gold, predicted, (g) => g.length, (g, p) => g.filter((matches) => matches.some((person) => p.includes(person))).length);
  const paired = new Set(pairs.values());
  const unfound = gold.flatMap((_, gi) => (paired.has(gi) ? [] : [gi]));
  return { found: pairs.size, spurious: predicted.length - pairs.size, unfound };
}

/** --why: the gold meetings the frames miss, counted by why (no candidate pair, person unresolved, …). */
const DIAG = new Map<string, number>();
const peopleOf = (m: LocalMeeting): number[] => m.participants.flatMap((p) => (p.kind === "person" ? [p.person] : []));

function readSet(dir: string): ArticleData[] {
  const files: ArticleFile[] = [];
  for (const folder of ["seeds", join(dir, "articles")]) {
    for (const name of readdirSync(folder).filter((n) => n.endsWith(".txt")).sort()) files.push({ file: `seeds/${name}`, text: readFileSync(join(folder, name), "utf8") });
  }
  const golds = new Map<string, GoldFile>();
  for (const name of readdirSync(join(dir, "gold")).filter((n) => n.endsWith(".json"))) golds.set(name.replace(/\.json$/, ""), JSON.parse(readFileSync(join(dir, "gold", name), "utf8")) as GoldFile);
  const out: ArticleData[] = [];
  extractIndex(files, {
    contactModel: null,
    onContactCandidates: (article, candidates, people, frameMeetings, sentences) => {
      const gold = golds.get(article);
      if (!gold) return;
      out.push({ ...label(basename(dir), article, candidates, people, frameMeetings, gold), texts: candidates.map((c) => `${people[c.people[0]]!.name} + ${people[c.people[1]]!.name} | ${sentences[c.sentence]}`) });
    },
  });
  return out;
}

function label(set: string, article: string, candidates: ContactCandidate[], people: LocalPerson[], frameMeetings: LocalMeeting[], gold: GoldFile): ArticleData {
  const namesOf = (goldName: string): string[] => [goldName, ...(gold.people.find((p) => p.name === goldName)?.also ?? [])];
  const matching = (goldName: string): number[] => people.flatMap((p, i) => (p.spellings.some((s) => namesOf(goldName).some((n) => sameName(n, s))) ? [i] : []));
  const goldPeople = gold.meetings.map((m) => m.participants.map(matching));
  const frames = frameMeetings.map(peopleOf);
  const { unfound } = score(goldPeople, frames);
  const has = (gi: number, a: number, b: number): boolean => {
    const g = goldPeople[gi]!;
    const ia = g.findIndex((m) => m.includes(a));
    const ib = g.findIndex((m, k) => k !== ia && m.includes(b));
    return ia >= 0 && ib >= 0;
  };
  const positive = (a: number, b: number): boolean => unfound.some((gi) => has(gi, a, b));
  // How many candidates each unfound gold meeting makes positive: its pairs share VOTES votes when they are more.
  const share = new Map(unfound.map((gi) => [gi, candidates.filter((c) => has(gi, c.people[0], c.people[1])).length]));
  const weightOf = (c: ContactCandidate): number => {
    const counts = unfound.filter((gi) => has(gi, c.people[0], c.people[1])).map((gi) => share.get(gi)!);
    return counts.length ? Math.min(1, VOTES / Math.min(...counts)) : 1;
  };
  if (args.includes("--why")) for (const gi of unfound) {
    const g = goldPeople[gi]!;
    const why = g.filter((m) => m.length === 0).length >= Math.max(1, g.length - 1) ? "person unresolved" : candidates.some((c) => positive(c.people[0], c.people[1])) ? "candidate" : frames.some((f) => g.filter((m) => m.some((p) => f.includes(p))).length >= 2) ? "in a frame meeting (used)" : "never in one sentence";
    DIAG.set(why, (DIAG.get(why) ?? 0) + 1);
  }
  return { set, article, candidates, labels: candidates.map((c) => (positive(c.people[0], c.people[1]) ? 1 : 0)), weights: candidates.map(weightOf), gold: goldPeople, frames };
}

/** Logistic regression, L2-regularised, by full-batch gradient descent from zero: deterministic. */
function fit(rows: { x: number[]; y: number; w: number }[], iterations = 3000, rate = 0.5, l2 = Number(option("--l2") ?? 1e-3)): { weights: number[]; bias: number } {
  const n = rows[0]?.x.length ?? FEATURE_NAMES.length;
  const weights = new Array<number>(n).fill(0);
  let bias = 0;
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(n).fill(0);
    let gb = 0;
    let total = 0;
    for (const { x, y, w } of rows) {
      const err = w * (contactProbability({ weights, bias }, x) - y);
      total += w;
      for (let i = 0; i < n; i++) grad[i]! += err * x[i]!;
      gb += err;
    }
    for (let i = 0; i < n; i++) weights[i]! -= rate * (grad[i]! / total + l2 * weights[i]!);
    bias -= (rate * gb) / total;
  }
  return { weights, bias };
}

const rowsOf = (data: ArticleData[]): { x: number[]; y: number; w: number }[] => data.flatMap((a) => a.candidates.map((c, i) => ({ x: c.features, y: a.labels[i]!, w: a.weights[i]! })));

/** Per article, the pairs the model adds at a threshold (one per pair, as contact-model.ts decides), scored with the frames' meetings. */
function evaluate(data: ArticleData[], probabilities: number[][], threshold: number): { gold: number; before: number; found: number; spurious: number; addedSpurious: number } {
  let gold = 0, before = 0, found = 0, spurious = 0, frameSpurious = 0;
  data.forEach((a, ai) => {
    const pairs = new Map<string, number[]>();
    a.candidates.forEach((c, i) => {
      if (probabilities[ai]![i]! >= threshold) pairs.set([...c.people].sort((x, y) => x - y).join("-"), [...c.people]);
    });
    const base = score(a.gold, a.frames);
    const after = score(a.gold, [...a.frames, ...pairs.values()]);
    gold += a.gold.length;
    before += base.found;
    found += after.found;
    spurious += after.spurious;
    frameSpurious += base.spurious;
  });
  return { gold, before, found, spurious, addedSpurious: spurious - frameSpurious };
}

const pct = (a: number, b: number): string => (b ? `${Math.round((100 * a) / b)}%` : "-");
const THRESHOLDS = Array.from({ length: 95 }, (_, i) => 0.05 + i * 0.01);

function main(): void {
  for (const dir of SETS) if (!existsSync(join(dir, "gold"))) throw new Error(`train:contacts: ${dir} has no gold/ folder`);
  // --cache FILE: the sets' candidates read once and kept (valid while the features and the sets are unchanged; to try weights and thresholds).
  const cache = option("--cache");
  const cached = cache && existsSync(cache) ? (JSON.parse(readFileSync(cache, "utf8")) as ArticleData[][]) : undefined;
  const data = SETS.map((dir, k) => {
    const set = cached?.[k] ?? readSet(dir);
    console.error(`${basename(dir)}: ${set.length} articles, ${set.reduce((n, a) => n + a.candidates.length, 0)} candidates, ${set.reduce((n, a) => n + a.labels.reduce((s, y) => s + y, 0), 0)} positive`);
    return set;
  });
  if (args.includes("--why")) console.error("gold meetings the frames miss, by why:", DIAG);
  if (cache && !cached) writeFileSync(cache, JSON.stringify(data));
  // Leave one whole set out: each set's probabilities from a model fitted on the others.
  const left = data.map((held, k) => {
    const model = fit(rowsOf(data.filter((_, j) => j !== k).flat()));
    return held.map((a) => a.candidates.map((c) => contactProbability(model, c.features)));
  });
  const pooled = (t: number) => data.map((set, k) => evaluate(set, left[k]!, t));
  const MIN_GAIN = MIN_GAIN_OPTION ? Number(MIN_GAIN_OPTION) : Math.ceil(0.01 * data.flat().reduce((n, a) => n + a.gold.length, 0));
  const added = (rs: ReturnType<typeof pooled>) => ({ tp: rs.reduce((n, r) => n + r.found - r.before, 0), fp: rs.reduce((n, r) => n + r.addedSpurious, 0) });
  if (args.includes("--curve")) for (const t of THRESHOLDS) {
    const { tp, fp } = added(pooled(t));
    console.error(`  ${t.toFixed(2)}: +${tp} found, +${fp} spurious (${pct(tp, tp + fp)} precise)`);
  }
  let threshold: number | undefined = THRESHOLDS.find((t) => {
    const { tp, fp } = added(pooled(t));
    return tp >= MIN_GAIN && tp / (tp + fp) >= TARGET_PRECISION;
  });
  // --threshold T: an experiment's threshold (the report still says how precise it is on left-out sets).
  if (option("--threshold")) threshold = Number(option("--threshold"));
  // No threshold precise enough: the figures are those of the most precise one that adds the minimum gain; the model is not used.
  const precision = (t: number): number => {
    const { tp, fp } = added(pooled(t));
    return tp >= MIN_GAIN ? tp / (tp + fp) : -1;
  };
  const at = threshold ?? THRESHOLDS.reduce((best, t) => (precision(t) > precision(best) ? t : best), THRESHOLDS[0]!);
  const report = pooled(at).map((r, k) => {
    const frameSpurious = r.spurious - r.addedSpurious;
    return {
      set: basename(SETS[k]!),
      before: `recall ${pct(r.before, r.gold)} (${r.before}/${r.gold}), precision ${pct(r.before, r.before + frameSpurious)}`,
      after: `recall ${pct(r.found, r.gold)} (${r.found}/${r.gold}), precision ${pct(r.found, r.found + r.spurious)}`,
      added: `${r.found - r.before} found, ${r.addedSpurious} spurious`,
    };
  });
  for (const line of report) console.log(`${line.set.padEnd(8)} left out: before ${line.before}; after ${line.after}; added ${line.added}`);
  const { tp, fp } = added(pooled(at));
  console.log(threshold === undefined ? `no threshold adds ${MIN_GAIN} meetings or more at ${pct(TARGET_PRECISION, 1)} precision on left-out sets (at ${at.toFixed(2)}: ${tp} found, ${fp} spurious): the model is written unused` : `threshold ${threshold.toFixed(2)}: the left-out sets gain ${tp} meetings, ${fp} spurious (${pct(tp, tp + fp)} precise)`);
  if (args.includes("--explain")) {
    const all = data.flatMap((set, k) => set.flatMap((a, ai) => a.candidates.map((c, i) => ({ p: left[k]![ai]![i]!, y: a.labels[i]!, t: `${a.article}: ${a.texts?.[i]}` }))));
    for (const r of all.sort((x, y) => y.p - x.p).slice(0, Number(option("--explain")))) console.log(`${r.p.toFixed(2)} ${r.y} ${r.t}`);
  }
  // --without SET: the final fit leaves that set out too (to check a left-out set with the real scorer).
  const final = fit(rowsOf(data.filter((_, k) => basename(SETS[k]!) !== option("--without")).flat()));
  const json = {
    rule: RULE,
    features: [...FEATURE_NAMES],
    weights: final.weights.map((w) => Number(w.toFixed(4))),
    bias: Number(final.bias.toFixed(4)),
    threshold: threshold === undefined ? null : Number(threshold.toFixed(2)),
    targetPrecision: TARGET_PRECISION,
    minGain: MIN_GAIN,
    trainedOn: SETS.map((d) => basename(d)),
    leaveOneSetOut: { threshold: Number(at.toFixed(2)), added: `${tp} found, ${fp} spurious`, sets: report },
  };
  if (args.includes("--dry-run")) console.log(JSON.stringify(json, null, 2));
  else writeFileSync(OUT, JSON.stringify(json, null, 2) + "\n");
}

main();
