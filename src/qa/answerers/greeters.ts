/**
 * @module Who welcomed someone on arrival ("who received Varan at the airport?"), read from the
 * sentence that tells it: "Varan was received at the airport by X", "He was met there by X and Y",
 * "Waiting on the tarmac to receive him were X and Y". A welcome at the airport is seldom a meeting
 * of the index, and the meeting of the visit is not the answer.
 */
import { joinAnd, personInline } from "../format";
import type { Outcome } from "../reply";
import type { Question } from "../question";
import type { Knowledge } from "../knowledge";
import type { Sentence } from "../../facts/types";
import type { Block } from "../types";
import { fold } from "../../nlp/fold";
import { ARRIVAL_WORDS } from "../../nlp/occasion-words";

/** Arrival words besides the places of {@link ARRIVAL_WORDS}: the landing, "on arrival". */
const LANDING = String.raw`air\s+(?:force\s+)?base|(?:on|upon)\s+(?:his\s+|her\s+|their\s+)?arrival|landed|touched\s+down|flew\s+into`;

/** "Who welcomed A at the airport", "who received A on arrival", "who met A when he landed". */
const GREETERS_ASKED = new RegExp(String.raw`^\s*who\s+(?:met|welcomed|received|greeted|welcomes|receives|greets|will\s+(?:meet|welcome|receive|greet))\b.*\b(?:${ARRIVAL_WORDS.join("|")}|${LANDING}|arrival|arrived|arrives|arriving|lands|landing)\b`, "i");

/** A sentence of the arrival: the airport, the landing, "on arrival". */
const ARRIVAL = new RegExp(String.raw`\b(?:${ARRIVAL_WORDS.join("|")}|${LANDING})\b`, "i");

/** The welcome told, the welcomers after it: "was met there by", "was received at … by", "to receive him were". */
const WELCOMED = /\b(?:was|were)\s+(?:\w+\s+){0,2}?(?:met|welcomed|received|greeted)\b[^.;]*?\bby\b|\bto\s+(?:receive|welcome|greet|meet)\s+(?:him|her|them)\s+(?:was|were)\b/i;

/** A sentence that names the arriving person by a word for them rather than the name: "He was met …", "the party was met …". */
const REFERRED = /^\s*(?:[^,.;]{0,40},\s*)?(?:he|she|they|his|her|their|the\s+(?:\w+\s+)?(?:party|delegation|guest|visitor|leader|president|prime\s+minister|minister|king|emir|amir))\b/i;

/** Sentences before a welcome that may name the one arriving. */
const REACH = 3;

/**
 * Whether a question asks who welcomed someone on arrival.
 * @example asksGreeters("who received Varan at the airport?") // true
 * @example asksGreeters("who received Varan?") // false
 */
export const asksGreeters = (text: string): boolean => GREETERS_ASKED.test(text);

/**
 * The people an article says welcomed one of `ids` as they arrived, and the sentences telling it;
 * with `places`, only a welcome whose sentence or the one before it names one of them; with `countries`,
 * one whose sentence or the few before it name one of them.
 * @example greetersOf(["varan-telu"], knowledge, []) // { people: ["orvel-kestas"], sentences: [{ text: "Telu was received at the airport by …" }] }
 */
export function greetersOf(ids: string[], knowledge: Knowledge, places: string[], countries: string[] = []): { people: string[]; sentences: Sentence[] } {
  const articles = [...new Set(ids.flatMap((id) => knowledge.people.get(id)?.articles ?? []))];
  const surnames = ids.flatMap((id) => knowledge.people.get(id)?.surname ?? []);
  const names = (s: Sentence) => ids.some((id) => s.people.includes(id)) || surnames.some((n) => s.text.includes(n));
  const people: string[] = [];
  const told: Sentence[] = [];
  for (const a of articles) {
    const sentences = knowledge.lookups.articleSentences.get(a) ?? [];
    sentences.forEach((s, i) => {
      const welcome = WELCOMED.exec(s.text);
      if (s.title || !welcome) return;
      const before = sentences.slice(Math.max(0, i - REACH), i);
      // the arrival in this sentence or the one before it; the one arriving named in it, or referred to and named just before
      if (!ARRIVAL.test(s.text) && !ARRIVAL.test(before.at(-1)?.text ?? "")) return;
      if (!names(s) && !(REFERRED.test(s.text) && before.some(names))) return;
      const near = fold(`${before.at(-1)?.text ?? ""} ${s.text}`);
      if (places.length && !places.some((p) => near.includes(fold(p)))) return;
      // "when he landed in Veldia": the country named around the welcome, not another visit's
      const around = fold([...before, s].map((x) => x.text).join(" "));
      if (countries.length && !countries.some((c) => around.includes(fold(c)))) return;
      // the welcomers are named after the welcome ("A was received … by X"), never A nor anyone before it
      const after = welcome.index;
      const found = s.people.filter((id) => !ids.includes(id) && !people.includes(id) && s.text.indexOf(knowledge.people.get(id)?.surname ?? "\u0000", after) >= 0);
      if (found.length === 0) return;
      people.push(...found);
      told.push(s);
    });
  }
  return { people, sentences: told };
}

/**
 * "Who received A at the airport?": the welcomers the articles name, with their sentences; undefined
 * when they name none (the meetings of the visit may still answer).
 * @example answerGreeters(question) // { kind: "reply", body: [{ kind: "para", content: [{ bold: "Orvel Kestas" }, …] }, { kind: "quote", … }], … }
 */
export function answerGreeters(q: Question): Outcome | undefined {
  const ids = q.links.people.flatMap((m) => (m.ids.length <= 3 ? m.ids : []));
  if (ids.length === 0) return undefined;
  const { people, sentences } = greetersOf(ids, q.knowledge, q.links.places, q.links.inCountries);
  if (people.length === 0) return undefined;
  const articles = [...new Set(sentences.map((s) => s.article))];
  const body: Block[] = [{ kind: "para", content: joinAnd(people.map((id) => personInline(q.knowledge.people.get(id)!))) }, ...sentences.map((s): Block => ({ kind: "quote", content: [s.text] }))];
  return { kind: "reply", body, articles, focus: { people, articles } };
}
