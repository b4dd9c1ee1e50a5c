/** @module Office titles as users ask for them, on top of src/nlp/offices: "the foreign minister" fits "Deputy Prime Minister and Foreign Minister", not "Deputy Foreign Minister". */
import { isOfficeHead, normaliseTitle, officeRoles, officeWordKind } from "../nlp/offices";

/** Heads too vague to name an office alone in a question ("the head of …", "officials"). */
const VAGUE_HEADS = new Set(["deputy", "general", "chief", "member", "official", "head", "leader", "representative"]);

/** Words users ask with for a title the articles word otherwise. */
const ASKED_AS: Record<string, string> = { envoy: "ambassador", envoys: "ambassador", leader: "president", leaders: "president", pm: "premier", fm: "foreign minister" };

/**
 * A word of a question as the office vocabulary has it ("envoy" → "ambassador", "leader" → "president").
 * @example askedOfficeWord("envoy") // "ambassador"
 */
export function askedOfficeWord(word: string): string {
  return ASKED_AS[word] ?? word;
}

/**
 * Whether a word of a question belongs to an office title (a head or a modifier).
 * @example isOfficeWord("ministers") // true
 */
export function isOfficeWord(word: string): boolean {
  const kind = officeWordKind(word);
  return kind === "head" || kind === "modifier";
}

/**
 * Whether a word heads a title clearly enough to name an office ("president", "ministers").
 * @example isTitleHead("premier") // true
 */
export function isTitleHead(word: string): boolean {
  return ASKED_AS[word] !== undefined || (isOfficeHead(word) && !VAGUE_HEADS.has(normaliseTitle([word]).toLowerCase()));
}

/**
 * The posts an office title names, as word lists, with "prime minister" read as "premier".
 * @example officePosts("Deputy Prime Minister and Minister of Foreign Affairs") // [["deputy","premier"],["foreign","minister"]]
 */
export function officePosts(title: string): string[][] {
  return officeRoles(normaliseTitle(title.split(/\s+/).filter(Boolean))).map((role) =>
    role
      .replace(/\bprime minister\b/g, "premier")
      .split(" ")
      .filter(Boolean),
  );
}

/**
 * Whether an office (its posts) fits the words a user asked with: every asked word is in one post,
 * and a deputy is a deputy in both.
 * @example officeFits(["foreign", "minister"], officePosts("Deputy Prime Minister and Foreign Minister")) // true
 */
export function officeFits(asked: string[], posts: string[][]): boolean {
  const wanted = officePosts(asked.join(" "))[0];
  if (!wanted) return false;
  if (wanted.length === 1 && wanted[0] === "counterpart") return true;
  return posts.some((post) => wanted.every((w) => post.includes(w)) && post.includes("deputy") === wanted.includes("deputy"));
}
