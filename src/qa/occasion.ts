/** @module Questions about another occasion than the one an article reports ("where did they meet before?", "who is A meeting after Peru?"), which a meeting record of that article does not answer. */
import { fold } from "../nlp/fold";
import type { Links } from "./link";

/** "before", "previously", "earlier", "prior to": an occasion before the one the article reports ("earlier this month" is a date, not another occasion). */
const BEFORE = /\b(before|previous(ly)?|earlier(?!\s+(this|that|in|on|today)\b)|prior to)\b/i;

/** "when did A last meet B", "last formally met", "the last visit by …", "A's last official visit": the one before the article's own. */
const LAST = /\blast\s+(?:\p{L}+ly\s+)?(meet|met|meeting|speak|spoke|talk|talked|visit|visited|see|saw|call|called|hold|held)\b|(?:\bthe|\bhis|\bher|\btheir|['’]s)\s+last\s+([\p{L}-]+\s+)?(visit|meeting|trip|talks|call|time)\b/iu;

/**
 * Whether a question asks about an occasion before the one the articles report ("met before", "last visited").
 * @example asksPreviousOccasion("when did Varo and Tamm last meet") // true
 */
export const asksPreviousOccasion = (text: string): boolean => BEFORE.test(text) || LAST.test(text);

/** "after", "next": an occasion after another, named by its place ("after Sri Lanka"). */
const AFTER = /\b(after|next)\s+(visiting\s+|leaving\s+)?(.+)$/i;

/**
 * Whether a question asks about another occasion than one the articles report: before it, the
 * last one before it, or after the place it names.
 * @example asksOtherOccasion("where did Varo and Tamm meet before", links) // true
 * @example asksOtherOccasion("who is Varo meeting after Iceland", links) // true (Iceland linked)
 * @example asksOtherOccasion("where did Varo and Tamm meet", links) // false
 * @example asksOtherOccasion("who did Varo meet earlier this month", links) // false
 */
export function asksOtherOccasion(text: string, links: Links): boolean {
  if (asksPreviousOccasion(text)) return true;
  const after = fold(AFTER.exec(text)?.[3] ?? "");
  return after !== "" && [...links.countries, ...links.places].some((p) => after.startsWith(fold(p)));
}
