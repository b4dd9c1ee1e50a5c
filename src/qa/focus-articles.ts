/** @module The articles a follow-up that names nothing reads: those of the conversation's focus, unless a word of its own pins another. */
import type { Question } from "./question";
import { postingsOf } from "./retrieval";
import { escapeRegExp } from "../nlp/fold";

/** At most this many articles in focus are read for a follow-up. */
const FOCUS_ARTICLES = 2;

/**
 * The articles a word of the question pins: a name one article alone writes, capitalised there ("JCBC", "Vilnius Forum"; not
 * "signed" or "sides", which any story may use), in an index of more.
 * @example pinnedArticles(question) // ["x138_vietnam_philippines_jcbc"] for "who co-chaired the 10th jcbc meeting"
 */
export function pinnedArticles(q: Pick<Question, "terms" | "knowledge">): string[] {
  if (q.knowledge.articles.size <= 1) return [];
  return [...new Set(q.terms.flatMap((t) => {
    // (a common word's postings run long: stop at its second article)
    const sentences: { article: string; text: string }[] = [];
    for (const id of postingsOf(t, q.knowledge.retrieval)) {
      const s = q.knowledge.retrieval.sentences[id];
      if (!s) continue;
      if (sentences.length && s.article !== sentences[0]!.article) return [];
      sentences.push(s);
    }
    const capitalised = new RegExp(`(?<!\\p{L})${escapeRegExp(t)}`, "iu");
    const written = sentences.some((s) => /^\p{Lu}/u.test(capitalised.exec(s.text)?.[0] ?? ""));
    return written ? [sentences[0]!.article] : [];
  }))];
}

/**
 * The articles of the conversation's focus: its meetings', else those it names, else those of the people it holds (all of
 * them in one article: "how long is her visit?" declined keeps her, not her story; of people sharing a family name, either's
 * articles); few, since a focus of many articles
 * names no one story; none when a word of the question pins another article ("… the 10th JCBC meeting").
 * @example focusArticles({ focus: { meetings: ["a#m1"], … }, … }) // ["a"]
 */
export function focusArticles(q: Pick<Question, "focus" | "knowledge" | "terms">): string[] {
  const fromMeetings = (q.focus?.meetings ?? []).flatMap((id) => q.knowledge.meetings.get(id)?.article ?? []);
  const named = fromMeetings.length ? fromMeetings : (q.focus?.articles ?? []);
  // (people of one family name are one name the question wrote, "Varan" for the president and his wife: the articles of
  // either; people of different names are all in the story, the articles they share)
  const byName = new Map<string, string[]>();
  for (const id of q.focus?.people ?? []) {
    const person = q.knowledge.people.get(id);
    const family = person?.name.split(/\s+/).at(-1)?.toLowerCase() ?? id;
    byName.set(family, [...new Set([...(byName.get(family) ?? []), ...(person?.articles ?? [])])]);
  }
  const people = [...byName.values()];
  const shared = people.length ? people.reduce((a, b) => a.filter((x) => b.includes(x))) : [];
  const articles = [...new Set(named.length ? named : shared)];
  if (pinnedArticles(q).some((a) => !articles.includes(a))) return [];
  return articles.length <= FOCUS_ARTICLES ? articles : [];
}
