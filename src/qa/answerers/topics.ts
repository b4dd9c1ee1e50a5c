/** @module topics: what a meeting discussed, with the article's own sentence. */
import { participantIds } from "../knowledge";
import { parseText } from "../parse";
import type { Question } from "../question";
import { missing, type Outcome } from "../reply";
import { hasConstraints, selectMeetings } from "../select";
import type { Block, Inline } from "../types";

/** Meetings told in full; the rest are counted. */
const LISTED = 8;

/** Sentences that report what was discussed. */
const DISCUSSED = /\b(discuss\w*|talk(s|ed)?|agenda|address\w*|review\w*|exchang\w* views|agree\w*|focus\w*)\b/i;

/** Questions about what someone said, and sentences that report speech. */
const SAY = /\b(say|said|tell|told|stress\w*|not(e|ed)|emphasi[sz]\w*|state\w*)\b/i;
const SPEECH = /\b(said|says|noted|stressed|emphasi[sz]ed|added|underscored|highlighted|pointed out|expressed|affirmed|thanked)\b/i;

/** Verbs of a question that ask what was discussed or said (any other verb asks something else). */
const TOPIC_VERBS = new Set(["discuss", "talk", "focus", "cover", "address", "review", "exchange", "agree", "say", "tell", "stress", "note", "emphasise", "emphasize", "state", "speak", "be", "do", "have", "will", "would", "can", "could", "center", "centre", "concern", "touch", "raise", "mention"]);

/** Words after "what" that ask what was discussed ("what did", "what issues"). */
const AUXILIARY = new Set(["did", "do", "does", "was", "were", "is", "are", "will", "would", "has", "have", "had", "can", "could"]);
const TOPIC_NOUNS = new Set(["topic", "topics", "issue", "issues", "subject", "subjects", "matter", "matters", "question", "questions", "area", "areas", "field", "fields", "sector", "sectors", "agenda", "agreement", "agreements", "mou", "mous", "memorandum", "memoranda", "memorandums", "document", "documents", "deal", "deals", "accord", "accords"]);

/** The question's verb that asks something else than what was discussed ("congratulate", "sign"), if any. */
function otherVerb(question: string): string | undefined {
  const { lemmas, tags } = parseText(question);
  return lemmas.find((lemma, i) => tags[i] === "VERB" && !TOPIC_VERBS.has(lemma.toLowerCase()));
}

/** The sentences of a meeting that report what was discussed (two at most). */
function reports(q: Question, ids: number[]): string[] {
  return ids
    .map((id) => q.knowledge.index.sentences[id]?.text)
    .filter((t): t is string => !!t && DISCUSSED.test(t))
    .slice(0, 2);
}

/** The sentences of an article in which one of the people asked about speaks (three at most). */
function statements(q: Question, article: string, speakers: string[]): string[] {
  return (q.knowledge.lookups.articleSentences.get(article) ?? [])
    .filter((s) => s.article === article && !s.quote && SPEECH.test(s.text) && s.people.some((id) => speakers.includes(id)))
    .map((s) => s.text)
    .slice(0, 3);
}

/**
 * Says what the meetings the question names discussed: the topics, then the article's sentence.
 * @example answerTopics(question) // { kind: "reply", body: [{ kind: "para", content: [{ bold: "A" }, " and ", …, " discussed: trade, …"] }, { kind: "quote", … }], … }
 */
export function answerTopics(q: Question): Outcome {
  // "which company did they raise": a thing of a kind, not the list of topics
  const kind = /^\s*(?:which|what)\s+(\p{L}+)/iu.exec(q.text)?.[1]?.toLowerCase();
  if (kind && !AUXILIARY.has(kind) && !TOPIC_NOUNS.has(kind)) return missing(`The articles don't say which ${kind} ${q.describe()}`.trim() + ".");
  const other = otherVerb(q.text);
  if (other) return missing(`The articles don't say what was ${other === "sign" ? "signed" : `meant by "${other}"`} ${q.describe()}`.trim() + ".");
  if (!hasConstraints(q.links) && !q.focus?.meetings.length && !q.focus?.people.length) return missing("I could not tell which meeting you mean.");
  const meetings = selectMeetings(q.links, q.knowledge, q.focus);
  if (meetings.length === 0) return missing(`The articles report no meeting ${q.describe() || "of that kind"}.`);
  const body: Block[] = [];
  const speakers = q.links.people.flatMap((p) => p.ids);
  const quoted = new Set<string>();
  const told = meetings.filter((m) => m.topics.length > 0);
  const shown = (told.length ? told : meetings).slice(0, LISTED);
  for (const m of shown) {
    const main = m.participants.flatMap((p) => (p.kind === "person" && p.role !== "present" ? [p.person] : []));
    const names = main.map((id): Inline => ({ bold: q.knowledge.people.get(id)?.name ?? id }));
    const who: Inline[] = names.flatMap((n, i) => (i === 0 ? [n] : [i === names.length - 1 ? " and " : ", ", n]));
    const topics = m.topics.length ? `: ${m.topics.join("; ")}.` : ".";
    body.push({ kind: "para", content: [...who, ` discussed${topics}`] });
    const said = SAY.test(q.text) && speakers.length ? statements(q, m.article, speakers) : reports(q, m.sentences);
    for (const text of said.filter((t) => !quoted.has(t))) {
      quoted.add(text);
      body.push({ kind: "quote", content: [text] });
    }
  }
  // "A and B discussed." with no topic and no sentence saying what: not an answer
  if (!body.some((b) => b.kind === "quote") && told.length === 0) return missing(`The articles don't say what was discussed ${q.describe()}`.trim() + ".");
  const more = (told.length ? told : meetings).length - shown.length;
  if (more > 0) body.push({ kind: "para", content: [`…and ${more} more meetings: name a person, place or date to narrow them.`] });
  return {
    kind: "reply",
    body,
    articles: shown.map((m) => m.article),
    focus: { meetings: meetings.map((m) => m.id), people: [...new Set(meetings.flatMap(participantIds))] },
  };
}
