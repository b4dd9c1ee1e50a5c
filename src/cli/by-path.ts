/**
 * @module `npm run eval:qa -- --by-path [--features FILE]`: the gold questions answered once, each
 * answer judged as `../shared/qa/score.mjs` judges it (right, wrong with found: true, declined) and
 * counted by the path of answer() that made it and by a few of its signals. Prints counts only, no
 * question or answer text: safe on a set kept unread. `--features FILE` also writes one JSON line per
 * answer given (its signals and whether it was right), the data `fit-confidence` learns from; write
 * it for read sets only. `--declines FILE` writes each declined answerable question with its key and
 * reply (text: read sets only).
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { AnswerSignals } from "../qa/answer-signals";
import { declineKind } from "./decline-kinds";

/** A gold question, as the answer keys write it. */
interface GoldQuestion {
  id: string;
  question: string;
  expect_all?: string[];
  expect_any?: string[][];
  expect_unknown?: boolean;
}

/** The parts of an answer the judge reads. */
interface Judged {
  text: string;
  found: boolean;
  intent: string;
  signals?: AnswerSignals & { withheld?: boolean };
}

/** What became of one question: given right, given wrong, or declined (an unanswerable one: declined or answered). */
export type Verdict = "right" | "wrong" | "declined" | "unknown_declined" | "unknown_answered";

/** One answer given (or withheld by the confidence gate), for the fitting script. */
export interface SignalRow {
  set: string;
  question: string;
  /** Whether its text holds the gold answer (for an unanswerable question: never). */
  right: boolean;
  signals: AnswerSignals;
}

/** Folds as the scorer does: accents, dashes, quotes, spaces, case. */
const fold = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, " ")
    .toLowerCase();

/** Whether the answer's text holds what the gold expects, whatever `found` says. */
function holdsGold(q: GoldQuestion, text: string): boolean {
  const t = fold(text);
  return !q.expect_unknown && (q.expect_all ?? []).every((s) => t.includes(fold(s))) && (q.expect_any ?? []).every((g) => g.some((s) => t.includes(fold(s))));
}

/**
 * The scorer's verdict on one answer.
 * @example verdict({ question: "Who met X?", expect_all: ["Y"] }, { text: "Y met X.", found: true }) // "right"
 */
export function verdict(q: GoldQuestion, a: Judged): Verdict {
  if (q.expect_unknown) return a.found ? "unknown_answered" : "unknown_declined";
  if (!a.found) return "declined";
  return holdsGold(q, a.text) ? "right" : "wrong";
}

/** The gold questions of a folder of answer keys, pooled in file order as the scorer pools them. */
function goldQuestions(dir: string): GoldQuestion[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .flatMap((f) => (JSON.parse(readFileSync(join(dir, f), "utf8")) as { questions?: GoldQuestion[] }).questions ?? []);
}

/** Counts per key: right, wrong (found: true) and declined or withheld. */
type Counts = Record<string, { right: number; wrong: number; declined: number; withheld: number }>;

function add(counts: Counts, key: string, v: Verdict, withheld: boolean): void {
  const c = (counts[key] ??= { right: 0, wrong: 0, declined: 0, withheld: 0 });
  if (withheld) c.withheld++;
  if (v === "right") c.right++;
  else if (v === "wrong" || v === "unknown_answered") c.wrong++;
  else c.declined++;
}

function print(title: string, counts: Counts): void {
  console.log(`\n${title}${" ".repeat(Math.max(1, 28 - title.length))} right  wrong  declined (of them withheld)`);
  for (const [key, c] of Object.entries(counts).sort((a, b) => b[1].right + b[1].wrong - (a[1].right + a[1].wrong))) {
    console.log(`  ${key.padEnd(26)} ${String(c.right).padStart(5)}  ${String(c.wrong).padStart(5)}  ${String(c.declined).padStart(8)} ${c.withheld ? `(${c.withheld})` : ""}`);
  }
}

/** The declined answerable questions by the kind of their reply (see ./decline-kinds), each with its intents. */
function printDeclines(declines: Map<string, Map<string, number>>): void {
  const total = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
  console.log(`\ndeclined answerable, by reply: ${[...declines.values()].reduce((n, m) => n + total(m), 0)}`);
  for (const [kind, intents] of [...declines].sort((a, b) => total(b[1]) - total(a[1]))) {
    const detail = [...intents].sort((a, b) => b[1] - a[1]).map(([i, n]) => `${i} ${n}`).join(", ");
    console.log(`${String(total(intents)).padStart(5)}  ${kind} (${detail})`);
  }
}

/**
 * Answers the gold questions of `goldDir` with the index of `env` and prints the counts by path,
 * by intent and by a few signals; writes the signal rows to `featuresFile` when given.
 */
export function reportByPath(goldDir: string, env: NodeJS.ProcessEnv, set: string, featuresFile?: string, declinesFile?: string): void {
  const questions = goldQuestions(goldDir);
  const input = questions.map((q) => q.question.replace(/\s+/g, " ")).join("\n") + "\n";
  const out = execFileSync("npm", ["run", "--silent", "ask", "--", "--json"], { env, input, encoding: "utf8", maxBuffer: 256 << 20 });
  const answers = out.split("\n").filter((l) => l.trim().startsWith("{")).map((l) => JSON.parse(l) as Judged);
  if (answers.length !== questions.length) throw new Error(`by-path: ${questions.length} questions, ${answers.length} answers`);
  const byPath: Counts = {};
  const byIntent: Counts = {};
  const bySignal: Counts = {};
  const rows: SignalRow[] = [];
  const declines = new Map<string, Map<string, number>>();
  const declined: string[] = [];
  const total = { right: 0, wrong: 0, declined: 0, unknownDeclined: 0, unknownAnswered: 0 };
  questions.forEach((q, i) => {
    const a = answers[i]!;
    const v = verdict(q, a);
    const s = a.signals;
    const withheld = !!s?.withheld;
    if (v === "right") total.right++;
    else if (v === "wrong") total.wrong++;
    else if (v === "declined") total.declined++;
    else if (v === "unknown_declined") total.unknownDeclined++;
    else total.unknownAnswered++;
    const path = s ? `${s.path}${s.via ? `:${s.via}` : ""}` : "(no reply)";
    add(byPath, path, v, withheld);
    add(byIntent, a.intent, v, withheld);
    if (v === "declined") {
      const kind = declineKind(a.text, withheld, q.question);
      const intents = declines.get(kind) ?? new Map<string, number>();
      intents.set(a.intent, (intents.get(a.intent) ?? 0) + 1);
      declines.set(kind, intents);
      declined.push(JSON.stringify({ set, id: q.id, question: q.question, expect_all: q.expect_all, expect_any: q.expect_any, intent: a.intent, kind, reply: a.text.split("\n\nYou could ask:")[0] }));
    }
    if (s) {
      for (const [name, value] of Object.entries(s.features)) if (!name.startsWith("path_") && !name.startsWith("intent_") && value) add(bySignal, name === "intent_confidence" ? `intent_confidence>=${value >= 0.8 ? 0.8 : value >= 0.5 ? 0.5 : 0}` : name, v, withheld);
      rows.push({ set, question: q.id, right: holdsGold(q, a.text), signals: s });
    }
  });
  print("by path", byPath);
  print("by intent", byIntent);
  print("by signal (answers with it)", bySignal);
  printDeclines(declines);
  const answerable = total.right + total.wrong + total.declined;
  const given = total.right + total.wrong + total.unknownAnswered;
  const pct = (a: number, b: number) => (b ? `${Math.round((100 * a) / b)}%` : "-");
  console.log(
    `\nanswerable: ${total.right}/${answerable} right (${pct(total.right, answerable)}), ${total.wrong} wrong, ${total.declined} declined · unanswerable: ${total.unknownDeclined}/${total.unknownDeclined + total.unknownAnswered} declined · wrong answers: ${total.wrong + total.unknownAnswered} of ${given} given (${pct(total.wrong + total.unknownAnswered, given)})`,
  );
  if (declinesFile) writeFileSync(declinesFile, declined.join("\n") + "\n");
  if (featuresFile) writeFileSync(featuresFile, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
}
