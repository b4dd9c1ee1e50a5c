/**
 * @module The kind of contact a question asks about when no other kind answers it: a phone call
 * ("when did A and B talk on the phone?") or credentials presented ("who did A present his letter
 * of credence to?"). Talks, a visit or a meeting are not a call, and a courtesy call is not credentials.
 */
import type { Meeting } from "../facts/types";

/**
 * A question about phone calls ("who called whom?", "who spoke on the phone"), not "calling on" someone nor a call paid
 * in person: a courtesy, farewell or introductory call ("paid a farewell call on the minister", "in separate farewell calls").
 */
const CALL = /\b(phon(e|ed|es|ing)|telephon\w*)\b|(?<!\b(?:courtesy|farewell|introductory)\s)\bcall(s|ed)?\b(?!\s+on\b)/i;

/** A question about an envoy's credentials ("presented credentials", "letter of credence", "letter of introduction"). */
const CREDENTIALS = /\bcredentials?\b|\bletters?\s+of\s+(credence|introduction)\b|\bcredence\b/i;

/**
 * Whether a question asks about phone calls.
 * @example asksForCalls("Who called whom?") // true
 * @example asksForCalls("who did she pay a courtesy call on") // false
 * @example asksForCalls("when did the envoy make his farewell call") // false
 */
export const asksForCalls = (text: string): boolean => CALL.test(text);

/**
 * The kind of contact a question names that only meetings of that kind answer, if any.
 * @example askedContact("when did Ortega and Vidal talk on the phone") // "call"
 * @example askedContact("who did Lind present his credentials to") // "credentials"
 * @example askedContact("when did Ortega meet Ruiz") // undefined
 */
export function askedContact(text: string): Extract<Meeting["kind"], "call" | "credentials"> | undefined {
  if (CREDENTIALS.test(text)) return "credentials";
  return CALL.test(text) ? "call" : undefined;
}

/**
 * The contact in words, for "The articles report no phone call …".
 * @example contactWords("call") // "phone call"
 */
export const contactWords = (kind: "call" | "credentials"): string => (kind === "call" ? "phone call" : "presentation of credentials");
