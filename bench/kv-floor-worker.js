// The webhook's floor under `wrangler dev` (bench/webhook-load.ts): a Worker with none of the app's
// code that does only what POST /webhook must do for an update from a new chat. GET /healthz answers
// as the app's does; POST /webhook parses the update, takes the two limits (the update id seen, the
// chat's questions: the bindings the app uses) and answers a reply of a webhook's size, then puts the
// chat's first session in KV after the response, as the app does (waitUntil); POST /webhook/parse
// only parses the update and answers; POST /webhook/limits takes the two limits and puts nothing;
// POST /webhook/put puts the session and takes no limit (what each binding costs, apart).
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
    ctx.waitUntil(env.SESSIONS.put(`chat:${chat}`, JSON.stringify(session), { expirationTtl: 14 * 24 * 3600 }));
    return response;
  },
};
