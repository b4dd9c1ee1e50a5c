/**
 * @module What a question asks of one occasion beyond its people, countries, places and dates: the
 * kind of event or venue ("at the airport", "over dinner", "on the sidelines of the summit") and
 * names the articles write that no link took ("Did Varan meet Orvel Tamsin?" when the articles name
 * Tamsin but report him at no meeting). A meeting answers such a question only when its own
 * sentences (or its occasion, venue, its article's title) say them: a meeting of the same people elsewhere is another
 * occasion, and answering with it is a wrong answer.
 */
import type { Meeting } from "../facts/types";
import { fold } from "../nlp/fold";
import type { Knowledge } from "./knowledge";
import { ARRIVAL_WORDS, MEAL_WORDS } from "../nlp/occasion-words";
import { wordTable } from "../nlp/word-table";

/**
 * Words of a question naming a kind of event or a venue, each with the word stems a sentence
 * reporting that occasion writes (general English: meals, venues, formats of meeting).
 */
const OCCASION_WORDS = wordTable<string[]>({
  // "who welcomed A at the airport": "A was met on the tarmac by B" is that welcome
  ...Object.fromEntries(ARRIVAL_WORDS.map((word) => [word, [...ARRIVAL_WORDS]])),
  palace: ["palace"],
  dinner: ["dinner", "banquet", "supper"],
  banquet: ["dinner", "banquet", "supper"],
  supper: ["dinner", "banquet", "supper"],
  lunch: ["lunch"],
  luncheon: ["lunch"],
  breakfast: ["breakfast"],
  walk: ["walk", "stroll"],
  stroll: ["walk", "stroll"],
  summit: ["summit"],
  seminar: ["seminar"],
  forum: ["forum"],
  conference: ["conference"],
  session: ["session"],
  ceremony: ["ceremon"],
  sidelines: ["sideline", "margin"],
  sideline: ["sideline", "margin"],
  margins: ["sideline", "margin"],
  reception: ["reception"],
  funeral: ["funeral"],
  inauguration: ["inaugura", "sworn", "swearing"],
  exhibition: ["exhibition", "expo"],
  expo: ["exhibition", "expo"],
  parade: ["parade"],
  virtual: ["virtual", "video", "online"],
  videoconference: ["virtual", "video", "online"],
});

/**
 * Venues a meeting is at only where a sentence puts someone there ("received at the airport", "at the VVIP lounge of the
 * airport"), not where it names one ("an upgrade of the airport"): each with that pattern over a meeting's folded words.
 */
const AT_VENUE = new Map([...ARRIVAL_WORDS, "palace"].map((venue) => [venue, new RegExp(` (?:at|in|on|to|into|from|outside|near|inside) (?:[\\p{L}\\p{N}]+ ){0,6}${venue}`, "u")]));

/** One thing a question asks of the occasion: the word asked, and the word stems one of which the meeting's words must hold. */
export interface Specific {
  asked: string;
  stems: string[];
  /** The stems are whole words ("eco", never "economic"): an event's ordinal or code name. */
  whole?: true;
}

/** What one question asks of the occasion (see {@link Specific}). */
export type Specifics = Specific[];

/**
 * The occasion words of a question's folded words ("at the airport" → airport).
 * @example occasionWords(["who", "met", "varan", "at", "the", "airport"]) // [{ asked: "airport", stems: ["airport"] }]
 */
export function occasionWords(words: string[]): Specifics {
  const out: Specifics = [];
  for (const asked of words) {
    const stems = OCCASION_WORDS[asked];
    if (stems && !out.some((s) => s.stems[0] === stems[0])) out.push({ asked, stems });
  }
  return out;
}

/** Nouns of a gathering that an ordinal or a code name before them makes one event ("the sixth joint commission", "the ECO summit"). */
export const EVENT_NOUNS = new Set(["summit", "meeting", "session", "forum", "conference", "council", "commission", "committee", "dialogue", "round", "consultations", "cabinet", "congress", "assembly", "ministerial"]);

/** Ordinal words with the figures news writes them as ("sixth" and "6th"). */
const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];
const FIGURED = /^(\d+)(?:st|nd|rd|th)$/;

/** A word's forms as an ordinal ("sixth" → sixth, 6th), or undefined. */
export function ordinalForms(word: string): string[] | undefined {
  const spelled = ORDINALS.indexOf(word);
  const n = spelled >= 0 ? spelled + 1 : Number(FIGURED.exec(word)?.[1] ?? NaN);
  if (!Number.isInteger(n) || n < 1) return undefined;
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return [...new Set([`${n}${suffix}`, ...(ORDINALS[n - 1] ? [ORDINALS[n - 1]!] : [])])];
}

/** Question words enough to see an event named before a gathering noun. */
export interface EventToken {
  raw: string;
  word: string;
  used: boolean;
}

/** Words between a pin and its gathering noun at most ("the sixth India-Veldia joint commission meeting"). */
const PIN_REACH = 4;

/**
 * Words that name one event of many: an ordinal after "the" ("the sixth joint commission") or a
 * code name in capitals ("the ECO summit") before a gathering noun. The sixth session is not the
 * fifth, and a summit of one grouping is not another's: a meeting fits only when its own words say
 * them, whole ("eco" is not "economic").
 * @example pinnedEvent([{ raw: "the", … }, { raw: "sixth", … }, { raw: "joint", … }, { raw: "commission", … }]) // [{ asked: "sixth", stems: ["6th", "sixth"], whole: true }]
 */
export function pinnedEvent(tokens: EventToken[]): Specifics {
  const out: Specifics = [];
  tokens.forEach((t, i) => {
    if (t.used || !tokens.slice(i + 1, i + 1 + PIN_REACH).some((n) => EVENT_NOUNS.has(n.word))) return;
    const ordinal = ordinalForms(t.word);
    if (ordinal && tokens[i - 1]?.word === "the") out.push({ asked: t.raw, stems: ordinal, whole: true });
    // a code name right before the noun or before the next piece of it ("AU-EU summit")
    else if (!ordinal && /^\p{Lu}[\p{Lu}\d]+$/u.test(t.raw) && (EVENT_NOUNS.has(tokens[i + 1]?.word ?? "") || /^\p{Lu}[\p{Lu}\d]+$/u.test(tokens[i + 1]?.raw ?? ""))) out.push({ asked: t.raw, stems: [t.word], whole: true });
  });
  return out;
}

/** A text's words folded, one space between and around them (" met at the airport "), as the venue patterns read them. */
const foldedWords = (text: string): string => ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, " ")} `;

/**
 * Each meeting's words (its sentences, occasion and venue, and its article's title, which
 * name the forum or summit of all its meetings), folded; made on a question's first look, kept.
 */
const MEETING_WORDS = new WeakMap<Meeting, string>();

function meetingWords(meeting: Meeting, knowledge: Knowledge): string {
  let words = MEETING_WORDS.get(meeting);
  if (words === undefined) {
    const article = knowledge.articles.get(meeting.article);
    // (a presentation of credentials is a ceremony, whether or not its sentences say the word)
    const kind = meeting.kind === "credentials" ? "credentials ceremony" : "";
    const text = [...meeting.sentences.map((s) => knowledge.index.sentences[s]?.text ?? ""), meeting.occasion ?? "", meeting.venue ?? "", article?.title ?? "", kind].join(" ");
    words = foldedWords(text);
    MEETING_WORDS.set(meeting, words);
  }
  return words;
}

/**
 * Whether a meeting's own words say every specific a question asks (a word starting with one of
 * each entry's stems).
 * @example meetsSpecifics(meetingAtTheAirport, occasionWords(["airport"]), knowledge) // true
 * @example meetsSpecifics(meetingInThePalace, occasionWords(["airport"]), knowledge) // false
 */
export function meetsSpecifics(meeting: Meeting, specifics: Specifics, knowledge: Knowledge): boolean {
  if (specifics.length === 0) return true;
  const words = meetingWords(meeting, knowledge);
  return specifics.every(({ stems, whole }) => stems.some((stem) => {
    if (whole) return words.includes(` ${stem} `);
    const at = AT_VENUE.get(stem);
    if (at) return atVenue(meeting, stem, at, knowledge);
    const meal = MEALS.get(stem);
    return meal ? atVenue(meeting, stem, meal, knowledge) : words.includes(` ${stem}`);
  }));
}

/**
 * Meals a meeting is only where a sentence that names two of its sides tells the meal ("Telu gave a
 * dinner for Varan"): "Varan later gave a lunch for the visiting mayors", told after his talks with
 * Telu, is another occasion of Varan's, and "who did Varan host for lunch" does not ask of Telu.
 */
const MEALS = new Map(MEAL_WORDS.map((meal) => [meal, new RegExp(` ${meal}`, "u")]));

/**
 * Whether the meeting was at the venue: its recorded venue says so, or one of its sentences puts
 * someone there and names two of its sides ("A was received at the airport by B"). "A flew into
 * the airport" with B's talks told elsewhere puts A at the airport, not the meeting: "who welcomed
 * A at the airport" asks of whoever the sentence names there.
 */
function atVenue(meeting: Meeting, stem: string, at: RegExp, knowledge: Knowledge): boolean {
  if (fold(meeting.venue ?? "").includes(stem)) return true;
  const sides = new Set(meeting.participants.flatMap((p) => (p.kind === "person" ? [p.person] : [])));
  return meeting.sentences.some((id) => {
    const s = knowledge.index.sentences[id];
    return !!s && at.test(foldedWords(s.text)) && new Set(s.people.filter((p) => sides.has(p))).size >= 2;
  });
}
