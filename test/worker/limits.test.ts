import { env, SELF } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ChatSession, SessionStorage } from "../../src/bot/index";
import { SLOW_DOWN } from "../../src/bot/guards";
import { createApp } from "../../src/http/app";
import { limiterOf, LIMITS, memoryLimiter, type Limits } from "../../src/http/limits";
import { memorySessions } from "../../src/http/session-storage";
import { fakeBotApi, fixture, LOCAL, recordingEngine, updateRequest, webhookReplyOf } from "./helpers";

/** A client address of its own for each call, never one a test before used (a random pick of 250 once collided and failed a test), so that counts do not mix. */
let lastHost = 0;
const someIp = () => `2001:db8::${(++lastHost).toString(16)}:${Math.floor(Math.random() * 0xffff).toString(16)}`;

/** Waits for the start of the next minute when this one is nearly over: the binding counts per fixed minute. */
async function awayFromWindowEdge(): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < 15_000) await new Promise((wake) => setTimeout(wake, left + 100));
}

const ask = (app: { request: typeof SELF.fetch } | ReturnType<typeof createApp>, ip: string, q = "Who met whom?") =>
  (app as ReturnType<typeof createApp>).request(`${LOCAL}/api/ask?q=${encodeURIComponent(q)}`, { headers: { "cf-connecting-ip": ip } }, env);

/** Limits that let everything through but the chat limit given. */
function chatLimited(limit: number): () => Limits {
  const chat = memoryLimiter({ limit, period: 60 });
  const open = memoryLimiter({ limit: 1e9, period: 60 });
  return () => ({ api: open, chat, seen: { take: async () => true, retryAfter: 60 } });
}

/** A memory storage that counts writes. */
function countingStorage(): SessionStorage & { writes: number } {
  const inner = memorySessions();
  const storage = {
    writes: 0,
    read: (key: string) => inner.read(key),
    write: (key: string, value: ChatSession) => (storage.writes++, inner.write(key, value)),
    delete: (key: string) => inner.delete(key),
  };
  return storage;
}

describe("limiterOf", () => {
  it("returns true (lets the question through) when the binding fails, and logs it", async () => {
    const warnings = vi.spyOn(console, "warn").mockImplementation(() => {});
    const broken = { limit: async () => { throw new Error("binding down"); } };
    expect(await limiterOf(broken, LIMITS.api, memoryLimiter(LIMITS.api)).take("api:x")).toBe(true);
    expect(warnings.mock.calls.flat().join(" ")).toMatch(/binding failed \(binding down\)/);
    vi.restoreAllMocks();
  });

  it("returns the memory limiter's count within one period without a binding", async () => {
    let now = 0;
    const limiter = memoryLimiter({ limit: 2, period: 10 }, () => now);
    expect([await limiter.take("a"), await limiter.take("a"), await limiter.take("a"), await limiter.take("b")]).toEqual([true, true, false, true]);
    now = 10_000;
    expect(await limiter.take("a")).toBe(true);
  });
});

describe("GET /api/ask over the limit", () => {
  it("returns 429 with Retry-After once a client has asked its limit this minute, and still answers another client", async () => {
    await awayFromWindowEdge();
    const ip = someIp();
    const statuses: number[] = [];
    for (let i = 0; i <= LIMITS.api.limit; i++) {
      const response = await SELF.fetch(`${LOCAL}/api/ask?q=${encodeURIComponent("Who met whom?")}`, { headers: { "cf-connecting-ip": ip } });
      statuses.push(response.status);
      if (response.status === 429) {
        expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
        expect(await response.json()).toMatchObject({ error: expect.stringMatching(/too many questions/) });
      } else await response.body?.cancel();
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(LIMITS.api.limit);
    expect(statuses.at(-1)).toBe(429);
    expect((await SELF.fetch(`${LOCAL}/api/ask?q=hi`, { headers: { "cf-connecting-ip": someIp() } })).status).toBe(200);
  });

  it("returns 429 from a second app (another isolate) sharing the binding: the count is not per isolate", async () => {
    await awayFromWindowEdge();
    const ip = someIp();
    const [first, second] = [createApp({ engine: recordingEngine() }), createApp({ engine: recordingEngine() })];
    for (let i = 0; i < LIMITS.api.limit; i++) expect((await ask(first, ip)).status).toBe(200);
    expect((await ask(second, ip)).status).toBe(429);
  });
});

describe("questions in Telegram over the chat's limit", () => {
  afterEach(() => vi.restoreAllMocks());

  it("returns one polite reply, then silence, and answers no more questions", async () => {
    fakeBotApi();
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const engine = recordingEngine();
    const app = createApp({ engine, limits: chatLimited(2) });
    const replies = [];
    for (let i = 0; i < 4; i++) replies.push((await webhookReplyOf(await app.request(updateRequest(fixture("private_text")), undefined, env))).reply);
    expect(engine.asked).toHaveLength(2);
    expect(replies[2]).toMatchObject({ method: "sendMessage", text: SLOW_DOWN });
    expect(replies[3]).toBeUndefined();
  });

  it("returns a short notice to a button press over the limit, and no answer", async () => {
    const calls = fakeBotApi();
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const engine = recordingEngine();
    const app = createApp({ engine, limits: chatLimited(0) });
    const { reply } = await webhookReplyOf(await app.request(updateRequest(fixture("callback_query")), undefined, env));
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toMatchObject({ method: "answerCallbackQuery", payload: { text: SLOW_DOWN } });
    expect(reply).toBeUndefined();
    expect(engine.asked).toEqual([]);
  });

  it("returns answers in other chats and ignores group talk that asks nothing", async () => {
    fakeBotApi();
    const engine = recordingEngine();
    const app = createApp({ engine, limits: chatLimited(1) });
    for (const name of ["group_not_addressed", "group_not_addressed", "group_mention", "private_text"])
      await app.request(updateRequest(fixture(name)), undefined, env);
    expect(engine.asked).toHaveLength(2);
  });
});

describe("session writes of the web page's conversations", () => {
  it("returns 100 answers with at most one write each, and none when the focus did not change", async () => {
    const storage = countingStorage();
    const base = recordingEngine();
    const sameFocus = { ...base, answer: async (q: string) => ({ ...(await base.answer(q)), focus: { people: ["same"], meetings: [], countries: [], articles: [] } }) };
    const open = chatLimited(1e9);
    for (const [engine, conversation] of [[base, "changing"], [sameFocus, "same"]] as const) {
      const app = createApp({ engine, sessions: () => storage, limits: open });
      for (let i = 0; i < 100; i++) {
        const response = await app.request(`${LOCAL}/api/ask?q=question+${i}&conversation=${conversation}`, undefined, env);
        expect(response.status).toBe(200);
      }
    }
    expect(storage.writes).toBe(100 + 1);
  });
});
