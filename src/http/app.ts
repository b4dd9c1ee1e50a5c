/** @module createApp(): the Hono app — /webhook, /api/ask, /healthz, and the web page. */
import { Hono, type Context } from "hono";
import { describeFailure, type Engine, type SessionStorage } from "../bot/index";
import { readConfig, type AppConfig } from "../config";
import { askApiRoutes } from "./ask-api";
import { sessionStorage } from "./session-storage";
import { createChatPage } from "./page/index";
import type { AppEnv, Bindings, RouteDeps } from "./deps";
import { limits, type Limits } from "./limits";
import { HANDLER_TIMEOUT_MS, webhookRoutes } from "./webhook";
import { webhookAccess } from "./webhook-access";

export type { AppEnv, Bindings } from "./deps";

/** What the app is built from; only the engine is required. */
export interface AppDeps {
  engine: Engine;
  /** Settings from the bindings. Default: readConfig (wrangler.toml vars and secrets). */
  config?: (env: Bindings) => AppConfig;
  /** Session storage. Default: the SESSIONS D1 database, or memory (per isolate) without one. */
  sessions?: (env: Bindings) => SessionStorage;
  /** Request limits. Default: the API_LIMIT, CHAT_LIMIT and SEEN_UPDATES bindings, or memory (per isolate) without them. */
  limits?: (env: Bindings) => Limits;
  /** How long a webhook handler may run before the request is answered 200 without it. Default: 9000 ms. */
  handlerTimeoutMs?: number;
}

/** What a 404 lists instead of echoing the path it was asked for. */
const ROUTES = ["GET /", "GET /api/ask?q=…", "POST /webhook", "GET /healthz"];

/**
 * The settings of each bindings object, read once: the runtime passes the same `env` to every
 * request of an isolate. A read that throws is not kept (and throws again next time).
 */
function oncePerBindings(read: (env: Bindings) => AppConfig): (env: Bindings) => AppConfig {
  const settings = new WeakMap<Bindings, AppConfig>();
  return (env) => {
    if (typeof env !== "object" || env === null) return read(env);
    let config = settings.get(env);
    if (config === undefined) settings.set(env, (config = read(env)));
    return config;
  };
}

/**
 * Marks the response `X-Content-Type-Options: nosniff` in place: `c.header()` after the handler
 * would copy the whole response (a second Response and its body re-wrapped) for every request. A
 * response whose headers cannot change (one fetched) goes through `c.header()`, which copies it.
 */
function nosniff(c: Context<AppEnv>): void {
  try {
    c.res.headers.set("X-Content-Type-Options", "nosniff");
  } catch {
    c.header("X-Content-Type-Options", "nosniff");
  }
}

/**
 * Builds the app. It reads no environment itself: each request's bindings go through `config`.
 * @example export default createApp({ engine }); // a Worker: { fetch(request, env, ctx) }
 */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const routeDeps: RouteDeps = {
    engine: deps.engine,
    config: oncePerBindings(deps.config ?? ((env) => readConfig(env))),
    sessions: deps.sessions ?? sessionStorage(),
    limits: deps.limits ?? limits(),
    handlerTimeoutMs: deps.handlerTimeoutMs ?? HANDLER_TIMEOUT_MS,
  };
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    await next();
    nosniff(c);
  });
  app.get("/healthz", (c) => {
    const access = webhookAccess(routeDeps.config(c.env).webhookSecret, c.req.url);
    const webhook = access.state === "refused" ? `refused: ${access.reason}` : access.state;
    return c.json({ ok: access.state !== "refused", articles: deps.engine.articles, webhook }, 200, { "cache-control": "no-store" });
  });
  app.route("/", webhookRoutes(routeDeps));
  // PUBLIC_ASK = "off": the page and /api/ask are not served (a bot-only deployment)
  app.on("GET", ["/", "/api/ask"], async (c, next) => (routeDeps.config(c.env).publicAsk !== false ? next() : c.notFound()));
  app.route("/", askApiRoutes(routeDeps));
  app.route("/", createChatPage(routeDeps)); // the chat page at GET / (src/http/page/)
  app.notFound((c) => c.json({ error: "not found", routes: ROUTES }, 404));
  app.onError((error, c) => {
    console.error(`http: ${c.req.method} ${c.req.routePath} failed: ${describeFailure(error)}`);
    return c.req.path === "/webhook" ? c.body(null, 200) : c.json({ error: "internal error" }, 500);
  });
  return app;
}
