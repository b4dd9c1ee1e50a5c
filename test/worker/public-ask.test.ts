import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/http/app";
import { fakeBotApi, fixture, LOCAL, recordingEngine, updateRequest, webhookReplyOf } from "./helpers";

describe("PUBLIC_ASK = off", () => {
  it("returns 404 for the chat page and /api/ask, and still answers Telegram", async () => {
    fakeBotApi();
    const app = createApp({ engine: recordingEngine() });
    const off = { ...env, PUBLIC_ASK: "off" };
    expect((await app.request(`${LOCAL}/`, undefined, off)).status).toBe(404);
    expect((await app.request(`${LOCAL}/api/ask?q=hi`, undefined, off)).status).toBe(404);
    expect(await webhookReplyOf(await app.request(updateRequest(fixture("private_text")), undefined, off))).toMatchObject({ status: 200, reply: { method: "sendMessage" } });
  });

  it("returns the page and answers by default", async () => {
    const app = createApp({ engine: recordingEngine() });
    expect((await app.request(`${LOCAL}/`, undefined, env)).status).toBe(200);
    expect((await app.request(`${LOCAL}/api/ask?q=hi`, undefined, env)).status).toBe(200);
  });
});
