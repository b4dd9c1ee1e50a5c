/**
 * @module One grammY bot and webhook handler per isolate and bot identity: building the bot and its
 * composers once, not per update. Each request brings its own session storage (its bindings' database).
 */
import { webhookCallback } from "grammy";
import type { Update } from "grammy/types";
import type { Context } from "hono";
import { createBot, type Engine, type UpdateServices } from "../bot/index";
import type { AppConfig } from "../config";
import { telegramAdapter } from "./telegram-adapter";

/** Handles one parsed update with this request's services (session storage, limit, waitUntil); resolves to the webhook response. */
export type UpdateHandler = (c: Context, update: Update, services: UpdateServices) => Promise<Response>;

/** Bots kept per isolate (one per token, API root and identity; a deployment has one). */
const MAX_BOTS = 4;

/** The settings that make one bot differ from another. */
const identityOf = (config: AppConfig): string =>
  JSON.stringify([config.token, config.apiRoot ?? "", config.offline ?? false, config.botInfo?.id, config.botInfo?.username, config.botInfo?.first_name]);

/**
 * A cache of update handlers by bot settings: the first update of an isolate builds the bot (and,
 * without a botInfo in the settings, asks getMe once); later updates reuse it.
 * @example const handlerFor = webhookBots(engine, 9000); await handlerFor(config)(c, update, { sessions })
 */
export function webhookBots(engine: Engine, handlerTimeoutMs: number): (config: AppConfig) => UpdateHandler {
  const handlers = new Map<string, UpdateHandler>();
  return (config) => {
    const identity = identityOf(config);
    let handler = handlers.get(identity);
    if (handler === undefined) {
      if (handlers.size >= MAX_BOTS) handlers.delete(handlers.keys().next().value!);
      handler = buildHandler(config, engine, handlerTimeoutMs);
      handlers.set(identity, handler);
    }
    return handler;
  };
}

/** The bot for one set of settings, whose middleware finds each update's services by the update. */
function buildHandler(config: AppConfig, engine: Engine, handlerTimeoutMs: number): UpdateHandler {
  const servicesByUpdate = new WeakMap<Update, UpdateServices>();
  const bot = createBot(config, engine, (ctx) => {
    const services = servicesByUpdate.get(ctx.update);
    if (services === undefined) throw new Error(`webhook: no services for update ${ctx.update.update_id}`);
    return services;
  });
  const handle = webhookCallback(bot, telegramAdapter, {
    onTimeout: (_c: Context, update: Update) =>
      console.error(`webhook: update ${update.update_id} still running after ${handlerTimeoutMs} ms; answered 200`),
    timeoutMilliseconds: handlerTimeoutMs,
  });
  return (c, update, services) => {
    servicesByUpdate.set(update, services);
    return handle(c, update);
  };
}
