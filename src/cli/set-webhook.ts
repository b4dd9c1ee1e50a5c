/**
 * @module `npm run set-webhook -- https://<worker>/webhook`: points Telegram at the deployed Worker
 * (with the secret token), sets the bot's command list, and prints getWebhookInfo. Reads BOT_TOKEN,
 * WEBHOOK_SECRET and, for tests or a local Bot API server, TELEGRAM_API_ROOT from the environment.
 */
import { Api } from "grammy";
import { ALLOWED_UPDATES, COMMANDS } from "../bot/settings";

const USAGE = "usage: BOT_TOKEN=… WEBHOOK_SECRET=… npm run set-webhook -- https://<your-worker>.workers.dev/webhook";

function required(name: string): string {
  const value = process.env[name]?.trim();
  if (!value) throw new Error(`${name} is not set\n${USAGE}`);
  return value;
}

async function main(args: string[]): Promise<void> {
  const url = args.find((a) => !a.startsWith("-"));
  if (!url || !/^https?:\/\/\S+$/.test(url)) throw new Error(`missing or malformed webhook URL\n${USAGE}`);
  if (!url.startsWith("https://")) console.error("set-webhook: warning: Telegram only delivers to https:// URLs");
  const token = required("BOT_TOKEN");
  const secret = required("WEBHOOK_SECRET");
  if (!/^[A-Za-z0-9_-]{1,256}$/.test(secret)) throw new Error("WEBHOOK_SECRET must be 1-256 characters A-Z, a-z, 0-9, _ or -");
  const apiRoot = process.env.TELEGRAM_API_ROOT?.trim().replace(/\/+$/, "");
  const api = new Api(token, apiRoot ? { apiRoot } : {});

  const me = await api.getMe();
  console.log(`bot: @${me.username} (id ${me.id}); in wrangler.toml [vars]: BOT_ID = "${me.id}", BOT_USERNAME = "${me.username}"`);
  await api.setWebhook(url, { secret_token: secret, allowed_updates: [...ALLOWED_UPDATES] });
  console.log(`setWebhook: ${url} (with secret token; updates: ${ALLOWED_UPDATES.join(", ")})`);
  await api.setMyCommands(COMMANDS);
  console.log(`setMyCommands: ${COMMANDS.map((c) => "/" + c.command).join(" ")}`);
  console.log(`getWebhookInfo: ${JSON.stringify(await api.getWebhookInfo(), null, 2)}`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`set-webhook: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
