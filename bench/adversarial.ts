/**
 * @module Part "adversarial": the CPU time of crafted questions at the longest length the bot takes
 * (1000 characters): one endless word, walls of capitalised words, every name of the index, names
 * with typos, countries, offices, dates, numbers, verbs of meeting, punctuation, emoji. They go
 * through the engine as the Worker calls it (its entrance guards included). The Workers free plan
 * stops a request at 10 ms of CPU; the target is the worst question's p99 well under it.
 */
import { createEngine, MAX_QUESTION_WORDS } from "../src/bot/engine";
import { MAX_QUESTION_LENGTH } from "../src/bot/features/ask";
import type { FactIndex } from "../src/facts/types";
import { summarize, type Summary } from "./stats";

/** Options of {@link measureAdversarial}. */
export interface AdversarialOptions {
  index: FactIndex;
  model: unknown;
  /** Measured calls per question. Default 60. */
  rounds?: number;
}

/** One crafted question's figures, µs of CPU per call (the smaller of wall and process CPU time). */
export interface AdversarialRow {
  label: string;
  characters: number;
  cpuUs: Summary;
}

/** What the part reports. */
export interface AdversarialResult {
  rounds: number;
  rows: AdversarialRow[];
  /** The highest p99 and max over all the crafted questions, µs. */
  worstP99Us: number;
  worstMaxUs: number;
}

/** `unit` repeated and cut to `length` characters (code points). */
const fill = (unit: string, length = MAX_QUESTION_LENGTH): string => {
  const chars = [...unit];
  return Array.from({ length }, (_, i) => chars[i % chars.length]).join("");
};

/** A name with one letter changed in the middle: what fuzzy matching works hardest on. */
const typo = (name: string): string => {
  const i = Math.floor(name.length / 2);
  return name.slice(0, i) + (name[i] === "e" ? "a" : "e") + name.slice(i + 1);
};

/** The first `count` words of a text (cut at a space), at most 1000 characters. */
const firstWords = (text: string, count = MAX_QUESTION_WORDS): string => {
  let words = 0;
  let end = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    if (++words > count) break;
    end = match.index + match[0].length;
  }
  return [...text.slice(0, end)].slice(0, MAX_QUESTION_LENGTH).join("");
};

/**
 * The crafted questions, from general patterns and the index's own names (so that the set fits any
 * corpus): each pattern at 1000 characters (declined by the word limit unless it has few words),
 * and cut to the most words a question may have (answered: the costliest questions the bot reads).
 * @example adversarialQuestions(index).map((q) => q.label) // ["one endless word", …]
 */
export function adversarialQuestions(index: FactIndex): { label: string; question: string }[] {
  return craftedPatterns(index).flatMap(({ label, question }) => {
    const cut = firstWords(question);
    return cut === question ? [{ label, question }] : [{ label, question }, { label: `${label}, ${MAX_QUESTION_WORDS} words`, question: cut }];
  });
}

function craftedPatterns(index: FactIndex): { label: string; question: string }[] {
  const names = index.people.flatMap((p) => p.names).slice(0, 200);
  const someNames = names.length > 0 ? names : ["Someone Unknown"];
  return [
    { label: "one endless word", question: fill("a") },
    { label: "capitalised unknown words", question: fill("Xqz Vbn Mlk ") },
    { label: "every name in the index", question: fill(someNames.join(" ") + " ") },
    { label: "names with a typo", question: fill(someNames.map(typo).join(" ") + " ") },
    { label: "who met each name", question: fill(someNames.map((n) => `Who met ${n}? `).join("")) },
    { label: "countries", question: fill("Cuba China Kazakhstan Syria Azerbaijan Russia Brazil India ") },
    { label: "demonyms", question: fill("Cuban Chinese Kazakh Syrian Azerbaijani Russian ") },
    { label: "office titles", question: fill("president foreign minister ambassador premier deputy ") },
    { label: "dates", question: fill("26 April 2022, March 3 2019, 2021-05-04, ") },
    { label: "numbers", question: fill("1 2 3 4 5 6 7 8 9 ") },
    { label: "verbs of meeting", question: fill("met meet meeting talks received visited hosted ") },
    { label: "who met whom, again and again", question: fill("who met whom and when and where? ") },
    { label: "capitals", question: fill("WHO MET WHOM IN BEIJING ") },
    { label: "initials", question: fill("A. B. C. D. ") },
    { label: "possessives and hyphens", question: fill("Li's Sun-Wang's Cuba's a-b-c ") },
    { label: "quotes and punctuation", question: fill('"who?" (met) [whom]; ') },
    { label: "emoji, flags and right-to-left", question: fill("🇨🇺😀 مرحبا \u202e ") },
    { label: "a real question, repeated", question: fill("When did the Cuban president meet the Chinese premier in Beijing? ") },
  ];
}

/** CPU time of one call, µs: the smaller of wall time and the process's CPU time. */
function timed(work: () => void): number {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  work();
  const wall = (performance.now() - t0) * 1000;
  const c1 = process.cpuUsage();
  return Math.min(wall, c1.user - c0.user + c1.system - c0.system);
}

/**
 * Times the engine's answer to each crafted question.
 * @example const r = measureAdversarial({ index, model }); r.worstP99Us
 */
export function measureAdversarial(options: AdversarialOptions): AdversarialResult {
  const { index, model, rounds = 60 } = options;
  const engine = createEngine(index, model);
  const questions = adversarialQuestions(index);
  for (const { question } of questions) for (let i = 0; i < 5; i++) engine.answer(question);
  const rows = questions.map(({ label, question }) => {
    const samples = Array.from({ length: rounds }, () => timed(() => engine.answer(question)));
    return { label, characters: [...question].length, cpuUs: summarize(samples) };
  });
  return {
    rounds,
    rows,
    worstP99Us: Math.max(...rows.map((r) => r.cpuUs.p99)),
    worstMaxUs: Math.max(...rows.map((r) => r.cpuUs.max)),
  };
}
