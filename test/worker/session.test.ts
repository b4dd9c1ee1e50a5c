import { env } from "cloudflare:test";
import { MemorySessionStorage } from "grammy";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createEngine, type ChatSession, type SessionStorage } from "../../src/bot/index";
import factIndex from "../../src/generated/fact-index.json";
import intentModel from "../../src/generated/intent-model.json";
import { createApp } from "../../src/http/app";
import { secretMatches } from "../../src/http/secret";
import { fakeBotApi, fixture, freshUpdateId, recordingEngine, updateRequest, webhookReplyOf } from "./helpers";

/** The fixtures' private message with another text, as a new update. */
function question(text: string): Record<string, unknown> {
  const update = fixture("private_text");
  (update.message as Record<string, unknown>).text = text;
  return { ...update, update_id: freshUpdateId() };
}

/** A memory storage that counts its reads and writes. */
function countingStorage(): SessionStorage & { reads: string[]; writes: string[] } {
  const inner = new MemorySessionStorage<ChatSession>();
  const reads: string[] = [];
  const writes: string[] = [];
  return {
    reads,
    writes,
    read: (key) => (reads.push(key), inner.read(key)),
    write: (key, value) => (writes.push(key), inner.write(key, value)),
    delete: (key) => inner.delete(key),
  };
}

describe("the chat session of /webhook", () => {
  afterEach(() => vi.restoreAllMocks());

  it("returns without reading or writing the session for updates that ask no question", async () => {
    fakeBotApi();
    const storage = countingStorage();
    const app = createApp({ engine: recordingEngine(), sessions: () => storage });
    for (const name of ["private_start", "group_not_addressed", "sticker", "channel_post", "inline_query", "my_chat_member_added", "bot_sender"])
      expect((await app.request(updateRequest(fixture(name)), undefined, env)).status, name).toBe(200);
    expect({ reads: storage.reads, writes: storage.writes }).toEqual({ reads: [], writes: [] });
  });

  it("returns answers with one read per question, and writes only a changed focus", async () => {
    fakeBotApi();
    const storage = countingStorage();
    const base = recordingEngine();
    const engine = { ...base, answer: async (q: string) => ({ ...(await base.answer(q)), focus: { people: ["same"], meetings: [], countries: [], articles: [] } }) };
    const app = createApp({ engine, sessions: () => storage });
    for (let i = 0; i < 3; i++) {
      const { reply } = await webhookReplyOf(await app.request(updateRequest(fixture("private_text")), undefined, env));
      expect(reply).toMatchObject({ method: "sendMessage" });
    }
    expect(storage.reads).toEqual(["chat:123456789", "chat:123456789", "chat:123456789"]);
    expect(storage.writes).toEqual(["chat:123456789"]);
  });

  it("returns a question that leans on nothing without reading the session, and a greeting without writing it", async () => {
    fakeBotApi();
    const storage = countingStorage();
    const app = createApp({ engine: createEngine(factIndex, intentModel), sessions: () => storage });
    for (const text of ["Who met whom?", "hi"]) {
      const { reply } = await webhookReplyOf(await app.request(updateRequest(question(text)), undefined, env));
      expect(reply, text).toMatchObject({ method: "sendMessage" });
    }
    expect({ reads: storage.reads, writes: storage.writes }).toEqual({ reads: [], writes: ["chat:123456789"] });
    await app.request(updateRequest(question("When?")), undefined, env);
    expect(storage.reads).toEqual(["chat:123456789"]);
  });

  it("returns a follow-up in the focus that a question answered without reading the session left", async () => {
    fakeBotApi();
    const storage = countingStorage();
    const engine = { ...recordingEngine(), needsContext: (q: string) => q === "When?" };
    const app = createApp({ engine, sessions: () => storage });
    for (const text of ["Who met whom?", "hi there", "When?"]) await app.request(updateRequest(question(text)), undefined, env);
    expect(engine.asked.map((a) => a.conversation.focus?.people)).toEqual([undefined, undefined, ["focus-of:hi there"]]);
    expect(storage.reads).toEqual(["chat:123456789"]);
  });

  it("returns each request's answer with its own bindings' storage while the bot is shared", async () => {
    fakeBotApi();
    const [a, b] = [countingStorage(), countingStorage()];
    const app = createApp({ engine: recordingEngine(), sessions: (bindings) => (bindings === env ? a : b) });
    await app.request(updateRequest(fixture("private_text")), undefined, env);
    await app.request(updateRequest(fixture("private_text")), undefined, { ...env });
    expect([a.writes.length, b.writes.length]).toEqual([1, 1]);
  });
});

describe("secretMatches", () => {
  it("returns true only for the same secret", () => {
    expect(secretMatches("s3cret", "s3cret")).toBe(true);
    expect(secretMatches("s3cres", "s3cret")).toBe(false);
    expect(secretMatches("s3cret2", "s3cret")).toBe(false);
    expect(secretMatches("", "s3cret")).toBe(false);
    expect(secretMatches(undefined, "s3cret")).toBe(false);
    expect(secretMatches("x".repeat(300), "x".repeat(300))).toBe(true);
    expect(secretMatches("x".repeat(301), "x".repeat(300))).toBe(false);
  });
});
