/** @module answer(): the pure question-answering core. PLACEHOLDER until the QA issue lands. */
import type { FactIndex } from "../facts/types";
import type { IntentModel } from "./intent-model";
import { renderPlain } from "./render";
import type { Answer, Block, Conversation } from "./types";

/** Everything answer() needs, prepared once per isolate from the bundled index and intent model. */
export interface Knowledge {
  index: FactIndex;
  model: IntentModel;
}

/**
 * Prepares the index and the intent model for answering (once per isolate).
 * @example const knowledge = loadKnowledge(index, model);
 */
export function loadKnowledge(index: FactIndex, model: IntentModel): Knowledge {
  return { index, model };
}

/** Example questions to offer on /start, /help and after an unknown question. */
export function exampleQuestions(_knowledge: Knowledge): string[] {
  return ["Who met whom?", "Which articles do you know?"];
}

/**
 * Answers one question from the fact index.
 * @example answer("Who met whom?", knowledge, { focus }) // { found: true, text: "…", … }
 */
export function answer(question: string, knowledge: Knowledge, conversation: Conversation = {}): Answer {
  void question;
  void conversation;
  const body: Block[] = [{ kind: "para", content: ["I cannot answer questions yet: the answering engine is not built."] }];
  return {
    found: false,
    intent: "unknown",
    confidence: 0,
    body,
    text: renderPlain(body),
    sources: [],
    suggestions: exampleQuestions(knowledge),
    focus: { people: [], meetings: [], countries: [], articles: [] },
  };
}
