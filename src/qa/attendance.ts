/**
 * @module Who else was at a meeting, read from its article's sentences when the meeting record
 * names no one besides its principals: "Also present at the meeting was X", "The meeting was also
 * attended by X; Y", "A was accompanied by X", "A received him with X at his side", "A's delegation
 * included X", "the delegation that A led to Tarsk included X", "A's delegation, which included X",
 * "Attending the meeting were X; Y", "Sitting in on the talks were X and Y".
 */
import type { Meeting, Sentence } from "../facts/types";
import type { Knowledge } from "./knowledge";

/** The constructions that tell who else was at a meeting. */
const ATTENDANCE =
  /\b(also present|present (at|during|were|was)|(were|was|are|is) (also )?present|in attendance|attended by|accompanied by|joined (at the table )?by|delegation\b[^.;]{0,60}?\b(included|includes|comprised|consisted of|was made up of)|at (his|her|their) side|also at the table|sat in on|(also )?(took|take|taking) part in the (meeting|talks|audience|discussions|consultations|call)|also attended|also participated|sitting in|attending (the |this )?(meeting|talks|audience|session|discussions|consultations|call|ceremony)\b[^.;]{0,40}?\b(were|was))\b/i;

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

/** A party told with its members: "A's delegation, which included X", "a delegation that included X", "accompanied by X". */
const PARTY_TOLD = /\bdelegation\b[^.;]{0,60}?\b(included|includes|comprised|consisted of|was made up of)\b|\baccompanied by\b/i;

/**
 * The members of a person's party, wherever the articles tell it: the people a sentence naming
 * the person lists in a delegation or as accompanying ("Zaev arrived at the head of a delegation
 * that included X and Y"), the person and anyone of the `besides` left out. "Who was in A's
 * delegation" asks of the visit, whatever meeting of it the sentence comes near.
 * @example partyOf(["zoran-zaev"], knowledge, new Set(["zoran-zaev"])) // { people: ["bujar-osmani", …], sentences: [{ text: "Zaev arrived at the head of …" }] }
 */
export function partyOf(ids: string[], knowledge: Knowledge, besides: Set<string>): Attendance {
  const articles = [...new Set(ids.flatMap((id) => knowledge.people.get(id)?.articles ?? []))];
  const surnames = ids.flatMap((id) => knowledge.people.get(id)?.surname ?? []);
  const people: string[] = [];
  const quoted: Sentence[] = [];
  for (const s of articles.flatMap((a) => knowledge.lookups.articleSentences.get(a) ?? [])) {
    const told = PARTY_TOLD.exec(s.text);
    if (s.title || !told || !(ids.some((id) => s.people.includes(id)) || surnames.some((n) => s.text.includes(n)))) continue;
    // the members are named after "included" / "accompanied by", not before it ("the delegation that President X asked A to lead includes …")
    const after = told.index + told[0].length;
    const namedAfter = (id: string) => s.text.indexOf(knowledge.people.get(id)?.surname ?? "\u0000", after) >= 0;
    const found = s.people.filter((id) => !ids.includes(id) && !besides.has(id) && !people.includes(id) && isName(knowledge.people.get(id)?.name ?? "") && namedAfter(id));
    if (found.length === 0) continue;
    people.push(...found);
    quoted.push(s);
  }
  return { people, sentences: quoted };
}
