/** @module The parts of the "cloudflare:test" module these tests use (its own types need the Workers runtime types). */
declare module "cloudflare:test" {
  /** The Worker of wrangler.toml (src/worker.ts), reached like a service binding. */
  export const SELF: { fetch(input: string | Request, init?: RequestInit): Promise<Response> };
  /** The bindings of wrangler.toml (vars, the emulated SESSIONS D1) and the test's extra bindings. */
  export const env: Env & { TELEGRAM_API_ROOT: string; INDEX: import("../../src/store/stored-index").SqlDatabase };
}
