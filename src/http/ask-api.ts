/** @module GET /api/ask: the `npm run ask -- --json` object over HTTP, with optional per-conversation follow-ups. */
import { Hono } from "hono";
import { MAX_QUESTION_LENGTH } from "../bot/features/ask";
import { describeFailure } from "../bot/index";
import type { AppEnv, RouteDeps } from "./deps";
import { skipUnchangedWrites } from "./session-storage";

/** A conversation id the web page chooses: letters, digits, "-" and "_", at most 64. */
const CONVERSATION_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The client a request counts against: its IP address (Cloudflare's CF-Connecting-IP), an IPv6
 * address by its /64 network (one subscriber's); "local" without the header (`npm run dev`).
 * @example clientOf("2001:db8:1:2:3:4:5:6") // "2001:db8:1:2"
 */
export function clientOf(ip: string | undefined): string {
  if (!ip) return "local";
  return ip.includes(":") ? ip.split(":").slice(0, 4).join(":") : ip;
}

/**
 * `GET /api/ask?q=…[&conversation=<id>]` → the Answer as JSON (text, found, intent, confidence,
 * sources, …). With a conversation id the focus of its last answer is kept in the session store (`web:<id>`,
 * expiring hours later), so follow-ups work: a question costs a read only when it leans on the
 * conversation ("when?", "who else?"), and a write only when its focus is new. A missing, empty or too long q, or a malformed id, gets 400 with
 * `error`; a client over its limit gets 429 with Retry-After.
 * @example app.route("/", askApiRoutes(deps)) // GET /api/ask?q=Who%20met%20whom%3F
 */
export function askApiRoutes(deps: RouteDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get("/api/ask", async (c) => {
    const question = c.req.query("q")?.trim() ?? "";
    if (question === "") return c.json({ error: "missing question: pass it as ?q=…", example: "/api/ask?q=Who%20met%20whom%3F" }, 400);
    if ([...question].length > MAX_QUESTION_LENGTH)
      return c.json({ error: `question too long: at most ${MAX_QUESTION_LENGTH} characters` }, 400);
    const id = c.req.query("conversation");
    if (id !== undefined && !CONVERSATION_ID.test(id))
      return c.json({ error: "conversation must be 1-64 letters, digits, '-' or '_'" }, 400);
    const limiter = deps.limits(c.env).api;
    if (!(await limiter.take(`api:${clientOf(c.req.header("cf-connecting-ip"))}`)))
      return c.json({ error: `too many questions from this client: try again in ${limiter.retryAfter} seconds` }, 429, {
        "retry-after": String(limiter.retryAfter),
        "cache-control": "no-store",
      });

    const key = `web:${id}`;
    const store = id === undefined ? undefined : skipUnchangedWrites(deps.sessions(c.env));
    const leans = store !== undefined && (await (deps.engine.needsContext?.(question) ?? true));
    const session = leans ? await Promise.resolve(store.read(key)).catch(logged(undefined)) : undefined;
    const { keptFocus, ...answer } = await deps.engine.answer(question, session?.focus ? { focus: session.focus } : {});
    if (store && (leans || !keptFocus)) await Promise.resolve(store.write(key, { focus: answer.focus })).catch(logged(undefined));
    return c.json(answer, 200, { "cache-control": "no-store" });
  });
  return routes;
}

/** Logs a storage failure and goes on without the conversation's context. */
const logged =
  <T>(fallback: T) =>
  (error: unknown): T => {
    console.error(`api/ask: conversation storage failed: ${describeFailure(error)}`);
    return fallback;
  };
