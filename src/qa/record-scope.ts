/**
 * @module A person's record (who they are, the offices the articles give them) asked of what it
 * cannot tell: their post or doing at another time than the articles' ("what was Varan's job before
 * he became minister", "what post will Varan take up in May", "until what year was Varan envoy to
 * Tarsk", "was this Varan's first trip abroad"), or someone beside the person named ("who is
 * travelling with the Veldian minister", "who was Varan to hold talks with", "who was the Veldian
 * minister before Varan"): the record answers who the person is, not that.
 */
import { escapeRegExp, fold } from "../nlp/fold";
import { isTitleHead } from "./offices";
import type { Question } from "./question";

/** Words that put what is asked at another time than the record's: before or after it, its first or next, its end, a plan. */
const OTHER_TIME = /\b(before|after|until|till|since|first|will|next|previous(?:ly)?|prior|later|earlier)\b/g;

/** Words after which a name or office is the other side of the one asked ("with Varan", "before Varan"). */
const BESIDE = "(?:with|besides|alongside|accompanying|than|before|after)";

/** A "with" left standing at a clause's end ("who was Varan to hold talks with at the ministry"): someone beside the one named is asked. */
const STRANDED_WITH = /\bwith\s*(?:[?.!]*\s*$|(?:at|in|on|during|when|after|before|for|from|to|the\s+\p{L}+\s+(?:at|in|on))\b)/iu;

/**
 * The question's words of another time (see {@link OTHER_TIME}) that the reply's text does not
 * hold, outside the names the question links ("who is Aldo Sin": a name, not a word of time).
 * @example otherTimeUnsaid("what was varan's job before he became minister", ["varan"], "varan (veldian minister)") // ["before"]
 * @example otherTimeUnsaid("was this varan's first trip abroad", ["varan"], "varan … for his first overseas trip …") // []
 */
export function otherTimeUnsaid(question: string, names: readonly string[], replyText: string): string[] {
  let text = fold(question);
  for (const name of names) text = text.replace(fold(name), " ");
  const said = fold(replyText);
  const words = [...new Set([...text.matchAll(OTHER_TIME)].map((m) => m[1]!))];
  return words.filter((w) => !new RegExp(`\\b${w}\\b`).test(said));
}

/**
 * Whether the question asks for someone beside a person or office it names, whose record a
 * who-is reply then gives: the name right after "with", "besides", "before" … ("who is travelling
 * with the Veldian minister"), or a "with" left standing ("who was Varan to hold talks with").
 * @example asksBeside(q("who is travelling with the veldian foreign minister")) // true
 * @example asksBeside(q("who is the veldian foreign minister")) // false
 */
export function asksBeside(q: Question): boolean {
  const text = fold(q.text);
  if (!/^\s*(?:who|whom)\b/.test(text)) return false;
  if (STRANDED_WITH.test(text)) return true;
  return q.links.people.some((m) => (m.byOffice ? officeBeside(text) : new RegExp(`\\b${BESIDE}\\s+(?:the\\s+)?${escapeRegExp(fold(m.text))}\\b`).test(text)));
}

/** An office's title within a few words after "with", "before" … ("with the Veldian foreign minister"): an office linked is written in the index's words, not the question's. */
function officeBeside(text: string): boolean {
  const after = new RegExp(`\\b${BESIDE}\\s+((?:[\\p{L}'’-]+\\s+){0,3}[\\p{L}'’-]+)`, "u").exec(text)?.[1] ?? "";
  return after.split(/\s+/).some((w) => isTitleHead(w));
}
