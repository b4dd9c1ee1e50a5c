/** @module answer(): the pure question-answering core: classify, link, answer from the index, fall back to a sentence, or say plainly that the articles do not say. */
import { answerNumber } from "./answerers/number";
import { answerRelations } from "./answerers/relations";
import { answerSources } from "./answerers/sources";
import { answerTopics } from "./answerers/topics";
import { answerVisits } from "./answerers/visits";
import { answerWhen } from "./answerers/when";
import { answerWhere } from "./answerers/where";
import { answerWhoIs } from "./answerers/who-is";
import { answerWhoMet } from "./answerers/who-met";
import { sourceBlock, sourcesOf } from "./format";
import { conversationFocus, NO_FOCUS } from "./follow-up";
import { classifyIntent } from "./intent-model";
import type { Knowledge } from "./knowledge";
import { linkQuestion, type Links } from "./link";
import { describeLinks, type Question } from "./question";
import { missing, type Outcome, type Reply } from "./reply";
import { askedDates } from "./dates";
import { lookUpCountry } from "./link";
import { contentTerms, retrieve, stem } from "./retrieval";
import { hasConstraints } from "./select";
import { suggestQuestions } from "./suggest";
import { renderPlain } from "./render";
import type { Answer, Block, Conversation, Focus, IntentName } from "./types";

export { loadKnowledge, type Knowledge } from "./knowledge";

/** Below this intent confidence, a question that names nothing of the index is not answered. */
const MIN_CONFIDENCE = 0.5;

const ANSWERERS: Partial<Record<IntentName, (q: Question) => Outcome>> = {
  who_met: answerWhoMet,
  when: answerWhen,
  where: answerWhere,
  topics: answerTopics,
  who_is: answerWhoIs,
  number: answerNumber,
  relations: answerRelations,
  visits: answerVisits,
  sources: answerSources,
};

/** Intents whose answer may come from a quoted sentence when no structured fact fits. */
const MAY_QUOTE = new Set<IntentName>(["topics", "number", "visits", "unknown", "who_met", "when", "where", "relations", "who_is"]);

/** Intents answered from meetings, which a sentence on something else (arrivals, a clinic) should beat. */
const FROM_MEETINGS = new Set<IntentName>(["who_met", "when", "where", "topics"]);

/** Words that ask about meetings themselves, not about something a sentence reports. */
const MEETING_TERMS = new Set(["meet", "meeting", "talk", "discuss", "hold", "visit", "take", "place", "happen", "consult", "led", "lead", "attend", "minister", "president", "ambassador"].map(stem));

/**
 * Example questions to offer on /start, /help and after an unknown question.
 * @example exampleQuestions(knowledge) // ["Who did Tleuberdi meet?", "When did …?", "Which articles do you know?"]
 */
export function exampleQuestions(knowledge: Knowledge): string[] {
  return suggestQuestions(knowledge, [], 4);
}

/** Names in the question that no article mentions. */
function unknownEntities(links: Links, knowledge: Knowledge): string[] {
  const countries = links.countries.filter((c) => !knowledge.vocabulary.has(c.toLowerCase().split(" ")[0] ?? "") && ![...knowledge.countriesOf.values()].some((s) => s.has(c)));
  return [...links.unknownNames, ...links.unknownOffices, ...countries];
}

/** Whether the question writes a term as a proper noun or acronym ("NAM"), enough to look it up alone. */
const isProperTerm = (question: string, term: string) =>
  term.length >= 2 && question.split(/[^\p{L}\p{N}]+/u).some((w, i) => i > 0 && w.toLowerCase() === term && /^\p{Lu}/u.test(w));

/**
 * A sentence of an article that clearly answers the question, quoted. `strict`: it must hold two
 * words of the question that are neither names nor meeting words (to beat a structured answer).
 */
function quoteFallback(q: Question, strict = false): Reply | undefined {
  const people = q.links.people;
  const passage = retrieve(q.text, q.knowledge.retrieval, 5).find(
    (p) => people.every((m) => m.ids.some((id) => p.sentence.people.includes(id) || p.sentence.text.includes(q.knowledge.people.get(id)?.surname ?? "\u0000"))),
  );
  if (!passage || passage.coverage < (strict ? 0.75 : 0.6)) return undefined;
  if (passage.matched.length < 2 && !(strict === false && passage.coverage === 1 && isProperTerm(q.text, passage.matched[0] ?? ""))) return undefined;
  const own = passage.matched.filter(
    (t) => !q.knowledge.nameWords.has(t) && !lookUpCountry(t) && !(strict && (MEETING_TERMS.has(t) || /\d/.test(t) || askedDates(t).length > 0)),
  );
  if (own.length < (strict ? 2 : 1)) return undefined;
  return {
    kind: "reply",
    body: [
      { kind: "para", content: [passage.sentence.quote ? "A post quoted in the article says:" : "The article says:"] },
      { kind: "quote", content: [passage.sentence.text.replace(/^["“](?=[^"”]*$)/, "")] },
    ],
    articles: [passage.sentence.article],
    focus: { people: passage.sentence.people, articles: [passage.sentence.article] },
  };
}

function chat(intent: "greeting" | "help", knowledge: Knowledge): Block[] {
  const n = knowledge.index.articles.length;
  const examples = exampleQuestions(knowledge);
  const lead =
    intent === "greeting"
      ? `Hello! I answer questions about ${n} news articles on diplomatic meetings. Ask me a question, for example:`
      : `I answer questions about ${n} news articles on diplomatic meetings: who met whom, when and where, what they discussed, who holds which office, votes and numbers, diplomatic relations, visits, and my sources. Ask a question in plain words, for example:`;
  return [{ kind: "para", content: [lead] }, { kind: "list", items: examples.map((e) => [e]) }];
}

function build(intent: IntentName, confidence: number, outcome: Outcome, knowledge: Knowledge, links: Links, previous?: Focus): Answer {
  const linked = [...new Set(links.people.flatMap((m) => m.ids))];
  if (outcome.kind === "missing") {
    const ofCountries = links.countries.length ? knowledge.index.people.filter((p) => links.countries.some((c) => knowledge.countriesOf.get(p.id)?.has(c))).map((p) => p.id) : [];
    const suggestions = suggestQuestions(knowledge, [...linked, ...ofCountries]);
    const body: Block[] = [
      { kind: "para", content: [outcome.what] },
      { kind: "para", content: ["You could ask:"] },
      { kind: "list", items: suggestions.map((s) => [s]) },
    ];
    return { found: false, intent, confidence, body, text: renderPlain(body), sources: [], suggestions, focus: linked.length ? { ...NO_FOCUS, people: linked } : (previous ?? NO_FOCUS) };
  }
  const sources = sourcesOf(outcome.articles, knowledge);
  const body = sources.length ? [...outcome.body, sourceBlock(sources)] : outcome.body;
  const focus: Focus = {
    people: [...new Set([...linked, ...(outcome.focus.people ?? [])])],
    meetings: outcome.focus.meetings ?? [],
    countries: [...new Set([...links.countries, ...(outcome.focus.countries ?? [])])],
    articles: [...new Set([...(outcome.focus.articles ?? []), ...outcome.articles])],
  };
  return { found: true, intent, confidence, body, text: renderPlain(body), sources, suggestions: suggestQuestions(knowledge, focus.people), focus };
}

/**
 * Answers one question from the fact index.
 * @example answer("Who met whom?", knowledge, { focus }) // { found: true, text: "…", … }
 */
export function answer(question: string, knowledge: Knowledge, conversation: Conversation = {}): Answer {
  const text = question.replace(/\s+/g, " ").trim().slice(0, 500);
  const guess = text ? classifyIntent(text, knowledge.model) : { intent: "help" as const, confidence: 1, second: "help" as const, evidence: 1 };
  const links = linkQuestion(text, knowledge);
  let intent = guess.evidence > 0 ? guess.intent : "unknown";
  if ((intent === "greeting" || intent === "help") && hasConstraints(links)) intent = guess.second;
  if (intent === "greeting" || intent === "help") {
    const body = chat(intent, knowledge);
    return { found: true, intent, confidence: guess.confidence, body, text: renderPlain(body), sources: [], suggestions: exampleQuestions(knowledge), focus: conversation.focus ?? NO_FOCUS };
  }
  const q: Question = {
    text,
    knowledge,
    links,
    terms: contentTerms(text),
    describe: () => describeLinks(links, (id) => knowledge.people.get(id)?.name),
  };
  if (!hasConstraints(links)) q.focus = conversationFocus(conversation, knowledge);
  const unknown = unknownEntities(links, knowledge);
  if (unknown.length) {
    return build(intent, guess.confidence, missing(`My articles do not mention ${unknown.join(" or ")}.`), knowledge, links, conversation.focus);
  }
  const sure = guess.confidence >= MIN_CONFIDENCE || hasConstraints(links);
  let outcome: Outcome = missing("My articles do not cover that.");
  const answerer = ANSWERERS[intent];
  if (answerer && sure) outcome = answerer(q);
  if (outcome.kind === "reply" && FROM_MEETINGS.has(intent) && links.people.length === 0 && outcome.focus.meetings?.length) {
    outcome = quoteFallback(q, true) ?? outcome;
  }
  if (outcome.kind === "missing" && MAY_QUOTE.has(intent) && !(links.people.length >= 2 && intent !== "topics")) {
    outcome = quoteFallback(q) ?? outcome;
  }
  return build(intent, outcome.kind === "reply" ? guess.confidence : 0, outcome, knowledge, links, q.focus ?? conversation.focus);
}
