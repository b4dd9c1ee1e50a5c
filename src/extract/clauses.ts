/**
 * @module Clauses of a sentence: the scope a contact frame fills its slots in. A relative clause
 * ("X, who met Y last week, said …"), an adverbial one ("a day after X hosted Y", "while Z said …"),
 * reported speech ("Z said that X met Y") and a second coordinated clause ("…, and Z received W")
 * are scopes of their own, so a person of one never joins a meeting of another.
 */
import { officeWordKind } from "../nlp/offices";
import type { Word } from "./segment";

/** Words of a time right before "that": "said on Monday that", "confirmed at her press conference today that". */
const TIME_BEFORE_THAT = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|afternoon|evening|week|month|year|\d+)$/;

/**
 * Whether the "that" at `k` opens what a verb of speech a phrase before reports: "said in a statement yesterday that",
 * "confirmed at her morning press conference today that", "told reporters in Tarsk on Monday that". The verb stands within ten
 * words with no verb or comma between, and a preposition's phrase or a time ends right before "that" (not "announced a plan
 * that would …", whose "that" opens a relative clause).
 */
function speechPhraseBefore(words: readonly Word[], k: number): boolean {
  const before = words[k - 1];
  if (!before || !(TIME_BEFORE_THAT.test(before.lower) || before.pos === "PROPN")) return false;
  for (let j = k - 1; j >= Math.max(0, k - 10); j--) {
    const x = words[j]!;
    if (x.text === "," || x.text === ";") return false;
    if (x.pos === "VERB" || x.pos === "AUX") return SPEECH.has(x.lemma) && x.pos === "VERB" && words.slice(j + 1, k).some((y) => y.pos === "ADP");
  }
  return false;
}

/** What kind of clause a scope is. */
export type ClauseKind = "main" | "relative" | "adverbial" | "reported" | "coordinate" | "attribution";

/** One clause: its kind and, for a relative clause, the word its "who" / "which" stands for. */
export interface Clause {
  kind: ClauseKind;
  /** First word of the clause. */
  start: number;
  /** For "X, who …": the last word before the comma (the antecedent's end). */
  antecedent?: number;
}

/** A sentence cut into clauses: `of[k]` is the clause of word k. */
export interface ClauseMap {
  clauses: Clause[];
  of: number[];
}

/** Pronouns that open a main clause as its subject. */
const SUBJECT_PRONOUNS = /^(?:he|she|they|we)$/;

/** Words that open a relative clause after a comma. */
const RELATIVES = new Set(["who", "which", "whom", "whose"]);
/** Words that open an adverbial clause (or a participle phrase) of its own. */
const ADVERBIAL = new Set(["while", "whereas", "although", "though", "because", "since", "when", "whenever", "where", "after", "before", "until", "once", "as", "adding", "saying", "noting", "stressing", "underlining", "stating", "recalling", "explaining", "if", "unless"]);
/** Verbs that introduce reported speech. */
export const SPEECH = new Set(["say", "tell", "announce", "note", "state", "add", "report", "confirm", "claim", "write", "recall", "reveal", "explain", "stress", "insist", "disclose"]);

/** Tags a direct object starts with ("stressed the need", "noted progress", "recalled his visit"). */
const OBJECT_START = new Set(["DET", "NOUN", "ADJ", "PRON", "NUM", "PROPN"]);
const isFinite = (w: Word | undefined): boolean => w !== undefined && (w.pos === "VERB" || w.pos === "AUX") && !/ing$/.test(w.lower);
const isBreak = (w: Word | undefined): boolean => w === undefined || /^[,;:.!?]$/.test(w.text);

/**
 * A finite verb before the next comma or clause mark: the words from `from` make a clause, not a phrase. (Not past a "that"
 * or "which" that opens a clause of its own: "said after a meeting with Y that the plan was ready" has a phrase after "after".)
 */
function hasVerbAhead(words: Word[], from: number, limit = 14, stopAtAnd = false): boolean {
  for (let k = from; k < Math.min(words.length, from + limit) && !isBreak(words[k]) && !(stopAtAnd && words[k]!.lower === "and" && isFinite(words[k + 1])); k++) {
    // ("a closed-door meeting": a word the tagger reads as a verb right after an article is the noun's adjective)
    if (isFinite(words[k]) && !/^(?:a|an|the)$/.test(words[k - 1]?.lower ?? "")) return true;
    // ("during that visit X met": a "that" the tagger reads as the determiner of a noun opens no clause; "… that work had begun"
    // does, its noun the subject of the verb right after it)
    const determiner = words[k]!.pos === "DET" && words[k + 1]?.pos === "NOUN" && words[k + 2]?.pos !== "VERB" && words[k + 2]?.pos !== "AUX";
    if (k > from && /^(?:that|which)$/.test(words[k]!.lower) && words[k - 1]?.pos !== "DET" && !determiner) return false;
  }
  return false;
}

/**
 * A semicolon at `k` that separates items of a list of people with their titles: a capitalised word (or "and" and one)
 * right after it, and no finite verb up to the next semicolon or the sentence's end.
 */
function listSemicolon(words: Word[], k: number): boolean {
  const from = words[k + 1]?.lower === "and" ? k + 2 : k + 1;
  if (!/^\p{Lu}/u.test(words[from]?.text ?? "") || isFinite(words[k - 1])) return false;
  for (let n = from; n < words.length && words[n]!.text !== ";"; n++) if (isFinite(words[n])) return false;
  return true;
}

/** ", Z told reporters." / ", the ministry said": a short speaker phrase and a speech verb end the sentence. */
function isAttribution(words: Word[], k: number): boolean {
  for (let m = k; m < Math.min(words.length, k + 9); m++) {
    const w = words[m]!;
    // Not "…, Y stressed the need for …": a speech verb with an object of its own tells what Y did, it credits no one.
    // (", the ministry said in a statement released on Monday": a participle after the statement's noun is no verb of its own)
    const participle = (n: number): boolean => /ed$/.test(words[n]!.lower) && words[n - 1]?.pos === "NOUN";
    if (SPEECH.has(w.lemma) && w.pos === "VERB") return m > k && words.slice(m + 1).every((x, n) => (!isFinite(x) || participle(m + 1 + n)) && x.text !== ",") && (w.lemma === "tell" || !OBJECT_START.has(words[m + 1]?.pos ?? ""));
    if (isBreak(w) || isFinite(w) || w.lower === "and") return false;
  }
  return false;
}

/** Tags of the words of a name or title set between commas ("the new Veldian envoy, Varan Telu, paid …"). */
const APPOSED = new Set(["PROPN", "NOUN", "DET", "ADJ", "NUM"]);

/**
 * The last comma of a subject with a name set beside it that a clause's verb follows right after: "when the new Veldian
 * envoy, Varan Telu, paid a call on her", "after Orvane's ambassador to Veldia, Telu, met Varan", "where Varan, Deputy
 * Secretary at the Ministry of Trade and Industry, received him", "when the Crown Prince, standing in for the King, met Varan"; else -1. The first part
 * has no verb, the name part none and no comma, and the verb stands right after the second comma (an adverb or an
 * auxiliary between): "After the talks, President Telu, the host, said" sets no clause.
 */
function appositionBeforeVerb(words: Word[], from: number): number {
  let c1 = from;
  while (c1 < words.length && c1 < from + 12 && !isBreak(words[c1]) && !isVerb(words[c1])) c1++;
  if (c1 === from || words[c1]?.text !== ",") return -1;
  let c2 = c1 + 1;
  // (a post with its ministry, "Deputy Secretary at the Ministry of Trade and Industry"; one acting for another, "standing in for
  // the King": no finite verb between the commas)
  // ("Y, spokesman of the Atomic Energy Organization of Iran (AEOI), was waiting": a body's initials in brackets; a post's head
  // word in lower case opening it, heldout78 x758)
  while (c2 < words.length && c2 < c1 + 16 && (APPOSED.has(words[c2]!.pos) || /^(?:of|at|in|for|to|and|'s|’s|-|\(|\))$/.test(words[c2]!.lower) || (c2 === c1 + 1 && /^\p{Ll}+ing$/u.test(words[c2]!.text)))) c2++;
  if (c2 === c1 + 1 || words[c2]?.text !== "," || !words.slice(c1 + 1, c2).some((w) => w.pos === "PROPN" || officeWordKind(w.lower) === "head")) return -1;
  let v = c2 + 1;
  while (words[v]?.pos === "ADV" || (words[v]?.pos === "AUX" && isFinite(words[v + 1]))) v++;
  return isFinite(words[v]) || (words[v - 1]?.pos === "AUX" && isVerb(words[v])) ? c2 : -1;
}
/**
 * The comma that closes a name set beside a post word right before the comma at `k` ("Prime Minister, Varan Telu," or "his
 * counterpart, Varan Telu, Minister of …"): capitalised words, a particle or a full stop only, up to the next comma or the
 * sentence's end; else -1.
 */
function nameBesidePost(words: Word[], k: number): number {
  const post = words[k - 1]?.lower ?? "";
  if (post !== "counterpart" && officeWordKind(post) !== "head") return -1;
  if (words[k + 1]?.pos !== "PROPN") return -1;
  for (let n = k + 1; n < words.length && n <= k + 8; n++) {
    const w = words[n]!;
    if (w.text === "," || w.text === ".") return n;
    if (!/^\p{Lu}/u.test(w.text) && !/^(?:bin|bint|al|ibn|de|da|van|von|-)$/.test(w.lower)) return -1;
  }
  return -1;
}
const isVerb = (w: Word | undefined): boolean => w !== undefined && (w.pos === "VERB" || w.pos === "AUX");

/**
 * Whether the words from `at` say again a preposition of the words [from, to) of an interrupted clause, with no verb of their
 * own after it: "…, where the two met the press, and on B" goes on with "called on A".
 */
function resumesWith(words: Word[], at: number, from: number, to: number): boolean {
  const w = words[at];
  if (w?.pos !== "ADP" || hasVerbAhead(words, at + 1, 24)) return false;
  return words.slice(from, to).some((x) => x.pos === "ADP" && x.lower === w.lower);
}

/**
 * Cuts a sentence into clauses.
 * @example splitClauses(words("Lee, who met Wang, said Kim hosted Park")).clauses.map((c) => c.kind) // ["main", "relative", "reported"]
 */
export function splitClauses(words: Word[]): ClauseMap {
  let map = CLAUSES.get(words);
  if (map === undefined) CLAUSES.set(words, (map = splitClausesOf(words)));
  return map;
}

/**
 * A sentence's clauses, cut once per word list: the frames, the meetings, their setting and the coreference each ask
 * again of the same sentence (four to five times a sentence); a sentence's words are kept only while its article is
 * read, and no reader writes to the map.
 */
const CLAUSES = new WeakMap<Word[], ClauseMap>();

function splitClausesOf(words: Word[]): ClauseMap {
  const clauses: Clause[] = [{ kind: "main", start: 0 }];
  const of: number[] = [];
  let current = 0;
  /** Clause to return to at the next comma (after a relative or an opening adverbial clause). */
  let resume: number | undefined;
  /** The clause an adverbial one opened mid-sentence interrupted: "X is to hold two meetings while Z meets: on Monday with Y, …". */
  let interrupted: number | undefined;
  /** The second comma of a name set beside an adverbial clause's subject: its commas do not end the clause. */
  let apposed = -1;
  /**
   * The clause a relative one interrupted, while what it reports runs: "Varan, who has said that there is no such entity,
   * spoke with Telu", "Osk, who has said since taking office that …, met Telu" go on with the main verb after the comma that
   * closes both (heldout111 1020, exchange66 x1088, x1089).
   */
  let outer: number | undefined;
  /** Whether what the relative clause reports has opened (not "X, who wrote after taking office inviting him, called him …"). */
  let reports = false;
  const open = (kind: ClauseKind, start: number, returnTo?: number, antecedent?: number): void => {
    outer = returnTo !== undefined ? undefined : resume !== undefined && clauses[current]!.kind === "relative" ? resume : outer;
    reports = outer !== undefined && (reports || kind === "reported");
    interrupted = kind === "adverbial" && returnTo === undefined ? current : undefined;
    clauses.push({ kind, start, ...(antecedent !== undefined ? { antecedent } : {}) });
    current = clauses.length - 1;
    resume = returnTo;
  };
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const prev = words[k - 1];
    if (w.text === ";") {
      of[k] = current;
      // "met A, Chief of Staff; Professor B, adviser to the President; and C, Chief of Defence Staff": a list's semicolon
      // between a name and a name with no verb of its own joins the list; a clause after it has a verb.
      if (listSemicolon(words, k)) continue;
      open("main", k + 1);
      continue;
    }
    if (w.text === ":" && interrupted !== undefined && clauses[current]!.kind === "adverbial") {
      // The colon ends the adverbial clause: what it introduces details the clause before it.
      of[k] = current;
      current = interrupted;
      interrupted = undefined;
      continue;
    }
    // "Shortly after arriving on Thursday he met X": an opening phrase of a participle, no comma to close it, ends where the
    // main clause's pronoun subject and its verb begin.
    // So too a phrase of place with no verb: "While in the Orvanian capital she also sat down with A and the Region's minister, B"
    // (heldout79 x766), "While in Tarsk he will chair …" (heldout23 s123).
    const opener = clauses[current]!.start;
    // … and an opening preposition's noun phrase with no verb: "Before today's meeting he held talks with A, …, and with B"
    // (heldout96 x905), not "Before he met A, …"
    const nounPhrase = /^(?:before|after)$/.test(words[opener]!.lower) && k > opener + 1 && words.slice(opener + 1, k).every((x) => /^(?:DET|NOUN|PROPN|ADJ|NUM)$/.test(x.pos) || /^['’]s$/.test(x.text));
    const verbless = (words[opener + 1]?.pos === "ADP" && /^(?:while|whilst|when|once)$/.test(words[opener]!.lower)) || nounPhrase;
    const verbNext = isFinite(words[k + 1]) || (words[k + 1]?.pos === "ADV" && isFinite(words[k + 2]));
    if (resume !== undefined && clauses[current]!.kind === "adverbial" && SUBJECT_PRONOUNS.test(w.lower) && (/ing$/.test(words[opener + 1]?.lower ?? "") || verbless) && verbNext && !words.slice(opener, k).some((x) => x.text === "," || isFinite(x))) {
      current = resume;
      resume = undefined;
    }
    // "…, who this week met Orvane's Prime Minister, Varan Telu, before …", "which A co-chaired with his counterpart, B, Minister
    // of …": a name set beside the post that ends a relative clause's object goes on with the clause.
    if (w.text === "," && resume !== undefined && k > apposed && clauses[current]!.kind === "relative") {
      const closing = nameBesidePost(words, k);
      if (closing > 0) {
        apposed = closing;
        of[k] = current;
        continue;
      }
    }
    // (the comma that closes the relative clause and what it reports, its main verb right after)
    if (w.text === "," && resume === undefined && outer !== undefined && reports && verbNext && !SUBJECT_PRONOUNS.test(words[k + 1]?.lower ?? "")) {
      of[k] = current;
      current = outer;
      outer = undefined;
      reports = false;
      continue;
    }
    if (w.text === "," && resume !== undefined && k > apposed) {
      of[k] = current;
      current = resume;
      resume = undefined;
      // "X, who met Y, said …": back in the clause the relative one interrupted.
      continue;
    }
    if (prev?.text === "," && isAttribution(words, k)) {
      // "X met Y on Monday, Z said.": the speaker is no participant.
      open("attribution", k);
    } else if (prev?.text === "," && RELATIVES.has(w.lower)) {
      open("relative", k, current, k - 2);
    } else if (w.lower === "and" && prev?.text === "," && RELATIVES.has(words[k + 1]?.lower ?? "")) {
      // "Four envoys whose embassies are in Tarsk, and who also serve Orvane, presented …": a second relative clause, no clause
      // of its own; the one it tells of goes on after its comma.
      open("relative", k, current);
    } else if (ADVERBIAL.has(w.lower) && (w.pos === "SCONJ" || w.pos === "ADP" || w.pos === "ADV" || w.pos === "VERB") && !(w.lower === "as" && words[k + 1]?.lower === "well") && (/ing$/.test(w.lower) ? prev?.text === "," : words[k + 1]?.pos !== "NUM" && (hasVerbAhead(words, k + 1, 24, true) || !/ing$/.test(w.lower) && appositionBeforeVerb(words, k + 1) > 0))) {
      // "After X hosted Y, Z said …" opens the sentence and ends at its comma; mid-sentence it runs on.
      // "when the new Veldian envoy, Varan Telu, paid a call on her": the commas of a name beside the subject end nothing.
      apposed = hasVerbAhead(words, k + 1, 24, true) ? -1 : appositionBeforeVerb(words, k + 1);
      // ("On December 5, while Telu was still in office, Varan sat down with him": after an opening phrase of time or place and
      // its comma, the clause ends at its own comma too)
      // (the phrase's comma the only one before it: not "On Wednesday, X travels on to Tarsk, where he is to meet A, B and C")
      const afterOpening = prev?.text === "," && words[0]?.pos === "ADP" && !words.slice(0, k).some(isVerb) && !words.slice(0, k - 1).some((x) => x.text === ",");
      const atStart = k === 0 || afterOpening || prev?.lower === "that" || words.slice(0, k).every((x) => x.pos === "ADV" || x.pos === "NUM" || x.pos === "NOUN" || x.pos === "DET" || x.pos === "ADJ");
      open("adverbial", k, atStart ? current : undefined);
    } else if (w.lower === "that" && (w.pos === "SCONJ" || words.slice(Math.max(0, k - 3), k).some((x) => SPEECH.has(x.lemma) && x.pos === "VERB") || speechPhraseBefore(words, k)) && hasVerbAhead(words, k + 1)) {
      open("reported", k);
    } else if (prev && SPEECH.has(prev.lemma) && prev.pos === "VERB" && /^(?:he|she|they|it|the|\p{Lu}.*)$/u.test(w.text) && w.pos !== "ADP" && hasVerbAhead(words, k + 1, 10) && !isBreak(w)) {
      // "Z said X met Y": the reported clause starts right after the speech verb.
      open("reported", k);
    } else if (w.lower === "and" && prev?.text === "," && interrupted !== undefined && clauses[current]!.kind === "adverbial" && resumesWith(words, k + 1, clauses[interrupted]!.start, clauses[current]!.start)) {
      // "called on A at the ministry, where the two met the press, and on B": the clause the adverbial one interrupted goes on.
      current = interrupted;
      interrupted = undefined;
    } else if (w.lower === "and" && prev?.text === "," && interrupted !== undefined && clauses[current]!.kind === "adverbial" && isFinite(words[k + 1])) {
      // "X travelled to Tarsk two weeks after his election win, and held talks with Y": a verb with no subject of its own after
      // the comma goes on with the subject of the clause the adverbial one interrupted.
      current = interrupted;
      interrupted = undefined;
    } else if (w.lower === "and" && prev?.text === "," && !isFinite(words[k + 1]) && hasVerbAhead(words, k + 1, 8) && words.slice(clauses[current]!.start, k).some(isFinite)) {
      // "X met Y, and Z hosted W"; not "X, and his delegation were received": the first part needs a verb of its own.
      open("coordinate", k);
    }
    of[k] = current;
  }
  return { clauses, of };
}
