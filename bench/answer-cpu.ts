/**
 * @module Part 1: answer() time per question, in process, beside its floor (wink-nlp's readDoc of the
 * same question alone). Each call is timed twice: wall time (performance.now; answer() is synchronous,
 * so on a quiet machine it is its CPU time) and the process's CPU time (getrusage through
 * process.cpuUsage, µs resolution), which a busy machine's preemption does not inflate but V8's
 * background threads (concurrent GC, compiler) do. Both bound the main thread's CPU time from above,
 * so the smaller of the two, call by call, is the figure held against the target.
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
  /**
   * Bound on the measured time, ms: no new round starts past it (at least 3 rounds run), and the
   * warm-up stops at a tenth of it. Default 30 000.
   */
  budgetMs?: number;
}

/** What part 1 reports; times in microseconds per question. */
export interface AnswerCpuResult {
  questions: number;
  rounds: number;
  /** Wall time. */
  answerUs: Summary;
  readDocUs: Summary;
  /** Process CPU time (user + system, every thread: GC helpers included). */
  answerCpuUs: Summary;
  readDocCpuUs: Summary;
  /** Per call, the smaller of wall and process CPU time: the tightest upper bound of the call's CPU time. */
  answerBoundUs: Summary;
  readDocBoundUs: Summary;
  /** answer p50 / readDoc p50: how many readDocs one answer costs. */
  p50OverFloor: number;
  /** The five questions with the highest p99, slowest first, to say where the time goes. */
  slowest: { question: string; p50Us: number; p99Us: number; maxUs: number }[];
  /** How many questions answer() says it found (a sanity check that the work is real). */
  found: number;
}

/**
 * Times answer() and readDoc() over every question, round after round.
 * @example const r = measureAnswerCpu({ questions, knowledge, rounds: 100 }); r.answerUs.p99
 */
export function measureAnswerCpu(options: AnswerCpuOptions): AnswerCpuResult {
  const { questions, knowledge, rounds: maxRounds = 200, warmup: maxWarmup = 20, budgetMs = 30_000 } = options;
  const perQuestion = questions.map(() => [] as number[]);
  const answerUs: number[] = [];
  const readDocUs: number[] = [];
  const answerCpuUs: number[] = [];
  const readDocCpuUs: number[] = [];
  const answerBoundUs: number[] = [];
  const readDocBoundUs: number[] = [];
  let found = 0;
  const started = now();
  for (let w = 0; w < maxWarmup && now() - started < budgetMs / 10; w++)
    for (const q of questions) {
      answer(q, knowledge, {});
      nlp.readDoc(q);
    }
  const measuring = now();
  let rounds = 0;
  for (let round = 0; round < maxRounds && (round < 3 || now() - measuring < budgetMs); round++, rounds++) {
    questions.forEach((question, i) => {
      const c0 = process.cpuUsage();
      const t0 = now();
      const reply = answer(question, knowledge, {});
      const t1 = now();
      const c1 = process.cpuUsage();
      const t2 = now();
      nlp.readDoc(question);
      const t3 = now();
      const c2 = process.cpuUsage();
      const us = (t1 - t0) * 1000;
      answerUs.push(us);
      perQuestion[i]?.push(us);
      readDocUs.push((t3 - t2) * 1000);
      const cpu = c1.user - c0.user + c1.system - c0.system;
      const readDocCpu = c2.user - c1.user + c2.system - c1.system;
      answerCpuUs.push(cpu);
      readDocCpuUs.push(readDocCpu);
      answerBoundUs.push(Math.min(us, cpu));
      readDocBoundUs.push(Math.min((t3 - t2) * 1000, readDocCpu));
      if (round === 0 && reply.found) found++;
    });
  }
  const answerSummary = summarize(answerUs);
  const readDocSummary = summarize(readDocUs);
  const slowest = perQuestion
    .map((samples, i) => {
      const { p50, p99, max } = summarize(samples);
      return { question: questions[i] ?? "", p50Us: p50, p99Us: p99, maxUs: max };
    })
    .sort((a, b) => b.p99Us - a.p99Us)
    .slice(0, 5);
  return {
    questions: questions.length,
    rounds,
    answerUs: answerSummary,
    readDocUs: readDocSummary,
    answerCpuUs: summarize(answerCpuUs),
    readDocCpuUs: summarize(readDocCpuUs),
    answerBoundUs: summarize(answerBoundUs),
    readDocBoundUs: summarize(readDocBoundUs),
    p50OverFloor: answerSummary.p50 / readDocSummary.p50,
    slowest,
    found,
  };
}
