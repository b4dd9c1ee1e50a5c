/**
 * @module Session writes that do not hold up the webhook reply: the session store's write runs after the response
 * (`waitUntil`), and reads of the same isolate see a value still being written.
 */
import type { ChatSession, SessionStorage } from "../bot/index";

/** Values being written, by storage key; shared by the requests of one isolate. */
export type PendingWrites = Map<string, ChatSession>;

/**
 * The pending writes of each session database (an object without one shares one map), for the life of
 * the isolate.
 * @example const pendingOf = pendingWrites(); writeBehind(storage, defer, pendingOf(env.SESSIONS))
 */
export function pendingWrites(): (namespace?: object) => PendingWrites {
  const byNamespace = new WeakMap<object, PendingWrites>();
  const none = {};
  return (namespace = none) => {
    let pending = byNamespace.get(namespace);
    if (pending === undefined) byNamespace.set(namespace, (pending = new Map()));
    return pending;
  };
}

/**
 * Wraps a storage so that `write` returns at once and its promise goes to `defer` (the request's
 * `waitUntil`); a failed write is logged. Until a write settles, `read` of its key returns the value
 * written, so a quick follow-up in this isolate sees it.
 * @example writeBehind(storage, (p) => c.executionCtx.waitUntil(p), pending)
 */
export function writeBehind(storage: SessionStorage, defer: (work: Promise<unknown>) => void, pending: PendingWrites): SessionStorage {
  return {
    read: (key) => (pending.has(key) ? structuredClone(pending.get(key)) : storage.read(key)),
    write: (key, value) => {
      const copy = structuredClone(value);
      pending.set(key, copy);
      const settle = () => void (pending.get(key) === copy && pending.delete(key));
      defer(
        Promise.resolve()
          .then(() => storage.write(key, value))
          .catch((error: unknown) => console.error(`webhook: session ${key} not saved:`, error))
          .finally(settle),
      );
    },
    delete: (key) => {
      pending.delete(key);
      return storage.delete(key);
    },
  };
}
