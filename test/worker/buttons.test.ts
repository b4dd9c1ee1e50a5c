import { env } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createApp } from "../../src/http/app";
import { fixture, recordingEngine, updateRequest, webhookReplyOf } from "./helpers";

describe("a button press with a slow Bot API", () => {
  afterEach(() => vi.restoreAllMocks());

  it("returns the answer at once while answerCallbackQuery is still on its way", async () => {
    const methods: string[] = [];
    vi.spyOn(globalThis, "fetch").mockImplementation((input) => {
      methods.push(String(input instanceof Request ? input.url : input).split("/").pop() ?? "");
      return new Promise<Response>(() => {}); // never answers
    });
    const engine = recordingEngine();
    const app = createApp({ engine, handlerTimeoutMs: 1000 });
    const started = Date.now();
    const { status, reply } = await webhookReplyOf(await app.request(updateRequest(fixture("callback_query")), undefined, env));
    expect(status).toBe(200);
    expect(reply).toMatchObject({ method: "sendMessage", chat_id: 123456789 });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(methods).toEqual(["answerCallbackQuery"]);
  });
});
