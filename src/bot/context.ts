/** @module The bot's context type and its per-chat session (the focus of the last answer). */
import { type Context, type LazySessionFlavor, type StorageAdapter } from "grammy";
import type { Focus } from "../qa/index";

/** What the bot keeps per chat between updates: what the last answer was about. */
export interface ChatSession {
  focus?: Focus;
}

/** Where chat sessions (and the web page's conversations) are kept: a D1 table, or memory. */
export type SessionStorage = StorageAdapter<ChatSession>;

/** grammY's context with the lazily loaded chat session. */
export type BotContext = Context & LazySessionFlavor<ChatSession>;

/**
 * The storage key of a chat's session: `chat:<id>`, or undefined for updates without a chat.
 * @example chatSessionKey(42) // "chat:42"
 */
export function chatSessionKey(chatId: number | undefined): string | undefined {
  return chatId === undefined ? undefined : `chat:${chatId}`;
}
