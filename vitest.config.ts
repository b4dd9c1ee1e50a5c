import { defineConfig } from "vitest/config";

// Two projects: "unit" runs the pure layers (extract, nlp, qa, cli) in Node; "worker" runs the
// Worker inside workerd through @cloudflare/vitest-pool-workers (added by the service work).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/{extract,nlp,qa,cli,facts}/**/*.test.ts"],
          environment: "node",
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
