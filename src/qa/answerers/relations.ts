/** @module relations: when diplomatic relations or an embassy were established, or for how many years relations have lasted. */
import type { Fact } from "../../facts/types";
import { fold } from "../../nlp/fold";
import { factLine } from "../format";
import type { Question } from "../question";
import { missing, type Outcome } from "../reply";
import { stem } from "../retrieval";
import { matchFacts } from "../select";
import type { Block, Inline } from "../types";

/** Words a question about relations or an embassy uses. */
const TIES = new Set(["relation", "relations", "diplomatic", "embassy", "embassies", "tie", "ties", "establish", "established", "consulate", "recognition"].map(stem));

/**
 * Says when relations (or an embassy, when asked) were established between the countries named.
 * @example answerRelations(question) // { kind: "reply", body: [{ kind: "para", content: ["Diplomatic relations between Peru and Norway were established on 5 May 1950"] }], … }
 */
export function answerRelations(q: Question): Outcome {
  if (!q.terms.some((t) => TIES.has(t))) return missing("The articles don't say that.");
  const embassy = q.terms.includes(stem("embassy"));
  const kinds = embassy ? (["embassy"] as const) : (["relations", "embassy"] as const);
  // (the year of "how many years do they mark in 2030" is the year counted to, not the date of the fact)
  const years = HOW_MANY_YEARS.test(fold(q.text));
  let facts = matchFacts(q.terms, years ? { ...q.links, dates: [] } : q.links, [...kinds], q.knowledge);
  if (!embassy && facts.some((f) => f.kind === "relations")) facts = facts.filter((f) => f.kind === "relations");
  if (facts.length === 0) return missing(`The articles do not say when ${embassy ? "that embassy" : "those relations"} were established.`);
  if (years) return yearsOfRelations(q, facts);
  return factsReply(facts.map((f) => ({ fact: f, line: f.date ? factLine(f, q.knowledge) : [...factLine(f, q.knowledge), " (the article gives no date)"] })));
}

/** A reply of one line per fact (a paragraph for one, a list for several), citing their articles. */
function factsReply(lines: { fact: Fact; line: Inline[] }[]): Outcome {
  const body: Block[] = lines.length === 1 ? [{ kind: "para", content: lines[0]!.line }] : [{ kind: "list", items: lines.map((l) => l.line) }];
  const facts = lines.map((l) => l.fact);
  return { kind: "reply", body, articles: facts.map((f) => f.article), focus: { countries: facts.flatMap((f) => f.countries), articles: facts.map((f) => f.article) } };
}

/** "how many years of relations do Veldia and Tarsk mark", "how long have they had ties": a count of years, not a year. */
const HOW_MANY_YEARS = /\bhow (?:many years|long)\b/;

/** A count of years a sentence tells: "30 years since", "forty years of relations", "the 30th anniversary" (not "many years"). */
const YEARS_TOLD = /\b(?:\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|ten|hundred)\s+years\b|\b\d+(?:st|nd|rd|th)\s+anniversary\b/i;

/**
 * How many years relations have lasted: from the year they were established to the year the question
 * names ("mark in 2030") or else the year of the article that tells it; when either is unknown the
 * articles do not say (the year they were established is no count of years).
 * @example yearsOfRelations(q, [fact]) // "45 years by 2017: Diplomatic relations between … were established in 1972"
 */
function yearsOfRelations(q: Question, facts: Fact[]): Outcome {
  const asked = fold(q.text).match(/\b(?:1[89]|20)\d\d\b/)?.[0];
  const counted = facts.flatMap((f): { fact: Fact; line: Inline[] }[] => {
    const article = q.knowledge.articles.get(f.article);
    const since = f.date?.year;
    const until = asked ? Number(asked) : Number(article?.published?.slice(0, 4)) || article?.dateline?.date?.year;
    if (since === undefined || !until || until <= since) return [];
    return [{ fact: f, line: [`${until - since} years by ${until}: `, ...factLine(f, q.knowledge)] }];
  });
  if (counted.length === 0) {
    // (the sentence that states the relations may count their years itself: "this year marks 30 years since …")
    const told = facts.flatMap((f) => q.knowledge.retrieval.sentences[f.sentence] ?? []).find((s) => YEARS_TOLD.test(s.text));
    if (told) return { kind: "reply", body: [{ kind: "para", content: ["The article reports:"] }, { kind: "quote", content: [told.text] }], articles: [told.article], focus: { countries: facts.flatMap((f) => f.countries), articles: [told.article] } };
    return missing("The articles do not say for how many years those relations have lasted.");
  }
  return factsReply(counted);
}
