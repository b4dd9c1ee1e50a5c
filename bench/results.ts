/** @module The shape of bench/results.json: every part's figures, or why the part did not run. */
import type { AdversarialResult } from "./adversarial";
import type { AnswerCpuResult } from "./answer-cpu";
import type { BundleResult } from "./bundle-size";
import type { ColdStartResult } from "./cold-start";
import type { InProcessHttpResult } from "./in-process-http";
import type { ScalingResult } from "./scaling";
import type { WebhookLoadResult } from "./webhook-load";

/** A part's figures, or the error that stopped it. */
export type Outcome<T> = T | { error: string };

/** Everything one `npm run bench` measured. */
export interface BenchResults {
  /** ISO time of the run. */
  date: string;
  /** The commit measured, "+dirty" when the tree had changes. */
  commit: string;
  /** load1 and load1End: the 1-minute load average when the run started and ended (busy above ~1). */
  machine: { node: string; cpu: string; cores: number; load1: number; load1End?: number };
  answer?: Outcome<AnswerCpuResult>;
  /** Crafted 1000-character questions through the engine. */
  adversarial?: Outcome<AdversarialResult>;
  /** The routes called in process through the bundle's fetch. */
  http?: Outcome<InProcessHttpResult>;
  webhook?: Outcome<WebhookLoadResult>;
  coldStart?: Outcome<ColdStartResult>;
  bundle?: Outcome<Omit<BundleResult, "outdir" | "mainModule">>;
  scaling?: Outcome<ScalingResult>;
}

/**
 * True when a part ran.
 * @example if (ran(results.answer)) console.log(results.answer.answerUs.p99);
 */
export function ran<T extends object>(outcome: Outcome<T> | undefined): outcome is T {
  return outcome !== undefined && !("error" in outcome);
}
