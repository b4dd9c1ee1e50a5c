/** @module Questions the bot can answer, made from the index (never typed in), varied by what the question was about. */
import type { Meeting, Person } from "../facts/types";
import { participantIds, type Knowledge } from "./knowledge";
import { meetingPositions } from "./lookups";
import { isTitleOnly } from "./names";
import type { IntentName } from "./types";
import { trustedDate } from "./trust";

const surnameOf = (p: Person) => p.surname ?? p.name.split(" ").at(-1) ?? p.name;

type Template = (a: Person, b: Person) => string;

const WHO: Template = (a) => `Who did ${surnameOf(a)} meet?`;
const WHEN: Template = (a, b) => `When did ${surnameOf(a)} meet ${b.name}?`;
const WHERE: Template = (a, b) => `Where did ${surnameOf(a)} meet ${b.name}?`;
const TOPICS: Template = (a, b) => `What did ${surnameOf(a)} and ${surnameOf(b)} discuss?`;
const WHO_IS: Template = (a) => `Who is ${a.name}?`;

const TEMPLATES: Template[] = [WHO, WHEN, TOPICS, WHO_IS];

const held = (m: Meeting) => m.status !== "planned";

/** What a meeting must hold for a template, asked in the past tense, to be a question the bot answers (a "when" needs more than the publication day, and a date it trusts). */
const FITS = new Map<Template, (m: Meeting) => boolean>([
  [WHEN, (m) => held(m) && m.date !== undefined && m.date.basis !== "publication" && trustedDate(m)],
  [WHERE, (m) => held(m) && m.place !== undefined],
  [TOPICS, (m) => held(m) && m.topics.length > 0],
]);

/** The kind of question offered first after a question of each intent (the rest follow in turn). */
const FIRST: Partial<Record<IntentName, Template>> = { when: WHEN, where: WHERE, topics: TOPICS, who_is: WHO_IS, who_met: WHO, visits: WHO };

/** What a question was about, for suggestions that fit it. */
export interface SuggestionHint {
  intent?: IntentName;
  /** The question's text: questions about nothing the index knows get suggestions that vary with it. */
  text?: string;
}

/** A small stable hash of a text (FNV-1a), to start the suggestions at a different meeting per question. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * The meetings about the given people (looked up), then the others from `start` on, round the
 * index, lazily: a caller that stops early reads no further.
 */
function* meetingsAboutFirst(knowledge: Knowledge, about: string[], start: number): Generator<Meeting> {
  const all = knowledge.index.meetings;
  // the people's meetings in index order, merged a window of positions at a time: suggestions
  // stop after a few, so a focus of thousands of people merges no more than those few need
  const lists = about.map((id) => knowledge.lookups.meetingsOf.get(id) ?? []);
  for (const i of ascendingUnion(lists)) yield all[i]!;
  const taken = new Set(meetingPositions(knowledge.lookups, about));
  for (let k = 0; k < all.length; k++) {
    const i = (start + k) % all.length;
    if (!taken.has(i)) yield all[i]!;
  }
}

/**
 * The positions of ascending lists, ascending and once each, read lazily: each round takes every
 * list's positions below a bound (64, then four times more each round), sorts and yields them.
 */
function* ascendingUnion(lists: readonly (readonly number[])[]): Generator<number> {
  const next = new Array<number>(lists.length).fill(0);
  let last = -1;
  for (let bound = 64; ; bound *= 4) {
    const round: number[] = [];
    let rest = false;
    for (let j = 0; j < lists.length; j++) {
      const list = lists[j]!;
      let k = next[j]!;
      while (k < list.length && list[k]! < bound) round.push(list[k++]!);
      next[j] = k;
      if (k < list.length) rest = true;
    }
    round.sort((a, b) => a - b);
    for (const i of round) if (i !== last) yield (last = i);
    if (!rest) return;
  }
}

/** The first template from the `i`-th on, round the list, that the meeting answers (a "who" question always does). */
function nextFitting(templates: readonly Template[], i: number, m: Meeting): Template {
  for (let k = 0; k < templates.length; k++) {
    const template = templates[(i + k) % templates.length]!;
    if (FITS.get(template)?.(m) ?? true) return template;
  }
  return WHO;
}

/**
 * Example questions the index answers, about the given people first. With a hint, the kind of
 * question asked comes first ("when" → "When did A meet B?") and a question about nothing the
 * index knows gets meetings chosen by its words, so that suggestions vary with what was asked.
 * @example suggestQuestions(knowledge, [], 3) // ["Who did Ortega meet?", "When did Pérez-Soto meet Wang Lei?", "Which articles do you know?"]
 */
export function suggestQuestions(knowledge: Knowledge, about: string[] = [], count = 3, hint?: SuggestionHint): string[] {
  const out: string[] = [];
  const meetings = knowledge.index.meetings.length;
  const start = hint?.text && about.length === 0 && meetings ? hash(hint.text.toLowerCase()) % meetings : 0;
  const first = hint?.intent ? FIRST[hint.intent] : undefined;
  const templates = first ? [first, ...TEMPLATES.filter((t) => t !== first)] : TEMPLATES;
  // the sources question closes the list unless the question was about something the index holds
  const offerSources = !hint || about.length === 0 || hint.intent === "sources";
  const wanted = offerSources ? count - 1 : count;
  let i = 0;
  for (const m of meetingsAboutFirst(knowledge, about, start)) {
    if (out.length >= wanted) break;
    // the next template in turn that the meeting answers (a "who" question always does)
    const template = nextFitting(templates, i, m);
    i++;
    const [a, b] = participantIds(m).flatMap((id) => knowledge.people.get(id) ?? []);
    if (!a || !b || isTitleOnly(a.name) || isTitleOnly(b.name)) continue;
    const question = template(a, b);
    if (!out.includes(question)) out.push(question);
  }
  if (offerSources) out.splice(count - 1, Infinity, "Which articles do you know?");
  return out.slice(0, count);
}
