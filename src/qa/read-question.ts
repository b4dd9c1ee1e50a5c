/**
 * @module A question read once, before it is answered: its normalised text, intent guess and links,
 * and whether its answer may lean on the conversation, so that an adapter loads the chat's context
 * (a storage read) only for the questions that use it.
 */
import { ellipticalPhrase } from "./ellipsis";
import { leansOnFocus } from "./follow-up";
import { pronounGender } from "./gender";
import { classifyIntent, type IntentGuess } from "./intent-model";
import type { Knowledge } from "./knowledge";
import { unreadable } from "./language";
import { linkQuestion, type Links } from "./link";
import { isMoreRequest } from "./paging";
import { hasConstraints } from "./select";

/** A pronoun standing for one person of the conversation. */
export const PERSONAL_PRONOUN = /\b(he|she|him)\b/i;

/** "they", "them", "their": the people in focus, together. */
export const PLURAL_PRONOUN = /\b(they|them|their)\b/i;

/**
 * Words of a request for help, addressed to the bot ("what can you do?", "examples?", "/start"); "help"
 * and "example" as the articles' own nouns ("thanked Tarsk for its help", "cited as an example") are not.
 */
const ASKS_BOT = /^\s*\/|^\s*what is this( thing)?\s*\??\s*$|\b(you|u|your|yourself|ask|bot|start|manual|instructions|commands|how to use|how does (this|it) work)\b|(?<!\b(?:its|their|his|her|the|as an?|for|of|with)\s+)\b(help|hepl|example|examples)\b/i;

/**
 * Whether a message asks the bot for help ("what can you do?"), not the articles something the
 * intent model takes for help ("what can members do on the website?").
 * @example asksBot("what can you do") // true
 * @example asksBot("what can members do on the website") // false
 */
export const asksBot = (text: string): boolean => ASKS_BOT.test(text);

/** A question as {@link readQuestion} leaves it for answer(). */
export interface ReadQuestion {
  /** The question as asked. */
  readonly asked: string;
  /** Quotes straightened, spaces collapsed, at most 500 characters. */
  readonly text: string;
  /**
   * Whether the answer may depend on the conversation's focus: "more", a pronoun, a question that
   * names no person, country, place or date and does not ask for everything ("when?", "who else?").
   * When false, answer() gives the same reply in any conversation, and an adapter need not load it.
   */
  readonly usesContext: boolean;
  /** The intent guess and the links, for a question in English that is not "more". */
  readonly parsed?: { readonly guess: IntentGuess; readonly links: Links };
}

/**
 * The text answer() reads: typographic quotes straightened, runs of space collapsed, 500 characters at most.
 * @example normaliseQuestion("  Who  met ‘X’? ") // "Who met 'X'?"
 */
export function normaliseQuestion(question: string): string {
  return question.replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim().slice(0, 500);
}

/**
 * Reads a question once: its intent and links, and whether it uses the conversation.
 * @example readQuestion("Who met whom?", knowledge).usesContext // false
 * @example readQuestion("When did they meet?", knowledge).usesContext // true
 */
export function readQuestion(question: string, knowledge: Knowledge): ReadQuestion {
  const text = normaliseQuestion(question);
  if (unreadable(text)) return { asked: question, text, usesContext: false };
  if (isMoreRequest(text)) return { asked: question, text, usesContext: true };
  const guess: IntentGuess = text ? classifyIntent(text, knowledge.model) : { intent: "help", confidence: 1, second: "help", evidence: 1 };
  const links = linkQuestion(text, knowledge);
  // a greeting or a plea for help is answered before any context is looked at
  const chat = guess.evidence > 0 && (guess.intent === "greeting" || (guess.intent === "help" && asksBot(text))) && !hasConstraints(links);
  // "where in Beijing did they meet?": a plural pronoun naming no one leans on the conversation too
  const they = links.people.length === 0 && /\b(they|them|their)\b/i.test(text);
  // "and Varan?" asks the chat's last question again
  const usesContext = text !== "" && !chat && (ellipticalPhrase(text) !== undefined || pronounGender(text) !== undefined || PERSONAL_PRONOUN.test(text) || they || (!hasConstraints(links) && leansOnFocus(text)));
  return { asked: question, text, usesContext, parsed: { guess, links } };
}
