/** @module The Answer contract: what `answer()` gives every adapter (bot, HTTP, CLI, web page). */
import type { AnswerSignals } from "./answer-signals";

/** Inline text of an answer; adapters render it (Telegram HTML, plain text, the web page). */
export type Inline = string | { bold: string } | { italic: string } | { link: string; href: string };

/**
 * A block of an answer: a paragraph, a compact list, a quoted sentence of an article, or the
 * articles the answer cites (the core ends a sourced answer with one; adapters render it their way).
 */
export type Block =
  | { kind: "para"; content: Inline[] }
  | { kind: "list"; items: Inline[][] }
  | { kind: "quote"; content: Inline[] }
  | { kind: "sources"; sources: Source[] };

/** The article an answer comes from. */
export interface Source {
  /** Article id (file stem). */
  article: string;
  title: string;
  publisher?: string;
  /** ISO publication date when the article has one. */
  published?: string;
  url?: string;
}

/** What a follow-up ("when?", "who is he?") refers to; kept per chat by the adapters. */
export interface Focus {
  people: string[];
  meetings: string[];
  countries: string[];
  articles: string[];
  /** The next page of the last answer's long list, when it had more ("more" shows it). */
  next?: NextPage;
  /** The last question answered, which an elliptical follow-up ("and Varan?") asks again of another name. */
  asked?: string;
}

/** Where the next page of a long list starts: the question asked again, from `offset`, in its own focus. */
export interface NextPage {
  question: string;
  /** Items already shown. */
  offset: number;
  /** The focus the question was first answered in (without a next page of its own). */
  focus?: Focus;
}

/** The intents the classifier knows (one file each in intents/). */
export type IntentName =
  | "who_met"
  | "when"
  | "where"
  | "topics"
  | "who_is"
  | "number"
  | "relations"
  | "visits"
  | "sources"
  | "greeting"
  | "help"
  | "unknown";

/** The reply to one question. `found` is false exactly when the articles do not answer it. */
export interface Answer {
  found: boolean;
  intent: IntentName;
  /** 0–1: how sure the bot is of the intent and the facts it used. */
  confidence: number;
  body: Block[];
  /** `body` as plain text, sources included: what the CLI prints. */
  text: string;
  sources: Source[];
  /** Questions the bot can answer, offered as buttons or chips (always some when !found). */
  suggestions: string[];
  /** What this answer was about, for the next question's context. */
  focus: Focus;
  /** How many items of a long list are not shown yet; adapters offer a "more" button that asks {@link MORE_QUESTION}. */
  more?: number;
  /** What the reply was made from (the path of answer() and general features of it), which its confidence is judged from. */
  signals?: AnswerSignals;
  /** Set when `focus` is the conversation's own, passed on (a greeting, a miss naming nobody): nothing new to store. */
  keptFocus?: true;
}

/** The conversation around a question. */
export interface Conversation {
  /** The focus of the previous answer in this chat. */
  focus?: Focus;
  /** Text of the bot message the user replied to, when they replied to one. */
  replyTo?: string;
}
