/**
 * @module A question that asks for people in the plural ("which presidents did Varan meet", "which
 * ambassadors presented credentials to Telu") answered with one: the asker knows of several, so a
 * reply naming one is a part of the answer, or of another occasion, not the answer.
 */
import { fold } from "../nlp/fold";
import type { Meeting } from "../facts/types";
import { isTitleHead } from "./offices";
import { lookUpCountry } from "./link-countries";
import type { Question } from "./question";
import type { Reply } from "./reply";

/** Plural nouns of people that are no office's head. */
const PEOPLE = new Set(["leaders", "officials", "people", "counterparts", "delegations", "delegates", "envoys", "diplomats", "dignitaries", "guests", "visitors", "representatives", "heads"]);

/**
 * Whether a question asks "which/what <people, plural>", the noun right after the question word or
 * after a country's word ("which Veldian ministers accompanied Varan": the asker knows of several of
 * that side): a noun another word narrows ("which trade ministers") may rightly be answered with the
 * one who fits.
 * @example asksForMany("which presidents did Varan meet") // true
 * @example asksForMany("which veldian officials attended the talks") // true
 * @example asksForMany("which trade ministers will Varan meet") // false
 * @example asksForMany("which minister did Varan meet") // false
 */
export function asksForMany(text: string): boolean {
  const [first, second, third] = fold(text).match(/[\p{L}'’-]+/gu) ?? [];
  if ((first !== "which" && first !== "what") || !second) return false;
  const w = third && lookUpCountry(second)?.city === false ? third : second;
  return PEOPLE.has(w) || (w.length > 4 && w.endsWith("s") && !w.endsWith("ss") && isTitleHead(w));
}

/**
 * How many people or groups a reply gives: the meetings' sides other than the people the question
 * names, or the spans a reader's first line holds.
 * @example namedInReply(q, reply, [meeting]) // 1 for "Varan met Telu" asked "which presidents did Varan meet"
 */
export function namedInReply(q: Question, reply: Reply, meetings: readonly Meeting[]): number {
  if (meetings.length) {
    const asked = new Set(q.links.people.flatMap((m) => m.ids));
    return new Set(meetings.flatMap((m) => m.participants.flatMap((p) => (p.kind === "group" ? [p.name] : asked.has(p.person) ? [] : [p.person])))).size;
  }
  const [first] = reply.body;
  if (first?.kind === "list") return first.items.length;
  return first?.kind === "para" ? first.content.filter((c) => typeof c !== "string").length : 0;
}
