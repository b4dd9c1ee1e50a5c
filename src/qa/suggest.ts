/** @module Questions the bot can answer, made from the index (never typed in). */
import type { Person } from "../facts/types";
import { participantIds, type Knowledge } from "./knowledge";

const surnameOf = (p: Person) => p.surname ?? p.name.split(" ").at(-1) ?? p.name;

/**
 * Example questions the index answers, about the given people first.
 * @example suggestQuestions(knowledge, [], 3) // ["Who did Ortega meet?", "When did Pérez-Soto meet Wang Lei?", …]
 */
export function suggestQuestions(knowledge: Knowledge, about: string[] = [], count = 3): string[] {
  const isAbout = (m: (typeof knowledge.index.meetings)[number]) => participantIds(m).some((id) => about.includes(id));
  const meetings = [...knowledge.index.meetings.filter(isAbout), ...knowledge.index.meetings.filter((m) => !isAbout(m))];
  const out: string[] = [];
  const templates = [
    (a: Person) => `Who did ${surnameOf(a)} meet?`,
    (a: Person, b: Person) => `When did ${surnameOf(a)} meet ${b.name}?`,
    (a: Person, b: Person) => `What did ${surnameOf(a)} and ${surnameOf(b)} discuss?`,
    (a: Person) => `Who is ${a.name}?`,
  ];
  meetings.forEach((m, i) => {
    const [a, b] = participantIds(m).flatMap((id) => knowledge.people.get(id) ?? []);
    if (!a || !b) return;
    const question = templates[i % templates.length]!(a, b);
    if (!out.includes(question)) out.push(question);
  });
  out.splice(count - 1, Infinity, "Which articles do you know?");
  return out.slice(0, count);
}
