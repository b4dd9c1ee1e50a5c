// The webhook's floor under `wrangler dev` (bench/webhook-load.ts): a Worker with none of the app's
// code that does only what POST /webhook must do for an update from a new chat. GET /healthz answers
// as the app's does; POST /webhook parses the update, takes the two limits (the update id seen, the
// chat's questions: the bindings the app uses) and answers a reply of a webhook's size, then puts the
// chat's first session after the response, as the app does (waitUntil), in the SESSIONS binding: a
// D1 row upserted (the table created by the first statement) or a KV put; POST /webhook/parse
// only parses the update and answers; POST /webhook/limits takes the two limits and puts nothing;
// POST /webhook/put puts the session and takes no limit (what each binding costs, apart).
const TTL = 14 * 24 * 3600;
const CREATE = "CREATE TABLE IF NOT EXISTS sessions (key TEXT PRIMARY KEY, value TEXT NOT NULL, expires INTEGER NOT NULL) WITHOUT ROWID";
const UPSERT = "INSERT INTO sessions (key, value, expires) VALUES (?1, ?2, ?3) ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires = excluded.expires";
let created = false;

/** Writes one session as the app's store does: a D1 upsert, or a KV put with its expiration. */
function putSession(store, key, value) {
  if (typeof store.put === "function") return store.put(key, value, { expirationTtl: TTL });
  const upsert = store.prepare(UPSERT).bind(key, value, Math.floor(Date.now() / 1000) + TTL);
  if (created) return upsert.run();
  created = true;
  return store.batch([store.prepare(CREATE), upsert]);
}

export default {
  async fetch(request, env, ctx) {
    const url = new URL(request.url);
    if (url.pathname === "/healthz") return Response.json({ ok: true, articles: 5, webhook: "secret" }, { headers: { "cache-control": "no-store" } });
    if (request.method !== "POST" || !url.pathname.startsWith("/webhook")) return new Response(null, { status: 404 });
    const update = JSON.parse(await request.text());
    const chat = update.message.chat.id;
    const reply = JSON.stringify({ chat_id: chat, text: "Varan met Telu in Orvane.".repeat(12), parse_mode: "HTML", method: "sendMessage" });
    const response = new Response(reply, { headers: { "content-type": "application/json; charset=utf-8" } });
    if (url.pathname === "/webhook/parse") return response;
    if (url.pathname !== "/webhook/put") {
      await env.SEEN_UPDATES.limit({ key: `update:${update.update_id}` });
      await env.CHAT_LIMIT.limit({ key: `chat:${chat}` });
    }
    if (url.pathname === "/webhook/limits") return response;
    const session = { focus: { people: ["varan", "telu"], articles: ["a1"], meetings: ["a1#m1"] } };
    ctx.waitUntil(putSession(env.SESSIONS, `chat:${chat}`, JSON.stringify(session)));
    return response;
  },
};
