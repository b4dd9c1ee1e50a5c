/**
 * @module The grammY webhook adapter for Hono: the webhook reply is sent as a JSON object body
 * (grammY's built-in "hono" adapter sends it as a JSON string).
 */
import type { Context } from "hono";
import type { Update } from "grammy/types";

/** What grammY's `webhookCallback` needs from a request (its ReqResHandler). */
export interface TelegramExchange {
  update: Update;
  /** The secret is checked before grammY sees the request (in constant time), so none here. */
  header?: undefined;
  respond: (json: string) => void;
  end: () => void;
  unauthorized: () => void;
  handlerReturn: Promise<Response>;
}

/**
 * Adapts one Hono request whose update is already parsed and checked. The response is the webhook
 * reply (`{"method":"sendMessage",…}`) when the bot made one, else an empty 200.
 * @example webhookCallback(bot, telegramAdapter)(c, update) // Promise<Response>
 */
export function telegramAdapter(_c: Context, update: Update): TelegramExchange {
  let resolve: (response: Response) => void = () => {};
  const handlerReturn = new Promise<Response>((r) => (resolve = r));
  return {
    update,
    respond: (json) => resolve(new Response(json, { headers: { "content-type": "application/json; charset=utf-8" } })),
    end: () => resolve(new Response(null, { status: 200 })),
    unauthorized: () => resolve(new Response(null, { status: 401 })),
    handlerReturn,
  };
}
