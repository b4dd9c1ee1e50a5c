/**
 * @module Contact candidates and their features: every pair of people the article's index resolves
 * in one sentence that no frame of the article joined, described by general features of the
 * sentence only (where a contact word stands, the clause, the pair's countries and titles, modal,
 * negation and reporting words, the sentence's place in the article). No word of an article is a
 * feature: the lexicon is the frame table's trigger words plus a few general contact words (data
 * below). A learned model (contact-model.ts) weighs the features; `npm run train:contacts` fits it.
 */
import { compatibleOffices } from "../nlp/offices";
import { splitClauses } from "./clauses";
import { mainSubjects } from "./frame-engine";
import { FRAMES, NEGATIONS, PLANNED_AUX, PLANNED_BEFORE_TO } from "./frames";
import type { LocalMeeting } from "./meetings";
import type { LocalPerson, PersonRef } from "./people";
import type { Sent, Word } from "./segment";

/** The kind of contact a word of the lexicon tells of (the frame rows' kinds, plus "joint" for "X and Y stressed …"). */
export type ContactWordKind = "meeting" | "talks" | "call" | "visit" | "credentials" | "courtesy call" | "joint";

/**
 * General contact words not among the frame rows' content lemmas: a meeting or talk named by another
 * noun or verb ("an encounter", "a bilateral session", "their exchange", "hosted a dinner").
 */
const MORE_CONTACT_WORDS: [string, ContactWordKind][] = [
  ["visit", "visit"], ["encounter", "meeting"], ["session", "meeting"], ["exchange", "talks"], ["interaction", "meeting"],
  ["summit", "meeting"], ["bilateral", "meeting"], ["dinner", "meeting"], ["lunch", "meeting"], ["receive", "meeting"],
  ["host", "meeting"], ["welcome", "meeting"], ["phone", "call"], ["telephone", "call"], ["videoconference", "call"],
  ["audience", "meeting"], ["consultation", "talks"], ["negotiate", "talks"], ["confer", "talks"], ["meet", "meeting"],
];

/** Words that only serve a trigger ("hold talks", "pay a visit", "put their signatures to"): no contact on their own. */
const SUPPORT_WORDS = new Set(["hold", "have", "conduct", "make", "participate", "pay", "give", "offer", "present", "hand", "submit", "deliver", "sit", "down", "on", "be", "accept", "letter", "copy", "introduction", "put", "signature", "name", "countersign"]);

/**
 * The contact lexicon: the frame rows' trigger lemmas (each row's kind; the rows that need a pair as
 * subject give "joint"), then the general words above.
 */
export const CONTACT_WORDS: ReadonlyMap<string, ContactWordKind> = (() => {
  const words = new Map<string, ContactWordKind>();
  for (const frame of FRAMES) {
    const kind: ContactWordKind = frame.anaphor || frame.fallback ? "joint" : frame.kind === "consultation" || frame.kind === "audience" ? "meeting" : frame.kind;
    for (const set of frame.words) for (const lemma of set) if (!SUPPORT_WORDS.has(lemma) && !words.has(lemma)) words.set(lemma, kind);
  }
  for (const [lemma, kind] of MORE_CONTACT_WORDS) if (!words.has(lemma)) words.set(lemma, kind);
  return words;
})();

const KINDS: ContactWordKind[] = ["meeting", "talks", "call", "visit", "credentials", "courtesy call", "joint"];
/** Verbs that report speech: "A said B's country should …" tells what A said, not that A met B. */
const REPORTING = new Set(["say", "tell", "state", "add", "note", "stress", "announce", "write", "claim", "urge", "warn", "call", "accuse", "criticize", "criticise", "praise", "thank"]);
/** Words that set a contact in the future: "is scheduled to", "plans", "next week". */
const FUTURE = new Set(["will", "shall", "scheduled", "expected", "plans", "plan", "planned", "upcoming", "forthcoming", "next", "tomorrow", "due"]);

/** A word that names the other side of a contact: "his Veldian counterpart". */
const COUNTERPART = new Set(["counterpart", "counterparts", "host", "guest", "visitor", "visiting"]);
/** Words of a delegation or an entourage: "A's delegation included B", "accompanied by B" (the same side, no contact). */
const ENTOURAGE = new Set(["delegation", "include", "included", "includes", "including", "accompany", "accompanied", "accompanying", "team", "entourage", "comprise", "comprised"]);
/** Words of a message carried, not a meeting: "a letter from A to B", "conveyed the greetings of A". */
const MESSAGE = new Set(["message", "letter", "greeting", "greetings", "congratulation", "congratulations", "condolence", "condolences", "invitation", "regards"]);

/** Words of being present at another's event, one side only: "A attended", "B was present", "C took part", "D represented his country". */
const PRESENCE = new Set(["attend", "present", "part", "witness", "represent", "participate", "observe"]);
/** Words of an act two sides do together, which tells they were together: "A and B signed", "initialled", "co-chaired", "cut the ribbon". */
const JOINT_ACTS = new Set(["sign", "initial", "co-sign", "co-chair", "cochair", "chair", "inaugurate", "unveil", "cut", "launch", "open", "exchange"]);
/** Words of a journey of one side: "A arrived in Tarsk" tells no meeting. */
const MOVEMENT = new Set(["arrive", "land", "leave", "depart", "travel", "return", "fly", "head"]);
/** The titles of a country's envoys. */
const ENVOY = /\b(?:ambassador|envoy|charg[eé]|high commissioner|nuncio|consul)/i;
/** Parts of speech a list of names is made of ("Minister A, Ambassador B and C"): no verb, no preposition but "of". */
const LIST_TAGS = new Set(["PROPN", "NOUN", "ADJ", "DET", "PUNCT", "CCONJ", "PART", "NUM"]);

/** The names of the features, in the order {@link contactFeatures} gives them. */
export const FEATURE_NAMES = [
  "cue-between", "cue-before", "cue-after", "cue-none", "cue-distance", "cue-verb", "cue-noun",
  ...KINDS.map((k) => `kind-${k.replace(" ", "-")}`),
  "same-clause", "cue-in-clause", "countries-differ", "countries-same", "country-unknown", "one-subject", "both-subjects",
  "both-titled", "one-titled", "distance", "and-between", "with-between", "between-before", "comma-between",
  "others", "future", "planned-aux", "negation", "reporting-between", "reporting-after-first", "possessive",
  "quote", "quote-marks", "lead", "title", "date", "place-word", "pronoun", "description", "met-by-frames", "early",
  "counterpart", "entourage", "message", "semicolon-between", "cue-clause-of-both", "subject-and-cue", "differ-and-cue", "cue-past", "subject-cue-other",
  "listed", "listed-three", "listed-differ", "listed-same", "third-owner", "presence", "joint-act", "movement", "speaker-reports",
  "clause-reported", "clause-relative", "clause-adverbial", "clause-coordinate", "own-pronoun-cue",
  "same-office", "same-office-differ", "both-envoys",
] as const;

/** A pair of people one sentence names, not joined by the frames, with its features. */
export interface ContactCandidate {
  /** Sentence index in the article. */
  sentence: number;
  /** The two people, local indexes, in order of first mention. */
  people: [number, number];
  /** The contact word nearest the pair, when the sentence has one: its word index and kind. */
  cue?: { at: number; kind: ContactWordKind };
  /** Values in the order of {@link FEATURE_NAMES}. */
  features: number[];
}

/** What the candidate finder reads of the article. */
export interface CandidateContext {
  sents: readonly Sent[];
  refs: readonly PersonRef[][];
  people: readonly LocalPerson[];
  /** The meetings the frames found. */
  meetings: readonly LocalMeeting[];
}

const peopleOf = (m: LocalMeeting): number[] => m.participants.flatMap((p) => (p.kind === "person" ? [p.person] : []));

/**
 * The pairs of people each sentence names that no frame meeting of the article joins, with features.
 * @example contactCandidates({ sents, refs, people, meetings }).map((c) => c.people) // [[0, 1]]
 */
export function contactCandidates(ctx: CandidateContext): ContactCandidate[] {
  const joined = new Set(ctx.meetings.flatMap((m) => pairsOf(peopleOf(m))));
  const inMeetings = new Set(ctx.meetings.flatMap(peopleOf));
  const lead = ctx.sents.find((s) => !s.title && s.quote === undefined)?.index;
  const out: ContactCandidate[] = [];
  ctx.sents.forEach((sent, si) => {
    const refs = ctx.refs[si] ?? [];
    const first = new Map<number, PersonRef>();
    for (const r of refs) if (!first.has(r.person) || first.get(r.person)!.first > r.first) first.set(r.person, r);
    const read = readSentence(sent, refs);
    const ordered = [...first.values()].filter((r) => !ctx.people[r.person]?.byOffice || r.via !== "description").sort((a, b) => a.first - b.first);
    for (let i = 0; i < ordered.length; i++) {
      for (let j = i + 1; j < ordered.length; j++) {
        const a = ordered[i]!;
        const b = ordered[j]!;
        if (joined.has(pairKey(a.person, b.person))) continue;
        out.push(describe(sent, si, read, a, b, ordered.length, ctx, { lead: lead === si, metByFrames: inMeetings.has(a.person) || inMeetings.has(b.person) }));
      }
    }
  });
  return out;
}

/** What a sentence gives every pair of it: its clauses, main subjects and contact words. */
interface SentenceRead {
  map: ReturnType<typeof splitClauses>;
  subjects: number[];
  cues: { at: number; kind: ContactWordKind }[];
}

function readSentence(sent: Sent, refs: readonly PersonRef[]): SentenceRead {
  const cues = sent.words.flatMap((w, k) => {
    const kind = CONTACT_WORDS.get(w.lemma) ?? CONTACT_WORDS.get(w.lower);
    return kind && !inRef(k, refs) ? [{ at: k, kind }] : [];
  });
  return { map: splitClauses(sent.words), subjects: mainSubjects(sent.words, [...refs]).map((r) => r.person), cues };
}

function describe(sent: Sent, si: number, read: SentenceRead, a: PersonRef, b: PersonRef, named: number, ctx: CandidateContext, at: { lead: boolean; metByFrames: boolean }): ContactCandidate {
  const words = sent.words;
  const { map, subjects, cues } = read;
  const distanceTo = (k: number): number => (k < a.first ? a.first - k : k > b.last ? k - b.last : 0);
  const cue = [...cues].sort((x, y) => distanceTo(x.at) - distanceTo(y.at) || x.at - y.at)[0];
  const between = words.slice(a.last + 1, b.first);
  const betweenLower = between.map((w) => w.lower);
  const pa = ctx.people[a.person];
  const pb = ctx.people[b.person];
  const clauseOf = (r: PersonRef): number => map.of[r.first] ?? 0;
  const lowers = words.map((w) => w.lower);
  const plannedAux = words.some((w, k) => PLANNED_AUX.has(w.lower) || (w.lower === "to" && k > 0 && PLANNED_BEFORE_TO.has(words[k - 1]!.lemma)));
  const reportingAt = words.findIndex((w) => REPORTING.has(w.lemma) && w.pos === "VERB");
  const possessive = [a, b].some((r) => /^['’]s$/.test(words[r.last + 1]?.text ?? "") || /^(?:his|her|their)$/.test(words[r.last + 1]?.lower ?? ""));
  const titled = (p: LocalPerson | undefined): boolean => (p?.offices.length ?? 0) > 0;
  const country = [pa?.country, pb?.country];
  const f: Record<(typeof FEATURE_NAMES)[number], number> = {
    "cue-between": cue && cue.at > a.last && cue.at < b.first ? 1 : 0,
    "cue-before": cue && cue.at < a.first ? 1 : 0,
    "cue-after": cue && cue.at > b.last ? 1 : 0,
    "cue-none": cue ? 0 : 1,
    "cue-distance": cue ? Math.min(distanceTo(cue.at), 20) / 20 : 1,
    "cue-verb": cue && words[cue.at]!.pos === "VERB" ? 1 : 0,
    "cue-noun": cue && words[cue.at]!.pos !== "VERB" ? 1 : 0,
    ...(Object.fromEntries(KINDS.map((k) => [`kind-${k.replace(" ", "-")}`, cue?.kind === k ? 1 : 0])) as Record<`kind-${string}`, number>),
    "same-clause": clauseOf(a) === clauseOf(b) ? 1 : 0,
    "cue-in-clause": cue && (map.of[cue.at] === clauseOf(a) || map.of[cue.at] === clauseOf(b)) ? 1 : 0,
    "countries-differ": country[0] && country[1] && country[0] !== country[1] ? 1 : 0,
    "countries-same": country[0] && country[0] === country[1] ? 1 : 0,
    "country-unknown": !country[0] || !country[1] ? 1 : 0,
    "one-subject": subjects.includes(a.person) !== subjects.includes(b.person) ? 1 : 0,
    "both-subjects": subjects.includes(a.person) && subjects.includes(b.person) ? 1 : 0,
    "both-titled": titled(pa) && titled(pb) ? 1 : 0,
    "one-titled": titled(pa) !== titled(pb) ? 1 : 0,
    distance: Math.min(b.first - a.last, 30) / 30,
    "and-between": betweenLower.includes("and") && between.length <= 12 ? 1 : 0,
    "with-between": betweenLower.includes("with") ? 1 : 0,
    "between-before": lowers.slice(Math.max(0, a.first - 4), a.first).includes("between") ? 1 : 0,
    "comma-between": betweenLower.includes(",") ? 1 : 0,
    others: Math.min(named - 2, 4) / 4,
    future: lowers.some((w) => FUTURE.has(w)) ? 1 : 0,
    "planned-aux": plannedAux ? 1 : 0,
    negation: words.some((w) => NEGATIONS.has(w.lemma) || NEGATIONS.has(w.lower)) ? 1 : 0,
    "reporting-between": reportingAt > a.last && reportingAt < b.first ? 1 : 0,
    "reporting-after-first": reportingAt > a.last && reportingAt <= a.last + 3 ? 1 : 0,
    possessive: possessive ? 1 : 0,
    quote: sent.quote !== undefined ? 1 : 0,
    "quote-marks": /["“”]/.test(sent.text) ? 1 : 0,
    lead: at.lead ? 1 : 0,
    title: sent.title ? 1 : 0,
    date: sent.entities.some((e) => e.type === "DATE") ? 1 : 0,
    "place-word": placeWord(words) ? 1 : 0,
    pronoun: a.via === "pronoun" || b.via === "pronoun" ? 1 : 0,
    description: a.via === "description" || b.via === "description" ? 1 : 0,
    "met-by-frames": at.metByFrames ? 1 : 0,
    early: Math.min(si, 20) / 20,
    counterpart: lowers.some((w) => COUNTERPART.has(w)) ? 1 : 0,
    entourage: words.some((w) => ENTOURAGE.has(w.lower) || ENTOURAGE.has(w.lemma)) ? 1 : 0,
    message: words.some((w) => MESSAGE.has(w.lower) || MESSAGE.has(w.lemma)) ? 1 : 0,
    "semicolon-between": betweenLower.includes(";") ? 1 : 0,
    "cue-clause-of-both": cue && clauseOf(a) === clauseOf(b) && map.of[cue.at] === clauseOf(a) ? 1 : 0,
    "subject-and-cue": cue && subjects.includes(a.person) !== subjects.includes(b.person) && (map.of[cue.at] === clauseOf(a) || map.of[cue.at] === clauseOf(b)) ? 1 : 0,
    "differ-and-cue": cue && country[0] && country[1] && country[0] !== country[1] ? 1 : 0,
    "subject-cue-other": 0,
    "cue-past": cue && /ed$/.test(words[cue.at]!.lower) || (cue && ["met", "held", "spoke", "had", "sat"].includes(words[cue.at]!.lower)) ? 1 : 0,
  };
  // "A, B and C": the pair in one list of names (the same side of an event, unless a joint act follows).
  const listed = between.length > 0 && between.every((w) => LIST_TAGS.has(w.pos) || w.lower === "of" || /^['’]s$/.test(w.text)) && between.some((w) => w.lower === "and" || w.text === ",");
  const othersIn = (from: number, to: number): boolean => refsOf(ctx, si).some((r) => r.person !== a.person && r.person !== b.person && r.first >= from && r.last <= to);
  const listEnd = (() => {
    let k = b.last + 1;
    while (k < words.length && (LIST_TAGS.has(words[k]!.pos) || words[k]!.lower === "of") && !(words[k]!.text === "," && words[k + 1]?.pos !== "PROPN")) k++;
    return k;
  })();
  f.listed = listed ? 1 : 0;
  f["listed-three"] = listed && (othersIn(a.last, b.first) || othersIn(b.last + 1, listEnd) || /^(?:,|and)$/.test(words[a.first - 1]?.lower ?? "") && othersIn(Math.max(0, a.first - 8), a.first)) ? 1 : 0;
  f["listed-differ"] = listed && f["countries-differ"] ? 1 : 0;
  f["listed-same"] = listed && f["countries-same"] ? 1 : 0;
  // "Z's meeting with B": the contact word belongs to a third person.
  f["third-owner"] = cue && refsOf(ctx, si).some((r) => r.person !== a.person && r.person !== b.person && r.last < cue.at && cue.at - r.last <= 4 && /^['’]s?$/.test(words[r.last + 1]?.text ?? "")) ? 1 : 0;
  f.presence = words.some((w) => PRESENCE.has(w.lemma) || PRESENCE.has(w.lower)) ? 1 : 0;
  f["joint-act"] = words.some((w) => w.pos === "VERB" && (JOINT_ACTS.has(w.lemma) || JOINT_ACTS.has(w.lower))) ? 1 : 0;
  f.movement = words.some((w) => w.pos === "VERB" && MOVEMENT.has(w.lemma)) ? 1 : 0;
  // "A, the ministry's spokesman, said officials had met B": the first of the pair, the subject, reports what the rest of the sentence says.
  f["speaker-reports"] = reportingAt > a.last && reportingAt < b.first && subjects.includes(a.person) && !subjects.includes(b.person) ? 1 : 0;
  const kindOf = (r: PersonRef): string => map.clauses[clauseOf(r)]?.kind ?? "main";
  for (const kind of ["reported", "relative", "adverbial", "coordinate"] as const) f[`clause-${kind}`] = kindOf(a) === kind || kindOf(b) === kind ? 1 : 0;
  // "his meeting with B" after A: the contact word is the pair's own.
  f["own-pronoun-cue"] = cue && /^(?:his|her|their)$/.test(words[cue.at - 1]?.lower ?? "") && cue.at > a.last ? 1 : 0;
  // Two holders of one post: counterparts when their countries differ ("the two foreign ministers"), envoys side by side when both are envoys.
  const titles = (p: LocalPerson | undefined): string[] => (p?.offices ?? []).flatMap((o) => (o.title ? [o.title] : []));
  const sameOffice = titles(pa).some((x) => titles(pb).some((y) => compatibleOffices(x, y)));
  f["same-office"] = sameOffice ? 1 : 0;
  f["same-office-differ"] = sameOffice && f["countries-differ"] ? 1 : 0;
  const envoy = (p: LocalPerson | undefined): boolean => titles(p).some((t) => ENVOY.test(t));
  f["both-envoys"] = envoy(pa) && envoy(pb) ? 1 : 0;
  // The construction the features meet in together: the clause's subject, a contact word near the pair in their one clause, the other side of another country, no delegation or message.
  f["subject-cue-other"] = f["subject-and-cue"] && f["cue-clause-of-both"] && f["countries-differ"] && (f["cue-distance"] ?? 1) < 0.2 && !f.entourage && !f.message && !f.negation ? 1 : 0;
  return { sentence: si, people: [a.person, b.person], ...(cue ? { cue } : {}), features: FEATURE_NAMES.map((n) => f[n] ?? 0) };
}

/** "in Tarsk", "at the Kremlin": a preposition of place before a capitalised word. */
function placeWord(words: readonly Word[]): boolean {
  return words.some((w, k) => (w.lower === "in" || w.lower === "at") && /^\p{Lu}/u.test(words[k + 1]?.text ?? "") && words[k + 1]!.pos === "PROPN");
}

const refsOf = (ctx: CandidateContext, si: number): readonly PersonRef[] => ctx.refs[si] ?? [];

const inRef = (k: number, refs: readonly PersonRef[]): boolean => refs.some((r) => r.first <= k && k <= r.last);

/** An unordered pair's key. */
const pairKey = (a: number, b: number): string => (a < b ? `${a}-${b}` : `${b}-${a}`);

function pairsOf(people: number[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < people.length; i++) for (let j = i + 1; j < people.length; j++) if (people[i] !== people[j]) out.push(pairKey(people[i]!, people[j]!));
  return out;
}
