import { describe, expect, it } from "vitest";
import { botInfoOf, LOCAL_BOT } from "../../src/config";
import { webhookBots } from "../../src/http/webhook-bot";
import { recordingEngine } from "./helpers";

const config = { token: `${LOCAL_BOT.id}:local-dev-token`, botInfo: botInfoOf(LOCAL_BOT.id, LOCAL_BOT.username, LOCAL_BOT.name) };

describe("webhookBots", () => {
  it("returns the same handler (one bot) for equal settings read on different requests", () => {
    const handlerFor = webhookBots(recordingEngine(), 1000);
    expect(handlerFor({ ...config })).toBe(handlerFor({ ...config, botInfo: { ...config.botInfo } }));
  });

  it("returns another handler for another token, API root or bot identity", () => {
    const handlerFor = webhookBots(recordingEngine(), 1000);
    const first = handlerFor(config);
    expect(handlerFor({ ...config, token: "7000000001:other" })).not.toBe(first);
    expect(handlerFor({ ...config, apiRoot: "http://bot-api.test" })).not.toBe(first);
    expect(handlerFor({ ...config, botInfo: botInfoOf(LOCAL_BOT.id, "OtherBot", "Other") })).not.toBe(first);
  });
});
