/**
 * @module `npm run eval:extract` and `npm run eval:qa`: measure the bot on a corpus of articles with
 * answer keys (default `../shared/corpus`: `articles/*.txt`, `gold/*.json`, `score-extract.mjs`;
 * the question scorer is `../qa/score.mjs` beside it). The corpus articles are added to a scratch
 * copy of seeds/ and indexed into a scratch folder: the real seeds/ and src/generated are not touched.
 *
 *   npm run eval:extract [-- --corpus DIR] [--verbose]   meetings, dates, places, people vs the gold
 *   npm run eval:qa [-- --corpus DIR] [--verbose]        the gold questions, right / wrong / declined
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const args = process.argv.slice(2);
const mode = args[0] === "qa" ? "qa" : "extract";
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const corpus = resolve(option("--corpus") ?? "../shared/corpus");
const scorers = { extract: join(resolve("../shared/corpus"), "score-extract.mjs"), qa: join(resolve("../shared/qa"), "score.mjs") };

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
  execFileSync("node", scorer, { env, stdio: "inherit" });
} catch (error) {
  // the scorer has printed its report; a failing question is its exit status, not a crash of ours
  process.exitCode = (error as { status?: number }).status ?? 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
