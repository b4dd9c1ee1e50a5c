/** @module greeting and help: what the bot does, with questions it can answer. */
import type { Knowledge } from "../knowledge";
import type { Block } from "../types";

/**
 * A greeting or the help text, with example questions.
 * @example answerChat("greeting", knowledge, ["Who met whom?"]) // [{ kind: "para", content: ["Hello! …"] }, { kind: "list", … }]
 */
export function answerChat(intent: "greeting" | "help", knowledge: Knowledge, examples: string[]): Block[] {
  const n = knowledge.index.articles.length;
  const lead =
    intent === "greeting"
      ? `Hello! I answer questions about ${n} news articles on diplomatic meetings. Ask me a question, for example:`
      : `I answer questions about ${n} news articles on diplomatic meetings: who met whom, when and where, what they discussed, who holds which office, votes and numbers, diplomatic relations, visits, and my sources. Ask a question in plain words, for example:`;
  return [{ kind: "para", content: [lead] }, { kind: "list", items: examples.map((e) => [e]) }];
}

