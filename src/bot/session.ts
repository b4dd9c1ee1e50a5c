/**
 * @module The chat session as lazy middleware whose storage is chosen per update, so that one bot
 * serves every request of an isolate while each request keeps its own bindings (the session database); and
 * the same lazy session for a handler outside grammY (the webhook's quick answer).
 */
import type { MiddlewareFn } from "grammy";
import { chatSessionKey, type BotContext, type ChatSession, type SessionStorage } from "./context";

/** Where the session of one update is kept: a storage, or a function of the update's context. */
export type SessionsOf = SessionStorage | ((ctx: BotContext) => SessionStorage);

/** The stored value as read, and the session handed to the handlers. */
interface Loaded {
  stored: string | undefined;
  session: ChatSession;
}

/** One chat's session during one update: read on demand, replaced, then saved if it changed. */
export interface OpenSession {
  /** The session, read from the storage the first time it is asked for (or the one that replaced it). */
  read(): Promise<ChatSession>;
  /** Replaces the session without reading it (null or undefined: delete it). */
  replace(value: ChatSession | null | undefined): void;
  /** Writes the session back when it was replaced or differs from what was read; deletes a replaced-by-null one. */
  save(): Promise<void>;
}

/**
 * A chat's session under `key` (undefined for an update without a chat: reading it throws): the
 * storage is read only when {@link OpenSession.read} is called, and written back by `save` only
 * when the session differs from what was read (or was replaced). Nothing is read or written for
 * an update that never touches it.
 * @example const chat = openSession(() => storage, "chat:42"); (await chat.read()).focus = focus; await chat.save();
 */
export function openSession(storageOf: () => SessionStorage, key: string | undefined): OpenSession {
  let loading: Promise<Loaded> | undefined;
  let replaced: { value: ChatSession | null | undefined } | undefined;
  const load = (): Promise<Loaded> => {
    if (key === undefined) throw new Error("bot: this update has no chat, so it has no session");
    return (loading ??= Promise.resolve(storageOf().read(key)).then((value) => ({
      stored: value === undefined ? undefined : JSON.stringify(value),
      session: value ?? {},
    })));
  };
  return {
    read: () => (replaced ? Promise.resolve(replaced.value ?? {}) : load().then((l) => l.session)),
    replace: (value) => void (replaced = { value }),
    save: async () => {
      if (key === undefined || (loading === undefined && replaced === undefined)) return;
      const storage = storageOf();
      const stored = loading ? (await loading).stored : undefined;
      const value = replaced ? replaced.value : (await loading!).session;
      if (value === null || value === undefined) {
        if (loading === undefined || stored !== undefined) await storage.delete(key);
        return;
      }
      const json = JSON.stringify(value);
      const unchanged = loading !== undefined && (json === stored || (stored === undefined && json === "{}"));
      if (!unchanged) await storage.write(key, value);
    },
  };
}

/**
 * Like grammY's `lazySession`, keyed by chat (`chat:<id>`): the storage is read only when a handler
 * awaits `ctx.session`, and written back only when the session differs from what was read (an
 * update that never touches it costs no read, an unchanged one no write). A handler that throws
 * writes nothing. Reading `ctx.session` in an update without a chat throws.
 * @example bot.use(chatSession((ctx) => storageOfThisRequest(ctx)))
 */
export function chatSession(sessions: SessionsOf): MiddlewareFn<BotContext> {
  const storageOf = typeof sessions === "function" ? sessions : () => sessions;
  return async (ctx, next) => {
    const session = openSession(() => storageOf(ctx), chatSessionKey(ctx.chatId));
    Object.defineProperty(ctx, "session", { configurable: true, get: session.read, set: session.replace });
    await next(); // no catch: nothing is written when a handler throws
    await session.save();
  };
}
