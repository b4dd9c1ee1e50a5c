/** @module Questions the bot can answer, made from the index (never typed in). */
import type { Meeting, Person } from "../facts/types";
import { participantIds, type Knowledge } from "./knowledge";
import { meetingPositions } from "./lookups";

const surnameOf = (p: Person) => p.surname ?? p.name.split(" ").at(-1) ?? p.name;

const TEMPLATES = [
  (a: Person) => `Who did ${surnameOf(a)} meet?`,
  (a: Person, b: Person) => `When did ${surnameOf(a)} meet ${b.name}?`,
  (a: Person, b: Person) => `What did ${surnameOf(a)} and ${surnameOf(b)} discuss?`,
  (a: Person) => `Who is ${a.name}?`,
];

/**
 * The meetings about the given people (looked up), then the others in index order, lazily: a
 * caller that stops early reads no further.
 */
function* meetingsAboutFirst(knowledge: Knowledge, about: string[]): Generator<Meeting> {
  const all = knowledge.index.meetings;
  const first = meetingPositions(knowledge.lookups, about);
  for (const i of first) yield all[i]!;
  const taken = new Set(first);
  for (let i = 0; i < all.length; i++) if (!taken.has(i)) yield all[i]!;
}

/**
 * Example questions the index answers, about the given people first.
 * @example suggestQuestions(knowledge, [], 3) // ["Who did Ortega meet?", "When did Pérez-Soto meet Wang Lei?", …]
 */
export function suggestQuestions(knowledge: Knowledge, about: string[] = [], count = 3): string[] {
  const out: string[] = [];
  let i = 0;
  for (const m of meetingsAboutFirst(knowledge, about)) {
    if (out.length >= count - 1) break;
    const template = TEMPLATES[i++ % TEMPLATES.length]!;
    const [a, b] = participantIds(m).flatMap((id) => knowledge.people.get(id) ?? []);
    if (!a || !b) continue;
    const question = template(a, b);
    if (!out.includes(question)) out.push(question);
  }
  out.splice(count - 1, Infinity, "Which articles do you know?");
  return out.slice(0, count);
}
