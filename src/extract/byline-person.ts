/**
 * @module The reporter a byline names ("By Varan Telu", "By V. Telu | The Tarsk Post | 6 January 2017", "Varan Telu" above
 * the body): a person of the article, with the office of reporting and no meeting. A desk, an outlet or an agency
 * ("By Staff Reporter", "Tarsk Wires", "MEDIA RELEASE") is no one.
 */
import { findMentions } from "./mentions";
import type { LocalPerson } from "./people";
import { segment } from "./segment";

/** Words of a newsroom, never of a reporter's name: "Pacific Affairs Reporter", "Tarsk Tribune Wires", "Press Office". */
const NEWSROOM = /^(?:reporter|reporters|correspondent|writer|editor|editors|journalist|staff|desk|wire|wires|news|press|media|release|bureau|agency|service|office|team|highlights)$/i;

/**
 * The person a byline's author is, when the author reads as one person's name (two words at least, each of the name,
 * nothing of a newsroom), with the post the byline gives (`role`: "Pacific correspondent"), else "Reporter"; the office
 * points at the article's first sentence, the byline having none of its own.
 * @example bylinePerson("Varan Telu")?.offices[0]?.title // "Reporter"
 * @example bylinePerson("Varan Telu", "Pacific correspondent")?.offices[0]?.title // "Pacific correspondent"
 * @example bylinePerson("Tarsk Wires") // undefined
 */
export function bylinePerson(author: string | undefined, role?: string): LocalPerson | undefined {
  if (!author || author.split(/\s+/).some((w) => NEWSROOM.test(w))) return undefined;
  const sents = segment([{ text: author }]);
  if (sents.length !== 1) return undefined;
  const words = sents[0]!.words;
  const names = findMentions(sents[0]!).filter((m) => m.kind === "name");
  const one = names.length === 1 ? names[0]! : undefined;
  if (!one || one.first !== 0 || one.last !== words.length - 1 || one.last === one.first) return undefined;
  const title = role ? role.charAt(0).toUpperCase() + role.slice(1) : "Reporter";
  return { name: one.name, spellings: [one.name], shortForms: [], offices: [{ title, sentence: 0, from: "byline" }], honorifics: [] };
}
