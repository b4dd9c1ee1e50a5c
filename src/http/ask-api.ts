/** @module GET /api/ask: the `npm run ask -- --json` object over HTTP, with optional per-conversation follow-ups. */
import { Hono } from "hono";
import { MAX_QUESTION_LENGTH } from "../bot/features/ask";
import type { AppEnv, RouteDeps } from "./deps";
import { skipUnchangedWrites } from "./session-storage";

/** A conversation id the web page chooses: letters, digits, "-" and "_", at most 64. */
const CONVERSATION_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * `GET /api/ask?q=…[&conversation=<id>]` → the Answer as JSON (text, found, intent, confidence,
 * sources, …). With a conversation id the focus of its last answer is kept in KV (`web:<id>`), so
 * follow-ups work. A missing, empty or too long q, or a malformed id, gets 400 with `error`.
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

    const key = `web:${id}`;
    const store = id === undefined ? undefined : skipUnchangedWrites(deps.sessions(c.env));
    const session = store ? await Promise.resolve(store.read(key)).catch(logged(undefined)) : undefined;
    const answer = deps.engine.answer(question, session?.focus ? { focus: session.focus } : {});
    if (store) await Promise.resolve(store.write(key, { focus: answer.focus })).catch(logged(undefined));
    return c.json(answer, 200, { "cache-control": "no-store" });
  });
  return routes;
}

/** Logs a storage failure and goes on without the conversation's context. */
const logged =
  <T>(fallback: T) =>
  (error: unknown): T => {
    console.error("api/ask: conversation storage failed:", error);
    return fallback;
  };
