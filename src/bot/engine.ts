/** @module The engine the adapters (bot, HTTP, CLI) ask: the QA core bound to one fact index and intent model. */
import { parseFactIndex } from "../facts/validate";
import { answer, exampleQuestions, loadKnowledge, type Answer, type Conversation, type IntentModel } from "../qa/index";

/** What every adapter needs from the QA core. */
export interface Engine {
  /** Answers one question in its conversation (pure, well under a millisecond). */
  answer(question: string, conversation?: Conversation): Answer;
  /** Example questions to offer as buttons and hints. */
  examples(): string[];
  /** How many articles the index holds. */
  readonly articles: number;
}

/**
 * Builds the engine from the generated fact index and intent model (once per isolate or process).
 * Throws FactIndexError when the index is of another version.
 * @example const engine = createEngine(factIndexJson, intentModelJson); engine.answer("Who met whom?").text
 */
export function createEngine(factIndex: unknown, intentModel: unknown): Engine {
  const index = parseFactIndex(factIndex);
  const knowledge = loadKnowledge(index, intentModel as IntentModel);
  const examples = exampleQuestions(knowledge);
  return {
    answer: (question, conversation = {}) => answer(question, knowledge, conversation),
    examples: () => examples,
    articles: index.articles.length,
  };
}
