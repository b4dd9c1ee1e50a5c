/** @module greeting and help: what the bot does, with questions it can answer. */
import type { Knowledge } from "../knowledge";
import type { Block } from "../types";

/** Thanks and praise, which a greeting would answer oddly ("thanks" → "Hello!"). */
const THANKS = /\b(thanks?|thank\s*(you|u)|thx|ty|cheers|great|awesome|perfect|excellent|cool|nice one|appreciated?|helpful)\b/i;

/** A greeting that opens a conversation ("hi", "good morning"). */
const HELLO = /\b(hi|hello|hey|good\s+(morning|afternoon|evening)|greetings)\b/i;

/**
 * Whether a message thanks the bot (and does not also greet it).
 * @example isThanks("thanks a lot") // true
 */
export const isThanks = (text: string): boolean => THANKS.test(text) && !HELLO.test(text);

/**
 * A greeting, a reply to thanks, or the help text, with example questions.
 * @example answerChat("greeting", knowledge, ["Who met whom?"]) // [{ kind: "para", content: ["Hello! …"] }, { kind: "list", … }]
 */
export function answerChat(intent: "greeting" | "help", knowledge: Knowledge, examples: string[], text = ""): Block[] {
  const n = knowledge.index.articles.length;
  const articles = n === 1 ? "one news article" : `${n} news articles`;
  if (intent === "greeting" && isThanks(text)) {
    return [{ kind: "para", content: ["You're welcome! Ask me anything else about the meetings in my articles, for example:"] }, { kind: "list", items: examples.slice(0, 3).map((e) => [e]) }];
  }
  const lead =
    intent === "greeting"
      ? `Hello! I answer questions about ${articles} on diplomatic meetings. Ask me a question, for example:`
      : `I answer questions about ${articles} on diplomatic meetings: who met whom, when and where, what they discussed, who holds which office, votes and numbers, diplomatic relations, visits, and my sources. Ask a question in plain words, for example:`;
  return [{ kind: "para", content: [lead] }, { kind: "list", items: examples.map((e) => [e]) }];
}

