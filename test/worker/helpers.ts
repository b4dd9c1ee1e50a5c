/** @module Helpers of the worker tests: fixtures, posting updates, reading the webhook reply, a fake Bot API. */
/// <reference types="vite/client" />
import { vi } from "vitest";
import type { Answer, Conversation } from "../../src/qa/index";
import type { Engine } from "../../src/bot/index";

/** The Telegram update fixtures (copied from shared/telegram/updates), by file stem. */
export const fixtures: Record<string, Record<string, unknown>> = Object.fromEntries(
  Object.entries(import.meta.glob<Record<string, unknown>>("../fixtures/telegram/*.json", { eager: true, import: "default" })).map(
    ([path, update]) => [path.replace(/^.*\/|\.json$/g, ""), update],
  ),
);

let lastUpdateId = 1_000_000_000 + Math.floor(Math.random() * 1_000_000_000);

/** An update_id not used before in this test run (the webhook drops an update delivered again). */
export function freshUpdateId(): number {
  return ++lastUpdateId;
}

/** A fixture by name, with a fresh update_id (a new update, not a redelivery); throws on a typo. */
export function fixture(name: string): Record<string, unknown> {
  const update = fixtures[name];
  if (!update) throw new Error(`no fixture ${name}`);
  return { ...structuredClone(update), update_id: freshUpdateId() };
}

/** Where `wrangler dev` serves: without WEBHOOK_SECRET, the webhook takes updates only here. */
export const LOCAL = "http://localhost:8787";
/** A deployed Worker's address. */
export const DEPLOYED = "https://attache.example.workers.dev";

/** A POST /webhook request with a JSON body (to the local dev server unless `origin` says otherwise). */
export function updateRequest(update: unknown, headers: Record<string, string> = {}, origin = LOCAL): Request {
  return new Request(`${origin}/webhook`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof update === "string" ? update : JSON.stringify(update),
  });
}

/** What the webhook answered: the status and the webhook reply object (undefined for an empty body). */
export async function webhookReplyOf(response: Response): Promise<{ status: number; reply?: Record<string, any> }> {
  const body = await response.text();
  return { status: response.status, ...(body === "" ? {} : { reply: JSON.parse(body) }) };
}

/** One call the bot made to the Bot API over HTTP (not a webhook reply). */
export interface BotApiCall {
  method: string;
  payload: Record<string, unknown>;
}

/**
 * Replaces global fetch with a fake Bot API that answers every method `{ ok: true, result: true }`
 * and records the calls. grammY looks fetch up when a bot is created, i.e. per update.
 */
export function fakeBotApi(): BotApiCall[] {
  const calls: BotApiCall[] = [];
  vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const url = new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
    const method = url.pathname.split("/").pop() ?? "";
    calls.push({ method, payload: init?.body ? JSON.parse(String(init.body)) : {} });
    return Response.json({ ok: true, result: true });
  });
  return calls;
}

const EMPTY_FOCUS = { people: [], meetings: [], countries: [], articles: [] };

/** An engine that records what it is asked and answers with a focus naming the question. */
export function recordingEngine(): Engine & { asked: { question: string; conversation: Conversation }[] } {
  const asked: { question: string; conversation: Conversation }[] = [];
  return {
    asked,
    articles: 2,
    examples: () => ["Who met whom?", "Which articles do you know?"],
    async answer(question: string, conversation: Conversation = {}): Promise<Answer> {
      asked.push({ question, conversation });
      const text = `Answer to: ${question}`;
      return {
        found: true,
        intent: "who_met",
        confidence: 0.9,
        body: [{ kind: "para", content: [text] }],
        text,
        sources: [{ article: "a1", title: "An article" }],
        suggestions: [],
        focus: { ...EMPTY_FOCUS, people: [`focus-of:${question}`] },
      };
    },
  };
}
