/** @module Follow-ups: the focus a question leans on, from the conversation or from the bot message replied to. */
import { genderOf, pronounGender } from "./gender";
import { participantIds, type Knowledge } from "./knowledge";
import { linkQuestion } from "./link";
import { meetingPositions } from "./lookups";
import type { Conversation, Focus } from "./types";

/**
 * An empty focus.
 * @example answer("hi", k).focus // NO_FOCUS when the chat had none
 */
export const NO_FOCUS: Focus = { people: [], meetings: [], countries: [], articles: [] };

/**
 * The focus of a bot message's text: the people it names and the meetings between them.
 * @example focusOfText("Ana Ortega met Paul Ruiz, 4 February", knowledge).meetings // ["m1"]
 */
export function focusOfText(text: string, knowledge: Knowledge): Focus {
  const links = linkQuestion(text, knowledge);
  const people = [...new Set(links.people.filter((m) => !m.byOffice && m.ids.length === 1).flatMap((m) => m.ids))];
  // only the meetings of the people named can name one or two of them: looked up, not every meeting read
  const meetings = meetingPositions(knowledge.lookups, people).map((i) => knowledge.index.meetings[i]!).filter((m) => {
    const ids = participantIds(m);
    const named = ids.filter((id) => people.includes(id)).length;
    return people.length === 1 ? named === 1 : named >= 2;
  });
  return { people, meetings: meetings.map((m) => m.id), countries: links.countries, articles: [...new Set(meetings.map((m) => m.article))] };
}

/**
 * The focus a question may lean on: the replied-to message's when there is one, else the chat's.
 * @example conversationFocus({ replyTo: "Wang Lei (Chilean Premier)" }, knowledge).people // ["wang-lei"]
 */
export function conversationFocus(conversation: Conversation, knowledge: Knowledge): Focus | undefined {
  if (conversation.replyTo) {
    const focus = focusOfText(conversation.replyTo, knowledge);
    if (focus.people.length || focus.meetings.length) return focus;
  }
  return conversation.focus;
}

/** Words that point back at the conversation ("they", "that meeting", "who else", "there"). */
const BACK_REFERENCE = /\b(he|she|him|her|his|hers|they|them|their|it|its|that|this|those|these|there|then|else|also|too|same|again)\b/i;

/** Words that ask for everything the articles report ("who met whom?", "list all meetings"). */
const EVERYTHING = /\b(all|every|everyone|everybody|everything|whom|list|overall|any|anyone|anybody|ever)\b|\bwho\b[^?]*\bwho\b/i;

/**
 * Whether a question that names no person, country, place or date leans on the conversation's
 * focus: yes unless it asks for everything ("who met whom?", "list all meetings") without pointing
 * back ("what did they all discuss?" still does).
 * @example leansOnFocus("when?") // true
 * @example leansOnFocus("Who met whom?") // false
 */
export function leansOnFocus(text: string): boolean {
  return BACK_REFERENCE.test(text) || !EVERYTHING.test(text);
}

/**
 * The focus with only the people a gendered pronoun may mean ("who is she?": never a man the
 * articles call "he"): those the articles refer to with it, else the person asked about first
 * when the articles do not say;
 * undefined when it may mean none of them. A question without such a pronoun gets the focus as it is.
 * @example focusForPronoun("who is she?", focus, knowledge)?.people // ["ana-ortega"]
 */
export function focusForPronoun(text: string, focus: Focus | undefined, knowledge: Knowledge): Focus | undefined {
  const wanted = pronounGender(text);
  if (!wanted || !focus || focus.people.length === 0) return focus;
  // someone the articles give that gender; else the person asked about, when they say nothing of them
  const fits = focus.people.filter((id) => genderOf(id, knowledge) === wanted);
  const [first] = focus.people;
  const people = fits.length ? fits : first !== undefined && genderOf(first, knowledge) === undefined ? [first] : [];
  if (people.length === 0) return undefined;
  const meetings = focus.meetings.filter((id) => {
    const m = knowledge.meetings.get(id);
    return m ? participantIds(m).some((p) => people.includes(p)) : false;
  });
  return { ...focus, people, meetings };
}
