/** @module The Worker's settings, read once per request from its bindings (wrangler.toml vars and secrets). */
import type { UserFromGetMe } from "grammy/types";
import type { SqlDatabase } from "./store/stored-index";

declare global {
  namespace Cloudflare {
    /** The secrets (`wrangler secret put`, .dev.vars) beside the vars `wrangler types` finds in wrangler.toml. */
    interface Env {
      BOT_TOKEN?: string;
      WEBHOOK_SECRET?: string;
      TELEGRAM_API_ROOT?: string;
    }
  }
  /** The part of a D1 database this project uses (`wrangler types` leaves it to the runtime types). */
  interface D1Database extends SqlDatabase {}
  /** Cloudflare's rate-limiting binding (`[[ratelimits]]` in wrangler.toml): one more use of `key`, if within the limit. */
  interface RateLimit {
    limit(options: { key: string }): Promise<{ success: boolean }>;
  }
}

/** The settings the bot and the HTTP app need. */
export interface AppConfig {
  /** Bot API token; a dummy one locally (webhook replies need no token). */
  token: string;
  /** When set, POST /webhook needs this X-Telegram-Bot-Api-Secret-Token. Default: unset. */
  webhookSecret?: string;
  /** The bot's identity, so no getMe call is made; undefined when the vars do not match the token. */
  botInfo?: UserFromGetMe;
  /** Bot API server, without a trailing slash. Default: https://api.telegram.org. */
  apiRoot?: string;
  /**
   * True with neither BOT_TOKEN nor TELEGRAM_API_ROOT (local development): no Bot API call can
   * succeed, so none is sent (webhook replies still are); each is refused at once. Default: false.
   */
  offline?: boolean;
  /** Whether the chat page (GET /) and GET /api/ask answer anyone (PUBLIC_ASK, "off" turns them off). Default: true. */
  publicAsk?: boolean;
}

/** The id and username of the local bot, as in the Telegram fixtures. */
export const LOCAL_BOT = { id: 7000000001, username: "AttacheNewsBot", name: "Attaché" } as const;

/** The settings are unusable (e.g. BOT_ID is not a number). */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * The bot's `getMe` answer built from its id, username and display name.
 * @example botInfoOf(7000000001, "AttacheNewsBot", "Attaché").username // "AttacheNewsBot"
 */
export function botInfoOf(id: number, username: string, name: string): UserFromGetMe {
  return {
    id,
    is_bot: true,
    first_name: name,
    username,
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: true,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
  };
}

const present = (value: string | undefined): string | undefined => (value && value.trim() !== "" ? value.trim() : undefined);

/**
 * Reads the settings from the Worker's bindings; empty strings count as unset. The botInfo from
 * BOT_ID / BOT_USERNAME is used only when BOT_ID is the id the token starts with (or there is no token).
 * @example readConfig(env).botInfo?.username // "AttacheNewsBot"
 */
export function readConfig(
  env: Partial<Record<"BOT_TOKEN" | "WEBHOOK_SECRET" | "TELEGRAM_API_ROOT" | "BOT_ID" | "BOT_USERNAME" | "BOT_NAME" | "PUBLIC_ASK", string>>,
): AppConfig {
  const id = Number(present(env.BOT_ID) ?? LOCAL_BOT.id);
  if (!Number.isSafeInteger(id) || id <= 0) throw new ConfigError(`BOT_ID must be the bot's numeric id, got "${env.BOT_ID}"`);
  const token = present(env.BOT_TOKEN) ?? `${id}:local-dev-token`;
  const tokenId = Number(token.split(":")[0]);
  const botInfo =
    tokenId === id ? botInfoOf(id, present(env.BOT_USERNAME) ?? LOCAL_BOT.username, present(env.BOT_NAME) ?? LOCAL_BOT.name) : undefined;
  const apiRoot = present(env.TELEGRAM_API_ROOT)?.replace(/\/+$/, "");
  const webhookSecret = present(env.WEBHOOK_SECRET);
  const offline = present(env.BOT_TOKEN) === undefined && apiRoot === undefined;
  const publicAsk = present(env.PUBLIC_ASK)?.toLowerCase() !== "off";
  return { token, botInfo, publicAsk, ...(apiRoot ? { apiRoot } : {}), ...(webhookSecret ? { webhookSecret } : {}), ...(offline ? { offline } : {}) };
}
