/**
 * @module Why a missed meeting's two sides are never named in one sentence (a diagnostic for
 * `npm run eval:misses`, counts only): how a sentence of contact that names one side refers to the
 * other (a pronoun, "the two ministers", "his counterpart", "the visiting minister", an office alone,
 * a country for its leader, another spelling, nothing at all), and where that side was last named
 * (the sentence before, the headline, further back). It reads the text and prints none of it.
 */
import { countryOf, findCountries } from "../nlp/countries";
import { fold } from "../nlp/fold";
import { officeWordKind } from "../nlp/offices";
import { plain, tokens } from "./scorer-keys";

/** A sentence as the build read it: its text, its paragraph, whether it is the headline. */
export interface ApartSentence {
  text: string;
  block: number;
  title?: boolean;
}

/** A side of a missed meeting as its key gives it. */
export interface ApartSide {
  names: string[];
  office?: string;
  country?: string;
}

/** Words that tell a contact; loose on purpose: the count says where to look, not what is a meeting. */
export const CONTACT = /\b(?:met|meet|meets|meeting|meetings|talks|talked|received|receives|receiving|hosted|hosts|call|called|calls|conversation|spoke|speak|visit|visited|visiting|welcomed|held|discussed|discuss|audience|credentials|credence|courtesy|sidelines|bilateral|conferred|consultations|video|phone|telephone|dinner|lunch|breakfast)\b/i;

/** The ways a sentence of contact naming one side refers to the other, most telling first. */
export const APART_HOW = [
  "tied to the other side by the build, no frame joined them",
  "his/her counterpart, the other side's country given ('his Veldian counterpart')",
  "his/her counterpart, no country or another's",
  "his/her counterparts (plural: 'met his counterparts from Veldia and Orvane')",
  "the visiting minister / the host / the guest",
  "the two ministers / both / they (a group phrase)",
  "an office with the other side's country ('the Veldian president')",
  "an office alone ('the Prime Minister', 'the ambassador')",
  "another spelling of the other side's name",
  "a pronoun (he, she, him, her, his)",
  "the other side's country or delegation ('Veldia and Orvane held talks', 'the Orvanian side')",
  "no mention of the other side (implied: 'during the visit', 'the talks')",
] as const;

/** How the other side is referred to. */
export type ApartHow = (typeof APART_HOW)[number];

const COUNTERPART = /\b(?:his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}counterparts?\b/iu;
const VISIT = /\bthe\s+(?:visiting|guest|host|hosting)\b|\b(?:his|her|their)\s+(?:hosts?|guests?)\b|\bthe\s+(?:visitor|guest)s?\b/i;
const GROUP = /\b(?:the\s+two|both)\s+[\p{L}-]+|\b(?:they|them|their)\b|\bthe\s+(?:sides|parties)\b|\beach\s+other\b/iu;
/** "he", "him", "his visit", not a style ("Her Excellency", "His Majesty"). */
const PRONOUN = /\b(?:he|she|him|her|his)\b(?!\s+(?:excellency|majesty|highness|royal|holiness)\b)/i;

const singular = (w: string): string => fold(w).replace(/(?<=[a-z]{3})s$/, "");

/** The office heads of a title, singular and folded: "Ambassador to Veldia" → ["ambassador"]. */
const headsOf = (title: string | undefined): string[] => (title ?? "").split(/\s+/).filter((w) => officeWordKind(w) === "head").map(singular);

/**
 * How sentence `s` refers to `other` when it names `named` (and not `other`): an office phrase
 * whose head is the other side's ("the Veldian president", "the ambassador"), with their country or
 * none; never one titling a name ("President Varan") or of the named side's country.
 */
function officeReference(s: string, named: ApartSide, other: ApartSide): ApartHow | undefined {
  const heads = headsOf(other.office);
  if (heads.length === 0) return undefined;
  const words = s.split(/\s+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}'’]+$/gu, ""));
  for (let k = 0; k < words.length; k++) {
    if (!heads.includes(singular(words[k]!))) continue;
    if (/^\p{Lu}\p{Ll}/u.test(words[k + 1] ?? "") && !countryOf(words[k + 1]!)) continue; // "President Varan": a titled name
    let j = k - 1;
    let country: string | undefined;
    for (; j >= 0; j--) {
      const w = words[j]!.replace(/['’]s$/, "");
      const c = countryOf(w);
      if (c) country ??= c;
      else if (!officeWordKind(w)) break;
    }
    if (words[k + 1]?.toLowerCase() === "of") {
      const of = words[k + 2]?.toLowerCase() === "the" ? words[k + 3] : words[k + 2];
      if (!countryOf(of ?? "")) continue; // "the President of the Commission": another office
      country ??= countryOf(of!);
    }
    const det = /^(?:the|his|her|its|their)$/i.test(words[j] ?? "") || country !== undefined;
    if (!det) continue;
    if (country && country === named.country && country !== other.country) continue;
    if (country && country === other.country) return "an office with the other side's country ('the Veldian president')";
    if (!country) return "an office alone ('the Prime Minister', 'the ambassador')";
  }
  return undefined;
}

/** Whether `s` writes a capitalised word within two letters of one of the side's name words (of five letters or more). */
function spelledOtherwise(s: string, side: ApartSide): boolean {
  const keys = side.names.flatMap(tokens).filter((t) => t.length >= 5);
  const words = [...s.matchAll(/\p{Lu}[\p{L}'’-]{3,}/gu)].map((m) => plain(m[0]));
  return words.some((w) => keys.some((t) => w !== t && (distance(w, t) <= 2 || (w.length >= 5 && (t.startsWith(w.slice(0, 5)) || w.startsWith(t.slice(0, 5)))))));
}

/** Levenshtein distance, small strings. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length]!;
}

/**
 * How sentence `s` (naming `named` beside a word of contact) refers to `other`: the first of
 * {@link APART_HOW} that fits. `tied`: the build read a mention of `other` in it.
 * @example howReferred("The Veldian president received him.", telu, varan, false) // "an office with …" when Varan is Veldia's president
 */
export function howReferred(s: string, named: ApartSide, other: ApartSide, tied: boolean): ApartHow {
  if (tied) return APART_HOW[0];
  const counterpart = COUNTERPART.exec(s);
  if (counterpart) {
    if (/s$/i.test(counterpart[0])) return "his/her counterparts (plural: 'met his counterparts from Veldia and Orvane')";
    const given = counterpart[0].split(/\s+/).slice(1, -1).map((w) => countryOf(w));
    return other.country && given.includes(other.country) ? "his/her counterpart, the other side's country given ('his Veldian counterpart')" : "his/her counterpart, no country or another's";
  }
  if (VISIT.test(s)) return "the visiting minister / the host / the guest";
  if (GROUP.test(s)) return "the two ministers / both / they (a group phrase)";
  const office = officeReference(s, named, other);
  if (office) return office;
  if (spelledOtherwise(s, other)) return "another spelling of the other side's name";
  if (PRONOUN.test(s)) return "a pronoun (he, she, him, her, his)";
  if (other.country && findCountries(s).some((c) => c.country === other.country && c.country !== named.country)) return "the other side's country or delegation ('Veldia and Orvane held talks', 'the Orvanian side')";
  return "no mention of the other side (implied: 'during the visit', 'the talks')";
}

/** Where the side a sentence refers to was last named before it. */
function antecedent(sentences: ApartSentence[], at: number, names: (i: number) => boolean): string {
  for (let i = at - 1; i >= 0; i--) {
    if (!names(i)) continue;
    if (sentences[i]!.title) return "the headline";
    if (i === at - 1) return "the sentence before";
    return sentences[i]!.block === sentences[at]!.block ? "earlier in the paragraph" : "further back";
  }
  return sentences.some((_, i) => i > at && names(i)) ? "only after it" : "never by name";
}

/**
 * Why two sides no sentence names together were not joined: how the sentences that name one of them
 * refer to the other, and where the other was last named before ("the sentence before", "the
 * headline", "earlier in the paragraph", "further back", "only after it"). Of the sentences, the one
 * the build tied the other side in tells first; else a sentence of contact whose other side was named
 * before it (a reference back, not ahead), the nearest to that naming first, the most telling reference on a tie;
 * else that no sentence of contact names either. `tied(i, side)`: the build read a mention of that
 * side (0 or 1) in sentence i other than by name.
 * @example whyApart(sentences, [varan, telu], () => false) // "a pronoun (he, she, him, her, his) | the sentence before"
 */
export function whyApart(sentences: ApartSentence[], sides: [ApartSide, ApartSide], tied: (sentence: number, side: 0 | 1) => boolean): string {
  const keys = sides.map((side) => side.names.flatMap(tokens));
  const names = (i: number, side: 0 | 1): boolean => keys[side]!.some((t) => ` ${plain(sentences[i]!.text)} `.includes(` ${t} `));
  const found: { how: string; where: string; rank: number[] }[] = [];
  let neither = false;
  sentences.forEach((s, i) => {
    const contact = CONTACT.test(` ${plain(s.text)} `);
    const a = names(i, 0);
    const b = names(i, 1);
    if (a === b) {
      neither ||= contact && !a;
      return;
    }
    const other: 0 | 1 = a ? 1 : 0;
    const where = antecedent(sentences, i, (j) => names(j, other));
    const back = where === "only after it" || where === "never by name" ? 1 : 0;
    if (tied(i, other)) {
      found.push({ how: `${APART_HOW[0]}${contact ? "" : " (no word of contact)"}`, where, rank: [0, 0, back, 0] });
      return;
    }
    if (!contact) return;
    const how = howReferred(s.text, sides[a ? 0 : 1], sides[other], false);
    let last = i - 1;
    while (last >= 0 && !names(last, other)) last--;
    const distance = last < 0 ? sentences.length : i - last;
    found.push({ how, where, rank: [1, back, distance, APART_HOW.indexOf(how)] });
  });
  const cmp = (x: number[], y: number[]): number => x.map((v, k) => v - y[k]!).find((d) => d !== 0) ?? 0;
  const best = found.sort((x, y) => cmp(x.rank, y.rank))[0];
  if (!best) return neither ? "neither side named in a sentence of contact (both referred to otherwise)" : "no sentence of contact names either side";
  return `${best.how} | ${best.where}`;
}
