/**
 * @module `npm run facts`: prints the fact index for a maintainer to review: who met whom, people,
 * other facts. `--json` prints it as one object in the shape `../shared/corpus/score-extract.mjs`
 * reads (see {@link toReview}).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatDate } from "../extract/dates";
import type { FactIndex, Office, PartialDate, Participant, Person } from "../facts/types";
import { parseFactIndex } from "../facts/validate";

const dir = process.env.ATTACHE_OUT ?? join(process.cwd(), "src/generated");

/** "Ambassador of Cuba to Kenya", "Chairman of the State Council, China". */
function officeText(o: Office): string {
  // (a union's body names its union already: "Secretary-General of United Nations", not "…, United Nations")
  if (o.organisation) return `${o.title} of ${o.organisation}${o.country && !o.organisation.includes(o.country) ? `, ${o.country}` : ""}`;
  return `${o.title}${o.country ? ` of ${o.country}` : ""}${o.to ? ` to ${o.to}` : ""}`;
}

/** One participant as a reviewer reads it: "Peta Bralo (Foreign Minister of Russia)". */
function describe(p: Participant, people: Map<string, Person>): string {
  if (p.kind === "group") return `[group] ${p.name}`;
  const person = people.get(p.person);
  if (!person) return `? ${p.person}`;
  const office = person.offices[0];
  const title = office ? officeText(office) : person.country ?? "";
  return `${person.name}${title ? ` (${title})` : ""}${p.role === "present" ? " [present]" : ""}`;
}

/** "2022-11-25", "2022-11", "2022", "--02-04" (no year), or null. */
function isoDate(d: PartialDate | undefined): string | null {
  if (!d) return null;
  const two = (n: number): string => String(n).padStart(2, "0");
  if (d.year === undefined) return d.month && d.day ? `--${two(d.month)}-${two(d.day)}` : null;
  return [String(d.year), d.month ? two(d.month) : "", d.month && d.day ? two(d.day) : ""].filter(Boolean).join("-");
}

/**
 * The index as reviewers' tools read it: meetings with article, status, date, dateBasis, place, placeBasis, the
 * classes of where date and place were read (dateFrom, placeFrom) and participants (name, role, office, country, countryFrom, via); people with names, articles, country and countryFrom, and offices (each with countryFrom).
 * @example toReview(index).meetings[0] // { article: "c001_uk_uruguay", status: "held", date: "2023-06-28", … }
 */
function toReview(index: FactIndex) {
  const people = new Map(index.people.map((p) => [p.id, p]));
  const officeIn = (person: Person, article: string): Office | undefined => person.offices.find((o) => o.article === article) ?? person.offices[0];
  return {
    meetings: index.meetings.map((m) => ({
      id: m.id,
      article: m.article,
      kind: m.kind,
      status: m.status ?? "held",
      date: isoDate(m.date),
      dateBasis: m.date?.basis ?? null,
      dateText: m.date?.text ?? null,
      place: m.place ?? null,
      placeBasis: m.placeBasis ?? null,
      dateFrom: m.dateFrom ?? null,
      placeFrom: m.placeFrom ?? null,
      participants: m.participants.map((p) => {
        if (p.kind === "group") return { name: p.name, role: "group", office: null, country: p.country ?? null };
        const person = people.get(p.person);
        const office = person && officeIn(person, m.article);
        return { name: person?.name ?? p.person, role: p.role ?? "principal", office: office?.title ?? null, country: office?.country ?? person?.country ?? null, countryFrom: (office?.country ? office.countryFrom : person?.countryFrom) ?? null, via: p.via ?? null };
      }),
      rule: m.rule ?? null,
      sentences: m.sentences.map((id) => index.sentences[id]?.text ?? ""),
    })),
    people: index.people.map((p) => ({
      id: p.id,
      name: p.name,
      names: p.names,
      country: p.country ?? null,
      countryFrom: p.countryFrom ?? null,
      articles: p.articles,
      // The title as a reader reads it: "Ambassador of Cuba to Jamaica", "Speaker of House of Commons, United Kingdom".
      offices: p.offices.length
        ? p.offices.map((o) => ({ title: officeText(o), country: o.country ?? null, to: o.to ?? null, organisation: o.organisation ?? null, article: o.article, from: o.from ?? null, countryFrom: o.countryFrom ?? null }))
        : // the contract carries a country only on an office: a person known by country alone gets one with no title
          p.country
          ? [{ title: "", country: p.country, to: null, organisation: null, article: null, from: null, countryFrom: p.countryFrom ?? null }]
          : [],
    })),
    facts: index.facts.map((f) => ({ kind: f.kind, article: f.article, summary: f.summary })),
    // what an article's meetings are dated and placed against: its publication day and its dateline
    articles: index.articles.map((a) => ({ id: a.id, published: a.published ?? null, datelinePlace: a.dateline?.place ?? null, datelineDate: isoDate(a.dateline?.date), title: a.title ?? null })),
  };
}

/**
 * How often each rule found a meeting, and in how many articles, most used first.
 * @example ruleCounts(index).get("meet") // { meetings: 15, articles: Set(12) {…} }
 */
function ruleCounts(index: FactIndex): Map<string, { meetings: number; articles: Set<string> }> {
  const counts = new Map<string, { meetings: number; articles: Set<string> }>();
  for (const m of index.meetings) {
    const rule = m.rule ?? "(no rule)";
    const entry = counts.get(rule) ?? { meetings: 0, articles: new Set<string>() };
    entry.meetings++;
    entry.articles.add(m.article);
    counts.set(rule, entry);
  }
  return new Map([...counts].sort((a, b) => b[1].meetings - a[1].meetings));
}

/** Prints the review. */
function print(index: FactIndex): void {
  const people = new Map(index.people.map((p) => [p.id, p]));
  const lines: string[] = [];
  lines.push(`WHO MET WHOM (${index.meetings.length} meetings)`, "");
  const rows: string[][] = [["date", "place", "participants (offices)", "article"]];
  for (const m of index.meetings) {
    const when = m.date ? `${formatDate(m.date)}${m.date.basis === "publication" ? " (published)" : m.date.basis === "relative" ? ` ("${m.date.text}")` : ""}` : m.occasion ? "no date (occasion)" : "no date";
    const where = m.place ? `${m.place}${m.placeBasis && m.placeBasis !== "sentence" ? ` (${m.placeBasis})` : ""}` : "-";
    m.participants.forEach((p, i) => rows.push(i === 0 ? [when, where, describe(p, people), `${m.article}${m.fromQuote ? " (post)" : ""}`] : ["", "", describe(p, people), ""]));
  }
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  for (const [i, r] of rows.entries()) {
    lines.push(r.map((cell, c) => (c < 3 ? cell.padEnd(widths[c] ?? 0) : cell)).join(" | ").trimEnd());
    if (i === 0) lines.push(widths.map((w) => "-".repeat(w)).join("-+-") + "-+--------");
  }
  lines.push("", "RULES (frame rows that found meetings; one article only is a smell)", "");
  for (const [rule, { meetings, articles }] of ruleCounts(index)) {
    lines.push(`${rule.padEnd(22)} ${String(meetings).padStart(4)} meetings in ${String(articles.size).padStart(3)} article${articles.size === 1 ? "  <- one article only" : "s"}`);
  }
  lines.push("", "MEETING DETAILS", "");
  for (const m of index.meetings) {
    lines.push(`${m.id}  ${m.kind}${m.status ? ` (${m.status})` : ""}${m.rule ? `  [${m.rule}]` : ""}${m.fromQuote ? " (reported by a quoted post)" : ""}`);
    if (m.occasion) lines.push(`  occasion: ${m.occasion}`);
    if (m.venue) lines.push(`  venue: ${m.venue}`);
    if (m.topics.length) lines.push(`  topics: ${m.topics.join("; ")}`);
    lines.push(`  sentences: ${m.sentences.join(", ")}`);
  }
  lines.push("");
  lines.push(`PEOPLE (${index.people.length})`, "");
  for (const p of index.people) {
    lines.push(`${p.name}  [${p.id}]${p.country ? `  ${p.country}` : ""}`);
    if (p.names.length > 1) lines.push(`  spellings: ${p.names.join(" / ")}`);
    for (const o of p.offices) lines.push(`  office: ${officeText(o)}  (${o.article})`);
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
  const index = parseFactIndex(JSON.parse(readFileSync(join(dir, "fact-index.json"), "utf8")));
  if (process.argv.includes("--json")) console.log(JSON.stringify(toReview(index)));
  else print(index);
} catch (error) {
  console.error(`facts: ${(error as Error).message}; run npm run build:index`);
  process.exit(1);
}
