import { env } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Answer, Conversation } from "../../src/qa/index";
import { createApp } from "../../src/http/app";
import { fakeBotApi, fixture, recordingEngine, updateRequest, webhookReplyOf } from "./helpers";

/** A private message from the fixtures' user with another text (a command when it starts with "/"). */
function privateMessage(updateId: number, text: string): Record<string, unknown> {
  const update = fixture("private_text");
  const message = update.message as Record<string, unknown>;
  message.text = text;
  message.message_id = updateId;
  if (text.startsWith("/")) message.entities = [{ type: "bot_command", offset: 0, length: text.split(" ")[0]!.length }];
  else delete message.entities;
  return { ...update, update_id: updateId };
}

/** A press of a button with this callback data, in the fixtures' private chat. */
function buttonPress(updateId: number, data: string): Record<string, unknown> {
  const update = fixture("callback_query");
  (update.callback_query as Record<string, unknown>).data = data;
  return { ...update, update_id: updateId };
}

/** The recording engine, whose answers to "Who met whom?" have 7 more items to show. */
function pagingEngine() {
  const engine = recordingEngine();
  const plain = engine.answer.bind(engine);
  engine.answer = async (question: string, conversation?: Conversation): Promise<Answer> => {
    const a = await plain(question, conversation);
    return question === "Who met whom?" ? { ...a, more: 7 } : a;
  };
  return engine;
}

describe("the chat's context through /webhook", () => {
  afterEach(() => vi.restoreAllMocks());

  it("returns a fresh start after /reset: the next question has no focus", async () => {
    fakeBotApi();
    const engine = recordingEngine();
    const app = createApp({ engine });
    await app.request(updateRequest(privateMessage(101, "Who met whom?")), undefined, env);
    const { reply } = await webhookReplyOf(await app.request(updateRequest(privateMessage(102, "/reset")), undefined, env));
    expect(reply?.text).toMatch(/forgotten what we talked about/);
    await app.request(updateRequest(privateMessage(103, "When?")), undefined, env);
    expect(engine.asked.map((a) => a.question)).toEqual(["Who met whom?", "When?"]);
    expect(engine.asked[1]?.conversation.focus).toBeUndefined();
  });

  it("returns a fresh start after /start too", async () => {
    fakeBotApi();
    const engine = recordingEngine();
    const app = createApp({ engine });
    await app.request(updateRequest(privateMessage(111, "Who met whom?")), undefined, env);
    await app.request(updateRequest(privateMessage(112, "/start")), undefined, env);
    await app.request(updateRequest(privateMessage(113, "When?")), undefined, env);
    expect(engine.asked[1]?.conversation.focus).toBeUndefined();
  });

  it("returns a 'more' button under a long list, which asks for the next page in the same chat", async () => {
    fakeBotApi();
    const engine = pagingEngine();
    const app = createApp({ engine });
    const { reply } = await webhookReplyOf(await app.request(updateRequest(privateMessage(121, "Who met whom?")), undefined, env));
    const button = reply?.reply_markup?.inline_keyboard?.[0]?.[0];
    expect(button).toMatchObject({ text: "Show 7 more" });
    await app.request(updateRequest(buttonPress(122, button.callback_data)), undefined, env);
    expect(engine.asked[1]?.question).toBe("more");
    expect(engine.asked[1]?.conversation.focus?.people).toEqual(["focus-of:Who met whom?"]);
  });
});
