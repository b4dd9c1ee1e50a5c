/**
 * @module Limits that hold across isolates: Cloudflare's rate-limiting binding when bound (counted per
 * Cloudflare location), else a fixed-window count in the isolate's memory (tests, `npm run poll`).
 */

/** How many uses a key gets per period, as declared beside the binding in wrangler.toml. */
export interface LimitRule {
  limit: number;
  /** Seconds: 10 or 60 (the binding allows no other). */
  period: number;
}

/** One limit: whether a key may be used once more now. */
export interface Limiter {
  /** Counts one use of `key`; false when the key is over its limit for this period. */
  take(key: string): Promise<boolean>;
  /** Seconds after which a refused key may try again (at most one period). */
  readonly retryAfter: number;
}

/** Defaults, equal to wrangler.toml's `[[ratelimits]]` (used when a binding is missing). */
export const LIMITS = {
  /** Questions to GET /api/ask per client. */
  api: { limit: 30, period: 60 },
  /** Questions per Telegram chat (or inline user). */
  chat: { limit: 20, period: 60 },
  /** Deliveries of one update_id (a redelivery is dropped). */
  seen: { limit: 1, period: 60 },
} as const satisfies Record<string, LimitRule>;

/** Keys a memory limiter keeps per period; beyond it, new keys are refused rather than the map grown. */
const MAX_KEYS = 10_000;

/**
 * A fixed-window limiter in memory: it holds within one isolate only (Workers run many), so it is
 * the fallback when no binding is configured.
 * @example const limiter = memoryLimiter({ limit: 2, period: 10 }); await limiter.take("a") // true
 */
export function memoryLimiter(rule: LimitRule, now: () => number = Date.now): Limiter {
  let window = -1;
  let counts = new Map<string, number>();
  return {
    retryAfter: rule.period,
    take: async (key) => {
      const current = Math.floor(now() / (rule.period * 1000));
      if (current !== window) [window, counts] = [current, new Map()];
      const used = counts.get(key) ?? 0;
      if (used >= rule.limit || (used === 0 && counts.size >= MAX_KEYS)) return false;
      counts.set(key, used + 1);
      return true;
    },
  };
}

/**
 * The limiter of a binding, or a memory limiter with the same rule when the binding is missing. A
 * binding that fails lets the use through (and logs it): a broken limiter must not stop the bot.
 * @example const api = limiterOf(env.API_LIMIT, LIMITS.api, fallback); await api.take(ip)
 */
export function limiterOf(binding: RateLimit | undefined, rule: LimitRule, fallback: Limiter): Limiter {
  if (binding === undefined) return fallback;
  return {
    retryAfter: rule.period,
    take: async (key) => {
      try {
        return (await binding.limit({ key })).success;
      } catch (error) {
        console.warn(`limits: the rate-limiting binding failed (${error instanceof Error ? error.message : "unknown"}); let through`);
        return true;
      }
    },
  };
}

/** The three limits of one request's bindings. */
export interface Limits {
  api: Limiter;
  chat: Limiter;
  seen: Limiter;
}

/**
 * The app's limits for each request: the bindings' (API_LIMIT, CHAT_LIMIT, SEEN_UPDATES) where
 * they exist, else memory limiters kept for the isolate; made once per bindings object (the
 * runtime passes the same one to every request of an isolate), not per request.
 * @example const limitsOf = limits(); await limitsOf(env).api.take(ip)
 */
export function limits(): (env: Partial<Record<"API_LIMIT" | "CHAT_LIMIT" | "SEEN_UPDATES", RateLimit>>) => Limits {
  const memory = { api: memoryLimiter(LIMITS.api), chat: memoryLimiter(LIMITS.chat), seen: memoryLimiter(LIMITS.seen) };
  const made = new WeakMap<object, Limits>();
  const of = (env: Partial<Record<"API_LIMIT" | "CHAT_LIMIT" | "SEEN_UPDATES", RateLimit>>): Limits => ({
    api: limiterOf(env.API_LIMIT, LIMITS.api, memory.api),
    chat: limiterOf(env.CHAT_LIMIT, LIMITS.chat, memory.chat),
    seen: limiterOf(env.SEEN_UPDATES, LIMITS.seen, memory.seen),
  });
  return (env) => {
    if (typeof env !== "object" || env === null) return of(env ?? {});
    let limits = made.get(env);
    if (limits === undefined) made.set(env, (limits = of(env)));
    return limits;
  };
}
