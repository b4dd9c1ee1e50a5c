/** @module The engine the adapters (bot, HTTP, CLI) ask: the QA core bound to one fact index and intent model. */
import { parseFactIndex } from "../facts/validate";
import { answer, exampleQuestions, loadKnowledge, readQuestion, renderPlain, type Answer, type Block, type Conversation, type Focus, type IntentModel, type KnowledgeTables, type ReadQuestion } from "../qa/index";

/**
 * Most words a question may have (real ones have under 20). Past it the question is declined
 * before the QA core reads it: the cost of reading, linking and matching names grows with the
 * words, and a crafted wall of them must stay far below the Workers' 10 ms of CPU per request.
 */
export const MAX_QUESTION_WORDS = 40;

/** Runs of letters, digits and marks: what the QA core reads as words. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * How many words a question has, counting no further than `max + 1`.
 * @example wordCount("Who met whom?") // 3
 */
export function wordCount(question: string, max = MAX_QUESTION_WORDS): number {
  WORD.lastIndex = 0;
  let count = 0;
  while (count <= max && WORD.exec(question) !== null) count++;
  return count;
}

/** The answer to a question with too many words: declined, the conversation's focus kept (or none). */
function tooManyWords(examples: string[], conversation: Conversation, noFocus: () => Focus): Answer {
  const body: Block[] = [
    { kind: "para", content: [`That is a lot for one question: please ask one thing at a time, in at most ${MAX_QUESTION_WORDS} words.`] },
    { kind: "para", content: ["You could ask:"] },
    { kind: "list", items: examples.map((e) => [e]) },
  ];
  const focus = conversation.focus ?? noFocus();
  return { found: false, intent: "unknown", confidence: 0, body, text: renderPlain(body), sources: [], suggestions: examples, focus, keptFocus: true };
}

/** What every adapter needs from the QA core. */
export interface Engine {
  /** Answers one question in its conversation (pure, well under a millisecond). */
  answer(question: string, conversation?: Conversation): Answer;
  /**
   * Whether the answer to `question` may depend on the conversation (a follow-up, "more", a
   * pronoun, "who else"): when false, the adapter need not load it. An engine without this method
   * is given the conversation for every question. The question is read once: the next `answer` of
   * the same question reuses the reading.
   */
  needsContext?(question: string): boolean;
  /** Example questions to offer as buttons and hints. */
  examples(): string[];
  /** How many articles the index holds. */
  readonly articles: number;
}

/**
 * Builds the engine from the generated fact index, intent model and knowledge tables (once per
 * isolate or process); without the tables (or with another index's) they are computed here.
 * A question of more than {@link MAX_QUESTION_WORDS} words is declined without being read.
 * Throws FactIndexError when the index is of another version.
 * @example const engine = createEngine(factIndexJson, intentModelJson, tablesJson); engine.answer("Who met whom?").text
 */
export function createEngine(factIndex: unknown, intentModel: unknown, tables?: unknown): Engine {
  const index = parseFactIndex(factIndex);
  const knowledge = loadKnowledge(index, intentModel as IntentModel, tables as KnowledgeTables | undefined);
  const examples = exampleQuestions(knowledge);
  let empty: Focus | undefined;
  const noFocus = () => (empty ??= answer("", knowledge).focus);
  // the question needsContext read, for the answer() of the same question that follows it
  let lastRead: ReadQuestion | undefined;
  return {
    answer: (question, conversation = {}) => {
      const read = lastRead?.asked === question ? lastRead : question;
      lastRead = undefined;
      return wordCount(question) > MAX_QUESTION_WORDS ? tooManyWords(examples, conversation, noFocus) : answer(read, knowledge, conversation);
    },
    needsContext: (question) => {
      if (wordCount(question) > MAX_QUESTION_WORDS) return false;
      lastRead = readQuestion(question, knowledge);
      return lastRead.usesContext;
    },
    examples: () => examples,
    articles: index.articles.length,
  };
}
