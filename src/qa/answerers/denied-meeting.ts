/**
 * @module "Did A meet B?" answered no from a sentence that says so: "left without seeing B", "B was
 * not part of the talks", "A did not meet B". A "no" that the articles state is an answer; a meeting
 * the articles merely do not report is not (yes-no.ts says that as a miss).
 */
import type { Sentence } from "../../facts/types";
import type { PersonMention } from "../link";
import type { Question } from "../question";
import type { Reply } from "../reply";

/** Acts of meeting or speaking with someone, the person right after ("meet B", "receive B", "take a telephone call from B"). */
const CONTACT = "(?:meet|see|receive|speak (?:to|with)|talk (?:to|with)|hold talks with|take (?:a|the|his|her) (?:(?:tele)?phone )?call from)";

/** Verbs that call a contact off before it is held ("putting off talks he was to hold with B", "cancelled the meeting with B"). */
const CALLED_OFF = "(?:call(?:ed|ing|s)? off|put(?:ting|s)? off|scrap(?:ped|ping|s)?|cancell?(?:ed|ing|s)?|postpon(?:ed|ing|es))";

/**
 * Words that deny a meeting, with the person denied named right after ("without seeing B", "did not
 * meet B", "did not plan to receive B", "did not take a telephone call from B").
 */
const DENIED_WITH = new RegExp(`\\b(?:without (?:seeing|meeting)|(?:(?:did|does|will|would|could) not|(?:didn't|won't|couldn't)) (?:(?:plan|intend|expect|want) to )?${CONTACT}|no (?:meeting|talks) with|${CALLED_OFF} (?:the |his |her |their |a |planned )*(?:meeting|meetings|talks|visit)(?: (?:he|she|they) (?:was|were) (?:to|due to) (?:hold|have))? with)\\s+`, "gi");

/** Words that deny a person's part in a meeting, the person named right before ("B was not part of the talks"). */
const NOT_PART = /\s+(?:was|were) not (?:part of|present at|at|among those at) the (?:talks|meeting|meetings|discussions)\b/gi;

/** A sentence that calls a contact off (see CALLED_OFF). */
const CALLED_OFF_TEXT = new RegExp(`\\b${CALLED_OFF}\\b`, "i");

/** How far from the denying words the person's name may stand, in characters. */
const NEAR = 40;

/**
 * Whether a mention's person is named in a stretch of text (by surname or any name word), or, asked
 * by office ("the Veldian prime minister"), referred to by that office ("the prime minister").
 */
function named(q: Question, m: PersonMention, text: string): boolean {
  const lower = text.toLowerCase();
  return m.ids.some((id) => {
    const person = q.knowledge.people.get(id);
    if (!person) return false;
    if ([person.surname, person.name].some((n) => !!n && text.includes(n))) return true;
    return m.byOffice && person.offices.some((o) => !!o.title && lower.includes(`the ${o.title.toLowerCase()}`));
  });
}

/** Whether a mention's person is named (or referred to) in a sentence or the one before. */
function inContext(q: Question, m: PersonMention, s: Sentence): boolean {
  const before = q.knowledge.retrieval.sentences[s.id - 1];
  const texts = [s, ...(before?.article === s.article ? [before] : [])];
  return texts.some((t) => m.ids.some((id) => t.people.includes(id)) || named(q, m, t.text));
}

/** Whether the sentence denies that `denied` met the others asked about. */
function denies(q: Question, s: Sentence, denied: PersonMention, others: PersonMention[]): boolean {
  if (!others.every((m) => inContext(q, m, s))) return false;
  for (const match of s.text.matchAll(DENIED_WITH)) {
    if (named(q, denied, s.text.slice(match.index + match[0].length, match.index + match[0].length + NEAR))) return true;
  }
  for (const match of s.text.matchAll(NOT_PART)) {
    if (named(q, denied, s.text.slice(Math.max(0, match.index - NEAR), match.index))) return true;
  }
  return false;
}

/**
 * Whether a text denies a contact with a person the question names: "left without seeing either A or B", "did not meet B".
 * @example deniesContactWithAsked(question, "it left the same night without seeing Varan") // true when Varan is asked about
 */
export function deniesContactWithAsked(q: Question, text: string): boolean {
  for (const match of text.matchAll(DENIED_WITH)) {
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + NEAR);
    if (q.links.people.some((m) => named(q, m, after))) return true;
  }
  return false;
}

/**
 * "Did A meet B?": no, with the sentence of an article naming both that denies the meeting, or
 * undefined when no sentence does.
 * @example deniedMeeting(question)?.body[0] // { kind: "para", content: ["No — the article says so:"] }
 */
export function deniedMeeting(q: Question): Reply | undefined {
  const people = q.links.people;
  if (people.length !== 2 || people.some((m) => m.ids.length > 2)) return undefined;
  const articles = people.map((m) => new Set(m.ids.flatMap((id) => q.knowledge.people.get(id)?.articles ?? [])));
  const shared = [...articles[0]!].filter((a) => articles[1]!.has(a));
  for (const article of shared) {
    for (const s of q.knowledge.lookups.articleSentences.get(article) ?? []) {
      if (s.title) continue;
      const [a, b] = people as [PersonMention, PersonMention];
      if (!denies(q, s, b, [a]) && !denies(q, s, a, [b])) continue;
      return {
        kind: "reply",
        body: [
          { kind: "para", content: [CALLED_OFF_TEXT.test(s.text) ? "No — the article says the meeting was called off:" : "No — the article says they did not meet:"] },
          { kind: "quote", content: [s.text] },
        ],
        articles: [s.article],
        focus: { people: people.flatMap((m) => m.ids), articles: [s.article] },
      };
    }
  }
  return undefined;
}
