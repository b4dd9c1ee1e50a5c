/** @module Office titles as users ask for them, on top of src/nlp/offices: "the foreign minister" fits "Deputy Prime Minister and Foreign Minister", not "Deputy Foreign Minister"; "head of state", "top diplomat", "secretary of state" name the posts they stand for. */
import { isOfficeHead, NATIONAL_TITLES, normaliseTitle, officeRoles, officeWordKind } from "../nlp/offices";
import { wordTable } from "../nlp/word-table";

/** Heads too vague to name an office alone in a question ("the head of …", "officials"). */
const VAGUE_HEADS = new Set(["deputy", "general", "chief", "member", "official", "head", "leader", "representative"]);

/**
 * Words and phrases users ask with for a title the articles word otherwise (general equivalences
 * of office titles; "foreign minister", "minister of foreign affairs", "external affairs minister"
 * and "foreign secretary" are one post already in src/nlp/offices).
 */
const ASKED_AS = wordTable<string>({
  envoy: "ambassador",
  envoys: "ambassador",
  // a country's diplomat, as asked, its envoy
  diplomat: "ambassador",
  diplomats: "ambassador",
  leader: "leader",
  leaders: "leader",
  pm: "premier",
  fm: "foreign minister",
  "head of state": "president",
  "heads of state": "president",
  "head of government": "premier",
  "heads of government": "premier",
  "top diplomat": "foreign minister",
  "chief diplomat": "foreign minister",
  "foreign affairs chief": "foreign minister",
  // a country's own word for a post ("the taoiseach", "lyonchhen"; its country: see linkOffices)
  ...Object.fromEntries([...NATIONAL_TITLES].map(([word, post]) => [word, post.title.toLowerCase().replace("prime minister", "premier")])),
});

/** The phrases of ASKED_AS, as word lists, longest first. */
const ASKED_PHRASES = Object.keys(ASKED_AS)
  .filter((k) => k.includes(" "))
  .map((k) => k.split(" "))
  .sort((a, b) => b.length - a.length);

/** ASKED_PHRASES by their first word, longest first: a question's word is tried against the few phrases it may open, not all. */
const PHRASES_BY_FIRST_WORD = new Map<string, string[][]>();
for (const phrase of ASKED_PHRASES) {
  const first = phrase[0]!;
  const list = PHRASES_BY_FIRST_WORD.get(first);
  if (list) list.push(phrase);
  else PHRASES_BY_FIRST_WORD.set(first, [phrase]);
}

/**
 * Joins the words of an office phrase ("head of state", "top diplomat") into one, so that it is
 * read as the title it stands for.
 * @example joinOfficePhrases(["the", "head", "of", "state"]) // [{ from: 1, to: 3, phrase: "head of state" }]
 */
export function joinOfficePhrases(words: string[]): { from: number; to: number; phrase: string }[] {
  const out: { from: number; to: number; phrase: string }[] = [];
  for (let i = 0; i < words.length; i++) {
    const phrase = PHRASES_BY_FIRST_WORD.get(words[i]!)?.find((p) => p.every((w, j) => words[i + j] === w));
    if (!phrase) continue;
    out.push({ from: i, to: i + phrase.length - 1, phrase: phrase.join(" ") });
    i += phrase.length - 1;
  }
  return out;
}



/**
 * A word of a question as the office vocabulary has it ("envoy" → "ambassador", "head of state" → "president").
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
  if (ASKED_AS[word] !== undefined) return true;
  const kind = officeWordKind(word);
  return kind === "head" || kind === "modifier";
}

/**
 * Whether a word heads a title clearly enough to name an office ("president", "ministers").
 * @example isTitleHead("premier") // true
 */
export function isTitleHead(word: string): boolean {
  let head = TITLE_HEADS.get(word);
  if (head === undefined) {
    head = ASKED_AS[word] !== undefined || (isOfficeHead(word) && !VAGUE_HEADS.has(normaliseTitle([word]).toLowerCase()));
    if (TITLE_HEADS.size >= KEPT_WORDS) TITLE_HEADS.clear();
    TITLE_HEADS.set(word, head);
  }
  return head;
}

/** {@link isTitleHead}'s verdicts: the linker asks it of the words around each word of every question. */
const TITLE_HEADS = new Map<string, boolean>();
/** Words kept at most (past it, the kept ones are dropped: a bound on what odd questions can make it hold). */
const KEPT_WORDS = 4_096;

/**
 * The posts an office title names, as word lists, with "prime minister" read as "premier"; with the
 * organisation the title heads ("Head" of "Veldian foreign ministry", "President" of "National
 * Assembly"), the posts users ask that holder by as well (see askedPosts).
 * @example officePosts("Deputy Prime Minister and Minister of Foreign Affairs") // [["deputy","premier"],["foreign","minister"]]
 * @example officePosts("Head", "Foreign Ministry") // [["head"],["foreign","minister"]]
 */
export function officePosts(title: string, organisation?: string): string[][] {
  const posts = (text: string) => officeRoles(normaliseTitle(text.split(/\s+/).filter(Boolean).reduce(joinGeneral, [] as string[]))).map((role) => askedPosts(role.replace(/\bprime minister\b/g, "premier").split(" ").filter(Boolean)));
  const own = posts(title).flat();
  if (!organisation) return own;
  const asked = posts(`${title} of ${organisation}`).flatMap((p) => p.slice(1));
  return [...own, ...asked.filter((p) => !own.some((o) => o.join(" ") === p.join(" ")))];
}

/**
 * Joins "general" to the title word before it when the vocabulary knows the two as one
 * ("Governor General", a question's "governor general" split at the hyphen: "governor-general"), so
 * that every spelling reads as one post; a governor is no governor-general.
 * @example ["Governor", "General"].reduce(joinGeneral, []) // ["Governor-General"]
 */
function joinGeneral(words: string[], word: string): string[] {
  const before = words.at(-1);
  if (before && word.toLowerCase() === "general" && !before.includes("-") && officeWordKind(`${before.toLowerCase()}-general`) === "head") words[words.length - 1] = `${before}-${word}`;
  else words.push(word);
  return words;
}

/** Heads of a ministry's or a parliament's post other than its own title ("Head of the Foreign Ministry", "President of the National Assembly"). */
const LEADS = new Set(["head", "chief", "speaker", "president", "chairman", "chairwoman", "chairperson", "chair"]);

/** A house of a state's parliament, by the words of its name in a post ("national assembly", "council of representatives"). */
const HOUSE = /\b(?:parliament|(?:national|people's|legislative|federal) assembly|(?:house|council) of representatives?|majlis)\b/;

/**
 * A post as users ask for it as well as written (general equivalences on the articles' side, as
 * ASKED_AS is on the question's): an envoy is an ambassador ("Envoy of Veldia" is asked as "the
 * Veldian ambassador"); the head of a ministry its minister ("Head of Veldian foreign ministry", "the
 * heads of the foreign ministries of the EU countries"), the head of its diplomacy its foreign minister; the president or chair of a parliament's
 * house its speaker ("President of the National Assembly", "Chairman of the National Assembly" asked
 * as "the parliament speaker").
 * @example askedPosts(["national", "assembly", "president"]) // [["national","assembly","president"],["parliament","speaker"]] (the first, the post as written)
 */
function askedPosts(post: string[]): string[][] {
  // (a special envoy is sent for one matter, no ambassador: "the Veldian ambassador" is not they;
  // "special envoy", asked with "envoy" read as "ambassador", is still that post)
  const words = post.includes("special") ? post.map((w) => (w === "ambassador" ? "envoy" : w)) : post.map((w) => (w === "envoy" ? "ambassador" : w));
  // ("Special Representative for Regional Affairs", asked as "the Veldian envoy" or "the special envoy")
  if (words.includes("special") && words.includes("representative")) return [words, words.map((w) => (w === "representative" ? "envoy" : w))];
  const lead = words.find((w) => LEADS.has(w));
  if (lead === "head" || lead === "chief") {
    // "Head of Veldian diplomacy", "the chief of Veldia's diplomacy": its foreign minister
    if (words.includes("diplomacy")) return [words, ["foreign", "minister"]];
    if (words.includes("ministry")) return [words, words.filter((w) => w !== lead && w !== "of" && w !== "the").map((w) => (w === "ministry" ? "minister" : w))];
  } else if (lead && HOUSE.test(words.join(" "))) return [words, [...(words.includes("deputy") ? ["deputy"] : []), "parliament", "speaker"]];
  return [words];
}

/**
 * Whether an office (its posts) fits the words a user asked with: every asked word is in one post,
 * and a deputy is a deputy in both.
 * @example officeFits(["foreign", "minister"], officePosts("Deputy Prime Minister and Foreign Minister")) // true
 */
export function officeFits(asked: string[], posts: string[][]): boolean {
  return officeMatcher(asked).fits(posts);
}

/** The posts of a country's leader, as officePosts words them. */
const LEADERS = [["president"], ["premier"], ["king"], ["queen"], ["emir"], ["sultan"]];

/** A country's leaders, asked in the plural ("which Veldian leaders did X meet"): its heads of state and government, their deputies, and the speaker of its parliament. */
const LEADERS_PLURAL = [...LEADERS, ["deputy", "president"], ["deputy", "premier"], ["chancellor"], ["crown", "prince"], ["speaker"]];

/** The asked post read once, to test many offices against. */
export interface OfficeMatcher {
  /** Whether an office (its posts) fits. */
  fits: (posts: string[][]) => boolean;
  /** Word lists of which a fitting office's posts hold every word of one (to look candidates up by); none when every office fits. */
  needs: string[][];
}

/** The title words a question asks with, as askedOfficeWord reads them, but "leaders" kept in the plural and "envoy" as asked (see officeMatcher). */
export const askedTitleWords = (word: string): string[] => (word === "leaders" || /^envoys?$/.test(word) ? [word] : askedOfficeWord(word).split(" "));

/**
 * Reads the words a user asked with once (see officeFits), for testing many offices; `now` when
 * today's holder is asked ("who is the president"), so that a former one does not fit. "leaders" (kept in the plural by
 * askedTitleWords) asks for more than "leader": a country's leading office-holders, not only its head; "envoy" (kept too) an
 * ambassador or one sent for a matter.
 * @example officeMatcher(["foreign", "minister"]).fits(officePosts("Foreign Minister")) // true
 */
export function officeMatcher(asked: string[], now = false): OfficeMatcher {
  const wanted = officePosts(asked.join(" "))[0];
  if (!wanted) return { fits: () => false, needs: [[]] };
  if (wanted.length === 1 && wanted[0] === "counterpart") return { fits: () => true, needs: [] };
  // a deputy is a deputy in both; a former holder only when a former one is asked, or any holder is, then or now
  const past = (w: string[], post: string[]) => (w.includes("former") ? post.includes("former") : !now || !post.includes("former"));
  const fits = (w: string[], posts: string[][]) => posts.some((post) => w.every((x) => post.includes(x)) && post.includes("deputy") === w.includes("deputy") && past(w, post));
  // "secretary of state" is the foreign minister in some countries, a junior post in others: both fit
  const foreign = wanted.length === 2 && wanted.includes("state") && wanted.includes("secretary");
  // a country's leader is its head of state or its head of government ("the Veldian leader": President Varan, Premier Telu or the king)
  // (its "leaders" are more: "which Veldian leaders did Varan meet": the president, the vice president, the speaker …)
  const leaders = asked.includes("leaders") ? LEADERS_PLURAL : LEADERS;
  if (wanted.length === 1 && wanted[0] === "leader") return { fits: (posts) => leaders.some((w) => fits(w, posts)), needs: leaders };
  // "the Veldian envoy": an ambassador, or one sent for a matter ("Special Envoy", "Special Representative")
  const special = asked.some((w) => /^envoys?$/.test(w)) && wanted.includes("ambassador") ? wanted.map((w) => (w === "ambassador" ? "envoy" : w)) : undefined;
  return {
    fits: (posts) => fits(wanted, posts) || (foreign && fits(["foreign", "minister"], posts)) || (special !== undefined && fits(special, posts)),
    needs: [wanted, ...(foreign ? [["foreign", "minister"]] : []), ...(special ? [special] : [])],
  };
}
