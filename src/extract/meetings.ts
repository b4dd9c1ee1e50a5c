/**
 * @module Meetings of one article: who met whom (people, and the groups they met), when, where, on
 * what occasion, and the sentences that report it. A sentence naming two officials is a meeting only
 * when it says they met: "met (with)", "held talks with", "discussed with", "a meeting between",
 * "a consultation led by", or a pair as subject of "discussed" / "exchanged views".
 */
import type { Meeting, PartialDate } from "../facts/types";
import { countryOfCity, findCountries } from "../nlp/countries";
import { fold } from "../nlp/fold";
import { MONTHS } from "../nlp/vocab";
import { compatibleOffices } from "../nlp/offices";
import { arrivalBefore, stopBefore, counterpartPart, daysBetween, heldAfterContact, isCity, journeyAway, shiftDay, openingPlace, opensOnOtherTime, otherTimeClause, placeOfJourney, placeOfOccasion, placeOfThere, placeOfThereBefore, otherTimeAfter, readMeetingDate, readOwnDate, readPlace, readVenue, spanMonth, speaksOfFuture, tellsEarlierMeeting } from "./meeting-setting";
import { splitClauses, type ClauseMap } from "./clauses";
import type { PersonRef } from "./people";
import { readEnumeration, readEnvoyCohort } from "./enumeration";
import { isOvertakenPlan, isPlanned, mainSubjects, matchFrames, type FrameGroup, type FrameHit } from "./frame-engine";
import { groupAnaphorIn, groupOf, mayReferToParty, type Party, partyOf, withTeam } from "./party-anaphor";
import type { LearnedContact } from "./contact-model";
import { occasionOf } from "./occasion-kinds";
import { headsContact } from "./delegation-heads";
import { datesApart, readPairContact } from "./pair-again";
import { placeCountry, readVisits } from "./pair-visit";
import { parseDate, RELATIVE_WEEK } from "./dates";
import type { Sent, Word } from "./segment";
import { putsOnAgenda } from "./topics";
import { separateCalls } from "./separate-calls";
import { partyHeads } from "./group-heads";

/** A participant before people are merged across articles: a local person index or a group. */
export type LocalParticipant = { kind: "person"; person: number; role?: "present" } | { kind: "group"; name: string; country?: string };

/** A meeting of one article, with local person indexes and sentence indexes. */
export interface LocalMeeting {
  kind: Meeting["kind"];
  /** The frame row that found it. */
  rule: string;
  /** Found by a row that holds only where no other row finds a contact of the same people (see `FrameRow.fallback`). */
  fallback?: true;
  /** The country of a visit whose city the article leaves unsaid ("a visit to Veldia"): no place of the meeting, yet where its hosts are from. */
  visitedCountry?: string;
  status?: "planned";
  participants: LocalParticipant[];
  date?: PartialDate;
  occasion?: string;
  /** The occasion of a visit its first contact's clause marks (see occasion-kinds.ts): "arrival", "meal", "farewell", "talks". */
  setting?: string;
  place?: string;
  placeBasis?: "sentence" | "dateline" | "context" | "visit";
  /** The place was carried from a meeting told before by a sentence that does not go on with it: it stands for the hosts' countries only, and the setting drops it. */
  placeLoose?: boolean;
  venue?: string;
  sentences: number[];
  fromQuote?: boolean;
  /** Told in a clause of another time than its sentence's ("nine months after the two ministers first held talks"), or a visit an invitation asks for: its own date and place, or none. */
  otherTime?: true;
}

/** What the meeting finder needs to know of the article. */
export interface MeetingContext {
  sents: Sent[];
  refs: PersonRef[][];
  published?: string;
  datelinePlace?: string;
  datelineDate?: PartialDate;
  /**
   * With no publication date and a dateline's day without a year: an ISO day in a year when the
   * dateline's day falls on the weekday the lead gives ("Lyon, May 4 (Agency) - … on Tuesday"), so the
   * article's other weekdays count from it; the dates read from it keep no year.
   */
  anchor?: string;
  /**
   * With no publication date and no dateline day: the full date the lead writes ("… on the morning of 15 May 2024 received
   * …"), the year a day written without one takes ("On 10 January, …"): the latest such day on or before it.
   */
  storyDate?: PartialDate;
  /** Dates of embedded posts, by quote index. */
  quoteDates: (PartialDate | undefined)[];
  /** Per sentence, the person the article is about so far: the side of a contact told with no one making it. */
  principals?: (number | undefined)[];
  /** The article's people's offices, by local index: whom "the two foreign ministers" can stand for. */
  offices?: readonly (readonly { title: string; sentence?: number }[])[];
  /** The article's people's countries as read so far, by local index: whose country a visit goes to. */
  countries?: readonly (string | undefined)[];
  /** Which of the article's people it names by their office alone ("Prime Minister of Veldia"), by local index. */
  byOffice?: readonly boolean[];
}

const PRESENT_VERBS = new Set(["attended", "joined"]);
/**
 * Words by which a sentence naming no one tells of the meeting just reported: its sides ("the two ministers", "they"), or the
 * talks as the subject, theirs or "the" ("Their working meeting centred on ports", "The talks also covered fisheries").
 */
const COLLECTIVE = /\b(?:the (?:two |both )?(?:parties|sides|ministers|leaders|delegations|officials|presidents|diplomats)|both sides|the meeting participants|they|the two)\b|\bthe \p{Lu}[\p{L}-]* (?:side|delegation)\b|^(?:their (?:[\p{L}-]+ )?|the )(?:talks|meeting|conversation|discussions?|exchange|consultations)\b/iu;

/** Verbs by which a source reports what others did: "Kumar said the two covered …", "the spokesman added". */
const REPORTS = /^(?:said|says|told|noted|added|stated|explained|wrote|announced|reported|confirmed|briefed)$/;

/**
 * Whether a person a sentence names only reports what it tells: "according to spokesperson X", "X said (that) …", ", X said".
 * @example isSource(words("The two covered trade, according to spokesperson Kumar."), kumar, map) // true
 */
function isSource(words: Word[], r: PersonRef, map: ClauseMap): boolean {
  if (map.clauses[map.of[r.first]!]?.kind === "attribution") return true;
  let k = r.first - 1;
  while (k >= 0 && k >= r.first - 7 && /^(?:PROPN|NOUN|ADJ|DET)$/.test(words[k]!.pos) && words[k]!.lower !== "to") k--;
  if (words[k]?.lower === "to" && words[k - 1]?.lower === "according") return true;
  let n = r.last + 1;
  // ("Kalder, who was not in Tarsk, said …": past a relative clause set off by commas)
  if (words[n]?.text === "," && /^(?:who|whose)$/.test(words[n + 1]?.lower ?? "")) {
    const close = words.findIndex((w, k) => k > n + 1 && w.text === ",");
    if (close > 0 && close - n <= 12) n = close + 1;
  }
  const last = n + 2;
  while (n <= last && /^(?:AUX|ADV)$/.test(words[n]?.pos ?? "")) n++;
  return REPORTS.test(words[n]?.lower ?? "") && words[n + 1]?.pos !== "PROPN";
}

/** How many sentences back a plural ("the two ministers", "them") may stand for the party one of them told. */
const PARTY_REACH = 8;
/** How many sentences back "the delegation" may stand for the group a sentence gave a head. */
const GROUP_REACH = 20;

/**
 * The travelling party of the nearest sentence before `si` (a few at most) whose main clause makes two people or more one
 * side ("A and B were received in Tarsk", "A arrived together with B"), for a plural that stands for them; for "the
 * delegation", the head of the nearest group a sentence before named ("a delegation led by X").
 */
function partyBefore(ctx: MeetingContext, si: number): Party | undefined {
  const words = ctx.sents[si]!.words;
  if (!mayReferToParty(words)) return undefined;
  const noun = groupAnaphorIn(words);
  if (noun) {
    // a group of the same noun first ("the head of the delegation, X … a team headed by Y … the delegation met Z": X's), else
    // the nearest group of any ("The mission was headed by X … On landing, the delegation was met by Z")
    for (const same of [noun, undefined]) {
      for (let j = si - 1; j >= Math.max(0, si - GROUP_REACH); j--) {
        const sent = ctx.sents[j]!;
        const refs = ctx.refs[j] ?? [];
        if (sent.quote !== undefined || sent.title || refs.length === 0) continue;
        const people = groupOf(sent.words, refs, same);
        if (people) return { people, group: true };
      }
    }
    return undefined;
  }
  for (let j = si - 1; j >= Math.max(0, si - PARTY_REACH); j--) {
    const sent = ctx.sents[j]!;
    const refs = ctx.refs[j] ?? [];
    if (sent.quote !== undefined || sent.title || refs.length === 0) continue;
    let party = PARTIES.get(sent);
    if (!party) PARTIES.set(sent, (party = sentenceParty(sent.words, refs)));
    if (party.people.length >= 2 || party.team) return party;
  }
  return undefined;
}

/** A sentence's party: two people or more its main clause makes one side, or one person and their team ("X and his delegation"). */
function sentenceParty(words: Word[], refs: PersonRef[]): Party {
  const subjects = mainSubjects(words, refs);
  const people = partyOf(words, refs, subjects);
  return people.length === 1 && withTeam(words, subjects) ? { people, team: true } : { people };
}

/** Each sentence's party, read once. */
const PARTIES = new WeakMap<Sent, Party>();

/**
 * Finds the meetings an article reports.
 * @example findMeetings(context).map((m) => m.participants.length) // [2, 2]
 */
export function findMeetings(ctx: MeetingContext): LocalMeeting[] {
  const meetings: LocalMeeting[] = [];
  const fallbacks: { meeting: LocalMeeting; sent: Sent; si: number; headline?: true }[] = [];
  let current: LocalMeeting | undefined;
  ctx.sents.forEach((sent, si) => {
    if (sent.title) {
      // "Varan holds talks with Telu and Orso in Tarsk": a headline's contact, only where the body tells none of the same people.
      const found = detect(sent, ctx.refs[si] ?? [], ctx, si);
      if (found && !("present" in found && !Array.isArray(found))) for (const one of Array.isArray(found) ? found : [found]) if (one.status !== "planned") fallbacks.push({ meeting: { ...one, fallback: true }, sent, si, headline: true });
      return;
    }
    const refs = ctx.refs[si] ?? [];
    // "At those talks, on May 2, 2023, …" right after a contact recalled with its month only: its day and place.
    const aside = meetings.at(-1);
    if (aside && ASIDES.has(aside.rule) && aside.sentences.includes(si - 1)) refineAside(aside, sent, si, ctx);
    const found = detect(sent, refs, ctx, si);
    if (found && !Array.isArray(found) && "present" in found) {
      // "Y was also present at the meeting": the latest meeting of someone the sentence names, else the latest; "At the talks
      // the minister was accompanied by Y": the latest of the named one's talks, else their latest.
      const named = new Set([...found.present, ...refs.map((r) => r.person)]);
      const of = (m: LocalMeeting, people: ReadonlySet<number>) => m.participants.some((p) => p.kind === "person" && people.has(p.person));
      const target = (found.kind ? [...meetings].reverse().find((m) => m.kind === found.kind && of(m, named)) ?? [...meetings].reverse().find((m) => of(m, named)) : undefined) ?? [...meetings].reverse().find((m) => of(m, new Set(found.present))) ?? current;
      if (!target) return;
      for (const person of found.present) {
        if (!target.participants.some((p) => p.kind === "person" && p.person === person)) target.participants.push({ kind: "person", person, role: "present" });
      }
      target.sentences.push(si);
      return;
    }
    if (found) {
      for (const one of Array.isArray(found) ? found : [found]) {
        // "paid a visit to Orvane at Y's invitation, nine months after the two first held talks in Tarsk": a visit only implied is
        // none where its sentence recalls one of another time, which it would be told apart from by nothing
        if (one.fallback) {
          if (one.kind !== "visit" || otherTimeAfter(sent.words, 0) === undefined) fallbacks.push({ meeting: one, sent, si });
        }
        else {
          const before = current;
          current = addMeeting(meetings, one, sent, si, ctx);
          // "On the eve of the meeting, X received a call from Y": the day before the meeting the story told, when the sentence names no day
          if (before && before !== current && EVE_OF_CONTACT.test(sent.text) && before.date?.day !== undefined && before.date.year !== undefined && (!current.date || current.date.basis === "publication" || current.date.text === before.date.text)) {
            current.date = { ...shiftDay(before.date, -1), basis: "relative", text: `the eve of ${before.date.text}` };
          }
        }
      }
      addVisitContacts(meetings, sent, si, ctx, Array.isArray(found) ? found : [found]);
      return;
    }
    if (addVisitContacts(meetings, sent, si, ctx, [])) return;
    // "Varan and Telu are old friends. The two leaders met in Tarsk in May": a pair no meeting of the article joins yet.
    const introduced = sent.quote === undefined ? addPairNamedBefore(meetings, sent, si, ctx) : undefined;
    if (introduced) {
      current = introduced;
      return;
    }
    if (!current || sent.quote !== undefined) return;
    // "The two leaders last met in Tarsk in July": another contact of the pair, when something sets it apart.
    // A name in a clause after the pair's tells of that clause ("The pair last sat down together on March 4 in Tarsk,
    // where Varan had travelled for the funeral of a former president").
    const own = pairClauseRefs(sent, refs);
    // "Varan and Telu have known each other for years; the two leaders last met in Tarsk in May": a sentence naming the pair's two people only.
    const pairOf = refs.length > 0 ? [...meetings].reverse().find((m) => isPairOf(m, refs)) : undefined;
    // (a meeting told again by "the two presidents" is the one the story goes on with)
    const goOn = (told: boolean | LocalMeeting): boolean => {
      if (told !== true && told !== false) current = told;
      return told !== false;
    };
    if (own.length === 0 && addMeetAgain(meetings, current, sent, si, ctx)) return;
    // "… was not the first encounter between A and B this year. The two last sat down in January": the pair the sentence before
    // names by name, when a meeting of theirs was told, not the latest meeting's (heldout106 x972)
    const namedBefore = si > 0 && ctx.sents[si - 1]?.quote === undefined ? (ctx.refs[si - 1] ?? []).filter((r) => r.via === "name" || r.via === "short") : [];
    const pairBefore = own.length === 0 && !pairOf ? [...meetings].reverse().find((m) => m !== current && isPairOf(m, namedBefore)) : undefined;
    if (pairBefore && goOn(addPairAgain(meetings, pairBefore, sent, si, ctx))) return;
    if (own.length === 0 && !pairOf && goOn(addPairAgain(meetings, current, sent, si, ctx))) return;
    const peopleOf = (m: LocalMeeting): number[] => m.participants.flatMap((p) => (p.kind === "person" ? [p.person] : []));
    if (pairOf && goOn(addPairAgain(meetings, pairOf, sent, si, ctx))) return;
    // "Telu had invited her during a telephone conversation the two held on May 2": one of the story's pair named before "the two",
    // who has met no one else in the article so far (else whom "the two" stand for is unsure).
    const counterparts = (person: number): Set<number> => new Set(meetings.flatMap((m) => (peopleOf(m).includes(person) ? peopleOf(m).filter((p) => p !== person) : [])));
    const single = own.length > 0 && isPairOf(current, own, true) && counterparts(own[0]!.person).size === 1;
    if (single && goOn(addPairAgain(meetings, current, sent, si, ctx, own))) return;
    // (a source who tells of it need be none of its sides: "Kumar said the two covered …", "…, according to spokesperson Kumar")
    const sources = new Set(refs.filter((r) => isSource(sent.words, r, splitClauses(sent.words))));
    const allIn = (m: LocalMeeting): boolean => refs.some((r) => peopleOf(m).includes(r.person)) && refs.every((r) => sources.has(r) || peopleOf(m).includes(r.person));
    // "Dulilo said …" after "Hayashi also called on Lili": the latest meeting of the people it names.
    const target = allIn(current) ? current : refs.length > 0 ? [...meetings].reverse().find(allIn) : undefined;
    // "Varan had flown in on Tuesday" after Wednesday's talks: a sentence of its people on another day tells of something else
    // (not "Friday's storm", a day that names a thing).
    const ownDay = target ? readOwnDate(sent, ctx, si) : undefined;
    if (ownDay?.day !== undefined && !sent.text.includes(`${ownDay.text}'s`) && otherDay(dayOf(target!, ctx), ownDay)) return;
    // "Telu pointed to a bilateral meeting in Tarsk that could take place within about three months": a sentence about a
    // contact to come tells nothing of the one held (nor its place).
    if (contactToCome(sent) && (target ?? current).status !== "planned") return;
    if (target || (refs.every((r) => sources.has(r)) && (COLLECTIVE.test(sent.text) || putsOnAgenda(sent.words)))) {
      (target ?? current).sentences.push(si);
      readVenue(sent.text, target ?? current);
    }
  });
  // "X and Y agreed to …": their contact only when no other sentence reported one between them.
  for (const { meeting, sent, si, headline } of fallbacks) {
    const people = meeting.participants.flatMap((p) => (p.kind === "person" ? [p.person] : []));
    // (for a visit, not one of another day: "The first meeting between the two took place on 22 November last year" is not a
    // visit of August; "the minister and the ambassador agreed", dated by the release of the 18th, is the talks of the 17th)
    // (nor, for any contact, one of another month: "X and Y agreed on Friday to …" is not their meeting in Tarsk in June two years
    // before; unless told in the same sentence, whose date may be another act's, "held a meeting on … the letters signed in
    // 2009", or dated after the article was filed, a deadline's, "have agreed that a memorandum must be signed by March 2026")
    const later = ctx.published !== undefined && afterFiled(meeting.date, ctx.published);
    const apart = (m: LocalMeeting): boolean => (meeting.kind === "visit" || (otherMonth(m.date, meeting.date) && !m.sentences.includes(si) && !later)) && otherDay(m.date, meeting.date);
    const told = meetings.find((m) => m.status === meeting.status && !apart(m) && people.every((p) => m.participants.some((q) => q.kind === "person" && q.person === p)));
    // (a headline's contact of three is told where the body joins any two of them; one with a group, where the body tells
    // any contact of its person: "X accepts credentials of incoming ambassadors of A, B and C" over one meeting each;
    // "President Ana meets Y" over the body's "Ana B. Varan": a side the body never names is none to read)
    if (headline) {
      const sharing = (m: LocalMeeting): number => people.filter((p) => m.participants.some((q) => q.kind === "person" && q.person === p)).length;
      const grouped = meeting.participants.some((p) => p.kind === "group");
      const unnamed = people.some((p) => !ctx.refs.some((refs, n) => !ctx.sents[n]!.title && refs?.some((r) => r.person === p && (r.via === "name" || r.via === "short"))));
      if (told || unnamed || meetings.some((m) => sharing(m) >= (grouped ? 1 : 2))) continue;
    }
    if (told) {
      if (!told.sentences.includes(si)) told.sentences.push(si);
      told.sentences.sort((a, b) => a - b);
      // "X and Y agreed on Tuesday to …" dates the talks another sentence tells without a day of their own.
      if ((!told.date || told.date.basis === "publication") && meeting.date && meeting.date.basis !== "publication") told.date = meeting.date;
    } else addMeeting(meetings, meeting, sent, si, ctx);
  }
  dropNamedGroups(meetings, ctx);
  nameGroupHeads(meetings, ctx);
  // "The two are to sit down again on May 14 …, and X may then be received by Y": a meeting dated after the day the article was
  // filed is one to come, whatever verb tells it.
  if (ctx.published) for (const m of meetings) if (m.status !== "planned" && afterFiled(m.date, ctx.published)) m.status = "planned";
  // An occasion stated once holds for the article's other undated meetings.
  const occasion = meetings.find((m) => m.occasion)?.occasion;
  for (const m of meetings) if (!m.date && !m.occasion && occasion) m.occasion = occasion;
  // "The ceremony at Tarsk House in Kelm was the first …", "The ceremony took place in the grounds of the Tarsk Reserve": the
  // venue of the article's presentations of credentials, one ceremony, that its own sentences did not name.
  const ceremony = ctx.sents.map((s) => (s.title || s.quote !== undefined ? undefined : CEREMONY_VENUE.exec(s.text))).find((v) => v);
  const venue = ceremony ? (ceremony[1] ?? ceremony[2])!.trim() : undefined;
  const presented = meetings.filter((m) => m.kind === "credentials" && m.status !== "planned");
  if (venue && presented.every((m) => !otherDay(m.date, presented[0]!.date))) for (const m of presented) m.venue ??= venue;
  return meetings;
}

/** A sentence about "the ceremony" that names where it was: at a named building, or in the grounds of one. */
const CEREMONY_VENUE = /^The (?:[\p{Ll}-]+ )?ceremony\b[^.;]*?\b(?:at ((?:the )?\p{Lu}[\p{L}'’-]*(?: (?:of (?:the )?)?\p{Lu}[\p{L}'’-]*)*)|in the grounds of ([^,.;]+))/u;

/**
 * Adds the contacts the learned model found (see contact-model.ts) as meetings, after the frames':
 * their date, place and status read as a frame's are, from the contact word nearest the pair (else
 * the second person), and their rule naming the model.
 * @example addLearnedContacts(meetings, learnedContacts({ sents, refs, people, meetings }), ctx, "contact-model")
 */
export function addLearnedContacts(meetings: LocalMeeting[], contacts: readonly LearnedContact[], ctx: MeetingContext, rule: string): void {
  for (const { candidate } of contacts) {
    const si = candidate.sentence;
    const sent = ctx.sents[si];
    if (!sent) continue;
    const refs = ctx.refs[si] ?? [];
    const second = refs.find((r) => r.person === candidate.people[1]);
    const cue = candidate.cue?.at ?? second?.first ?? 0;
    const kind: Meeting["kind"] = candidate.cue?.kind === "joint" || !candidate.cue ? "meeting" : candidate.cue.kind;
    const meeting: LocalMeeting = { kind, rule, participants: candidate.people.map((person) => ({ kind: "person" as const, person })), sentences: [si] };
    if (isPlanned(sent.words, splitClauses(sent.words), cue, sent.words[cue]?.pos !== "VERB")) meeting.status = "planned";
    if (sent.quote !== undefined) meeting.fromQuote = true;
    const date = readMeetingDate(sent, ctx, si, cue);
    if (date) meeting.date = date;
    placeInSentence(meeting, sent, ctx, cue);
    addMeeting(meetings, meeting, sent, si, ctx);
  }
}

/** The rule of a contact of "the two" told apart from the meeting before it: an aside of another time, which lends no later meeting its place or day. */
const PAIR_AGAIN = "pair-again";

/**
 * A sentence naming no one that tells a contact of "the two", "they", "the pair" (see pair-again.ts)
 * after a meeting of two people: another meeting of them when its day, its manner (a call after a
 * meeting in person) or its status sets it apart from that one ("The two leaders last met in Tarsk
 * in July"; "a telephone conversation the two men held on 30 April"); else the same meeting told
 * again, and false, or, when that meeting is an earlier one than `latest` ("the two presidents" after a minister's welcome), that
 * meeting, which the sentence joins. A contact the article already told apart again joins that one.
 */
function addPairAgain(meetings: LocalMeeting[], latest: LocalMeeting, sent: Sent, si: number, ctx: MeetingContext, oneNamed?: readonly PersonRef[]): boolean | LocalMeeting {
  const told = readPairContact(sent.words);
  if (!told || isPossibility(sent, told.cue)) return false;
  // One of the pair named: "the two" after the name, never "they" (the named one's side may be many).
  if (oneNamed && (told.they || told.nominal || oneNamed.some((r) => r.last >= told.subject))) return false;
  const principals = (m: LocalMeeting): number[] => m.participants.flatMap((p) => (p.kind === "person" && p.role !== "present" ? [p.person] : []));
  // "The two ministers": the latest meeting of two people whose offices the words fit (an office unread fits).
  const fits = (person: number): boolean => !told.office || !ctx.offices?.[person]?.length || ctx.offices[person]!.some((o) => told.office!.test(o.title));
  const pair = (m: LocalMeeting): boolean => !m.participants.some((p) => p.kind === "group") && principals(m).length === 2 && principals(m).every(fits);
  const current = pair(latest) ? latest : told.office ? [...meetings].reverse().find(pair) : undefined;
  if (!current) return false;
  const people = principals(current);
  // "Both were appointed on 22 August, and they congratulated each other when they met": a date of another clause dates another event.
  const clauses = splitClauses(sent.words);
  // … but "on 4 March, when the two held talks": the date a "when" clause hangs on is its contact's.
  const whenOf = (last: number): boolean => [sent.words[last + 1]?.lower, sent.words[last + 2]?.lower].includes("when") && last < told.cue;
  const elsewhere = (text: string): boolean => sent.entities.some((e) => e.type === "DATE" && e.text === text && clauses.of[e.first] !== clauses.of[told.cue] && !whenOf(e.last));
  // "Telu had invited her last week, during a call the two held on May 2": a day told from "the two" on is the contact's.
  // … and so is one set off right before "the two": "…, and on Friday, 4 June 2021, the two prime ministers met".
  const opening = sent.entities.find((e) => e.type === "DATE" && e.last < told.subject && sent.words.slice(e.last + 1, told.subject).every((w) => w.text === ","));
  const read = readOwnDate(sent, ctx, si, true, told.cue, [(opening ? opening.first : told.subject) - 1, sent.words.length]);
  const date = read && elsewhere(read.text) ? undefined : read;
  const status = isPlanned(sent.words, splitClauses(sent.words), told.cue, told.nominal === true) ? "planned" : undefined;
  // "their summit in July": a noun tells another meeting by its date only.
  if (told.nominal && date === undefined) return false;
  const undated = (m: LocalMeeting): boolean => m.date === undefined || m.date.basis === "dateline" || m.date.basis === "publication";
  // "last met in July" after an undated meeting of the story: a date months before the article's, or told as before the story's time.
  const before = date !== undefined && (monthsBefore(date, ctx.published) >= 2 || tellsEarlierMeeting(sent.text));
  const meeting: LocalMeeting = { kind: told.call ? "call" : "meeting", rule: PAIR_AGAIN, participants: people.map((person) => ({ kind: "person" as const, person })), sentences: [si] };
  placeInSentence(meeting, sent, ctx, told.cue);
  // "On 1 February the two ministers met in Ashgabat" after their talks in Baku: a contact in another country is another.
  const here = ownPlace(meeting, sent.text);
  const away = (m: LocalMeeting): boolean => !told.nominal && placedApart(m, here);
  const apart = (m: LocalMeeting): boolean => datesApart(m.date, date) || (before && undated(m)) || (!told.nominal && (told.call !== (m.kind === "call") || m.status !== status)) || away(m);
  if (!apart(current)) {
    // the same meeting told again: "The two presidents met on Tuesday" gives the day within the month a first telling gave it
    const finer = current.date && finerDay(current.date, date, ctx.published);
    if (finer) current.date = finer;
    // … and the place, where the first telling gave none ("The two diplomats sat down on Wednesday at the Tarsk concert hall")
    if (!current.place && meeting.place && meeting.placeBasis === "sentence") {
      current.place = meeting.place;
      current.placeBasis = "sentence";
    }
    // … and "the two presidents" is that meeting's pair, not the latest meeting's (a minister's welcome at the airport)
    if (current === latest) return false;
    if (!current.sentences.includes(si)) current.sentences.push(si);
    return current;
  }
  const samePeople = (m: LocalMeeting): boolean => m.participants.length === 2 && people.every((p) => m.participants.some((q) => q.kind === "person" && q.person === p && q.role !== "present"));
  const again = meetings.find((m) => m !== current && samePeople(m) && !apart(m) && !undated(m) && date !== undefined);
  if (again) {
    if (!again.sentences.includes(si)) again.sentences.push(si);
    return true;
  }
  if (status) meeting.status = status;
  if (date) meeting.date = date;
  meetings.push(meeting);
  return true;
}

/**
 * The names of a sentence but those in a clause after the one of its contact of "the two", "the pair" (see pair-again.ts),
 * which tell of that clause: "The pair last sat down together on March 4 in Tarsk, where Varan had travelled …";
 * "The two ministers met in Bonn last month, where Varan also saw Orlo" (all names when it tells none).
 * @example pairClauseRefs(sent, refs) // [] for "The two leaders last met in May, when Varan flew to Tarsk"
 */
function pairClauseRefs(sent: Sent, refs: readonly PersonRef[]): readonly PersonRef[] {
  const told = readPairContact(sent.words);
  if (!told) return refs;
  const clauses = splitClauses(sent.words);
  return refs.filter((r) => r.first < told.cue || clauses.of[r.first] === clauses.of[told.cue]);
}

/** "the two leaders could meet in Tarsk as soon as Monday": a contact of the pair told as a possibility, none. */
/** "The ministers agreed to meet again in Tarsk in October", "the four ministers … agreed to meet again in Orvel": a plural subject of offices or sides. */
const MEET_AGAIN = /\b(?:the|both|all)\s+(?:(?:two|three|four|five|six)\s+)?(?:foreign\s+)?(?:ministers|leaders|presidents|sides|delegations)\b[^.;]{0,60}?\b(?:agreed|decided|plan|planned|will|would|are\s+to|were\s+to)\s+(?:to\s+)?meet\s+again\b/i;

/**
 * A meeting to come of the people of the meeting the story tells, all of them however many: "The ministers agreed to meet again
 * in Indonesia in October", "the four ministers … agreed to meet again in Baghdad in the near future". Its place and date are the
 * sentence's own; none when the meeting before has a group or fewer than two principals.
 */
function addMeetAgain(meetings: LocalMeeting[], current: LocalMeeting, sent: Sent, si: number, ctx: MeetingContext): boolean {
  const told = MEET_AGAIN.exec(sent.text);
  // (not "Neither side said whether the two ministers plan to meet again")
  const doubted = told !== null && /\b(?:whether|if|not|never|neither|no)\b/i.test(sent.text.slice(Math.max(0, told.index - 40), told.index + told[0].length));
  if (!told || doubted || sent.quote !== undefined || current.participants.some((p) => p.kind === "group")) return false;
  const people = current.participants.flatMap((p) => (p.kind === "person" && p.role !== "present" ? [p.person] : []));
  // ("the four ministers" of a meeting of four ministers; "the ministers" of one whose people all hold a minister's post)
  const count = NUMBER_WORDS.indexOf(told[0].split(/\s+/)[1]!.toLowerCase()) + 2;
  const office = /ministers/i.test(told[0]) ? /minister|secretary/i : /presidents/i.test(told[0]) ? /president/i : undefined;
  if (people.length < 2 || (count >= 2 && people.length !== count) || (office && !people.every((p) => (ctx.offices?.[p] ?? []).some((o) => office.test(o.title))))) return false;
  const cue = sent.words.findIndex((w, k) => w.lower === "meet" && sent.words[k + 1]?.lower === "again");
  const meeting: LocalMeeting = { kind: "meeting", rule: "meet-again", status: "planned", participants: people.map((person) => ({ kind: "person" as const, person })), sentences: [si] };
  const date = readOwnDate(sent, ctx, si, false, cue, undefined, true);
  if (date) meeting.date = date;
  placeInSentence(meeting, sent, ctx, cue);
  // (its place is a town its own sentence names, or none: never the story's, where the people met before, nor a capital for
  // "in Veldia", which may be any of its towns)
  if (meeting.place && !(isCity(meeting.place) && sent.text.includes(meeting.place))) delete meeting.place;
  meeting.placeBasis = "sentence";
  meetings.push(meeting);
  return true;
}

/** The numbers a plural subject may give, from two. */
const NUMBER_WORDS = ["two", "three", "four", "five", "six"];

/** "On the eve of the meeting", "on the eve of the talks": the day before the contact the story told. */
const EVE_OF_CONTACT = /\bon the eve of (?:the|their|his|her) (?:meeting|talks|summit|visit|session|consultations)\b(?![^.]*\d)/i;

/** Nouns of a contact a sentence may tell as still to come (see pair-again.ts for those "held" takes). */
const COMING_CONTACT = /^(?:meeting|meetings|talks|visit|summit|session|round|consultations)$/;

/** Whether a sentence tells a contact still to come: "a meeting that could take place in May", "the next round will be held in Tarsk". */
function contactToCome(sent: Sent): boolean {
  const words = sent.words;
  const map = splitClauses(words);
  return words.some((w, n) => {
    // (not "After their talks, the two are due to appear at the forum": a contact named as the time of another act)
    if (!COMING_CONTACT.test(w.lower) || w.pos !== "NOUN" || words.slice(Math.max(0, n - 3), n).some((x) => /^(?:after|before|during|following|since)$/.test(x.lower))) return false;
    const modal = words.slice(n + 1, n + 6).findIndex((x) => /^(?:could|might|may|will|would|shall)$/.test(x.lower));
    const after = modal >= 0 ? words.slice(n + 2 + modal, n + 5 + modal).map((x) => x.lower).join(" ") : "";
    return /^(?:take place|be held|go ahead)/.test(after) || isPlanned(words, map, n, true);
  });
}

function isPossibility(sent: Sent, cue: number): boolean {
  return sent.words.slice(Math.max(0, cue - 3), cue).some((w) => /^(?:could|might|may)$/.test(w.lower));
}

/** Words by which one travels with the other: "came with", "arrived accompanied by", "travelled together with". */
const ESCORTED = /\b(?:came|arrived|travell?ed|flew|was)\b(?:\s+\S+){0,2}?\s+(?:with|accompanied by|alongside|joined by)\b|^(?:,\s*)?(?:accompanied by|together with|alongside|with)\b/;

/** The rule of a contact of "the two" whose two people the sentences before name, with no meeting of theirs yet. */
const PAIR_NAMED_BEFORE = "pair-named-before";
/** How many sentences back "the two presidents" looks for the two people of that office. */
const PAIR_OFFICE_WITHIN = 3;

/**
 * A contact of "the two (leaders)", "both ministers", "the pair" (see pair-again.ts) whose people no
 * meeting of the article joins yet, made a meeting of its own when the text says who they are: the
 * two people the sentence names before "the two" ("Varan greeted his visitor at the door, and the two
 * held a long conversation"), else the two the sentence before names, when this one names no one else
 * ("Varan and Telu have known each other for years. The two leaders met in Tarsk in May …"), or, when
 * the subject names an office ("the two presidents"), the
 * only two people of that office named in this sentence and the few before it. Never "they" (it may
 * be more than two), never two people of one country, never "have never met".
 */
function addPairNamedBefore(meetings: LocalMeeting[], sent: Sent, si: number, ctx: MeetingContext): LocalMeeting | undefined {
  const told = readPairContact(sent.words);
  if (!told || told.they || isPossibility(sent, told.cue)) return undefined;
  if (sent.words.slice(Math.max(0, told.cue - 4), told.cue).some((w) => /^(?:never|not|yet)$/.test(w.lower))) return undefined;
  const here = unique((ctx.refs[si] ?? []).map((r) => r.person));
  let pair: number[];
  if (told.office) {
    // "The two countries' foreign ministers met in Tarsk. Veldia was represented by A, and Orvania by B": a subject naming
    // the countries (or "the two countries'") leads a story that may name the holders in the sentence after it.
    const after = told.countries !== undefined && ctx.sents[si + 1]?.quote === undefined ? 1 : 0;
    const from = Math.max(0, si - PAIR_OFFICE_WITHIN);
    const window = ctx.refs.slice(from, si + 1 + after).flatMap((refs, n) => refs.map((r) => ({ r, words: ctx.sents[from + n]!.words.slice(r.first, r.last + 1).map((w) => w.text) })));
    // "… Ana Varan, who co-chaired the session at Minister Varan's invitation": a surname alone after the full name is no third holder.
    const surnameOnly = (p: number): boolean => window.some(({ r, words }) => r.person === p && words.length === 1) && window.some(({ r, words }) => r.person !== p && words.length > 1 && words.at(-1) === window.find((x) => x.r.person === p)!.words.at(-1));
    const near = unique(window.map(({ r }) => r.person)).filter((p) => after === 0 || !surnameOnly(p));
    // "the presidents of Veldia and Orvania": a holder of another country is none of them.
    const ofCountries = (p: number): boolean => !told.countries?.length || ctx.countries?.[p] === undefined || told.countries.includes(ctx.countries[p]!);
    // (one whose office the text never gives may be either: "Japan's Foreign Minister A and Russia's B" leaves B's unread, and
    // "the two ministers" is then not A with a third minister named near)
    const fits = (p: number): boolean => !ctx.offices?.[p]?.length || ctx.offices[p]!.some((o) => told.office!.test(o.title));
    pair = near.filter((p) => fits(p) && ofCountries(p));
  } else {
    // "Varan greeted his visitor at the door, and the two held a long conversation": the sentence's two people, both named before "the two".
    const ahead = unique((ctx.refs[si] ?? []).filter((r) => r.last < told.subject).map((r) => r.person));
    const before = ctx.sents[si - 1];
    if (ahead.length === 2 && here.length === 2) pair = ahead;
    else if (!before || before.title || before.quote !== undefined) return undefined;
    // Else the sentence before's two people; this one names none else ("… where Varan travelled for Orvel's funeral" names a third).
    // (not one who only tells of it there: "Kalder, who was not in Tarsk, said that Varan had called it constructive. The two
    // diplomats sat down on Wednesday": Kalder is no side, read35 x304)
    else {
      const map = splitClauses(before.words);
      const refs = (ctx.refs[si - 1] ?? []).filter((r) => !isSource(before.words, r, map));
      pair = unique(refs.map((r) => r.person));
      // (but the one who tells of it, named in this sentence as the one who says "the two leaders had discussed …", is one of
      // them: "…, Prime Minister Y told parliament. Y said the two leaders had discussed …", heldout84 x811)
      const all = unique((ctx.refs[si - 1] ?? []).map((r) => r.person));
      if (pair.length < 2 && all.length === 2 && here.length > 0 && here.every((p) => all.includes(p))) pair = all;
      // (not one who came with the other: "Varan came with his deputy, Telu, and a delegation. Their talks …" are his talks
      // with his hosts, Telu on his side)
      const between = refs.length === 2 ? before.words.slice(refs[0]!.last + 1, refs[1]!.first).map((w) => w.lower).join(" ") : "";
      if (ESCORTED.test(between)) return undefined;
    }
  }
  if (pair.length !== 2 || !here.every((p) => pair.includes(p))) return undefined;
  const [a, b] = [ctx.countries?.[pair[0]!], ctx.countries?.[pair[1]!]];
  if (a !== undefined && a === b) return undefined;
  const people = (m: LocalMeeting): number[] => m.participants.flatMap((p) => (p.kind === "person" ? [p.person] : []));
  if (meetings.some((m) => pair.every((p) => people(m).includes(p)))) return undefined;
  const status = isPlanned(sent.words, splitClauses(sent.words), told.cue, told.nominal === true) ? "planned" : undefined;
  const date = readOwnDate(sent, ctx, si, true, told.cue);
  // "their summit": a noun tells a meeting by its date only.
  if (told.nominal && date === undefined) return undefined;
  const meeting: LocalMeeting = { kind: told.call ? "call" : "meeting", rule: PAIR_NAMED_BEFORE, participants: pair.map((person) => ({ kind: "person" as const, person })), sentences: [si] };
  if (status) meeting.status = status;
  if (date) meeting.date = date;
  placeInSentence(meeting, sent, ctx, told.cue);
  return addMeeting(meetings, meeting, sent, si, ctx);
}

/** The rule of a contact read from a visit told with one name (see pair-visit.ts). */
const PAIR_VISIT = "pair-visit";
/** The rules of contacts told as asides of another time: they lend no later meeting their place or day. */
const ASIDES = new Set([PAIR_AGAIN, PAIR_VISIT]);
/** A phrase that opens a sentence pointing back to the contact told just before: "At those talks", "During that visit", "At their summit". */
const BACK_TO_CONTACT = /^(?:at|during|in the course of) (?:those|that|these|this|their|the) (?:\S+ )?(?:talks|summit|meeting|meetings|visit|trip|consultations)\b/i;

/**
 * A contact recalled with its month only ("Varan paid a state visit to Veldia in January last year")
 * takes the day and place of the next sentence when it opens by pointing back to it ("At their
 * summit in Tarsk on Jan. 15, 2023, …"): a day of the same month, a place it does not have.
 */
function refineAside(aside: LocalMeeting, sent: Sent, si: number, ctx: MeetingContext): void {
  const opening = BACK_TO_CONTACT.exec(sent.text.trim());
  if (!opening || !aside.date || aside.date.day !== undefined) return;
  const cue = sent.words.findIndex((w) => /^(?:talks|summit|meeting|meetings|visit|trip|consultations)$/.test(w.lower));
  if (cue < 0) return;
  const date = readOwnDate(sent, ctx, si, false, cue);
  if (!date || date.day === undefined || date.year !== aside.date.year || date.month !== aside.date.month) return;
  aside.date = date;
  // The place of the opening phrase only: "At their summit in Tarsk on Jan. 15, …".
  const comma = sent.words.findIndex((w, k) => k > cue && w.text === ",");
  const place = readPlace(sent.words.slice(0, comma < 0 ? sent.words.length : comma), cue);
  if (place && !aside.place) {
    aside.place = place;
    aside.placeBasis = "sentence";
  }
  if (!aside.sentences.includes(si)) aside.sentences.push(si);
}

/** Offices whose holder a visit to their country meets: heads of state and government, ministers. */
const HOST_OFFICE = /\b(?:president|prime minister|premier|chancellor|king|queen|emir|amir|sultan|monarch|crown prince|minister|head of state)\b/i;

/**
 * A visit told with one name (see pair-visit.ts) as a contact of the visitor with the person of the
 * place visited: one the sentence names whose country it is and who holds a head's or a minister's
 * office ("Varan will pay an official visit to Veldia next week, Veldian Prime Minister Telu said"),
 * else the other side of the visitor's latest meeting of two, when the place is theirs, that
 * meeting's, or "his previous visit" names none ("Telu's trip returns a visit Varan paid to Tarsk in
 * May last year"). A visit of the pair already told (nothing sets it apart: day, status) adds
 * nothing; a visit its sentence's frames already join the visitor to someone is theirs. True when
 * a meeting was added.
 */
function addVisitContacts(meetings: LocalMeeting[], sent: Sent, si: number, ctx: MeetingContext, foundHere: LocalMeeting[]): boolean {
  if (sent.quote !== undefined || sent.title) return false;
  const refs = ctx.refs[si] ?? [];
  const principals = (m: LocalMeeting): number[] => m.participants.flatMap((p) => (p.kind === "person" && p.role !== "present" ? [p.person] : []));
  let added = false;
  for (const visit of readVisits(sent.words, refs)) {
    const visitor = visit.visitor.person;
    if (foundHere.some((m) => principals(m).includes(visitor))) continue;
    // "invited Telu to visit Tarsk": a request, no contact (as "urged X to meet Y"); one the sentence says was accepted is a visit to come.
    if (visit.invited && !ACCEPTED.test(sent.text)) continue;
    // "Morrison had been due to visit India earlier in the year, but called off the trip": a plan overtaken
    if (isOvertakenPlan(sent.words, splitClauses(sent.words), visit.cue)) continue;
    const country = visit.to ? placeCountry(visit.to) : undefined;
    const heads = refs.filter((r) => r.person !== visitor && country !== undefined && ctx.countries?.[r.person] === country && (ctx.offices?.[r.person] ?? []).some((o) => HOST_OFFICE.test(o.title)));
    let host = new Set(heads.map((r) => r.person)).size === 1 ? heads[0]!.person : undefined;
    if (host === undefined) {
      // The visit's own words: from the visitor to the punctuation or verb that closes its phrase.
      const from = Math.min(visit.visitor.first, visit.cue);
      let end = visit.cue + 1;
      while (end < sent.words.length && !/^[,;.:]$/.test(sent.words[end]!.text) && sent.words[end]!.pos !== "VERB") end++;
      // The other sides of the visitor's meetings of two that the place fits, the latest first.
      const fitting: number[] = [];
      for (const m of [...meetings].reverse()) {
        if (m.participants.some((p) => p.kind === "group") || principals(m).length !== 2 || !principals(m).includes(visitor)) continue;
        const other = principals(m).find((p) => p !== visitor)!;
        const samePlace = visit.to !== undefined && m.place !== undefined && fold(m.place) === fold(visit.to);
        const fits = (country !== undefined && ctx.countries?.[other] === country) || samePlace || (visit.to === undefined && visit.previous);
        // No one else named in the visit's own words: "a visit Varan paid to Tarsk", not "Varan's visit with Orvane to Tarsk".
        const crowded = refs.some((r) => r.person !== visitor && r.person !== other && r.first >= from && r.first < end);
        if (fits && !crowded && !fitting.includes(other)) fitting.push(other);
      }
      // The one such side, the one of them the sentence names, or the pair's "previous trip": not the latest of two
      // compatriots the visitor met ("recalled Varan's visit to Tarsk in 2018", Varan having met two Orvanians).
      const named = fitting.filter((o) => refs.some((r) => r.person === o));
      host = fitting.length === 1 || visit.previous ? fitting[0] : named.length === 1 ? named[0] : undefined;
    }
    if (host === undefined) continue;
    const map = splitClauses(sent.words);
    // "an invitation from Telu for Varan to visit Veldia, which Varan accepted": a visit to come, of no day the invitation does not give.
    // ("covered preparations for Varan's visit to Veldia": a visit prepared for is still to come)
    const prepared = sent.words.slice(Math.max(0, visit.cue - 5), visit.cue).some((w, n, before) => /^(?:preparations?|preparing)$/.test(w.lower) && before[n + 1]?.lower === "for");
    const status = visit.invited || prepared || isPlanned(sent.words, map, visit.cue, sent.words[visit.cue]!.pos !== "VERB") ? "planned" : undefined;
    // (a visit to come on "4-5 March" falls on the next such days, not the last)
    const read = readOwnDate(sent, ctx, si, false, visit.cue, undefined, status === "planned");
    // A date of another clause dates another event: "Varan, who took office on 2 May, paid a visit to Veldia".
    const date = read && sent.entities.some((e) => e.type === "DATE" && e.text === read.text && map.of[e.first] !== map.of[visit.cue]) ? undefined : read;
    const undated = (m: LocalMeeting): boolean => m.date === undefined || m.date.basis === "dateline" || m.date.basis === "publication";
    const before = date !== undefined && monthsBefore(date, ctx.published) >= 2;
    // A visit spans days: "arrived on Friday for a two-day visit, his first trip to Veldia" is the story's visit, not
    // another meeting; only another month (or year), a date months back, or another status sets it apart.
    const apart = (m: LocalMeeting): boolean => datesApart(monthOnly(m.date), monthOnly(date)) || (before && undated(m)) || m.status !== status;
    const pair = [visitor, host];
    const told = meetings.filter((m) => principals(m).length === 2 && pair.every((p) => principals(m).includes(p)));
    if (told.some((m) => !apart(m))) continue;
    const meeting: LocalMeeting = { kind: "meeting", rule: PAIR_VISIT, participants: pair.map((person) => ({ kind: "person" as const, person })), sentences: [si] };
    if (status) meeting.status = status;
    if (date && !(visit.invited && !ownWords(sent.words, visit.cue).includes(date.text))) meeting.date = date;
    if (visit.invited) meeting.otherTime = true;
    if (visit.to && countryOfCity(visit.to)) {
      meeting.place = visit.to;
      meeting.placeBasis = "sentence";
      readVenue(sent.text, meeting);
    } else if (!visit.invited) placeInSentence(meeting, sent, ctx, visit.cue);
    meetings.push(meeting);
    added = true;
  }
  return added;
}

/** "which Varan accepted", "accepted the invitation": an invitation taken up. */
const ACCEPTED = /\baccept(?:s|ed|ing)?\b/i;

/** A date without its day: the month a visit of several days falls in. */
function monthOnly(d: PartialDate | undefined): PartialDate | undefined {
  if (!d) return undefined;
  const { day: _day, ...month } = d;
  return month;
}

/**
 * A meeting of two people, no group, whose two people are exactly those the sentence's refs name; with `one`, a
 * sentence naming one of them only (one name alone leaves "the two" unsure but for the story's pair, see addPairAgain).
 */
function isPairOf(m: LocalMeeting, refs: readonly PersonRef[], one = false): boolean {
  const people = m.participants.flatMap((p) => (p.kind === "person" && p.role !== "present" ? [p.person] : []));
  const named = new Set(refs.map((r) => r.person));
  if (people.length !== 2 || m.participants.length !== 2) return false;
  return one ? named.size === 1 && people.some((p) => named.has(p)) : named.size === 2 && people.every((p) => named.has(p));
}

/** Words by which a sentence goes on with the story told before it: "also", "then", "later", "the same day", "during the visit", "separately". */
const GOES_ON = /\b(?:also|then|later|earlier|afterwards|subsequently|separately|same|before|after|while|during (?:the|that|this|his|her|their) (?:visit|stay|trip|tour))\b/i;

/** Words that set a contact apart from one told before on the same day: "Earlier that day", "Later in the day", "The same day". */
const SEQUENCE = /\b(?:earlier|later) (?:that|in the|on the same) day\b|\b(?:the|on the) (?:same|previous|following) day\b|\bthe day before\b/i;

/** A contact named as one told before: "the conversation", "this meeting". */
const BACK_NOUN = /\b(?:the|this|that) (?:conversation|call|meeting|talks|discussion)\b/gi;
/** Words that set the contact a sentence tells before or after the one it names: "before the meeting", "ahead of the talks". */
const SEQUENCED = /\b(?:before|after|ahead of|following|prior to|since|preparing|prepare|to prepare(?: for)?)\s*$/i;

/** How many sentences after a group's contact its people may be named. */
const GROUP_NAMED_WITHIN = 2;

/**
 * "accepted the credentials of the new ambassadors of A and B. … received the letters of credence
 * of X, A's Ambassador, and of Y": a group whose people the next sentences name, in contacts of
 * the same kind with the same person, is those contacts, not one more.
 */
function dropNamedGroups(meetings: LocalMeeting[], ctx: MeetingContext): void {
  const principals = (m: LocalMeeting): number[] => m.participants.flatMap((p) => (p.kind === "person" && p.role !== "present" ? [p.person] : []));
  // "rich discussions with the foreign ministers of Veldia, Orvane and Aldor. He also met his Tarsian counterpart, Y": one
  // of another country than those the group names is no member of it (read31 x207, check11 k102).
  const member = (group: LocalMeeting, person: number): boolean => {
    const countries = group.participants.flatMap((p) => (p.kind === "group" ? findCountries(p.name).filter((c) => c.kind === "name").map((c) => c.country) : []));
    const country = ctx.countries?.[person];
    return countries.length === 0 || country === undefined || countries.includes(country);
  };
  for (let n = meetings.length - 1; n >= 0; n--) {
    const group = meetings[n]!;
    const agents = principals(group);
    if (agents.length !== 1 || !group.participants.some((p) => p.kind === "group")) continue;
    const start = Math.min(...group.sentences);
    const named = meetings.filter((m) => m !== group && m.kind === group.kind && m.status === group.status && principals(m).length >= 2 && principals(m).includes(agents[0]!) && principals(m).every((p) => p === agents[0] || member(group, p)) && Math.min(...m.sentences) > start && Math.min(...m.sentences) <= start + GROUP_NAMED_WITHIN);
    if (named.length === 0) continue;
    for (const si of group.sentences) if (!named[0]!.sentences.includes(si)) named[0]!.sentences.push(si);
    named[0]!.sentences.sort((a, b) => a - b);
    meetings.splice(n, 1);
  }
}

/**
 * "X received a senior delegation from Tarsk at the palace. The Veldian team was headed by A, B and C": a group's contact whose
 * heads the next sentence names is a contact with them (see group-heads.ts); not when the heads are the other side's own ("X
 * received the delegation. The Orvanian side was led by X's deputy") nor of another country than the group's.
 */
function nameGroupHeads(meetings: LocalMeeting[], ctx: MeetingContext): void {
  for (let n = meetings.length - 1; n >= 0; n--) {
    const m = meetings[n]!;
    const groups = m.participants.filter((p): p is Extract<LocalParticipant, { kind: "group" }> => p.kind === "group");
    const agents = principalsOf(m);
    if (groups.length !== 1 || agents.length === 0) continue;
    const next = Math.min(...m.sentences) + 1;
    const sent = ctx.sents[next];
    const party = sent && !sent.title ? partyHeads(sent.words, ctx.refs[next] ?? []) : undefined;
    if (!party || party.heads.some((h) => agents.includes(h.person))) continue;
    const group = groups[0]!;
    const groupCountry = group.country ?? findCountries(group.name).map((c) => c.country)[0];
    if (party.country && (agents.some((a) => ctx.countries?.[a] === party.country) || (groupCountry && groupCountry !== party.country))) continue;
    m.participants = [...m.participants.filter((p) => p !== group), ...[...new Set(party.heads.map((h) => h.person))].map((person) => ({ kind: "person" as const, person }))];
    if (!m.sentences.includes(next)) m.sentences.push(next);
    m.sentences.sort((a, b) => a - b);
    const same = meetings.find((o) => o !== m && sameParticipants(o, m));
    if (same) {
      for (const si of m.sentences) if (!same.sentences.includes(si)) same.sentences.push(si);
      same.sentences.sort((a, b) => a - b);
      meetings.splice(n, 1);
    }
  }
}

/** Adds a detected meeting, or merges it into the article's meeting of the same people; returns it. */
function addMeeting(meetings: LocalMeeting[], found: LocalMeeting, sent: Sent, si: number, ctx: MeetingContext): LocalMeeting {
  const published = ctx.published;
  // "Earlier that day, X welcomed Y at the airport": another contact of the pair than the talks told before; a call is never a meeting in person.
  const another = SEQUENCE.test(sent.text);
  // "used the conversation with Y to …" points back to the contact told before, whatever its manner; "spoke by telephone
  // with Y before the meeting" sets the call before it, another contact.
  const pointsBack = [...sent.text.matchAll(BACK_NOUN)].some((m) => !SEQUENCED.test(sent.text.slice(0, m.index)));
  // "In March last year Varan paid a state visit, when Telu greeted him": a contact dated months before the article is another than its undated one.
  // So is one dated only by an earlier month than the article's ("Halvik and Orvel held talks in Tarsk last month").
  const earlierOf = (d: PartialDate | undefined): boolean => d !== undefined && (monthsBefore(d, published) >= 2 || (d.day === undefined && monthsBefore(d, published) >= 1));
  const undated = (d: PartialDate | undefined): boolean => d === undefined || d.basis === "dateline" || d.basis === "publication";
  // "Varan left Tarsk this morning. Telu saw him off at the airport. … On Saturday, Telu received Varan": a meeting its own
  // sentence leaves undated is on the day the sentence before it gives its people, another than the other's.
  // "Varan was received at the airport by Telu. … Telu hosted a banquet in his honour": occasions of the visit the text tells apart.
  const otherSetting = (m: LocalMeeting): boolean => m.setting !== undefined && found.setting !== undefined && m.setting !== found.setting && !m.sentences.includes(si);
  // "The trip was agreed earlier this month, when X and Y met on the margins of a forum in Budapest" after their talks in
  // Skopje: a contact its own sentence places in another country than the meeting's is another meeting, unless it names that one.
  const foundAt = ownPlace(found, sent.text);
  const elsewhere = (m: LocalMeeting): boolean => !pointsBack && placedApart(m, foundAt);
  const mergeable = (m: LocalMeeting): boolean => m.status === found.status && !otherSetting(m) && !elsewhere(m) && !otherDay(dayOf(m, ctx), dayOf(found, ctx, si)) && !(earlierOf(found.date) && undated(m.date)) && !(earlierOf(m.date) && undated(found.date)) && !another && (pointsBack || (m.kind === "call") === (found.kind === "call"));
  // "X, Y and Z held trilateral talks. … X also held a bilateral meeting with Y": a telling that counts its sides is another meeting.
  const counted = countedSides(sent.text, principalsOf(found).length);
  const same = meetings.find((m) => sameParticipants(m, found) && mergeable(m)) ?? meetings.find((m) => mergeable(m) && sameEvent(m, found) && (counted === undefined || counted === principalsOf(m).length));
  if (same) {
    if (!same.sentences.includes(si)) same.sentences.push(si);
    // A date the text states for the meeting over one that only falls back on the publication day.
    if (!same.date || (same.date.basis === "publication" && found.date && found.date.basis !== "publication")) same.date = found.date;
    // … and the day a later telling gives within the month (or week) the first told ("will hold talks next week with Y. … is due to meet Y on Tuesday").
    else same.date = finerDay(same.date, found.date, published) ?? same.date;
    for (const p of found.participants) if (!same.participants.some((q) => samePart(p, q))) same.participants.push(p);
    // … and the venue a later telling names ("X said goodbye to Y. Receiving the envoy at the State House, X …")
    if (!same.venue && found.venue) same.venue = found.venue;
    return same;
  }
  const people = (m: LocalMeeting): number[] => m.participants.flatMap((p) => (p.kind === "person" ? [p.person] : []));
  // … unless the two are of days the text tells apart ("will meet B in Lyon on Monday"; "met C at the end of last year": not in Lyon).
  // A meeting months back ("was held in Tarsk in March 2019, when Varan received Telu") lends its place to no undated one.
  // The meeting told just before it is the one it goes on with: past one its sentence placed nowhere ("On Saturday he called on Y")
  // the story may have moved on ("stopped over in Tarsk, where he met A. … On arrival in Orvane … He also called on B").
  const toldBefore = [...meetings].reverse().find((m) => !ASIDES.has(m.rule) && m.kind !== "call" && people(m).some((p) => people(found).includes(p)) && !otherDay(m.date, found.date) && !(earlierOf(m.date) && undated(found.date)));
  const previous = toldBefore?.placeBasis === "sentence" ? toldBefore : undefined;
  // "also met" continues the story; "X, who also holds the tourism portfolio, met Y" does not: an "also" of a relative clause is the person's.
  const clauses = splitClauses(sent.words);
  const also = sent.words.some((w, k) => w.lower === "also" && clauses.clauses[clauses.of[k] ?? 0]?.kind !== "relative");
  // A meeting with no place of its own took place where the article's earlier one did ("also met"): surely so when its
  // sentence goes on with that story ("also", "later", "the same day", "during the visit") in the same manner (held, or to
  // come); else ("On the first day he held talks with Y", "is due to call on Y") it may be of another stop or time, and the
  // place stands only for whose country the hosts are.
  // "Varan landed in Tarsk on Sunday … The two ministers held talks …": an arrival told after the meeting before moves the story.
  const arrived = found.placeBasis !== "sentence" && !found.fromQuote ? (arrivalBefore(ctx.sents, ctx.refs, si, people(found)) ?? stopBefore(ctx.sents, si)) : undefined;
  // (not a meeting on a day before it: "flew to Tarsk on Friday … On Thursday he held talks with Y")
  const arrivalDay = arrived ? readOwnDate(ctx.sents[arrived.at]!, ctx, arrived.at) : undefined;
  const dayBefore = arrivalDay?.day !== undefined && found.date?.day !== undefined && found.date.basis !== "publication" && found.date.basis !== "dateline" && daysBetween(found.date, arrivalDay) > 0;
  if (arrived && !dayBefore && (!toldBefore || Math.min(...toldBefore.sentences) < arrived.at)) {
    found.place = arrived.place;
    found.placeBasis = "context";
  } else if (previous && found.placeBasis !== "sentence" && !found.fromQuote) {
    found.place = previous.place;
    found.placeBasis = "context";
    if (previous.status !== found.status || !GOES_ON.test(sent.text)) found.placeLoose = true;
  }
  // "also met" takes the day of the latest meeting in the same manner: a call's day is not a visit's, a meeting held's not one planned.
  // … never a meeting months back that the text recalls ("had also met on 19 September last year … While in Tarsk, X also met Y").
  // … and only when that meeting has a day of its own: "X also met Y" after talks told undated ("the centrepiece of the visit was …")
  // goes on with the visit, not with the day of a meeting told before those talks.
  const latest = [...meetings].reverse().find((m) => !ASIDES.has(m.rule) && (m.kind === "call") === (found.kind === "call") && m.status === found.status && !earlierOf(m.date));
  const dated = latest?.date && latest.date.basis !== "publication" ? latest : undefined;
  if (dated?.date && also && (!found.date || found.date.basis === "publication")) found.date = dated.date;
  meetings.push(found);
  return found;
}

type Detected = LocalMeeting | LocalMeeting[] | { present: number[]; kind?: Meeting["kind"] } | undefined;

function detect(sent: Sent, refs: PersonRef[], ctx: MeetingContext, si: number): Detected {
  if (refs.length === 0) return undefined;
  const present = readPresent(sent, refs);
  // "Y also attended the meeting with X": a sentence about attending reports no contact of its own.
  if (present && !present.beside) return present;
  const found: LocalMeeting[] = [];
  const next = ctx.sents[si + 1];
  const previous = ctx.sents[si - 1];
  const principal = sent.quote === undefined ? ctx.principals?.[si] : undefined;
  const party = sent.quote === undefined ? partyBefore(ctx, si) : undefined;
  for (const hit of matchFrames(sent, refs, { ...(previous ? { previous } : {}), ...(next ? { next, nextRefs: ctx.refs[si + 1] ?? [] } : {}), ...(principal !== undefined ? { principal } : {}), ...(party ? { party } : {}) })) {
    const agents = unique(hit.agents.map((r) => r.person));
    const others = unique(hit.counterparts.map((r) => r.person));
    const side = (one: number[], many: number[]): number[] => unique(hit.frame.envoyFirst ? [...many, ...one] : [...one, ...many]);
    if (hit.open) {
      // "… of four ambassadors. The four are A, B, C and D": one contact with each person the list names.
      const known = new Set([...agents, ...others]);
      let listed = readEnumeration(ctx.sents, ctx.refs, si, hit.open, known);
      // "… received the letters of credence of six ambassadors", each envoy then told on their own: the article's envoys, as many as announced.
      if (listed.length === 0 && hit.kind === "credentials" && hit.open.count !== undefined && ctx.offices) listed = readEnvoyCohort({ refs: ctx.refs, offices: ctx.offices, ...(ctx.byOffice ? { byOffice: ctx.byOffice } : {}), ...(ctx.countries ? { countries: ctx.countries } : {}) }, hit.open.count, known);
      const each = hit.open.side === "agent" ? listed.map((p) => unique([p, ...others])) : listed.map((p) => side(agents, [p]));
      for (const people of each) if (people.length >= 2) found.push({ ...build({ ...hit, groups: [] }, people, [], sent, ctx, si), rule: `${hit.frame.id}+list` });
      if (listed.length > 0 || hit.groups.length === 0) continue;
    }
    // "each held talks with X", "called on X and Y": one contact per person of the longer side, when the other side is there;
    // "met President A and Speaker B", "was received by President A and Prime Minister B": a visitor's calls, one each.
    const each = hit.each || separateCalls(hit.frame.id, sent, hit.agents, hit.counterparts, ctx);
    const sides =
      each && others.length > 1 && agents.length > 0 ? others.map((o) => side(agents, [o]))
      : each && agents.length > 1 && others.length > 0 ? agents.map((a) => side([a], others))
      : [side(agents, others)];
    // "held bilateral meetings with the foreign ministers of A and B": one contact with each holder, the article's person of that post and country where it names one.
    if (hit.each && hit.groups.length > 1 && hit.groups.every((g) => g.office) && agents.length > 0) {
      for (const g of hit.groups) {
        const holder = holderOf(g, ctx, agents);
        const people = holder === undefined ? side(agents, []) : side(agents, [holder]);
        if (people.length + (holder === undefined ? 1 : 0) >= 2) found.push(build(hit, people, holder === undefined ? [{ kind: "group", name: g.name, ...(g.country ? { country: g.country } : {}) }] : [], sent, ctx, si));
      }
      continue;
    }
    for (const people of sides) if (people.length + hit.groups.length >= 2) found.push(build(hit, people, hit.groups, sent, ctx, si));
  }
  if (found.length === 0 && !present) {
    const heads = headsOfDelegations(sent, ctx, si);
    if (heads) found.push(heads);
  }
  if (!present) return found.length ? found : undefined;
  // "In the presence of Z, X received Y": the contact the sentence reports, Z present at it; with none, Z joins the latest.
  const sides = new Set(found.flatMap((m) => m.participants.flatMap((p) => (p.kind === "person" ? [p.person] : []))));
  const beside = present.present.filter((p) => !sides.has(p));
  if (found.length === 0) return { present: present.present };
  for (const m of found) for (const person of beside) m.participants.push({ kind: "person", person, role: "present" });
  return found;
}

/**
 * "Varan headed the Veldian side, while Orvania's team was led by Telu": the talks of two delegations' heads (see
 * delegation-heads.ts), dated and placed by their own sentence, else by the sentence before that tells the round.
 */
function headsOfDelegations(sent: Sent, ctx: MeetingContext, si: number): LocalMeeting | undefined {
  const told = headsContact(ctx.sents, ctx.refs, si);
  if (!told) return undefined;
  const cue = told.heads[0]!.cue;
  const meeting: LocalMeeting = { kind: "talks", rule: "delegation-heads", participants: told.heads.map((h) => ({ kind: "person" as const, person: h.person })), sentences: [...told.sentences] };
  if (isPlanned(sent.words, splitClauses(sent.words), cue, false)) meeting.status = "planned";
  const round = told.round ? { sent: ctx.sents[told.round.si]!, ...told.round } : undefined;
  const own = readOwnDate(sent, ctx, si, true, cue);
  const roundDate = !own && round ? readOwnDate(round.sent, ctx, round.si, true, round.cue) : undefined;
  const date = own ?? roundDate ?? readMeetingDate(sent, ctx, si, cue);
  if (date) meeting.date = date;
  placeInSentence(meeting, sent, ctx, cue);
  const placedBySentence = meeting.placeBasis === "sentence";
  if (round && !placedBySentence) placeInSentence(meeting, round.sent, ctx, round.cue);
  // "The round took place in Tarsk on Saturday.": the sentence that gave the day or the place is the meeting's too.
  if (round && (roundDate || (!placedBySentence && meeting.placeBasis === "sentence"))) meeting.sentences.unshift(round.si);
  return meeting;
}

/**
 * The article's one person who holds an office of a group's post and country ("Foreign Minister of Norway": "the
 * Norwegian Foreign Minister, A"), else its one person of that country at all, not one of the contact's other side.
 */
function holderOf(group: FrameGroup, ctx: MeetingContext, others: number[]): number | undefined {
  const countries = ctx.countries ?? [];
  const people = countries.flatMap((c, i) => (c === group.country && !others.includes(i) && !ctx.byOffice?.[i] ? [i] : []));
  const holders = people.filter((i) => (ctx.offices?.[i] ?? []).some((o) => compatibleOffices(o.title, group.office ?? "")));
  if (holders.length === 1) return holders[0];
  return holders.length === 0 && people.length === 1 ? people[0] : undefined;
}

/** The contact a guest sits in on ("sat in on the palace meeting", "… on the session"). */
const SITTING_AT = /^(?:meeting|talks|consultations?|audience|session|discussions?|call)$/;

/** "Y also attended the meeting", "also present were Y and Z", "accompanied by Y": present at the article's latest meeting. */
function readPresent(sent: Sent, refs: PersonRef[]): { present: number[]; beside?: boolean; kind?: Meeting["kind"] } | undefined {
  const lower = sent.words.map((w) => w.lower);
  // "At the Orvane talks the minister was accompanied by A; by B; and by C": those with one side at a contact the sentence
  // opens on, present at it (of the kind it names, when its side had several).
  const opening = /^(?:at|during|in)$/.test(lower[0] ?? "") ? lower.findIndex((w, k) => k < 8 && /^(?:meeting|talks|consultations?|audience)$/.test(w)) : -1;
  const accompanied = opening > 0 ? lower.findIndex((w, k) => k > opening && w === "accompanied" && lower[k + 1] === "by") : -1;
  if (accompanied > 0) {
    const after = refs.filter((r) => r.first > accompanied + 1);
    if (after.length > 0) return { present: unique(after.map((r) => r.person)), kind: lower[opening] === "talks" ? "talks" : "meeting" };
  }
  for (let i = 0; i < lower.length; i++) {
    // "sat in on the talks with …", "sat in on the palace meeting", "sat in on the session": present at a contact, not a side of it;
    // "The ambassador, Y, sat in, as did Z": Y and Z (the ones after "as did" too).
    const sitting = /^(?:sat|sit|sits|sitting)$/.test(lower[i]!) && lower[i + 1] === "in";
    const satIn = sitting && lower[i + 2] === "on" && lower.slice(i + 3, i + 7).some((w) => SITTING_AT.test(w));
    if (sitting && !satIn && /^(?:,|\.|;|as|too)$/.test(lower[i + 2] ?? ".")) {
      const asDid = lower[i + 3] === "as" && lower[i + 4] === "did" ? i + 4 : lower[i + 2] === "as" && lower[i + 3] === "did" ? i + 3 : -1;
      const present = refs.filter((r) => r.last < i || (asDid > 0 && r.first > asDid));
      if (present.length > 0) return { present: unique(present.map((r) => r.person)) };
    }
    // "Varan was joined at the meeting by Y and Z", "who was joined by Y", "the two ministers were joined by their deputies":
    // those after "by" keep company at the contact just told.
    if (lower[i] === "joined" && /^(?:was|were|is|are|been)$/.test(lower[i - 1] ?? "")) {
      const by = lower.findIndex((w, k) => k > i && k <= i + 5 && w === "by");
      const after = by > 0 ? refs.filter((r) => r.first > by) : [];
      // (beside a contact the sentence may tell itself: "… went on to meet Y, who was joined by Z")
      if (after.length > 0) return { present: unique(after.map((r) => r.person)), beside: true };
    }
    const attended = satIn || (PRESENT_VERBS.has(lower[i]!) && /^(?:meeting|talks|consultations?|audience|ceremony|call)$/.test(lower[i + 2] ?? lower[i + 1] ?? ""));
    const presentAt = lower[i] === "present" && lower[i + 1] === "at" && /^(?:meeting|talks|consultations?|audience|ceremony)$/.test(lower[i + 3] ?? "");
    if (attended || presentAt) {
      const before = refs.filter((r) => r.last < i);
      if (before.length > 0) return { present: unique(before.map((r) => r.person)) };
    }
    // "The meeting was attended by Y", "Also present were Y and Z", "in the presence of Y"
    const attendedBy = lower[i] === "attended" && lower[i + 1] === "by" && /^(?:meeting|talks|consultations?|audience|ceremony)$/.test(lower[i - 2] ?? "");
    const alsoPresent = lower[i] === "present" && lower[i - 1] === "also" && /^(?:were|was)$/.test(lower[i + 1] ?? lower[i - 2] ?? "");
    const presence = lower[i] === "presence" && lower[i + 1] === "of";
    if (attendedBy || alsoPresent || presence) {
      const after = refs.filter((r) => r.first > i);
      // "in the presence of Z" is a phrase beside the clause that may report the contact itself.
      if (after.length > 0) return { present: unique(after.map((r) => r.person)), ...(presence ? { beside: true } : {}) };
    }
  }
  return undefined;
}

function build(hit: FrameHit, people: number[], groups: FrameGroup[], sent: Sent, ctx: MeetingContext, si: number): LocalMeeting {
  const cue = hit.cue;
  const meeting: LocalMeeting = {
    kind: hit.kind,
    rule: hit.frame.id,
    participants: [...people.map((person) => ({ kind: "person" as const, person })), ...groups],
    sentences: [si],
  };
  if (hit.frame.fallback) meeting.fallback = true;
  if (hit.status === "planned") meeting.status = "planned";
  const clauses = splitClauses(sent.words);
  meeting.setting = occasionOf(sent.words, hit.frame.id, (k) => clauses.of[k] === clauses.of[cue]);
  if (sent.quote !== undefined) meeting.fromQuote = true;
  // One counterpart of a list ("on Tuesday with A, and on Wednesday with B") takes the date of its own part of it.
  const mine = hit.counterparts.findIndex((r) => people.includes(r.person) && !hit.agents.some((a) => a.person === r.person));
  const single = hit.counterparts.filter((r) => people.includes(r.person)).length === 1;
  const part = single && mine >= 0 ? counterpartPart(sent.words, hit.counterparts, mine) : undefined;
  // "… visited Tarsk on Sunday, nine months after the two ministers first held talks": a contact of another time, dated by its own clause only.
  const otherTime = otherTimeClause(sent.words, cue);
  // "A year later, Varan called on Telu": the whole sentence is of another time, dated by its own words or not at all.
  const opensOther = otherTime === undefined && opensOnOtherTime(sent.words, cue);
  // (a contact the frame read as planned counts its weekday forward: "Varan's schedule for Saturday includes … talks with Y")
  const read = otherTime === undefined && !opensOther ? readMeetingDate(sent, ctx, si, cue, part, hit.status === "planned") : readOwnDate(sent, ctx, si, false, cue);
  const told = otherTime === undefined || (read && read.basis !== "publication" && ownWords(sent.words, otherTime).includes(read.text)) ? read : undefined;
  // "paid an official visit … on 26 and 27 September, at the invitation of Y": the host receives the visitor on some day of the visit, its month
  const date = told && hit.frame.kind === "visit" ? spanMonth(told) : told;
  if (otherTime !== undefined || opensOther) meeting.otherTime = true;
  if (date) meeting.date = date;
  const occasion = /\b(?:on|at) the (?:sidelines|margins) of (?:the )?[^,;]+|\bduring (?:the|his|her|their|an?) (?:official |state |working )?visit to [^,.;]+|\bwithin the framework of [^,.;]+/i.exec(sent.text);
  if (occasion) meeting.occasion = trimOccasion(occasion[0].replace(/^(?:on|at|during|within) /i, "").replace(/\.$/, ""));
  placeInSentence(meeting, sent, ctx, cue);
  return meeting;
}

/** The words of a sentence from `from` on, as one text. */
const ownWords = (words: Word[], from: number): string => words.slice(from).map((w) => w.text).join(" ");

/** A meeting's place and venue as its sentence gives them (or the sentence before, for one opening on "There"), else the dateline's (outside a quote). */
function placeInSentence(meeting: LocalMeeting, sent: Sent, ctx: MeetingContext, cue: number): void {
  const place =
    // (a contact to come is where its plan puts it: "Talks are planned in Kelm with A", exchange63 x944)
    openingPlace(sent.words, cue) ?? readPlace(sent.words, cue, meeting.status === "planned") ?? heldPlace(sent.words, cue) ?? frontedPlace(sent, cue) ?? placeOfThere(sent.words, cue) ?? placeOfJourney(sent.words, cue) ?? placeOfOccasion(sent.words, cue) ?? placeOfThereBefore(sent.words, ctx.sents[sent.index - 1]);
  if (place) {
    meeting.place = place;
    meeting.placeBasis = "sentence";
  } else if (ctx.datelinePlace && sent.quote === undefined && !journeyAway(sent.words, cue, ctx.datelinePlace)) {
    meeting.place = ctx.datelinePlace;
    meeting.placeBasis = "dateline";
  }
  readVenue(sent.text, meeting);
}

/** "the meeting between A and B, held late on Wednesday in Tarsk": the place its own ", held …" gives. */
function heldPlace(words: Word[], cue: number): string | undefined {
  const held = heldAfterContact(words, cue);
  return held >= 0 ? readPlace(words, held) : undefined;
}

/** Words that open a phrase set before the clause: "At the forum, held in Tarsk, X met Y", "On the sidelines of the summit in Tarsk, X met Y". */
const FRONTED = /^(?:at|in|on|during|while|after|following|before|ahead)$/;

/** The place of a phrase set before the meeting's clause ("At the last summit, held in Tarsk in May, X met Y"): where that meeting was. */
function frontedPlace(sent: Sent, cue: number): string | undefined {
  const start = sent.words.findIndex((w) => w.pos !== "PUNCT");
  if (!FRONTED.test(sent.words[start]?.lower ?? "") || !sent.words.slice(start, cue).some((w) => w.text === ",")) return undefined;
  const comma = sent.words.slice(0, cue).map((w) => w.text).lastIndexOf(",");
  return readPlace(sent.words.slice(0, comma), start);
}

/** "the sidelines of the BRICS summit in Kazan on October 23" → "the sidelines of the BRICS summit": the place and date are the meeting's own. */
function trimOccasion(occasion: string): string {
  return occasion
    .replace(/\s+on\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b).*$/i, "")
    .replace(/\s+in\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)$/u, (all, place: string) => (findCountries(place).some((c) => c.text === place) ? "" : all));
}

const unique = (xs: number[]): number[] => [...new Set(xs)];

/**
 * Two dates the sentences state, which cannot be one day: "co-chaired the fifth round in May 2024"
 * is another meeting than "received him on Wednesday". A date read from the dateline or the
 * publication stands for no day of its own.
 */
function otherDay(a: PartialDate | undefined, b: PartialDate | undefined): boolean {
  const stated = (d: PartialDate | undefined): d is PartialDate => d !== undefined && (d.basis === "explicit" || d.basis === "relative");
  if (!stated(a) || !stated(b)) return false;
  // (two days of an article with no year anywhere keep none: "on Wednesday" and "On Monday, May 12" are two
  // calls all the same, heldout48 x510)
  if (a.year === undefined || b.year === undefined) return a.year === undefined && b.year === undefined && a.month !== undefined && b.month !== undefined && a.day !== undefined && b.day !== undefined && (a.month !== b.month || a.day !== b.day);
  return a.year !== b.year || (a.month !== undefined && b.month !== undefined && (a.month !== b.month || (a.day !== undefined && b.day !== undefined && a.day !== b.day)));
}

/** Whether two dates the text states are of another year, or of another month of one year ("June 2022" and "Friday" of a September story). */
function otherMonth(a: PartialDate | undefined, b: PartialDate | undefined): boolean {
  return a?.year !== undefined && b?.year !== undefined && (a.year !== b.year || (a.month !== undefined && b.month !== undefined && a.month !== b.month));
}

/**
 * Whether a meeting placed by its sentence or the dateline is in another country than `place` (a city, or a country
 * named): then never one meeting with it. Unknown places tell nothing.
 */
function placedApart(m: LocalMeeting, place: string | undefined): boolean {
  if (m.placeBasis !== "sentence" && m.placeBasis !== "dateline") return false;
  const [ca, cb] = [m.place && placeCountry(m.place), place && placeCountry(place)];
  return !!ca && !!cb && ca !== cb;
}

/** Words that set what follows at another time than the sentence's contact: "ahead of the talks in Dili", "before flying to Tarsk". */
const ANOTHER_TIME = /\b(?:ahead of|before|after|following|prior to|until|on (?:his|her|their|the) way to|en route to)\b/i;

/**
 * The place a sentence's contact is in, when its sentence tells it (`placeBasis` "sentence") and no word before it sets it at
 * another time ("welcomed the minister during his transit, ahead of the engagements in Dili": not Dili); else undefined.
 */
function ownPlace(m: LocalMeeting, text: string): string | undefined {
  if (m.placeBasis !== "sentence" || !m.place) return undefined;
  const at = text.indexOf(m.place);
  return at >= 0 && !ANOTHER_TIME.test(text.slice(0, at)) ? m.place : undefined;
}

const WEEKDAY_ALONE = /^(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/**
 * The day a second telling of a meeting states, when the first told only the month or year that day lies in: "Varan called
 * on Telu and Orvel during a three-day stay, local media reported on Thursday. … He sat down with Telu on Wednesday evening";
 * "Varan will hold talks next week with Telu … Telu is due to meet Varan on Tuesday" (a weekday of the week the first told, so
 * read in that week). Undefined when the second gives no day, or one outside the first's month, or only the story's day.
 * @example finerDay({ year: 2021, month: 9, basis: "relative", text: "next week" }, { year: 2021, month: 9, day: 3, basis: "relative", text: "Friday" }, "2021-09-02") // { year: 2021, month: 9, day: 10, … }
 */
export function finerDay(coarse: PartialDate, fine: PartialDate | undefined, published: string | undefined): PartialDate | undefined {
  if (coarse.day !== undefined || fine?.day === undefined || (fine.basis !== "explicit" && fine.basis !== "relative")) return undefined;
  if (coarse.basis !== "explicit" && coarse.basis !== "relative") return undefined;
  if (coarse.month === undefined && coarse.year === undefined) return undefined;
  const week = RELATIVE_WEEK.exec(coarse.text);
  let day: PartialDate | undefined = fine;
  if (week) {
    // a weekday alone was read in the publication's own week: read it again in the week the first telling named
    day = WEEKDAY_ALONE.test(fine.text.trim()) && published ? parseDate(`${fine.text.replace(/^on /i, "")} ${week[0]}`, { published }) : undefined;
    if (day?.day === undefined) return undefined;
    day = { ...day, text: fine.text };
  }
  if (coarse.year !== undefined && day.year !== coarse.year) return undefined;
  if (coarse.month !== undefined && day.month !== coarse.month) return undefined;
  return day;
}

/**
 * The day a meeting's sentences state, else the day the sentence just before its first one states, when that
 * sentence's subject is one of its people ("Varan left Tarsk this morning. Telu saw him off at the airport": this
 * morning's); else its date as read. `first` is the sentence of a meeting not yet added.
 */
function dayOf(m: LocalMeeting, ctx: MeetingContext, first = Math.min(...m.sentences)): PartialDate | undefined {
  if (m.date && m.date.basis !== "publication" && m.date.basis !== "dateline") return m.date;
  const before = ctx.sents[first - 1];
  if (!before || before.title || before.quote !== undefined || ctx.sents[first]?.quote !== undefined) return m.date;
  const people = m.participants.flatMap((p) => (p.kind === "person" ? [p.person] : []));
  // … as its subject: the day "Telu had sent greetings to Varan on Sunday" gives is Telu's, not one of Varan's meetings.
  const verb = before.words.findIndex((w) => w.pos === "VERB" || w.pos === "AUX");
  if (!(ctx.refs[first - 1] ?? []).some((r) => people.includes(r.person) && r.last < verb)) return m.date;
  const told = readOwnDate(before, ctx, first - 1);
  return told?.day !== undefined && !speaksOfFuture(before.words) ? told : m.date;
}

/** How many months a date the sentence states lies before the publication day (0 when after it, unknown or not stated). */
function monthsBefore(d: PartialDate, published: string | undefined): number {
  const at = published ? /^(\d{4})-(\d{2})/.exec(published) : null;
  if (!at || (d.basis !== "explicit" && d.basis !== "relative") || d.year === undefined) return 0;
  const months = (Number(at[1]) * 12 + Number(at[2])) - (d.year * 12 + (d.month ?? 12));
  return Math.max(0, months);
}

const samePart = (p: LocalParticipant, q: LocalParticipant): boolean => (p.kind === "person" ? q.kind === "person" && q.person === p.person : q.kind === "group" && q.name === p.name);

/** A meeting's principals (not those only present). */
const principalsOf = (m: LocalMeeting): number[] => m.participants.flatMap((p) => (p.kind === "person" && p.role !== "present" ? [p.person] : []));

/** Words that count a contact's sides: "a bilateral meeting", "a separate meeting" (of the two it names), "trilateral talks". */
const SIDES: readonly [RegExp, number][] = [
  [/\b(?:bilateral|one-on-one|one-to-one|tete-a-tete|tête-à-tête|separate|separately)\b/i, 2],
  [/\b(?:trilateral|tripartite|three-way|three-party)\b/i, 3],
  [/\b(?:quadrilateral|four-way)\b/i, 4],
];

/**
 * How many sides a sentence's contact of `sides` people says it had, when a word counts them ("held a bilateral meeting with
 * Y", "a three-way meeting"): a meeting of another count is another meeting, not the same one told again. Undefined when no
 * word counts them, or one counts another number than the contact's own (a "bilateral agenda" of a meeting of three).
 */
function countedSides(text: string, sides: number): number | undefined {
  const counts = SIDES.filter(([words]) => words.test(text)).map(([, n]) => n);
  return counts.length === 1 && counts[0] === sides ? sides : undefined;
}

/** One meeting's people all in the other's, two of them at least: the same event told twice ("X and Y met Z"; "X met Z"). */
function sameEvent(a: LocalMeeting, b: LocalMeeting): boolean {
  const people = (m: LocalMeeting): number[] => m.participants.flatMap((p) => (p.kind === "person" && p.role !== "present" ? [p.person] : []));
  const [small, large] = people(a).length <= people(b).length ? [people(a), people(b)] : [people(b), people(a)];
  return small.length >= 2 && small.every((p) => large.includes(p)) && a.participants.length !== b.participants.length;
}

function sameParticipants(a: LocalMeeting, b: LocalMeeting): boolean {
  const key = (m: LocalMeeting): string =>
    m.participants
      .map((p) => (p.kind === "person" ? `p${p.person}` : `g${p.name}`))
      .sort()
      .join("|");
  return key(a) === key(b);
}

/**
 * Whether a date the text writes with its month ("May 14", "14 May 2019", not "on Monday", which a tense may have read a week
 * off) falls after the day an article was filed (`published`, "2019-05-07"): by day, or by month when it gives no day.
 */
function afterFiled(date: PartialDate | undefined, published: string): boolean {
  const [year, month, day] = published.split("-").map(Number) as [number, number, number];
  if (!date || (date.basis !== "explicit" && date.basis !== "relative") || !monthWritten(date.text) || date.year === undefined || date.month === undefined || !year || !month) return false;
  if (date.year !== year) return date.year > year;
  if (date.month !== month) return date.month > month;
  return date.day !== undefined && !!day && date.day > day;
}

/** Whether a date's words write its month, by name or by number ("May 14", "14.05.2019"). */
const monthWritten = (text: string): boolean => /\d{1,2}[./-]\d{1,2}/.test(text) || text.split(/[^\p{L}]+/u).some((w) => MONTHS.has(fold(w).replace(/\.$/, "")));
