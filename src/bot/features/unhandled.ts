/** @module Last in line: a hint for what the bot cannot read in private chats; silence everywhere else. */
import { Composer } from "grammy";
import type { BotContext } from "../context";

/** What the bot says in a private chat to a photo, sticker, voice message or an unknown command. */
export const TEXT_ONLY_HINT = "I answer text questions about the news articles, e.g. “Who met whom?”. Send /help for more examples.";

/**
 * Hints in private chats for messages the bot cannot answer; answers stray button presses; ignores the rest.
 * @example bot.use(unhandledFeature())
 */
export function unhandledFeature(): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.chatType("private").on("message", (ctx) => ctx.reply(TEXT_ONLY_HINT));
  feature.on("callback_query", (ctx) => ctx.answerCallbackQuery());
  return feature;
}
