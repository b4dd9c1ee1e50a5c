/** @module What the bot tells Telegram about itself: the updates it wants and its command list. */
import type { BotCommand } from "grammy/types";

/** The updates the bot handles; Telegram sends no others (webhook and long polling alike). */
export const ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "inline_query", "my_chat_member"] as const;

/** The command list Telegram shows in the chat's menu (setMyCommands). */
export const COMMANDS: BotCommand[] = [
  { command: "start", description: "What I answer, with example questions" },
  { command: "help", description: "Example questions" },
  { command: "ask", description: "Ask a question: /ask Who met whom?" },
  { command: "reset", description: "Forget what we talked about and start afresh" },
];
