import { env } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createApp } from "../../src/http/app";
import { fixture, recordingEngine, updateRequest } from "./helpers";

/** A token of the real shape, for the bot of wrangler.toml's BOT_ID. */
const TOKEN = "7000000001:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
const SECRET = "a-webhook-secret-for-tests";

/** Every console call's arguments, as the lines a log would hold. */
function captureLogs(): unknown[][] {
  const calls: unknown[][] = [];
  for (const level of ["log", "info", "warn", "error", "debug"] as const)
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void calls.push(args));
  return calls;
}

/** Whether `needle` is anywhere in a logged value: its text, an error's message and stack, any property reachable from it. */
function holds(value: unknown, needle: string, seen = new Set<unknown>()): boolean {
  if (typeof value === "string") return value.includes(needle);
  if (typeof value !== "object" || value === null || seen.has(value)) return false;
  seen.add(value);
  if (value instanceof Error && holds(`${value.message} ${value.stack}`, needle, seen)) return true;
  const keys = [...Object.getOwnPropertyNames(value), ...Object.keys(Object.getPrototypeOf(value) ?? {})];
  return keys.some((key) => {
    try {
      return holds((value as Record<string, unknown>)[key], needle, seen);
    } catch {
      return false;
    }
  });
}

describe("log lines when an update fails", () => {
  afterEach(() => vi.restoreAllMocks());

  it("returns 200 and logs the update id, kind and message, never the token or the secret", async () => {
    const logs = captureLogs();
    vi.spyOn(globalThis, "fetch").mockRejectedValue(new TypeError(`network down for https://api.telegram.org/bot${TOKEN}/answerCallbackQuery`));
    const failing = { ...recordingEngine(), answer: () => { throw new Error("boom"); } };
    const app = createApp({ engine: failing });
    const bindings = { ...env, BOT_TOKEN: TOKEN, WEBHOOK_SECRET: SECRET };
    const headers = { "X-Telegram-Bot-Api-Secret-Token": SECRET };
    for (const update of [fixture("private_text"), fixture("callback_query")]) {
      const response = await app.request(updateRequest(update, headers), undefined, bindings);
      expect(response.status).toBe(200);
    }
    expect(logs.length).toBeGreaterThan(0);
    for (const args of logs) {
      expect(holds(args, TOKEN), String(args[0])).toBe(false);
      expect(holds(args, SECRET), String(args[0])).toBe(false);
    }
    const lines = logs.map((args) => args.map(String).join(" "));
    expect(lines).toContainEqual(expect.stringMatching(/^webhook: update \d+ \(message\) failed; answered 200: Error: boom$/));
    expect(lines).toContainEqual(expect.stringMatching(/answerCallbackQuery failed: .*network down/));
  });
});
