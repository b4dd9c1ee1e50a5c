/** @module number: counts and votes the articles report. */
import { asCounted, countsAs, expectedAnswer } from "../answer-type";
import type { Question } from "../question";
import { missing, type Outcome } from "../reply";
import type { Fact } from "../../facts/types";
import { factLine, meetingLine, personInline } from "../format";
import { participantIds } from "../knowledge";
import { stem } from "../retrieval";
import { matchFacts, namesSomeone, selectMeetings } from "../select";
import { focusArticles, pinnedArticles } from "../focus-articles";
import type { Block, Inline } from "../types";
import { escapeRegExp } from "../../nlp/fold";

/** A question asking yes or no ("were any agreements signed"). */
const YES_NO = /^\s*(were|was|did|do|does|is|are|has|have|had)\b/i;

/** "How many people / leaders / ministers did A meet": a count of the people met, not of the meetings. */
const PEOPLE_MET = /\bhow\s+many\s+(?:other\s+|different\s+|foreign\s+)?(?:people|persons|leaders|officials|ministers|counterparts|dignitaries|heads\s+of\s+(?:state|government)|guests|visitors)\s+(?:did|has|had|have|does|do|will)\b/i;

/**
 * "How many company leaders / sports leaders did A meet": people of a kind a word before a broad noun narrows, which no
 * count of A's meetings (nor of everyone A met) answers (not "how many honorary consuls": a post, its modifier its own).
 */
const NARROWED_PEOPLE = /\bhow\s+many\s+(?:[\p{L}-]+\s+){1,2}?(?:people|persons|leaders|officials|dignitaries|guests|visitors|executives|bosses)\s+(?:did|has|had|have|does|do|will)\b/iu;

/** The people the asked person's meetings joined to them, each once: "A met 3 people: B, C and D". */
function countPeopleMet(q: Question): Outcome | undefined {
  const { knowledge, links } = q;
  const [mention] = links.people;
  if (!mention || links.people.length !== 1 || !PEOPLE_MET.test(q.text)) return undefined;
  const asked = new Set(mention.ids);
  const meetings = selectMeetings(links, knowledge);
  const met = [...new Set(meetings.flatMap(participantIds))].filter((id) => !asked.has(id)).flatMap((id) => knowledge.people.get(id) ?? []);
  const who = (mention.ids.length === 1 ? knowledge.people.get(mention.ids[0]!)?.name : undefined) ?? mention.text;
  if (met.length === 0) return missing(`The articles report no meeting of ${who} with anyone.`);
  const n = met.length;
  return {
    kind: "reply",
    body: [{ kind: "para", content: [`The articles report meetings of ${who} with `, { bold: String(n) }, ` ${n === 1 ? "person" : "people"}:`] }, { kind: "list", items: met.map((p) => personInline(p)) }],
    articles: meetings.map((m) => m.article),
    focus: { meetings: meetings.map((m) => m.id), people: met.map((p) => p.id) },
  };
}

/** "How many meetings / articles / people": counted from the index itself. */
function countRecords(q: Question): Outcome | undefined {
  const { knowledge, terms } = q;
  const peopleMet = countPeopleMet(q);
  if (peopleMet) return peopleMet;
  // "how many meetings", not "how long did the meeting last"
  // (nor "how many hours did the meeting last": a length, which the reader reads or declines)
  if (terms.includes(stem("meeting")) && /\b(how\s+many|number\s+of|count)\b/i.test(q.text) && !/\bhow\s+many\s+(?:hours?|minutes?|days?|weeks?|months?|years?)\b/i.test(q.text) && !NARROWED_PEOPLE.test(q.text)) {
    const meetings = selectMeetings(q.links, knowledge);
    if (meetings.length === 0) return missing(`The articles report no meeting ${q.describe() || "of that kind"}.`);
    return {
      kind: "reply",
      body: [{ kind: "para", content: [`The articles report ${meetings.length} meeting${meetings.length === 1 ? "" : "s"}${q.describe() ? ` ${q.describe()}` : ""}:`] }, { kind: "list", items: meetings.map((m) => meetingLine(m, knowledge, false)) }],
      articles: meetings.map((m) => m.article),
      focus: { meetings: meetings.map((m) => m.id) },
    };
  }
  // "how many people do the articles name", not "how many people were killed"
  const about = new Set(["people", "person", "official", "article", "name", "mention", "know"].map(stem));
  if (["people", "person", "official"].some((w) => terms.includes(stem(w))) && terms.every((t) => about.has(t))) {
    const n = knowledge.index.people.length;
    return { kind: "reply", body: [{ kind: "para", content: [`The articles name ${n} people.`] }], articles: [], focus: {} };
  }
  return undefined;
}

/**
 * A fact's line with its counts in bold, when its summary states every count ("4 memorandums
 * signed"); undefined when it does not (the counts are then listed under it).
 */
function boldCounts(line: Inline[], fact: Fact): Inline[] | undefined {
  const [summary, ...rest] = line;
  if (typeof summary !== "string") return undefined;
  const parts: Inline[] = [];
  let text = summary;
  for (const c of fact.counts) {
    const label = escapeRegExp(c.label).replace(/\s+/g, "\\s+");
    const at = text.search(new RegExp(`(?<![\\d.,])${c.value}\\s+${label}\\b`, "i"));
    if (at < 0 || !(c.members ?? []).every((m) => text.includes(m))) return undefined;
    parts.push(text.slice(0, at), { bold: String(c.value) });
    text = text.slice(at + String(c.value).length);
  }
  return [...parts, text, ...rest].filter((p) => p !== "");
}

/** A question that asks for a number: "how many", "how much", "what share", "what percentage", "the number of". */
export const ASKS_NUMBER = /\bhow\s+(?:many|much|long|often|old|far|big|large|high)\b|\b(?:number|share|percentage|proportion|figure|amount|total|value|volume|count)\b/i;

/**
 * Gives the counts of the facts that fit the question (a vote's tallies with the named countries).
 * @example answerNumber(question) // { kind: "reply", body: [{ kind: "para", content: ["…"] }, { kind: "list", items: [[{ bold: "120" }, " in favour"]] }], … }
 */
export function answerNumber(q: Question): Outcome {
  // "how much money …" asks for an amount, not a count of documents; "were any signed?" for yes or no
  const expected = expectedAnswer(q.text);
  if (expected?.amount || YES_NO.test(q.text)) return missing("The articles give no such number.");
  // "who signed the memorandum", "where will they sign": a person or a place, which a count of documents is
  // not; only the members a count names ("against: US, Israel") answer "who" or "which countries"
  const named = expected !== undefined && !expected.types.includes("number");
  // ("how many stolen cars end up in Orvane": a count of deals of the same story counts no cars; a count of its own thing or kin only)
  const counted = expected?.counts;
  // (a vote's tallies count the states that voted: "how many countries voted …", never "how many vaccine doses")
  const voters = !!counted && /^(?:countr|state|member|nation|vote|delegation|government)/.test(counted);
  const countsAsked = (f: Fact) => !counted || (f.kind === "vote" && voters) || f.counts.some((c) => asCounted(c.label).split(/[^\p{L}]+/u).some((w) => countsAs(w, counted)));
  const matched = matchFacts(q.terms, q.links, ["vote", "count"], q.knowledge, true).filter((f) => f.counts.length && (!named || f.counts.some((c) => c.members?.length)) && countsAsked(f));
  // "how many agreements were signed?", naming no one: the story of the conversation's focus, else one a rare word of the
  // question pins ("the 10th JCBC meeting"), never any story that counts documents
  const scope = namesSomeone(q.links) || q.links.dates.length > 0 || q.knowledge.articles.size <= 1 ? undefined : focusArticles(q);
  const inFocus = scope ? matched.filter((f) => scope.includes(f.article)) : matched;
  const pins = scope && !inFocus.length ? pinnedArticles(q) : [];
  const facts = !scope || inFocus.length ? inFocus : matched.filter((f) => pins.includes(f.article));
  // ("how did A describe the talks", "what memoranda did they sign" ask for words, not a number)
  if (facts.length === 0) return countRecords(q) ?? missing(ASKS_NUMBER.test(q.text) ? "The articles give no such number." : "The articles don't say that.");
  const body: Block[] = facts.flatMap((f): Block[] => {
    const line = factLine(f, q.knowledge);
    const said = boldCounts(line, f);
    // (the count in the article's own sentence too: "Fifteen agreements were signed in all" behind "15 agreements signed …")
    const text = q.knowledge.index.sentences[f.sentence]?.text;
    const quote: Block[] = text ? [{ kind: "quote", content: [text] }] : [];
    if (said) return [{ kind: "para", content: said }, ...quote];
    const items = f.counts.map((c): Inline[] => [{ bold: String(c.value) }, ` ${c.label}`, ...(c.members?.length ? [`: ${c.members.join(", ")}`] : [])]);
    return [{ kind: "para", content: line }, { kind: "list", items }, ...quote];
  });
  return { kind: "reply", body, articles: facts.map((f) => f.article), focus: { articles: facts.map((f) => f.article), countries: facts.flatMap((f) => f.countries) } };
}
