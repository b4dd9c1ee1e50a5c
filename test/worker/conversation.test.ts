import { env, SELF } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createApp } from "../../src/http/app";
import { d1Sessions } from "../../src/http/session-storage";
import { fakeBotApi, fixture, freshUpdateId, recordingEngine, updateRequest, webhookReplyOf } from "./helpers";

/** A private message from the fixtures' user with another text (and optionally a reply to the bot). */
function privateMessage(updateId: number, text: string, replyTo?: string): Record<string, unknown> {
  const update = fixture("private_text");
  const message = update.message as Record<string, unknown>;
  message.text = text;
  message.message_id = updateId;
  if (replyTo) message.reply_to_message = { message_id: 1, date: 0, chat: message.chat, from: { id: 7000000001, is_bot: true, first_name: "Attaché" }, text: replyTo };
  return { ...update, update_id: freshUpdateId() };
}

describe("a three-turn conversation through /webhook", () => {
  afterEach(() => vi.restoreAllMocks());

  it("returns each answer and passes the previous focus and the replied-to message as context", async () => {
    fakeBotApi();
    const engine = recordingEngine();
    const app = createApp({ engine });
    const turns = [privateMessage(1, "Who met whom?"), privateMessage(2, "When?"), privateMessage(3, "And where?", "Answer to: When?")];
    for (const turn of turns) {
      const { status, reply } = await webhookReplyOf(await app.request(updateRequest(turn), undefined, env));
      expect(status).toBe(200);
      expect(reply).toMatchObject({ method: "sendMessage", chat_id: 123456789 });
    }
    expect(engine.asked.map((a) => a.question)).toEqual(["Who met whom?", "When?", "And where?"]);
    expect(engine.asked[0]?.conversation.focus).toBeUndefined();
    expect(engine.asked[1]?.conversation.focus?.people).toEqual(["focus-of:Who met whom?"]);
    expect(engine.asked[2]?.conversation).toMatchObject({ focus: { people: ["focus-of:When?"] }, replyTo: "Answer to: When?" });
    expect(await d1Sessions(env.SESSIONS).read("chat:123456789")).toMatchObject({ focus: { people: ["focus-of:And where?"] } });
  });

  it("returns answers from the real engine for three turns in a group", async () => {
    const turns = ["group_mention", "group_reply_to_bot", "supergroup_topic"];
    for (const name of turns) {
      const { status, reply } = await webhookReplyOf(await SELF.fetch(updateRequest(fixture(name))));
      expect(status).toBe(200);
      expect(reply).toMatchObject({ method: "sendMessage", chat_id: -1001234567890, parse_mode: "HTML" });
    }
    expect(await d1Sessions(env.SESSIONS).read("chat:-1001234567890")).toHaveProperty("focus");
  });
});

describe("GET /api/ask", () => {
  it("returns the answer object of `ask --json`", async () => {
    const response = await SELF.fetch(`http://attache.test/api/ask?q=${encodeURIComponent("Who met whom?")}`);
    expect(response.status).toBe(200);
    const answer = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(answer)).toEqual(expect.arrayContaining(["text", "found", "intent", "confidence", "sources"]));
  });

  it("returns 400 with a clear error when q is missing", async () => {
    const response = await SELF.fetch("http://attache.test/api/ask");
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: expect.stringMatching(/q=/) });
  });

  it("returns 400 for a malformed conversation id", async () => {
    const response = await SELF.fetch("http://attache.test/api/ask?q=hi&conversation=../x");
    expect(response.status).toBe(400);
  });

  it("returns follow-up answers with the conversation's previous focus", async () => {
    const engine = recordingEngine();
    const app = createApp({ engine });
    for (const q of ["Who met whom?", "When?"]) {
      const response = await app.request(`/api/ask?q=${encodeURIComponent(q)}&conversation=abc123`, undefined, env);
      expect(response.status).toBe(200);
    }
    await app.request(`/api/ask?q=Where`, undefined, env);
    expect(engine.asked.map((a) => a.conversation.focus?.people)).toEqual([undefined, ["focus-of:Who met whom?"], undefined]);
    expect(await d1Sessions(env.SESSIONS).read("web:abc123")).toMatchObject({ focus: { people: ["focus-of:When?"] } });
  });
});
