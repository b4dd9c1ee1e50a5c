/**
 * @module One log line for a failure: the error's name and message (and its cause's), never the
 * objects around it. grammY's `BotError` holds the context, whose `api.token` is the bot token, and
 * the update; neither may reach a log.
 */
import { BotError, HttpError } from "grammy";
import type { Update } from "grammy/types";

/** Longest failure description logged; the rest is cut. */
const MAX_LENGTH = 300;
/** Anything shaped like a Bot API token (`<bot id>:<35 characters>`), wherever it shows up. */
const TOKEN_LIKE = /\d{5,}:[A-Za-z0-9_-]{20,}/g;

const oneError = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : typeof error === "string" ? error : `thrown ${typeof error}`;

/**
 * The failure as one short line: the inner error of a `BotError`, with the cause of an `HttpError`
 * (why the Bot API was unreachable); anything shaped like a token, and each of `secrets`, replaced
 * by "[redacted]".
 * @example describeFailure(new BotError(new Error("boom"), ctx)) // "Error: boom"
 */
export function describeFailure(error: unknown, secrets: readonly (string | undefined)[] = []): string {
  const inner = error instanceof BotError ? error.error : error;
  let text = oneError(inner);
  if (inner instanceof HttpError && inner.error !== undefined) text += ` (${oneError(inner.error)})`;
  for (const secret of secrets) if (secret) text = text.split(secret).join("[redacted]");
  text = text.replace(TOKEN_LIKE, "[redacted]").replace(/\s+/g, " ").trim();
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}

/**
 * The kind of an update: its first field besides `update_id` ("message", "callback_query", …).
 * @example updateKind({ update_id: 1, message: { … } }) // "message"
 */
export function updateKind(update: Pick<Update, "update_id">): string {
  return Object.keys(update).find((key) => key !== "update_id") ?? "empty";
}
