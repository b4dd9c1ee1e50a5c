/** @module Where sessions live per request: Workers KV (SESSIONS) when bound, else memory; a wrapper that skips writing unchanged values. */
import { KvAdapter } from "@grammyjs/storage-cloudflare";
import { MemorySessionStorage } from "grammy";
import type { ChatSession, SessionStorage } from "../bot/index";
import type { Bindings } from "./deps";

/**
 * Wraps a storage so that writing back the value just read is skipped: grammY's session writes
 * whatever it read, and each KV write counts against the plan's daily limit.
 * @example const storage = skipUnchangedWrites(new KvAdapter(env.SESSIONS));
 */
export function skipUnchangedWrites(storage: SessionStorage): SessionStorage {
  const seen = new Map<string, string>();
  return {
    read: async (key) => {
      const value = await storage.read(key);
      if (value !== undefined) seen.set(key, JSON.stringify(value));
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
 * else one in-memory store for the isolate. Writes go straight through: the bot's chat session
 * writes only changed values itself, and /api/ask wraps it in {@link skipUnchangedWrites}.
 * @example const sessions = sessionStorage(); sessions(env).read("chat:42")
 */
export function sessionStorage(): (env: Bindings) => SessionStorage {
  const memory = new MemorySessionStorage<ChatSession>();
  return (env) => (env.SESSIONS ? new KvAdapter<ChatSession>(env.SESSIONS as never) : memory);
}
