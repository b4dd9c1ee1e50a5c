/** @module `npm run facts`: prints the fact index for a maintainer to review: who met whom, people, other facts. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatDate } from "../extract/dates";
import type { FactIndex, Participant, Person } from "../facts/types";
import { parseFactIndex } from "../facts/validate";

const dir = process.env.ATTACHE_OUT ?? join(process.cwd(), "src/generated");

/** One participant as a reviewer reads it: "Sergei Lavrov (Foreign Minister of Russia)". */
function describe(p: Participant, people: Map<string, Person>): string {
  if (p.kind === "group") return `[group] ${p.name}`;
  const person = people.get(p.person);
  if (!person) return `? ${p.person}`;
  const office = person.offices[0];
  const title = office ? `${office.title}${office.country ? ` of ${office.country}` : ""}${office.to ? ` to ${office.to}` : ""}${office.organisation ? `, ${office.organisation}` : ""}` : person.country ?? "";
  return `${person.name}${title ? ` (${title})` : ""}${p.role === "present" ? " [present]" : ""}`;
}

/** Prints the review. */
function print(index: FactIndex): void {
  const people = new Map(index.people.map((p) => [p.id, p]));
  const lines: string[] = [];
  lines.push(`WHO MET WHOM (${index.meetings.length} meetings)`, "");
  for (const m of index.meetings) {
    const when = m.date ? `${formatDate(m.date)}${m.date.basis === "publication" ? " (publication date)" : m.date.basis === "relative" ? ` (from "${m.date.text}")` : ""}` : m.occasion ? `no date; ${m.occasion}` : "no date";
    const where = [m.place ? `${m.place}${m.placeBasis && m.placeBasis !== "sentence" ? ` (${m.placeBasis})` : ""}` : "place not given", m.venue].filter(Boolean).join(", ");
    lines.push(`${m.id}  ${m.kind}${m.fromQuote ? " (quoted post)" : ""}`);
    lines.push(`  when:  ${when}`);
    lines.push(`  where: ${where}`);
    for (const p of m.participants) lines.push(`  - ${describe(p, people)}`);
    if (m.topics.length) lines.push(`  topics: ${m.topics.join("; ")}`);
    lines.push("");
  }
  lines.push(`PEOPLE (${index.people.length})`, "");
  for (const p of index.people) {
    lines.push(`${p.name}  [${p.id}]${p.country ? `  ${p.country}` : ""}`);
    if (p.names.length > 1) lines.push(`  spellings: ${p.names.join(" / ")}`);
    for (const o of p.offices) lines.push(`  office: ${o.title}${o.country ? ` of ${o.country}` : ""}${o.to ? ` to ${o.to}` : ""}${o.organisation ? `, ${o.organisation}` : ""}  (${o.article})`);
    lines.push(`  articles: ${p.articles.join(", ")}`);
  }
  lines.push("", `OTHER FACTS (${index.facts.length})`, "");
  for (const f of index.facts) lines.push(`${f.kind.padEnd(9)} ${f.summary}  (${f.article})`);
  lines.push("", `ARTICLES (${index.articles.length})`, "");
  for (const a of index.articles) {
    lines.push(`${a.id}  ${a.title ?? `(no title) ${a.lead ?? ""}`}`);
    lines.push(`  published: ${a.published ?? "not given"}; publisher: ${a.publisher ?? "not given"}; dateline: ${a.dateline?.raw ?? "none"}; quotes: ${a.quotes.length}`);
  }
  console.log(lines.join("\n"));
}

try {
  print(parseFactIndex(JSON.parse(readFileSync(join(dir, "fact-index.json"), "utf8"))));
} catch (error) {
  console.error(`facts: ${(error as Error).message}; run npm run build:index`);
  process.exit(1);
}
