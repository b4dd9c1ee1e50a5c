/** @module number: counts and votes the articles report. */
import { formatDate } from "../dates";
import type { Question } from "../question";
import { missing, type Outcome } from "../reply";
import { matchFacts } from "../select";
import type { Block, Inline } from "../types";

/**
 * Gives the counts of the facts that fit the question (a vote's tallies with the named countries).
 * @example answerNumber(question) // { kind: "reply", body: [{ kind: "para", content: ["…"] }, { kind: "list", items: [[{ bold: "185" }, " in favour"]] }], … }
 */
export function answerNumber(q: Question): Outcome {
  const facts = matchFacts(q.terms, q.links, ["vote", "count"], q.knowledge, true).filter((f) => f.counts.length);
  if (facts.length === 0) return missing("The articles give no such number.");
  const body: Block[] = facts.flatMap((f): Block[] => {
    const when = f.date ? ` (${formatDate(f.date)})` : "";
    const items = f.counts.map((c): Inline[] => [{ bold: String(c.value) }, ` ${c.label}`, ...(c.members?.length ? [`: ${c.members.join(", ")}`] : [])]);
    return [{ kind: "para", content: [`${f.summary}${when}`] }, { kind: "list", items }];
  });
  return { kind: "reply", body, articles: facts.map((f) => f.article), focus: { articles: facts.map((f) => f.article), countries: facts.flatMap((f) => f.countries) } };
}
