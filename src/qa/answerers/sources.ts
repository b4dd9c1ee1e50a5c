/** @module sources: the articles the bot knows, with publisher, date and the countries they cover. */
import { formatIsoDate } from "../dates";
import { articleTitle } from "../format";
import { meetingCountries } from "../knowledge";
import type { Question } from "../question";
import { missing, type Outcome } from "../reply";
import type { Inline } from "../types";

/**
 * Lists the articles (those about every person and country the question names, when it names
 * some): title, publisher, publication date, countries of its meetings.
 * @example answerSources(question) // { kind: "reply", body: [{ kind: "para", … }, { kind: "list", items: [[{ italic: "…" }, " (Daily News, …)"]] }], … }
 */
export function answerSources(q: Question): Outcome {
  const { knowledge } = q;
  if (knowledge.index.articles.length === 0) return missing("I have no articles yet.");
  const mentions = q.links.people.map((m) => m.ids);
  const hasPerson = (id: string, ids: string[]) => ids.some((p) => knowledge.people.get(p)?.articles.includes(id));
  const hasCountry = (id: string, c: string) =>
    knowledge.index.sentences.some((s) => s.article === id && s.countries.includes(c)) ||
    knowledge.index.facts.some((f) => f.article === id && f.countries.includes(c)) ||
    knowledge.index.meetings.some((m) => m.article === id && meetingCountries(m, knowledge).has(c));
  // an article about every person and country named; else those about some of them, said so
  const named = mentions.length + q.links.countries.length;
  const covered = (id: string) => mentions.filter((ids) => hasPerson(id, ids)).length + q.links.countries.filter((c) => hasCountry(id, c)).length;
  const every = knowledge.index.articles.filter((a) => covered(a.id) === named);
  const some = knowledge.index.articles.filter((a) => covered(a.id) > 0);
  const filtered = named > 0;
  const partly = filtered && every.length === 0 && named > 1;
  const articles = !filtered ? knowledge.index.articles : every.length ? every : partly ? some : [];
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
  const topic = q.describe().replace(/^(with|involving) /, "about ");
  const lead = partly
    ? `No article of mine is ${topic} together; ${articles.length === 1 ? "this one is" : "these are"} about some of them:`
    : filtered
      ? `${articles.length === 1 ? "One article of mine is" : `${articles.length} of my articles are`} ${topic}:`
      : `I know ${articles.length} articles:`;
  return { kind: "reply", body: [{ kind: "para", content: [lead] }, { kind: "list", items }], articles: [], focus: { articles: articles.map((a) => a.id) } };
}
