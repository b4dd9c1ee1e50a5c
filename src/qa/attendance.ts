/**
 * @module Who else was at a meeting, read from its article's sentences when the meeting record
 * names no one besides its principals: "Also present at the meeting was X", "The meeting was also
 * attended by X; Y", "A was accompanied by X", "A received him with X at his side", "A's delegation
 * included X".
 */
import type { Meeting, Sentence } from "../facts/types";
import type { Knowledge } from "./knowledge";

/** The constructions that tell who else was at a meeting. */
const ATTENDANCE =
  /\b(also present|present (at|during|were|was)|(were|was|are|is) (also )?present|in attendance|attended by|accompanied by|joined (at the table )?by|delegation (also )?(included|includes|comprised|consisted of|was made up of)|at (his|her|their) side|also at the table|sat in on|(also )?(took|take|taking) part in the (meeting|talks|audience|discussions|consultations|call)|also attended|also participated)\b/i;

/** A person's name, not a title read as one ("Ambassador of Palestine to Egypt", "d'Affaires"). */
const isName = (name: string): boolean => /^\p{Lu}/u.test(name) && !/\s(of|to|for|the)\s/.test(name);

/** Sentences after a meeting's own that may still tell who was there. */
const REACH = 4;

/** What the sentences tell of the others at a meeting: the people and the sentences. */
export interface Attendance {
  people: string[];
  sentences: Sentence[];
}

/**
 * The people a meeting's article says were there besides `besides` (the principals or the people
 * asked about), from the sentences that tell attendance and belong to this meeting: one of its own,
 * or one that follows it before another meeting of the article is told.
 * @example attendanceOf(meeting, knowledge, new Set(["ana-ortega"])) // { people: ["luis-vera"], sentences: [{ text: "Also present was Luis Vera, …" }] }
 */
export function attendanceOf(m: Meeting, knowledge: Knowledge, besides: Set<string>, keep: (id: string, s: Sentence) => boolean = () => true): Attendance {
  const sentences = knowledge.lookups.articleSentences.get(m.article) ?? [];
  const others = (knowledge.lookups.articleMeetings.get(m.article) ?? []).filter((o) => o.id !== m.id);
  const first = Math.min(...m.sentences);
  const people: string[] = [];
  const told: Sentence[] = [];
  for (const s of sentences) {
    if (s.title || !ATTENDANCE.test(s.text) || s.id < first) continue;
    const own = m.sentences.includes(s.id);
    // the meeting told last before this sentence is this one, and not long before
    const last = Math.max(...m.sentences.filter((id) => id <= s.id));
    const later = others.some((o) => !o.sentences.includes(s.id) && o.sentences.some((id) => id > last && id <= s.id));
    if (!own && (later || s.id - last > REACH || others.some((o) => o.sentences.includes(s.id)))) continue;
    const found = s.people.filter((id) => !besides.has(id) && !people.includes(id) && isName(knowledge.people.get(id)?.name ?? "") && keep(id, s));
    if (found.length === 0) continue;
    people.push(...found);
    told.push(s);
  }
  return { people, sentences: told };
}
