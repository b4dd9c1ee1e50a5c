/** @module The engine the adapters (bot, HTTP, CLI) ask: the QA core bound to one fact index and intent model. */
import { parseFactIndex } from "../facts/validate";
import { answer, exampleQuestions, loadKnowledge, NO_FOCUS, readQuestion, renderPlain, type Answer, type Block, type Conversation, type IntentModel, type Knowledge, type KnowledgeTables, type ReadQuestion } from "../qa/index";

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
function tooManyWords(examples: string[], conversation: Conversation): Answer {
  const body: Block[] = [
    { kind: "para", content: [`That is a lot for one question: please ask one thing at a time, in at most ${MAX_QUESTION_WORDS} words.`] },
    { kind: "para", content: ["You could ask:"] },
    { kind: "list", items: examples.map((e) => [e]) },
  ];
  return { found: false, intent: "unknown", confidence: 0, body, text: renderPlain(body), sources: [], suggestions: examples, focus: conversation.focus ?? NO_FOCUS, keptFocus: true };
}

/** Slices a stored index keeps between needsContext and answer() (one per question asked side by side). */
const MAX_KEPT_SLICES = 8;

/** What every adapter needs from the QA core. */
export interface Engine {
  /** Answers one question in its conversation (pure over the index, or the slice of it the question needs). */
  answer(question: string, conversation?: Conversation): Promise<Answer>;
  /**
   * Whether the answer to `question` may depend on the conversation (a follow-up, "more", a
   * pronoun, "who else"): when false, the adapter need not load it. An engine without this method
   * is given the conversation for every question. The question is read once: the next `answer` of
   * the same question reuses the reading (a stored index: the slice read for the question alone,
   * when the conversation brings no focus and no replied-to message).
   */
  needsContext?(question: string): boolean | Promise<boolean>;
  /** Example questions to offer as buttons and hints. */
  examples(): string[];
  /** How many articles the index holds. */
  readonly articles: number;
}

/**
 * Where an engine finds the knowledge a question needs: the whole bundled index (one knowledge for
 * every question), or the slice of an index kept in storage (see src/store).
 */
export interface KnowledgeSource {
  /** The knowledge to answer this question in this conversation from. */
  knowledgeFor(question: string, conversation: Conversation): Knowledge | Promise<Knowledge>;
  /** The one knowledge of every question, when there is one (a bundled index): questions are then read before answering (needsContext). */
  whole?: Knowledge;
  /** Example questions (computed at build time, or from the bundled index). */
  examples: string[];
  /** How many articles the index holds. */
  articles: number;
}

/**
 * The engine over a knowledge source. A question of more than {@link MAX_QUESTION_WORDS} words is
 * declined without being read (nor any storage read).
 * @example const engine = engineOver({ knowledgeFor: () => knowledge, examples, articles: 5 });
 */
export function engineOver(source: KnowledgeSource): Engine {
  const { examples, whole } = source;
  // the question needsContext read, for the answer() of the same question that follows it
  let lastRead: ReadQuestion | undefined;
  // a stored index: the slices needsContext read for questions alone, each kept for the answer() of
  // its question (requests of one isolate run side by side, so a few at once)
  const slices = new Map<string, Promise<{ read: ReadQuestion; knowledge: Knowledge }>>();
  const engine: Engine = {
    answer: (question, conversation = {}) => {
      const read = lastRead?.asked === question ? lastRead : question;
      const slice = !conversation.focus && !conversation.replyTo ? slices.get(question) : undefined;
      lastRead = undefined;
      slices.delete(question);
      if (wordCount(question) > MAX_QUESTION_WORDS) return Promise.resolve(tooManyWords(examples, conversation));
      if (slice) return slice.then((s) => answer(s.read, s.knowledge, conversation));
      const knowledge = source.knowledgeFor(question, conversation);
      // a bundled knowledge is answered at once (no storage to wait for): the call's own time is the answer's
      return knowledge instanceof Promise ? knowledge.then((k) => answer(question, k, conversation)) : Promise.resolve(answer(read, knowledge, conversation));
    },
    examples: () => examples,
    articles: source.articles,
    needsContext: (question) => {
      if (wordCount(question) > MAX_QUESTION_WORDS) return false;
      if (whole) {
        lastRead = readQuestion(question, whole);
        return lastRead.usesContext;
      }
      // the question's own slice (no conversation): whether its answer leans on the conversation is the question's alone
      const read = Promise.resolve(source.knowledgeFor(question, {})).then((knowledge) => ({ read: readQuestion(question, knowledge), knowledge }));
      slices.delete(question);
      if (slices.size >= MAX_KEPT_SLICES) slices.delete(slices.keys().next().value!);
      slices.set(question, read);
      // a failed read is not kept for the answer (which reads again and reports its own failure)
      read.catch(() => slices.get(question) === read && slices.delete(question));
      return read.then((r) => r.read.usesContext);
    },
  };
  return engine;
}

/**
 * Builds the engine from the generated fact index, intent model and knowledge tables (once per
 * isolate or process); without the tables (or with another index's) they are computed here.
 * Throws FactIndexError when the index is of another version.
 * @example const engine = createEngine(factIndexJson, intentModelJson, tablesJson); (await engine.answer("Who met whom?")).text
 */
export function createEngine(factIndex: unknown, intentModel: unknown, tables?: unknown): Engine {
  const index = parseFactIndex(factIndex);
  const knowledge = loadKnowledge(index, intentModel as IntentModel, tables as KnowledgeTables | undefined);
  return engineOver({ knowledgeFor: () => knowledge, whole: knowledge, examples: exampleQuestions(knowledge), articles: index.articles.length });
}
