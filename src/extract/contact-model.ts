/**
 * @module The learned contact decision, a second pass after the frames: a logistic regression over
 * the general features of contact-features.ts decides which pairs of people a sentence names met,
 * where no frame joined them. Its weights are data (contact-model.json), fitted on the read sets by
 * `npm run train:contacts` (src/cli/train-contacts.ts), never at build time; the build only reads them.
 */
import { FEATURE_NAMES, type ContactCandidate } from "./contact-features";
import weights from "./contact-model.json";

/** A fitted model: feature names and weights in one order, a bias, and the probability a contact needs. */
export interface ContactModel {
  features: string[];
  weights: number[];
  bias: number;
  threshold: number;
  /** The rule a meeting it adds records (provenance). */
  rule: string;
}

/**
 * The model the build uses: contact-model.json, its feature names checked against the code's; none
 * when its threshold is null (the training found no threshold at which the meetings it adds on
 * left-out sets are precise enough: the frames alone are kept, see the file's `leaveOneSetOut`).
 */
export const CONTACT_MODEL: ContactModel | undefined = loadModel(weights as Partial<Omit<ContactModel, "threshold">> & { threshold?: number | null });

/** A trained model whose features are the code's and that has a threshold, else undefined (a model of other features throws). */
function loadModel(json: Partial<Omit<ContactModel, "threshold">> & { threshold?: number | null }): ContactModel | undefined {
  const { features, weights: w, bias, threshold, rule } = json;
  if (!features || !w || bias === undefined || threshold === undefined || threshold === null || !rule) return undefined;
  if (features.length !== FEATURE_NAMES.length || features.some((f, i) => f !== FEATURE_NAMES[i]) || w.length !== features.length) {
    throw new Error(`contact-model.json: its features are not the code's (${FEATURE_NAMES.length}); run npm run train:contacts`);
  }
  return { features, weights: w, bias, threshold, rule };
}

/**
 * The probability that a candidate pair met, by the model.
 * @example contactProbability(model, candidate.features) // 0.93
 */
export function contactProbability(model: Pick<ContactModel, "weights" | "bias">, features: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < features.length; i++) z += (model.weights[i] ?? 0) * features[i]!;
  return 1 / (1 + Math.exp(-z));
}

/** A pair the model says met: the sentence that says so best, and the probability. */
export interface LearnedContact {
  candidate: ContactCandidate;
  probability: number;
}

/**
 * Of an article's candidate pairs (contact-features.ts), those the model says met: one per pair, the
 * sentence it is surest of, in sentence order; none without a model.
 * @example learnedContacts(contactCandidates({ sents, refs, people, meetings })).map((c) => c.candidate.people) // [[0, 2]]
 */
export function learnedContacts(candidates: readonly ContactCandidate[], model: ContactModel | undefined = CONTACT_MODEL): LearnedContact[] {
  if (!model) return [];
  const best = new Map<string, LearnedContact>();
  for (const candidate of candidates) {
    const probability = contactProbability(model, candidate.features);
    if (probability < model.threshold) continue;
    const key = [...candidate.people].sort((a, b) => a - b).join("-");
    const known = best.get(key);
    if (!known || probability > known.probability) best.set(key, { candidate, probability });
  }
  return [...best.values()].sort((a, b) => a.candidate.sentence - b.candidate.sentence);
}
