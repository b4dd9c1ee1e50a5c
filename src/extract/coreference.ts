/**
 * @module Coreference across sentences: which person a pronoun ("he", "she") stands for. The
 * candidates are the subject of its own sentence's main clause before it, else the subjects of the
 * sentences before, most recent first; a candidate whose sex the article shows otherwise ("Ms",
 * "Queen", "spokeswoman" for "he") is passed over, and two that fit equally leave it unresolved.
 */
import { fold } from "../nlp/fold";
import { officeWordKind } from "../nlp/offices";
import { splitClauses } from "./clauses";
import { mainSubjects } from "./frame-engine";
import type { LocalPerson, PersonRef } from "./people";
import type { Word } from "./segment";

/** What a pronoun or a person's styles say of their sex. */
export type Gender = "m" | "f";

/** Honorific and title words of one sex: "Mr", "His Excellency", "Sheikha", "Queen", "spokeswoman". */
const MALE = new Set(["mr", "sir", "shri", "his", "sheikh", "shaikh", "haji", "alhaji", "lord", "king", "prince", "emir", "amir", "sultan", "duke", "chairman", "spokesman", "congressman", "businessman", "statesman"]);
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
 * The sex a sentence's own pronouns give the one person it names ("For her part, the Veldian diplomat
 * conveyed …", "X said she was glad …"): undefined when it names another, or has pronouns of both.
 * Only pronouns that stand for a subject count: "X told her …" is about someone else.
 * @example pronounsOfOne(sent("Telu said she was glad.").words, refs) // "f"
 */
export function pronounsOfOne(words: Word[], refs: PersonRef[]): Gender | undefined {
  if (refs.length === 0 || refs.some((r) => r.person !== refs[0]!.person)) return undefined;
  // "his part", "her own": the subject's, unless a possessive of the other sex stands for someone else ("X congratulated his
  // guest on her own appointment")
  const has = (word: string): boolean => words.some((w) => w.lower === word);
  const own = (k: number): boolean => /^(?:part|own)$/.test(words[k + 1]?.lower ?? "");
  const male = words.some((w, k) => (/^(?:he|himself)$/.test(w.lower) && w.text !== "HE") || (w.lower === "his" && own(k) && !has("her")));
  const female = words.some((w, k) => /^(?:she|herself)$/.test(w.lower) || (w.lower === "her" && own(k) && !has("his")));
  return male === female ? undefined : male ? "m" : "f";
}

/**
 * The sex a possessive after the verb gives the one subject of the main clause: "X held talks with her Veldian
 * counterpart, Y", "X received his guest": the first "his" or "her" that opens a noun phrase before anyone else is named
 * stands for the subject. Undefined when the subject is two people or none, or another person comes first.
 * @example possessiveOfSubject(sent("Telu met her counterpart Varan.").words, refs) // { person: <Telu>, sex: "f" }
 */
export function possessiveOfSubject(words: Word[], refs: PersonRef[]): { person: number; sex: Gender } | undefined {
  const subjects = mainSubjects(words, refs);
  if (subjects.length !== 1) return undefined;
  const subject = subjects[0]!;
  const map = splitClauses(words);
  const clause = map.of[subject.first];
  const verb = words.findIndex((w, k) => k > subject.last && map.of[k] === clause && (w.pos === "VERB" || w.pos === "AUX"));
  if (verb < 0) return undefined;
  for (let k = verb + 1; k < words.length && map.of[k] === clause && !refs.some((r) => r.first === k); k++) {
    const w = words[k]!;
    if (w.text === "," || w.pos === "CCONJ") return undefined;
    if (!/^(?:his|her)$/.test(w.lower) || !/^(?:NOUN|ADJ|PROPN)$/.test(words[k + 1]?.pos ?? "")) continue;
    return { person: subject.person, sex: w.lower === "her" ? "f" : "m" };
  }
  return undefined;
}

/** The sex a pronoun gives ("he", "him" → m; "she", "her" → f). */
export const pronounGender = (w: Word): Gender => (w.lower === "she" || w.lower === "her" ? "f" : "m");

/**
 * The person a sentence is about, for the pronouns of the sentences after it, in this order: the
 * subject of its main clause ("X met Y", "After a lunch hosted by Y, X laid …"); the one a copula
 * puts last ("Also present at the meeting was X", "it was X who came"); the speaker of a clause of
 * its own (", X said, adding …", "on which, Minister X noted, …"); the first person before the main
 * verb ("Talks between X and Y took place …"); the first whose "'s" the main clause has ("It is the
 * Veldian president's fourth trip"). None when every person it names is governed by another word
 * ("The delegation comprised X and Y", "According to X, …").
 * @example sentenceTopic(sent("Bralo's plane landed at noon.").words, refs) // the person of Bralo
 */
export function sentenceTopic(words: Word[], refs: PersonRef[]): number | undefined {
  if (refs.length === 0) return undefined;
  const subject = mainSubjects(words, refs)[0];
  if (subject) return subject.person;
  const map = splitClauses(words);
  const sorted = [...refs].sort((a, b) => a.first - b.first);
  const main = sorted.filter((r) => map.of[r.first] === 0);
  const isVerb = (w: Word | undefined): boolean => w !== undefined && (w.pos === "VERB" || w.pos === "AUX");
  const verb = words.findIndex((w, k) => map.of[k] === 0 && isVerb(w));
  // "Also present at the meeting was X", "Among them were X and Y": no noun phrase opens the clause, a form of "be" puts the subject after it.
  const inverted = verb > 0 && words[verb]!.lemma === "be" && /^(?:ADV|ADJ|ADP)$/.test(words[0]!.pos) && !words.slice(0, verb).some((w) => w.pos === "PRON" || w.pos === "PROPN");
  // "Last month it was the Veldian Prime Minister, X, who came to …": a cleft puts its subject after "it was".
  const cleft = verb > 0 && words[verb]!.lemma === "be" && words[verb - 1]?.lower === "it";
  if (inverted || cleft) {
    const after = main.find((r) => r.first > verb);
    if (after && words.slice(verb + 1, after.first).every((w) => !isVerb(w) && (w.text !== "," || cleft))) return after.person;
  }
  // ", X said, adding …", "on which, Minister X noted, Orvane …": the subject of a clause of its own that no other clause governs.
  const speaker = sorted.find((r) => {
    const kind = map.clauses[map.of[r.first]!]?.kind;
    let k = r.last + 1;
    while (words[k]?.pos === "ADV") k++;
    return kind !== "adverbial" && kind !== "relative" && isVerb(words[k]) && !/ing$/.test(words[k]!.lower) && !/^['’]s$/.test(words[r.last + 1]?.text ?? "") && !isVerb(words[r.first - 1]) && words[r.first - 1]?.pos !== "ADP";
  });
  if (speaker) return speaker.person;
  // "Talks between X and Y took place in Rome": the first person of the phrase before the verb, unless a source ("According to X, …").
  const source = (r: PersonRef): boolean => {
    for (let k = r.first - 1; k >= 0 && !/^[,;:]$/.test(words[k]!.text); k--) if (/^(?:according|quoted|cited)$/.test(words[k]!.lower)) return true;
    return false;
  };
  const before = main.find((r) => (verb < 0 || r.last < verb) && !source(r));
  if (before) return before.person;
  // "Negotiations were launched by Vice President X when she called on …": the agent of a passive main verb, no one before it.
  const agent = passiveAgent(words, main, verb);
  if (agent !== undefined) return agent;
  return main.find((r) => /^['’]s$/.test(words[r.last + 1]?.text ?? "") && words[r.first - 1]?.pos !== "ADP")?.person;
}

/**
 * The one named right after the "by" of a passive main verb ("were launched by U.S. Vice President X", "was first raised by
 * President Y"), through capitalised words of a title: exchange67 x1138, x1139, heldout117 1098.
 */
function passiveAgent(words: Word[], main: PersonRef[], verb: number): number | undefined {
  if (verb < 0 || words[verb]!.lemma !== "be") return undefined;
  let k = verb + 1;
  while (words[k]?.pos === "ADV") k++;
  if (words[k]?.pos !== "VERB" || words[k + 1]?.lower !== "by") return undefined;
  const by = k + 1;
  const agent = main.filter((r) => r.first > by).sort((a, b) => a.first - b.first)[0];
  return agent && agent.first <= by + 6 && words.slice(by + 1, agent.first).every((w) => /^\p{Lu}/u.test(w.text) || /^(?:the|of|for|and|\.)$/.test(w.lower)) ? agent.person : undefined;
}

/**
 * The person a pronoun at word `at` stands for: the one subject of the sentence's main clause before
 * it ("X said he …"), else the most recent topic of the sentences before (`recent`, most recent
 * first) that its sex allows; undefined when two subjects before it fit ("X and Y said he …").
 * The basis says where it was found: a subject of its own sentence also tells the person's sex.
 * @example resolvePronoun(words, 0, [], [3, 1], () => undefined) // { person: 3, basis: "recent" } for "He then met …" after a sentence about person 3
 */
export function resolvePronoun(words: Word[], at: number, here: PersonRef[], recent: readonly number[], sexOf: (person: number) => Gender | undefined): { person: number; basis: "subject" | "topic" | "recent" } | undefined {
  const gender = pronounGender(words[at]!);
  const fits = (p: number): boolean => {
    const g = sexOf(p);
    return g === undefined || g === gender;
  };
  // "With Foreign Minister X he went over …", "To Ambassador X she said …": the one the opening preposition governs is not the
  // subject pronoun right after it.
  const before = here.filter((r) => r.last < at && !openingObject(words, r, at));
  const all = [...new Set(mainSubjects(words, before, at).map((r) => r.person))];
  const subjects = all.filter(fits);
  if (subjects.length === 1) return { person: subjects[0]!, basis: "subject" };
  if (subjects.length > 1) return undefined;
  // "Varla has said she intends to meet Kesto while he is in Orvane": the subject of the other sex rules itself out, not the one other person beside it.
  const others = [...new Set(before.map((r) => r.person))].filter((p) => !all.includes(p));
  if (all.length > 0 && others.length === 1 && fits(others[0]!)) return { person: others[0]!, basis: "topic" };
  // "The visit comes a week after Varan flew to Tarsk, where he met Telu": with no subject in the main clause, the subject of the
  // clause of time just before the pronoun's own, when it names one person who fits.
  if (all.length === 0) {
    const opener = openedClauseSubject(words, before, at);
    if (opener !== undefined && fits(opener)) return { person: opener, basis: "topic" };
  }
  // "It is the Veldian president's fourth trip; …, where he met …": the one the sentence is about so far.
  const topic = sentenceTopic(words, before);
  if (topic !== undefined && fits(topic)) return { person: topic, basis: "topic" };
  // "The President of Orvane received President Ana Rell and conferred on her an award. While in Tarsk she also held talks with …":
  // of the last two topics, a woman the article says is one before one whose sex it does not give, whom "she" fits less often
  // than "he" in these stories (exchange60 x799, heldout79 x766; not for "he": "X spoke with Y. Y was confirmed on Thursday; his
  // first call was with Z" is Y's).
  const person = (gender === "f" ? recent.slice(0, 2).find((p) => sexOf(p) === gender) : undefined) ?? recent.find(fits);
  return person === undefined ? undefined : { person, basis: "recent" };
}

/** Whether `r` is the object of a preposition opening the sentence and the pronoun at `at` follows its name right away. */
function openingObject(words: Word[], r: PersonRef, at: number): boolean {
  if (words[0]?.pos !== "ADP" || at > r.last + 2 || (at === r.last + 2 && words[r.last + 1]!.text !== ",")) return false;
  // (a portfolio of several words: "With Water and Rural Works Minister X she …", "With Roads, Ports and Bridges Minister Y")
  return words.slice(1, r.first).every((w) => /^\p{Lu}/u.test(w.text) || /^(?:the|his|her|its|'s|’s|of|and|,)$/.test(w.lower));
}

/**
 * The person who opens a clause of time ("after", "when", "before", "as", "since", "while") before word `at` in another
 * clause: the one person named right after the opener (titles and modifiers between at most), or undefined.
 */
function openedClauseSubject(words: Word[], before: PersonRef[], at: number): number | undefined {
  const map = splitClauses(words);
  const c = map.of[at]! - 1;
  const clause = map.clauses[c];
  if (clause?.kind !== "adverbial" || !/^(?:after|when|before|as|since|while)$/.test(words[clause.start]!.lower)) return undefined;
  const first = before.filter((r) => map.of[r.first] === c).sort((a, b) => a.first - b.first)[0];
  if (!first || !words.slice(clause.start + 1, first.first).every((w) => /^(?:DET|ADJ|PROPN|NOUN)$/.test(w.pos) || /^['’]s$/.test(w.text))) return undefined;
  const next = words[first.last + 1];
  return next !== undefined && (next.pos === "VERB" || next.pos === "AUX") ? first.person : undefined;
}

/**
 * The person an object pronoun ("him", "her") at word `at` stands for. Never the subject of its own
 * clause ("Varan received him": not Varan): one other person named before it in its sentence ("Telu
 * flew in from Orvane, where Varan met him"; "Varan met Telu, briefing him on …"), the main clause's
 * subject when several are; else the most recent topic of the sentences before (`recent`, most
 * recent first) that its sex allows ("Varan was at the airport to receive him").
 * @example resolveObjectPronoun(words, 2, refs, [2], () => undefined) // 2 for "Varan received him." after a sentence about person 2
 */
export function resolveObjectPronoun(words: Word[], at: number, here: PersonRef[], recent: readonly number[], sexOf: (person: number) => Gender | undefined, previous: readonly number[] = []): number | undefined {
  const gender = pronounGender(words[at]!);
  const fits = (p: number): boolean => {
    const g = sexOf(p);
    return g === undefined || g === gender;
  };
  const map = splitClauses(words);
  const own = map.of[at]!;
  const clause = map.clauses[own]!;
  const before = here.filter((r) => r.last < at);
  // "X thanked President Y for receiving him": the one thanked does the receiving; "him" is the clause's subject.
  if (/\p{L}ing$/u.test(words[at - 1]?.lower ?? "") && words[at - 2]?.lower === "for") {
    const thanked = before.find((r) => r.last === at - 3);
    const main = [...new Set(mainSubjects(words, before, at).map((r) => r.person))].filter((p) => p !== thanked?.person && fits(p));
    if (thanked && main.length === 1) return main[0];
  }
  // The subject of the pronoun's clause: a relative clause's antecedent ("X, who handed him …"), else the first person before its verb,
  // not one in a phrase with the pronoun ("A lunch for Varan and those travelling with him followed": him is Varan).
  const verb = words.findIndex((w, k) => k >= clause.start && map.of[k] === own && (w.pos === "VERB" || w.pos === "AUX") && !before.some((r) => r.first <= k && r.last >= k));
  // ("A and B were at the terminal to greet him": every one of a coordinated subject)
  const subjects = new Set(
    clause.kind === "relative" ? before.filter((r) => r.last === clause.antecedent).map((r) => r.person)
    : before.filter((r) => map.of[r.first] === own && (verb < 0 || r.last < verb) && !inPhraseOf(words, r, at)).map((r) => r.person),
  );
  // "X received him at the airport, and Y called on him later the same day": the same pronoun said again as an object, after a
  // subject of its own clause, stands for the one the first stood for (heldout95 x899, exchange63 x938, x939); not when that one
  // is the clause's subject ("Z said A had asked him …, and that he had assured him").
  const parallel = before.filter((r) => r.via === "pronoun" && r.first === r.last && words[r.first]!.lower === words[at]!.lower).pop();
  if (parallel && subjects.size > 0 && !subjects.has(parallel.person) && fits(parallel.person)) return parallel.person;
  // A speaker's clause (", Z said") stands beside the sentence, not before the pronoun.
  // (nor one set beside the subject: "X, flanked by his deputy Y, welcomed her", "X, accompanied by Y, met her" — exchange60 x794,
  // heldout80 x773)
  const named = [...new Set(before.filter((r) => map.clauses[map.of[r.first]!]?.kind !== "attribution" && !inCompany(words, r)).map((r) => r.person))].filter((p) => !subjects.has(p) && fits(p));
  if (named.length === 1) return named[0];
  if (named.length > 1) {
    const main = mainSubjects(words, before).map((r) => r.person).filter((p) => named.includes(p));
    return main.length === 1 ? main[0] : undefined;
  }
  // "It is not the first time Varan has called on Telu. In March last year she paid him a courtesy call": one person of
  // the sentence before whose sex fits, though no subject there, before the topics of sentences further back.
  const last = [...new Set(previous)].filter((p) => fits(p) && !subjects.has(p));
  // ("… also met Ana Telu. He briefed her on …": a subject pronoun of the other sex leaves the one other person of the sentence before)
  const otherSex = before.some((r) => subjects.has(r.person) && r.via === "pronoun" && r.first === r.last && (pronounGender(words[r.first]!) ?? gender) !== gender);
  if (last.length === 1 && (sexOf(last[0]!) !== undefined || otherSex)) return last[0];
  return recent.find((p) => fits(p) && !subjects.has(p));
}

/** Whether `r` is named in a phrase of company set off by a comma: ", flanked by Y,", ", accompanied by his wife Y,". */
function inCompany(words: Word[], r: PersonRef): boolean {
  for (let k = r.first - 1; k >= Math.max(1, r.first - 8) && words[k]!.text !== ","; k--) {
    if (words[k]!.lower === "by" && /^(?:flanked|accompanied|joined|escorted)$/.test(words[k - 1]?.lower ?? "") && words[k - 2]?.text === ",") return true;
  }
  return false;
}

/**
 * Whether a name follows a preposition, past the titles and styles before it, in one phrase with the pronoun at `at` ("A lunch
 * for Dr Varan and those travelling with him"): no subject then. A phrase set off by a comma ("On behalf of President Telu,
 * the minister welcomed him") may still be read as the clause's opening.
 */
function inPhraseOf(words: Word[], ref: PersonRef, at: number): boolean {
  let k = ref.first - 1;
  while (k >= 0 && words[k]!.pos === "PROPN") k--;
  // ("Minister of State for Trade Varan was at the airport to receive him": a preposition inside a title is none)
  return words[k]?.pos === "ADP" && !officeWordKind(words[k - 1]?.lower ?? "") && !words.slice(ref.last + 1, at).some((w) => w.text === ",");
}

/**
 * The person the article is about so far, for a contact its sentence tells with no one making it ("Talks with Varan
 * are planned for Monday", a programme line "09:00 Talks with the Foreign Minister"): the person its headline or lead is about
 * (`lead`), when the sentences before were about them more often than about anyone else; none on a tie (two
 * candidates: no meeting) or when the story has moved to someone else.
 * @example principalPerson(new Map([[0, 3], [1, 1]]), 0) // 0
 * @example principalPerson(new Map([[0, 2], [1, 2]]), 0) // undefined
 */
export function principalPerson(topicCounts: ReadonlyMap<number, number>, lead: number | undefined): number | undefined {
  if (lead === undefined) return undefined;
  const own = topicCounts.get(lead) ?? 0;
  for (const [person, n] of topicCounts) if (person !== lead && n >= own) return undefined;
  return own > 0 ? lead : undefined;
}
