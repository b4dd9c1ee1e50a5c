import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import worker from "../../src/worker";
import { fakeBotApi, fixtures, updateRequest } from "./helpers";

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

const anyBody = fc.oneof(
  mutatedFixture.map((u) => JSON.stringify(u)),
  randomUpdate.map((u) => JSON.stringify(u)),
  anyJson.map((v) => JSON.stringify(v)),
  oddText,
);

/**
 * The Worker's app with wrangler.toml's vars but no KV binding, so sessions live in memory: the
 * emulated KV slows down with every write, and what is tested here is the HTTP and bot layers.
 */
const MEMORY_SESSIONS = { BOT_ID: "7000000001", BOT_USERNAME: "AttacheNewsBot", BOT_NAME: "Attaché" };

describe("POST /webhook with random and mutated updates", () => {
  beforeAll(() => {
    fakeBotApi();
    vi.spyOn(console, "error").mockImplementation(() => {});
  });
  afterAll(() => vi.restoreAllMocks());

  it("returns 200 (an empty body or a webhook reply object) or 400, never a 5xx, for thousands of bodies", async () => {
    await fc.assert(
      fc.asyncProperty(anyBody, async (body) => {
        const response = await worker.request(updateRequest(body), undefined, MEMORY_SESSIONS);
        const text = await response.text();
        expect([200, 400]).toContain(response.status);
        if (response.status === 200 && text !== "") {
          const reply = JSON.parse(text) as { method?: unknown; text?: unknown };
          expect(typeof reply.method).toBe("string");
          if (typeof reply.text === "string") expect(reply.text.length).toBeLessThanOrEqual(4096);
        }
      }),
      { numRuns: 2500 },
    );
  });
});
