import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

// Projects: "unit" runs the pure layers (extract, nlp, qa, cli) in Node; "worker" runs the Worker
// inside workerd through @cloudflare/vitest-pool-workers; "e2e" and "browser" drive `wrangler dev`.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/{extract,nlp,qa,cli,facts}/**/*.test.ts"],
          environment: "node",
          // Some tests build an index or start a CLI; a busy CI machine must not turn that into a failure.
          testTimeout: 30_000,
        },
      },
      {
        // The Worker inside workerd (wrangler.toml's bindings; KV and D1 emulated), no network: Bot API
        // calls go to a root that does not resolve unless a test fakes fetch.
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.toml" },
            // INDEX: a local D1 database (miniflare's SQLite) for the stored index's tests
            miniflare: { bindings: { TELEGRAM_API_ROOT: "http://bot-api.invalid" }, d1Databases: ["INDEX"] },
          }),
        ],
        test: {
          name: "worker",
          include: ["test/worker/**/*.test.ts"],
          testTimeout: 60_000,
        },
      },
      {
        // The real `wrangler dev` on a free port, driven over HTTP.
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        // The chat page in Debian's Chromium against the real `wrangler dev` (skips without Chromium).
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
