/**
 * @module A travelling party referred to in the plural: "Varan arrived together with Telu. The two were met by Kel",
 * "… the two ministers were received by Kel", "Kel welcomed them", "The visitors were met at the airport by Kel". The
 * phrase stands for the people the nearest sentence before made one side (the subject and those travelling with them),
 * so that a contact whose one side it is joins them with the other side named. The frame engine reads the phrase in a
 * side's slot ({@link pluralAnaphorAt}, {@link pluralAnaphorBefore}); the meeting finder gives it the party
 * ({@link partyOf}).
 */
import { isPluralOffice } from "../nlp/offices";
import type { PersonRef } from "./people";
import type { Word } from "./segment";

/** Nouns of people in the plural a "the two …" or "both …" may have: "the two leaders", "both envoys". */
const PEOPLE_NOUNS = /^(?:leaders|envoys|visitors|officials|diplomats|guests|men|women|dignitaries|statesmen|emissaries|delegates)$/;

/** Words of a plural that stands for a party of people: "the visitors", "the visiting ministers". */
const VISITORS = /^(?:visitors|guests|emissaries)$/;

/** Words that join a companion to the one travelling: "together with X", "travelling with X", "accompanied by X". */
const COMPANION = /^(?:together|travelling|traveling|accompanied|joined)$/;

/** "The team is led by X": the one who leads a party is of it. */
const LEADS = /^(?:led|headed)$/;

/**
 * A party the text names by a noun of a group it gives a head: "a delegation from Orvane, led by X", "The mission was
 * headed by X", "The Panel is chaired by X", "X led the delegation"; later "the delegation met Y", "Y received the mission".
 */
const GROUP_NOUNS = /^(?:delegation|mission|panel|team|group|troika)$/;
/** The posts of a group's head named before them: "the panel's chairperson, X", "the head of the delegation, X". */
const HEAD_POSTS = /^(?:chairperson|chairman|chairwoman|chair|head|leader)$/;
/** The verbs of heading a group, active or passive. */
const HEADS_GROUP = /^(?:led|leads|leading|headed|heads|heading|chaired|chairs|chairing)$/;
/** Words that add members to a group whose head the sentence gives: "The mission was headed by X and included Y". */
const MEMBERS = /^(?:included|including|includes|comprising|comprised)$/;

const isPeopleNoun = (w: Word | undefined): boolean => w !== undefined && (PEOPLE_NOUNS.test(w.lower) || isPluralOffice(w.lower));

/** Words one of which every plural {@link pluralAnaphorAt} reads holds: a sentence without them is not looked at. */
const PLURAL_WORDS = /^(?:them|they|two|both|visitors|guests|emissaries|visiting|delegation|mission|panel|team|group|troika)$/;

/** Whether a sentence may hold a plural standing for a party (a superset, cheap to test). */
export const mayReferToParty = (words: readonly Word[]): boolean => words.some((w) => PLURAL_WORDS.test(w.lower));

/**
 * The people a plural stands for: a party the sentences before told, or the head of a group they named (and the members
 * the same sentence gave it), with the group's noun.
 */
export interface Party {
  people: number[];
  group?: true;
  /** "X and his team": one person with the people travelling with them, whom "they" stands for. */
  team?: true;
}

/** The party's side a found plural stands for. */
export interface PartyAnaphor {
  last: number;
  count?: number;
  /** "the delegation": a group named before, which only a group's party fills. */
  group?: true;
  /** "they": a party of two or more, or one person with their team. */
  they?: true;
}

/**
 * The noun of a bare "the delegation", "the Panel", "the visiting mission" a sentence holds (not "the Orvanian delegation",
 * "the delegation of Orvane": a group of its own), else undefined.
 */
export function groupAnaphorIn(words: readonly Word[]): string | undefined {
  for (let k = 0; k < words.length; k++) {
    const found = pluralAnaphorAt(words, k);
    if (found?.group) return words[found.last]!.lower;
  }
  return undefined;
}

/**
 * The last word of a plural that stands for a party, when one starts at word `k`, and how many people it says:
 * "them" (any), "the two" / "the two ministers" (2), "both ministers" (any), "the visitors" (any); else undefined.
 * @example pluralAnaphorAt(words of "Kel welcomed the two ministers", 2) // { last: 4, count: 2 }
 */
export function pluralAnaphorAt(words: readonly Word[], k: number): PartyAnaphor | undefined {
  const w = words[k];
  if (!w) return undefined;
  // "the delegation", "the visiting mission" standing alone: not "the delegation of Orvane", "the mission's head"
  const noun = words[k + 1]?.lower === "visiting" ? k + 2 : k + 1;
  if (w.lower === "the" && GROUP_NOUNS.test(words[noun]?.lower ?? "") && !/^(?:of|from|'s|members?|leader|head|chair)$/.test(words[noun + 1]?.lower ?? "") && words[noun + 1]?.pos !== "PROPN")
    return { last: noun, group: true };
  if (w.lower === "them") return { last: k };
  if (w.lower === "they") return { last: k, they: true };
  if (w.lower === "both" && isPeopleNoun(words[k + 1])) return { last: k + 1 };
  if (w.lower !== "the") return undefined;
  const next = words[k + 1];
  if (next?.lower === "two") {
    if (isPeopleNoun(words[k + 2])) return { last: k + 2, count: 2 };
    // "The two were met by …": "the two" alone, a verb or an auxiliary right after.
    if (/^(?:AUX|VERB|ADV)$/.test(words[k + 2]?.pos ?? "")) return { last: k + 1, count: 2 };
    return undefined;
  }
  if (next && VISITORS.test(next.lower)) return { last: k + 1 };
  if (next?.lower === "visiting" && isPeopleNoun(words[k + 2])) return { last: k + 2 };
  return undefined;
}

/**
 * A plural standing for a party as the subject right before word `cue` (auxiliaries and adverbs between): "the two
 * ministers were received", "The visitors were met"; its first and last word, and how many it says.
 * @example pluralAnaphorBefore(words of "The two were met by Kel", 3) // { first: 0, last: 1, count: 2 }
 */
export function pluralAnaphorBefore(words: readonly Word[], cue: number): (PartyAnaphor & { first: number }) | undefined {
  let k = cue - 1;
  while (k >= 0 && /^(?:AUX|ADV|PART)$/.test(words[k]!.pos) && words[k]!.lower !== "to") k--;
  for (const first of [k - 3, k - 2, k - 1, k]) {
    if (first < 0) continue;
    const found = pluralAnaphorAt(words, first);
    if (found && found.last === k && (found.last > first || found.they) && (first === 0 || /^(?:,|PUNCT|ADP|SCONJ|CCONJ)$/.test(words[first - 1]!.pos) || words[first - 1]!.text === "," || (found.group !== undefined && (afterOpener(words, first) || /^(?:where|when|then|and)$/.test(words[first - 1]!.lower))))) return { first, ...found };
  }
  return undefined;
}

/**
 * Whether the words before a group's "the" are an opener of its clause, a time or a place with no verb: "On Tuesday the
 * delegation met …", "Later the delegation called on …", "In Tarsk the mission paid a courtesy call on …".
 */
function afterOpener(words: readonly Word[], first: number): boolean {
  const before = words.slice(0, first);
  return before.length <= 6 && !before.some((w) => w.pos === "VERB" || w.pos === "AUX") && (before[0]!.pos === "ADP" || before[0]!.pos === "ADV" || before.length === 1);
}

/**
 * The head of a group of the noun `noun` a sentence names, and the members it gives it: "A parliamentary delegation from
 * Orvane, led by X, arrived …" ([X]), "The mission was headed by X and included Y and Z" ([X, Y, Z]), "X led the delegation";
 * undefined when it names none, or two heads (two sides' delegations). With `noun`, only a group of that noun; one
 * group's nouns vary ("the mission … the delegation"), so without it any of them.
 * @example groupOf(words of "The Panel is chaired by Dr X.", refs) // [X]
 */
export function groupOf(words: readonly Word[], refs: readonly PersonRef[], noun?: string): number[] | undefined {
  const heads = new Set<number>();
  let from = -1;
  // a head found, and where the words after it may go on to list the members ("… and included Y and Z")
  const lead = (head: PersonRef | undefined, after?: number): void => {
    if (!head) return;
    heads.add(head.person);
    from = Math.max(from, after ?? head.last);
  };
  words.forEach((w, k) => {
    if (noun ? w.lower !== noun : !GROUP_NOUNS.test(w.lower)) return;
    // "The panel's chairperson, X,", "the head of the delegation, X": the head named after their post
    const post = words[k + 1]?.text === "'s" ? k + 2 : -1;
    const postOf = words[k - 1]?.pos === "DET" && words[k - 2]?.lower === "of" && HEAD_POSTS.test(words[k - 3]?.lower ?? "") ? k : -1;
    for (const at of [post, postOf]) {
      if (at < 0 || (at === post && !HEAD_POSTS.test(words[at]?.lower ?? ""))) continue;
      lead(refs.filter((r) => r.first > at && r.first <= at + 8 && words.slice(at + 1, r.first).every((x) => x.pos !== "VERB" && x.pos !== "AUX")).sort((a, b) => a.first - b.first)[0]);
    }
    // passive: the noun, its modifiers and an auxiliary, then "led by" and the name after its titles
    let n = k + 1;
    while (n < words.length && n <= k + 12 && !HEADS_GROUP.test(words[n]!.lower) && words[n]!.pos !== "VERB" && !refs.some((r) => r.first === n)) n++;
    if (HEADS_GROUP.test(words[n]?.lower ?? "") && words[n + 1]?.lower === "by") {
      const head = refs.filter((r) => r.first > n + 1 && r.first <= n + 14).sort((a, b) => a.first - b.first)[0];
      if (head && words.slice(n + 2, head.first).every((x) => x.pos !== "VERB" && x.text !== ";")) lead(head);
    }
    // "the Peace Mission, which he led to Veldia": the relative clause's subject right after its "which" (exchange66 x1086)
    if (words[k + 1]?.text === "," && words[k + 2]?.lower === "which" && HEADS_GROUP.test(words[k + 4]?.lower ?? "")) {
      lead(refs.find((r) => r.first === k + 3), k);
    }
    // "X took her congressional delegation to …", "X brought his delegation": the one whose group it is, the clause's subject
    // right before the verb (exchange66 x1087; "X and his delegation", see withTeam)
    const owner = words[k - 1]?.pos === "ADJ" || words[k - 1]?.pos === "PROPN" ? k - 2 : k - 1;
    if (/^(?:his|her)$/.test(words[owner]?.lower ?? "") && /^(?:took|takes|brought|brings|led|leads)$/.test(words[owner - 1]?.lower ?? "")) {
      lead(refs.find((r) => r.last === owner - 2 && r.via !== "pronoun"), k);
    }
    // active: "X led the delegation", "X, Speaker of the Assembly, headed a mission": the verb before the noun's modifiers
    let v = k - 1;
    while (v >= 0 && v >= k - 5 && /^(?:DET|ADJ|PROPN|NOUN|PART|NUM)$/.test(words[v]!.pos) && !HEADS_GROUP.test(words[v]!.lower)) v--;
    if (v > 0 && HEADS_GROUP.test(words[v]!.lower)) {
      lead(refs.find((r) => r.last === v - 1), k);
    }
  });
  if (heads.size !== 1) return undefined;
  const members = from < 0 ? -1 : words.findIndex((w, k) => k > from && MEMBERS.test(w.lower));
  const listed = members < 0 ? [] : refs.filter((r) => r.first > members && !words.slice(members, r.first).some((x) => x.text === ";" || (x.pos === "VERB" && x.lower !== words[members]!.lower)));
  return [...new Set([...heads, ...listed.map((r) => r.person)])];
}

/** Nouns of the people travelling with someone: "X and his team", "Y and her delegation". */
const TEAM_NOUNS = /^(?:team|delegation|entourage|aides|party)$/;

/**
 * Whether a subject is one person and their team: "Abubakar and his delegation have held talks with …", "X and her team
 * arrived …" (heldout97 x910, exchange63 x942, x943): the "they" of the next sentence stands for that person's side.
 */
export function withTeam(words: readonly Word[], subjects: readonly PersonRef[]): boolean {
  return subjects.length === 1 && words[subjects[0]!.last + 1]?.lower === "and" && /^(?:his|her)$/.test(words[subjects[0]!.last + 2]?.lower ?? "") && TEAM_NOUNS.test(words[subjects[0]!.last + 3]?.lower ?? "");
}

/**
 * The people a sentence makes one travelling side: the subjects of its main clause and those it joins to them ("Varan
 * arrived together with Telu", "led by Varan, who is travelling with Telu", "accompanied by Telu").
 * @example partyOf(words of "Varan arrived together with Telu.", refs, subjects) // [Varan, Telu]
 */
export function partyOf(words: readonly Word[], refs: readonly PersonRef[], subjects: readonly PersonRef[]): number[] {
  const party = new Set(subjects.map((r) => r.person));
  for (const r of refs) {
    // "together with the Chief of Staff, General X", "travelling with X", "led by Veldia's foreign minister, X": a title before the name at most.
    let k = r.first - 1;
    while (k > 0 && k >= r.first - 10 && !/^(?:with|by)$/.test(words[k]!.lower) && (/^(?:PROPN|NOUN|ADJ|DET|PART|PUNCT)$/.test(words[k]!.pos) || words[k]!.lower === "of") && !refs.some((o) => o.last === k)) k--;
    if (!/^(?:with|by)$/.test(words[k]?.lower ?? "")) continue;
    if (COMPANION.test(words[k - 1]?.lower ?? "") || (words[k]!.lower === "by" && LEADS.test(words[k - 1]?.lower ?? ""))) party.add(r.person);
  }
  return [...party];
}
