import { env, SELF } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createApp } from "../../src/http/app";
import type { Block } from "../../src/qa/index";
import { fakeBotApi, fixture, recordingEngine, updateRequest, webhookReplyOf } from "./helpers";

const SECRET = "s3cret-token_for-tests";

/** The webhook reply to private_text when every answer has this body (and one source). */
async function replyWithBody(body: Block[]): Promise<Record<string, any> | undefined> {
  fakeBotApi();
  const base = recordingEngine();
  const engine = { ...base, answer: async (q: string) => ({ ...(await base.answer(q)), body }) };
  const { reply } = await webhookReplyOf(await createApp({ engine }).request(updateRequest(fixture("private_text")), undefined, env));
  return reply;
}

describe("POST /webhook", () => {
  afterEach(() => vi.restoreAllMocks());

  it("returns the webhook reply as a JSON object, not a JSON string", async () => {
    const response = await SELF.fetch(updateRequest(fixture("private_text")));
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    const body: unknown = JSON.parse(await response.text());
    expect(typeof body).toBe("object");
    expect(body).toMatchObject({ method: "sendMessage", chat_id: 123456789 });
  });

  it("returns 400 for a body that is not JSON", async () => {
    const response = await SELF.fetch(updateRequest("{not json"));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ ok: false, error: "body is not JSON" });
  });

  it("returns 400 for JSON that is not an update", async () => {
    const chat = { id: 1, type: "private" };
    const malformed = [
      { update_id: 1, message: { message_id: 1, date: 0, chat, from: null, text: "hi" } },
      { update_id: 1, message: { message_id: 1, date: 0, chat, text: 42 } },
      { update_id: 1, message: { message_id: 1, date: 0, text: "no chat" } },
      { update_id: 1, callback_query: { id: "1", from: { id: 2, is_bot: false, first_name: "A" }, chat_instance: "c", data: 7 } },
      { update_id: 1, message: { message_id: 1, date: 0, chat, text: "two kinds" }, inline_query: { id: "1" } },
      // a command entity with no text for it to mark (grammY's command filter would read the missing text)
      { update_id: 1, message: { message_id: 1, date: 0, chat, entities: [{ type: "bot_command", offset: 0, length: 6 }] } },
      { update_id: 1, message: { message_id: 1, date: 0, chat, caption_entities: [{ type: "bot_command", offset: 0, length: 6 }] } },
    ];
    for (const body of [[], "null", { update_id: "1", message: {} }, { message: {} }, { update_id: 1 }, { update_id: 1, message: 3 }, ...malformed]) {
      const response = await SELF.fetch(updateRequest(typeof body === "string" ? body : JSON.stringify(body)));
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
  });

  it("returns 413 for a body over 1 MiB", async () => {
    const update = { ...fixture("private_text"), padding: { text: "x".repeat(1024 * 1024) } };
    const response = await SELF.fetch(updateRequest(update));
    expect(response.status).toBe(413);
  });

  it("returns 405 for GET", async () => {
    expect((await SELF.fetch("http://attache.test/webhook")).status).toBe(405);
  });

  it("returns 401 and does not process the update when the secret header is missing or wrong", async () => {
    const engine = recordingEngine();
    const app = createApp({ engine });
    const withSecret = { ...env, WEBHOOK_SECRET: SECRET };
    const missing = await app.request(updateRequest(fixture("private_text")), undefined, withSecret);
    const wrong = await app.request(
      updateRequest(fixture("private_text"), { "X-Telegram-Bot-Api-Secret-Token": `${SECRET}x` }),
      undefined,
      withSecret,
    );
    expect([missing.status, wrong.status]).toEqual([401, 401]);
    expect(engine.asked).toEqual([]);
  });

  it("returns the reply when the secret header is right", async () => {
    const app = createApp({ engine: recordingEngine() });
    const response = await app.request(
      updateRequest(fixture("private_text"), { "X-Telegram-Bot-Api-Secret-Token": SECRET }),
      undefined,
      { ...env, WEBHOOK_SECRET: SECRET },
    );
    expect(await webhookReplyOf(response)).toMatchObject({ status: 200, reply: { method: "sendMessage" } });
  });

  it("returns 200 when a handler throws", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const engine = { ...recordingEngine(), answer: () => { throw new Error("boom"); } };
    const response = await createApp({ engine }).request(updateRequest(fixture("private_text")), undefined, env);
    expect(response.status).toBe(200);
    expect(errors).toHaveBeenCalled();
  });

  it("returns 200 when a handler runs too long", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const stuck = { read: () => new Promise<never>(() => {}), write: async () => {}, delete: async () => {} };
    const app = createApp({ engine: recordingEngine(), sessions: () => stuck, handlerTimeoutMs: 20 });
    const response = await app.request(updateRequest(fixture("private_text")), undefined, env);
    expect(response.status).toBe(200);
    expect(errors.mock.calls.flat().join(" ")).toMatch(/still running/);
  });

  it("returns 200 when the Bot API is unreachable for a button press", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    vi.spyOn(globalThis, "fetch").mockRejectedValue(new TypeError("network down"));
    const { status, reply } = await webhookReplyOf(await SELF.fetch(updateRequest(fixture("callback_query"))));
    expect(status).toBe(200);
    expect(reply).toMatchObject({ method: "sendMessage" });
  });

  it("returns replies whose text never exceeds 4096 characters for a very long answer", async () => {
    const reply = await replyWithBody([{ kind: "list", items: Array.from({ length: 500 }, (_, i) => [`item ${i} <&> ${"é".repeat(20)}`]) }]);
    expect(reply?.text.length).toBeLessThanOrEqual(4096);
    expect(reply?.text).toMatch(/shortened/);
    expect(reply?.text).toMatch(/Source:/);
  });

  it("returns the answer's sources block once, as the footer, kept when a long answer is shortened", async () => {
    const reply = await replyWithBody([
      { kind: "list", items: Array.from({ length: 400 }, (_, i) => [`meeting ${i}`]) },
      { kind: "sources", sources: [{ article: "a", title: "An article", publisher: "ST", url: "https://news.test/a" }] },
    ]);
    expect(reply?.text.length).toBeLessThanOrEqual(4096);
    expect(reply?.text.match(/Source/g)).toHaveLength(1);
    expect(reply?.text).toMatch(/shortened/);
    expect(reply?.text).toMatch(/<i>Source:<\/i> <a href="https:\/\/news.test\/a">An article<\/a> \(ST\)$/);
  });
});

describe("GET /healthz", () => {
  it("returns 200", async () => {
    expect((await SELF.fetch("http://attache.test/healthz")).status).toBe(200);
  });
});
