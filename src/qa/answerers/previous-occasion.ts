/**
 * @module "When did A and B meet before?", "has A met B before?", "where did they last meet?": an
 * occasion before the one an article reports. A meeting of theirs dated well before the article that
 * tells it is one; else a sentence of that article telling an earlier contact or stay ("when the two
 * leaders met in Orvel last year", "he had last been to Veldia three years ago", "On 4 May they
 * talked in Tarsk"), with its date or place: never the date or place of the occasion the article
 * reports, and undefined when no sentence tells one.
 */
import type { Meeting, PartialDate, Sentence, Span } from "../../facts/types";
import { escapeRegExp, fold } from "../../nlp/fold";
import { countryOfCity } from "../../nlp/countries";
import { meetingLine } from "../format";
import type { Question } from "../question";
import type { Outcome } from "../reply";
import type { Block, Inline } from "../types";

/** What a question about an earlier occasion asks for: its date ("when"), its place ("where"), or whether there was one ("has A met B before"). */
export type PreviousAsked = "date" | "place" | "yes";

/** A meeting this many days or more before its article's date is an earlier occasion the article recalls, not its news. */
const RECALLED_DAYS = 30;

/** Words telling that a sentence recalls an earlier occasion ("last", "previous", "had met", "when the two met"). */
const RECALLS = /\b(last|previous(?:ly)?|earlier|before|prior|since|ago|already|once)\b|\bhad\s+(?:\p{L}+\s+)?(?:met|been|visited|held|talked|spoken|hosted|received|travelled|traveled)\b|\bwhen\s+[^.,;]{0,60}?\b(?:met|talked|spoke|visited|held|hosted|received)\b/iu;

/** A contact or stay ("talked", "met", "was in", "had last been in", "last came to", "the first visit since …"): what the recalled occasion must be. */
const CONTACT = /\b(met|meetings?|talked|talks|spoke|held|visit(?:ed|s)?|trips?|hosted|received|(?:was|were)\s+(?:last\s+|previously\s+)?in|been\s+(?:to|in)|(?:came|come|went)\s+to|travell?ed\s+to|traveled\s+to)\b/i;

/** A contact or stay told as the last before: "last came to", "had last been in", "his previous visit". */
const LAST_CONTACT = /\b(?:last|previous(?:ly)?)\s+(?:[\p{L}-]+\s+){0,2}?(?:visit(?:ed)?|came|come|been|met|meeting|trip|travell?ed|went|talks)\b/iu;

/**
 * A sentence that gives the occasion it reports its precedent: "the first visit by a Veldian minister since 2003", "the first
 * by a Veldian head of state in 32 years", "the first talks between the two leaders since Ruda Hadu met him in 2016", "The
 * last visit of a Veldian president to Tarsk dates back to 2000", "His only earlier visit was in July 2000", "the first having
 * been in March 2015" (x880, x881, q311, t109, u119, l102, x203, x938, exchange65 x1070). The group holds where the
 * precedent's time starts.
 */
const PRECEDENT = /\bfirst\b[^.;]{0,120}?\b(since|in\s+(?:\p{L}+\s+|\d+\s+)?(?:years|decades)\b)|\b(?:first|previous|last)(?:\s+(?:one|visit|trip))?\s+(having\s+been\s+in|was\s+in)\b|\b(?:last|previous|earlier|prior)\s+(?:[\p{L}-]+\s+){0,4}?(?:visit|trip|talks|meeting|session)\b[^.;]{0,80}?\b(was\s+in|was\s+on|dates?\s+back\s+to|took\s+place\s+in)\b/iu;

/** Two or more people a sentence of the article refers back to without naming them; one. */
const BACK_TO_MANY = /\b(the\s+two|they|their|both)\b/i;
const BACK_TO_ONE = /\b(he|she|his|her)\b/i;

/** Before a place where something happened: "in Tarsk", "at the Orvel forum". */
const AT_PLACE = /\b(in|at)\s+(the\s+)?$/i;

/** After a city that names an event held there: "the Tarsk Forum", "the Orvel Summit". */
const EVENT_AFTER = /^\s+(Forum|Summit|Conference|Dialogue|Meeting|Talks|Process|Declaration)\b/;

/**
 * The earlier occasion a question asks about, from the meetings an answerer found for it and their
 * articles; undefined when they tell none.
 * `strict`: only a sentence that itself says "last", "before", "since" … recalls one (for a question the reader answered).
 * @example previousOccasion(q, ["a1#m1"], "date") // { kind: "reply", body: [{ kind: "para", content: [{ bold: "24 September" }] }, …] }
 */
export function previousOccasion(q: Question, meetingIds: string[], asked: PreviousAsked, strict = false): Outcome | undefined {
  const meetings = meetingIds.flatMap((id) => q.knowledge.meetings.get(id) ?? []);
  const recalled = meetings.filter((m) => {
    const published = q.knowledge.articles.get(m.article)?.published;
    return m.status !== "planned" && (isRecalled(m, published) || toldAsEarlier(m, q, published));
  });
  // ("when was A's last visit to Veldia": an occasion elsewhere, "A met B in Tarsk in May", is not the one asked)
  const within = (m: Meeting): boolean => q.links.countries.length === 0 || !m.place || q.links.countries.some((c) => fold(countryOfCity(m.place!) ?? m.place!) === fold(c));
  const told = recalled.filter((m) => (asked === "place" ? !!m.place : !!m.date) && within(m));
  if (told.length) return recalledMeetings(told, q, asked);
  const articles = [...new Set(meetings.map((m) => m.article))];
  for (const article of articles) {
    const ofArticle = meetings.filter((m) => m.article === article);
    const found = recallingSentence(q, article, ofArticle, asked, strict);
    if (found) return spanReply(found.s, found.span, asked, article);
  }
  return undefined;
}

/** Whether a meeting is dated well before the article that reports it (the article recalls it). */
function isRecalled(m: Meeting, published: string | undefined): boolean {
  if (!m.date?.year || !published) return false;
  const at = Date.UTC(m.date.year, (m.date.month ?? 12) - 1, m.date.day ?? 28);
  return Date.parse(published) - at >= RECALLED_DAYS * 86_400_000;
}

/**
 * A meeting of a month before its article's whose own sentence recalls it ("The two leaders met in Tarsk last month",
 * "they had last met in May"): an earlier occasion even when the weeks between are fewer than {@link RECALLED_DAYS}.
 */
function toldAsEarlier(m: Meeting, q: Question, published: string | undefined): boolean {
  const at = published ? /^(\d{4})-(\d{2})/.exec(published) : null;
  if (!at || !m.date?.year || m.date.month === undefined || m.date.year * 12 + m.date.month >= Number(at[1]) * 12 + Number(at[2])) return false;
  const first = m.sentences[0];
  const text = first === undefined ? "" : (q.knowledge.index.sentences[first]?.text ?? "");
  return RECALLS.test(text) && CONTACT.test(text);
}

function recalledMeetings(meetings: Meeting[], q: Question, asked: PreviousAsked): Outcome {
  const lead = asked === "yes" ? "Yes — before, the articles report:" : "Before, the articles report:";
  return {
    kind: "reply",
    body: [{ kind: "para", content: [lead] }, { kind: "list", items: meetings.map((m) => meetingLine(m, q.knowledge)) }],
    articles: [...new Set(meetings.map((m) => m.article))],
    focus: { meetings: meetings.map((m) => m.id), people: [...new Set(meetings.flatMap((m) => m.participants.flatMap((p) => (p.kind === "person" ? [p.person] : []))))] },
  };
}

/** The sentence of an article that best recalls an earlier occasion of the question's sides (one saying "last" or "before" itself and naming them first), with the span that answers. */
function recallingSentence(q: Question, article: string, reported: Meeting[], asked: PreviousAsked, strict = false): { s: Sentence; span: Span } | undefined {
  const sentences = q.knowledge.lookups.articleSentences.get(article) ?? [];
  const people = new Set(q.links.people.flatMap((m) => m.ids));
  const reportedPlaces = new Set(reported.flatMap((m) => (m.place ? [fold(m.place)] : [])));
  // a place the question names that is not the reported occasion's ("when did A last visit Tarsk"): the sentence must say it
  const places = q.links.places.map((p) => fold(p)).filter((p) => !reportedPlaces.has(p));
  const reference = latest(reported.flatMap((m) => (m.date ? [m.date] : [])));
  // a pair asked about is both named, or one of them and "they", or "the two"; one person, named or "he"
  // (two mentions of one person, "the Veldian minister … before Varan", are one side)
  const pair = new Set(q.links.people.map((m) => m.ids.join(" "))).size > 1;
  const told = new Set(reported.flatMap((m) => m.sentences));
  // the countries asked, named or those of the people asked ("a Veldian minister" linked to the one the articles name)
  const sidesCountries = new Set([...q.links.countries, ...[...people].flatMap((id) => q.knowledge.people.get(id)?.country ?? [])]);
  let best: { s: Sentence; span: Span; rank: number } | undefined;
  for (const [i, s] of sentences.entries()) {
    if (s.title || s.quote) continue;
    const text = fold(s.text);
    const precedent = precedentSpan(s);
    // ("the first visit by a Veldian minister to the country since 2003": "the country" is the place asked)
    if (!precedent && places.some((p) => !text.includes(p))) continue;
    const named = s.people.some((id) => people.has(id));
    const countries = q.links.countries.length > 0 && q.links.countries.every((c) => s.countries.includes(c));
    // a precedent told of the reported occasion, in its own sentence or the next ("It was the first visit by a Veldian minister since 2003")
    const ofReported = told.has(s.id) || (told.has(sentences[i - 1]?.id ?? -1) && /^(?:it|this|that|the\s+(?:visit|trip|talks|meeting))\b/i.test(s.text));
    const sides = pair
      ? q.links.people.every((m) => m.ids.some((id) => s.people.includes(id))) || BACK_TO_MANY.test(s.text)
      : named || (people.size === 0 && countries) || BACK_TO_ONE.test(s.text) || (countries && RECALLS.test(s.text));
    if (!(sides || (precedent && (ofReported || s.countries.some((c) => sidesCountries.has(c))))) || !CONTACT.test(s.text)) continue;
    if (precedent) {
      // the precedent before any other recall: it is the occasion before the reported one, whatever else the sentence dates
      // (its year before the years it counts: "for the first time in seventeen years …" beside "the last visit … dates back to 2000")
      const rank = precedent.type === "date" ? 6 : 5;
      if (!best || best.rank < rank) best = { s, span: precedent, rank };
      continue;
    }
    const recalls = RECALLS.test(s.text);
    const dates = (s.dates ?? []).filter((d) => d.basis !== "publication");
    // a sentence dated at or after the reported occasion tells that occasion, whatever the one before it says
    const earlier = !!reference && dates.some((d) => isBefore(d, reference));
    if (dates.length && reference && !earlier) continue;
    if (!(recalls || earlier || RECALLS.test(sentences[i - 1]?.text ?? ""))) continue;
    // (`strict`: the sentence says the recall itself, not only a day before the occasion's: "On Friday he goes on to Kelm")
    if (strict && !recalls) continue;
    const span = answeringSpan(s, asked, reference, reportedPlaces);
    // the sentence that says "last" or "before" itself, and names the people, before one that leans on its neighbour
    // ("when was A's last visit": a sentence of when A "last came", "A's previous visit", before one of "the first visit since …")
    const rank = (recalls ? 2 : 0) + (named ? 1 : 0) + (LAST_CONTACT.test(s.text) ? 1 : 0);
    if (span && (!best || rank > best.rank)) best = { s, span, rank };
  }
  return best;
}

/** The span of a recalling sentence that answers: a date before the reported occasion, or a place other than its place. */
function answeringSpan(s: Sentence, asked: PreviousAsked, reference: PartialDate | undefined, reportedPlaces: Set<string>): Span | undefined {
  const spans = s.spans ?? [];
  if (asked === "place") {
    return spans.find((span) => (span.type === "place" || span.type === "country") && !reportedPlaces.has(fold(s.text.slice(span.start, span.end))) && (AT_PLACE.test(s.text.slice(0, span.start)) || EVENT_AFTER.test(s.text.slice(span.end))));
  }
  // ("who led Tarsk from 1981 to 1987 …, last came to Veldia in 1986": the date after the "last" of the recall first)
  const lastAt = LAST_CONTACT.exec(s.text)?.index ?? -1;
  const ordered = lastAt >= 0 ? [...spans.filter((span) => span.start > lastAt), ...spans.filter((span) => span.start <= lastAt)] : spans;
  return ordered.find((span) => {
    if (span.type !== "date" && span.type !== "duration") return false;
    const said = s.text.slice(span.start, span.end);
    const resolved = (s.dates ?? []).find((d) => d.text && (said.includes(d.text) || d.text.includes(said)));
    if (resolved && reference) return isBefore(resolved, reference);
    // "three years ago", "since 2014": earlier by its own words
    return /\bago\b|\blast\s+year\b|\b(1[89]|20)\d\d\b/.test(said) && !(reference?.year && Number(/\b(?:1[89]|20)\d\d\b/.exec(said)?.[0] ?? 0) >= reference.year);
  });
}

/**
 * The span of a precedent sentence ({@link PRECEDENT}) that says when the precedent was: the first date (or "since …")
 * after where its time starts, else the years it counts ("in 32 years"); undefined for any other sentence.
 */
function precedentSpan(s: Sentence): Span | undefined {
  const found = PRECEDENT.exec(s.text);
  if (!found) return undefined;
  const from = found.index + found[0].length - (found[1] ?? found[2] ?? found[3] ?? "").length;
  const spans = (s.spans ?? []).filter((span) => span.end > from);
  const date = spans.find((span) => span.type === "date" && /\b(?:1[89]|20)\d\d\b/.test(s.text.slice(span.start, span.end))) ?? spans.find((span) => span.type === "duration");
  // after "since", the date itself or a precedent's teller: "since 2003", "since Ruda Hadu came to Tarsk in 2007"; never
  // "her first trip abroad since taking office in 2022"
  const between = date && date.start > from ? s.text.slice(from, date.start).replace(/^since\b/i, "") : "";
  return !date || /^\s*$/.test(between) || SINCE_TELLER.test(between) || !/^since/i.test(s.text.slice(from)) ? date : undefined;
}

/** A precedent's teller after "since": a name and its verb of contact or travel ("since Ruda Hadu travelled to Tarsk in …"). */
const SINCE_TELLER = /^\s*(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:came|travell?ed|visited|met|sat|was|went|held|made|paid|hosted|received)\b/u;

/**
 * "When did an Orvanian prime minister last visit Tarsk?" when the articles title no one so: the precedent a sentence gives
 * in the question's own words, "the first visit by an Orvanian prime minister to Tarsk since …" (exchange62 x878, exchange66
 * x1081, x1089), its post after "a" or "an" and its country named; undefined when no sentence gives one.
 * `offices`: the question's offices no one holds, as the linker writes them ("the prime minister of Orvania").
 */
export function precedentOfOffice(q: Question, offices: readonly string[]): Outcome | undefined {
  for (const office of offices) {
    const at = /^the (.+?) of (.+)$/.exec(office);
    if (!at) continue;
    const [, post, country] = at as unknown as [string, string, string];
    const said = new RegExp(`\\b(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?${escapeRegExp(fold(post))}\\b`, "u");
    // (and where it was, when the question names a place or another country: "… to Tarsk since …")
    const elsewhere = q.links.countries.filter((c) => c !== country);
    // (only the sentences of the articles that name the country, not every sentence of the index)
    const sentences = [...(q.knowledge.countryArticles.get(country) ?? [])].flatMap((a) => q.knowledge.lookups.articleSentences.get(a) ?? []);
    for (const s of sentences) {
      if (s.title || s.quote || !s.countries.includes(country) || !said.test(fold(s.text))) continue;
      if (q.links.places.some((p) => !fold(s.text).includes(fold(p))) || elsewhere.some((c) => !s.countries.includes(c))) continue;
      const span = precedentSpan(s);
      if (span) return spanReply(s, span, "date", s.article);
    }
  }
  return undefined;
}

/** Whether a date falls before another, at the precision both give. */
function isBefore(a: PartialDate, b: PartialDate): boolean {
  if (!a.year || !b.year || a.year !== b.year) return !!a.year && !!b.year && a.year < b.year;
  if (!a.month || !b.month || a.month !== b.month) return !!a.month && !!b.month && a.month < b.month;
  return !!a.day && !!b.day && a.day < b.day;
}

function latest(dates: PartialDate[]): PartialDate | undefined {
  return dates.reduce<PartialDate | undefined>((best, d) => (!best || isBefore(best, d) ? d : best), undefined);
}

function spanReply(s: Sentence, span: Span, asked: PreviousAsked, article: string): Outcome {
  const said: Inline = { bold: s.text.slice(span.start, span.end) };
  const content: Inline[] = asked === "yes" ? ["Yes — earlier: ", said] : [said];
  const body: Block[] = [{ kind: "para", content }, { kind: "quote", content: [s.text] }];
  return { kind: "reply", body, articles: [article], focus: { people: s.people, articles: [article] }, via: "span" };
}
