/** @module The Worker entry: the engine is built once per isolate from the generated index and its precomputed tables; the app per module. */
import { createEngine } from "./bot/index";
import factIndex from "./generated/fact-index.json";
import intentModel from "./generated/intent-model.json";
import tables from "./generated/knowledge-tables.json";
import { createApp } from "./http/app";

const engine = createEngine(factIndex, intentModel, tables);

/** The Worker: Hono's `fetch(request, env, ctx)`. */
export default createApp({ engine });
