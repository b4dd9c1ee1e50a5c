import { MemorySessionStorage } from "grammy";
import { describe, expect, it } from "vitest";
import type { ChatSession } from "../../src/bot/index";
import { writeBehind, type PendingWrites } from "../../src/http/write-behind";

const focus = (person: string) => ({ people: [person], meetings: [], countries: [], articles: [] });

describe("writeBehind", () => {
  it("returns from write before the storage is written, hands the write to defer, and reads the pending value", async () => {
    const inner = new MemorySessionStorage<ChatSession>();
    const deferred: Promise<unknown>[] = [];
    const pending: PendingWrites = new Map();
    const storage = writeBehind(inner, (work) => deferred.push(work), pending);
    storage.write("chat:1", { focus: focus("a") });
    expect(deferred).toHaveLength(1);
    expect(await writeBehind(inner, () => {}, pending).read("chat:1")).toEqual({ focus: focus("a") });
    await Promise.all(deferred);
    expect(inner.read("chat:1")).toEqual({ focus: focus("a") });
    expect(pending.size).toBe(0);
  });

  it("returns normally when the deferred write fails, and logs it", async () => {
    const deferred: Promise<unknown>[] = [];
    const failing = { read: () => undefined, write: () => Promise.reject(new Error("kv down")), delete: () => {} };
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      writeBehind(failing, (work) => deferred.push(work), new Map()).write("chat:1", {});
      await Promise.all(deferred);
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
  });
});
