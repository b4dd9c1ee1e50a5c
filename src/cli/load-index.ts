/**
 * @module `npm run load:index -- --local|--remote`: loads src/generated/index.sql (written by
 * `ATTACHE_INDEX=d1 npm run build:index`) into the INDEX D1 database of wrangler.toml, with
 * `wrangler d1 execute --file`. With a bundled index (no index.sql) it does nothing: `npm run dev`
 * and `npm run deploy` call it either way.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, relative } from "node:path";

/** The D1 binding the Worker reads a stored index from. */
const BINDING = "INDEX";

async function main(args: string[]): Promise<void> {
  const where = args.find((a) => a === "--local" || a === "--remote");
  if (!where) throw new Error("load:index: say where: --local (wrangler dev's D1) or --remote (Cloudflare's)");
  const file = join(process.env.ATTACHE_OUT ?? join(process.cwd(), "src/generated"), "index.sql");
  if (!existsSync(file)) return; // the index is bundled: nothing to load
  // wrangler is imported only when there is something to load (its import takes seconds)
  const { unstable_readConfig } = await import("wrangler");
  const database = unstable_readConfig({}).d1_databases.find((d: { binding: string }) => d.binding === BINDING);
  if (!database?.database_name) {
    throw new Error(
      `load:index: build:index kept the index in D1 but wrangler.toml has no [[d1_databases]] with binding = "${BINDING}": ` +
        "run `npx wrangler d1 create attache-index` and uncomment the block there (or build with ATTACHE_INDEX=bundled)",
    );
  }
  console.log(`load:index: ${relative(process.cwd(), file)} → D1 ${database.database_name} (${where.slice(2)})`);
  const run = spawnSync("npx", ["wrangler", "d1", "execute", database.database_name, where, "--file", file, "--yes"], { stdio: "inherit" });
  if (run.status !== 0) throw new Error(`load:index: wrangler d1 execute failed (exit ${run.status ?? run.signal})`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
