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
import { wordTable } from "../nlp/word-table";

/**
 * Words of a question naming a kind of event or a venue, each with the word stems a sentence
 * reporting that occasion writes (general English: meals, venues, formats of meeting).
 */
const OCCASION_WORDS = wordTable<string[]>({
  airport: ["airport"],
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
const AT_VENUE = new Map(["airport", "palace"].map((venue) => [venue, new RegExp(` (?:at|in|on|to|into|from|outside|near|inside) (?:[\\p{L}\\p{N}]+ ){0,6}${venue}`, "u")]));

/** One thing a question asks of the occasion: the word asked, and the word stems one of which the meeting's words must hold. */
export interface Specific {
  asked: string;
  stems: string[];
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

/**
 * Each meeting's words (its sentences, occasion and venue, and its article's title, which
 * name the forum or summit of all its meetings), folded; made on a question's first look, kept.
 */
const MEETING_WORDS = new WeakMap<Meeting, string>();

function meetingWords(meeting: Meeting, knowledge: Knowledge): string {
  let words = MEETING_WORDS.get(meeting);
  if (words === undefined) {
    const article = knowledge.articles.get(meeting.article);
    const text = [...meeting.sentences.map((s) => knowledge.index.sentences[s]?.text ?? ""), meeting.occasion ?? "", meeting.venue ?? "", article?.title ?? ""].join(" ");
    words = ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, " ")} `;
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
  return specifics.every(({ stems }) => stems.some((stem) => (AT_VENUE.get(stem)?.test(words) ?? words.includes(` ${stem}`))));
}
