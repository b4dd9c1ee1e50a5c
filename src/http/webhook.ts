/** @module POST /webhook: Telegram updates in, the bot's webhook reply out; never a 5xx. */
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv, RouteDeps } from "./deps";
import { secretMatches } from "./secret";
import { isUpdate } from "./update";
import { webhookBots } from "./webhook-bot";
import { pendingWrites, writeBehind } from "./write-behind";

/** Bodies over this many bytes get 413 (Telegram's updates are far smaller). */
export const MAX_UPDATE_BYTES = 1024 * 1024;
/** Default: a handler still running after this long is left behind and the request answered 200. */
export const HANDLER_TIMEOUT_MS = 9_000;

/**
 * The webhook route: 401 for a wrong or missing secret header (when WEBHOOK_SECRET is set), 413
 * over 1 MiB, 400 for a body that is not a JSON update; otherwise 200 with the webhook reply as a
 * JSON object, or an empty 200 when the bot stays silent, fails or times out. A changed chat session
 * is saved after the reply (`waitUntil`), where the runtime offers it.
 * @example app.route("/", webhookRoutes(deps))
 */
export function webhookRoutes(deps: RouteDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const handlerFor = webhookBots(deps.engine, deps.handlerTimeoutMs);
  const pendingOf = pendingWrites();

  routes.post(
    "/webhook",
    async (c, next) => {
      const secret = deps.config(c.env).webhookSecret;
      if (secret !== undefined && !secretMatches(c.req.header("X-Telegram-Bot-Api-Secret-Token"), secret))
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
        const defer = waitUntilOf(c);
        const sessions = defer ? writeBehind(deps.sessions(c.env), defer, pendingOf(c.env.SESSIONS)) : deps.sessions(c.env);
        return await handlerFor(deps.config(c.env))(c, update, sessions);
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

/** The request's `waitUntil`, or undefined where there is none (e.g. `app.request` in tests). */
function waitUntilOf(c: Context<AppEnv>): ((work: Promise<unknown>) => void) | undefined {
  try {
    const ctx = c.executionCtx;
    return (work) => ctx.waitUntil(work);
  } catch {
    return undefined;
  }
}
