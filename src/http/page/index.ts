/**
 * @module The browser chat page at `GET /`: a Hono sub-app the service's app mounts with
 * `app.route("/", createChatPage(routeDeps))`. It talks to `/api/ask` from the browser.
 */
import { Hono } from "hono";
import { MAX_QUESTION_LENGTH } from "../../bot/features/ask";
import { renderChatDocument } from "./document";

/** What the page needs from the rest of the Worker. */
export interface ChatPageDeps {
  /** Offers the example questions for the chips (the service's engine); asked per request. */
  engine: { examples(): readonly string[] };
  /** Where the page's script asks its questions. Default: `"/api/ask"`. */
  endpoint?: string;
}

/** At most this many example chips are shown. */
const MAX_EXAMPLES = 6;

function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src 'nonce-${nonce}'`,
    "connect-src 'self'",
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * Builds the sub-app that serves the chat page at `GET /` (and `HEAD /`), with a strict
 * Content-Security-Policy: only the page's own inline style and script run, and it connects only
 * to its own origin.
 * @example app.route("/", createChatPage({ engine })); // engine.examples() gives the chips
 */
export function createChatPage(deps: ChatPageDeps): Hono {
  const page = new Hono();
  page.get("/", (c) => {
    const nonce = crypto.randomUUID().replace(/-/g, "");
    const examples = deps.engine.examples().slice(0, MAX_EXAMPLES);
    c.header("content-security-policy", contentSecurityPolicy(nonce));
    c.header("cache-control", "no-store");
    c.header("x-content-type-options", "nosniff");
    c.header("referrer-policy", "no-referrer");
    const endpoint = deps.endpoint ?? "/api/ask";
    return c.html(renderChatDocument({ examples, nonce, endpoint, maxLength: MAX_QUESTION_LENGTH }));
  });
  return page;
}
