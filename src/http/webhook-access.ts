/**
 * @module Who may post updates to /webhook: with WEBHOOK_SECRET set, whoever sends it (Telegram);
 * without it, only local development; a deployed Worker without a secret refuses every update.
 */

/** How /webhook treats updates for one request's settings and address. */
export type WebhookAccess =
  | { state: "protected" }
  | { state: "local development" }
  | { state: "refused"; reason: string };

/** Why a deployed Worker without a secret refuses updates (logged, in /healthz and in the 403 body). */
export const NO_SECRET =
  "WEBHOOK_SECRET is not set, so updates are refused: without it anyone could post updates as any chat. " +
  "Set it (npx wrangler secret put WEBHOOK_SECRET) and give Telegram the same value (npm run set-webhook).";

/** Host names that only the machine itself reaches: `wrangler dev` serves on them. */
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\]|[^.]+\.localhost)$/i;

/**
 * How /webhook treats updates: "protected" when a secret is set (the header must match); "local
 * development" with no secret and a request addressed to this machine (localhost, 127.0.0.1, [::1]:
 * a deployed Worker is reached through its own host name, never these); otherwise "refused".
 * @example webhookAccess(undefined, "http://localhost:8787/webhook").state // "local development"
 */
export function webhookAccess(secret: string | undefined, url: string): WebhookAccess {
  if (secret !== undefined) return { state: "protected" };
  return LOOPBACK.test(new URL(url).hostname) ? { state: "local development" } : { state: "refused", reason: NO_SECRET };
}
