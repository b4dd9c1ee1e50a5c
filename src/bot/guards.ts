/**
 * @module Middleware that keeps the bot safe to run: whom it listens to, how many questions a chat
 * may ask, and button presses acknowledged without waiting for the Bot API.
 */
import type { MiddlewareFn, Transformer } from "grammy";
import { isCommandToMe, listensTo, questionOf } from "./addressing";
import type { BotContext } from "./context";
import { describeFailure } from "./failure";

/** What a guard needs from the request an update came with. */
export interface GuardServices {
  /** Whether `asker` ("chat:<id>", or "user:<id>" for inline queries) may ask another question now. */
  allowQuestion?: (asker: string) => Promise<boolean>;
  /** Keeps work running after the webhook reply (the request's `waitUntil`). Default: it runs on its own. */
  defer?: (work: Promise<unknown>) => void;
}

/** What a chat over its limit is told (once a minute at most, per isolate). */
export const SLOW_DOWN = "You are asking faster than I can answer: please wait a minute, then ask again.";
/** How long a chat told to slow down is not told again. */
const TOLD_FOR_MS = 60_000;
/** Chats remembered as told (per isolate); the oldest are forgotten beyond this. */
const MAX_TOLD = 1000;

/**
 * Drops updates from senders the bot does not listen to ({@link listensTo}): other bots, and a
 * channel's automatic forwards into its discussion group.
 * @example bot.use(listenedTo())
 */
export function listenedTo(): MiddlewareFn<BotContext> {
  return (ctx, next) => {
    const message = ctx.message ?? ctx.editedMessage;
    if (message ? !listensTo(message) : ctx.from?.is_bot) return;
    return next();
  };
}

/**
 * Who asks a question with this update, as the key the limit counts: the chat of a private message,
 * of a group message addressed to the bot, of a button press; the user of an inline query. Undefined
 * for updates that ask nothing (group talk, joins, an empty inline query).
 * @example askerOf(ctx) // "chat:123456789"
 */
export function askerOf(ctx: BotContext): string | undefined {
  if (ctx.inlineQuery) return ctx.inlineQuery.query.trim() === "" ? undefined : `user:${ctx.inlineQuery.from.id}`;
  if (ctx.callbackQuery) return ctx.chatId !== undefined ? `chat:${ctx.chatId}` : `user:${ctx.callbackQuery.from.id}`;
  const message = ctx.message ?? ctx.editedMessage;
  if (message?.text === undefined) return undefined;
  const addressed = message.chat.type === "private" || questionOf(message, ctx.me) !== undefined || isCommandToMe(message, ctx.me);
  return addressed ? `chat:${message.chat.id}` : undefined;
}

/**
 * Lets a question through while its asker is within the limit; over it, a button press gets a short
 * notice, an inline query no results, and a chat one polite message a minute (then silence).
 * @example bot.use(questionLimit((ctx) => services(ctx)))
 */
export function questionLimit(servicesOf: (ctx: BotContext) => GuardServices): MiddlewareFn<BotContext> {
  const told = new Map<string, number>();
  return async (ctx, next) => {
    const asker = askerOf(ctx);
    const allow = asker === undefined ? undefined : servicesOf(ctx).allowQuestion;
    if (asker === undefined || allow === undefined || (await allow(asker))) return next();
    console.warn(`bot: update ${ctx.update.update_id}: ${asker.split(":")[0]} over the question limit; not answered`);
    if (ctx.callbackQuery) return void (await ctx.answerCallbackQuery({ text: SLOW_DOWN }));
    if (ctx.inlineQuery) return void (await ctx.answerInlineQuery([], { cache_time: 10 }));
    const now = Date.now();
    if ((told.get(asker) ?? 0) > now) return;
    if (told.size >= MAX_TOLD) told.delete(told.keys().next().value!);
    told.delete(asker);
    told.set(asker, now + TOLD_FOR_MS);
    const message = ctx.message ?? ctx.editedMessage;
    const inGroup = message !== undefined && message.chat.type !== "private";
    await ctx.reply(SLOW_DOWN, inGroup ? { reply_parameters: { message_id: message.message_id, allow_sending_without_reply: true } } : {});
  };
}

/**
 * Acknowledges button presses without waiting: `answerCallbackQuery` returns at once and its request
 * goes on beside the answer (kept alive by `defer`), so a slow Bot API cannot hold the answer back
 * past the webhook's time. A failed acknowledgement is logged in one line.
 * @example bot.use(acknowledgeButtons((ctx) => services(ctx), token))
 */
export function acknowledgeButtons(servicesOf: (ctx: BotContext) => GuardServices, token: string): MiddlewareFn<BotContext> {
  return (ctx, next) => {
    if (ctx.callbackQuery === undefined) return next();
    const defer = servicesOf(ctx).defer ?? ((work: Promise<unknown>) => void work);
    const updateId = ctx.update.update_id;
    const inBackground: Transformer = (call, method, payload, signal) => {
      if (method !== "answerCallbackQuery") return call(method, payload, signal);
      defer(
        Promise.resolve()
          .then(() => call(method, payload, signal))
          .then(
            (result) => void (result.ok || console.warn(`bot: update ${updateId}: answerCallbackQuery refused: ${result.description}`)),
            (error: unknown) => console.warn(`bot: update ${updateId}: answerCallbackQuery failed: ${describeFailure(error, [token])}`),
          ),
      );
      return Promise.resolve({ ok: true as const, result: true as never });
    };
    ctx.api.config.use(inBackground);
    return next();
  };
}
