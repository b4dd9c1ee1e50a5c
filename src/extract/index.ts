/** @module Article texts → FactIndex: runs the stages in order (clean, dateline, segment, mentions, people, meetings, facts, merge). */
import { FACT_INDEX_VERSION, type Article, type Fact, type FactIndex, type Meeting, type PartialDate, type Sentence } from "../facts/types";
import { countryOfCity, gazetteerSpelling } from "../nlp/countries";
import { isShortFormOf, nameWords } from "../nlp/names";
import { WEEKDAYS } from "../nlp/vocab";
import { bylinePerson } from "./byline-person";
import { cleanArticle, type CleanArticle } from "./clean";
import { homeCountry, homeOf, readDateline, readSignOff, type Dateline } from "./dateline";
import { anchorDay, parseDate, weekdayOfDatelineDay, yearBesideDateline, yearNearDateline, yearOfWeekday } from "./dates";
import { findFacts } from "./facts";
import { isoOf, settleMeetings, speaksOfFuture } from "./meeting-setting";
import { addLearnedContacts, findMeetings, type LocalMeeting } from "./meetings";
import { contactCandidates, type ContactCandidate } from "./contact-features";
import { CONTACT_MODEL, learnedContacts, type ContactModel } from "./contact-model";
import { withCapsSurnames } from "./caps-surnames";
import { fileKnownNames, findKnownNames, type KnownNames } from "./known-names";
import { linkLateDescriptions } from "./late-descriptions";
import { findMentions, type Mention } from "./mentions";
import { mergePeople, type ArticlePeopleInput } from "./merge";
import { fillCounterpartOffices, resolvePeople, type ArticlePeople } from "./people";
import { inferDescribedCountries } from "./described-countries";
import { inferAccreditingCountries, inferAttendeeCountries, inferCountries, inferDatelineCountries, inferHostCountries, inferPairCountries } from "./people-countries";
import { inferPlacedHosts } from "./placed-hosts";
import { inferVisitHosts } from "./visit-hosts";
import { weighCountries } from "./weigh-countries";
import { inferUnionSides } from "./union-sides";
import { inferEnvoyHosts, inferEnvoyPostings } from "./envoy-hosts";
import { inferSceneHosts } from "./scene-hosts";
import { inferSeatHosts } from "./seat-hosts";
import { readCountriesBeside, readListedOffices } from "./listed-offices";
import { readAsOffices } from "./as-office";
import { countryRecorder, READ } from "./country-from";
import { dateFrom, linkOf, placeFrom } from "./provenance";
import { segment, sentCountries, type Sent } from "./segment";
import { findSpans } from "./spans";
import { readTopics } from "./topics";
import { escapeRegExp, fold } from "../nlp/fold";

/** One article file as read from seeds/. */
export interface ArticleFile {
  /** Path relative to the project root, e.g. "seeds/000_x.txt". */
  file: string;
  text: string;
}

/** An article that cannot be indexed (empty after cleaning). */
export class ArticleError extends Error {
  override name = "ArticleError";
}

/** An article read: its people and meetings, and the global id of each of its sentences. */
export interface Read {
  article: Article;
  sents: Sent[];
  people: ArticlePeople;
  meetings: LocalMeeting[];
  sentenceIds: number[];
  /** The pairs the learned contact model weighed (the frames' meetings as they were before it). */
  contacts: { candidates: ContactCandidate[]; frameMeetings: LocalMeeting[] };
}

/** Options of {@link extractIndex}. */
export interface ExtractOptions {
  /** Called after each article is read, with how many are read and how many there are (a long build's progress). */
  onProgress?: (done: number, total: number) => void;
  /** The learned contact model (default contact-model.json); null reads the frames' meetings only. */
  contactModel?: ContactModel | null;
  /**
   * Called per article with the contact candidates and what they are labelled against (the training
   * script's hook, `npm run train:contacts`): the article's people and the frames' meetings.
   */
  onContactCandidates?: (article: string, candidates: ContactCandidate[], people: ArticlePeople["people"], frameMeetings: LocalMeeting[], sentences: string[], read: { sents: Sent[]; refs: ArticlePeople["refs"]; principals: ArticlePeople["principals"] }) => void;
}

/**
 * Extracts the fact index from the article files (pure; same input, same output). The stages below
 * ({@link readArticle}, {@link readArticleAgain}, {@link articleRecords}) read one article each and
 * may run apart (build:index runs them in a pool of threads); only the known names and the merge
 * of people look across articles.
 * @example const index = extractIndex([{ file: "seeds/a.txt", text }]);
 */
export function extractIndex(files: ArticleFile[], options: ExtractOptions = {}): FactIndex {
  return extractIndexAndTerms(files, options).index;
}

/** An index extracted, with what its reading gave besides: each sentence's content terms. */
export interface ReadIndex {
  index: FactIndex;
  /** Per sentence of the index, its content terms as segment read them (BM25 learns from them: no second reading). */
  sentenceTerms: string[][];
}

/**
 * {@link extractIndex}, with each sentence's content terms (what build:index's knowledge tables learn from).
 * @example const { index, sentenceTerms } = extractIndexAndTerms(files);
 */
export function extractIndexAndTerms(files: ArticleFile[], options: ExtractOptions = {}): ReadIndex {
  const reading = readingOf(options);
  const firstReads: (FirstRead | undefined)[] = files.map((file, n) => {
    const first = readArticle(file, reading);
    options.onProgress?.(n + 1, files.length);
    return first;
  });
  // A second look for the full names of people found with a title or in a meeting in any article ("Oleg Varan held talks …" untitled).
  const known = fileKnownNames(firstReads.flatMap((first) => namesEvidenced(first!)));
  let nextSentence = 0;
  const reads: (Read | undefined)[] = firstReads.map((first, n) => {
    const final = readArticleAgain(first!, known, reading);
    // each article's first reading is dropped once read again: the build holds no more than it needs
    firstReads[n] = undefined;
    options.onContactCandidates?.(final.article.id, final.contacts.candidates, final.people.people, final.contacts.frameMeetings, final.sents.map((s) => s.text), { sents: final.sents, refs: final.people.refs, principals: final.people.principals });
    return { ...final, contacts: NO_CONTACTS, sentenceIds: final.sents.map(() => nextSentence++) };
  });
  const articles = reads.map((r) => r!.article);
  const merged = mergePeople(reads.map((r) => peopleOf(r!)));
  const names = new Map(merged.people.map((p) => [p.id, p.name]));
  const sentences: Sentence[] = [];
  const sentenceTerms: string[][] = [];
  const meetings: Meeting[] = [];
  const facts: FactIndex["facts"] = [];
  reads.forEach((r, n) => {
    for (const s of r!.sents) sentenceTerms.push(s.terms);
    const ids = merged.ids.get(r!.article.id);
    const records = articleRecords(r!, (local) => ids?.[local] ?? "", (pid) => names.get(pid) ?? pid);
    // an article's sentences and words are dropped once its records are taken
    reads[n] = undefined;
    for (const s of records.sentences) sentences.push(s);
    for (const m of records.meetings) meetings.push(m);
    for (const f of records.facts) facts.push(f);
  });
  return { index: { version: FACT_INDEX_VERSION, articles, people: merged.people, meetings, facts, sentences }, sentenceTerms };
}

/** How articles are read: the learned contact model, and whether the contact candidates are weighed. */
export interface Reading {
  model: ContactModel | undefined;
  weigh: boolean;
}

/**
 * The reading the options ask for (the default: the learned contact model of contact-model.json).
 * @example readingOf({}).weigh // true
 */
export function readingOf(options: Pick<ExtractOptions, "contactModel" | "onContactCandidates"> = {}): Reading {
  const model = options.contactModel === null ? undefined : options.contactModel ?? CONTACT_MODEL;
  // The candidates are read only for a model or the training script.
  return { model, weigh: model !== undefined || options.onContactCandidates !== undefined };
}

/** An article's first reading: opened, and its people and meetings read from the mentions its sentences write. */
export interface FirstRead {
  opened: OpenArticle;
  read: Omit<Read, "sentenceIds">;
}

/** The contact candidates of an article read, once weighed and the training hook has had them: none kept (the build holds no more than it needs). */
export const NO_CONTACTS: Read["contacts"] = { candidates: [], frameMeetings: [] };

/**
 * Reads one article: cleaned, dated, cut into sentences, its people and meetings (stage one, one article alone).
 * @example const first = readArticle({ file: "seeds/a.txt", text }, readingOf());
 */
export function readArticle({ file, text }: ArticleFile, reading: Reading): FirstRead {
  const opened = openArticle(file, text);
  return { opened, read: readPeopleAndMeetings(opened, opened.mentions, reading.model, reading.weigh) };
}

/**
 * The full names an article's first reading gives evidence for (a title, an honorific, a meeting):
 * what every article is read again for (see fileKnownNames).
 * @example fileKnownNames(firstReads.flatMap(namesEvidenced))
 */
export const namesEvidenced = (first: FirstRead): string[] => evidencedNames(first.read.people, first.read.contacts.frameMeetings);

/**
 * An article read again with the names known from every article: its people and meetings read anew
 * when a known name adds a mention, else its first reading (stage two).
 * @example const read = readArticleAgain(first, fileKnownNames(names), readingOf());
 */
export function readArticleAgain({ opened, read }: FirstRead, known: KnownNames, reading: Reading): Omit<Read, "sentenceIds"> {
  let changed = false;
  const mentions = opened.sents.map((s, i) => {
    const more = findKnownNames(s, opened.mentions[i] ?? [], known);
    if (more) changed = true;
    return more ?? opened.mentions[i] ?? [];
  });
  return changed ? readPeopleAndMeetings(opened, mentions, reading.model, reading.weigh) : read;
}

/**
 * What the merge of people takes of an article read.
 * @example mergePeople(reads.map(peopleOf))
 */
export const peopleOf = (r: Read): ArticlePeopleInput => ({ article: r.article.id, people: r.people.people, sentenceIds: r.sentenceIds });

/** The records of one article in the index: its sentences, meetings and facts, in order. */
export interface ArticleRecords {
  sentences: Sentence[];
  meetings: Meeting[];
  facts: Fact[];
}

/**
 * The index records of one article read (stage three), its people named by the merged ids.
 * @example articleRecords(read, (local) => ids[local] ?? "", (id) => names.get(id) ?? id).meetings
 */
export function articleRecords(r: Read, personId: (local: number) => string, personName: (id: string) => string): ArticleRecords {
  const id = r.article.id;
  const sentences: Sentence[] = [];
  const meetings: Meeting[] = [];
  r.sents.forEach((s, i) => {
    const sentence: Sentence = {
      id: r.sentenceIds[i]!,
      article: id,
      text: s.text,
      people: [...new Set((r.people.refs[i] ?? []).map((ref) => personId(ref.person)))],
      countries: [...new Set(sentCountries(s).map((c) => c.country))],
    };
    // ("is scheduled to meet him on Monday": the Monday to come, as a planned meeting's date is read)
    const future = speaksOfFuture(s.words);
    const published = s.quote !== undefined ? isoOf(r.article.quotes[s.quote]?.date) ?? r.article.published : r.article.published;
    const dates = s.entities
      .filter((e) => e.type === "DATE")
      .map((e) => parseDate(e.text, published ? { published, future } : { future }))
      .filter((d): d is PartialDate => d !== undefined);
    if (dates.length) sentence.dates = dates;
    if (s.quote !== undefined) sentence.quote = true;
    if (s.title) sentence.title = true;
    const spans = findSpans(s, r.people.refs[i] ?? []);
    if (spans.length) sentence.spans = spans;
    sentences.push(sentence);
  });
  r.meetings.forEach((m, n) => {
    const meeting: Meeting = {
      id: `${id}#m${n + 1}`,
      article: id,
      kind: m.kind,
      participants: m.participants.map((p) => (p.kind === "person" ? { kind: "person" as const, person: personId(p.person), ...(p.role ? { role: p.role } : {}), via: linkOf(p.person, m.sentences, r.people.refs) } : p)),
      topics: readTopics(m.sentences.map((k) => r.sents[k]!)),
      sentences: [...new Set(m.sentences)].sort((a, b) => a - b).map((k) => r.sentenceIds[k]!),
    };
    if (m.status) meeting.status = m.status;
    meeting.rule = m.rule;
    if (m.date) {
      meeting.date = m.date;
      meeting.dateFrom = dateFrom(m.date, m.sentences, r.sents);
    }
    if (m.occasion) meeting.occasion = m.occasion;
    // (the class is read off the place as written; the place is kept in the gazetteer's spelling: "Hà Nội" is "Hanoi")
    if (m.place) meeting.place = gazetteerSpelling(m.place) ?? m.place;
    if (m.placeBasis) meeting.placeBasis = m.placeBasis;
    const where = placeFrom(m, r.sents);
    if (where) meeting.placeFrom = where;
    if (m.venue) meeting.venue = m.venue;
    if (m.fromQuote) meeting.fromQuote = true;
    meetings.push(meeting);
  });
  const peopleCountries = r.people.people.map((p) => p.country).filter((c): c is string => c !== undefined);
  const facts = findFacts({ article: r.article, sents: r.sents, refs: r.people.refs, sentenceIds: r.sentenceIds, personId, personName, peopleCountries });
  return { sentences, meetings, facts };
}

/** An article cleaned, dated and cut into sentences, with the mentions each sentence writes: what its people and meetings are read from. */
export interface OpenArticle {
  article: Article;
  sents: Sent[];
  mentions: Mention[][];
  credited: string[];
  text: string;
  clean: CleanArticle;
  dateline: Dateline | undefined;
  datelineDay: PartialDate | undefined;
  publisher: string | undefined;
}

/** The people of an article with a title, an honorific or a place in one of its meetings: their full spellings. */
function evidencedNames(people: ArticlePeople, meetings: LocalMeeting[]): string[] {
  const met = new Set(meetings.flatMap((m) => m.participants.flatMap((p) => (p.kind === "person" ? [p.person] : []))));
  // (a byline's reporter is no one other articles' text names)
  return people.people.flatMap((p, i) => (!p.byOffice && (met.has(i) || p.honorifics.length > 0 || p.offices.some((o) => o.title && o.from !== "byline")) ? p.spellings : []));
}

/** A day of the week written in a lead ("… on Tuesday"): the weekday its dateline's day is. */
const WEEKDAY_WORD = new RegExp(`\\b(${[...WEEKDAYS.keys()].join("|")})\\b`, "i");

function openArticle(file: string, text: string): OpenArticle {
  const id = file.replace(/^.*\//, "").replace(/\.txt$/, "");
  const clean = cleanArticle(text);
  if (clean.blocks.length === 0) throw new ArticleError(`${file}: no article text left after cleaning`);
  // "Details added (first version posted at 09:40)" above "TARSK, June 2. Trend:": a short line of the page head before the dateline.
  if (clean.blocks.length > 2 && isHeadLine(clean.blocks[0]!) && clean.blocks[1]!.quote === undefined && !readDateline(clean.blocks[0]!.text) && readDateline(clean.blocks[1]!.text, clean.published)) clean.blocks.shift();
  const first = clean.blocks[0]!;
  const last = clean.blocks.length > 1 ? clean.blocks[clean.blocks.length - 1]! : undefined;
  const signOff = last && last.quote === undefined ? readSignOff(last.text, (place) => countryOfCity(place) !== undefined) : undefined;
  // A web page's stamp names where it was filed, not the day of the events ("PTI | New York | September 25, 2023"), unless written as a dateline ("Dakar, 3 September 2025").
  const stampDate = clean.stamp?.dateline ? parseDate(clean.stamp.date) : undefined;
  const stamp: Dateline | undefined = clean.stamp ? { place: clean.stamp.place, raw: clean.stamp.raw, rest: "", ...(stampDate ? { date: { ...stampDate, basis: "dateline" as const, text: clean.stamp.raw } } : {}) } : undefined;
  const opening = first.quote === undefined ? readDateline(first.text, clean.published) : undefined;
  const below = opening ? undefined : wireDatelineBelow(clean.blocks, clean.published);
  const masthead: Dateline | undefined = clean.mastheadCity ? { place: clean.mastheadCity, raw: clean.mastheadCity, rest: "" } : undefined;
  const dateline = opening ?? below?.dateline ?? signOff ?? stamp ?? headDateline(clean) ?? masthead;
  if (opening) first.text = opening.rest;
  if (below) below.block.text = below.dateline.rest;
  // "Baku, July 22, AZERTAC" on a line of its own above the body: no paragraph of the article.
  if (opening?.rest === "" && clean.blocks.length > 1) clean.blocks.shift();
  // "MALABO, 19 January 2017 -": a dateline with a year dates an article that has no other date.
  clean.published ??= dateline?.date?.basis === "dateline" && /\d{4}/.test(dateline.date.text) ? isoOf(dateline.date) : undefined;
  // "LYON, Aug. 7 (Agency) –" over a page stamped "Published: 7/8/2025": the stamp gives the dateline its year.
  const datelineDay = dateline?.date?.month !== undefined && dateline.date.day !== undefined && dateline.date.year === undefined ? dateline.date : undefined;
  const stampYear = !clean.published && datelineDay ? yearBesideDateline(text, datelineDay.month!, datelineDay.day!) : undefined;
  // "ORVANE, Oct 9 (Agency) - … on Monday" with no year but the ones the page names ("Forum 2023", "in 2012"): the one in which Oct 9 is a Monday.
  const leadWeekday = WEEKDAY_WORD.exec(opening?.rest ?? "")?.[1];
  // (a lead with no weekday: one the article writes beside a day near the dateline's, "… on Tuesday, September 26", tells it as well)
  const datelineWeekday = datelineDay ? (leadWeekday ? WEEKDAYS.get(leadWeekday.toLowerCase()) : weekdayOfDatelineDay(datelineDay.month!, datelineDay.day!, text)) : undefined;
  const weekdayYear = !clean.published && !stampYear && datelineDay && datelineWeekday !== undefined ? yearOfWeekday(datelineDay.month!, datelineDay.day!, datelineWeekday, text) : undefined;
  // "TARSK, Oct 9 (Wire) – … the accord signed on 3 October 2023": a date with a year written days before the dateline's gives it its year.
  const nearYear = !clean.published && !stampYear && !weekdayYear && datelineDay ? yearNearDateline(datelineDay.month!, datelineDay.day!, text) : undefined;
  // (never the year after the latest one named: that is a guess one time in seven, "the lines of June 4, 1967" no less than a coup the year before)
  const year = stampYear ?? weekdayYear ?? nearYear;
  if (dateline?.date && datelineDay && year) {
    dateline.date = { ...datelineDay, year };
    clean.published = isoOf(dateline.date);
  }
  // A sign-off is not article text: "Dakar, 3 September 2025 / Directorate of Communication".
  if (dateline && dateline === signOff) clean.blocks.pop();
  const article: Article = { id, file, body: clean.blocks.filter((b) => b.quote === undefined).map((b) => b.text).join("\n\n"), quotes: clean.quotes };
  if (clean.title) article.title = clean.title;
  if (clean.published) article.published = clean.published;
  const publisher = clean.publisher ?? dateline?.agency;
  if (publisher) article.publisher = publisher;
  if (clean.url) article.url = clean.url;
  if (clean.author) article.author = clean.author;
  if (dateline) {
    article.dateline = { raw: dateline.raw };
    if (dateline.place) article.dateline.place = dateline.place;
    if (dateline.date) article.dateline.date = dateline.date;
  }
  const sents = segment([...(clean.title ? [{ text: clean.title, title: true }] : []), ...clean.blocks]);
  const mentions = withCapsSurnames(sents, sents.map(findMentions));
  // "According to Velden, …" credits a source, but a surname of someone the article names in full is that person, not an agency.
  const fullNames = mentions.flatMap((list) => list.flatMap((m) => (m.kind === "name" && m.evidence && nameWords(m.name).length >= 2 ? [m.name] : [])));
  const sources = clean.credits.filter((c) => !fullNames.some((n) => n !== c && isShortFormOf(c, n)));
  if (sources.length) article.credits = sources;
  const credited = [...sources, ...(publisher ? [publisher] : []), ...(clean.author ? [clean.author] : [])];
  return { article, sents, mentions, credited, text, clean, dateline, datelineDay, publisher };
}

function readPeopleAndMeetings(opened: OpenArticle, mentions: Mention[][], model: ContactModel | undefined, weigh: boolean): Omit<Read, "sentenceIds"> {
  const { article, sents, credited, text, clean, dateline, datelineDay, publisher } = opened;
  // the finders write offices onto the mentions they read: each reading gets its own copy
  // (nor is the city of the dateline, which a gazetteer may not know: "ORVEL CITY, March 19 - … arrived in Orvel City")
  const people = resolvePeople(sents, structuredClone(mentions), [...credited, ...(dateline?.place ? [dateline.place] : [])]);
  // each step below that sets a country is recorded as its provenance (countryFrom)
  const note = countryRecorder(people.people);
  note(READ);
  // "since returning as Veldia's Deputy Prime Minister": the post "as" gives a subject the article titles nowhere else.
  readAsOffices(sents, people);
  note("as-office");
  // "The following ambassadors …: A of Veldia, B of Orvane", "- C (Tarsk)" under "Ambassadors": what a list of envoys names them.
  readListedOffices(sents, people);
  note("listed");
  // "… sat down with his Orvanian counterpart X", of one whose post only a reader above gave: X holds it too.
  fillCounterpartOffices(people);
  note("counterpart");
  // "Ambassador A of the Republic of Veldia then handed over his credentials": the country written right after a name.
  readCountriesBeside(sents, people);
  note("beside");
  inferCountries(sents, people);
  note("text");
  // "In Orvane, Varan held talks with Foreign Minister Telu": the hosts of a leg of a journey, the sentence setting the scene.
  inferSceneHosts(sents, people);
  note("scene-host");
  // "he met his Pakistani counterpart": descriptions no one fitted in order, now that people have countries.
  linkLateDescriptions(sents, mentions, people);
  note("late-description");
  // "Lyon, May 4 (Agency) - … began a visit on Tuesday", no year anywhere: the lead's weekday is the dateline's day.
  const lead = sents.find((s) => !s.title && s.quote === undefined);
  const leadWeekday = WEEKDAY_WORD.exec(lead?.text ?? "")?.[1];
  // (the days the article writes with their weekdays, "On Monday, May 12, …", tell the dateline's weekday better than the lead,
  // whose "on Wednesday" may be the day before it: "TARSK, Aug 8 (Agency) - … spoke by telephone on Wednesday", heldout48 x510)
  const toldWeekday = datelineDay ? weekdayOfDatelineDay(datelineDay.month!, datelineDay.day!, text) : undefined;
  const anchorWeekday = toldWeekday ?? (leadWeekday ? (WEEKDAYS.get(leadWeekday.toLowerCase()) ?? 0) : undefined);
  const anchor = !article.published && datelineDay && anchorWeekday !== undefined ? anchorDay(datelineDay.month!, datelineDay.day!, anchorWeekday) : undefined;
  // "HANOI – … on the morning of 15 May 2024 received …", no date line nor dateline day: the lead's full date dates the story.
  const storyDate = article.published || datelineDay ? undefined : lead?.entities.filter((e) => e.type === "DATE").map((e) => parseDate(e.text)).find((d) => d?.basis === "explicit" && d.year !== undefined && d.month !== undefined && d.day !== undefined);
  const meetingContext = {
    sents,
    refs: people.refs,
    quoteDates: article.quotes.map((q) => q.date),
    principals: people.principals,
    offices: people.people.map((p) => p.offices),
    countries: people.people.map((p) => p.country),
    byOffice: people.people.map((p) => p.byOffice === true),
    ...(article.published ? { published: filedOn(dateline?.date, article.published) } : {}),
    ...(dateline?.place ? { datelinePlace: dateline.place } : {}),
    ...(dateline?.date ? { datelineDate: dateline.date } : {}),
    ...(anchor ? { anchor } : {}),
    ...(storyDate ? { storyDate } : {}),
  };
  const meetings = findMeetings(meetingContext);
  // (the year of the article's posts: which states had a prime minister then)
  const articleYear = article.published ? Number(article.published.slice(0, 4)) : undefined;
  note("meetings");
  // A host's country from where the finder placed a meeting (a call's dateline too: the host is at home) before calls lose their place.
  inferHostCountries(people.people, meetings.map((m) => ({ place: m.place, people: m.participants.flatMap((p) => (p.kind === "person" ? [p.person] : [])) })));
  note("host");
  // "President X received the letters of credence of five envoys at State House in Tarsk": the receiver is the accrediting state's.
  inferAccreditingCountries(people.people, meetings.map((m) => ({ kind: m.kind, place: m.place, people: m.participants.flatMap((p) => (p.kind === "person" ? [p.person] : [])), groups: m.participants.flatMap((p) => (p.kind === "group" ? [p.name] : [])) })));
  note("accrediting");
  // "Veldia's Ambassador to Orvane, X, called on Home Minister Y": the official an envoy meets is of the country of the posting.
  inferEnvoyHosts(sents, people.refs, people.people, meetings.map((m) => ({ place: m.place, people: m.participants.flatMap((p) => (p.kind === "person" && p.role !== "present" ? [p.person] : [])) })));
  note("envoy-host");
  // "President X received the letters of credence at State House, Tarsk": one who receives at a head of state's seat is its state's.
  inferSeatHosts(sents, people);
  note("seat");
  inferDatelineCountries(sents, people, dateline?.place, meetings.map((m) => ({ people: m.participants.flatMap((p) => (p.kind === "person" && !p.role ? [p.person] : [])) })), homeOf(text, [dateline?.agency, publisher]), articleYear);
  note("dateline");
  inferPairCountries(people.people, meetings.map((m) => ({ people: m.participants.flatMap((p) => (p.kind === "person" ? [p.person] : [])) })), clean.title ?? "", sents.filter((s) => !s.title).map((s) => s.text), sents, people.refs);
  note("pair");
  inferAttendeeCountries(sents, people, meetings.map((m) => ({ place: m.place, sentences: m.sentences, people: m.participants.flatMap((p) => (p.kind === "person" && !p.role ? [p.person] : [])) })));
  note("attendee");
  // Countries the meetings and dateline gave let the text give more: "a letter from President X" carried by an official now placed.
  inferCountries(sents, people);
  note("text");
  // … and the meetings more hosts: "X flew to Orvane, where he held talks with Interior Minister Y", once someone of Orvane's country is known.
  inferHostCountries(people.people, meetings.map((m) => ({ place: m.place, people: m.participants.flatMap((p) => (p.kind === "person" ? [p.person] : [])) })));
  note("host");
  // "the Veldian High Commissioner's residence …, hosted by High Commissioner X": an office said with its country and no name is the one holder's.
  inferDescribedCountries(sents, people, meetings.map((m) => ({ people: m.participants.flatMap((p) => (p.kind === "person" ? [p.person] : [])) })));
  note("described");
  // "President X of Orvane accepted the letters of credence of A, Ambassador of Veldia": the envoy is posted to the receiver's country.
  inferEnvoyPostings(people.people, meetings.map((m) => ({ kind: m.kind, place: m.place, people: m.participants.flatMap((p) => (p.kind === "person" && p.role !== "present" ? [p.person] : [])) })));
  note("envoy-posting");
  // The learned second pass: pairs named together that no frame joined, weighed by the model.
  const frameMeetings = [...meetings];
  const contactContext = { sents, refs: people.refs, people: people.people, meetings: frameMeetings };
  const candidates = weigh ? contactCandidates(contactContext) : [];
  if (model) addLearnedContacts(meetings, learnedContacts(candidates, model), meetingContext, model.rule);
  note("meetings");
  settleMeetings(meetings, meetingContext, people.people);
  note("meetings");
  // "Varan arrived in Tarsk … President Kestas received him": the host of a visit told, named by title only, once meetings have their places.
  inferVisitHosts(sents, people.refs, people.people, meetings.map((m) => ({ place: m.place ?? m.visitedCountry, sentences: m.sentences, people: m.participants.flatMap((p) => (p.kind === "person" && p.role !== "present" ? [p.person] : [])) })));
  note("visit-host");
  // "Prime Minister X held talks with Orvanian President Y in Tarsk": the one of no country met at home, no journey told.
  inferPlacedHosts(sents, people.people, meetings.map((m) => ({ place: m.place, placeBasis: m.placeBasis, sentences: m.sentences, people: m.participants.flatMap((p) => (p.kind === "person" && p.role !== "present" ? [p.person] : [])) })));
  note("placed-host");
  // "Varan met Prime Minister Telu and the Speaker, Orvel": one still of no country, listed with people of one country, is on their side.
  weighCountries(sents, people.refs, people.people, articleYear);
  note("weigh");
  // … and the pair step again: a side the visit hosts or the weighing placed gives its partner in a meeting the other side.
  inferPairCountries(people.people, meetings.map((m) => ({ people: m.participants.flatMap((p) => (p.kind === "person" ? [p.person] : [])) })), clean.title ?? "", sents.filter((s) => !s.title).map((s) => s.text), sents, people.refs);
  note("pair");
  inferUnionSides(people.people);
  note("union");
  article.lead = sents.find((s) => !s.title)?.text ?? "";
  // "By Varan Telu": the reporter is a person the article names, in none of its meetings.
  const reporter = bylinePerson(clean.author, clean.authorRole);
  if (reporter && !people.people.some((p) => p.spellings.some((x) => fold(x) === fold(reporter.name)))) people.people.push(reporter);
  note("office/byline");
  return { article, sents, people, meetings, contacts: { candidates, frameMeetings } };
}

/** The most words a standfirst or a byline above the dateline's paragraph has. */
const STANDFIRST_WORDS = 40;

/**
 * A wire dateline, its city known to the gazetteer and in capitals or with a day or an agency, heading the second or third paragraph under a
 * standfirst, a headline or a byline the page did not mark as such ("Several accords are expected during the trip" /
 * "By our Tarsk correspondent" over "TARSK, Nov 21: …"): the article's dateline, and the paragraph it heads.
 */
function wireDatelineBelow(blocks: { text: string; quote?: number }[], published: string | undefined): { dateline: Dateline; block: { text: string } } | undefined {
  for (let k = 1; k <= 2 && k < blocks.length; k++) {
    const above = blocks[k - 1]!;
    if (above.quote !== undefined || above.text.split(/\s+/).length > STANDFIRST_WORDS || readDateline(above.text, published)) return undefined;
    const block = blocks[k]!;
    const dateline = block.quote === undefined ? readDateline(block.text, published) : undefined;
    // a city in capitals ("BELGRADE –"), or one with its day or agency ("Tarsk, Sep 7 (Wire)"); never "Tarsk – a city of …"
    const written = dateline?.raw.slice(0, dateline.place?.length ?? 0) ?? "";
    const wire = written === written.toUpperCase() || dateline?.date !== undefined || dateline?.agency !== undefined;
    if (dateline?.place && wire && countryOfCity(dateline.place) !== undefined) return { dateline, block };
  }
  return undefined;
}

/** A short line with no closing stop, of the page head rather than the body: "Details added (first version posted at 09:40)". */
const isHeadLine = (block: { text: string; quote?: number }): boolean => block.quote === undefined && block.text.split(/\s+/).length < 10 && !/[.!?"”]$/.test(block.text.trim());

/**
 * The dateline standing on its own line in the page head, as a dateline: of the cities it names, the
 * one the article's text names first ("PARIS/LYON - Agency Name" over a story told in Lyon).
 */
function headDateline(clean: CleanArticle): Dateline | undefined {
  const head = clean.headDateline;
  if (!head) return undefined;
  const body = clean.blocks.map((b) => b.text).join("\n");
  const at = (place: string): number => {
    const m = new RegExp(`(?<!\\p{L})${escapeRegExp(place)}(?!\\p{L})`, "iu").exec(body);
    return m ? m.index : Number.POSITIVE_INFINITY;
  };
  const place = [...head.places].sort((a, b) => at(a) - at(b))[0];
  return { ...(place ? { place } : {}), ...(head.agency ? { agency: head.agency } : {}), raw: head.raw, rest: "" };
}

/**
 * The day the body's relative dates count from: the dateline's day when it is a few days before the
 * publication's ("TARSK, May 8 (Wire) - … on Tuesday" in a page dated May 10: the wire was filed on May 8),
 * else the publication's.
 * @example filedOn({ month: 5, day: 8, basis: "dateline", text: "May 8" }, "2024-05-10") // "2024-05-08"
 */
export function filedOn(dateline: PartialDate | undefined, published: string): string {
  if (dateline?.month === undefined || dateline.day === undefined) return published;
  const year = dateline.year ?? Number(published.slice(0, 4));
  const at = Date.UTC(year, dateline.month - 1, dateline.day);
  const pub = Date.UTC(Number(published.slice(0, 4)), Number(published.slice(5, 7)) - 1, Number(published.slice(8, 10)));
  const days = (pub - at) / 86_400_000;
  return days >= 1 && days <= 3 ? new Date(at).toISOString().slice(0, 10) : published;
}
