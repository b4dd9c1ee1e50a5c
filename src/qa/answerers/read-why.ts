/**
 * @module The reader for "why" questions ("why did A go to Samoa", "why was A in Chile"): the
 * sentence of A's articles that gives a purpose or a cause ("at B's invitation to join the
 * celebrations", "the purpose of the visit was to …", "invited by …", "because …"), with the
 * words that give it in bold. A reason is in a sentence or nowhere.
 */
import type { Sentence } from "../../facts/types";
import type { Question } from "../question";
import { phraseReply, type Reply } from "../reply";
import { MEETING_TERMS } from "../answer-type";
import { holdsPeople } from "./reader";
import { sharedArticles } from "./shared-articles";
import { weightsAt } from "../retrieval";

/** A question that asks for a reason. */
const WHY = /^\s*(why|how come|for what reason)\b/i;

/** Words that give a purpose or a cause, strongest first (the index is the cue's weight order). */
const CUES: RegExp[] = [
  /\b(?:the )?(?:main )?(?:purpose|aim|goal|objective) of (?:the |(?:his|her|their) )?(?:[\p{L}-]+ ){0,2}?(?:visit|trip|talks|meeting|call|mission|tour)\b[^.]*?\b(?:was|is)\b/iu,
  /\b(?:because|owing to|due to|on account of)\b/i,
  /\bat (?:the )?(?:\p{Lu}[\p{L}'’]*\s)*invitation\b|\binvited by\b|\bon the invitation of\b/iu,
  /\b(?:in order to|so as to|to attend|to take part in|to join|to mark|to celebrate|to represent|to congratulate|to offer|to sign|to open)\b|\brepresenting\b[^,.]*\bat the\b|\bfor (?:the |an? |its |their |his |her )?(?:[\p{L}-]+ ){0,4}?(?:session|summit|meeting|talks|forum|conference|ceremony|celebrations?|inauguration|funeral|consultations|assembly|games|festival|commemorations?|anniversary|signing|opening|dialogue|congress|exhibition|expo)\b/iu,
];

/**
 * Acts whose reason follows a word of their own ("congratulated him on his appointment", "thanked
 * Telu for her help"): a question that asks why the act was done reads that phrase first.
 */
const REASON_OF_ACT: [RegExp, string][] = [
  [/\bcongratulat/i, "on|for|upon"],
  [/\bthank/i, "for"],
  [/\b(?:prais|commend|lauded?|hail)/i, "for"],
  [/\b(?:apologi[sz]|critici[sz]|blam|condemn|rebuk|reprimand)/i, "for"],
];

/** Words of a journey or a stay, before which an infinitive gives no purpose of one. */
const TRAVEL = /\b(?:left|went|go(?:es|ing)?|travell?(?:ed|ing|s)?|arriv(?:ed|es|ing)|flew|flown|came|comes|coming|visit(?:ed|ing|s)?|trip|are in|is in|was in|were in|representing)\b/i;

/** Longest reason shown in bold, in words. */
const MAX_WORDS = 22;

/** The words from a cue at `at` to the end of its clause, at most MAX_WORDS. */
function clauseFrom(text: string, at: number): string {
  const rest = text.slice(at);
  const end = rest.search(/[;:.!?](?:\s|$)|,\s(?:which|who|where|and said|he said|she said)\b/);
  return (end < 0 ? rest : rest.slice(0, end)).split(/\s+/).slice(0, MAX_WORDS).join(" ").trim();
}

/**
 * The reason of the act a question asks about, as the sentence words it after the act's verb
 * ("why did A congratulate B" → "on his appointment"), or undefined.
 * @example reasonOfAct("why did Ana congratulate Telu", "Ana congratulated him on his appointment.") // "on his appointment"
 */
function reasonOfAct(question: string, text: string): string | undefined {
  for (const [verb, prepositions] of REASON_OF_ACT) {
    if (!verb.test(question)) continue;
    const at = verb.exec(text);
    if (!at) return undefined;
    // (the preposition within a few words of the verb: "thanked the Veldian side warmly for …")
    const before = new RegExp(`^([^.;:]{0,60}?)\\b(?:${prepositions})\\s`, "i").exec(text.slice(at.index));
    return before ? clauseFrom(text, at.index + before[1]!.length) : undefined;
  }
  return undefined;
}

/** The reason a sentence gives: the words from its cue to the end of the clause. */
function reasonIn(text: string): { at: number; weight: number; phrase: string } | undefined {
  for (const [weight, cue] of CUES.entries()) {
    const m = cue.exec(text);
    if (!m) continue;
    // "to join", "to attend": a purpose of the journey only after a word of travel ("left Xland … to join")
    if (weight === CUES.length - 1 && !TRAVEL.test(text.slice(0, m.index + m[0].length))) continue;
    return { at: m.index, weight, phrase: clauseFrom(text, m.index) };
  }
  return undefined;
}

/**
 * "Why did A go to Samoa?": the purpose or cause a sentence naming A gives, best first by the
 * strength of its cue and the question's words it holds; undefined when no sentence gives one.
 * @example readWhy(question)?.body[0] // { kind: "para", content: [{ bold: "at A's invitation to join other leaders at the celebrations …" }] }
 */
export function readWhy(q: Question): Reply | undefined {
  if (!WHY.test(q.text) || q.links.people.length === 0 || q.links.people.some((m) => m.ids.length > 3)) return undefined;
  const words = [...new Set(q.terms)].filter((t) => !q.knowledge.nameWords.has(t) && !MEETING_TERMS.has(t));
  let best: { s: Sentence; phrase: string; score: number } | undefined;
  for (const article of sharedArticles(q)) {
    for (const s of q.knowledge.lookups.articleSentences.get(article) ?? []) {
      if (s.title || s.quote || !holdsPeople(q, s)) continue;
      // "why did A congratulate B": the reason of that act first, else any the sentence gives
      const ofAct = reasonOfAct(q.text, s.text);
      const reason = ofAct ? { at: 0, weight: -1, phrase: ofAct } : reasonIn(s.text);
      if (!reason) continue;
      const bag = weightsAt(q.knowledge.retrieval, s.id);
      const score = (CUES.length - reason.weight) * 2 + words.filter((t) => (bag[t] ?? 0) > 0).length;
      if (!best || score > best.score) best = { s, phrase: reason.phrase, score };
    }
  }
  return best && phraseReply(best.s, best.phrase, best.s.text);
}
