/** @module /start and /help: what the bot answers, with example questions as buttons. */
import { Composer } from "grammy";
import { escapeHtml } from "../../qa/index";
import type { BotContext } from "../context";
import type { Engine } from "../engine";
import { questionKeyboard } from "../reply";

/**
 * The greeting: what the bot can answer and how to ask it, in private chats and in groups.
 * @example greeting(engine, "AttacheNewsBot") // "Hello! I am Attaché…"
 */
export function greeting(engine: Engine, username: string): string {
  const articles = engine.articles === 1 ? "1 news article" : `${engine.articles} news articles`;
  return [
    `Hello! I answer questions about ${articles} on diplomatic meetings: who met whom, when and where, ` +
      "what they discussed, who holds which office, and the numbers and dates the articles report. " +
      "Every answer cites its article; when the articles do not say, I tell you so.",
    `In a group, mention me (@${escapeHtml(username)}), use /ask, or reply to one of my messages. ` +
      "Follow-up questions (“when was that?”) work too; /reset makes me forget what we talked about.",
    "Try one of these:",
  ].join("\n\n");
}

/**
 * Drops the chat's session (the focus follow-ups lean on): the session middleware deletes it, with
 * no read and no write. grammY's typings do not let a lazy session be set to null; ours does.
 */
function forget(ctx: BotContext): void {
  (ctx as { session: unknown }).session = null;
}

/** What /reset says once the chat's context is gone. */
export const RESET_TEXT = "Done: I have forgotten what we talked about. Ask a new question, for example:";

/**
 * The /start, /help and /reset commands. /start and /reset clear the chat's context (the focus
 * follow-ups lean on), so that the next question starts afresh.
 * @example bot.use(welcomeFeature(engine))
 */
export function welcomeFeature(engine: Engine): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.command("reset", async (ctx) => {
    const inGroup = ctx.chat.type !== "private";
    forget(ctx);
    await ctx.reply(RESET_TEXT, {
      ...(inGroup ? { reply_parameters: { message_id: ctx.msg.message_id, allow_sending_without_reply: true } } : {}),
      ...(engine.examples().length > 0 ? { reply_markup: questionKeyboard(engine.examples(), engine.examples()) } : {}),
    });
  });
  feature.command(["start", "help"], async (ctx) => {
    const inGroup = ctx.chat.type !== "private";
    // a command may come in a caption too; /start (not /help) starts afresh
    if (/^\/start\b/.test(ctx.msg.text ?? ctx.msg.caption ?? "")) forget(ctx);
    await ctx.reply(greeting(engine, ctx.me.username), {
      parse_mode: "HTML",
      ...(inGroup ? { reply_parameters: { message_id: ctx.msg.message_id, allow_sending_without_reply: true } } : {}),
      ...(engine.examples().length > 0 ? { reply_markup: questionKeyboard(engine.examples(), engine.examples()) } : {}),
    });
  });
  return feature;
}
