/**
 * @module The question's own words that the articles leave unsaid around a meeting's record: a
 * record that says none of them is of another thing or occasion than the one asked.
 */
import { demonymOf } from "../nlp/countries";
import { actKin } from "./answerers/read-thing";
import { fold } from "../nlp/fold";
import { joinWords } from "./format";
import type { Question } from "./question";
import type { Reply } from "./reply";
import { stem, weightsAt } from "./retrieval";
import type { Sentence } from "../facts/types";

/** Words that ask for the answer's form, never its subject: "what kind of visit", "which type of deal". */
const FORM = new Set(["kind", "type", "sort"].map(stem));

/**
 * The terms (stems) of `terms` that neither the evidence already searched (`said`) nor the wider
 * evidence a reader would count says, by the term or a kin of it ("support" told as "backing"): the
 * sentences of the reply's articles that hold the question's names (people, countries) or the
 * reported meetings' people, and what the index knows of those people (office, organisation,
 * country and its demonym; a sentence's countries by their demonyms too: "the Tarskan minister").
 * `holds` is the caller's matcher (a stem less a letter or two).
 * @example unsaidTerms(q, reply, ["refuge", "crisis"], said, holds) // ["refuge", "crisis"] when no sentence near Varan says them
 */
export function unsaidTerms(q: Question, reply: Reply, terms: string[], said: (t: string) => boolean, holds: (within: (t: string) => boolean, t: string) => boolean): string[] {
  const unsaid = terms.filter((t) => !FORM.has(t) && !actKin(t).some((k) => holds(said, k)));
  if (!unsaid.length) return unsaid;
  const around = aroundNames(q, reply);
  return unsaid.filter((t) => !actKin(t).some((k) => holds(around, k)));
}

/** The wider evidence: a matcher over the sentences around the question's names and its people's records. */
function aroundNames(q: Question, reply: Reply): (t: string) => boolean {
  const { knowledge, links } = q;
  const meetings = (reply.focus.meetings ?? []).slice(0, 8).flatMap((id) => knowledge.meetings.get(id) ?? []);
  const people = new Set([...links.people.flatMap((m) => m.ids), ...meetings.flatMap((m) => m.participants.flatMap((p) => (p.kind === "person" ? [p.person] : [])))]);
  const countries = new Set(links.countries);
  const articles = new Set([...reply.articles, ...meetings.map((m) => m.article)]);
  const texts: string[] = [];
  const country = (c: string | undefined): void => {
    if (c) texts.push(c, demonymOf(c) ?? "");
  };
  // a sentence's words by their terms too, as the question's are made ("paid" is "pay", "signed" "sign")
  const terms = new Set<string>();
  const take = (s: Sentence): void => {
    texts.push(s.text);
    s.countries.forEach(country);
    for (const t of Object.keys(weightsAt(knowledge.retrieval, s.id))) terms.add(t);
  };
  for (const m of meetings) for (const id of m.sentences) if (knowledge.retrieval.sentences[id]) take(knowledge.retrieval.sentences[id]!);
  for (const a of articles) {
    // the article's dateline: "ORVANE — …" puts its meetings in Orvane
    texts.push(knowledge.articles.get(a)?.dateline?.place ?? "");
    for (const s of knowledge.lookups.articleSentences.get(a) ?? []) if (s.people.some((p) => people.has(p)) || s.countries.some((c) => countries.has(c))) take(s);
  }
  for (const id of people) {
    const p = knowledge.people.get(id);
    country(p?.country);
    for (const o of p?.offices ?? []) {
      texts.push(o.title, o.organisation ?? "");
      country(o.country);
      country(o.to);
    }
  }
  const lowered = texts.filter(Boolean).map((t) => t.toLowerCase());
  return (t) => terms.has(t) || lowered.some((x) => x.includes(t));
}

/**
 * The question's words, as written, that its terms (stems) were made from, in the question's order:
 * what a reply names when it says the articles leave them unsaid.
 * @example askedWords("which refugee crisis did Varan discuss", ["refug", "crisi"]) // ["refugee", "crisis"]
 */
export function askedWords(text: string, terms: readonly string[]): string[] {
  const words = text.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
  // (a lemma may be spelt otherwise than the word asked: "neighbouring" is "neighbor", "fisheries" "fishery"; held as
  // the reply's evidence holds a term, by its stem less a letter or two)
  const head = (t: string): string => (t.length >= 5 ? t.slice(0, -2) : t);
  const of = (t: string): string | undefined => words.find((w) => stem(fold(w)) === t) ?? words.find((w) => [fold(w), fold(w).replace(/our/g, "or")].some((x) => x.startsWith(head(t))));
  const found = terms.flatMap((t) => of(t) ?? []);
  return words.filter((w, i) => found.includes(w) && words.indexOf(w) === i);
}

/**
 * The "not found" line of a meeting's record withheld because the articles leave the question's own
 * words unsaid around it: the words, and whose record it is, before what the articles do say.
 * @example unsaidLine(q, ["refugee", "crisis"]) // "The articles do not mention “refugee” or “crisis” where they report on Varan and Telu. What they do say:"
 */
export function unsaidLine(q: Question, words: readonly string[]): string {
  const names = q.links.people.map((m) => (m.ids.length === 1 && !m.byOffice ? (q.knowledge.people.get(m.ids[0]!)?.name ?? m.text) : m.text));
  const about = names.length ? names : q.links.countries;
  const where = about.length ? `where they report on ${joinWords(about)}` : "in the reports closest to your question";
  return `The articles do not mention ${joinWords(words.map((w) => `“${w}”`), "or")} ${where}. What they do say:`;
}
