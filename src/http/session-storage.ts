/**
 * @module Where sessions live per request: the SESSIONS D1 database when bound, else a bounded
 * memory; every session expires (days for a chat, hours for a web conversation); a failing store
 * costs the context, not the answer; a wrapper that skips writing unchanged values.
 */
import { describeFailure, type ChatSession, type SessionStorage } from "../bot/index";
import type { SqlDatabase } from "../store/stored-index";
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

/** The SQL of the sessions table: one row a session, its value as JSON, its expiry in seconds since the epoch. */
export const SESSIONS_TABLE = "CREATE TABLE IF NOT EXISTS sessions (key TEXT PRIMARY KEY, value TEXT NOT NULL, expires INTEGER NOT NULL) WITHOUT ROWID";

const READ = "SELECT value FROM sessions WHERE key = ?1 AND expires > ?2";
// an upsert: one row written (D1 counts rows written; the free plan allows 100 000 a day)
const WRITE = "INSERT INTO sessions (key, value, expires) VALUES (?1, ?2, ?3) ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires = excluded.expires";
const DELETE = "DELETE FROM sessions WHERE key = ?1";
const PURGE = "DELETE FROM sessions WHERE expires <= ?1";

const seconds = (now: () => number): number => Math.floor(now() / 1000);

/**
 * Words of the D1 errors Cloudflare's "Retry queries" page lists as transient. D1 retries a
 * read-only query itself; a write, and the first batch of an isolate (it creates the table), it
 * does not, and every statement here may run twice harmlessly (an upsert, a delete, a read).
 */
const TRANSIENT_D1_ERRORS = ["Network connection lost", "storage caused object to be reset", "reset because its code was updated"];

/** Further attempts after a transient error, and the first pause between them (doubled each time, with jitter), in ms. */
export const SESSION_RETRIES = { attempts: 2, pauseMs: 40 } as const;

/**
 * Runs `attempt`, again after a short pause when it fails with a transient D1 error, at most
 * {@link SESSION_RETRIES}.attempts more times; any other error, or the last one, rejects.
 * @example await retryTransient(() => statement.all())
 */
export async function retryTransient<T>(attempt: () => Promise<T>): Promise<T> {
  for (let retry = 0; ; retry++) {
    try {
      return await attempt();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (retry >= SESSION_RETRIES.attempts || !TRANSIENT_D1_ERRORS.some((words) => message.includes(words))) throw error;
      const pause = SESSION_RETRIES.pauseMs * 2 ** retry * (0.5 + Math.random());
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}

/**
 * Sessions in a D1 database (the SESSIONS binding), each row written with its expiry
 * ({@link ttlOf}) and never read past it. The table is created by the first statement an isolate
 * sends (in the same batch), so that a new database, `wrangler dev`'s local one included, needs no
 * setup step. A transient error is tried again ({@link retryTransient}); others reject:
 * {@link tolerantSessions} decides what a failure costs.
 * @example d1Sessions(env.SESSIONS).write("chat:42", { focus })
 */
export function d1Sessions(db: SqlDatabase, now: () => number = Date.now): SessionStorage {
  let created = false;
  const run = <T>(query: string, ...values: unknown[]): Promise<T[]> =>
    retryTransient(async () => {
      const statement = db.prepare(query).bind(...values);
      if (created) return (await statement.all<T>()).results;
      const [, result] = await db.batch<T>([db.prepare(SESSIONS_TABLE), statement]);
      created = true;
      return result?.results ?? [];
    });
  return {
    read: async (key) => {
      const [row] = await run<{ value: string }>(READ, key, seconds(now));
      return row === undefined ? undefined : (JSON.parse(row.value) as ChatSession);
    },
    write: async (key, value) => void (await run(WRITE, key, JSON.stringify(value), seconds(now) + ttlOf(key))),
    delete: async (key) => void (await run(DELETE, key)),
  };
}

/**
 * Deletes the sessions past their expiry; the Worker's daily cron (wrangler.toml `[triggers]`)
 * calls it. Reads are already blind to them: this only frees the space (one scan of the table a
 * day, no index to pay for on every write).
 * @example ctx.waitUntil(purgeExpiredSessions(env.SESSIONS))
 */
export async function purgeExpiredSessions(db: SqlDatabase, now: () => number = Date.now): Promise<void> {
  await db.batch([db.prepare(SESSIONS_TABLE), db.prepare(PURGE).bind(seconds(now))]);
}

/**
 * Wraps a storage so that a failure (the database down, a limit of the plan reached) costs the
 * conversation's context, never the answer: a failed read is an empty session, a failed write or
 * delete is dropped, each with one log line (the error's name and message, nothing of the session).
 * @example const storage = tolerantSessions(d1Sessions(env.SESSIONS));
 */
export function tolerantSessions(storage: SessionStorage): SessionStorage {
  const logged = (what: string, key: string) => (error: unknown) =>
    void console.error(`sessions: ${what} ${key} failed; going on without it: ${describeFailure(error)}`);
  return {
    read: (key) => Promise.resolve().then(() => storage.read(key)).catch(logged("reading", key)) as Promise<ChatSession | undefined>,
    write: (key, value) => Promise.resolve().then(() => storage.write(key, value)).catch(logged("writing", key)),
    delete: (key) => Promise.resolve().then(() => storage.delete(key)).catch(logged("deleting", key)),
  };
}

/**
 * Sessions in memory, at most `max` of them (the least recently used are dropped), each expiring
 * like a stored one.
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
 * whatever it read, and each write counts against the plan's daily limit.
 * @example const storage = skipUnchangedWrites(d1Sessions(env.SESSIONS));
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
 * The session storage of the app: for each request, the SESSIONS D1 database when it is bound
 * (through {@link tolerantSessions}), else one bounded in-memory store for the isolate. Writes go
 * straight through: the bot's chat session writes only changed values itself, and /api/ask wraps
 * it in {@link skipUnchangedWrites}.
 * @example const sessions = sessionStorage(); sessions(env).read("chat:42")
 */
export function sessionStorage(): (env: Bindings) => SessionStorage {
  const memory = memorySessions();
  const byDatabase = new WeakMap<SqlDatabase, SessionStorage>();
  return (env) => {
    const db = env.SESSIONS;
    if (!db) return memory;
    let storage = byDatabase.get(db);
    if (storage === undefined) byDatabase.set(db, (storage = tolerantSessions(d1Sessions(db))));
    return storage;
  };
}
