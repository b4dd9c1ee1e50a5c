/** @module What the HTTP routes are built from: the engine, the settings and the session storage, per request. */
import type { AppConfig } from "../config";
import type { Engine, SessionStorage } from "../bot/index";
import type { Limits } from "./limits";

/** The Worker's bindings as the routes see them (tests may pass only some). */
export type Bindings = Partial<Env>;

/** Hono's environment type for this app. */
export interface AppEnv {
  Bindings: Bindings;
}

/** The dependencies of every route. */
export interface RouteDeps {
  engine: Engine;
  /** The settings for this request's bindings. */
  config(env: Bindings): AppConfig;
  /** Where chat sessions and web conversations are kept for this request's bindings. */
  sessions(env: Bindings): SessionStorage;
  /** The request limits for this request's bindings. */
  limits(env: Bindings): Limits;
  /** How long a webhook handler may run before the request is answered 200 without it. */
  handlerTimeoutMs: number;
}
