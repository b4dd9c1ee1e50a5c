/** @module sources: the articles the bot knows, with publisher, date and the countries they cover. */
import { formatIsoDate } from "../dates";
import { articleTitle } from "../format";
import { meetingCountries } from "../knowledge";
import type { Question } from "../question";
import { missing, type Outcome } from "../reply";
import type { Inline } from "../types";

/**
 * Lists every article: title, publisher, publication date, countries of its meetings.
 * @example answerSources(question) // { kind: "reply", body: [{ kind: "para", … }, { kind: "list", items: [[{ italic: "…" }, " (Daily News, …)"]] }], … }
 */
export function answerSources(q: Question): Outcome {
  const { knowledge } = q;
  if (knowledge.index.articles.length === 0) return missing("I have no articles yet.");
  const people = q.links.people.flatMap((m) => m.ids);
  const about = (id: string) =>
    people.some((p) => knowledge.people.get(p)?.articles.includes(id)) ||
    q.links.countries.some(
      (c) =>
        knowledge.index.sentences.some((s) => s.article === id && s.countries.includes(c)) ||
        knowledge.index.facts.some((f) => f.article === id && f.countries.includes(c)) ||
        knowledge.index.meetings.some((m) => m.article === id && meetingCountries(m, knowledge).has(c)),
    );
  const filtered = people.length || q.links.countries.length;
  const articles = filtered ? knowledge.index.articles.filter((a) => about(a.id)) : knowledge.index.articles;
  if (articles.length === 0) return missing(`No article of mine is ${q.describe().replace(/^(with|involving) /, "about ")}.`);
  const items = articles.map((a): Inline[] => {
    const countries = new Set<string>();
    knowledge.index.meetings.filter((m) => m.article === a.id).forEach((m) => meetingCountries(m, knowledge).forEach((c) => countries.add(c)));
    knowledge.index.sentences.filter((s) => s.article === a.id).slice(0, 3).forEach((s) => s.countries.forEach((c) => countries.add(c)));
    const about = [a.publisher ?? a.credits?.[0], a.published ? formatIsoDate(a.published) : undefined].filter(Boolean).join(", ");
    return [
      { italic: articleTitle(a.id, knowledge) },
      ...(about ? [` (${about})`] : []),
      ...(countries.size ? [` — about ${[...countries].join(", ")}`] : []),
    ];
  });
  const lead = filtered ? `${articles.length} of my articles ${articles.length === 1 ? "is" : "are"} ${q.describe().replace(/^(with|involving) /, "about ")}:` : `I know ${articles.length} articles:`;
  return { kind: "reply", body: [{ kind: "para", content: [lead] }, { kind: "list", items }], articles: [], focus: { articles: articles.map((a) => a.id) } };
}
