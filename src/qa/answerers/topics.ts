/** @module topics: what a meeting discussed, with the article's own sentence. */
import { participantIds } from "../knowledge";
import type { Question } from "../question";
import type { Meeting, Sentence } from "../../facts/types";
import { countTerm, MEETING_TERMS, namesKind, opensYesNo } from "../answer-type";
import type { PersonMention } from "../link";
import { lookUpCountry } from "../link-countries";
import { missing, reportedReply, type Outcome } from "../reply";
import { bagOf, holdsPeople, readAct, readActOf } from "./reader";
import { askedKind, readKind } from "./read-kind";
import { doneByAnother } from "./act-doer";
import { aboutOtherPair } from "./other-pair";
import { sharedArticles } from "./shared-articles";
import { listedDocuments } from "./listed-documents";
import { actKinIn, askedAct, SIGNED_OTHERWISE } from "./read-thing";
import { contentTerms, stem, weightsAt } from "../retrieval";
import { asksOfNothing, namesSomeone, selectMeetings } from "../select";
import { askedTense, isPlanned, toldAsAsked } from "../tense";
import { escapeRegExp, fold } from "../../nlp/fold";
import { findCountries } from "../../nlp/countries";
import { officeWordKind } from "../../nlp/offices";
import type { Block, Inline } from "../types";
import { wordTable } from "../../nlp/word-table";
import { AUDIENCE_NOUNS, LIFTED_BY_RAISING, NO_DETAILS, UNTOLD_DISCUSSION } from "../../nlp/vocab";

/** Meetings told in full; the rest are counted. */
const LISTED = 8;

/** What follows "on" when it dates or sets a meeting rather than tells its subject ("on Monday", "on the sidelines", "on his arrival"). */
const NOT_A_SUBJECT = String.raw`(?:\d|the\s+\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|(?:the\s+)?(?:sidelines?|margins?|occasion|eve|phone|telephone|behalf|invitation|same\s+day|day|way)\b|(?:his|her|their|its)\s+(?:arrival|visit|way|first|second|last)\b|(?:a|an)\s+(?:visit|official|working|state|courtesy)\b)`;

/**
 * Sentences that report what was discussed: a word of discussing with what it was about after it
 * ("discussed trade", "talks with B on energy", "agreed to", "focused on"). A sentence that only
 * reports the talks ("held talks with B on Monday", "for bilateral talks at the ministry", "at the
 * end of the talks", "from the meeting she moved on to talks with C") says nothing of their subject.
 */
const DISCUSSED = new RegExp(
  String.raw`\b(?:discuss(?:ed|es|ing)?\b|(?:talk(?:s|ed)?|discussions?|meeting|conversation|consultations?)\b[^.;]{0,80}?\b(?:(?<!\b(?:call(?:ed|s|ing)?|mov(?:ed|es|ing)?|went|go(?:es|ing)?)\s)on|about|over|regarding|concerning)\s+(?!${NOT_A_SUBJECT})|(?:talks?|discussions?|conversations?|meetings?|consultations?)\s+(?:focus|cent|cover|touch|dealt|rang)\w*|agenda|address(?:ed|es|ing)\b(?!\s+(?:(?!of\b)[a-z-]+\s+){0,2}(?:${[...AUDIENCE_NOUNS].join("|")})\b)|review(?:ed|s|ing)?\b|exchang\w*\s+(?:views|ideas|opinions)|compar\w*\s+notes|agree(?:d|s|ing)?\s+(?:to|on|upon|that)\b|focus\w*\s+on|touch\w*\s+(?:on|upon)|cent(?:er|re)\w*\s+on|deliberat\w*\s+on|turn(?:ed|s)?\s+to|deal(?:t|s|ing)?\s+with|revolv\w*\s+around|cover(?:ed|s|ing)\s+(?:issues|topics|matters|areas|questions)|explor(?:ed|es|ing)\b|(?:went|go(?:es|ing)?|gone)\s+(?:over|through)\b|look(?:ed|s|ing)?\s+at\b|compar\w*\s+views|t(?:ook|ake|akes|aking)\s+stock\s+of|concentrat\w*\s+on|rang(?:ed|es|ing)?\s+over|(?:spoke|speak|talk(?:ed|s)?)\s+about|rais(?:ed|es|ing)\b(?!(?:\s+[\w-]+){0,3}?\s+(?:${LIFTED_BY_RAISING.source.slice(1, -1)})(?![\w-]))|consider(?:ed|s|ing)\b|\b(?:on|among)\s+the\s+(?:[\w-]+\s+){0,2}?(?:list|subjects|topics|themes)\b)`,
  "i",
);

/** Sentences about the talks at all; one in which someone speaks ("after the talks, A said …") reports what was said there. */
const ABOUT_TALKS = /\b(discuss\w*|talk(s|ed)?|meeting|agenda|exchang\w*)\b/i;

/** Questions about what someone said, and sentences that report speech. */
/** Writings that speak for their author ("what did A's letter say"). */
const WRITINGS = new Set(["letter", "message", "statement", "note", "communique", "communiqué", "declaration", "readout", "memo", "invitation", "cable"]);

const SAY = /\b(say|said|tell|told|stress\w*|not(e|ed)|emphasi[sz]\w*|stated?)\b/i;
const SPEECH = /\b(said|says|noted|stressed|emphasi[sz]ed|added|underscored|highlighted|pointed out|expressed|affirmed|reaffirmed|thanked|told|stated|reiterated|underlined|voiced|described|urged|called for|according to)\b/i;

/** Words of a question that ask what was discussed ("discuss", "talk about", "on the agenda", "which issues"): any other act ("sign", "open", "call") asks something else. */
/** What a meeting to come will talk about ("what will they discuss", "what are they to talk about"). */
const WILL_DISCUSS = /\b(discuss|talk about|talk|be on the agenda|focus on)\b/i;

const ASKS_TOPICS = /\b(discuss\w*|talk\w*|focus\w*|cover\w*|address\w*|review\w*|agenda|topics?|issues?|subjects?|matters?|areas?|fields?|sectors?|exchang\w* views|touch\w* (on|upon)|rais\w*|concern\w*|cent(er|re)\w* on|agree\w*|deal\w* with|conversation|talks)\b/i;

/** A phrase naming the occasion an act came after or at ("adopt after their talks", "issue after the meeting"): it asks no topics. */
const OCCASION_PHRASE = /\b(?:after|before|during|at|following|ahead of|on the sidelines of|at the end of)\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:[\p{L}-]+\s+)?(?:talks|meetings?|visit|conversation|call|discussions?)\b/giu;

/** "What did A and B issue": the verb of putting out a document, never the noun "issues" of what was discussed. */
const ISSUE_ASKED = /^\s*what\s+(?:did|do|does|will|would|have|has|had)\s+.+?\b(?<!\b(?:the|an?|this|that|of|on|key)\s)(issue|release|adopt|publish)\b/i;

/** The act of issuing a document, as a question's term. */
const ISSUING = new Set(["issue", "release", "adopt", "publish"].map(stem));

/** The act of signing, as a question's term. */
const SIGNING = stem("sign");

/** A document the sides put out together, which tells the issuing with no verb of it ("In a joint statement, the ministers said …"). */
const JOINT_DOCUMENT = /\bjoint\s+(?:press\s+)?(?:statements?|declarations?|communiqu[eé]s?)\b/i;

/** Whether a question asks what was discussed, the occasion it names aside ("what did they adopt after their talks" asks an act). */
const asksTopics = (text: string): boolean => !ISSUE_ASKED.test(text) && ASKS_TOPICS.test(text.replace(OCCASION_PHRASE, " "));

/** Words after "what" that ask what was discussed ("what did", "what issues"). */
const AUXILIARY = new Set(["did", "do", "does", "was", "were", "is", "are", "will", "would", "has", "have", "had", "can", "could"]);
const TOPIC_NOUNS = new Set(["topic", "topics", "issue", "issues", "subject", "subjects", "matter", "matters", "question", "questions", "area", "areas", "field", "fields", "sector", "sectors", "agenda"]);

/** Terms of a question about speech that say nothing of its subject ("what did she say about X": "X"). */
const SPEECH_TERMS = new Set(["say", "said", "tell", "told", "stress", "note", "emphasise", "emphasize", "state", "speak", "mention", "comment", "remark", "talk", "discuss", "accord", "express"].map(stem));

/** The sentences of a meeting that report what was discussed (two at most). */
function reports(q: Question, ids: number[]): string[] {
  return ids
    .map((id) => q.knowledge.index.sentences[id]?.text)
    .filter((t): t is string => !!t && !ANNOUNCES.test(t) && tellsDiscussion(t))
    .slice(0, 2);
}

/** Whether a sentence tells what was discussed, a clause that only names it aside ("no details of what was discussed"). */
function tellsDiscussion(text: string): boolean {
  const told = text.replace(UNTOLD_DISCUSSION, " ");
  // (a sentence saying no details were given speaks only to attribute the meeting: "…, the ministry said. It gave no details")
  // ("in what officials described as a warm first meeting": a word for the meeting, not what it was about)
  return DISCUSSED.test(told) || (ABOUT_TALKS.test(told) && SPEECH.test(told.replace(CREDIT, "").replace(JUDGED_AS, " ")) && !NO_DETAILS.test(told));
}

/** Words that judge a meeting ("described the talks as productive", "what officials termed a warm first meeting"): no account of what was said. */
const JUDGED_AS = /\b(?:described|termed|characteri[sz]ed|hailed|billed)\b(?:\s+(?:the|their|it|them|this|that)(?:\s+\w+)?)?\s+as\b|\bwhat\s+(?:\w+\s+){1,3}(?:described|termed|called|billed)\b/gi;

/** A closing credit, which tells who reported the sentence, not what anyone said: "…, the ministry said.", "…, the agency reported on Friday." */
// (", the ministry said in posts on X.": a credit too, check11 k107; the read sets' "said in a post on X")
const CREDIT = /,\s+(?:[^,]{0,60}\s)?(?:said|says|reported|reports|announced|stated)(?:\s+(?:in\s+(?:a\s+)?(?:statements?|readouts?|posts?|tweets?)(?:\s+on\s+\S+?)?|on\s+\w+|today|yesterday))?\s*\.?\s*$/i;

/** Words by which a sentence refers back to a meeting just told ("Their conversation covered …", "The talks focused on …"). */
const BACK_TO_MEETING = /\b(they|their|the two|both sides|both ministers|the talks|the meeting|the conversation|the discussions?|the sides)\b/i;

/** Sentences read after a meeting's own for what it discussed. */
const FOLLOWING = 2;

/**
 * What a meeting discussed, told in the sentences right after its own ("She held talks with Telu.
 * Their conversation covered trade and …"): those that refer back to it and name no one else.
 */
function followingReports(q: Question, m: Meeting): string[] {
  const last = Math.max(...m.sentences);
  const own = new Set(m.sentences);
  const present = new Set(participantIds(m));
  const found: string[] = [];
  // (from its first sentence: one between its own may tell it too)
  for (let id = Math.min(...m.sentences) + 1; id <= last + FOLLOWING; id++) {
    if (own.has(id)) continue;
    const s = q.knowledge.index.sentences[id];
    if (!s || s.article !== m.article || s.people.some((p) => !present.has(p))) break;
    if (!ANNOUNCES.test(s.text) && DISCUSSED.test(s.text.replace(UNTOLD_DISCUSSION, " ")) && BACK_TO_MEETING.test(s.text)) found.push(s.text);
  }
  return found;
}

/** A sentence that only announces what follows it ("He set out the agenda in a post:"): it says nothing itself. */
const ANNOUNCES = /:\s*$/;

/** Whether a sentence's terms hold a term of the question, or a word it misspells ("educaton" for "education": one begins the other, or their first five letters agree). */
function holdsTerm(bag: Record<string, number>, term: string): boolean {
  if ((bag[term] ?? 0) > 0) return true;
  return term.length >= 6 && Object.keys(bag).some((k) => k.length >= 4 && (term.startsWith(k) || k.slice(0, 5) === term.slice(0, 5)));
}

/**
 * The sentences of an article in which one of the people asked about speaks (three at most); when
 * the question says what about ("say about Iran", "in the joint statement"), only those that hold it.
 */
function statements(q: Question, article: string, speakers: string[]): string[] {
  const about = q.terms.filter((t) => !SPEECH_TERMS.has(t) && !q.knowledge.nameWords.has(t));
  return (q.knowledge.lookups.articleSentences.get(article) ?? [])
    .filter((s) => s.article === article && !s.quote && !ANNOUNCES.test(s.text) && SPEECH.test(s.text) && s.people.some((id) => speakers.includes(id)))
    .filter((s) => about.every((t) => holdsTerm(weightsAt(q.knowledge.retrieval, s.id), t)))
    .map((s) => s.text)
    .slice(0, 3);
}

/** Statements quoted at most. */
const HEARD = 3;

/** Words of a subject that a sentence may write otherwise ("ties" for "relations"). */
const ALIKE = wordTable<string[]>({ [stem("tie")]: ["relat", "relationship"], relat: ["tie", "relationship"], relationship: ["relat", "tie"] });

/**
 * "What did A say about X": the sentences of every article that names A in which A speaks and
 * which (with the sentence before) hold every word of X and every other person the question names
 * (A need not have met anyone there), best first; none when the question names nothing to say about.
 */
function statementsAnywhere(q: Question): { speakers: string[]; heard: Sentence[] } {
  // the speakers are the people named before the verb of saying ("what did A and B say about C")
  const verb = q.text.search(SAY);
  const before = q.links.people.filter((m) => q.text.toLowerCase().indexOf(m.text.toLowerCase()) < verb);
  const speakers = (before.length ? before : q.links.people).flatMap((m) => m.ids);
  // the people named after it are what was said about ("about talking to B"): the sentence must name them
  const others = before.length ? q.links.people.filter((m) => !before.includes(m)) : [];
  const about = [...new Set(q.terms.filter((t) => !SPEECH_TERMS.has(t) && !q.knowledge.nameWords.has(t) && !MEETING_TERMS.has(t) && /\p{L}{2}/u.test(t)))];
  if (speakers.length > 3 || speakers.length === 0) return { speakers, heard: [] };
  // "what did A say": A's own words, nothing else asked of them (one person asked about, by name)
  if (about.length === 0 && others.length === 0 && (q.links.people.length !== 1 || q.links.people[0]!.byOffice)) return { speakers, heard: [] };
  const holds = (s: Sentence, t: string) => [t, ...(ALIKE[t] ?? [])].some((w) => holdsTerm(bagOf(q, s.id, s.article), w) || holdsTerm(bagOf(q, s.id - 1, s.article), w));
  // "what did A's letter say": what the letter says, in a sentence where it speaks ("the letter expressed …", "in the letter, A …"), not one that only names it
  const writing = /\b(\p{L}+)\s+(?:say|said|state|read)\b/iu.exec(q.text)?.[1]?.toLowerCase();
  const speaks = writing && WRITINGS.has(writing) ? new RegExp(`\\b${writing}s?\\b[^.;]{0,60}\\b(said|says|stated|states|expressed|conveyed|called|urged|invited|stressed|noted|reads?)\\b|\\b(in|through)\\s+(the|his|her|their|its|a)\\s+${writing}\\b`, "i") : undefined;
  const articles = [...new Set(speakers.flatMap((id) => q.knowledge.people.get(id)?.articles ?? []))];
  const heard = articles
    .flatMap((a) => q.knowledge.lookups.articleSentences.get(a) ?? [])
    .filter((s) => !s.title && !s.quote && SPEECH.test(s.text) && s.people.some((id) => speakers.includes(id)) && (!speaks || speaks.test(s.text)))
    .filter((s) => others.every((m) => m.ids.some((id) => s.people.includes(id))) && about.every((t) => holds(s, t)))
    .slice(0, HEARD)
    // the subject told only in the sentence before ("… asked for visa-free travel. He told them it was being considered."): both
    .flatMap((s) => {
      const previous = q.knowledge.retrieval.sentences[s.id - 1];
      const own = about.every((t) => [t, ...(ALIKE[t] ?? [])].some((w) => holdsTerm(bagOf(q, s.id, s.article), w)));
      return own || !previous || previous.article !== s.article ? [s] : [previous, s];
    });
  return { speakers, heard: [...new Map(heard.map((s) => [s.id, s])).values()] };
}

/** Ordinals and numerals of a question, which pin one event ("the sixth dialogue", "2019"). */
const PIN = /^(\d+\w*|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|previous|next|last)$/;

/** Share of the act's words a reported sentence must hold. */
const ACT_COVERAGE = 0.6;

/** Words for the sides of the meeting together, naming neither ("the ministers signed", "both sides agreed", "they"). */
const SIDES_TOLD = /\b(?:the\s+(?:two\s+)?(?:ministers|leaders|sides|presidents|delegations|parties|prime\s+ministers|foreign\s+ministers|heads\s+of\s+state)|both\s+(?:sides|ministers|leaders|countries)|the\s+two\s+men|the\s+two\s+women|they)\b/i;

/**
 * "What did A and B sign?": the sentences of the meetings' articles that report the act asked
 * about (most of the question's words besides its names, every numeral and ordinal; and, asked for a
 * thing of a kind, that noun or one of its kin: "agreements" by "memoranda"), quoted; undefined when none does.
 */
function actReports(q: Question, meetings: Meeting[], thing?: string, among?: string[]): Outcome | undefined {
  // (among articles with no meeting of theirs on record, a sentence names every person asked)
  const strict = among !== undefined;
  // (the names as the question writes them are no words of the act, stemmed or not: "Orvane" is "orvan")
  // (nor the words naming someone by office, "the high commissioner", nor the occasion the act came at, "during the courtesy call")
  const occasion = [...q.text.matchAll(OCCASION_PHRASE)].map((o) => o[0]).join(" ");
  const titles = q.text.split(/[^\p{L}-]+/u).filter((w) => officeWordKind(w) === "head").join(" ");
  const named = new Set([...q.links.people.map((m) => m.text), occasion, titles].flatMap((text) => contentTerms(text)));
  // (nor the words of a country's name: "new" and "zealand")
  const countryWords = new Set(q.links.countries.flatMap((c) => contentTerms(c)));
  const words = [...new Set(q.terms)].filter((t) => !q.knowledge.nameWords.has(t) && !named.has(t) && !countryWords.has(t) && !lookUpCountry(t) && !MEETING_TERMS.has(t) && t !== "together");
  const pins = words.filter((t) => PIN.test(t));
  // (the thing of a kind asked, held by its own word or one of its kin)
  const isThing = (t: string) => thing !== undefined && (t === countTerm(thing) || t === stem(fold(thing)));
  if (words.length === pins.length) return undefined;
  const articles = among ?? [...new Set(meetings.map((m) => m.article))];
  const asked = new Set(q.links.people.flatMap((m) => m.ids));
  const byName = q.links.people.filter((m) => !m.byOffice);
  const act = askedAct(q.text)?.verb;
  const tense = askedTense(q.text);
  // where the sentence first says a word of the act asked ("… details of any agreements signed"): the clause up to it must tell it as asked
  const toldAs = (s: Sentence, held: string[]) => {
    const folded = fold(s.text);
    // (a term is the question's word, which may hold "+" or "(": matched as written)
    const at = Math.min(...held.map((t) => folded.search(new RegExp(`\\b${escapeRegExp(t)}`))).filter((i) => i >= 0));
    return !Number.isFinite(at) || toldAsAsked(s.text, at, tense);
  };
  // (asked by country alone, "what did Veldia and Orvane sign": a sentence naming people tells their act only when they met in the asked meetings)
  // (or naming every country asked, by name or people: "Varan's ministry had concluded a pact with Orvane")
  const metThere = new Set(meetings.flatMap(participantIds));
  const namesCountries = (text: string) => {
    const named = new Set(findCountries(text).filter((c) => c.kind !== "city").map((c) => c.country));
    return q.links.countries.every((c) => named.has(c));
  };
  const found = articles.flatMap((article) =>
    (q.knowledge.lookups.articleSentences.get(article) ?? []).filter((s) => {
      const bag = weightsAt(q.knowledge.retrieval, s.id);
      // (the act by a word of its kin: "give" by "handed", "ask" by "a request")
      // "what agreements did they sign": a sentence that names no agreement (nor a memorandum, a deal …) tells of no such thing
      const ofThing = !thing || s.text.split(/[^\p{L}]+/u).some((w) => namesKind(w, thing));
      const held = words.filter((t) => (isThing(t) ? ofThing : actKinIn(t, s.text).some((k) => (bag[k] ?? 0) > 0) || (ISSUING.has(t) && JOINT_DOCUMENT.test(s.text)) || (t === SIGNING && SIGNED_OTHERWISE.test(s.text))));
      // about the people asked: naming them, or naming no one else by name ("the two sides signed …",
      // "he congratulated the ambassador"), never a sentence about someone else ("she and Tasa signed …")
      const others = s.people.filter((id) => !asked.has(id) && s.text.includes(q.knowledge.people.get(id)?.surname ?? "\u0000"));
      const names = (m: PersonMention) => m.ids.some((id) => s.people.includes(id) || s.text.includes(q.knowledge.people.get(id)?.surname ?? "\u0000"));
      // (someone asked by office, "with the crown prince", is there, by name or title: the title's words are no words of the act)
      const titled = (m: PersonMention) => names(m) || m.text.split(/[^\p{L}-]+/u).some((w) => officeWordKind(w) === "head" && new RegExp(`\\b${escapeRegExp(fold(w))}`, "i").test(fold(s.text)));
      const about = (byName.length === 0 ? others.length === 0 || (q.links.people.length ? holdsPeople(q, s) : others.every((id) => metThere.has(id)) || namesCountries(s.text)) : others.length === 0 && !strict ? byName.some(names) || SIDES_TOLD.test(s.text) : byName.every(names)) && q.links.people.every((m) => !m.byOffice || titled(m));
      // "what did A thank B for": a sentence where B (or anyone else) does the act tells nothing of A's
      // "what did they issue": a sentence that tells no issuing (nor a joint document) is about something else
      const issued = words.every((t) => !ISSUING.has(t) || held.includes(t));
      return !s.title && about && issued && ofThing && !doneByAnother(q, s, act) && !aboutOtherPair(q, s) && pins.every((t) => (bag[t] ?? 0) > 0) && held.length - pins.length >= Math.ceil((words.length - pins.length) * ACT_COVERAGE) && toldAs(s, held);
    }),
  );
  if (found.length === 0) return undefined;
  // a sentence telling the act in its own words before one telling it by a kin word ("signed" before "exchanged")
  // ("put their names to a memorandum" tells a signing in its own words too)
  const own = (s: Sentence) => words.filter((t) => !isThing(t) && ((weightsAt(q.knowledge.retrieval, s.id)[t] ?? 0) > 0 || (t === SIGNING && SIGNED_OTHERWISE.test(s.text)))).length;
  const ranked = found.map((s, i) => ({ s, i, own: own(s) })).sort((a, b) => b.own - a.own || a.i - b.i).map((x) => x.s);
  // "the two sides signed five documents:": the list that follows the colon is the answer
  const shown = ranked.slice(0, 2).sort((a, b) => a.id - b.id).flatMap((s) => {
    const next = q.knowledge.index.sentences[s.id + 1];
    // ("two memoranda were signed. The first … The second …": the documents told one by one after it)
    return ANNOUNCES.test(s.text) && next?.article === s.article ? [s, next] : [s, ...listedDocuments(q, s)];
  }).filter((s, i, all) => all.findIndex((o) => o.id === s.id) === i);
  return reportedReply(shown, { meetings: meetings.filter((m) => shown.some((s) => s.article === m.article)).map((m) => m.id), articles: shown.map((s) => s.article) });
}

/**
 * "What did A and B sign?" when the index holds no meeting of theirs (a contact the extractor
 * missed): the act asked in a sentence of the articles naming them both that names them both;
 * undefined when none does, or the question names fewer than two people, asks about a plan, or asks
 * what was discussed (tried: a sentence naming both and telling talks added wrong answers on a
 * sealed set).
 */
function pairActs(q: Question, thing?: string): Outcome | undefined {
  const asked = q.links.people;
  if (asked.length < 2 || asked.some((m) => m.ids.length > 3) || askedTense(q.text) === "future" || asksTopics(q.text)) return undefined;
  return actReports(q, [], thing, sharedArticles(q));
}

/** Verbs of a question that ask what was discussed, as "which regional issues did they discuss / raise" asks it. */
const DISCUSS_ASKED = /\b(?:discuss\w*|talk\w*|rais\w*|address\w*|cover\w*|focus\w*|review\w*|touch\w*)\b/i;

/** Words that qualify no subject ("which new areas", "what other issues"). */
const NO_QUALITY = new Set(["new", "other", "main", "key", "specific", "particular", "major", "important", "common", "further", "different", "various", "more"]);

/**
 * "Which regional issues did A and B discuss?": the topics asked, narrowed by the words before their noun ("regional"; ""
 * when none narrows them); undefined when the question asks no topics by a noun of them and a verb of discussing.
 */
function qualifiedTopics(text: string): string | undefined {
  const asked = /^\s*(?:which|what)\s+((?:[\p{L}-]+\s+){1,2}?)(topics?|issues?|subjects?|matters?|questions?|areas?|fields?|sectors?)\b/iu.exec(text);
  if (!asked || !DISCUSS_ASKED.test(text.slice(asked[0].length))) return undefined;
  return asked[1]!.trim().split(/\s+/).filter((w) => !NO_QUALITY.has(w.toLowerCase())).join(" ");
}

/** The subject a question asks the talks about ("what did they agree about the border crossings?"). */
const ABOUT = /\b(?:about|regarding|concerning)\s+(.+?)\s*\??\s*$/i;

/**
 * Says what the meetings the question names discussed: the topics, then the article's sentence.
 * @example answerTopics(question) // { kind: "reply", body: [{ kind: "para", content: [{ bold: "A" }, " and ", …, " discussed: trade, …"] }, { kind: "quote", … }], … }
 */
export function answerTopics(q: Question): Outcome {
  // "which company did they raise": a thing of a kind, not the list of topics
  const kind = /^\s*(?:which|what)\s+(\p{L}+)/iu.exec(q.text)?.[1]?.toLowerCase();
  const qualifier = qualifiedTopics(q.text);
  const thing = kind && !AUXILIARY.has(kind) && !TOPIC_NOUNS.has(kind) && qualifier === undefined;
  if (asksOfNothing(q)) return missing("I could not tell which meeting you mean.");
  // "what did A say about X": A's words wherever the articles report them, met or not
  const says = SAY.test(q.text);
  const speakers = q.links.people.flatMap((p) => p.ids);
  const { heard } = says && speakers.length > 0 && !opensYesNo(q.text) ? statementsAnywhere(q) : { heard: [] };
  if (heard.length) return reportedReply(heard, { people: speakers, articles: [...new Set(heard.map((s) => s.article))] }, "articles");
  // "what did A thank B for", "what did A express appreciation for": the act, met or not
  const act = !says && !asksTopics(q.text) ? readActOf(q) : undefined;
  if (act) return act;
  const meetings = selectMeetings(q.links, q.knowledge, q.focus);
  if (meetings.length === 0) {
    // "what did they sign in Orvane": a place no meeting record holds, which a sentence of their articles may (the act's words and the place's)
    const elsewhere = q.links.places.length && !asksTopics(q.text) ? selectMeetings({ ...q.links, places: [] }, q.knowledge, q.focus) : [];
    return (elsewhere.length ? actReports(q, elsewhere) : undefined) ?? pairActs(q, thing ? askedKind(q.text)?.head : undefined) ?? missing(`The articles report no meeting ${q.describe() || "of that kind"}.`);
  }
  // "what will A and B discuss": a planned meeting's topics; held ones say what was, not what will be
  // ("what will the plan cover" asks of a document, not of a meeting: only a meeting's own verbs)
  if (askedTense(q.text) === "future" && WILL_DISCUSS.test(q.text) && !meetings.some((m) => isPlanned(m) && m.topics.length > 0)) {
    const told = meetings.filter((m) => !isPlanned(m) && m.topics.length > 0).slice(0, 3);
    return missing(`The articles don't say what will be discussed ${q.describe()}`.trim() + ".", told.length ? {
      body: [{ kind: "para", content: ["What they report was discussed before:"] }, { kind: "list", items: told.map((m) => [m.topics.join("; ")]) }],
      articles: told.map((m) => m.article),
    } : undefined);
  }
  // "what did they sign / open / call him": an act of its own, which a list of topics does not answer
  // (the thing itself when a sentence of their article names one of that kind: "Xland's war against Yland")
  if (thing) {
    // (the decline names the thing as asked, "which gas pipelines", not its first word)
    const asked = askedKind(q.text);
    return readKind(q) ?? actReports(q, meetings, asked?.head) ?? missing(`The articles don't say which ${asked ? [...asked.modifiers, asked.head].join(" ") : kind} ${q.describe()}`.trim() + ".");
  }
  // "what did the ministers discuss", no one in focus (a thing of a kind is read from sentences instead, above): the topics of every article's ministers answer no one's question
  if (!namesSomeone(q.links) && q.links.dates.length === 0 && !q.focus?.meetings.length && !q.focus?.people.length && new Set(meetings.map((m) => m.article)).size > 1) return missing("I could not tell which meeting you mean.");
  // "what did they say about X" with no one named: whose words?
  if (says && speakers.length === 0 && !q.focus?.people.length) return missing("I could not tell whose words you mean: ask with a name.");
  if (!asksTopics(q.text) && !says) return readAct(q) ?? actReports(q, meetings) ?? missing(`The articles don't say that ${q.describe()}`.trim() + ".");
  const speech = says && speakers.length > 0;
  // "did they discuss X?": yes only when a topic or a sentence of the meeting holds X; else say so, with what they did discuss
  // (and "what did they agree about X?": what they said of X, when a topic or a sentence of the meeting holds X)
  const about = speech ? undefined : ABOUT.exec(q.text)?.[1];
  if ((opensYesNo(q.text) || about) && !speech) {
    const subject = [...new Set(about ? contentTerms(about) : q.terms)].filter((t) => !q.knowledge.nameWords.has(t) && !lookUpCountry(t) && !MEETING_TERMS.has(t) && !SPEECH_TERMS.has(t) && !ASKS_TOPICS.test(t));
    const holds = (m: Meeting) => {
      const topicTerms = new Set(m.topics.flatMap(contentTerms));
      return subject.every((t) => topicTerms.has(t) || m.sentences.some((id) => holdsTerm(weightsAt(q.knowledge.retrieval, id), t)));
    };
    if (subject.length && !meetings.some(holds)) return notDiscussed(q, meetings);
    // "what did they say about the WTO": what the meetings' sentences tell of it, not every topic of theirs
    if (about && subject.length) {
      const telling = meetings.filter(holds).flatMap((m) => m.sentences.filter((id) => subject.every((t) => holdsTerm(weightsAt(q.knowledge.retrieval, id), t))).map((id) => ({ m, id })));
      if (telling.length) return subjectReply(q, telling.slice(0, 2));
    }
  }
  // "which regional issues did they discuss": the meetings whose topics or sentences name that kind ("the region"), with the sentences that do
  const ofKind = speech || !qualifier ? undefined : ofQualifier(qualifier);
  const sentenceOf = (id: number) => q.knowledge.index.sentences[id]?.text ?? "";
  const kindTold = (m: Meeting) => !ofKind || m.topics.some(ofKind) || m.sentences.some((id) => ofKind(sentenceOf(id)));
  const asked = meetings.filter(kindTold);
  if (asked.length === 0) return notDiscussed(q, meetings);
  const body: Block[] = [];
  const quoted = new Set<string>();
  const told = speech ? [] : asked.filter((m) => m.topics.length > 0);
  const shown = (told.length ? told : asked).slice(0, LISTED);
  for (const m of shown) {
    const main = m.participants.flatMap((p) => (p.kind === "person" && p.role !== "present" ? [p.person] : []));
    const names = main.map((id): Inline => ({ bold: q.knowledge.people.get(id)?.name ?? id }));
    const who: Inline[] = names.flatMap((n, i) => (i === 0 ? [n] : [i === names.length - 1 ? " and " : ", ", n]));
    // "what did A say about X": what A said of X, never the topics of the meeting
    // (the topics not of the kind asked: the sentences that tell it)
    const ofKindOnly = ofKind && !m.topics.some(ofKind) ? m.sentences.map(sentenceOf).filter(ofKind).slice(0, 2) : undefined;
    const own = ofKindOnly ?? (speech ? statements(q, m.article, speakers) : reports(q, m.sentences));
    const said = own.length || speech || m.topics.length ? own : followingReports(q, m);
    const topics = speech ? [] : m.topics;
    // no topic and no sentence that reports one: nothing to say of this meeting (never a bare "A and B discussed.")
    if (topics.length === 0 && said.every((t) => quoted.has(t))) continue;
    body.push({ kind: "para", content: topics.length ? [...who, ` discussed: ${topics.join("; ")}.`] : speech ? ["The article reports:"] : [...who, ": the article reports:"] });
    for (const text of said.filter((t) => !quoted.has(t))) {
      quoted.add(text);
      body.push({ kind: "quote", content: [text] });
    }
  }
  // "A and B discussed." with no topic and no sentence saying what: not an answer
  if (body.length === 0 || (!body.some((b) => b.kind === "quote") && told.length === 0)) return missing(`The articles don't say what was ${speech ? "said" : "discussed"} ${q.describe()}`.trim() + ".");
  const more = (told.length ? told : asked).length - shown.length;
  if (more > 0) body.push({ kind: "para", content: [`…and ${more} more meetings: name a person, place or date to narrow them.`] });
  return {
    kind: "reply",
    body,
    articles: shown.map((m) => m.article),
    focus: { meetings: meetings.map((m) => m.id), people: peopleOf(meetings) },
  };
}

/** The sentences of meetings that tell what was said of the subject asked, each under its pair. */
function subjectReply(q: Question, telling: { m: Meeting; id: number }[]): Outcome {
  const body: Block[] = [];
  let pair = "";
  for (const { m, id } of telling) {
    const names = m.participants.flatMap((p) => (p.kind === "person" && p.role !== "present" ? [q.knowledge.people.get(p.person)?.name ?? p.person] : []));
    const who = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : (names[0] ?? "");
    if (who !== pair) body.push({ kind: "para", content: [{ bold: who }, ": the article reports:"] });
    pair = who;
    body.push({ kind: "quote", content: [q.knowledge.index.sentences[id]?.text ?? ""] });
  }
  const meetings = [...new Set(telling.map((t) => t.m))];
  return { kind: "reply", body, articles: [...new Set(meetings.map((m) => m.article))], focus: { meetings: meetings.map((m) => m.id), people: peopleOf(meetings) } };
}

/** "The articles don't say that was discussed", with what the meetings are reported to have discussed. */
function notDiscussed(q: Question, meetings: Meeting[]): Outcome {
  const told = meetings.filter((m) => m.topics.length > 0).slice(0, 3);
  return missing(`The articles don't say that was discussed ${q.describe()}`.trim() + ".", told.length ? {
    body: [{ kind: "para", content: ["What they report was discussed:"] }, { kind: "list", items: told.map((m) => [m.topics.join("; ")]) }],
    articles: told.map((m) => m.article),
  } : undefined);
}

/**
 * Whether a text names the kind of topics asked: a word beginning as each of the qualifier's words of four letters or more
 * begins ("regional" by "the region", "environmental" by "the environment").
 * @example ofQualifier("regional")("Turning to the region, …") // true
 */
function ofQualifier(qualifier: string): (text: string) => boolean {
  const stems = fold(qualifier).split(/\s+/).filter((w) => w.length >= 4).map((w) => new RegExp(`\\b${escapeRegExp(w.slice(0, 5))}`, "i"));
  return (text) => stems.every((re) => re.test(fold(text)));
}

/** The people of the meetings, once each, in order of first appearance (thousands of meetings in a large index: no list of lists). */
function peopleOf(meetings: readonly Meeting[]): string[] {
  const people = new Set<string>();
  for (const m of meetings) for (const id of participantIds(m)) people.add(id);
  return [...people];
}
