/** @module The QA core's public face: adapters import from here only. */
export { answer, exampleQuestions, loadKnowledge, readQuestion, type Knowledge, type ReadQuestion } from "./answer";
export { escapeHtml, renderHtml, renderPlain } from "./render";
export { MORE_QUESTION } from "./paging";
export { NO_FOCUS } from "./follow-up";
export type { Answer, Block, Conversation, Focus, Inline, IntentName, NextPage, Source } from "./types";
export type { IntentModel } from "./intent-model";
export { knowledgeTables, type KnowledgeTables } from "./knowledge-tables";
