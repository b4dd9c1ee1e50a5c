import { MemorySessionStorage } from "grammy";
import { describe, expect, it } from "vitest";
import type { ChatSession } from "../../src/bot/index";
import { skipUnchangedWrites } from "../../src/http/session-storage";

const focus = (person: string) => ({ people: [person], meetings: [], countries: [], articles: [] });

describe("skipUnchangedWrites", () => {
  it("returns without writing a value equal to the one just read, and writes a changed one", async () => {
    const inner = new MemorySessionStorage<ChatSession>();
    inner.write("chat:1", { focus: focus("a") });
    const writes: string[] = [];
    const counting = { ...inner, read: (k: string) => inner.read(k), delete: (k: string) => inner.delete(k), write: (k: string, v: ChatSession) => (writes.push(k), inner.write(k, v)) };
    const storage = skipUnchangedWrites(counting);
    await storage.read("chat:1");
    await storage.write("chat:1", { focus: focus("a") });
    expect(writes).toEqual([]);
    await storage.write("chat:1", { focus: focus("b") });
    expect(writes).toEqual(["chat:1"]);
    expect(inner.read("chat:1")).toEqual({ focus: focus("b") });
  });
});
