/**
 * @module Coreference across sentences: which person a pronoun ("he", "she") stands for. The
 * candidates are the subject of its own sentence's main clause before it, else the subjects of the
 * sentences before, most recent first; a candidate whose sex the article shows otherwise ("Ms",
 * "Queen", "spokeswoman" for "he") is passed over, and two that fit equally leave it unresolved.
 */
import { fold } from "../nlp/fold";
import { splitClauses } from "./clauses";
import { mainSubjects } from "./frame-engine";
import type { LocalPerson, PersonRef } from "./people";
import type { Word } from "./segment";

/** What a pronoun or a person's styles say of their sex. */
export type Gender = "m" | "f";

/** Honorific and title words of one sex: "Mr", "His Excellency", "Sheikha", "Queen", "spokeswoman". */
const MALE = new Set(["mr", "sir", "his", "sheikh", "shaikh", "haji", "alhaji", "lord", "king", "prince", "emir", "amir", "sultan", "duke", "chairman", "spokesman", "congressman", "businessman", "statesman"]);
const FEMALE = new Set(["mrs", "ms", "mme", "madam", "madame", "dame", "her", "sheikha", "shaikha", "hajah", "datin", "smt", "shrimati", "lady", "queen", "princess", "duchess", "chairwoman", "spokeswoman", "congresswoman", "businesswoman", "stateswoman"]);

/**
 * A person's sex when their honorifics and offices show it and agree, else undefined.
 * @example genderOf({ honorifics: ["H.E. Mrs."], offices: [], … }) // "f"
 */
export function genderOf(p: Pick<LocalPerson, "honorifics" | "offices">): Gender | undefined {
  const words = [...p.honorifics, ...p.offices.map((o) => o.title)].flatMap((s) => fold(s).replace(/\./g, "").split(/[\s-]+/));
  const male = words.some((w) => MALE.has(w));
  const female = words.some((w) => FEMALE.has(w));
  return male === female ? undefined : male ? "m" : "f";
}

/**
 * The sex a sentence's own pronouns give the one person it names ("For her part, the Cuban diplomat
 * conveyed her country's gratitude"): undefined when it names another, or has pronouns of both.
 * @example pronounsOfOne(sent("She said her visit went well.").words) // "f"
 */
export function pronounsOfOne(words: Word[], refs: PersonRef[]): Gender | undefined {
  if (refs.length === 0 || refs.some((r) => r.person !== refs[0]!.person)) return undefined;
  const male = words.some((w) => /^(?:he|his|him|himself)$/.test(w.lower) && w.text !== "HE");
  const female = words.some((w) => /^(?:she|her|hers|herself)$/.test(w.lower));
  return male === female ? undefined : male ? "m" : "f";
}

/** The sex a pronoun gives ("he" → m, "she" → f). */
export const pronounGender = (w: Word): Gender => (w.lower === "she" ? "f" : "m");

/**
 * The person a sentence is about, for the pronouns of the sentences after it: the subject of its
 * main clause ("X met Y", "After a lunch hosted by Y, X laid …"), the one a copula put last ("Also
 * present at the meeting was X"), else the first whose "'s" the main clause has ("X's plane landed
 * at …", "It is the Portuguese president's ninth trip"); none when every person it names is governed
 * by another word ("The delegation comprised X and Y", "According to X, …").
 * @example sentenceTopic(sent("Bralo's plane landed at noon.").words, refs) // the person of Bralo
 */
export function sentenceTopic(words: Word[], refs: PersonRef[]): number | undefined {
  if (refs.length === 0) return undefined;
  const subject = mainSubjects(words, refs)[0];
  if (subject) return subject.person;
  const map = splitClauses(words);
  const main = refs.filter((r) => map.of[r.first] === 0).sort((a, b) => a.first - b.first);
  // "Also present at the meeting was X", "Among them were X and Y": no noun phrase opens the clause, a form of "be" puts the subject after it.
  const verb = words.findIndex((w, k) => map.of[k] === 0 && (w.pos === "VERB" || w.pos === "AUX"));
  if (verb > 0 && words[verb]!.lemma === "be" && /^(?:ADV|ADJ|ADP)$/.test(words[0]!.pos) && !words.slice(0, verb).some((w) => w.pos === "PRON" || w.pos === "PROPN")) {
    const after = main.find((r) => r.first > verb);
    if (after && words.slice(verb + 1, after.first).every((w) => w.pos !== "VERB" && w.pos !== "AUX" && w.text !== ",")) return after.person;
  }
  // "Talks between X and Y took place in Rome": the first person of the phrase before the verb, unless a source ("According to X, …").
  const source = (r: PersonRef): boolean => {
    for (let k = r.first - 1; k >= 0 && !/^[,;:]$/.test(words[k]!.text); k--) if (/^(?:according|quoted|cited)$/.test(words[k]!.lower)) return true;
    return false;
  };
  const before = main.find((r) => (verb < 0 || r.last < verb) && !source(r));
  if (before) return before.person;
  return main.find((r) => /^['’]s$/.test(words[r.last + 1]?.text ?? "") && words[r.first - 1]?.pos !== "ADP")?.person;
}

/**
 * The person a pronoun at word `at` stands for: the one subject of the sentence's main clause before
 * it ("X said he …"), else the most recent topic of the sentences before (`recent`, most recent
 * first) that its sex allows; undefined when two subjects before it fit ("X and Y said he …").
 * @example resolvePronoun(words, 0, [], [3, 1], () => undefined) // 3 for "He then met …" after a sentence about person 3
 */
export function resolvePronoun(words: Word[], at: number, here: PersonRef[], recent: readonly number[], sexOf: (person: number) => Gender | undefined): number | undefined {
  const gender = pronounGender(words[at]!);
  const fits = (p: number): boolean => {
    const g = sexOf(p);
    return g === undefined || g === gender;
  };
  const subjects = [...new Set(mainSubjects(words, here.filter((r) => r.last < at), at).map((r) => r.person))].filter(fits);
  if (subjects.length === 1) return subjects[0];
  if (subjects.length > 1) return undefined;
  // "It is the Portuguese president's ninth trip; …, where he met …": the one the sentence is about so far.
  const topic = sentenceTopic(words, here.filter((r) => r.last < at));
  if (topic !== undefined && fits(topic)) return topic;
  return recent.find(fits);
}
