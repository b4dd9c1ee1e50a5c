/**
 * @module How likely a reply is wrong, from its signals: a small logistic model fitted on the
 * calibration sets (`npm run fit:confidence`, weights as data in confidence-model.json; mostly the
 * question's words the reply leaves out, see ./asked-terms). A reply whose chance of being wrong
 * reaches the model's threshold is not given as an answer.
 */
import fitted from "./confidence-model.json";

/** The fitted model: weights of P(wrong) per signal, the threshold, and how it was validated. */
export interface ConfidenceModel {
  bias: number;
  weights: Record<string, number>;
  /** A reply with P(wrong) at or above this is withheld. */
  threshold: number;
  /** The signals the weights are for. */
  features: string[];
  /** The question sets it was fitted on (each also left out once to validate it). */
  trainedOn: string[];
  /** How many right answers one wrong answer was worth losing when the threshold was chosen. */
  cost?: number;
  /** Left-out figures per set: answers given, wrong before, right and wrong kept. */
  validation: unknown[];
}

/** The model shipped with the code. */
export const CONFIDENCE_MODEL: ConfidenceModel = fitted as ConfidenceModel;

/**
 * The probability that a reply with these signals is wrong.
 * @example fromSignals(CONFIDENCE_MODEL, { path_yes_no: 1, no_year: 1 }) // 0.4
 */
export function fromSignals(model: ConfidenceModel, features: Record<string, number>): number {
  let z = model.bias;
  for (const name in features) z += (model.weights[name] ?? 0) * features[name]!;
  return 1 / (1 + Math.exp(-z));
}

/**
 * The shipped model's chance that a reply with these signals is wrong.
 * @example riskOf({ when_no_year: 1 }) // 0.5
 */
export const riskOf = (features: Record<string, number>): number => fromSignals(CONFIDENCE_MODEL, features);

/**
 * Signals that withhold a reply whatever the model's chance (tests of the question against the
 * evidence, set in answer-signals), each of which a wrong reply fails and a right one passes more
 * often than the model can tell: on question sets the code was not grown on, none loses a right reply
 * for fewer than two wrong ones it removes.
 */
export const WITHHELD = ["answerer_terms_unsaid", "owner_only", "one_of_many", "office_country_unsaid", "call_for_visit", "record_other_time", "record_beside", "record_place_unsaid", "event_unsaid"];

/**
 * Whether a reply is too likely wrong to give as an answer: one of the {@link WITHHELD} signals, or the model's chance.
 * @example isDoubtful({ path_reader_last: 1, places_missing: 1 }) // true
 */
export function isDoubtful(features: Record<string, number>, model: ConfidenceModel = CONFIDENCE_MODEL): boolean {
  return WITHHELD.some((name) => features[name]) || fromSignals(model, features) >= model.threshold;
}
