/** @module Whether a parsed JSON body has the shape of a Telegram update. */
import type { Update } from "grammy/types";

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * An update is an object with a non-negative integer `update_id` and at least one more field, each
 * an object (message, callback_query, … or a kind this code does not know yet).
 * @example isUpdate({ update_id: 1, message: { message_id: 2 } }) // true
 */
export function isUpdate(value: unknown): value is Update {
  if (!isObject(value)) return false;
  const { update_id, ...payload } = value;
  if (typeof update_id !== "number" || !Number.isSafeInteger(update_id) || update_id < 0) return false;
  const parts = Object.values(payload);
  return parts.length > 0 && parts.every(isObject);
}
