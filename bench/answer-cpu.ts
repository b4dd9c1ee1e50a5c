/**
 * @module Part 1: answer() CPU time per question, in process, beside its floor (wink-nlp's readDoc of
 * the same question alone). answer() is synchronous, so on a quiet machine its wall time is its CPU time.
 */
import { nlp } from "../src/nlp/wink";
import { answer, type Knowledge } from "../src/qa/index";
import { now, summarize, type Summary } from "./stats";

/** Options of {@link measureAnswerCpu}. */
export interface AnswerCpuOptions {
  questions: readonly string[];
  knowledge: Knowledge;
  /** Measured rounds over all questions. Default 200. */
  rounds?: number;
  /** Unmeasured rounds first, so that the JIT has settled. Default 20. */
  warmup?: number;
}

/** What part 1 reports; times in microseconds per question. */
export interface AnswerCpuResult {
  questions: number;
  rounds: number;
  answerUs: Summary;
  readDocUs: Summary;
  /** answer p50 / readDoc p50: how many readDocs one answer costs. */
  p50OverFloor: number;
  /** The question with the highest p99, to say where the time goes. */
  slowest: { question: string; p99Us: number };
  /** How many questions answer() says it found (a sanity check that the work is real). */
  found: number;
}

/**
 * Times answer() and readDoc() over every question, round after round.
 * @example const r = measureAnswerCpu({ questions, knowledge, rounds: 100 }); r.answerUs.p99
 */
export function measureAnswerCpu(options: AnswerCpuOptions): AnswerCpuResult {
  const { questions, knowledge, rounds = 200, warmup = 20 } = options;
  const perQuestion = questions.map(() => [] as number[]);
  const answerUs: number[] = [];
  const readDocUs: number[] = [];
  let found = 0;
  for (let round = -warmup; round < rounds; round++) {
    questions.forEach((question, i) => {
      const t0 = now();
      const reply = answer(question, knowledge, {});
      const t1 = now();
      nlp.readDoc(question);
      const t2 = now();
      if (round < 0) return;
      const us = (t1 - t0) * 1000;
      answerUs.push(us);
      perQuestion[i]?.push(us);
      readDocUs.push((t2 - t1) * 1000);
      if (round === 0 && reply.found) found++;
    });
  }
  const answerSummary = summarize(answerUs);
  const readDocSummary = summarize(readDocUs);
  let slowest = { question: "", p99Us: -1 };
  perQuestion.forEach((samples, i) => {
    const p99 = summarize(samples).p99;
    if (p99 > slowest.p99Us) slowest = { question: questions[i] ?? "", p99Us: p99 };
  });
  return {
    questions: questions.length,
    rounds,
    answerUs: answerSummary,
    readDocUs: readDocSummary,
    p50OverFloor: answerSummary.p50 / readDocSummary.p50,
    slowest,
    found,
  };
}
