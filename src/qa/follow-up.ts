/** @module Follow-ups: the focus a question leans on, from the conversation or from the bot message replied to. */
import { participantIds, type Knowledge } from "./knowledge";
import { linkQuestion } from "./link";
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
  const meetings = knowledge.index.meetings.filter((m) => {
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
