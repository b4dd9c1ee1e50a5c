/**
 * @module The thing a "which"/"what" question asks for, by its head noun: a thing no list of
 * meetings names ("what manuscript did she see", "on the sidelines of which event did they meet",
 * "what kind of meeting did they hold"), a day ("on which day did A meet B") or a place ("in which
 * city"), which other answerers give; not "which ministers" or "what countries", which a list answers.
 */
import type { IntentName } from "./types";
import { isOfficeWord } from "./offices";
import { fold } from "../nlp/fold";

/** Nouns after "what"/"which" that a list of meetings answers: people, sides, countries, meetings. */
const MET_NOUNS = /^(countries|country|nations?|people|persons?|officials?|leaders?|delegations?|sides?|counterparts?|dignitaries|guests?|visitors?|envoys?|diplomats?|heads?|meetings?|talks|calls?|visits?|others?|ones?|states?|governments?)$/i;

/** A preposition phrase before the "which" ("on the sidelines of which event", "at what summit", "on exactly which day"). */
const LEAD = String.raw`^\s*(?:(?:[\p{L}'’-]+\s+){0,4}?(?:of|on|at|in|during|for|by|under|through|from|to|with)\s+)?(?:exactly\s+|precisely\s+)?`;

/** The head noun after "what"/"which" and an adjective or two, before the verb ("which parliamentary committee did …"). */
const HEAD_AFTER = String.raw`(?:what|which)\s+((?:\p{L}+\s+){0,2}?)(\p{L}+)\s+(?:did|does|do|will|would|has|have|had|was|were)\b`;

/** The head noun of a question that opens with "what"/"which". */
const HEAD = new RegExp(`^\\s*${HEAD_AFTER}`, "iu");

/** The head noun of a question that opens with "what"/"which" or with a preposition phrase before it. */
const LED_HEAD = new RegExp(`${LEAD}${HEAD_AFTER}`, "iu");

/** "What kind of meeting", "which type of talks", "what level of dialogue": the kind is asked, not the meeting. */
const KIND_OF = new RegExp(`${LEAD}(?:what|which)\\s+(?:kinds?|types?|sorts?|forms?|formats?|levels?)\\s+of\\b`, "iu");

/** Heads that ask for a date of the meeting: the when answerer's. */
const DATE_HEADS = new Set(["day", "date", "month", "year", "week", "weekday"]);

/** Heads that ask for a place of the meeting: the where answerer's. */
const PLACE_HEADS = new Set(["city", "town", "capital", "venue", "place", "location", "palace", "hotel", "building", "residence", "hall"]);

/**
 * The head noun a "which"/"what" question asks for, folded, or undefined for any other form; `led`
 * also reads it after a preposition phrase and takes "what kind of" as asking for a kind.
 * @example askedHead("on the sidelines of which event did the Veldian and Orvanian ministers meet") // "event"
 * @example askedHead("what kind of meeting did Varan and Telu hold") // "kind"
 */
export function askedHead(text: string, led = true): string | undefined {
  if (led && KIND_OF.test(text)) return "kind";
  const noun = (led ? LED_HEAD : HEAD).exec(text)?.[2];
  return noun ? fold(noun) : undefined;
}

/**
 * Whether a question asks "what <thing>" of a kind no list of meetings answers ("what manuscript
 * did she see", "at which forum did they meet"), not "which ministers" or "what countries"; `led`
 * as for {@link askedHead}.
 * @example asksForThing("what manuscript did the minister see") // true
 * @example asksForThing("which ministers did Varan meet") // false
 */
export function asksForThing(text: string, led = true): boolean {
  const noun = askedHead(text, led);
  return !!noun && !MET_NOUNS.test(noun) && !isOfficeWord(noun) && !isOfficeWord(noun.replace(/s$/, ""));
}

/**
 * The intent that answers a meeting question by what it asks of the meeting, when a list of
 * meetings would not: "when" for a day, "where" for a place, "unknown" (the reader) for any other
 * thing; undefined when a list answers it.
 * @example meetingPartAsked("on which day did Varan and Telu meet") // "when"
 * @example meetingPartAsked("in which city did Varan meet Telu") // "where"
 * @example meetingPartAsked("who did Varan meet") // undefined
 */
export function meetingPartAsked(text: string): IntentName | undefined {
  if (!asksForThing(text)) return undefined;
  // (the words from "which" to the verb: "which day in July did …" asks for a day)
  const words = [...(LED_HEAD.exec(text)?.slice(1, 3) ?? [])].join(" ").split(/\s+/).map((w) => fold(w).replace(/s$/, ""));
  if (words.some((w) => DATE_HEADS.has(w))) return "when";
  if (words.some((w) => PLACE_HEADS.has(w))) return "where";
  return "unknown";
}

/** "What is X's <noun>": the noun owned, an adjective or two before it (heldout97 x913: "what is egypt's priority according to sisi"). */
const OWNED_HEAD = /^\s*what\s+(?:is|was|are|were)\s+[\p{L}\s.'’-]+?['’]s?\s+(?:\p{L}+\s+){0,2}?(\p{L}+)\s*(?:$|\?|according\b|for\b|in\b|on\b|now\b|today\b)/iu;

/** Nouns of a person's post or name that "what is X's …" asks for and who_is answers. */
const OWNED_POSTS = /^(?:posts?|positions?|titles?|offices?|roles?|jobs?|ranks?|portfolios?|names?|full|called)$/i;

/**
 * Whether a question asks "what is X's <thing>" of a thing no office says ("priority", "goal"; not "position", an office's).
 * @example ownedThingAsked("what is egypt's priority according to sisi") // true
 * @example ownedThingAsked("what is varan's position") // false
 */
export function ownedThingAsked(text: string): boolean {
  const head = OWNED_HEAD.exec(text)?.[1];
  return head !== undefined && !OWNED_POSTS.test(head) && !isOfficeWord(head) && !isOfficeWord(head.replace(/s$/, ""));
}
