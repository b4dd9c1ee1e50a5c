import { env } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createApp } from "../../src/http/app";
import { fakeBotApi, fixture, recordingEngine, updateRequest, webhookReplyOf } from "./helpers";

describe("an update Telegram delivers again", () => {
  afterEach(() => vi.restoreAllMocks());

  it("returns an empty 200 the second time in the same isolate, and answers once", async () => {
    fakeBotApi();
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const engine = recordingEngine();
    const app = createApp({ engine });
    const update = fixture("private_text");
    const first = await webhookReplyOf(await app.request(updateRequest(update), undefined, env));
    const again = await webhookReplyOf(await app.request(updateRequest(update), undefined, env));
    expect(first).toMatchObject({ status: 200, reply: { method: "sendMessage" } });
    expect(again).toEqual({ status: 200 });
    expect(engine.asked).toHaveLength(1);
  });

  it("returns an empty 200 from another isolate too (the shared record), and answers once", async () => {
    fakeBotApi();
    const warnings = vi.spyOn(console, "warn").mockImplementation(() => {});
    const engine = recordingEngine();
    const [first, second] = [createApp({ engine }), createApp({ engine })];
    const update = fixture("private_text");
    await first.request(updateRequest(update), undefined, env);
    expect(await webhookReplyOf(await second.request(updateRequest(update), undefined, env))).toEqual({ status: 200 });
    expect(engine.asked).toHaveLength(1);
    expect(warnings.mock.calls.flat().join(" ")).toMatch(/delivered again; dropped/);
  });

  it("returns answers to different updates of the same chat", async () => {
    fakeBotApi();
    const engine = recordingEngine();
    const app = createApp({ engine });
    for (let i = 0; i < 3; i++) await app.request(updateRequest(fixture("private_text")), undefined, env);
    expect(engine.asked).toHaveLength(3);
  });
});
