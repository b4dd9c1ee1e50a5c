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
import { describeFailure } from "./failure";
import { acknowledgeButtons, listenedTo, questionLimit, type GuardServices } from "./guards";
import { chatSession } from "./session";
import type { SessionStorage } from "./context";

export { chatSessionKey, type BotContext, type ChatSession, type SessionStorage } from "./context";
export { createEngine, engineOver, type Engine, type KnowledgeSource } from "./engine";
export { openSession, type OpenSession, type SessionsOf } from "./session";
export { answerInChat, type AnswerMessage, type ChatSessionAccess } from "./chat-answer";
export { questionOf } from "./addressing";
export { describeFailure, updateKind } from "./failure";

/** What one update uses besides the engine: its chat's session storage, the question limit, `waitUntil`. */
export interface UpdateServices extends GuardServices {
  sessions: SessionStorage;
}

/** The services of each update (a webhook request's bindings), or one session storage for all. */
export type ServicesOf = SessionStorage | ((ctx: BotContext) => UpdateServices);

/**
 * Every Bot API call but answerCallbackQuery may go out as the webhook reply (the first one of an
 * update does): a button press then gets its answerCallbackQuery first, and curl sees the answer.
 */
const canUseWebhookReply = (method: string): boolean => method !== "answerCallbackQuery";

/** Why a Bot API call was not sent in local development (the handler's log line says which call). */
const OFFLINE = "not sent: no BOT_TOKEN (local development)";

/** The Bot API as seen offline: every call refused at once, without a DNS look-up or a stack trace. */
const offlineFetch = async (): Promise<Response> => Response.json({ ok: false, error_code: 503, description: OFFLINE });

/**
 * Builds the bot: ignores other bots and a channel's automatic forwards, acknowledges buttons
 * without waiting, limits questions per chat, then /start and /help, questions, inline mode,
 * joining a group, and hints for the rest. `services` is a session storage, or a function of each
 * update's context (so that one bot can serve requests whose bindings differ). Default: one
 * in-memory store and no question limit. `bot.catch` (one log line, no token) serves long polling
 * only: in webhook mode grammY hands errors to the HTTP layer.
 * @example const bot = createBot(readConfig(env), engine, (ctx) => ({ sessions, allowQuestion }));
 */
export function createBot(
  config: Pick<AppConfig, "token" | "botInfo" | "apiRoot" | "offline">,
  engine: Engine,
  services: ServicesOf = new MemorySessionStorage<ChatSession>(),
  client: Omit<ApiClientOptions, "apiRoot" | "canUseWebhookReply"> = {},
): Bot<BotContext> {
  const bot = new Bot<BotContext>(config.token, {
    ...(config.botInfo ? { botInfo: config.botInfo } : {}),
    client: {
      ...client,
      canUseWebhookReply,
      ...(config.apiRoot ? { apiRoot: config.apiRoot } : {}),
      ...(config.offline ? { fetch: offlineFetch as never } : {}),
    },
  });
  const fixed: UpdateServices | undefined = typeof services === "function" ? undefined : { sessions: services };
  const servicesOf = typeof services === "function" ? services : () => fixed!;
  bot.catch((error) => console.error(`bot: update ${error.ctx.update.update_id} failed: ${describeFailure(error, [config.token])}`));
  bot.use(listenedTo());
  bot.use(acknowledgeButtons(servicesOf, config.token));
  bot.use(chatSession((ctx) => servicesOf(ctx).sessions));
  bot.use(questionLimit(servicesOf));
  bot.use(welcomeFeature(engine), askFeature(engine), inlineFeature(engine), membershipFeature(), unhandledFeature());
  return bot;
}
