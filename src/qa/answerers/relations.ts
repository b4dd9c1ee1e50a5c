/** @module relations: when diplomatic relations or an embassy were established. */
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
  let facts = matchFacts(q.terms, q.links, [...kinds], q.knowledge);
  if (!embassy && facts.some((f) => f.kind === "relations")) facts = facts.filter((f) => f.kind === "relations");
  if (facts.length === 0) return missing(`The articles do not say when ${embassy ? "that embassy" : "those relations"} were established.`);
  const items = facts.map((f): Inline[] => (f.date ? factLine(f, q.knowledge) : [...factLine(f, q.knowledge), " (the article gives no date)"]));
  const body: Block[] = items.length === 1 ? [{ kind: "para", content: items[0] ?? [] }] : [{ kind: "list", items }];
  return { kind: "reply", body, articles: facts.map((f) => f.article), focus: { countries: facts.flatMap((f) => f.countries), articles: facts.map((f) => f.article) } };
}
