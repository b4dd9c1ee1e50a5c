import { SELF } from "cloudflare:test";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createEngine, type Engine } from "../../src/bot/index";
import factIndex from "../../src/generated/fact-index.json";
import intentModel from "../../src/generated/intent-model.json";
import tables from "../../src/generated/knowledge-tables.json";
import { createApp } from "../../src/http/app";
import { memoryLimiter, type Limits } from "../../src/http/limits";
import { fakeBotApi, fixtures, freshUpdateId, updateRequest } from "./helpers";

/** Any JSON value. */
const anyJson = fc.jsonValue({ maxDepth: 3 });

/** Odd text: any code point (lone surrogates too), markup, mentions, commands, bidi and invisible marks. */
const oddText = fc.string({
  unit: fc.oneof(
    fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)),
    fc.constantFrom("<b>", "</a>", "&", '"', "@AttacheNewsBot", "/ask", "/start@AttacheNewsBot", "\u202e", "\u200b", "🇨🇺", " "),
  ),
  maxLength: 80,
});

/** A fixture with random changes: fields deleted, replaced by any JSON, or strings swapped for odd text. */
const mutatedFixture = fc
  .tuple(
    fc.constantFrom(...Object.values(fixtures)),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom("delete", "replace", "text"), anyJson, oddText), { maxLength: 6 }),
  )
  .map(([update, mutations]) => {
    const copy = structuredClone(update);
    for (const [at, kind, value, text] of mutations) {
      const paths: { parent: Record<string, unknown>; key: string }[] = [];
      const walk = (node: unknown): void => {
        if (typeof node !== "object" || node === null) return;
        for (const [key, child] of Object.entries(node)) {
          paths.push({ parent: node as Record<string, unknown>, key });
          walk(child);
        }
      };
      walk(copy);
      const target = paths[at % paths.length];
      if (!target) continue;
      if (kind === "delete") delete target.parent[target.key];
      else if (kind === "replace") target.parent[target.key] = value;
      else target.parent[target.key] = text;
    }
    return copy;
  });

/** An update-shaped object with random content under a known or unknown kind. */
const randomUpdate = fc.record({
  update_id: fc.oneof(fc.nat(), fc.integer(), fc.double()),
  message: fc.dictionary(fc.string(), anyJson),
});

/** A question in a private chat, a group mention, an edit, a button or an inline query, its text any odd text. */
const oddQuestion = fc
  .tuple(fc.constantFrom("private_text", "group_mention", "edited_message", "inline_query"), oddText)
  .map(([name, text]) => {
    const update = structuredClone(fixtures[name]!) as Record<string, Record<string, unknown>>;
    const part = update.message ?? update.edited_message;
    if (part) part.text = name === "group_mention" ? `@AttacheNewsBot ${text}` : text;
    else update.inline_query!.query = text;
    return update;
  });

const anyBody = fc.oneof(
  oddQuestion.map((u) => JSON.stringify(u)),
  mutatedFixture.map((u) => JSON.stringify(u)),
  randomUpdate.map((u) => JSON.stringify(u)),
  anyJson.map((v) => JSON.stringify(v)),
  oddText,
);

/** The real engine, counting the questions it answers (so that a run that asks nothing fails). */
function countingEngine(): Engine & { answered: number } {
  const engine = createEngine(factIndex, intentModel, tables);
  const counting = { ...engine, answered: 0, answer: (...args: Parameters<Engine["answer"]>) => (counting.answered++, engine.answer(...args)) };
  return counting;
}

/** Limits that let every update through: what is fuzzed here is handling, not the limits. */
const open = memoryLimiter({ limit: 1e9, period: 60 });
const noLimits = (): Limits => ({ api: open, chat: open, seen: open });

/** wrangler.toml's vars but no session database: sessions in memory (the emulated store slows down with every write). */
const MEMORY_SESSIONS = { BOT_ID: "7000000001", BOT_USERNAME: "AttacheNewsBot", BOT_NAME: "Attaché" };

/**
 * The body with a fresh update_id where it had a valid one, and (with `chats`) a chat id picked
 * from that many, so that neither the redelivery check nor a chat's limit hides the handling.
 */
function fresh(body: string, chats?: number): string {
  let update: unknown;
  try {
    update = JSON.parse(body);
  } catch {
    return body;
  }
  if (typeof update !== "object" || update === null || Array.isArray(update)) return body;
  const record = update as Record<string, unknown>;
  if (Number.isSafeInteger(record.update_id) && (record.update_id as number) >= 0) record.update_id = freshUpdateId();
  if (chats !== undefined)
    for (const part of Object.values(record)) {
      const chat = (part as { chat?: unknown } | null)?.chat as { id?: unknown } | undefined;
      if (typeof chat === "object" && chat !== null && typeof chat.id === "number") chat.id = -1 - Math.floor(Math.random() * chats);
    }
  return JSON.stringify(update);
}

/** What a response may be: 200 with nothing or a webhook reply object within Telegram's limit, or 400. */
async function expectHandled(response: Response): Promise<void> {
  const text = await response.text();
  expect([200, 400]).toContain(response.status);
  if (response.status === 200 && text !== "") {
    const reply = JSON.parse(text) as { method?: unknown; text?: unknown };
    expect(typeof reply.method).toBe("string");
    if (typeof reply.text === "string") expect(reply.text.length).toBeLessThanOrEqual(4096);
  }
}

describe("POST /webhook with random and mutated updates", () => {
  let failures: string[];
  beforeEach(() => {
    fakeBotApi();
    failures = [];
    // Every safety net (webhook, app.onError, storage, timeout) logs a failure with console.error.
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void failures.push(args.map(String).join(" ")));
    vi.spyOn(console, "warn").mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it("returns 200 (an empty body or a webhook reply object) or 400 for thousands of bodies, with no handler failure", async () => {
    const engine = countingEngine();
    const app = createApp({ engine, limits: noLimits });
    await fc.assert(
      fc.asyncProperty(anyBody, async (body) => {
        failures.length = 0;
        await expectHandled(await app.request(updateRequest(fresh(body)), undefined, MEMORY_SESSIONS));
        expect(failures).toEqual([]);
      }),
      { numRuns: 2500 },
    );
    expect(engine.answered).toBeGreaterThan(300);
  });

  it("returns the same through the Worker with its session database, limits and redelivery record, with no handler failure", async () => {
    await fc.assert(
      fc.asyncProperty(mutatedFixture, async (update) => {
        failures.length = 0;
        await expectHandled(await SELF.fetch(updateRequest(fresh(JSON.stringify(update), 1000))));
        expect(failures).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("returns failures counted when answering throws (the count sees crashes the safety nets hide)", async () => {
    const throwing = { ...countingEngine(), answer: () => { throw new Error("answer failed"); } };
    const app = createApp({ engine: throwing, limits: noLimits });
    const response = await app.request(updateRequest(fresh(JSON.stringify(fixtures.private_text))), undefined, MEMORY_SESSIONS);
    expect(response.status).toBe(200);
    expect(failures).toEqual([expect.stringMatching(/failed; answered 200: Error: answer failed/)]);
  });
});
