/**
 * @module The signals an answer's confidence is judged from: which path of answer() made it and a
 * few general, cheap features of the question, its links and the reply (no wink parse, no search).
 */
import { fold } from "../nlp/fold";
import { capitalOf, COUNTRIES, countryOfCity, demonymOf } from "../nlp/countries";
import { lookUpCountry } from "./link-countries";
import { MONTHS } from "../nlp/vocab";
import type { Meeting, Person } from "../facts/types";
import type { Question } from "./question";
import { CONTACT_TERMS, SIGNING_ACTS } from "./answer-type";
import { quotesOwnerOnly } from "./owner-only";
import { asksForMany, namedInReply } from "./asked-many";
import { askedContact } from "./contact-kind";
import { asksBeside, otherTimeUnsaid } from "./record-scope";
import { placeCountry } from "./select";
import { stem } from "./retrieval";
import { askedWords, unsaidTerms } from "./unsaid";
import { initialsOf, missingKind, officeWordsOf, shows, wordsOf, type MissingKind } from "./asked-terms";
import type { Reply } from "./reply";
import type { IntentName } from "./types";

/** Which part of answer() gave a reply: an intent's answerer, the reader (how it came to it), a yes/no … */
export type AnswerPath =
  | "act_yes_no"
  | "named_only"
  | "origin"
  | "yes_no"
  | "others_met"
  | "previous"
  | "who_else"
  | "greeters"
  | "manner"
  | "answerer"
  | "reader_only"
  | "reader_first"
  | "reader_over_countries"
  | "reader_last";

/** What a reply was made from and how it looks, as numbers (1/0 for yes/no): the confidence model's input. */
export interface AnswerSignals {
  path: AnswerPath;
  /** How the reader found it, when it did: a span of the expected type, a reason, a kind, an act. */
  via?: string;
  features: Record<string, number>;
  /** The model's chance that the reply is wrong (see ./confidence). */
  risk?: number;
  /** True when the reply was too likely wrong and was given as "not sure" (found: false) instead. */
  withheld?: boolean;
  /** The question's own words that the articles leave unsaid around the reply's evidence, as asked (set with `answerer_terms_unsaid`), or the countries an office is asked in that its holder's record leaves unsaid (with `office_country_unsaid`), or the places meetings are asked in that their records and articles never name (with `record_place_unsaid`). */
  unsaid?: string[];
  /** The question's terms (stems) that the reply's text leaves out: what `terms_missing` counts. */
  missing?: string[];
}

/**
 * Terms (stems, as `contentTerms` makes them) of a question that ask for its answer's form, never its
 * subject: the act of meeting ("when did they hold talks", "where did it take place"), the kind of
 * answer wanted ("which countries", "on what day", "name the officials") and taking part ("who led",
 * "which meetings involved Veldia", "who attended"): a reply need not repeat them.
 */
const FORM = new Set(["meet", "hold", "held", "tak", "plac", "happen", "say", "said", "tell", "told", "discus", "talk", "country", "city", "dat", "day", "year", "month", "tim", "peopl", "person", "nam", "offici", "involv", "includ", "lead", "attend", "join", "part"]);

/** A date in an answer's text: a month, a year, "the article gives no year". */
const MONTH_WORDS = [...MONTHS.keys()].filter((m) => m.length > 3);
const DATE_IN = new RegExp(`\\b(${MONTH_WORDS.join("|")}|(1[89]|20)\\d\\d)\\b`, "i");

/** How a mention of a person linked: the full name as written, one word of it (a surname), or neither (a typo, a transliteration). */
function linkKind(q: Question, text: string, ids: string[]): "exact" | "surname" | "other" {
  const asked = fold(text);
  const people = ids.flatMap((id) => q.knowledge.people.get(id) ?? []);
  if (people.some((p) => foldedNames(p).names.has(asked))) return "exact";
  if (people.some((p) => foldedNames(p).words.has(asked))) return "surname";
  return "other";
}

/** A person's names folded, and their words: what a mention is compared with, kept per person (not folded again per reply). */
function foldedNames(p: Person): { names: Set<string>; words: Set<string> } {
  let folded = FOLDED_NAMES.get(p);
  if (folded === undefined) {
    const names = p.names.map((n) => fold(n));
    FOLDED_NAMES.set(p, (folded = { names: new Set(names), words: new Set(names.flatMap((n) => n.split(/\s+/))) }));
  }
  return folded;
}

const FOLDED_NAMES = new WeakMap<Person, { names: Set<string>; words: Set<string> }>();

/** Acts done face to face ("received", "hosted", "welcomed", "attended", "visited", "accompanied"): a phone call is none of them. */
const IN_PERSON = new Set(["receive", "host", "welcome", "greet", "attend", "visit", "accompany", "escort", "dine", "tour"].map(stem));

/** The question's first word, as the form it asks in. */
function askedForm(text: string): string {
  const first = fold(text).match(/[a-z]+/)?.[0] ?? "";
  if (["who", "whom", "whose"].includes(first)) return "who";
  if (["when", "where", "why", "how", "what", "which"].includes(first)) return first;
  if (["did", "does", "do", "was", "were", "is", "are", "has", "have", "had", "will", "would", "can", "could"].includes(first)) return "yesno";
  return "other";
}

/**
 * The signals of a reply: the path, the intent, how names linked, how much of the question the
 * reply's text holds, what it gives (a date, a quote, a list) and how many articles it cites.
 * @example replySignals(q, reply, "answerer", "when", 0.9).features.gives_date // 1 for "On 4 May 2021 …"
 */
export function replySignals(q: Question, reply: Reply, path: AnswerPath, intent: IntentName, confidence: number): AnswerSignals {
  const { links } = q;
  const f: Record<string, number> = {};
  f[`path_${path}`] = 1;
  f[`intent_${intent}`] = 1;
  f[`asks_${askedForm(q.text)}`] = 1;
  f.intent_confidence = confidence;
  f.people = links.people.length;
  f.countries = links.countries.length;
  f.places = links.places.length;
  f.dates = links.dates.length;
  f.groups = links.groups.length;
  f.specifics = links.specifics?.length ?? 0;
  f.follow_up = q.focus ? 1 : 0;
  f.no_links = links.people.length + links.countries.length + links.places.length + links.dates.length === 0 ? 1 : 0;
  for (const m of links.people) {
    const kind = m.byOffice ? "office" : linkKind(q, m.text, m.ids);
    f[`link_${kind}`] = (f[`link_${kind}`] ?? 0) + 1;
    if (m.ids.length > 1) f.link_ambiguous = (f.link_ambiguous ?? 0) + 1;
  }
  // (lower case, not folded: a long text folds slowly, and the words compared are mostly plain letters)
  const written = reply.body.map(blockText).join(" ");
  const text = written.toLowerCase();
  // the evidence: the reply's text and the sentences of the meetings it reports
  // (the first few: "who met whom?" may report every meeting)
  const meetingIds = reply.focus.meetings ?? [];
  const meetings = meetingIds.slice(0, 8).flatMap((id) => q.knowledge.meetings.get(id) ?? []);
  const inEvidence = holderOf(text, meetings.flatMap((m) => (m.sentences.length ? [loweredSentences(m, q)] : [])));
  // the question's words (less names and the words of its form) that the reply's text holds: less
  // too the words that named its people ("the Veldian crown prince"), the countries and places it
  // names that the evidence names too (a topics reply names the ministers, its sentences their
  // countries), and, for a reply from meeting records, the word of contact it asked with ("when did
  // Varan receive Telu": the record is that contact)
  const said = (name: string): boolean => inEvidence(name.toLowerCase());
  const saidCountry = (c: string): boolean => said(c) || said(demonymOf(c) ?? "\u0000");
  // (a country word the question writes inside an office too: "the Veldian minister", linked as "the minister of Veldia")
  const countryWords = q.text.split(/[^\p{L}'’]+/u).filter((w) => {
    // (remembered per word: questions repeat their words)
    const found = lookUpCountry(w);
    return found !== undefined && !found.city && saidCountry(found.country);
  });
  const linked = [...links.people.map((m) => m.text), ...links.countries.filter(saidCountry).flatMap((c) => [c, demonymOf(c) ?? ""]), ...countryWords, ...links.places.filter(said)];
  const naming = new Set(linked.flatMap((text) => text.split(/[^\p{L}]+/u).map((w) => stem(fold(w)))));
  // (and for a reply of a meeting told as a signing, its act: "when did A and B sign the treaty")
  const asked = (t: string): boolean => !(meetingIds.length && (CONTACT_TERMS.has(t) || (links.signed && SIGNING_ACTS.has(t)))) && !naming.has(t);
  const terms = [...new Set(q.terms)].filter((t) => t.length >= 3 && !FORM.has(t) && !q.knowledge.nameWords.has(t) && asked(t));
  // a term held by its stem less a letter or two too ("fishery" in "fisheries", "treaty" in "treaties")
  const holds = (within: (t: string) => boolean, t: string): boolean => within(t) || (t.length >= 5 && within(t.slice(0, -2)));
  const missing = terms.filter((t) => !holds((x) => text.includes(x), t));
  const held = terms.length - missing.length;
  f.terms = Math.min(5, terms.length);
  f.terms_missing = Math.min(3, terms.length - held);
  f.terms_all = held === terms.length ? 1 : 0;
  // the same words sorted by kind, each shown by a kin word too (see ./asked-terms): a content word
  // left out (the act, occasion or thing asked) counted apart for a reply of meeting records and for
  // any other but a number's (a number's reply names what it counts in its own words: "10 documents
  // signed" for "how many agreements") or the articles' own (a question about the articles asks in
  // their words: "who wrote the story"); an office the people of the reply do not hold; a country
  // (a reply of meeting records shows too what its records say of the occasion, the venue and the kind
  // of contact: "on the sidelines of the Veldian summit", "at State House", "credentials"; and a short
  // word by the names its records or text spell out: "the VSC summit")
  const records = meetings.flatMap((m) => [m.occasion ?? "", m.venue ?? "", m.kind]).filter(Boolean);
  const shownIn = records.length ? `${text} ${records.join(" ").toLowerCase()}` : text;
  const initials = missing.length ? initialsOf([written, ...records], missing) : undefined;
  const kinds = missingKinds(q, missing.filter((t) => !shows(shownIn, t, initials)), meetings);
  f.record_content_missing = meetingIds.length ? Math.min(3, kinds.content) : 0;
  f.other_content_missing = meetingIds.length || intent === "number" || intent === "sources" ? 0 : Math.min(3, kinds.content);
  f.office_word_missing = Math.min(2, kinds.office);
  f.country_word_missing = Math.min(2, kinds.country);
  f.place_word_missing = Math.min(2, kinds.place);
  const evidenced = terms.filter((t) => holds(inEvidence, t)).length;
  f.evidence_terms_missing = Math.min(3, terms.length - evidenced);
  f.evidence_terms_share = terms.length ? evidenced / terms.length : 1;
  // the places and countries the question puts its answer in, which the evidence must name
  f.places_missing = links.places.filter((p) => !inEvidence(p.toLowerCase())).length;
  const countriesUnsaid = links.countries.filter((c) => !inEvidence(c.toLowerCase()) && !inEvidence((demonymOf(c) ?? "\u0000").toLowerCase()));
  f.countries_missing = countriesUnsaid.length;
  // the places the question puts its answer in (a city; a country written "in", "at" or "to" it, when
  // no city of it is asked) that neither the evidence names nor a meeting of the reply is placed in;
  // not for a "why" (the reason for a stay is told without its place)
  // (placed as selectMeetings places a meeting: its place or venue names it, or its place lies in the country)
  const placedIn = (where: string): boolean => meetings.some((m) => fold(`${m.place ?? ""} ${m.venue ?? ""}`).includes(fold(where)) || placeCountry(m) === where);
  const wheres = [...links.places, ...links.inCountries.filter((c) => !links.places.some((p) => countryOfCity(p) === c))];
  const wheresUnsaid = f.asks_why ? [] : wheres.filter((w) => !placeSaid(w, inEvidence) && !placedIn(w));
  f.where_unsaid = Math.min(2, wheresUnsaid.length);
  f.meetings = Math.min(5, meetingIds.length);
  f.planned = meetings.some((m) => m.status === "planned") ? 1 : 0;
  f.no_year = /gives no year/.test(text) ? 1 : 0;
  f.publication_date = /publication date/.test(text) ? 1 : 0;
  // the people the question names, in the reply's text (by surname)
  const named = links.people.filter((m) => m.ids.some((id) => text.includes((q.knowledge.people.get(id)?.surname ?? q.knowledge.people.get(id)?.name ?? "\u0000").toLowerCase())));
  f.people_missing = links.people.length - named.length;
  f.gives_date = DATE_IN.test(text) ? 1 : 0;
  f.gives_number = /\d/.test(text) ? 1 : 0;
  f.quote = reply.body.some((b) => b.kind === "quote") ? 1 : 0;
  f.items = Math.min(10, reply.body.reduce((n, b) => n + (b.kind === "list" ? b.items.length : 0), 0));
  f.articles = Math.min(5, new Set(reply.articles).size);
  f.long = Math.min(3, text.length / 400);
  // pairs that are wrong more often than their parts: a "when" answered with a day and no year or
  // with a meeting still to come, a place asked that the reader's sentence does not name, a yes to
  // a person named by office
  f.when_no_year = f.asks_when && f.no_year ? 1 : 0;
  f.when_planned = f.asks_when && f.planned ? 1 : 0;
  f.reader_places_missing = path.startsWith("reader") && f.places_missing ? 1 : 0;
  f.yes_no_office = path === "yes_no" && (f.link_office || f.link_ambiguous) ? 1 : 0;
  // how unsure the intent model was of what is asked: a reply of another intent's answerer
  f.intent_doubt = Math.round(Math.max(0, 1 - confidence) * 1000) / 1000;
  // a meeting's record answering a question that puts the meeting in a place: a place is what the
  // index reads least surely, and a meeting with none is kept for any place asked
  f.answerer_place_asked = path === "answerer" && links.places.length ? 1 : 0;
  // tests a wrong reply fails and a right one passes, which withhold it whatever the model says (see
  // isDoubtful): a meeting's record of which neither the reply, the meeting's sentences nor the
  // article's sentences around the question's names say two of the question's own words or their kin
  // ("which neighbouring country's refugee crisis did Varan and Telu discuss": the record is of another
  // thing or occasion; see ./unsaid, read only when the narrower evidence fails; never of a question
  // about the articles themselves); a sentence the reader quotes that names a person asked only as the
  // owner of an aide or a predecessor (see ./owner-only)
  const unsaid = path === "answerer" && intent !== "sources" && f.evidence_terms_missing >= 2 ? unsaidTerms(q, reply, terms.filter((t) => !holds(inEvidence, t)), inEvidence, holds) : [];
  f.answerer_terms_unsaid = unsaid.length >= 2 ? 1 : 0;
  f.owner_only = path.startsWith("reader") && quotesOwnerOnly(q, reply) ? 1 : 0;
  // an event the question names by its code name or ordinal ("the next SEECP summit", "the 11th session") that the reply's
  // evidence never writes: another event's date or place
  f.event_unsaid = path === "answerer" && (links.specifics ?? []).some((x) => x.whole && x.stems.every((t) => !holds(inEvidence, t))) ? 1 : 0;
  // a question for people in the plural ("which presidents did A meet") answered with one (see ./asked-many)
  f.one_of_many = intent === "who_met" && (path === "answerer" || path === "who_else" || path.startsWith("reader")) && asksForMany(q.text) && namedInReply(q, reply, meetings) === 1 ? 1 : 0;
  // an office's holder given for an office the question puts in a country ("who is the Veldian envoy to
  // Tarsk") when neither the holder's office nor the sentence quoted says that country: the holder of
  // another posting, not the one asked
  f.office_country_unsaid = path === "answerer" && intent === "who_is" && f.countries_missing > 0 ? 1 : 0;
  // a phone call given for an act done face to face ("who received Varan", "which minister attended
  // the talks in Tarsk"): the record is of another contact than the one asked
  // (not when the question itself asks of a call: "when did Varan receive the call from Telu")
  f.call_for_visit = meetings.length > 0 && meetings.every((m) => m.kind === "call") && askedContact(q.text) !== "call" && (links.places.length > 0 || q.terms.some((t) => IN_PERSON.has(t))) ? 1 : 0;
  // meeting records given for a place the question puts them in, when none of them is placed there and
  // their articles never name it (a meeting placed nowhere is kept for any place asked, see
  // selectMeetings): "who did Varan meet in Orvane" answered with talks the article puts nowhere and
  // never says Orvane; an article that names the place elsewhere is most often set there, its place
  // not read for the meeting
  const inArticles = wheresUnsaid.length && meetings.length ? articlesSay(q, meetings) : undefined;
  const placesUnsaid = inArticles ? wheresUnsaid.filter((w) => !placeSaid(w, inArticles)) : [];
  f.record_place_unsaid = placesUnsaid.length ? 1 : 0;
  // a person's record given for their post at another time ("what was Varan's job before he became
  // minister", "what post will Varan take up") when the reply never says that time's word, or for
  // someone beside the one named ("who is travelling with the Veldian minister"): see ./record-scope
  const whoIsRecord = path === "answerer" && intent === "who_is";
  f.record_other_time = whoIsRecord && otherTimeUnsaid(q.text, links.people.map((m) => m.text), written).length > 0 ? 1 : 0;
  f.record_beside = whoIsRecord && asksBeside(q) ? 1 : 0;
  const unsaidWords = f.answerer_terms_unsaid ? askedWords(q.text, unsaid) : f.office_country_unsaid ? countriesUnsaid : f.record_place_unsaid ? placesUnsaid : [];
  return { path, ...(reply.via ? { via: reply.via } : {}), features: f, ...(unsaidWords.length ? { unsaid: unsaidWords } : {}), ...(missing.length ? { missing } : {}) };
}

/**
 * Whether the evidence names a place asked: by its name, a country by its people's name or one of its
 * cities ("in Orvane" for Veldia), a capital as its country's ("in the Veldian capital", "the capital
 * of Veldia").
 * @example placeSaid("Orvane", (t) => "talks in the veldian capital".includes(t)) // true when Orvane is Veldia's capital
 */
function placeSaid(where: string, said: (text: string) => boolean): boolean {
  if (said(where.toLowerCase())) return true;
  const demonym = demonymOf(where);
  if (demonym) return said(demonym.toLowerCase()) || (COUNTRIES.find((c) => c.name === where)?.cities ?? []).some((city) => said(city.toLowerCase()));
  const country = countryOfCity(where);
  const people = country && demonymOf(country);
  return !!country && !!people && fold(capitalOf(people) ?? "") === fold(where) && [`${people} capital`, `capital of ${country}`, `${country}'s capital`].some((t) => said(t.toLowerCase()));
}

/**
 * Whether the articles of these meetings hold a text (lower case): their titles, datelines and sentences.
 * @example articlesSay(q, [meeting])("orvane") // true when its article names Orvane anywhere
 */
function articlesSay(q: Question, meetings: Meeting[]): (text: string) => boolean {
  const texts = [...new Set(meetings.map((m) => m.article))].map((id) => {
    const a = q.knowledge.articles.get(id);
    return [a?.title ?? "", a?.dateline?.raw ?? "", ...(q.knowledge.lookups.articleSentences.get(id) ?? []).map((s) => s.text)].join(" ").toLowerCase();
  });
  return (text) => texts.some((t) => t.includes(text));
}

/**
 * How many of the question's terms a reply leaves out, by kind (see ./asked-terms); an office word
 * the index's record of a person of the reply or of the question holds is not left out ("when did
 * Varan meet the Veldian envoy" answered "Varan met Telu": Telu's office is envoy).
 * @example missingKinds(q, ["dinner", "friday"], []) // { content: 1, time: 1, … }
 */
function missingKinds(q: Question, missing: string[], meetings: Meeting[]): Record<MissingKind, number> {
  const counts: Record<MissingKind, number> = { form: 0, time: 0, country: 0, place: 0, office: 0, content: 0 };
  if (!missing.length) return counts;
  const named = { offices: officeWordsOf(q.text), places: wordsOf(q.links.places), countries: wordsOf(q.links.countries.flatMap((c) => [c, demonymOf(c) ?? ""]).filter(Boolean)) };
  const ids = new Set([...q.links.people.flatMap((m) => m.ids), ...meetings.flatMap((m) => m.participants.flatMap((p) => (p.kind === "person" ? [p.person] : [])))]);
  const held = [...ids].flatMap((id) => q.knowledge.people.get(id)?.offices.map((o) => o.title.toLowerCase()) ?? []).join(" ");
  for (const t of missing) {
    const kind = missingKind(t, askedWords(q.text, [t])[0], named);
    if (kind !== "office" || !shows(held, t)) counts[kind]++;
  }
  return counts;
}

/**
 * Whether the evidence (a reply's text, then its meetings' sentences, joined with single spaces)
 * holds a text: a text with no space cannot straddle two parts, so the parts are searched as they
 * are and joined only for a text with a space (a reply reporting many meetings has a long evidence).
 * @example holderOf("varan met telu", ["in orvane."])("orvane") // true
 */
function holderOf(text: string, sentences: readonly string[]): (needle: string) => boolean {
  let joined: string | undefined;
  return (needle) => (needle.includes(" ") ? (joined ??= `${text} ${sentences.join(" ")}`).includes(needle) : text.includes(needle) || sentences.some((s) => s.includes(needle)));
}

/** A meeting's sentences joined and lower-cased (the evidence of every reply that reports it), kept per meeting. */
function loweredSentences(m: Meeting, q: Question): string {
  let lowered = LOWERED.get(m);
  if (lowered === undefined) LOWERED.set(m, (lowered = m.sentences.map((id) => q.knowledge.retrieval.sentences[id]?.text ?? "").join(" ").toLowerCase()));
  return lowered;
}

const LOWERED = new WeakMap<Meeting, string>();

/** The plain words of a block. */
function blockText(b: Reply["body"][number]): string {
  const inline = (c: unknown): string => (typeof c === "string" ? c : c && typeof c === "object" ? Object.values(c).filter((v) => typeof v === "string").join(" ") : "");
  if (b.kind === "para" || b.kind === "quote") return b.content.map(inline).join("");
  if (b.kind === "list") return b.items.map((i) => i.map(inline).join("")).join(" ");
  return "";
}
