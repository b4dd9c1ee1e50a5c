/** @module The features of a question that the intent model reads: wink-nlp lemmas and parts of speech, and the question's form. */
import { fold } from "../nlp/fold";
import { parseText } from "./parse";
import { wordTable } from "../nlp/word-table";

/**
 * General question vocabulary (not article words): each word also counts as its class, so that an
 * unseen synonym ("venue", "itinerary") still points at the right intent. A class counts three
 * times: the classes generalise better than the few example words.
 */
const WORD_CLASSES = wordTable<string[]>({
  "#time": ["when", "date", "day", "year", "time", "month", "since", "long"],
  "#place": ["where", "city", "place", "venue", "location", "country", "building", "host", "town"],
  "#topic": ["discuss", "talk", "topic", "agenda", "agree", "issue", "subject", "say", "focus", "address", "raise", "about", "emphasize", "stress", "highlight", "area"],
  "#vote": ["vote", "abstention", "abstain", "favour", "favor", "against", "support", "oppose", "tally", "count", "result", "many", "number", "sign"],
  "#trip": ["visit", "trip", "tour", "travel", "itinerary", "go", "stop", "before", "after"],
  "#source": ["article", "source", "news", "publisher", "newspaper", "publication", "story", "text", "data", "database", "document", "come", "get", "website", "information", "outlet"],
  "#office": ["describe", "position", "job", "office", "role", "title", "post", "hold", "who's", "tell", "president", "minister", "premier", "chairman", "ambassador", "head"],
  "#meet": ["meet", "meeting", "talks", "consultation", "attend", "attendee", "participant", "participate", "involve", "lead", "present", "delegation", "part", "gather"],
  "#ties": ["relation", "embassy", "diplomatic", "establish", "tie", "open", "found", "start", "begin"],
  "#help": ["help", "example", "use", "ask", "instruction", "can", "bot", "you", "your", "purpose", "command"],
  "#hello": ["hi", "hello", "hey", "morning", "evening", "afternoon", "thanks", "thank", "bye", "goodbye", "cheers", "greeting", "nice", "doing"],
});
const CLASS_OF = new Map<string, string>();
for (const [name, words] of Object.entries(WORD_CLASSES)) for (const w of words) if (!CLASS_OF.has(w)) CLASS_OF.set(w, name);

const AUXILIARIES = new Set(["do", "be", "have", "will", "can", "could", "would", "should", "the", "a", "an", "'s", "s"]);

const WH_WORDS = new Set(["who", "whom", "whose", "when", "where", "what", "which", "how", "why"]);

/** The longer words a typo is corrected to (six letters or more, where one edit rarely makes another word). */
const LONG_WORDS = [...CLASS_OF.keys(), "country"].filter((w) => w.length >= 6);

/** The wh-words in a list, for the typos of a wh-word. */
const WH_LIST = [...WH_WORDS];

/** Of LONG_WORDS, in their order, those one edit may reach from a word of each length or its singular (one letter shorter). */
const LONG_WORDS_NEAR = new Map<number, string[]>();

/** The long words a word of `length` letters (or its singular) may be one edit from: the others differ by two letters or more. */
function longWordsNear(length: number): string[] {
  let near = LONG_WORDS_NEAR.get(length);
  if (near === undefined) LONG_WORDS_NEAR.set(length, (near = LONG_WORDS.filter((k) => k.length >= length - 2 && k.length <= length + 1)));
  return near;
}

/** Whether two words are one edit apart (insert, delete, substitute or swap two neighbours). */
function oneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (a.length === b.length) return sameFrom(a, i + 1, b, i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && sameFrom(a, i + 2, b, i + 2));
  return a.length > b.length ? sameFrom(a, i + 1, b, i) : sameFrom(a, i, b, i + 1);
}

/** Whether `a` from `i` on is `b` from `j` on (`a.slice(i) === b.slice(j)`, without the copies: this runs per long word of a question). */
function sameFrom(a: string, i: number, b: string, j: number): boolean {
  const length = Math.max(0, a.length - i);
  if (length !== Math.max(0, b.length - j)) return false;
  for (let k = 0; k < length; k++) if (a.charCodeAt(i + k) !== b.charCodeAt(j + k)) return false;
  return true;
}

/**
 * A misspelt word as the word it misspells: a wh-word opening the question ("wen", "wher", "wat"),
 * or a long question word ("discus", "realtions", "establsh"). Stop words are never corrected.
 */
function corrected(word: string, at: number, stop: boolean): string {
  if (stop || CLASS_OF.has(word) || WH_WORDS.has(word)) return word;
  if (at <= 1 && word.length >= 3 && word.length <= 5) {
    // a dropped letter is the likeliest typo: "wher" is "where" before it is "when"
    const candidates = WH_LIST.filter((w) => w[0] === word[0] && oneEdit(word, w));
    const wh = candidates.find((w) => w.startsWith(word)) ?? candidates.find((w) => w.length > word.length) ?? candidates[0];
    if (wh) return wh;
  }
  if (word.length < 6) return word;
  const singular = word.replace(/s$/, "");
  return longWordsNear(word.length).find((k) => oneEdit(word, k) || oneEdit(singular, k)) ?? word;
}

/** Words that carry the form of a question whatever its subject. */
function whFeature(lemmas: string[]): string {
  const at = lemmas.findIndex((l) => WH_WORDS.has(l));
  if (at < 0) return "wh:none";
  const wh = lemmas[at] ?? "";
  const next = lemmas[at + 1] ?? "";
  if (wh === "how" && (next === "many" || next === "much")) return "wh:how_many";
  if (wh === "how" && (next === "long" || next === "old")) return `wh:how_${next}`;
  return at === 0 ? `wh:${wh}` : `wh:${wh}_late`;
}

/**
 * Turns a question into the features the intent model counts: lemmas (proper nouns folded into one
 * `#name` feature), lemma bigrams, the part of speech of the first verb, the wh-word and the length.
 * @example questionFeatures("Who did Smith meet?") // ["who", "do", "#name", "meet", "who do", …, "wh:who", …]
 */
export function questionFeatures(question: string): string[] {
  const { values, lemmas, tags, types, stops } = parseText(question.replace(/[’‘]/g, "'"));
  const words: string[] = [];
  values.forEach((value, i) => {
    if (types[i] !== "word" && types[i] !== "number") return;
    if (types[i] === "number") return void words.push("#number");
    if (tags[i] === "PROPN" && i > 0) return void words.push("#name");
    words.push(corrected(fold(lemmas[i] ?? value), i, stops[i] === true));
  });
  const classes = words.map((w) => CLASS_OF.get(w)).filter((c): c is string => c !== undefined);
  const features = [...words, ...classes, ...classes, ...classes];
  if (classes.length === 0) features.push("#off-topic");
  for (let i = 1; i < words.length; i++) features.push(`${words[i - 1]} ${words[i]}`);
  if (words[0]) features.push(`first:${words[0]}`);
  features.push(whFeature(words));
  const head = words.find((w, i) => i > 0 && !AUXILIARIES.has(w) && w !== "#name");
  if (head) features.push(`head:${words[0]}_${head}`, `head:${CLASS_OF.get(head) ?? head}`);
  features.push(words.length <= 2 ? "len:short" : "len:long");
  return features;
}
