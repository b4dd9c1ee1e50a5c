/**
 * @module `npm run eval:extract` and `npm run eval:qa`: measure the bot on a corpus of articles with
 * answer keys (default `../shared/corpus`: `articles/*.txt`, `gold/*.json`, `score-extract.mjs`;
 * the question scorer is `../qa/score.mjs` beside it). The corpus articles are added to a scratch
 * copy of seeds/ and indexed into a scratch folder: the real seeds/ and src/generated are not touched.
 *
 *   npm run eval:extract [-- --corpus DIR] [--verbose]   meetings, dates, places, people vs the gold
 *   npm run eval:extract -- --by-provenance [--json]   found dates, places, meetings and people right / wrong by where
 *                                                        each was read (provenance class): counts only (safe on a set kept unread)
 *   npm run eval:qa [-- --corpus DIR] [--verbose]        the gold questions, right / wrong / declined
 *   npm run eval:qa -- --by-path [--features FILE]       the same, counted by the path of answer() and its signals, counts only
 *                                                        (safe on a set kept unread; --features writes the rows to fit on,
 *                                                        --declines FILE the declined questions with their replies: read sets only)
 *   npm run eval:misses [-- --corpus DIR]                 why gold meetings were missed and others spurious, and why
 *                                                        people's countries and offices, and found meetings' dates
 *                                                        and places, are wrong: counts only
 *                                                        (safe on a set kept unread: prints no text)
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { reportByPath } from "./by-path";
import { formatTables, provenanceTables, type ProvenanceFacts } from "./by-provenance";
import { apartExplainer, gapExplainer, readArticles } from "./explain-gaps";
import { APART_ARTICLES, APART_PREFIX, GAP_PREFIX, type IndexMeeting, LOST_WHERE, SECOND_APART, SECOND_WHERE, whyMissed, whySpurious } from "./why-missed";
import { type ReviewPerson, whyPersonWrong } from "./why-person-wrong";
import { type ReviewFacts, whyWrong } from "./why-wrong";

const args = process.argv.slice(2);
const mode = args[0] === "qa" ? "qa" : args[0] === "misses" ? "misses" : "extract";
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const corpus = resolve(option("--corpus") ?? "../shared/corpus");
const extractScorer = join(resolve("../shared/corpus"), "score-extract.mjs");
const scorers = { extract: extractScorer, misses: extractScorer, qa: join(resolve("../shared/qa"), "score.mjs") };

if (!existsSync(join(corpus, "articles")) || !existsSync(join(corpus, "gold"))) {
  console.error(`eval: ${corpus} has no articles/ and gold/ folders (pass --corpus DIR)`);
  process.exit(2);
}
if (!existsSync(scorers[mode])) {
  console.error(`eval: the scorer ${scorers[mode]} is missing (it ships with the shared corpus, outside this repository)`);
  process.exit(2);
}

const scratch = mkdtempSync(join(tmpdir(), "attache-eval-"));
try {
  const seeds = join(scratch, "seeds");
  const out = join(scratch, "generated");
  execFileSync("mkdir", ["-p", seeds]);
  for (const dir of ["seeds", join(corpus, "articles")]) {
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".txt"))) copyFileSync(join(dir, name), join(seeds, name));
  }
  const env = { ...process.env, ATTACHE_SEEDS: seeds, ATTACHE_OUT: out };
  execFileSync("npm", ["run", "--silent", "build:index"], { env, stdio: "inherit" });
  const verbose = args.includes("--verbose") ? ["--verbose"] : [];
  const scorer =
    mode === "extract"
      ? [scorers.extract, "--gold", join(corpus, "gold"), "--cmd", "npm run --silent facts -- --json", ...verbose]
      : [scorers.qa, "--qa", join(corpus, "gold"), "--cmd", "npm run --silent ask -- --json", ...verbose];
  if (mode === "misses") printMisses(env);
  else if (mode === "extract" && args.includes("--by-provenance")) printProvenance(env);
  else if (mode === "qa" && args.includes("--by-path")) reportByPath(join(corpus, "gold"), env, basename(corpus), option("--features"), option("--declines"));
  else execFileSync("node", scorer, { env, stdio: "inherit" });
} catch (error) {
  // the scorer has printed its report; a failing question is its exit status, not a crash of ours
  process.exitCode = (error as { status?: number }).status ?? 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

/** The meetings never named together, by how the other side is referred to, each with where it was named before ("how | where" keys) and in how many articles. */
function printApart(entries: [string, number][], articles: Map<string, number>): void {
  const byHow = new Map<string, Map<string, number>>();
  for (const [key, n] of entries) {
    const [how = key, where = "-"] = key.split(" | ");
    const wheres = byHow.get(how) ?? new Map<string, number>();
    wheres.set(where, (wheres.get(where) ?? 0) + n);
    byHow.set(how, wheres);
  }
  const total = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
  console.log(`never named together, how a sentence of contact naming one side refers to the other (the other side last named where): ${entries.reduce((n, [, c]) => n + c, 0)}`);
  for (const [how, wheres] of [...byHow].sort((a, b) => total(b[1]) - total(a[1]))) {
    const detail = [...wheres].sort((a, b) => b[1] - a[1]).map(([w, n]) => `${w} ${n}`).join(", ");
    console.log(`${String(total(wheres)).padStart(5)}  ${how} (${detail}; in ${articles.get(how) ?? "?"} article(s))`);
  }
}

/** The provenance classes' counts right and wrong (`--json`: the tables as one object). */
function printProvenance(env: NodeJS.ProcessEnv): void {
  const facts = JSON.parse(execFileSync("npm", ["run", "--silent", "facts", "--", "--json"], { env, encoding: "utf8", maxBuffer: 256 << 20 })) as ProvenanceFacts;
  const tables = provenanceTables(facts, join(corpus, "gold"));
  console.log(args.includes("--json") ? JSON.stringify(tables) : formatTables(tables));
}

/** The causes of the missed and spurious meetings and of wrong dates and places, counted; the scorer's verbose report is read, never printed. */
function printMisses(env: NodeJS.ProcessEnv): void {
  const facts = execFileSync("npm", ["run", "--silent", "facts", "--", "--json"], { env, encoding: "utf8", maxBuffer: 256 << 20 });
  const factsFile = join(scratch, "facts.json");
  writeFileSync(factsFile, facts);
  let report: string;
  try {
    report = execFileSync("node", [extractScorer, "--gold", join(corpus, "gold"), "--facts", factsFile, "--verbose"], { encoding: "utf8", maxBuffer: 64 << 20 });
  } catch (error) {
    report = String((error as { stdout?: string }).stdout ?? "");
  }
  const people = (JSON.parse(facts) as { people: { name: string; names?: string[] }[] }).people;
  const names = people.flatMap((p) => [p.name, ...(p.names ?? [])]);
  const reads = readArticles(join(scratch, "seeds"));
  const aliases = new Map(people.map((p) => [p.name, [p.name, ...(p.names ?? [])]]));
  const indexMeetings = (JSON.parse(facts) as { meetings: { article: string; rule?: string; participants: { name: string }[] }[] }).meetings.map(
    (m): IndexMeeting => ({ article: basename(m.article).replace(/\.txt$/, ""), ...(m.rule ? { rule: m.rule } : {}), names: m.participants.map((p) => aliases.get(p.name) ?? [p.name]) }),
  );
  const all = Object.entries(whyMissed(report, corpus, names, gapExplainer(reads), apartExplainer(reads), indexMeetings)).sort((a, b) => b[1] - a[1]);
  const counts = all.filter(([cause]) => ![GAP_PREFIX, SECOND_APART, SECOND_WHERE, LOST_WHERE, APART_PREFIX, APART_ARTICLES].some((prefix) => cause.startsWith(prefix)));
  console.log(`missed meetings: ${counts.reduce((n, [, c]) => n + c, 0)}`);
  for (const [cause, n] of counts) console.log(`${String(n).padStart(5)}  ${cause}`);
  const gaps = all.filter(([cause]) => cause.startsWith(GAP_PREFIX));
  console.log(`named together beside a word of contact, why no frame joined them (held and planned): ${gaps.reduce((n, [, c]) => n + c, 0)}`);
  for (const [cause, n] of gaps) console.log(`${String(n).padStart(5)}  ${cause.slice(GAP_PREFIX.length)}`);
  for (const [prefix, title] of [[SECOND_APART, "the second meetings of a pair a frame joined, told apart in the key by"], [SECOND_WHERE, "the second meetings of a pair a frame joined, where the read lost them"], [LOST_WHERE, "the pairs a frame joined, lost after: what the index holds of them"]] as const) {
    const split = all.filter(([cause]) => cause.startsWith(prefix));
    console.log(`${title}: ${split.reduce((n, [, c]) => n + c, 0)}`);
    for (const [cause, n] of split) console.log(`${String(n).padStart(5)}  ${cause.slice(prefix.length)}`);
  }
  const articles = new Map(all.filter(([cause]) => cause.startsWith(APART_ARTICLES)).map(([cause, n]) => [cause.slice(APART_ARTICLES.length), n]));
  printApart(all.filter(([cause]) => cause.startsWith(APART_PREFIX)).map(([cause, n]) => [cause.slice(APART_PREFIX.length), n]), articles);
  const spurious = Object.entries(whySpurious(report, corpus, new Set(people.map((p) => p.name)), indexMeetings)).sort((a, b) => b[1] - a[1]);
  console.log(`spurious meetings: ${spurious.reduce((n, [, c]) => n + c, 0)}`);
  for (const [cause, n] of spurious) console.log(`${String(n).padStart(5)}  ${cause}`);
  const wrong = Object.entries(whyPersonWrong(people as ReviewPerson[], corpus)).sort((a, b) => a[0].localeCompare(b[0]));
  console.log(`people's countries and offices wrong (by cause):`);
  for (const [cause, n] of wrong) console.log(`${String(n).padStart(5)}  ${cause}`);
  const setting = whyWrong(report, corpus, JSON.parse(facts) as ReviewFacts);
  for (const kind of ["date", "place"] as const) {
    const causes = Object.entries(setting[kind]).sort((a, b) => b[1] - a[1]);
    console.log(`found meetings, ${kind} wrong: ${causes.reduce((n, [, c]) => n + c, 0)}`);
    for (const [cause, n] of causes) console.log(`${String(n).padStart(5)}  ${cause}`);
  }
  // "none read, gold's place elsewhere in the article" split three ways: where it is written, what ties the meeting to it, the meeting's manner
  const split = Object.entries(setting.elsewhere ?? {}).sort((a, b) => a[0].split(":")[0]!.localeCompare(b[0].split(":")[0]!) || b[1] - a[1]);
  if (split.length) console.log(`  none read, gold's place elsewhere in the article, by where it is written / what ties the meeting to it / the meeting:`);
  for (const [cause, n] of split) console.log(`${String(n).padStart(7)}  ${cause}`);
  // each place cause split by how the place was read (or, none read, whether the gazetteer knows the key's)
  const how = Object.entries(setting.placeHow ?? {}).sort((a, b) => a[0].localeCompare(b[0]) || b[1] - a[1]);
  if (how.length) console.log(`  found meetings' wrong places, each cause by how the place was read:`);
  for (const [cause, n] of how) console.log(`${String(n).padStart(7)}  ${cause}`);
}
