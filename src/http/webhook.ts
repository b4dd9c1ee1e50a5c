/** @module POST /webhook: Telegram updates in, the bot's webhook reply out; never a 5xx. */
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { describeFailure, updateKind } from "../bot/index";
import type { AppEnv, RouteDeps } from "./deps";
import { recentUpdates } from "./recent-updates";
import { secretMatches } from "./secret";
import { plainQuestion, quickAnswer } from "./quick-answer";
import { isUpdate } from "./update";
import { webhookAccess } from "./webhook-access";
import { webhookBots } from "./webhook-bot";
import { pendingWrites, writeBehind } from "./write-behind";

/** Bodies over this many bytes get 413 (Telegram's updates are far smaller). */
export const MAX_UPDATE_BYTES = 1024 * 1024;
/** Default: a handler still running after this long is left behind and the request answered 200. */
export const HANDLER_TIMEOUT_MS = 9_000;

/**
 * The webhook route: 403 when WEBHOOK_SECRET is unset outside local development (see
 * {@link webhookAccess}), 401 for a wrong or missing secret header, 413 over 1 MiB, 400 for a body
 * that is not a JSON update; an update_id seen lately (Telegram delivering again) gets an empty 200;
 * otherwise 200 with the webhook reply as a JSON object, or an empty 200 when the bot stays silent,
 * fails or times out (one log line: update id, kind, error message; never the token). A changed
 * chat session is saved after the reply (`waitUntil`), where the runtime offers it.
 * @example app.route("/", webhookRoutes(deps))
 */
export function webhookRoutes(deps: RouteDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const handlerFor = webhookBots(deps.engine, deps.handlerTimeoutMs);
  const pendingOf = pendingWrites();
  const recent = recentUpdates();
  let toldRefusal = false;

  routes.post(
    "/webhook",
    async (c, next) => {
      const config = deps.config(c.env);
      const access = webhookAccess(config.webhookSecret, c.req.url);
      if (access.state === "refused") {
        if (!toldRefusal) console.error(`webhook: ${access.reason}`);
        toldRefusal = true;
        return c.json({ ok: false, error: access.reason }, 403);
      }
      if (config.webhookSecret !== undefined && !secretMatches(c.req.header("X-Telegram-Bot-Api-Secret-Token"), config.webhookSecret))
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
      const config = deps.config(c.env);
      const about = `update ${update.update_id} (${updateKind(update)})`;
      try {
        const limits = deps.limits(c.env);
        const delivery = `update:${config.token.split(":")[0]}:${update.update_id}`;
        if (!recent.firstTime(delivery) || !(await limits.seen.take(delivery))) {
          console.warn(`webhook: ${about} delivered again; dropped`);
          return c.body(null, 200);
        }
        const defer = waitUntilOf(c);
        const sessions = defer ? writeBehind(deps.sessions(c.env), defer, pendingOf(c.env.SESSIONS)) : deps.sessions(c.env);
        // the commonest update, a plain question in a private chat, is answered without grammY's
        // Context (the same reply); past the question limit it goes to grammY, already counted
        const plain = config.botInfo ? plainQuestion(update, config.botInfo) : undefined;
        const allowed = plain ? await limits.chat.take(`chat:${plain.chatId}`) : undefined;
        if (plain && allowed)
          return await quickAnswer(deps.engine, plain, sessions, deps.handlerTimeoutMs, () =>
            console.error(`webhook: update ${update.update_id} still running after ${deps.handlerTimeoutMs} ms; answered 200`),
          );
        const allowQuestion = allowed === false ? async () => false : (asker: string) => limits.chat.take(asker);
        return await handlerFor(config)(c, update, { sessions, allowQuestion, ...(defer ? { defer } : {}) });
      } catch (error) {
        console.error(`webhook: ${about} failed; answered 200: ${describeFailure(error, [config.token, config.webhookSecret])}`);
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
