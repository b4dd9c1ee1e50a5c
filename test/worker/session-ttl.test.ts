import { env, SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { memorySessions, SESSION_TTL } from "../../src/http/session-storage";
import { fixture, LOCAL, updateRequest } from "./helpers";

const focus = (person: string) => ({ people: [person], meetings: [], countries: [], articles: [] });

/** The expiry (seconds since the epoch) the sessions table keeps for a key, or undefined for none. */
async function expirationOf(key: string): Promise<number | undefined> {
  const { results } = await env.SESSIONS.prepare("SELECT expires FROM sessions WHERE key = ?1").bind(key).all<{ expires: number }>();
  return results[0]?.expires;
}

describe("session expiry in D1", () => {
  it("returns a chat's session with an expiration days away, and a web conversation's hours away", async () => {
    const update = fixture("private_text");
    await (await SELF.fetch(updateRequest(update))).text();
    await (await SELF.fetch(`${LOCAL}/api/ask?q=${encodeURIComponent("Who met whom?")}&conversation=ttl-test`)).text();
    const now = Date.now() / 1000;
    const chat = await expirationOf(`chat:${(update.message as { chat: { id: number } }).chat.id}`);
    const web = await expirationOf("web:ttl-test");
    expect(chat).toBeDefined();
    expect(web).toBeDefined();
    expect(chat! - now).toBeGreaterThan(SESSION_TTL.chat - 120);
    expect(chat! - now).toBeLessThanOrEqual(SESSION_TTL.chat + 5);
    expect(web! - now).toBeGreaterThan(SESSION_TTL.web - 120);
    expect(web! - now).toBeLessThanOrEqual(SESSION_TTL.web + 5);
    expect(SESSION_TTL.chat).toBeGreaterThanOrEqual(24 * 3600);
    expect(SESSION_TTL.web).toBeLessThan(24 * 3600);
  });
});

describe("memorySessions (the fallback without a database)", () => {
  it("returns at most `max` sessions, dropping the least recently used", () => {
    const memory = memorySessions(2);
    memory.write("chat:1", { focus: focus("a") });
    memory.write("chat:2", { focus: focus("b") });
    memory.read("chat:1");
    memory.write("chat:3", { focus: focus("c") });
    expect([memory.read("chat:1"), memory.read("chat:2"), memory.read("chat:3")]).toEqual([{ focus: focus("a") }, undefined, { focus: focus("c") }]);
  });

  it("returns nothing for a session past its time to live", () => {
    let now = 0;
    const memory = memorySessions(10, () => now);
    memory.write("web:x", {});
    memory.write("chat:1", {});
    now = (SESSION_TTL.web + 1) * 1000;
    expect([memory.read("web:x"), memory.read("chat:1")]).toEqual([undefined, {}]);
    now = (SESSION_TTL.chat + 1) * 1000;
    expect(memory.read("chat:1")).toBeUndefined();
  });
});
