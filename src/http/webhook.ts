/** @module POST /webhook: Telegram updates in, the bot's webhook reply out; never a 5xx. */
import { webhookCallback } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { createBot } from "../bot/index";
import type { AppEnv, RouteDeps } from "./deps";
import { secretMatches } from "./secret";
import { telegramAdapter } from "./telegram-adapter";
import { isUpdate } from "./update";

/** Bodies over this many bytes get 413 (Telegram's updates are far smaller). */
export const MAX_UPDATE_BYTES = 1024 * 1024;
/** Default: a handler still running after this long is left behind and the request answered 200. */
export const HANDLER_TIMEOUT_MS = 9_000;

/**
 * The webhook route: 401 for a wrong or missing secret header (when WEBHOOK_SECRET is set), 413
 * over 1 MiB, 400 for a body that is not a JSON update; otherwise 200 with the webhook reply as a
 * JSON object, or an empty 200 when the bot stays silent, fails or times out.
 * @example app.route("/", webhookRoutes(deps))
 */
export function webhookRoutes(deps: RouteDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  let learnedBotInfo: UserFromGetMe | undefined;

  routes.post(
    "/webhook",
    async (c, next) => {
      const secret = deps.config(c.env).webhookSecret;
      if (secret !== undefined && !(await secretMatches(c.req.header("X-Telegram-Bot-Api-Secret-Token"), secret)))
        return c.json({ ok: false, error: "wrong or missing X-Telegram-Bot-Api-Secret-Token" }, 401);
      await next();
    },
    bodyLimit({ maxSize: MAX_UPDATE_BYTES, onError: (c) => c.json({ ok: false, error: "body over 1 MiB" }, 413) }),
    async (c) => {
      let update: unknown;
      try {
        update = JSON.parse(await c.req.text());
      } catch {
        return c.json({ ok: false, error: "body is not JSON" }, 400);
      }
      if (!isUpdate(update)) return c.json({ ok: false, error: "body is not a Telegram update" }, 400);
      try {
        const config = deps.config(c.env);
        const botInfo = config.botInfo ?? learnedBotInfo;
        const bot = createBot({ ...config, ...(botInfo ? { botInfo } : {}) }, deps.engine, deps.sessions(c.env));
        const handle = webhookCallback(bot, telegramAdapter, {
          onTimeout: () => console.error(`webhook: update ${update.update_id} still running after ${deps.handlerTimeoutMs} ms; answered 200`),
          timeoutMilliseconds: deps.handlerTimeoutMs,
        });
        const response = await handle(c, update);
        if (config.botInfo === undefined) learnedBotInfo ??= bot.botInfo;
        return response;
      } catch (error) {
        console.error(`webhook: update ${update.update_id} failed; answered 200:`, error);
        return c.body(null, 200);
      }
    },
  );
  routes.on(["GET", "PUT", "DELETE", "PATCH"], "/webhook", (c) =>
    c.json({ ok: false, error: "POST a Telegram update (JSON) here" }, 405, { allow: "POST" }),
  );
  return routes;
}
