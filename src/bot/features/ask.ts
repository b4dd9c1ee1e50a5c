/** @module Questions: private texts, group messages that address the bot, /ask, edits, and question buttons. */
import { Composer } from "grammy";
import type { Message } from "grammy/types";
import { escapeHtml } from "../../qa/index";
import { isReplyToMe, questionOf } from "../addressing";
import { answerInChat } from "../chat-answer";
import type { BotContext, ChatSession } from "../context";
import type { Engine } from "../engine";
import { questionKeyboard, questionOfData } from "../reply";

/** Longer questions get a clear refusal instead of an answer. */
export const MAX_QUESTION_LENGTH = 1000;

/** Options every reply in a chat gets: in groups, a reply to the asker's message (same topic). */
function replyOptions(ctx: BotContext, message: Message | undefined) {
  const inGroup = ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";
  return {
    parse_mode: "HTML" as const,
    link_preview_options: { is_disabled: true },
    ...(inGroup && message ? { reply_parameters: { message_id: message.message_id, allow_sending_without_reply: true } } : {}),
  };
}

/**
 * Answers `question` in the chat of `ctx`, with the chat's focus (read only when the question
 * leans on it) and the replied-to bot message as context, and keeps a new focus. `message` is the user's message (undefined for a button).
 * @example await replyWithAnswer(ctx, engine, "Who met whom?", ctx.message)
 */
export async function replyWithAnswer(ctx: BotContext, engine: Engine, question: string, message?: Message): Promise<void> {
  const options = replyOptions(ctx, message);
  if ([...question].length > MAX_QUESTION_LENGTH) {
    await ctx.reply(`That is too long for a question: please ask in under ${MAX_QUESTION_LENGTH} characters.`, options);
    return;
  }
  if (question === "") {
    const reply_markup = questionKeyboard(engine.examples(), engine.examples());
    await ctx.reply("Yes? Ask me about the articles, for example:", { ...options, reply_markup });
    return;
  }
  const replyTo = message && isReplyToMe(message, ctx.me) ? (message.reply_to_message?.text ?? message.reply_to_message?.caption) : undefined;
  const session = { read: () => ctx.session, replace: (value: ChatSession) => void (ctx.session = value) };
  const { text, reply_markup } = await answerInChat(engine, question, session, replyTo);
  await ctx.reply(text, { ...options, ...(reply_markup ? { reply_markup } : {}) });
}

/** A text that starts with a bot command ("/foo"). */
const isCommand = (message: Message): boolean => message.entities?.[0]?.type === "bot_command" && message.entities[0].offset === 0;

/**
 * The questions composer: text messages and edits that address the bot, /ask, and "ask:" buttons.
 * @example bot.use(askFeature(engine))
 */
export function askFeature(engine: Engine): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.command("ask", async (ctx) => {
    const question = ctx.match.trim();
    if (question === "") {
      await ctx.reply(`Put your question after the command, e.g. <code>/ask ${escapeHtml(engine.examples()[0] ?? "Who met whom?")}</code>`, replyOptions(ctx, ctx.msg));
      return;
    }
    await replyWithAnswer(ctx, engine, question, ctx.msg);
  });

  feature.on(["message:text", "edited_message:text"], async (ctx, next) => {
    const message = ctx.msg;
    if (isCommand(message)) return next();
    const question = questionOf(message, ctx.me);
    if (question === undefined) return next();
    await replyWithAnswer(ctx, engine, question, message);
  });

  feature.on("callback_query:data", async (ctx, next) => {
    const question = questionOfData(ctx.callbackQuery.data, engine.examples());
    if (question === undefined) return next();
    await ctx.answerCallbackQuery().catch((error: unknown) => console.error("bot: answerCallbackQuery failed:", String(error)));
    if (ctx.chat === undefined) return;
    await replyWithAnswer(ctx, engine, question);
  });

  return feature;
}
