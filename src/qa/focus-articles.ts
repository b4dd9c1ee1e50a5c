/** @module The articles a follow-up that names nothing reads: those of the conversation's focus. */
import type { Question } from "./question";

/** At most this many articles in focus are read for a follow-up. */
const FOCUS_ARTICLES = 2;

/**
 * The articles of the conversation's focus: its meetings', else those it names, else those of the people it holds (all of
 * them in one article: "how long is her visit?" declined keeps her, not her story); few, since a focus of many articles
 * names no one story.
 * @example focusArticles({ focus: { meetings: ["a#m1"], … }, … }) // ["a"]
 */
export function focusArticles(q: Pick<Question, "focus" | "knowledge">): string[] {
  const fromMeetings = (q.focus?.meetings ?? []).flatMap((id) => q.knowledge.meetings.get(id)?.article ?? []);
  const named = fromMeetings.length ? fromMeetings : (q.focus?.articles ?? []);
  const people = (q.focus?.people ?? []).map((id) => q.knowledge.people.get(id)?.articles ?? []);
  const shared = people.length ? people.reduce((a, b) => a.filter((x) => b.includes(x))) : [];
  const articles = [...new Set(named.length ? named : shared)];
  return articles.length <= FOCUS_ARTICLES ? articles : [];
}
