/** @module Being added to a group: a short hello that says how to ask. */
import { Composer } from "grammy";
import { escapeHtml } from "../../qa/index";
import type { BotContext } from "../context";

const IN = new Set(["member", "administrator"]);

/**
 * Says hello once when the bot joins a group or supergroup; ignores every other membership change.
 * @example bot.use(membershipFeature())
 */
export function membershipFeature(): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.on("my_chat_member", async (ctx) => {
    const { chat, old_chat_member: before, new_chat_member: after } = ctx.myChatMember;
    const joined = !IN.has(before.status) && IN.has(after.status);
    if (!joined || (chat.type !== "group" && chat.type !== "supergroup")) return;
    await ctx.reply(
      `Hello! Ask me about the news articles I know: mention me (@${escapeHtml(ctx.me.username)}) or use /ask. /help shows examples.`,
      { parse_mode: "HTML" },
    );
  });
  return feature;
}
