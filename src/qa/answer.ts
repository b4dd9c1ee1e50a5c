/** @module answer(): the pure question-answering core: classify, link, answer from the index, fall back to a sentence, or say plainly that the articles do not say. */
import { answerChat } from "./answerers/chat";
import { answerGreeters, asksGreeters } from "./answerers/greeters";
import { answerPredecessor, asksPredecessor } from "./answerers/predecessor";
import { replySignals, type AnswerPath, type AnswerSignals } from "./answer-signals";
import { answerNumber, ASKS_NUMBER } from "./answerers/number";
import { namesDocuments } from "./answerers/listed-documents";
import { partyAsked, readAnswer } from "./answerers/reader";
import { readCompanions } from "./answerers/companions";
import { asksSigning, MEETING_TERMS, readerFirst } from "./answer-type";
import { askedHead, asksForThing, meetingPartAsked, ownedThingAsked } from "./asked-thing";
import { fold } from "../nlp/fold";
import { countryOfCity } from "../nlp/countries";
import { answerOrigin } from "./answerers/origin";
import { answerManner, asksManner, asksMannerYesNo } from "./answerers/manner";
import { asksStayLength, asksVisitSpan, readStayLength, readVisitSpan } from "./answerers/visit-span";
import { asksTripLeg, readTripLeg } from "./answerers/trip-leg";
import { asksDescription, readDescription } from "./answerers/description";
import { answerRelations } from "./answerers/relations";
import { answerSources } from "./answerers/sources";
import { answerTopics } from "./answerers/topics";
import { answerVisits } from "./answerers/visits";
import { answerWhen } from "./answerers/when";
import { answerWhere } from "./answerers/where";
import { answerWhoIs } from "./answerers/who-is";
import { answerOthersMet, answerWhoElse, answerWhoMet, asksWhatHappened, asksWhoElse, asksWhoJoined, isWhoMetForm } from "./answerers/who-met";
import { answerYesNo, isMeetingYesNo, isPresenceYesNo } from "./answerers/yes-no";
import { answerActYesNo, yesNoActs } from "./answerers/act-yes-no";
import { joinWords, meetingLine, sourceBlock, sourcesOf } from "./format";
import { askAgain, ellipticalPhrase } from "./ellipsis";
import { lookUpCountry } from "./link-countries";
import { conversationFocus, focusForPronoun, leansOnFocus, NO_FOCUS } from "./follow-up";
import { pronounGender } from "./gender";
import type { Knowledge } from "./knowledge";
import { linkQuestion, type Links } from "./link";
import { distinctIds, idsOfBoth } from "./lookups";
import { describeLinks, type Question } from "./question";
import { unreadable } from "./language";
import { asksBot, PERSONAL_PRONOUN, PLURAL_PRONOUN, readQuestion, type ReadQuestion } from "./read-question";
import { renderPlain } from "./render";
import { nearbyMeetings, thingUnsaid } from "./nearby";
import { asksOtherOccasion, asksPreviousOccasion } from "./occasion";
import { precedentOfOffice, previousOccasion } from "./answerers/previous-occasion";
import { isDoubtful, riskOf } from "./confidence";
import { venueSpecifics, withVenueSentence } from "./venue-quote";
import { unsaidLine } from "./unsaid";
import { latinOf, latinText } from "./transliterate";
import { missing, type Outcome, type Reply } from "./reply";
import { contentTerms } from "./retrieval";
import { sentencesNaming } from "./named-only";
import { hasConstraints, selectMeetings, TOGETHER } from "./select";
import { suggestQuestions } from "./suggest";
import type { Answer, Block, Conversation, Focus, IntentName } from "./types";
import type { Meeting, Sentence } from "../facts/types";

export { loadKnowledge, type Knowledge } from "./knowledge";
export { readQuestion, type ReadQuestion } from "./read-question";

/** Below this intent confidence, a question that names nothing of the index is not answered. */
/** A question that asks for a reason ("why", "how come", "for what reason"). */
const WHY = /^\s*(?:why|how come|for what reason)\b|^\s*what\s+(?:was|were|is|are)\b.*\bfor\s*[?.!]*\s*$/i;

const MIN_CONFIDENCE = 0.5;

/** Intents that talk with the user rather than ask the articles. */
const CHAT = new Set<IntentName>(["greeting", "help"]);

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

/** A question about who wrote an article: "who wrote the story on A?", "who is the author of the report?". */
const WHO_WROTE = /^\s*who\s+(?:wrote|authored|penned|filed|(?:is|was)\s+the\s+(?:author|writer|reporter|journalist)\s+of)\s+(?:the\s+|this\s+|that\s+)?(?:[\p{L}-]+\s+){0,2}?(?:article|story|report|piece)\b/iu;

/** "Who <verb> …": the verb after "who", and the modal before it when there is one ("who will replace A"). */
const WHO_VERB = /^\s*who\s+(?:(will|would|is\s+to|was\s+to|is\s+going\s+to|could|can|may|might|should|must|did)\s+)?(?:also\s+|first\s+|then\s+)?([a-z]+)\b/i;

/** Verbs of being or of holding an office: "who is / heads / chairs …" asks who someone is. */
const OFFICE_VERBS = /^(?:is|are|was|were|be|been|has|had|have|hold|holds|held|serve|serves|served|head|heads|headed|lead|leads|led|chair|chairs|chaired)$/i;

/**
 * The act a "who" question asks the doer of ("who invited A", "who will replace A"): a past tense,
 * or a verb after a modal; undefined for being or holding an office ("who is A", "who heads …").
 * @example actVerb("who invited Varan") // "invited"
 */
function actVerb(text: string): string | undefined {
  const [, modal, verb] = WHO_VERB.exec(text) ?? [];
  if (!verb || OFFICE_VERBS.test(verb)) return undefined;
  return modal || /ed$/i.test(verb) || IRREGULAR_PAST.has(verb.toLowerCase()) ? verb : undefined;
}

/** Past tenses of acts on someone that do not end in -ed. */
const IRREGULAR_PAST = new Set(["met", "saw", "sent", "told", "gave", "took", "brought", "wrote", "sought"]);

/** Acts of receiving someone, which a meeting's other side did ("who welcomed A": whom A met). */
const MEETING_ACTS = /^(?:welcome|welcomed|greet|greeted|receive|received|host|hosted|meet|met|visit|visited|call|called|phone|phoned|see|saw|entertain|entertained)$/i;

/** Acts on someone that are no contact between them: paying tribute, thanking, praising, inviting, honouring, appointing. */
const OTHER_ACTS = /\b(?:tribute|thank(?:s|ed)?|prais(?:e|ed|es)|congratulat\w*|condol\w*|invit(?:e|ed|es)|honou?r(?:s|ed)?|award(?:s|ed)?|appoint(?:s|ed)?|criticis\w*|criticiz\w*|accus(?:e|ed|es)|blam(?:e|ed|es)|decorat(?:e|ed))\b/i;

/** Words of meeting in a question, which keep it a question of who met whom. */
const MEETING_WORDS = /\b(?:met|meet|meets|meeting|talks|received|receive|hosted|host|called on|spoke|phoned|visited)\b/i;

/** The document a question asks after "what"/"which", a word or two before it: "what agreements", "which trade accords". */
const ASKED_DOCUMENT = String.raw`(?:[\p{L}-]+\s+){0,2}?(?:agreements?|memorand\w*|mous?|accords?|treat(?:y|ies)|deals?|declarations?|documents?|protocols?|conventions?|pacts?|charters?|roadmaps?)`;

/** "what agreements were signed", "which accords were concluded", "what was signed": which documents, by a wh-word and a verb of signing (not "which federation signed …", a who). */
const SIGNING_ASKED = new RegExp(String.raw`^\s*(?:what|which)\s+(?:${ASKED_DOCUMENT}|was|were|is|are|will|did|does|do|has|have|had)\b.*\b(?:sign(?:ed)?|conclude[d]?|ink(?:ed)?|exchange[d]?)\b`, "iu");

/** "what agreements …", "which documents …": the question asks which documents, not what was signed in general ("what did A sign"). */
const DOCUMENTS_ASKED = new RegExp(String.raw`^\s*(?:what|which)\s+${ASKED_DOCUMENT}\b`, "iu");

/** A word of a question about the articles themselves. */
const SOURCE_WORD = /\b(articles?|sources?|news|agenc(y|ies)|reports?|reported|published|publishers?|outlets?|papers?|newspapers?|stor(y|ies)|wrote|written|authors?|journalists?|publications?|links?|websites?|sites?|know)\b/i;

/** Intents whose answer may come from the reader when no structured fact fits. */
const MAY_READ = new Set<IntentName>(["topics", "number", "visits", "unknown", "who_met", "when", "where", "relations", "who_is", "sources"]);

/** Intents answered from meetings, which a sentence on something else (arrivals, a clinic) should beat. */
const FROM_MEETINGS = new Set<IntentName>(["who_met", "when", "where", "topics"]);

/**
 * Example questions to offer on /start, /help and after an unknown question.
 * @example exampleQuestions(knowledge) // ["Who did Ortega meet?", "When did …?", "Which articles do you know?"]
 */
export function exampleQuestions(knowledge: Knowledge): string[] {
  return suggestQuestions(knowledge, [], 4);
}

/** Names in the question that no article mentions. */
function unknownEntities(links: Links, knowledge: Knowledge, question: string): string[] {
  // (a country a sentence names by its people's word or a city of it is mentioned: "a Veldian state", "the Orvanian capital")
  const unread = links.countries.filter((c) => !knowledge.vocabulary.has(c.toLowerCase().split(" ")[0] ?? "") && !knowledge.countryPeople.has(c) && !knowledge.countryArticles.has(c));
  // (a country the question names by a city the articles write is known: "the Tarsk talks"; looked for only when some country is unread)
  const words = unread.length ? fold(question).split(/[^\p{L}]+/u).filter(Boolean) : [];
  const cities = new Set([...words, ...words.slice(1).map((w, i) => `${words[i]} ${w}`)].filter((w) => knowledge.vocabulary.has(w.split(" ")[0]!)).flatMap((w) => countryOfCity(w) ?? []));
  const countries = unread.filter((c) => !cities.has(c));
  return [...links.unknownNames, ...links.unknownOffices, ...countries];
}

/** The Answer for an outcome: the source line after a reply, suggestions after a miss, the next focus. */
function build(intent: IntentName, confidence: number, outcome: Outcome, knowledge: Knowledge, links: Links, previous?: Focus, asked?: Question, path?: AnswerPath): Answer {
  // a reply too likely wrong is given as what the articles say, not as the answer (found: false)
  const signals = outcome.kind === "reply" && path && asked ? replySignals(asked, outcome, path, intent, confidence) : undefined;
  if (outcome.kind === "reply" && signals && asked) {
    signals.risk = Math.round(riskOf(signals.features) * 1000) / 1000;
    if (isDoubtful(signals.features)) return { ...build(intent, 0, unsure(outcome, asked, signals), knowledge, links, previous, asked), signals: { ...signals, withheld: true } };
  }
  const linked = distinctIds(links.people.length === 1 ? links.people[0]!.ids : links.people.flatMap((m) => m.ids));
  if (outcome.kind === "missing") {
    const ofCountries = links.countries.length ? links.countries.flatMap((c) => knowledge.countryPeople.get(c) ?? []) : [];
    const suggestions = suggestQuestions(knowledge, [...linked, ...ofCountries], 3, { intent, ...(asked ? { text: asked.text } : {}) });
    // the suggestions are the adapters' buttons and chips; only the plain text lists them
    // what the articles do say nearby, cited, though it does not answer
    const cited = outcome.known ? sourcesOf(outcome.known.articles, knowledge) : [];
    const body: Block[] = [{ kind: "para", content: [outcome.what] }, ...(outcome.known?.body ?? []), ...(cited.length ? [sourceBlock(cited)] : [])];
    const text = renderPlain([...body, { kind: "para", content: ["You could ask:"] }, { kind: "list", items: suggestions.map((s) => [s]) }]);
    return { found: false, intent, confidence, body, text, sources: [], suggestions, focus: linked.length ? { ...NO_FOCUS, people: linked as string[], ...(asked ? { asked: asked.text } : {}) } : (previous ?? NO_FOCUS) };
  }
  const sources = sourcesOf(outcome.articles, knowledge);
  const body = sources.length ? [...outcome.body, sourceBlock(sources)] : outcome.body;
  const focus: Focus = {
    people: idsOfBoth(linked, outcome.focus.people ?? []) as string[],
    meetings: outcome.focus.meetings ?? [],
    countries: [...new Set([...links.countries, ...(outcome.focus.countries ?? [])])],
    articles: [...new Set([...(outcome.focus.articles ?? []), ...outcome.articles])],
    ...(asked ? { asked: asked.text } : {}),
  };
  // a long list shown a page at a time: "more" asks the question again from where this page ends
  const more = outcome.page && outcome.page.rest > 0 && asked ? outcome.page : undefined;
  if (more && asked) focus.next = { question: asked.text, offset: more.end, ...(asked.focus ? { focus: withoutNext(asked.focus) } : {}) };
  return { found: true, intent, confidence, body, text: renderPlain(body), sources, suggestions: suggestQuestions(knowledge, focus.people, 3, { intent }), focus, ...(more ? { more: more.rest } : {}), ...(signals ? { signals } : {}) };
}

/**
 * A reply the bot is not sure of, as a "not sure" outcome that still shows what the articles say;
 * when it is the question's own words they leave unsaid (see ./unsaid), it names them; when it is one
 * person for people asked in the plural (see ./asked-many), it says so.
 */
function unsure(reply: Reply, q: Question, signals: AnswerSignals): Outcome {
  const what = signals.unsaid?.length
    ? unsaidLine(q, signals.unsaid)
    : signals.features.one_of_many
      ? "The articles name only one where you ask for several, so this may be a part of the answer or another occasion. What they say:"
      : "I am not sure the articles answer exactly that. What they say:";
  return missing(what, { body: reply.body, articles: reply.articles });
}

/** A focus without its next page (a page's own focus never nests another). */
function withoutNext(focus: Focus): Focus {
  const { next: _next, ...rest } = focus;
  return rest;
}

/**
 * Answers one question from the fact index: a question's text, or the question {@link readQuestion}
 * read (once: answer() may add to its links). `keptFocus` is set when the answer's focus is the
 * conversation's, passed on (a greeting, a miss that names nobody): an adapter that did not load
 * the conversation then has nothing to store.
 * @example answer("Who met whom?", knowledge, { focus }) // { found: true, text: "…", … }
 */
export function answer(question: string | ReadQuestion, knowledge: Knowledge, conversation: Conversation = {}): Answer {
  const read = typeof question === "string" ? readQuestion(question, knowledge) : question;
  const reply = answerRead(read, knowledge, conversation);
  return reply.focus === (conversation.focus ?? NO_FOCUS) ? { ...reply, keptFocus: true } : reply;
}

/**
 * A question with names typed in Cyrillic or Greek letters, in Latin ones, when every such name
 * then links to someone the articles name; undefined otherwise.
 * @example inLatinLetters("who is Варан?", ["Варан"], knowledge)?.text // "who is Varan?"
 */
function inLatinLetters(text: string, words: string[], knowledge: Knowledge): { text: string; parsed: NonNullable<ReadQuestion["parsed"]>; words: [string, string][] } | undefined {
  const pairs = words.map((w): [string, string | undefined] => [w, latinOf(w)]);
  if (pairs.some(([, to]) => !to)) return undefined;
  const latin = latinText(text);
  const { parsed } = readQuestion(latin, knowledge);
  if (!parsed || parsed.links.people.length === 0 || parsed.links.unknownNames.length > 0) return undefined;
  return { text: latin, parsed, words: pairs as [string, string][] };
}

function answerRead(read: ReadQuestion, knowledge: Knowledge, conversation: Conversation): Answer {
  const { text } = read;
  // a question in another language, or a name in another script, is not "not in the articles"
  const foreign = read.parsed ? undefined : unreadable(text);
  // "who is Варан?": the name in Latin letters, when the articles know it so
  const latin = foreign?.kind === "script" ? inLatinLetters(text, foreign.words, knowledge) : undefined;
  if (latin) {
    const note: Block = { kind: "para", content: [`I read ${latin.words.map(([from, to]) => `“${from}” as “${to}”`).join(", ")}.`] };
    const reply = answerAt(latin.text, knowledge, conversation, 0, latin.parsed);
    return { ...reply, body: [note, ...reply.body], text: `${renderPlain([note])}\n\n${reply.text}` };
  }
  if (foreign) {
    const what =
      foreign.kind === "language"
        ? "I read questions in English only: please ask in English."
        : `I could not match ${foreign.words.map((w) => `“${w}”`).join(", ")} to a name in my articles: they write names in Latin letters. Please type the name in Latin letters.`;
    return build("unknown", 0, missing(what), knowledge, linkQuestion("", knowledge), conversation.focus);
  }
  if (!read.parsed) {
    const next = conversation.focus?.next;
    if (next) return answerAt(next.question, knowledge, next.focus ? { focus: next.focus } : {}, next.offset);
    const focus = conversation.focus ? withoutNext(conversation.focus) : NO_FOCUS;
    return build("unknown", 0, missing("There is nothing more to show: the last answer was complete. Ask another question."), knowledge, linkQuestion("", knowledge), focus);
  }
  // "and Varan?": the chat's last question again, of that name; with no last question, the name alone
  const phrase = ellipticalPhrase(text);
  if (phrase) return answerAt(askAgain(conversation.focus?.asked, phrase, knowledge), knowledge, conversation, 0);
  return answerAt(text, knowledge, conversation, 0, read.parsed);
}

/** Answers a question, its long lists from `offset` on (0, or the items already shown). */
/** The countries of the meetings' sides, not of those present nor of the place (unlike knowledge's meetingCountries): who took part. */
function sidesOf(meetings: readonly string[], knowledge: Knowledge): Set<string> {
  return new Set(meetings.flatMap((id) => knowledge.meetings.get(id)?.participants.flatMap((p) => (p.kind === "person" && !p.role ? [...(knowledge.countriesOf.get(p.person) ?? [])] : [])) ?? []));
}

function answerAt(text: string, knowledge: Knowledge, conversation: Conversation, offset: number, parsed = readQuestion(text, knowledge).parsed): Answer {
  if (!parsed) return answerRead(readQuestion(text, knowledge), knowledge, {});
  const { guess } = parsed;
  const links = { ...parsed.links, people: [...parsed.links.people] };
  // a question made of no word the model knows is unknown; "hi, who met in Lima?" is not a greeting
  let intent = guess.evidence > 0 ? guess.intent : links.people.length ? "who_is" : "unknown";
  // "how was the fifth round held?" asks of a meeting, not after the bot's health
  // (and "what did Varan ask of the fund that gave its help?", whose second guess is a greeting too, asks the articles)
  // (nor is "which treaty's deadline falls next spring": a wh-question of two words of content or more)
  if (CHAT.has(intent) && (hasConstraints(links) || contentTerms(text).some((t) => MEETING_TERMS.has(t)) || (WH_OPEN.test(text) && contentTerms(text).length >= 2 && !asksBot(text)))) intent = CHAT.has(guess.second) ? "unknown" : guess.second;
  // help is asked of the bot ("what can you do?"); "what can members do on the website?" asks the articles
  if (intent === "help" && !asksBot(text)) intent = "unknown";
  if (intent === "greeting" || intent === "help") {
    // the examples are made once: the reply lists them and offers them again as its suggestions
    const examples = exampleQuestions(knowledge);
    const body = answerChat(intent, knowledge, examples, text);
    return { found: true, intent, confidence: guess.confidence, body, text: renderPlain(body), sources: [], suggestions: [...examples], focus: conversation.focus ?? NO_FOCUS };
  }
  const q: Question = {
    text,
    knowledge,
    links,
    terms: contentTerms(text),
    describe: () => describeLinks(links, (id) => knowledge.people.get(id)?.name),
    offset,
  };
  // a follow-up ("when?", "who is he?") leans on the replied-to message or the chat's last answer;
  // a question that asks for everything ("who met whom?") does not; "when did he meet X?" adds the
  // person in focus to the people named. A "she" never means a man the articles call "he".
  const context = conversationFocus(conversation, knowledge);
  const fitting = focusForPronoun(text, context, knowledge);
  if (context?.people.length && !fitting && (!hasConstraints(links) || PERSONAL_PRONOUN.test(text))) {
    const names = context.people.slice(0, 3).map((id) => knowledge.people.get(id)?.name ?? id);
    const pronoun = pronounGender(text) ?? "they";
    return build(intent, 0, missing(`I could not tell who “${pronoun}” is: the articles do not refer to ${joinWords(names, "or")} as “${pronoun}”. Ask with a name.`), knowledge, links, conversation.focus, q);
  }
  // "where were the foreign minister level talks held?" after questions about one story: an office named with no country, person
  // or place means its holders in the story in focus, when it has any, not every holder the articles name
  // (not "the Veldian envoy": an office said with its country names its own holders)
  if (context?.articles.length && links.countries.length === 0 && links.places.length === 0 && links.people.length > 0 && links.people.every((m) => m.byOffice && !m.text.split(/\s+/).some((w) => lookUpCountry(w.replace(/['’]s$/, "")) !== undefined))) {
    for (const m of links.people) {
      const near = m.ids.filter((id) => knowledge.people.get(id)?.articles.some((a) => context.articles.includes(a)));
      if (near.length > 0) m.ids = near;
    }
  }
  if (!hasConstraints(links)) {
    if (leansOnFocus(text)) q.focus = fitting;
  } else if (PERSONAL_PRONOUN.test(text)) {
    const person = fitting?.people.find((id) => !links.people.some((m) => m.ids.includes(id)));
    const name = person && knowledge.people.get(person)?.name;
    if (person && name) links.people.push({ text: name, ids: [person], byOffice: false });
  } else if (links.people.length === 0 && PLURAL_PRONOUN.test(text) && fitting && fitting.people.length > 1 && fitting.people.length <= TOGETHER) {
    // "where in Tarsk did they meet?": "they" are the people in focus, the place narrows their meetings
    for (const id of fitting.people) links.people.push({ text: knowledge.people.get(id)?.name ?? id, ids: [id], byOffice: false });
  }
  // a name, office or country no article mentions: the articles cannot answer, whatever the intent
  const unknown = unknownEntities(links, knowledge, text);
  // a name the articles write though the index holds no person for it: where they write it, never "not mentioned"
  const unread = unreadName(text, links, unknown);
  const writ = unread ? sentencesNaming(unread, knowledge) : [];
  if (writ.length) return build(intent, guess.confidence, namedOnly(unread, writ, WHO_IS.test(text), links.unknownOffices.includes(unread)), knowledge, links, conversation.focus, q, "named_only");
  // "when did an Orvanian prime minister last visit Tarsk?" with no one titled so: the precedent a sentence gives in those words
  const precedent = unknown.length && asksPreviousOccasion(text) ? precedentOfOffice(q, links.unknownOffices) : undefined;
  if (precedent) return build("when", guess.confidence, precedent, knowledge, links, conversation.focus, q, "previous");
  if (unknown.length) {
    return build(intent, guess.confidence, missing(`My articles do not mention ${unknown.join(" or ")}.`), knowledge, links, conversation.focus, q);
  }
  // "which ministers is she scheduled to call on?" with no one in the conversation: no list of everyone's meetings
  if (links.people.length === 0 && !q.focus?.people.length && !context?.people.length && /\b(he|she|him|her|his)\b/i.test(text)) {
    return build(intent, 0, missing(`I could not tell who “${pronounGender(text) ?? "they"}” is: ask with a name.`), knowledge, links, conversation.focus, q);
  }
  // "where in Beijing did they meet?" with no one in the conversation: not every meeting held there
  if (links.people.length === 0 && links.countries.length === 0 && !q.focus?.people.length && !q.focus?.meetings.length && !context?.people.length && PLURAL_PRONOUN.test(text)) {
    return build(intent, 0, missing("I could not tell who “they” are: ask with their names."), knowledge, links, conversation.focus, q);
  }
  // "what agreements were signed?", "which accords were concluded?" ask what was signed, not how many: a meeting's sentence says
  const signing = intent === "number" && !ASKS_NUMBER.test(text) && SIGNING_ASKED.test(text);
  if (signing) intent = "topics";
  // (a question whose form says what it asks is read however unsure the model is of it)
  const sure = guess.confidence >= MIN_CONFIDENCE || hasConstraints(links) || signing;
  let outcome: Outcome = missing("My articles do not cover that.");
  // "which countries has X met?" and "who called whom?" are about meetings, whatever the model says
  if (isWhoMetForm(text) || asksWhatHappened(text, links.dates)) intent = "who_met";
  // "in what year did a Veldian president last visit Tarsk?": the date of the occasion before, whatever the model says
  if (YEAR_ASKED.test(text) && asksPreviousOccasion(text)) intent = "when";
  // "what manuscript did she see?", "at which forum did they meet?": a thing, which no list of meetings
  // names (unlike "which ministers", "what countries"); "on which day", "in which city": a date or a place
  const part = intent === "who_met" ? meetingPartAsked(text) : undefined;
  if (part) intent = part;
  // "what help did the Veldian minister ask for?": a thing asked, which no list of offices says (unlike "what post does A hold")
  if (intent === "who_is" && asksForThing(text, false) && !POST_NOUN.test(text)) intent = "unknown";
  // ("what is Veldia's priority according to A": a thing owned, which no office says; not "what is A's position")
  if (intent === "who_is" && ownedThingAsked(text)) intent = "unknown";
  // "whose message did she bring?" asks for what a sentence says, not who someone is
  // (nor a meeting: "whose memory did she honour" is answered by a sentence or not at all)
  if ((intent === "who_is" || intent === "who_met") && /^\s*whose\b/i.test(text)) intent = "unknown";
  // "who invited A?", "who welcomed the Veldian president?": someone who acted on A, never A; a meeting's other side or a sentence's doer
  const acted = intent === "who_is" && links.people.length > 0 ? actVerb(text) : undefined;
  if (acted) intent = MEETING_ACTS.test(acted) ? "who_met" : "unknown";
  // "who did A pay tribute to?", "whom did A thank?": an act on someone that is no meeting, told by a sentence or not at all,
  // never the list of A's meetings (unless the question asks for meetings in its own words: "which countries has A met")
  if (intent === "who_met" && OTHER_ACTS.test(text) && !isWhoMetForm(text) && !MEETING_WORDS.test(text)) intent = "unknown";
  // "what documents did A and B sign?" is about the articles' contents, not the articles themselves
  if (intent === "sources" && !SOURCE_WORD.test(text)) intent = hasConstraints(links) ? "topics" : "unknown";
  // "who wrote the story about A?" asks for an article's byline, whatever the model says
  if (WHO_WROTE.test(text)) intent = "sources";
  // "where is X from?": the country of their record, not a place they were
  const origin = answerOrigin(q);
  if (origin) return build("who_is", Math.max(guess.confidence, 0.5), origin, knowledge, links, q.focus ?? conversation.focus, q, "origin");
  // "did X meet Y?" is answered yes or no, whatever the intent model makes of it
  // ("was the call between A and B in person?" asks how, below)
  const yesNo = links.people.length && !asksMannerYesNo(text) && (isMeetingYesNo(text, links.people.map((m) => m.text)) || isPresenceYesNo(text, links)) ? answerYesNo(q) : undefined;
  // "did A congratulate B?": an act that is no meeting, from the sentence that tells it or not at all
  const acts = links.people.length && !yesNo ? yesNoActs(text, links.people.map((m) => m.text)) : [];
  if (acts.length) {
    const act = answerActYesNo(q, acts);
    return build(intent, act.kind === "reply" ? Math.max(guess.confidence, 0.5) : 0, act, knowledge, links, q.focus ?? conversation.focus, q, "act_yes_no");
  }
  if (yesNo?.kind === "reply" && yesNo.focus.meetings?.length && asksOtherOccasion(text, links)) {
    const before = asksPreviousOccasion(text) ? previousOccasion(q, yesNo.focus.meetings, "yes") : undefined;
    if (before) return build("who_met", Math.max(guess.confidence, 0.5), before, knowledge, links, q.focus ?? conversation.focus, q, "previous");
    return build("who_met", 0, otherOccasion(yesNo.focus.meetings, knowledge), knowledge, links, q.focus ?? conversation.focus, q);
  }
  if (yesNo) return build("who_met", yesNo.kind === "reply" ? Math.max(guess.confidence, 0.5) : 0, yesNo, knowledge, links, q.focus ?? conversation.focus, q, "yes_no");
  // "who else did A meet?" when A met one person only: that one is no answer
  const othersMet = answerOthersMet(q);
  if (othersMet) return build("who_met", 0, othersMet, knowledge, links, q.focus ?? conversation.focus, q, "others_met");
  // "who was A's predecessor?", "who did A replace?": the one a sentence about A says A took over from
  const predecessor = links.people.length && asksPredecessor(text) ? answerPredecessor(q) : undefined;
  if (predecessor) return build("who_is", Math.max(guess.confidence, 0.5), predecessor, knowledge, links, q.focus ?? conversation.focus, q, "reader_first");
  // "who received A at the airport?": the welcomers a sentence names, not the meeting of the visit
  const greeters = links.people.length && asksGreeters(text) ? answerGreeters(q) : undefined;
  if (greeters) return build("who_met", Math.max(guess.confidence, 0.5), greeters, knowledge, links, q.focus ?? conversation.focus, q, "greeters");
  // "who accompanied A?", "which ministers travelled with A?": the people a sentence says came with A, before the others at a meeting of A's
  const companions = readCompanions(q);
  if (companions) return build(intent, guess.confidence, companions, knowledge, links, q.focus ?? conversation.focus, q, "reader_first");
  // "who else was there?", "who accompanied A?": the others at the meeting, never its principals
  const others = asksWhoElse(text) || asksWhoJoined(text, links.people.length) ? answerWhoElse(q) : undefined;
  if (others) return build("who_met", others.kind === "reply" ? guess.confidence : 0, others, knowledge, links, q.focus ?? conversation.focus, q, "who_else");
  // "how did A describe the talks?": the sentence in which A gives them a word, never a count or a manner
  const description = asksDescription(text) ? readDescription(q) : undefined;
  if (description) return build(intent, Math.max(guess.confidence, 0.5), description, knowledge, links, q.focus ?? conversation.focus, q, "reader_only");
  // "how did A and B speak?": by phone, by video or in person, as the meeting's record tells
  const manner = asksManner(text) ? answerManner(q) : undefined;
  if (manner) return build("who_met", guess.confidence, manner, knowledge, links, q.focus ?? conversation.focus, q, "manner");
  // "what were the dates of A's visit?": the span of days an article gives the stay, which no meeting's day tells
  const span = asksVisitSpan(text) ? readVisitSpan(q) : undefined;
  if (span) return build("when", guess.confidence, span, knowledge, links, q.focus ?? conversation.focus, q, "reader_first");
  // "how long was A's trip to Tarsk?": the length the article gives A's stay ("a four-day trip"), before any other span of time
  // a sentence of A holds ("the third official in Tarsk in about a month", heldout112 1030)
  const stay = asksStayLength(text) ? readStayLength(q) : undefined;
  if (stay) return build(intent, guess.confidence, stay, knowledge, links, q.focus ?? conversation.focus, q, "reader_first");
  // "where does A go after Tarsk?": the stop a sentence puts on the other side of Tarsk, never Tarsk itself
  const leg = asksTripLeg(text) ? readTripLeg(q) : undefined;
  if (leg) return build(intent, guess.confidence, leg, knowledge, links, q.focus ?? conversation.focus, q, "reader_first");
  // a duration, an ordinal, a date of something other than a meeting: the reader's, before meetings
  let read: Outcome | undefined | null = null;
  const reader = () => (read === null ? (read = readAnswer(q)) : read);
  // "the two ministers", naming nobody, in no conversation: no list of meetings tells which; the reader may
  const unnamed = links.groups.length > 0 && links.people.length === 0 && !q.focus?.people.length && !q.focus?.meetings.length;
  // "why …?": a reason is in a sentence or nowhere, never in a list of meetings or visits
  // ("what took place on 3 May?" asks for the day's meetings, not for a place)
  // ("who led the Veldian delegation": a sentence first, then a meeting of someone of Veldia, never the meetings held in Veldia)
  const party = partyAsked(text);
  let first = asksWhatHappened(text, links.dates) ? undefined : (unnamed && FROM_MEETINGS.has(intent)) || WHY.test(text) ? "only" : party ? "first" : readerFirst(text, q.terms, intent, links.places.length > 0, links.people.map((m) => m.text));
  // "when did A and B sign the treaty": a sentence first, then the meeting the articles tell as their signing, when they tell one
  if (first === "only" && asksSigning(text, links.people.map((m) => m.text)) && selectMeetings({ ...links, signed: true }, knowledge).length > 0) {
    links.signed = true;
    first = "first";
  }
  let path: AnswerPath = "answerer";
  if (first === "only") {
    outcome = reader() ?? missing(WHY.test(text) ? "The articles don't say why." : "The articles don't say that.");
    path = "reader_only";
  } else if (first && reader()?.kind === "reply") {
    outcome = reader()!;
    path = "reader_first";
  } else {
    const answerer = ANSWERERS[intent];
    // "who did A receive at the lodge": the meetings whose own words name the venue, when any do
    const venue = answerer && sure ? venueSpecifics(q) : [];
    if (venue.length) links.specifics = [...(links.specifics ?? []), ...venue];
    if (answerer && sure) outcome = answerer(q);
    if (party && outcome.kind === "reply" && !sidesOf(outcome.focus.meetings ?? [], knowledge).has(party)) outcome = missing("The articles don't say who led that party.");
    // "who did A receive at the Tarsk Palace": the meeting's own sentence naming the venue its record leaves out
    if (outcome.kind === "reply") outcome = withVenueSentence(q, outcome);
    // a sentence holding the question's own words beats meetings chosen by country alone
    // (a sentence of another story, one that only mentions a country asked, does not: "where was the Veldia-Orvane consultation
    // held" is not answered by the Veldia-Tarsk one's "the first round was held in Tarsk", read21)
    const told = outcome.kind === "reply" ? outcome.articles : [];
    const sameStory = (r: Outcome | undefined): boolean => r?.kind === "reply" && r.articles.some((a) => told.includes(a));
    if (outcome.kind === "reply" && FROM_MEETINGS.has(intent) && links.people.length === 0 && links.countries.length > 0 && outcome.focus.meetings?.length && !outcome.byWords && reader()?.kind === "reply" && sameStory(reader())) {
      outcome = reader()!;
      path = "reader_over_countries";
    }
    // no structured fact: the reader's span, or its plain "the articles don't give …", but never
    // for a meeting of two people that the articles do not report
    const last = outcome.kind === "missing" && !outcome.hedged && (MAY_READ.has(intent) || first) ? reader() : undefined;
    // (nor a plain "don't give" over a structured "no" that says what the articles do report)
    if (last && !(links.people.length >= 2 && intent !== "topics" && last.kind === "missing") && !(last.kind === "missing" && outcome.kind === "missing" && (outcome.known || FROM_MEETINGS.has(intent)))) {
      outcome = last;
      path = "reader_last";
    }
  }
  // "which agreements will A and B sign?": a sentence that only counts them or says some will be signed does not say which
  // (so too "what did A and B sign?" answered from "they put their names to several documents")
  if ((signing || (intent === "topics" && DOCUMENTS_ASKED.test(text) && SIGNING_ASKED.test(text))) && outcome.kind === "reply" && !namesDocuments(renderPlain(outcome.body))) outcome = missing("The articles don't say which documents.", { body: outcome.body, articles: outcome.articles });
  // "where did A and B last meet before this trip?" read as of the trip (the reader's, no meeting in focus): the earlier
  // occasion their meetings' articles recall, when one is told
  const wh = /^\s*(where|when)\b/i.exec(text)?.[1]?.toLowerCase() ?? (YEAR_ASKED.test(text) ? "when" : undefined);
  if (wh && asksPreviousOccasion(text) && links.people.length && !(outcome.kind === "reply" && outcome.focus.meetings?.length)) {
    const reported = selectMeetings(links, knowledge);
    // (a reply the reader gave stands unless it is of the reported occasion: its weekday, its venue or city)
    if (outcome.kind !== "reply" || ofReportedOccasion(outcome.body, reported)) {
      const before = previousOccasion(q, reported.map((m) => m.id), wh === "where" ? "place" : "date", true);
      if (before) [outcome, path] = [before, "previous"];
    }
  }
  // "where did A and B meet before?": the meetings the articles report are not the one asked about
  if (path !== "previous" && outcome.kind === "reply" && outcome.focus.meetings?.length && asksOtherOccasion(text, links)) {
    // (one the articles recall, dated before theirs: its date or place)
    const before = asksPreviousOccasion(text) && (intent === "when" || intent === "where") ? previousOccasion(q, outcome.focus.meetings, intent === "where" ? "place" : "date") : undefined;
    if (before) path = "previous";
    outcome = before ?? otherOccasion(outcome.focus.meetings, knowledge);
  }
  // a phone call or a held meeting the articles do not report: say so, then what they do report
  if (outcome.kind === "missing" && !outcome.known && !outcome.hedged && (intent === "when" || intent === "where" || intent === "who_met" || (intent === "topics" && links.contact))) {
    outcome = nearbyMeetings(q) ?? outcome;
  }
  // "at which forum did A and B meet?" that no sentence answers: say so, then the meetings the articles report
  if (outcome.kind === "missing" && !outcome.known && !outcome.hedged && part === "unknown") outcome = thingUnsaid(q, askedHead(text) ?? "") ?? outcome;
  return build(intent, outcome.kind === "reply" ? guess.confidence : 0, outcome, knowledge, links, q.focus ?? conversation.focus, q, path);
}

/** "in what year", "which year": a date asked. */
const YEAR_ASKED = /^\s*(?:in\s+)?(?:what|which)\s+year\b/i;

/** A question opened by a wh-word. */
const WH_OPEN = /^\s*(?:what|which|who|whom|whose|when|where|why|how)\b/i;

/** A day of the story's week, or of today. */
const STORY_DAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/i;

/**
 * Whether a reply's answer in bold is of the occasion the articles report: a weekday of the story, or the venue or city of one
 * of the meetings asked about ("the Hall of the Republic" for "where did A and B last meet before this trip").
 */
function ofReportedOccasion(body: Block[], reported: Meeting[]): boolean {
  const first = body[0];
  const bold = first?.kind === "para" ? first.content.find((c): c is { bold: string } => typeof c === "object" && "bold" in c)?.bold : undefined;
  if (!bold) return false;
  const said = fold(bold);
  return STORY_DAY.test(said) || reported.some((m) => [m.venue, m.place].some((p) => p !== undefined && (fold(p).includes(said) || said.includes(fold(p)))));
}

/** "What post/position/title …", "which ministry …": a thing that a person's offices say, as who_is answers. */
const POST_NOUN = /^\s*(?:what|which)\s+(?:\p{L}+\s+){0,2}?(?:posts?|positions?|titles?|offices?|roles?|jobs?|ranks?|portfolios?|ministry|ministries|organi[sz]ations?|bod(?:y|ies)|part(?:y|ies)|agenc(?:y|ies)|departments?|institutions?)\s+(?:did|does|do|will|would|has|have|had|was|were)\b/iu;

/** "Who is A?", "who was A", "tell me about A": a question that asks who someone is, nothing more. */
const WHO_IS = /^\s*(?:who\s+(?:is|was|'s)\b|who['’]s\b|tell\s+me\s+about\b)/i;

/**
 * The one name or office a question asks of that the index holds no one for: the one it could not
 * link, or, for "who is A B?" whose words the articles know but as no one's name, the words after
 * "who is"; "" when there is none.
 */
function unreadName(text: string, links: Links, unknown: string[]): string {
  if (unknown.length === 1 && links.unknownNames.length + links.unknownOffices.length === 1) return links.unknownNames[0] ?? links.unknownOffices[0]!;
  if (unknown.length === 0 && links.people.length === 0 && WHO_IS.test(text)) return text.replace(WHO_IS, "").replace(/[?.!\s]+$/, "").trim();
  return "";
}

/**
 * A name the articles write, of no person the index holds: "who is A?" is answered with the
 * sentences that name A (what they say of A is all there is); any other question is not, and the
 * reply says A is named, with those sentences, never that the articles do not mention A. An office
 * they mention with no holder named ("who is the spokesperson of …") is not answered: they do not say who.
 */
function namedOnly(name: string, sentences: Sentence[], asksWho: boolean, office = false): Outcome {
  const quotes: Block[] = sentences.map((s) => ({ kind: "quote", content: [s.text] }));
  const articles = [...new Set(sentences.map((s) => s.article))];
  // ("leader of the opposition", as asked: "the leader of the opposition"; a name typed in lower case is written as a name: "Telu Amar")
  const said = !office ? name.replace(/(^|[\s-])(\p{Ll})/gu, (_, b: string, c: string) => b + c.toUpperCase()) : /^\p{Ll}/u.test(name) && !/^the\s/i.test(name) ? `the ${name}` : name;
  // "who is the spokesperson of the Orvane front?" when the articles mention the office and name no holder: they do not say who
  if (asksWho && office && sentences.every((s) => !holderBeside(s, name))) return missing(`The articles mention ${said} but do not name them. Where they mention the office:`, { body: quotes, articles });
  if (asksWho) return { kind: "reply", body: [{ kind: "para", content: ["The articles name ", { bold: said }, " here:"] }, ...quotes], articles, focus: {} };
  return missing(`The articles name ${said}, but I have no record of what they did. Where they name them:`, { body: quotes, articles });
}

/**
 * Whether a sentence names someone right beside an office it mentions ("Dr Varan Telu, Leader of the
 * Opposition", "the spokesperson, Telu,"), or the office is not found as written. (A capitalised word
 * after the name a span took counts as its surname: a span may stop short of it.)
 */
function holderBeside(s: Sentence, office: string): boolean {
  const at = s.text.toLowerCase().indexOf(office.toLowerCase().replace(/^the\s+/, ""));
  if (at < 0) return true;
  const end = at + office.replace(/^the\s+/i, "").length;
  return (s.spans ?? []).some((x) => x.type === "person" && ((x.end <= at && /^(\s+\p{Lu}\p{L}+)?[\s,;:–—-]*(the\s+)?$/iu.test(s.text.slice(x.end, at))) || (x.start >= end && /^[\s\p{L}]{0,30}?[,(–—-]\s*$/u.test(s.text.slice(end, x.start)))));
}

/** The reply to a question about another occasion than the meetings found: not reported, and those meetings. */
function otherOccasion(ids: string[], knowledge: Knowledge): Outcome {
  const meetings = ids.flatMap((id) => knowledge.meetings.get(id) ?? []);
  return missing("The articles report no other occasion; they report only:", {
    body: [{ kind: "list", items: meetings.map((m) => meetingLine(m, knowledge)) }],
    articles: meetings.map((m) => m.article),
  });
}
