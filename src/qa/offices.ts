/** @module Office titles as users and articles word them: general vocabulary, no article data. */
import { nameTokens } from "./names";

/**
 * Words that head an office title as users type them.
 * @example TITLE_WORDS.has("premier") // true
 */
export const TITLE_WORDS = new Set([
  "president", "premier", "minister", "ambassador", "chairman", "chairwoman", "chair", "secretary", "chancellor",
  "king", "queen", "emir", "envoy", "governor", "mayor", "speaker", "spokesman", "spokesperson", "director", "head",
  "leader", "consul", "commissioner", "rector", "counterpart",
]);

/**
 * Words that qualify a title ("foreign", "deputy").
 * @example QUALIFIER_WORDS.has("deputy") // true
 */
export const QUALIFIER_WORDS = new Set([
  "vice", "deputy", "prime", "foreign", "health", "defence", "defense", "trade", "economy", "finance", "interior",
  "education", "culture", "energy", "agriculture", "first", "general", "state", "affairs", "expatriates", "chief",
]);

const PLURALS: Record<string, string> = { ministers: "minister", presidents: "president", ambassadors: "ambassador", premiers: "premier", chairmen: "chairman", envoys: "envoy", leaders: "leader", counterparts: "counterpart" };

/**
 * Canonical office words: singular, "prime minister" as "premier", "minister of foreign affairs" as
 * "foreign minister", "X and Y minister" as "X minister and Y minister".
 * @example officeSegments("Deputy Prime Minister and Minister of Foreign Affairs") // [["deputy","premier"],["foreign","minister"]]
 */
export function officeSegments(title: string): string[][] {
  let text = nameTokens(title)
    .map((w) => PLURALS[w] ?? w)
    .join(" ");
  text = text
    .replace(/\bminister of foreign affairs\b/g, "foreign minister")
    .replace(/\bforeign affairs minister\b/g, "foreign minister")
    .replace(/\bminister of (\w+)\b/g, "$1 minister")
    .replace(/\bvice minister of foreign affairs\b/g, "deputy foreign minister")
    .replace(/\bprime minister\b/g, "premier")
    .replace(/\bvice\b/g, "deputy")
    .replace(/\b(\w+) and (\w+) minister\b/g, "$1 minister and $2 minister");
  return text
    .split(/\band\b/)
    .map((s) => s.split(" ").filter((w) => TITLE_WORDS.has(w) || QUALIFIER_WORDS.has(w)))
    .filter((s) => s.some((w) => TITLE_WORDS.has(w)));
}

/**
 * Whether an office title fits what the user asked: every asked word is in one segment of the
 * title (or its precomputed segments), and a deputy is a deputy in both.
 * @example officeFits(["foreign", "minister"], "Deputy Prime Minister and Foreign Minister") // true
 */
export function officeFits(asked: string[], title: string | string[][]): boolean {
  const wanted = officeSegments(asked.join(" "))[0];
  if (!wanted) return false;
  if (wanted.length === 1 && wanted[0] === "counterpart") return true;
  return (typeof title === "string" ? officeSegments(title) : title).some(
    (segment) => wanted.every((w) => segment.includes(w)) && segment.includes("deputy") === wanted.includes("deputy"),
  );
}
