/** @module createBot(): the grammY bot, one feature composer each, shared by the Worker and `npm run poll`. */
import { Bot, MemorySessionStorage, type ApiClientOptions } from "grammy";
import type { AppConfig } from "../config";
import type { BotContext, ChatSession } from "./context";
import type { Engine } from "./engine";
import { askFeature } from "./features/ask";
import { inlineFeature } from "./features/inline";
import { membershipFeature } from "./features/membership";
import { unhandledFeature } from "./features/unhandled";
import { welcomeFeature } from "./features/welcome";
import { chatSession, type SessionsOf } from "./session";

export type { BotContext, ChatSession, SessionStorage } from "./context";
export { createEngine, type Engine } from "./engine";
export type { SessionsOf } from "./session";

/**
 * Every Bot API call but answerCallbackQuery may go out as the webhook reply (the first one of an
 * update does): a button press then gets its answerCallbackQuery first, and curl sees the answer.
 */
const canUseWebhookReply = (method: string): boolean => method !== "answerCallbackQuery";

/**
 * Builds the bot: ignores other bots, then /start and /help, questions, inline mode, joining a
 * group, and hints for the rest. Errors in handlers are logged, never thrown. `sessions` is a
 * storage, or a function of each update's context, so that one bot can serve requests whose
 * bindings differ. Default: one in-memory store.
 * @example const bot = createBot(readConfig(env), engine, new KvAdapter(env.SESSIONS));
 */
export function createBot(
  config: Pick<AppConfig, "token" | "botInfo" | "apiRoot">,
  engine: Engine,
  sessions: SessionsOf = new MemorySessionStorage<ChatSession>(),
  client: Omit<ApiClientOptions, "apiRoot" | "canUseWebhookReply"> = {},
): Bot<BotContext> {
  const bot = new Bot<BotContext>(config.token, {
    ...(config.botInfo ? { botInfo: config.botInfo } : {}),
    client: { ...client, canUseWebhookReply, ...(config.apiRoot ? { apiRoot: config.apiRoot } : {}) },
  });
  bot.catch((error) => console.error(`bot: update ${error.ctx.update.update_id} failed:`, error.error));
  bot.use((ctx, next) => (ctx.from?.is_bot ? undefined : next()));
  bot.use(chatSession(sessions));
  bot.use(welcomeFeature(engine), askFeature(engine), inlineFeature(engine), membershipFeature(), unhandledFeature());
  return bot;
}
