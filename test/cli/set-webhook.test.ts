import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli";

/** A fake Bot API on loopback that records the calls and answers like Telegram. */
let server: Server;
let apiRoot = "";
const calls: { token: string; method: string; payload: Record<string, any> }[] = [];
const results: Record<string, unknown> = {
  getMe: { id: 7000000001, is_bot: true, first_name: "Attaché", username: "AttacheNewsBot" },
  setWebhook: true,
  setMyCommands: true,
  getWebhookInfo: { url: "https://attache.example.workers.dev/webhook", has_custom_certificate: false, pending_update_count: 0 },
};

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (d: Buffer) => (body += d.toString()));
    req.on("end", () => {
      const [, token = "", method = ""] = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? "") ?? [];
      calls.push({ token, method, payload: body ? JSON.parse(body) : {} });
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify(method in results ? { ok: true, result: results[method] } : { ok: false, error_code: 404, description: "Not Found" }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  apiRoot = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** `npm run set-webhook -- …args` against the fake Bot API, with only the given secrets set. */
const setWebhook = (args: string[], env: Record<string, string>) =>
  runCli("set-webhook.ts", args, { BOT_TOKEN: "", WEBHOOK_SECRET: "", TELEGRAM_API_ROOT: apiRoot, ...env });

describe("npm run set-webhook", { timeout: 30_000 }, () => {
  it("returns after setting the webhook with the secret, the command list, and printing getWebhookInfo", async () => {
    calls.length = 0;
    const url = "https://attache.example.workers.dev/webhook";
    const { code, stdout } = await setWebhook([url], { BOT_TOKEN: "7000000001:test-token", WEBHOOK_SECRET: "s3cret_-token" });
    expect(code).toBe(0);
    expect(calls.map((c) => c.method)).toEqual(["getMe", "setWebhook", "setMyCommands", "getWebhookInfo"]);
    expect(calls.every((c) => c.token === "7000000001:test-token")).toBe(true);
    expect(calls[1]?.payload).toMatchObject({ url, secret_token: "s3cret_-token", allowed_updates: expect.arrayContaining(["message", "callback_query"]) });
    expect(calls[2]?.payload.commands.map((c: { command: string }) => c.command)).toEqual(["start", "help", "ask", "reset"]);
    expect(stdout).toContain(url);
    expect(stdout).toMatch(/pending_update_count/);
  });

  it("returns exit code 1 without calling Telegram when BOT_TOKEN is missing", async () => {
    calls.length = 0;
    const { code, stderr } = await setWebhook(["https://attache.example.workers.dev/webhook"], { WEBHOOK_SECRET: "s3cret" });
    expect(code).toBe(1);
    expect(stderr).toMatch(/BOT_TOKEN is not set/);
    expect(calls).toEqual([]);
  });

  it("returns exit code 1 for a missing URL", async () => {
    const { code, stderr } = await setWebhook([], { BOT_TOKEN: "1:x", WEBHOOK_SECRET: "s" });
    expect(code).toBe(1);
    expect(stderr).toMatch(/usage/);
  });
});
