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

describe("a button press in local development (no BOT_TOKEN, no Bot API)", () => {
  afterEach(() => vi.restoreAllMocks());

  it("returns the answer and logs one line for the acknowledgement it could not send, calling no one", async () => {
    const fetches = vi.spyOn(globalThis, "fetch");
    const lines: string[] = [];
    for (const level of ["log", "warn", "error"] as const) vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(" ")));
    const app = createApp({ engine: recordingEngine() });
    const local = { ...env, TELEGRAM_API_ROOT: "" };
    const { reply } = await webhookReplyOf(await app.request(updateRequest(fixture("callback_query")), undefined, local));
    await vi.waitFor(() => expect(lines).toHaveLength(1));
    expect(reply).toMatchObject({ method: "sendMessage" });
    expect(fetches).not.toHaveBeenCalled();
    expect(lines[0]).toMatch(/^bot: update \d+: answerCallbackQuery refused: not sent: no BOT_TOKEN \(local development\)$/);
  });
});
