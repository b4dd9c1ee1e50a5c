/** @module The articles a question's people and countries have in common: each names them all. */
import type { PersonMention } from "../link";
import type { Question } from "../question";

/**
 * The articles that name someone of every person mention and every country of the question; [] when
 * it names none.
 * @example sharedArticles(question) // ["c031_japan_uzbekistan"] for "why did A go to Uzbekistan"
 */
export function sharedArticles(q: Question, people: PersonMention[] = q.links.people): string[] {
  const articlesOf = (ids: string[]) => new Set(ids.flatMap((id) => q.knowledge.people.get(id)?.articles ?? []));
  const sets = [...people.map((m) => articlesOf(m.ids)), ...q.links.countries.map((c) => q.knowledge.countryArticles.get(c) ?? new Set<string>())];
  const [first, ...rest] = sets;
  return [...(first ?? [])].filter((a) => rest.every((set) => set.has(a)));
}
