/**
 * @module Where sessions live per request: Workers KV (SESSIONS) when bound, else a bounded memory;
 * every session expires (days for a chat, hours for a web conversation); a wrapper that skips
 * writing unchanged values.
 */
import type { ChatSession, SessionStorage } from "../bot/index";
import type { Bindings } from "./deps";

/** How long a session is kept after its last change, in seconds, by key prefix. */
export const SESSION_TTL = {
  /** A Telegram chat's (`chat:<id>`): 14 days. */
  chat: 14 * 24 * 3600,
  /** A web page conversation's (`web:<id>`): 6 hours. */
  web: 6 * 3600,
} as const;

/** Sessions the in-memory fallback keeps; the least recently used go first. */
export const MAX_MEMORY_SESSIONS = 1000;

/**
 * The time to live of a session key, in seconds: a web conversation's for `web:…`, a chat's otherwise.
 * @example ttlOf("web:abc") // 21600
 */
export function ttlOf(key: string): number {
  return key.startsWith("web:") ? SESSION_TTL.web : SESSION_TTL.chat;
}

/**
 * Sessions in Workers KV, each written with its expiration ({@link ttlOf}), so none lives for ever.
 * @example kvSessions(env.SESSIONS).write("chat:42", { focus })
 */
export function kvSessions(namespace: KVNamespace): SessionStorage {
  return {
    read: async (key) => ((await namespace.get(key, "json")) ?? undefined) as ChatSession | undefined,
    write: (key, value) => namespace.put(key, JSON.stringify(value), { expirationTtl: ttlOf(key) }),
    delete: (key) => namespace.delete(key),
  };
}

/**
 * Sessions in memory, at most `max` of them (the least recently used are dropped), each expiring
 * like a KV one.
 * @example const memory = memorySessions(); memory.write("chat:42", {}); memory.read("chat:42") // {}
 */
export function memorySessions(max = MAX_MEMORY_SESSIONS, now: () => number = Date.now): SessionStorage {
  const entries = new Map<string, { value: string; expires: number }>();
  return {
    read: (key) => {
      const entry = entries.get(key);
      if (entry === undefined) return undefined;
      entries.delete(key);
      if (entry.expires <= now()) return undefined;
      entries.set(key, entry);
      return JSON.parse(entry.value) as ChatSession;
    },
    write: (key, value) => {
      entries.delete(key);
      while (entries.size >= max) entries.delete(entries.keys().next().value!);
      entries.set(key, { value: JSON.stringify(value), expires: now() + ttlOf(key) * 1000 });
    },
    delete: (key) => void entries.delete(key),
  };
}

/**
 * Wraps a storage so that writing back the value just read is skipped: grammY's session writes
 * whatever it read, and each KV write counts against the plan's daily limit.
 * @example const storage = skipUnchangedWrites(kvSessions(env.SESSIONS));
 */
export function skipUnchangedWrites(storage: SessionStorage): SessionStorage {
  const seen = new Map<string, string>();
  return {
    read: async (key) => {
      const value = await storage.read(key);
      seen.set(key, JSON.stringify(value ?? {}));
      return value;
    },
    write: async (key, value) => {
      const json = JSON.stringify(value);
      if (seen.get(key) === json) return;
      await storage.write(key, value);
      seen.set(key, json);
    },
    delete: async (key) => {
      seen.delete(key);
      await storage.delete(key);
    },
  };
}

/**
 * The session storage of the app: for each request, the SESSIONS KV namespace when it is bound,
 * else one bounded in-memory store for the isolate. Writes go straight through: the bot's chat
 * session writes only changed values itself, and /api/ask wraps it in {@link skipUnchangedWrites}.
 * @example const sessions = sessionStorage(); sessions(env).read("chat:42")
 */
export function sessionStorage(): (env: Bindings) => SessionStorage {
  const memory = memorySessions();
  const byNamespace = new WeakMap<KVNamespace, SessionStorage>();
  return (env) => {
    if (!env.SESSIONS) return memory;
    let storage = byNamespace.get(env.SESSIONS);
    if (storage === undefined) byNamespace.set(env.SESSIONS, (storage = kvSessions(env.SESSIONS)));
    return storage;
  };
}
