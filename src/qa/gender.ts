/** @module A person's grammatical gender as the articles give it (he/she in the sentences about them, Mr/Mrs/Ms), so that "who is she?" never means a man. */
import type { Person } from "../facts/types";
import type { Knowledge } from "./knowledge";
import { wordTable } from "../nlp/word-table";

/** How the articles refer to a person: "he" or "she", or undefined when they do not tell. */
export type Gender = "he" | "she";

/** Honorifics and titles that say the gender (general English, not from any article). */
const HONORIFIC = wordTable<Gender>({
  mr: "he", sir: "he", lord: "he", king: "he", prince: "he", monsieur: "he", senor: "he", señor: "he",
  mrs: "she", ms: "she", miss: "she", madam: "she", madame: "she", dame: "she", lady: "she", queen: "she", princess: "she", senora: "she", señora: "she",
});

const HE = /\b(he|him|his|himself)\b/gi;
const SHE = /\b(she|her|hers|herself)\b/gi;

/** A pronoun that points back at one person, and the gender it asks for. */
const GENDERED_PRONOUN = /\b(?:(he|him|his|himself)|(she|her|hers|herself))\b/i;

/**
 * The gender a question's pronoun asks for ("who is she?" → "she"), or undefined.
 * @example pronounGender("what did she say?") // "she"
 */
export function pronounGender(text: string): Gender | undefined {
  const m = GENDERED_PRONOUN.exec(text);
  return m ? (m[1] ? "he" : "she") : undefined;
}

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/** The gender an honorific written before one of the person's names gives, in the sentences about them. */
function honorificGender(person: Person, texts: string[]): Gender | undefined {
  const said = new Set<Gender>();
  for (const h of person.honorifics ?? []) {
    const g = HONORIFIC[h.toLowerCase().replace(/\.$/, "")];
    if (g) said.add(g);
  }
  const surnames = [...new Set([person.surname, ...person.names.map((n) => n.split(/\s+/)[0])].filter((n): n is string => !!n && n.length > 1))];
  for (const text of texts) {
    for (const name of surnames) {
      const at = text.indexOf(name);
      if (at < 0) continue;
      const before = /([\p{L}]+)\.?\s+$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1]?.toLowerCase();
      const g = before ? HONORIFIC[before] : undefined;
      if (g) said.add(g);
    }
  }
  return said.size === 1 ? [...said][0] : undefined;
}

/**
 * How the articles refer to a person: an honorific (Mr, Mrs, Ms…) decides; else the pronouns of the
 * sentences that name only them and of the sentence after (when it names nobody else), if they
 * lean clearly one way (three to one). Undefined when the articles do not tell.
 * @example genderOf("ana-ortega", knowledge) // "she"
 */
export function genderOf(id: string, knowledge: Knowledge): Gender | undefined {
  let known = GENDERS.get(knowledge);
  if (!known) GENDERS.set(knowledge, (known = new Map()));
  if (known.has(id)) return known.get(id);
  const person = knowledge.people.get(id);
  let gender: Gender | undefined;
  if (person) {
    const texts: string[] = [];
    let he = 0;
    let she = 0;
    for (const article of person.articles) {
      const sentences = knowledge.lookups.articleSentences.get(article) ?? [];
      sentences.forEach((s, i) => {
        if (!s.people.includes(id)) return;
        texts.push(s.text);
        if (s.people.length !== 1 || s.quote) return;
        const next = sentences[i + 1];
        const follow = next && !next.quote && next.people.every((p) => p === id) ? next.text : "";
        he += count(s.text, HE) + count(follow, HE);
        she += count(s.text, SHE) + count(follow, SHE);
      });
    }
    gender = honorificGender(person, texts) ?? (he > 0 && he >= 3 * she ? "he" : she > 0 && she >= 3 * he ? "she" : undefined);
  }
  known.set(id, gender);
  return gender;
}

const GENDERS = new WeakMap<Knowledge, Map<string, Gender | undefined>>();
