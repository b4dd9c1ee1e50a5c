import { env, SELF } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createApp } from "../../src/http/app";
import { webhookAccess } from "../../src/http/webhook-access";
import { DEPLOYED, fixture, LOCAL, recordingEngine, updateRequest, webhookReplyOf } from "./helpers";

const SECRET = "s3cret-token_for-tests";

describe("POST /webhook without WEBHOOK_SECRET", () => {
  afterEach(() => vi.restoreAllMocks());

  it("returns 403 on a deployed Worker, answers nothing and says why in the log", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const engine = recordingEngine();
    const app = createApp({ engine });
    const response = await app.request(updateRequest(fixture("private_text"), {}, DEPLOYED), undefined, env);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ ok: false, error: expect.stringMatching(/WEBHOOK_SECRET is not set/) });
    expect(engine.asked).toEqual([]);
    expect(errors.mock.calls.flat().join(" ")).toMatch(/WEBHOOK_SECRET is not set/);
  });

  it("returns the reply in local development (wrangler dev on localhost), with no setup", async () => {
    for (const origin of [LOCAL, "http://127.0.0.1:8787", "http://[::1]:8787"]) {
      const response = await SELF.fetch(updateRequest(fixture("private_text"), {}, origin));
      expect(await webhookReplyOf(response), origin).toMatchObject({ status: 200, reply: { method: "sendMessage" } });
    }
  });

  it("returns the reply on a deployed Worker once the secret is set and sent", async () => {
    const app = createApp({ engine: recordingEngine() });
    const bindings = { ...env, WEBHOOK_SECRET: SECRET };
    const missing = await app.request(updateRequest(fixture("private_text"), {}, DEPLOYED), undefined, bindings);
    const right = await app.request(updateRequest(fixture("private_text"), { "X-Telegram-Bot-Api-Secret-Token": SECRET }, DEPLOYED), undefined, bindings);
    expect(missing.status).toBe(401);
    expect(await webhookReplyOf(right)).toMatchObject({ status: 200, reply: { method: "sendMessage" } });
  });
});

describe("GET /healthz", () => {
  it("returns ok: false and why, on a deployed Worker without WEBHOOK_SECRET", async () => {
    const response = await createApp({ engine: recordingEngine() }).request(`${DEPLOYED}/healthz`, undefined, env);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: false, webhook: expect.stringMatching(/^refused: WEBHOOK_SECRET is not set/) });
  });

  it("returns ok: true locally, and on a deployed Worker with the secret", async () => {
    const app = createApp({ engine: recordingEngine() });
    const local = await (await app.request(`${LOCAL}/healthz`, undefined, env)).json();
    const deployed = await (await app.request(`${DEPLOYED}/healthz`, undefined, { ...env, WEBHOOK_SECRET: SECRET })).json();
    expect(local).toMatchObject({ ok: true, webhook: "local development" });
    expect(deployed).toMatchObject({ ok: true, webhook: "protected" });
  });
});

describe("webhookAccess", () => {
  it("returns refused for any host but this machine's when no secret is set", () => {
    expect(webhookAccess(undefined, "https://bot.example.com/webhook").state).toBe("refused");
    expect(webhookAccess(undefined, "http://192.168.1.5:8787/webhook").state).toBe("refused");
    expect(webhookAccess(undefined, "http://localhost.example.com/webhook").state).toBe("refused");
    expect(webhookAccess(undefined, "http://localhost:8787/webhook").state).toBe("local development");
    expect(webhookAccess("x", "https://bot.example.com/webhook").state).toBe("protected");
  });
});
