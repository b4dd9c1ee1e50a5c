/**
 * @module The type of answer a question expects, from its form: "when" a date, "how long" a
 * duration, "how many X" a number of X, "which round" an ordinal, "where" a place, "who" a person.
 */
import type { SpanType } from "../facts/types";
import { escapeRegExp, fold } from "../nlp/fold";
import { editDistance } from "../nlp/names";
import { parseText } from "./parse";
import { stem } from "./retrieval";

/** What a question asks for: the span types that answer it, and what they must count or name. */
export interface ExpectedAnswer {
  types: SpanType[];
  /** The thing a number counts ("how many ports": "port"), stemmed; the answer's number must count it. */
  counts?: string;
  /** "what year": the date must name a year. */
  year?: boolean;
  /** "on what date", "which day": the date must name its day, not a month alone. */
  day?: boolean;
  /** "in which palace": the place's name must hold this word. */
  head?: string;
  /** "which countries": every span of the type in the evidence sentence, not one. */
  many?: boolean;
  /** "how much": the number must be an amount (digits, a scale or a percentage), not "two". */
  amount?: boolean;
  /** "where did A fly in from": the place a trip came from ("from Tarsk"), not where something was. */
  origin?: boolean;
  /** "since when has A held the post": the date a state began, written after "since" ("since 2019", which the tagger may read as a duration). */
  since?: boolean;
  /** Words of the question's form ("how", "many", "long", "year"), which are not its subject. */
  formWords: string[];
  /** What the question asks for, in words, for "The articles don't give …". */
  what: string;
}

/** Words after "which"/"what" that ask for an ordinal ("which round", "what session"). */
const ORDINAL_HEADS = new Set(["round", "session", "edition", "anniversary", "number", "meeting", "summit", "dialogue", "consultation", "consultations", "commission", "conference", "congress", "term", "government", "place", "time", "iteration", "sitting", "plenary"]);

/** Words after "which"/"what" that ask for a named building or venue ("in which palace"): the place's name must hold the word. */
const PLACE_HEADS = new Set(["palace", "hotel", "building", "venue", "hall", "residence", "airport", "center", "centre", "headquarters"]);

/** Words after "which"/"what" that ask for a person. */
const PERSON_HEADS = new Set(["minister", "ministers", "official", "officials", "ambassador", "ambassadors", "envoy", "envoys", "leader", "leaders", "president", "diplomat", "diplomats", "person", "people", "lawmaker", "lawmakers", "senator", "king", "prince", "emir", "premier", "secretary", "spokesman", "spokesperson"]);

/** Words after "who is X" that make it ask for a person X acts with ("who is Ana expected to meet"). */
const ACTS = new Set(["expected", "due", "scheduled", "going", "meeting", "to", "set", "likely", "planning", "travelling", "visiting"]);

/** Units of time: "how many years" asks for a duration. */
const TIME_UNITS = new Set(["year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes", "decade", "decades"]);

/** Whether a question asks for a city or a town ("in which city", "what town"), which a venue never answers. */
export const asksForCity = (expected: ExpectedAnswer | undefined): boolean => /^(?:city|town)$/.test(expected?.formWords[1] ?? "");

/**
 * A counted noun as the reader compares it: singular, stemmed ("companies" → "company").
 * @example countTerm("officials") === countTerm("official") // true
 */
export const countTerm = (word: string): string => stem(fold(word).replace(/ies$/, "y").replace(/(?<=[^s])s$/, ""));

/** Counted nouns that name the same people or things ("five new ambassadors" answers "how many envoys"). */
const SAME_COUNTED: string[][] = [
  ["envoy", "ambassador", "diplomat", "emissary", "commissioner"],
  ["agreement", "document", "memorandum", "memoranda", "mou", "accord", "deal", "instrument"],
  ["country", "nation", "state"],
  ["company", "firm", "business", "enterprise"],
  // "how many people were hurt": "41 citizens were injured"
  ["people", "person", "citizen", "national", "civilian", "resident"],
];
/** Each counted noun's term: the terms of its kin. */
export const COUNTED_KIN = kinOf(SAME_COUNTED);
/** Counted nouns that are one word written two ways ("MoUs" are "memoranda of understanding"), nearer than kin. */
const SAME_WORD = kinOf([["memorandum", "memoranda", "mou"]]);

/**
 * Whether a word counts the very thing asked, in its own word or another spelling of it, not only its kin.
 * @example countsExactly("memoranda", countTerm("MoUs")) // true
 */
export const countsExactly = (word: string, counted: string): boolean => countTerm(word) === counted || !!SAME_WORD.get(counted)?.has(countTerm(word));

/** A noun's singular as written ("memoranda" stays, "agreements" → "agreement", "companies" → "company"). */
const singular = (word: string): string => fold(word).replace(/ies$/, "y").replace(/(?<=[^s])s$/, "");

/**
 * Whether a word of a sentence is the noun asked or one of its kin as written, never by stem
 * ("memoranda" for "agreements"; not "according" for "accord").
 * @example namesKind("MoUs", "agreements") // true
 * @example namesKind("according", "agreements") // false
 */
export function namesKind(word: string, asked: string): boolean {
  const w = singular(word);
  const own = singular(asked);
  return w === own || !!SAME_COUNTED.find((kin) => kin.includes(own))?.includes(w);
}

/**
 * Groups of words of one kind, keyed by each word's term ({@link countTerm} for nouns, by default):
 * the terms of its group, in the group's order; a word in two groups has the terms of both ("visit" a
 * contact and a journey), never their kin's kin ("trip" is no contact).
 * @example kinOf([["message", "letter"]]).get(countTerm("letters"))?.has(countTerm("message")) // true
 */
export function kinOf(groups: readonly (readonly string[])[], term: (word: string) => string = countTerm): ReadonlyMap<string, ReadonlySet<string>> {
  const kin = new Map<string, Set<string>>();
  for (const group of groups) {
    const terms = group.map(term);
    for (const t of terms) {
      const own = kin.get(t) ?? new Set<string>();
      for (const k of terms) own.add(k);
      kin.set(t, own);
    }
  }
  return kin;
}

/**
 * Whether a word of a sentence counts what the question's counted noun names, in its own word or one
 * of the same kind.
 * @example countsAs("ambassadors", countTerm("envoys")) // true
 */
export const countsAs = (word: string, counted: string): boolean => {
  const term = countTerm(word);
  return term === counted || !!COUNTED_KIN.get(counted)?.has(term);
};

/** Counted words as a count's own: an envoy's titles of more than one word count as one ("five new heads of mission" counts envoys). */
export const asCounted = (text: string): string => text.replace(/\bheads? of missions?\b/gi, "envoys");

/**
 * The thing "how many" counts: the last noun of the words right after it ("how many Tongan
 * officials" → "officials", "how many tonnes of supplies" → "tonnes").
 */
function countedNoun(question: string): string | undefined {
  const { values, tags } = parseText(question);
  const lower = values.map((v) => fold(v));
  const at = lower.indexOf("many");
  let noun: string | undefined;
  // ("how many stolen cars …": a participle before the noun modifies it, whatever the tagger made of it; not "how many envoys presented credentials")
  const modifier = (i: number) => noun === undefined && tags[i] === "VERB" && /(?:ed|en)$/.test(lower[i] ?? "") && ["NOUN", "PROPN", "ADJ"].includes(tags[i + 1] ?? "");
  for (let i = at + 1; i < lower.length && (["NOUN", "PROPN", "ADJ", "NUM", "X"].includes(tags[i] ?? "") || modifier(i)); i++) if (tags[i] !== "ADJ" && tags[i] !== "VERB") noun = lower[i];
  // "how many mous were signed": a counted noun the tagger takes for a verb
  const first = lower[at + 1];
  return noun ?? (first !== undefined && COUNTED_KIN.has(countTerm(first)) ? first : undefined);
}

/** Things whose length is in kilometres: "how long is the border / river / runway / railway" (heldout85 x813, read sets' borders, a river, a runway, a railway). */
const LENGTHY = new Set(["border", "borders", "frontier", "boundary", "river", "runway", "railway", "railroad", "road", "highway", "motorway", "pipeline", "bridge", "tunnel", "canal", "coastline", "section", "stretch"]);
/** Words that make "how long" a span of time even beside such a thing: "how long is the flight along the border", "… the talks on the railway". */
const SPANS_OF_TIME = new Set(["visit", "stay", "staying", "trip", "tour", "talks", "meeting", "call", "flight", "lease", "deal", "session", "take", "last", "lasted", "negotiations", "construction", "build", "ago"]);

/** Words after "which"/"what" where the search for its head noun stops ("what did …", "which of …"). */
const STOPS_HEAD = new Set(["did", "do", "does", "is", "was", "are", "were", "will", "would", "has", "have", "had", "can", "could", "of", "to", "in", "on", "at", "for", "with", "and", "or"]);

/** Whether a word is a head noun whose answer type the reader knows. */
const isHead = (w: string): boolean =>
  ["year", "date", "day", "month", "country", "countries", "city", "town", "capital", "cities"].includes(w) || ORDINAL_HEADS.has(w) || PLACE_HEADS.has(w) || PERSON_HEADS.has(w) || AMOUNT_HEADS.has(w);

/** The head noun a word is, or a long one it misspells by two letters at most ("anniversery"). */
function headOf(word: string): string | undefined {
  if (isHead(word)) return word;
  if (word.length < 7) return undefined;
  // a misspelling keeps the word's first and last letters; a plural ("meetings") is another word
  return [...ORDINAL_HEADS, ...PLACE_HEADS, ...AMOUNT_HEADS].find((h) => h.length >= 7 && h[0] === word[0] && h.at(-1) === word.at(-1) && Math.abs(h.length - word.length) <= 2 && editDistance(h, word) <= 2);
}

/** Nouns that ask "how much" of an amount ("what was the value of …", "what score"). */
const AMOUNT_HEADS = new Set(["value", "size", "amount", "total", "score", "percentage", "share", "cost", "price", "volume", "figure", "sum", "target", "goal"]);

/**
 * The answer a question expects, or undefined when its form asks for none the reader can give
 * (a yes/no question, "what did they discuss").
 * @example expectedAnswer("how many ports were affected")?.counts // "port"
 * @example expectedAnswer("which round of the dialogue was it")?.types // ["ordinal"]
 */
export function expectedAnswer(question: string): ExpectedAnswer | undefined {
  const words = fold(question)
    .replace(/['’]s\b/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const at = (w: string) => words.indexOf(w);
  const next = (i: number) => words[i + 1] ?? "";
  const how = at("how");
  if (how >= 0) {
    const w = next(how);
    // "how long is the border", "… the runway", "… the railway from A to B": a length in kilometres, no time (not "how long is the visit")
    if (w === "long" && words.some((x) => LENGTHY.has(x)) && !words.some((x) => SPANS_OF_TIME.has(x))) return { types: ["number"], amount: true, formWords: ["how", "long"], what: "how long" };
    if (w === "long" && next(how + 1) !== "ago") return { types: ["duration"], formWords: ["how", "long"], what: "how long" };
    if (w === "many") {
      const counted = countedNoun(question);
      if (counted && TIME_UNITS.has(counted)) return { types: ["duration", "number"], counts: countTerm(counted), formWords: ["how", "many"], what: `how many ${counted}` };
      if (counted === "times") return { types: ["number", "ordinal"], formWords: ["how", "many"], what: "how many times" };
      if (counted) return { types: ["number"], counts: countTerm(counted), formWords: ["how", "many"], what: `the number of ${counted}` };
      return undefined;
    }
    if (["much", "big", "large", "high", "low"].includes(w)) return { types: ["number"], amount: true, formWords: ["how", w], what: `how ${w}` };
    return undefined;
  }
  const wh = words.findIndex((x) => x === "which" || x === "what");
  if (wh >= 0) {
    // the head noun may follow a modifier or two: "which UNGA session", "which African country"
    const first = next(wh) === "the" ? wh + 2 : wh + 1;
    let head = words[first] ?? "";
    for (let i = first; i < first + 3 && i < words.length && !STOPS_HEAD.has(words[i]!); i++) {
      const word = headOf(words[i]!);
      if (word) {
        head = word;
        words[i] = word;
        break;
      }
    }
    const form = [words[wh]!, head];
    // "what time did the talks start", "at what time will they speak": a time of day ("which time" is an ordinal's)
    if (words[wh] === "what" && next(wh) === "time") return { types: ["time"], formWords: form, what: "the time" };
    if (head === "year") return { types: ["date"], year: true, formWords: form, what: "the year" };
    if (["date", "day", "month"].includes(head)) return { types: ["date"], formWords: form, what: "the date", ...(head === "month" ? {} : { day: true }) };
    if (head === "country" || head === "countries") return { types: ["country"], formWords: form, what: "the country", ...(head === "countries" ? { many: true } : {}) };
    if (["city", "town", "capital", "cities"].includes(head)) return { types: ["place"], formWords: form, what: "the place", ...(head === "cities" ? { many: true } : {}) };
    if (PLACE_HEADS.has(head)) return { types: ["place"], head, formWords: form, what: `the ${head}` };
    if (ORDINAL_HEADS.has(head) && !(head === "number" && next(words.indexOf(head)) === "of")) return { types: ["ordinal"], formWords: form, what: `which ${head}` };
    if (PERSON_HEADS.has(head)) return { types: ["person"], formWords: form, what: `which ${head}`, ...(head.endsWith("s") || head === "people" ? { many: true } : {}) };
    if (AMOUNT_HEADS.has(head) || (head === "is" || head === "was") && AMOUNT_HEADS.has(next(words.indexOf(head) + (next(words.indexOf(head)) === "the" ? 1 : 0)))) return { types: ["number"], amount: true, formWords: form, what: "the figure" };
    return undefined;
  }
  // "since when has A served in Tarsk": the date after "since" in the sentence that tells the state
  if (words[0] === "since" && words[1] === "when") return { types: ["date", "duration"], since: true, formWords: ["since", "when"], what: "since when" };
  if (words[0] === "when" || words.includes("when")) return words[0] === "when" ? { types: ["date"], formWords: ["when"], what: "the date" } : undefined;
  if (words[0] === "where") return { types: ["place", "country"], formWords: ["where"], what: "the place", ...(ORIGIN_ASKED.test(question) ? { origin: true } : {}) };
  // "who is the leader of …" asks for a person; "who is Ana Ruiz" for what she is (who-is answers)
  const describes = ["is", "was", "are"].includes(next(0)) && !["the", "a", "an"].includes(next(1)) && !words.slice(2).some((w) => ACTS.has(w));
  if ((words[0] === "who" || words[0] === "whom") && !describes)
    return { types: ["person"], formWords: ["who"], what: "who" };
  return undefined;
}

/** Terms (stemmed) of questions about meetings themselves, which the meetings answer. */
export const MEETING_TERMS = new Set(
  ["meet", "met", "meeting", "talk", "discuss", "hold", "held", "visit", "consult", "consultation", "call", "phone", "speak", "spoke", "receive", "host", "welcome", "attend", "sit", "chair", "co-chair", "present", "credential", "audience", "summit", "trip", "travel", "go", "come", "arrive", "see", "accompany", "join", "participate", "take", "lead", "head", "brief", "greet", "pay", "tour", "fly", "return", "leave", "land", "depart", "reach", "expect", "schedule", "plan", "due", "set"].map(stem),
);

/** Terms (stemmed) that tell a contact between two sides: a sentence answering "who met A?" holds one. */
export const CONTACT_TERMS = new Set(
  ["meet", "met", "meeting", "talk", "talks", "discuss", "consult", "consultation", "call", "phone", "speak", "spoke", "receive", "host", "welcome", "greet", "audience", "credential", "visit", "summit", "confer", "negotiate"].map(stem),
);

/**
 * The contact a question asks about by its verb ("who met A", "who did A call", "who received A"), as
 * terms; empty when its verb is no contact ("who replaced A").
 * @example contactActs("who did the minister meet") // ["meet"]
 */
export function contactActs(question: string): string[] {
  const { lemmas, tags } = parseText(question);
  return lemmas.flatMap((lemma, i) => (tags[i] === "VERB" && CONTACT_TERMS.has(stem(fold(lemma))) ? [stem(fold(lemma))] : []));
}

/** Verbs that carry no act of their own. */
const LIGHT_VERBS = new Set(["be", "do", "have", "will", "would", "can", "could", "should", "may", "might", "must", "shall", "happen", "last", "give", "show", "list", "tell", "name", "know", "want", "need", "find", "mean", "get", "make"]);

/** Intents answered from meeting records. */
const MEETING_INTENTS = new Set(["who_met", "when", "where"]);

/**
 * Whether a question opens as one asked yes or no about the past ("did …", "has …", "were …").
 * @example opensYesNo("did they discuss fisheries") // true
 */
export const opensYesNo = (text: string): boolean => /^\s*(did|does|do|has|have|had|was|were)\b/i.test(text);

/** "Who did A meet first", "who did she see first in Tarsk": the first of someone's contacts on an occasion. */
const WHO_FIRST = /^\s*who\b.*\b(?:meet|met|see|saw|receive|received|call on|visit)\s+first\b/i;

/**
 * Whether the reader answers a question instead of the meeting records: "only" when no meeting
 * record can (a duration, an ordinal, an amount; an act that is not a meeting: "when did she take
 * office", "who did he replace"), "first" when its span beats them, undefined otherwise.
 * @example readerFirst("how long did the call last", ["call", "last"], "when") // "only"
 * @example readerFirst("when did Lee meet Wang", ["lee", "meet", "wang"], "when") // undefined
 * @example readerFirst("when was Lee in Hanoi", ["lee", "hanoi"], "when", true) // undefined
 */
export function readerFirst(question: string, terms: string[], intent?: string, placeLinked = false, names: string[] = []): "only" | "first" | undefined {
  const expected = expectedAnswer(question);
  if (intent !== "number" && expected?.types.every((t) => t === "duration" || t === "ordinal")) return "only";
  // "how many times": the articles' own count, which no list of records gives
  if (expected?.what === "how many times") return "first";
  if (intent === "relations" || intent === "number") return undefined; // relations, votes and counts have facts of their own
  if (expected?.amount || expected?.head) return "only";
  // "where did A fly in from": where a trip began, which no meeting's place tells
  if (ORIGIN_ASKED.test(question)) return "only";
  // "where is A based": where an envoy lives, which no meeting's place tells
  if (RESIDENCE_ASKED.test(question)) return "only";
  if (MEETING_INTENTS.has(intent ?? "") && otherAct(question, names)) return "only";
  // "who did A meet first in Tarsk": a sentence telling the first may name them, else the meetings there in the order told
  if (intent === "who_met" && WHO_FIRST.test(question)) return "first";
  // "the previous dialogue", "when did they first meet": an event the list of meetings cannot pick
  if (MEETING_INTENTS.has(intent ?? "") && /\b(previous|earlier|former|first)\b/i.test(question)) return "only";
  // "when was Lee in Hanoi?": the days of Lee's meetings there, every one of them, not one sentence's day
  if (placeLinked && PRESENCE.test(question) && !otherAct(question, names)) return undefined;
  return expected?.types[0] === "date" && !terms.some((t) => MEETING_TERMS.has(t)) && !STOPPED_CONTACT.test(question) ? "first" : undefined;
}

/** Words of contact the stop list drops from a question's terms: "when did A call on B", "when did A see B". */
const STOPPED_CONTACT = /\b(?:call(?:s|ed|ing)?|see|saw|seen)\b/i;

/** "Where did A fly in from?": a question of where a trip began ("where is A from?" asks of a person, and is read before). */
export const ORIGIN_ASKED = /^\s*where\b.*\bfrom\s*[?.!]*\s*$/i;

/** "Where is A based?", "where does the envoy reside?": where someone lives or is posted, not where they met anyone. */
const RESIDENCE_ASKED = /^\s*(?:where|in\s+which\s+(?:city|town|capital|country))\b.*\b(?:based|resident|resides?|residing|stationed)\b/i;

/** "When was X in Y?", "when were they in Y": a question of presence at a place, no act named. */
const PRESENCE = /^\s*when\s+(?:was|were|is|are|will\b.*\bbe)\b.*\b(?:in|at)\s+\S/i;

/** The acts of signing as otherActs gives them (a reply from a meeting told as a signing shows them: see select's SIGNING_RULES). */
export const SIGNING_ACTS: ReadonlySet<string> = new Set(["sign", "ink", "countersign"].map(stem));

/**
 * Whether a question's only act besides meeting is signing, which a meeting the articles tell as a signing answers.
 * @example asksSigning("when did Varan and Telu sign the accord") // true
 * @example asksSigning("when did Varan resign") // false
 */
export function asksSigning(question: string, names: string[] = []): boolean {
  const acts = otherActs(question, names);
  return acts.length > 0 && acts.every((a) => SIGNING_ACTS.has(a));
}

/** Whether the question asks about an act that is not a meeting ("replace", "resign", "sign"). */
const otherAct = (question: string, names: string[]): boolean => otherActs(question, names).length > 0;

/**
 * The question with each name it was linked by written as one name the tagger knows as a name, whatever the words of the name
 * ("hunt", "park", "may" are verbs and nouns of their own; "who did varan hamed meet" reads "hamed" as a past tense).
 * @example withNamesAsKnown("where did hunt sign the accord", ["hunt"]) // "where did John sign the accord"
 */
function withNamesAsKnown(question: string, names: string[]): string {
  // (a name's words as the link wrote them, apart by spaces or hyphens: "tae ho lin" is "Tae-ho Lin")
  // (the question as written where it holds the name so, folded only where its accents differ: a folded question reads otherwise)
  return names.reduce((text, name) => {
    const words = fold(name).split(/[\s-]+/).filter(Boolean);
    if (!words.length) return text;
    const pattern = new RegExp(`(?<![\\p{L}])${words.map(escapeRegExp).join("[\\s-]+")}(?![\\p{L}])`, "iu");
    return pattern.test(text) ? text.replace(pattern, "John") : pattern.test(fold(text)) ? fold(text).replace(pattern, "John") : text;
  }, question);
}

/**
 * The acts of a question that are not meetings, as terms ("who did she replace" → ["replac"]); `names`
 * are the people the question was linked by, never acts whatever their case.
 * @example otherActs("when did the cabinet resign") // ["resign"]
 */
export function otherActs(question: string, names: string[] = []): string[] {
  // ("who did ana hunt meet", "where did hunt sign …": the tagger reads "Hunt" as a verb however it is written, and the
  // verb after it as a noun; each linked name is read as a name it knows; heldout79 x766)
  const { lemmas, tags, values } = parseText(withNamesAsKnown(question, names));
  // "when does the visit end": a verb of beginning or ending last after "does …", whatever the tagger says
  let last = tags.length - 1;
  while (last > 0 && tags[last] === "PUNCT") last--;
  const verbAtEnd = tags.slice(0, last).some((t, i) => t === "AUX" && lemmas[i] === "do") && !tags.includes("VERB") && ASPECT_VERBS.has(fold(lemmas[last] ?? ""));
  const afterNames = verbAfterNames(lemmas, tags);
  const acts = lemmas.flatMap((lemma, i) => {
    const term = fold(lemma);
    if ((tags[i] !== "VERB" && !(verbAtEnd && i === last) && i !== afterNames) || LIGHT_VERBS.has(term)) return [];
    // "when did A arrive": the arrival, which no meeting's day tells ("who did A meet after arriving" asks a meeting)
    if (MOVEMENTS.has(term)) return fold(values[i] ?? "") === term ? [stem(term)] : [];
    return MEETING_TERMS.has(stem(term)) ? [] : [stem(term)];
  });
  if (acts.length > 0 || tags.includes("VERB") || verbAtEnd || !["when", "where"].includes(fold(lemmas[0] ?? ""))) return acts;
  // "when are Veldia's elections", "where is the health centre": with no verb, the event or thing is the subject's head noun
  const head = subjectHead(lemmas, tags);
  return head !== undefined && !MEETING_TERMS.has(stem(head)) && !MEETING_NOUNS.has(head) ? [stem(head)] : [];
}

/**
 * "did Varan and Telu sign anything": after an auxiliary and a subject of names alone, the word the tagger took for a noun
 * before an object is the verb (its index; -1 when the question has a verb or no such form).
 */
function verbAfterNames(lemmas: string[], tags: string[]): number {
  // (so too after a wh-word: "where did A sign the accord", heldout79 x766)
  const aux = tags[0] === "AUX" ? 0 : /^(?:where|when|how|why)$/.test(fold(lemmas[0] ?? "")) && tags[1] === "AUX" ? 1 : -1;
  if (aux < 0 || !/^(?:do|will|would|can|could|shall|should)$/.test(fold(lemmas[aux] ?? "")) || tags.includes("VERB")) return -1;
  let k = aux + 1;
  while (k < tags.length && (tags[k] === "PROPN" || (tags[k] === "CCONJ" && tags[k + 1] === "PROPN"))) k++;
  return k > aux + 1 && tags[k] === "NOUN" && ["DET", "PRON", "ADP", "NOUN", "ADJ", "NUM"].includes(tags[k + 1] ?? "") ? k : -1;
}

/** Verbs of beginning and ending, which the tagger takes for nouns at a question's end ("when does the visit end"). */
const ASPECT_VERBS = new Set(["end", "begin", "start", "finish", "conclude", "close", "open", "resume", "expire"]);

/** Nouns of gatherings a meeting record may answer for, beyond the words of {@link MEETING_TERMS}. */
const MEETING_NOUNS = new Set(["session", "round", "dialogue", "conference", "forum", "ceremony", "dinner", "lunch", "breakfast", "reception", "negotiation", "exchange", "encounter", "stay", "mission", "tete-a-tete", "event", "one"]);

/**
 * The head noun of the noun phrase after "is/was …" when a determiner or possessive opens it ("when was the
 * foreign minister's visit" → "visit"); undefined without one ("when was varan in Tarsk": a name, lower-cased).
 */
function subjectHead(lemmas: string[], tags: string[]): string | undefined {
  const be = 1;
  if (tags[be] !== "AUX" || lemmas[be] !== "be") return undefined;
  let head: string | undefined;
  let determined = false;
  for (let i = be + 1; i < tags.length; i++) {
    if (tags[i] === "NOUN") head = fold(lemmas[i]!);
    else if (!["DET", "ADJ", "PROPN", "PART", "NUM", "PRON"].includes(tags[i]!) || (tags[i] === "PRON" && head !== undefined)) break;
    if (tags[i] === "DET" || tags[i] === "PART" || tags[i] === "PRON") determined = true;
  }
  return determined ? head : undefined;
}

/** Comings and goings: a meeting's day is not the day of them. */
export const MOVEMENTS = new Set(["arrive", "land", "depart", "leave", "return"]);
