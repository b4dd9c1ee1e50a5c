/**
 * @module A question answered in a chat: the chat's session read only when the question leans on
 * it, a new focus kept, and the Telegram message that shows the answer. One copy for grammY's
 * handlers and for the webhook's quick answer, so that both reply alike.
 */
import type { InlineKeyboardMarkup } from "grammy/types";
import type { ChatSession } from "./context";
import type { Engine } from "./engine";
import { formatAnswer, moreKeyboard, questionKeyboard } from "./reply";

/** The chat's session as a question sees it: read on demand, or replaced without a read. */
export interface ChatSessionAccess {
  read(): ChatSession | Promise<ChatSession>;
  replace(value: ChatSession): void;
}

/** An answer as a Telegram message: its HTML text and its buttons. */
export interface AnswerMessage {
  text: string;
  reply_markup?: InlineKeyboardMarkup;
}

/**
 * Answers `question` in a chat with the chat's focus (read only when the question leans on it) and
 * the text of the replied-to bot message as context, and leaves a new focus in the session: the
 * read session changed in place, or (unread) replaced, unless the answer passed the old one on.
 * @example const { text, reply_markup } = await answerInChat(engine, "Who met whom?", { read: () => ctx.session, replace: (s) => (ctx.session = s) });
 */
export async function answerInChat(engine: Engine, question: string, session: ChatSessionAccess, replyTo?: string): Promise<AnswerMessage> {
  const read = (await (engine.needsContext?.(question) ?? true)) ? await session.read() : undefined;
  const answer = await engine.answer(question, { ...(read?.focus ? { focus: read.focus } : {}), ...(replyTo ? { replyTo } : {}) });
  if (read) read.focus = answer.focus;
  else if (!answer.keptFocus) session.replace({ focus: answer.focus });
  const reply_markup = answer.found ? moreKeyboard(answer.more) : questionKeyboard(answer.suggestions, engine.examples(), 4);
  return { text: formatAnswer(answer), ...(reply_markup ? { reply_markup } : {}) };
}
