/**
 * @module The Worker entry: the engine is built once per isolate, over the bundled index and its
 * precomputed tables, or (when build:index kept the index in D1) over the INDEX database, read per
 * question through the bundled lexicon; the app per module; the daily cron that deletes expired
 * sessions.
 */
import { createEngine, engineOver } from "./bot/index";
import bundle from "./generated/worker-bundle.json";
import intentModel from "./generated/intent-model.json";
import lexicon from "./generated/lexicon.json";
import { createApp, type Bindings } from "./http/app";
import { purgeExpiredSessions } from "./http/session-storage";
import type { IntentModel } from "./qa/index";
import type { Lexicon } from "./store/lexicon";
import { storedIndex, type SqlDatabase } from "./store/stored-index";

/** The D1 binding of a stored index (wrangler.toml's `[[d1_databases]]`, binding "INDEX"). */
let database: SqlDatabase | undefined;

const engine =
  lexicon.store === "d1"
    ? engineOver(storedIndex(() => database, intentModel as IntentModel, lexicon as Lexicon))
    : createEngine(bundle.index, intentModel, bundle.tables);

const app = createApp({ engine });

/**
 * The Worker: Hono's `fetch(request, env, ctx)`, the INDEX binding noted first (the same for every
 * request of an isolate); and `scheduled`, wrangler.toml's daily cron, which deletes the sessions
 * past their expiry.
 */
export default {
  fetch(request: Request, env: Bindings, ctx: Parameters<typeof app.fetch>[2]): Response | Promise<Response> {
    database ??= (env as { INDEX?: SqlDatabase }).INDEX;
    return app.fetch(request, env, ctx);
  },
  async scheduled(_controller: unknown, env: Bindings): Promise<void> {
    if (env.SESSIONS) await purgeExpiredSessions(env.SESSIONS);
  },
};
