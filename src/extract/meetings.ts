/**
 * @module Meetings of one article: who met whom (people, and the groups they met), when, where, on
 * what occasion, and the sentences that report it. A sentence naming two officials is a meeting only
 * when it says they met: "met (with)", "held talks with", "discussed with", "a meeting between",
 * "a consultation led by", or a pair as subject of "discussed" / "exchanged views".
 */
import type { PartialDate } from "../facts/types";
import { findCountries } from "../nlp/countries";
import { readMeetingDate, readPlace, readVenue } from "./meeting-setting";
import type { PersonRef } from "./people";
import { CUE_NOUNS, isCallOn, isCallToAction, isClauseBreak, isInsideClauseBefore, isPlanned, isPurpose, kindBetween, linkAfter } from "./meeting-cues";
import type { Sent, Word } from "./segment";

/** A participant before people are merged across articles: a local person index or a group. */
export type LocalParticipant = { kind: "person"; person: number; role?: "present" } | { kind: "group"; name: string; country?: string };

/** A meeting of one article, with local person indexes and sentence indexes. */
export interface LocalMeeting {
  kind: "meeting" | "talks" | "consultation" | "visit" | "call";
  participants: LocalParticipant[];
  date?: PartialDate;
  occasion?: string;
  place?: string;
  placeBasis?: "sentence" | "dateline" | "context";
  venue?: string;
  sentences: number[];
  fromQuote?: boolean;
}

/** What the meeting finder needs to know of the article. */
export interface MeetingContext {
  sents: Sent[];
  refs: PersonRef[][];
  published?: string;
  datelinePlace?: string;
  datelineDate?: PartialDate;
  /** Dates of embedded posts, by quote index. */
  quoteDates: (PartialDate | undefined)[];
}

const WITH_VERBS = new Set(["met", "meet", "meets", "meeting", "discussed", "discusses", "discuss", "held", "holds", "hold", "talked", "talks", "spoke", "speaks", "conferred", "confer", "confers", "consulted", "consult", "consults", "participated", "had", "has", "negotiated", "shook"]);
const OBJECT_VERBS = new Set(["received", "receives", "hosted", "hosts", "welcomed", "welcomes", "greeted", "greets", "visited"]);
const PAIR_VERBS = new Set(["met", "meet", "discussed", "discuss", "held", "exchanged", "talked", "conferred", "negotiated", "agreed", "signed", "reviewed", "spoke", "co-chaired", "chaired", "co-hosted", "attended"]);
const PRESENT_VERBS = new Set(["attended", "joined"]);
/** Groups a meeting is not with: "spoke with reporters", "met with journalists". */
const PRESS = /^(?:(?:local|foreign|international) )?(?:reporters|journalists|the press|press|media|the media|correspondents)\b/i;
const NEGATIONS = new Set(["not", "n't", "never", "no", "neither", "nor", "without"]);
const ANAPHORS = /\b(?:the|this|that) (?:meeting|talks|consultation|conversation|call)\b|\bthe (?:two )?(?:parties|sides)\b/i;
const COLLECTIVE = /\b(?:the (?:two |both )?(?:parties|sides|ministers|leaders|delegations|officials|presidents|diplomats)|both sides|the meeting participants|they|the two)\b|\bthe \p{Lu}[\p{L}-]* (?:side|delegation)\b/iu;

/**
 * Finds the meetings an article reports.
 * @example findMeetings(context).map((m) => m.participants.length) // [2, 2]
 */
export function findMeetings(ctx: MeetingContext): LocalMeeting[] {
  const meetings: LocalMeeting[] = [];
  let current: LocalMeeting | undefined;
  ctx.sents.forEach((sent, si) => {
    if (sent.title) return;
    const refs = ctx.refs[si] ?? [];
    const found = withSecondClause(detect(sent, refs, ctx, si), sent, refs, ctx, si);
    if (found && !Array.isArray(found) && "present" in found) {
      // "Y was also present at the meeting": the latest meeting of someone the sentence names, else the latest.
      const target = [...meetings].reverse().find((m) => m.participants.some((p) => p.kind === "person" && found.present.includes(p.person))) ?? current;
      if (!target) return;
      for (const person of found.present) {
        if (!target.participants.some((p) => p.kind === "person" && p.person === person)) target.participants.push({ kind: "person", person, role: "present" });
      }
      target.sentences.push(si);
      return;
    }
    if (found) {
      for (const one of Array.isArray(found) ? found : [found]) current = addMeeting(meetings, one, sent, si);
      return;
    }
    if (!current || sent.quote !== undefined) return;
    const peopleOf = (m: LocalMeeting): number[] => m.participants.flatMap((p) => (p.kind === "person" ? [p.person] : []));
    const allIn = (m: LocalMeeting): boolean => refs.length > 0 && refs.every((r) => peopleOf(m).includes(r.person));
    // "Jaishankar said …" after "Hayashi also called on Modi": the latest meeting of the people it names.
    const target = allIn(current) ? current : refs.length > 0 ? [...meetings].reverse().find(allIn) : undefined;
    if (target || (refs.length === 0 && COLLECTIVE.test(sent.text))) {
      (target ?? current).sentences.push(si);
      readVenue(sent.text, target ?? current);
    }
  });
  // An occasion stated once holds for the article's other undated meetings.
  const occasion = meetings.find((m) => m.occasion)?.occasion;
  for (const m of meetings) if (!m.date && !m.occasion && occasion) m.occasion = occasion;
  return meetings;
}

/** Adds a detected meeting, or merges it into the article's meeting of the same people; returns it. */
function addMeeting(meetings: LocalMeeting[], found: LocalMeeting, sent: Sent, si: number): LocalMeeting {
  const same = meetings.find((m) => sameParticipants(m, found));
  if (same) {
    if (!same.sentences.includes(si)) same.sentences.push(si);
    same.date ??= found.date;
    return same;
  }
  const people = (m: LocalMeeting): number[] => m.participants.flatMap((p) => (p.kind === "person" ? [p.person] : []));
  const previous = [...meetings].reverse().find((m) => m.placeBasis === "sentence" && people(m).some((p) => people(found).includes(p)));
  const also = sent.words.some((w) => w.lower === "also");
  // A meeting with no place of its own took place where the article's earlier one did ("also met").
  if (previous && found.placeBasis !== "sentence" && !found.fromQuote) {
    found.place = previous.place;
    found.placeBasis = "context";
  }
  // "also met" takes the day of the latest meeting in the same manner: a call's day is not a visit's.
  const dated = [...meetings].reverse().find((m) => m.date && m.date.basis !== "publication" && (m.kind === "call") === (found.kind === "call"));
  if (dated?.date && also && (!found.date || found.date.basis === "publication")) found.date = dated.date;
  meetings.push(found);
  return found;
}

type Detected = LocalMeeting | LocalMeeting[] | { present: number[] } | undefined;

/** "Fidan met X, while Sybiha later met Y" / "…; Y met Z": a second clause may report a meeting of its own. */
function withSecondClause(found: Detected, sent: Sent, refs: PersonRef[], ctx: MeetingContext, si: number): Detected {
  if (!found || (!Array.isArray(found) && "present" in found)) return found;
  const split = sent.words.findIndex((w, k) => w.text === ";" || (w.text === "," && /^(?:while|whereas)$/.test(sent.words[k + 1]?.lower ?? "")));
  if (split < 0) return found;
  const second = detect(sent, refs.filter((r) => r.first > split), ctx, si);
  if (!second || (!Array.isArray(second) && "present" in second)) return found;
  return [...(Array.isArray(found) ? found : [found]), ...(Array.isArray(second) ? second : [second])];
}

function detect(sent: Sent, refs: PersonRef[], ctx: MeetingContext, si: number): Detected {
  const words = sent.words;
  if (words.some((w) => NEGATIONS.has(w.lower))) return undefined;
  if (refs.length === 0) return undefined;
  const lower = words.map((w) => w.lower);
  const refAt = (from: number, to: number): PersonRef[] => refs.filter((r) => r.first >= from && r.last <= to);
  const clauseEnd = (from: number): number => {
    let k = from;
    while (k < words.length && !/^[.;]$/.test(words[k]!.text) && !(words[k]!.text === "," && isClauseBreak(words, k))) k++;
    return k;
  };

  // "Y also attended the meeting": present at the article's latest meeting.
  for (let i = 0; i < words.length; i++) {
    const present = PRESENT_VERBS.has(lower[i]!) || (lower[i] === "present" && lower[i + 1] === "at");
    const noun = lower[i] === "present" ? lower[i + 3] : lower[i + 2] ?? lower[i + 1];
    if (present && /^(?:meeting|talks|consultations?)$/.test(noun ?? "")) {
      const latest = refAt(0, i);
      if (latest.length > 0) return { present: unique(latest.map((r) => r.person)) };
    }
  }

  for (let i = 0; i < words.length; i++) {
    const w = lower[i]!;
    // "a meeting between X and Y", "a consultation led by X and Y", "talks between presidents @A and B"
    const kind = CUE_NOUNS.get(w);
    if (kind && (words[i]!.pos === "NOUN" || words[i]!.pos === "PROPN") && !isPurpose(lower, i)) {
      // "In a telephone conversation with X on Wednesday, Y discussed …": the subject follows the opening phrase.
      const opening = lower[i + 1] === "with" && refAt(0, i).length === 0 && /^(?:in|during|at)$/.test(lower[0] ?? "") ? lower.indexOf(",", i) : -1;
      if (opening > 0) {
        const partner = refAt(i + 2, opening)[0];
        const subject = refAt(opening + 1, clauseEnd(opening + 1))[0];
        if (partner && subject && partner.person !== subject.person && subject.first <= opening + 6) {
          return build(kindBetween(lower, 0, i + 1), [subject.person, partner.person], [], sent, ctx, si, i);
        }
      }
      const between = lower[i + 1] === "with" && i > 0 && refAt(0, i).length ? i + 2 : linkAfter(lower, i, clauseEnd(i));
      const verbBefore = words[i - 1]?.pos === "VERB" ? i - 1 : words[i - 2]?.pos === "VERB" && words[i - 1]?.pos === "DET" ? i - 2 : i;
      if (between > 0 && !isPlanned(lower, verbBefore)) {
        const after = refAt(between, clauseEnd(between));
        const before = lower[i + 1] === "with" ? refAt(0, i).slice(0, 1) : [];
        const people = unique([...before, ...after].map((r) => r.person));
        if (people.length >= 2) return build(kind, people, [], sent, ctx, si, i);
      }
    }
    // "X met (with) Y", "X held a meeting with Y", "X discussed with Y", "X participated in meetings with …"
    if (((WITH_VERBS.has(w) && words[i]!.pos !== "NOUN") || (/^(?:sat|sit|sits|sitting)$/.test(w) && lower[i + 1] === "down") || (w === "meetings" && lower[i - 1] === "in")) && !isPlanned(lower, i)) {
      const subject = refAt(0, i).filter((r) => !isInsideClauseBefore(words, r.last, i));
      if (subject.length === 0) continue;
      const end = clauseEnd(i);
      let withAt = -1;
      for (let k = i + 1; k < Math.min(end, i + 8); k++) if (lower[k] === "with") { withAt = k; break; }
      const direct = w === "met" || w === "meet" || w === "meets";
      const from = withAt >= 0 ? withAt + 1 : direct ? i + 1 : -1;
      if (from < 0) continue;
      const objects = refAt(from, end).filter((r) => !subject.some((s) => s.person === r.person));
      const cueKind = kindBetween(lower, i, from);
      if (objects.length > 0) {
        const others = unique(objects.map((r) => r.person));
        // "held bilateral meetings with X and Y", "met separately with X and Y": one meeting each.
        if (others.length > 1 && lower.some((x) => x === "bilateral" || x === "separately" || x === "separate" || x === "meetings")) {
          return others.map((o) => build(cueKind, [subject[0]!.person, o], [], sent, ctx, si, i));
        }
        return build(cueKind, unique([subject[0]!.person, ...others]), [], sent, ctx, si, i);
      }
      if (withAt >= 0 && (cueKind !== "meeting" || /^(?:met|meet|meets|meetings|meeting)$/.test(w) || lower.slice(i, withAt).some((x) => CUE_NOUNS.has(x)))) {
        const groups = readGroups(words, withAt + 1, end);
        if (groups.length > 0) return build(cueKind, [subject[0]!.person], groups, sent, ctx, si, i);
      }
    }
    // "X called on Y", "X paid a courtesy call on Y" (a courtesy call), not "X called on Y to …"
    if (isCallOn(lower, i) && !isPlanned(lower, i) && !isPlanned(lower, lower[i - 1] === "courtesy" ? i - 3 : i)) {
      const subject = refAt(0, i);
      const object = refAt(i + 2, clauseEnd(i))[0];
      if (subject.length > 0 && object && object.first <= i + 6 && !isCallToAction(lower, object.last + 1)) {
        return build("meeting", unique([subject[0]!.person, object.person]), [], sent, ctx, si, i);
      }
    }
    // "X received Y", "X hosted Y"
    if (OBJECT_VERBS.has(w) && words[i]!.pos === "VERB" && !isPlanned(lower, i)) {
      const subject = refAt(0, i);
      const objects = refAt(i + 1, clauseEnd(i)).filter((r) => !subject.some((s) => s.person === r.person));
      // "received a phone call from X": a call, not a visit.
      const kind = lower.slice(i + 1, i + 5).some((x) => /^(?:phone|telephone|call|video)$/.test(x)) ? "call" : "meeting";
      if (subject.length > 0 && objects.length > 0 && w !== "visited") return build(kind, unique([subject[0]!.person, objects[0]!.person]), [], sent, ctx, si, i);
    }
  }
  // "X and Y discussed …" / "X and Y noted …" followed by "During the meeting …"
  const pair = coordinatedSubject(words, refs);
  if (pair) {
    const verb = pair.verb;
    const next = ctx.sents[si + 1];
    if (isPlanned(lower, verb)) return undefined;
    // "X and Y attended a briefing": present at one event, not met; "X and Y attended the talks": met.
    const attendedOther = PRESENT_VERBS.has(lower[verb] ?? "") && !lower.slice(verb + 1, verb + 5).some((x) => CUE_NOUNS.has(x));
    if (attendedOther) return undefined;
    if (PAIR_VERBS.has(lower[verb] ?? "") || (next && next.quote === undefined && ANAPHORS.test(next.text) && (ctx.refs[si + 1] ?? []).length === 0)) {
      // "In a phone call on Tuesday, X and Y discussed …": the kind may be written before the pair.
      return build(kindBetween(lower, 0, Math.min(lower.length, verb + 8)), pair.people, [], sent, ctx, si, verb);
    }
  }
  return undefined;
}

function coordinatedSubject(words: Word[], refs: PersonRef[]): { people: number[]; verb: number } | undefined {
  for (let n = 0; n + 1 < refs.length; n++) {
    const a = refs[n]!;
    const b = refs[n + 1]!;
    if (a.person === b.person) continue;
    // The pair opens its clause: the sentence's start, or after "that" / a comma.
    let start = a.first - 1;
    while (start >= 0 && !/^(?:that|,|;|:)$/.test(words[start]!.lower)) start--;
    if (words.slice(start + 1, a.first).some((w) => w.pos === "VERB" || w.pos === "AUX")) continue;
    const between = words.slice(a.last + 1, b.first);
    if (between[0]?.lower !== "and") continue;
    if (between.slice(1).some((w) => w.pos === "VERB" || w.text === "," || /^(?:that|who|which)$/.test(w.lower))) continue;
    const verb = words.findIndex((w, k) => k > b.last && (w.pos === "VERB" || w.pos === "AUX"));
    if (verb < 0 || verb > b.last + 2) continue;
    return { people: [a.person, b.person], verb };
  }
  return undefined;
}

function readGroups(words: Word[], from: number, end: number): { kind: "group"; name: string; country?: string }[] {
  const text = words
    .slice(from, end)
    .map((w, k) => (k > 0 && !/^[,.)]$/.test(w.text) && !/^['’]s$/.test(w.text) ? " " : "") + w.text)
    .join("")
    .replace(/\(\s+/g, "(");
  return text
    .replace(/\s*,?\s*\b(?:on|at|during|within|in) the (?:sidelines|margins|framework|occasion|headquarters|end|start|beginning)\b.*$/i, "")
    .split(/\s*,\s*(?:as well as\s+|and\s+)?|\s+as well as\s+/)
    .map((g) => g.replace(/^(?:the|a|an)\s+/i, "").trim())
    .filter((g) => /\p{L}/u.test(g) && !/^(?:him|her|them)$/i.test(g) && !PRESS.test(g))
    .map((name) => {
      const country = findCountries(name)[0]?.country;
      return country ? { kind: "group" as const, name, country } : { kind: "group" as const, name };
    });
}

function build(kind: LocalMeeting["kind"], people: number[], groups: { kind: "group"; name: string; country?: string }[], sent: Sent, ctx: MeetingContext, si: number, cue: number): LocalMeeting {
  const meeting: LocalMeeting = {
    kind,
    participants: [...people.map((person) => ({ kind: "person" as const, person })), ...groups],
    sentences: [si],
  };
  if (sent.quote !== undefined) meeting.fromQuote = true;
  const date = readMeetingDate(sent, ctx, si);
  if (date) meeting.date = date;
  const occasion = /\b(?:on|at) the (?:sidelines|margins) of (?:the )?[^,;]+|\bduring (?:the|his|her|their|an?) (?:official |state |working )?visit to [^,.;]+|\bwithin the framework of [^,.;]+/i.exec(sent.text);
  if (occasion) meeting.occasion = trimOccasion(occasion[0].replace(/^(?:on|at|during|within) /i, "").replace(/\.$/, ""));
  const place = readPlace(sent.words, cue);
  if (place) {
    meeting.place = place;
    meeting.placeBasis = "sentence";
  } else if (ctx.datelinePlace && sent.quote === undefined) {
    meeting.place = ctx.datelinePlace;
    meeting.placeBasis = "dateline";
  }
  readVenue(sent.text, meeting);
  return meeting;
}

/** "the sidelines of the BRICS summit in Kazan on October 23" → "the sidelines of the BRICS summit": the place and date are the meeting's own. */
function trimOccasion(occasion: string): string {
  return occasion
    .replace(/\s+on\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b).*$/i, "")
    .replace(/\s+in\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)$/u, (all, place: string) => (findCountries(place).some((c) => c.text === place) ? "" : all));
}

const unique = (xs: number[]): number[] => [...new Set(xs)];

function sameParticipants(a: LocalMeeting, b: LocalMeeting): boolean {
  const key = (m: LocalMeeting): string =>
    m.participants
      .map((p) => (p.kind === "person" ? `p${p.person}` : `g${p.name}`))
      .sort()
      .join("|");
  return key(a) === key(b);
}
