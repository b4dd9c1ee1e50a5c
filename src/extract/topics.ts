/**
 * @module Topics: the noun phrases of what a meeting discussed ("trade", "cultural and humanitarian
 * ties"), read after verbs of discussion and inside "including" / "such as" lists.
 */
import { isDemonym } from "../nlp/countries";
import { officeWordKind } from "../nlp/offices";
import { AUDIENCE_NOUNS, LIFTED_BY_RAISING, MONTHS, WEEKDAYS } from "../nlp/vocab";
import type { Sent, Word } from "./segment";

const TRIGGERS = new Set(["discussed", "discuss", "discusses", "discussing", "addressed", "reviewed", "explored", "covered", "including", "such", "regarding", "concerning", "about"]);
/** Verbs of discussing in any form, by lemma ("will review ties", "to explore links", "they examined ports"). */
const VERB_TRIGGERS = new Set(["discuss", "review", "explore", "address", "examine"]);
/** A verb of covering tells a topic after a document or the talks ("memoranda covering fisheries", "the talks would cover trade"), not in "help cover the costs". */
const COVERING = new Set(["cover", "covers", "covering"]);
const COVER_AFTER = /^(?:agreements?|accords?|memorand(?:a|ums?)|mous?|understanding|documents?|deals?|arrangements?|protocols?|commitments?|treaty|treaties|talks|discussions?|conversation|agenda|would|will)$/;
const INSTITUTIONS = /^(?:structures|organi[sz]ations|institutions|bodies|platforms|formats|forums|fora|countries|states|members|partners|nations|agencies|groups|blocs|executives|officials|leaders|ministers|delegates|representatives|heads|people|companies|firms|businesses|guests)$/;
/** Phrases after which a list of topics begins; a row's first word matches any form of it ("went over", "to go over", "going over"). */
const PHRASE_TRIGGERS: string[][] = [
  ["exchange", "views", "on"],
  ["focus", "on"],
  ["talk", "about"],
  ["touch", "upon"],
  ["touch", "on"],
  ["agreement", "on"],
  ["areas", "of"],
  ["areas", "such", "as"],
  ["cooperation", "in"],
  ["need", "to"],
  ["cooperation", "on"],
  ["talks", "on"],
  ["consultations", "on"],
  ["meeting", "on"],
  ["agreeing", "to"],
  // how reports paraphrase "discussed": "they went over trade", "the talks centred on energy", "the two compared notes on the Tarsk crisis",
  // and the same verbs of a purpose or a plan ("met her to look at port links", "they will take stock of the accord")
  ["go", "over"],
  ["go", "through"],
  ["look", "at"],
  ["centre", "on"],
  ["center", "on"],
  ["deal", "with"],
  ["compare", "notes", "on"],
  ["range", "over"],
  ["speak", "about"],
  ["concentrate", "on"],
  ["concentrated", "on"],
  ["talk", "over"],
  ["turn", "to"],
  ["views", "on"],
  ["focussed", "on"],
  ["take", "stock", "of"],
  // "Varan dwelt on the long bonds …", "the talks dwelt on port investment …", "… and dwelt on bilateral ties" (check11, read18,
  // read31)
  ["dwell", "on"],
  ["dwelt", "on"],
  // "met Defence Minister X for an exchange on regional and global security" (read25), "… exchanges on investment" (read24)
  ["exchange", "on"],
];
const STOP_CLAUSE = new Set(["which", "who", "whom", "where", "while", "whereas", "noting", "saying", "stressing", "adding", "that", "said", "because", "so", "but", "when", "reported"]);
/** Verbs of reporting that end a list and whose subject is a source: "…, the ministry said". */
const ATTRIBUTION = new Set(["said", "says", "reported", "reports", "announced", "stated", "added", "told", "citing", "quoted"]);
const LEADING = new Set(["the", "a", "an", "its", "their", "his", "her", "our", "various", "different", "all", "some", "new", "ways", "way", "to", "issues", "of", "on", "prospects", "forms", "need", "further", "both", "other", "also", "as", "well", "matters", "aspects", "possibilities", "current", "topics", "in", "questions", "items", "subjects", "main", "key", "especially", "notably", "particularly", "mainly", "chiefly"]);
// ("reviewed the outcome of the leaders' talks", read32 x227; "to work together in each area of the relationship", read32 x236: no
// subject taken up)
const EMPTY = new Set(["outcome", "outcomes", "area", "relationship", "cooperation", "relations", "ties", "issues", "areas", "fields", "spheres", "sphere", "matters", "topics", "views", "agenda", "prospects", "ways", "progress", "development", "countries", "sides", "parties", "interest", "interests", "importance", "need", "items", "level", "levels", "number", "state", "session", "meeting", "meetings", "years", "expansion", "opening", "fact", "spheres", "way", "results", "efforts", "readiness", "intention"]);

/**
 * Reads the topics of a meeting from its sentences, in order, without repeats.
 * @example readTopics(segment([{ text: "They discussed trade, energy and cultural and humanitarian ties." }])) // ["trade", "energy", "cultural and humanitarian ties"]
 */
export function readTopics(sents: Sent[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (topic: string) => {
    const key = topic.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(topic);
    }
  };
  for (const sent of sents) {
    const agenda = agendaVerb(sent.words);
    if (agenda !== undefined) readList(agendaSubject(sent.words, agenda), 0).forEach(add);
    for (const start of triggerEnds(sent.words)) readList(sent.words, start).forEach(add);
  }
  return out.slice(0, 20);
}

/** Words between a copula and where it puts its subject on the agenda ("were also high on the agenda", "are among the subjects"). */
const AGENDA_FILLER = new Set(["also", "high", "firmly", "squarely", "likely", "expected", "to", "be", "set", "again", "once", "more", "all"]);
/** Lists a meeting's subjects are put on ("the agenda", "the subjects to be discussed", "the main themes"). */
// ("Climate change, maritime security and cyber were on the table" (read17), "trade, the use of the ports and regional security
// were on the table" (read19))
const AGENDA_NOUNS = new Set(["agenda", "list", "subjects", "topics", "issues", "themes", "items", "priorities", "questions", "table"]);
const COPULAS = new Set(["is", "are", "was", "were", "be"]);

/**
 * Where a sentence puts what comes before its verb on the agenda: "Fisheries and port fees were also on the agenda", "Rail
 * links are among the subjects to be discussed", "Energy and trade are the main themes". The index of the copula, if any.
 */
function agendaVerb(words: Word[]): number | undefined {
  for (let i = 1; i < words.length; i++) {
    if (!COPULAS.has(words[i]!.lower)) continue;
    let j = i + 1;
    while (AGENDA_FILLER.has(words[j]?.lower ?? "")) j++;
    // "on the agenda", "among the subjects", "at the top of the list", "the main themes"
    if (/^(?:on|among)$/.test(words[j]?.lower ?? "")) j++;
    else if (words[j]?.lower === "at" && words[j + 1]?.lower === "the" && words[j + 2]?.lower === "top" && words[j + 3]?.lower === "of") j += 4;
    else if (!(words[j]?.lower === "the" && /^(?:main|key|chief|central|principal)$/.test(words[j + 1]?.lower ?? ""))) continue;
    if (words[j]?.lower !== "the") continue;
    for (let k = j + 1; k <= j + 3 && k < words.length; k++) {
      if (AGENDA_NOUNS.has(words[k]!.lower)) return i;
      if (words[k]!.pos !== "ADJ" && !/^(?:main|key|chief|central|principal|bilateral)$/.test(words[k]!.lower)) break;
    }
  }
  return undefined;
}

/**
 * The words a sentence puts on the agenda, before its copula at `verb`, past an opening phrase set off by a comma ("At each
 * stop, …"); none when they name an office holder ("Visits by the Veldian prime minister are on the agenda": people, not subjects).
 */
function agendaSubject(words: Word[], verb: number): Word[] {
  // (after a semicolon, the clause it opens: "… received by Y; trade and the ports were on the table")
  const semicolon = words.slice(0, verb).map((w) => w.text).lastIndexOf(";");
  const start = semicolon >= 0 ? semicolon + 1 : words[0]?.pos === "ADP" ? words.findIndex((w) => w.text === ",") + 1 : 0;
  const subject = words.slice(start, verb);
  return subject.some((w) => officeWordKind(w.lower) === "head") ? [] : subject;
}

/**
 * Whether a sentence puts its subject on a meeting's agenda ("Tariffs were also on the agenda"): it tells of the meeting
 * just reported though it names no one.
 * @example putsOnAgenda(segment([{ text: "Fisheries were also on the agenda." }])[0]!.words) // true
 */
export function putsOnAgenda(words: Word[]): boolean {
  const verb = agendaVerb(words);
  return verb !== undefined && agendaSubject(words, verb).length > 0;
}

/** Word indexes just after each trigger. */
function triggerEnds(words: Word[]): number[] {
  const out: number[] = [];
  words.forEach((w, i) => {
    if (untold(words, i) || addressesAudience(words, i)) return;
    if (RAISED.test(w.lower) && raisesSubject(words, i)) out.push(i + 1);
    if (TRIGGERS.has(w.lower)) {
      if (w.lower === "such" && words[i + 1]?.lower !== "as") return;
      // "lasting about 30 minutes", "about two hundred guests": "about" before a figure is "some", not a subject
      // (and before "an hour", "a week", "a dozen": "spending about an hour with X", read31 x206; "were about to start": soon)
      if (w.lower === "about" && words[i + 1]?.lower === "to") return;
      if (w.lower === "about" && (words[i + 1]?.pos === "NUM" || /^\d/.test(words[i + 1]?.text ?? "") || (/^(?:an?|half)$/.test(words[i + 1]?.lower ?? "") && /^(?:hour|minute|week|day|month|year|dozen|hundred|thousand|quarter|third)s?$/.test(words[i + 2]?.lower ?? "")))) return;
      // "structures, including the UN, SCO …", "executives, including the heads of …" list who, not topics.
      if (w.lower === "including" && words.slice(Math.max(0, i - 3), i).some((x) => INSTITUTIONS.test(x.lower))) return;
      out.push(w.lower === "such" ? i + 2 : i + 1);
    } else if (w.pos === "VERB" && VERB_TRIGGERS.has(w.lemma)) out.push(i + 1);
    if (COVERING.has(w.lower) && COVER_AFTER.test(words[i - 1]?.lower ?? "")) out.push(i + 1);
    // "spoke for about an hour, with relations between A and B on the table" (read27 x117), "…, with security along their
    // common border high on the list" (read17 q405): what a contact had before it.
    if (w.lower === "with" && words[i - 1]?.text === "," && onTable(words, i + 1) !== undefined) out.push(i + 1);
    const past = subjectsPastCounterpart(words, i);
    if (past !== undefined) out.push(past);
    // (not a participle opening the sentence, "Turning to the region, A and B focused on …": the main clause tells the topics)
    const opening = i === 0 && /ing$/.test(w.lower);
    for (const phrase of PHRASE_TRIGGERS) {
      if (phrase.every((p, k) => words[i + k]?.lower === p || (k === 0 && !opening && w.lemma === p))) out.push(i + phrase.length);
    }
  });
  return [...new Set(out)].sort((a, b) => a - b);
}

/** Where "(high) on the table|agenda|list" starts within a few words after `from`, or undefined. */
function onTable(words: Word[], from: number): number | undefined {
  for (let k = from + 1; k < Math.min(words.length, from + 14); k++) {
    if (/^[.;:]$/.test(words[k]!.text)) return undefined;
    const at = words[k]!.lower === "high" ? k + 1 : k;
    if (words[at]?.lower === "on" && words[at + 1]?.lower === "the" && /^(?:table|agenda|list)$/.test(words[at + 2]?.lower ?? "")) return k;
  }
  return undefined;
}

/** Nouns of a contact whose subjects may follow the counterpart's name: "talks with X on trade". */
const CONTACT_NOUNS = /^(?:talks|meeting|consultations|discussions?|conversation|dialogue)$/;
/** Words after "on" that tell when, where or why, not what: "on Monday", "on 5 May", "on the sidelines of", "on his first visit". */
const NOT_SUBJECT_AFTER_ON = /^(?:\d.*|first|second|third|last|his|her|its|their|a|an|behalf|arrival|visit|trip|tour|sidelines|margins|occasion|eve|day|phone|telephone|video|way|return)$/;
/** Whether the word after "on" tells when, where or why: see NOT_SUBJECT_AFTER_ON, and a day or a month. */
const notSubject = (lower: string): boolean => NOT_SUBJECT_AFTER_ON.test(lower) || MONTHS.has(lower) || WEEKDAYS.has(lower);

/**
 * "will hold talks with Veldian Foreign Minister X on European integration and reforms", "a meeting with the Veldian envoy on
 * port fees": where the subjects start past the counterpart named after a contact noun's "with", or undefined.
 */
function subjectsPastCounterpart(words: Word[], i: number): number | undefined {
  if (!CONTACT_NOUNS.test(words[i]!.lower) || words[i + 1]?.lower !== "with") return undefined;
  let k = i + 2;
  while (k < words.length && k <= i + 12 && words[k]!.lower !== "on" && (/^(?:PROPN|DET)$/.test(words[k]!.pos) || /^\p{Lu}/u.test(words[k]!.text) || /^['’]s$|^of$|^for$/.test(words[k]!.text) || officeWordKind(words[k]!.lower) === "head")) k++;
  if (k === i + 2 || words[k]?.lower !== "on" || !(/^\p{Lu}/u.test(words[k - 1]!.text) || officeWordKind(words[k - 1]!.lower) === "head")) return undefined;
  const next = words[k + 1]?.lower ?? "";
  if (notSubject(next) || (next === "the" && notSubject(words[k + 2]?.lower ?? ""))) return undefined;
  return k + 1;
}

/** Words between "what" and a verb of discussing in a clause that names the discussion without telling it ("what had been discussed"). */
const UNTOLD_FILLER = new Set(["was", "were", "is", "are", "had", "has", "have", "been", "be", "will", "would", "they", "he", "she", "we", "it", "the", "two", "sides"]);

/** "no details of what was discussed in Tarsk": the words after the verb say where, not what. */
function untold(words: Word[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    if (words[j]!.lower === "what") return j < i - 1;
    if (!UNTOLD_FILLER.has(words[j]!.lower)) return false;
  }
  return false;
}

/** "raised the visa curbs with Telu": a subject put to the other side. */
const RAISED = /^rais(?:ed|es|ing)$/;

/** Whether "raised" at `i` puts a subject forward: no lifted thing in the words after it, before the clause ends. */
function raisesSubject(words: Word[], i: number): boolean {
  for (let j = i + 1; j <= i + 4 && j < words.length; j++) {
    const w = words[j]!.lower;
    if (/^[.,;:]$/.test(w)) break;
    if (LIFTED_BY_RAISING.test(w)) return false;
  }
  return true;
}

/** "addressing reporters", "addressed the opening session": speaking to an audience, no subject taken up. */
function addressesAudience(words: Word[], i: number): boolean {
  if (!/^address(?:ed|es|ing)?$/.test(words[i]!.lower)) return false;
  for (let j = i + 1; j <= i + 3 && j < words.length; j++) {
    const w = words[j]!.lower;
    if (AUDIENCE_NOUNS.has(w)) return true;
    if (w === "of" || /^[.,;:]$/.test(w)) return false;
  }
  return false;
}

/** Endings of adjectives ("regional", "economic", "bilateral"), for a first word the tagger took for a name. */
const ADJECTIVE_ENDING = /(?:al|ic|ive|ous|ary)$/;

/** A list of noun phrases from `start` to the end of the clause. */
function readList(words: Word[], start: number): string[] {
  const chunks: Word[][] = [[]];
  let depth = 0;
  for (let i = start; i < words.length; i++) {
    const w = words[i]!;
    if (w.text === "(") depth++;
    if (depth > 0) {
      if (w.text === ")") depth--;
      continue;
    }
    const current = chunks[chunks.length - 1]!;
    // "…, according to the Egyptian presidency", "…, the ministry said": who reports it, not a topic.
    // ("press reports of …": a noun, part of the topic)
    if ((ATTRIBUTION.has(w.lower) && w.pos !== "NOUN") || (w.lower === "according" && words[i + 1]?.lower === "to")) {
      if (current.length > 0 && words[i - current.length - 1]?.text === ",") current.length = 0;
      break;
    }
    if (/^[.;:!?"“”]$/.test(w.text) || STOP_CLAUSE.has(w.lower)) break;
    if (onTable(words, i - 1) === i) break; // "… on the table", "… high on the list": the subject ends there
    if (w.pos === "VERB" && current.length === 0) continue; // "the need to enhance coordination", "condemning all forms"
    if (w.pos === "VERB" && i > start && !/ing$/.test(w.lower)) break;
    // "…, with a view to anchoring ties": a purpose, not whom it was with nor a topic
    if (w.lower === "with" && words[i + 1]?.lower === "a" && words[i + 2]?.lower === "view" && words[i + 3]?.lower === "to") break;
    if (w.lower === "with" && current.length === 0) {
      // "discussed with his Japanese counterpart Dulo Gorta ways to …": skip who, read what.
      while (words[i + 1] && (/^\p{Lu}/u.test(words[i + 1]!.text) || /^(?:the|his|her|their|of|and|to|['’]s)$/.test(words[i + 1]!.lower) || officeWordKind(words[i + 1]!.lower))) i++;
      continue;
    }
    if (w.lower === "to" && words[i + 1]?.pos === "VERB" && current.every((c) => LEADING.has(c.lower))) {
      current.length = 0; // "ways to develop …"
      continue;
    }
    if (w.lower === "with" || (w.lower === "to" && words[i + 1]?.pos === "VERB")) break;
    if (w.lower === "including" || (w.lower === "such" && words[i + 1]?.lower === "as")) break;
    const lastPos = current[current.length - 1]?.pos;
    if (w.text === "," || (w.lower === "as" && words[i + 1]?.lower === "well")) {
      if (w.lower === "as") i += 2;
      chunks.push([]);
      continue;
    }
    // "the escalation between Varans and Telus": the "and" of "between … and" joins the two sides of one topic
    const opened = current.map((c) => c.lower).lastIndexOf("between");
    const between = opened >= 0 && !current.slice(opened).some((c) => c.lower === "and");
    // ("Regional and international matters": a capitalised first word is tagged a proper noun, here an adjective sharing the noun)
    const initialAdjective = lastPos === "PROPN" && current.length === 1 && current[0] === words[0] && ADJECTIVE_ENDING.test(current[0]!.lower) && words[i + 1]?.pos === "ADJ";
    if (w.lower === "and" && (lastPos === "NOUN" || lastPos === "PROPN") && current.length > 0 && !between && !initialAdjective) {
      chunks.push([]);
      continue;
    }
    if (w.lower === "and" && current.length === 0) continue;
    current.push(w);
  }
  return chunks.map(tidy).filter((t): t is string => t !== undefined);
}

/** Nouns that measure or frame what follows their "of" ("a wide range of questions in …", "the state of bilateral ties"): the topic is after it. */
const FRAME_NOUNS = new Set(["range", "number", "set", "host", "variety", "series", "array", "raft", "gamut", "spectrum", "state", "status"]);

/** Where a chunk's topic begins past a frame noun and its "of", with only modifiers before it ("a wide range of", "the very good state of"); 0 when none. */
function pastFrame(words: Word[]): number {
  const at = words.findIndex((w, i) => FRAME_NOUNS.has(w.lower) && words[i + 1]?.lower === "of");
  if (at < 0 || words.slice(0, at).some((w) => !["DET", "ADJ", "ADV"].includes(w.pos) && !LEADING.has(w.lower))) return 0;
  return at + 2;
}

/** Words opening a clause of which only a part is left before its verb ("how the two countries"). */
const WH_CLAUSE = /^(?:how|what|whether|why|when)$/;

function tidy(chunk: Word[]): string | undefined {
  const words = chunk.slice(pastFrame(chunk));
  // "how the two countries could …", "what the conference …": a clause cut at its verb, not a subject named
  if (WH_CLAUSE.test(words.find((w) => !LEADING.has(w.lower))?.lower ?? "")) return undefined;
  while (words[0] && (LEADING.has(words[0].lower) || words[0].pos === "DET" || words[0].pos === "ADP" || words[0].pos === "PRON")) words.shift();
  // "including its part in the loan talks" (read35 x297), "its role in the truce": the part one plays is in the topic
  if (/^(?:part|role)$/.test(words[0]?.lower ?? "") && words[1]?.lower === "in") words.splice(0, 2);
  while (words[0] && (LEADING.has(words[0].lower) || words[0].pos === "DET")) words.shift();
  // Cut a long phrase at its first preposition ("coordination between them and the rest …").
  // "mutual exemption of visas for holders of …": an "of" phrase stays with its noun.
  // ("relations between Veldia and the Orvanian republic" stays whole: whose relations they are)
  const firstAdp = words.length > 5 ? words.findIndex((w, i) => i >= 1 && w.pos === "ADP" && !(i === 1 && w.lower === "between")) : -1;
  const ofBoth = firstAdp > 0 && /^(?:both|the two|our|their)\b/.test(words.slice(firstAdp + 1).map((w) => w.lower).join(" "));
  const cut = firstAdp > 0 && words[firstAdp]!.lower === "of" && !ofBoth ? words.findIndex((w, i) => i > firstAdp + 1 && w.pos === "ADP") : firstAdp;
  if (cut > 0) words.length = cut;
  while (words.length && !["NOUN", "PROPN"].includes(words[words.length - 1]!.pos)) words.pop();
  if (words.length === 0 || words.length > 7) return undefined;
  // "talks on the sidelines of …": where they talked, not what about.
  if (/^(?:sidelines|margins|occasion|eve|framework)$/.test(words[0]!.lower)) return undefined;
  if (words.some((w) => MONTHS.has(w.lower) || WEEKDAYS.has(w.lower))) return undefined;
  if (words.length === 1 && (EMPTY.has(words[0]!.lower) || isDemonym(words[0]!.text))) return undefined;
  // ("relations between Veldia and Orvane", "ties between the two neighbours": whose relations is the subject; "relations" alone says nothing)
  if (words.some((w) => /^(?:years?|months?|days?|decades?)$/.test(w.lower)) || (EMPTY.has(words[0]!.lower) && words[1]?.lower !== "between")) return undefined;
  let text = "";
  for (const w of words) text += (text === "" || w.text === "-" ? "" : " ") + w.text;
  return text.replace(/\s+(['’]s)\b/g, "$1");
}
