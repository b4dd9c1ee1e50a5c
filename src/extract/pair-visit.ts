/**
 * @module A visit told with one name: "Varan paid a state visit to Veldia in January last year",
 * "Telu's trip returns a visit Varan paid to Tarsk in May", "During Varan's previous trip in
 * September, …", "Varan will pay an official visit to Veldia next week". The visit is a contact
 * with the person of the place visited the article names (its head of state, government or a
 * minister, or the other side of the article's meeting); meetings.ts decides whether it is the
 * article's meeting told again or another one.
 */
import { countryOf, countryOfCity, findCountries } from "../nlp/countries";
import type { PersonRef } from "./people";
import type { Word } from "./segment";

/** A visit a sentence tells: who makes it, where to, and the word that tells it. */
export interface VisitTold {
  /** The visitor, as the sentence refers to them. */
  visitor: PersonRef;
  /** The noun "visit" / "trip" or the verb "visited". */
  cue: number;
  /** The place visited, as written after "to" (or the verb's object), when one is. */
  to?: string;
  /** "his previous visit", "her last trip": an earlier visit to the same place. */
  previous: boolean;
  /** "an invitation from Telu for Varan to visit Veldia", "invited Varan to visit Tarsk": a visit asked for, at most to come. */
  invited?: true;
}

/** Nouns of a journey: "a state visit", "his previous trip". */
const VISIT = /^(?:visit|visits|trip|trips)$/;
/** Verbs that take a visit as object: "paid a visit", "made a trip", "will undertake a visit". */
const MAKE = /^(?:paid|pay|pays|paying|made|make|makes|making|undertook|undertake|undertakes|undertaken|undertaking)$/;
/** Modifiers between the article (or "'s") and the noun: "a two-day official working visit", "his previous state trip". */
const MODIFIER = /^(?:state|official|working|formal|private|first|second|third|previous|last|earlier|recent|historic|landmark|reciprocal|return|overseas|foreign|bilateral|short|brief|day-long|one-day|two-day|three-day|four-day|five-day|\d+-day|maiden)$/;
const EARLIER = /^(?:previous|last|earlier|recent)$/;

/**
 * The visits a sentence tells with their visitor named: "Varan paid a visit to Veldia", "a visit
 * Varan paid to Tarsk", "Varan's previous trip", "Varan visited Veldia".
 * @example readVisits(words("Varan paid a state visit to Veldia in May."), refs).map((v) => v.to) // ["Veldia"]
 */
export function readVisits(words: readonly Word[], refs: readonly PersonRef[]): VisitTold[] {
  const out: VisitTold[] = [];
  const refEndingAt = (k: number): PersonRef | undefined => refs.find((r) => r.last === k);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (VISIT.test(w.lower) && w.pos !== "VERB") {
      // the modifiers before the noun, then its determiner or possessor
      let k = i - 1;
      let previous = false;
      while (k >= 0 && (MODIFIER.test(words[k]!.lower) || words[k]!.pos === "NUM")) {
        if (EARLIER.test(words[k]!.lower)) previous = true;
        k--;
      }
      // "Varan's previous trip"
      if (k >= 1 && /^['’]s?$/.test(words[k]!.text)) {
        const visitor = refEndingAt(k - 1);
        if (visitor) out.push(told(words, visitor, i, i + 1, previous));
        continue;
      }
      // "Telu said his visit to Tarsk last year …": "his" / "her" stands for the one person the sentence names before it.
      if (k >= 1 && /^(?:his|her)$/.test(words[k]!.lower) && !MAKE.test(words[k - 1]!.lower)) {
        const before = new Set(refs.filter((r) => r.last < k).map((r) => r.person));
        const visitor = before.size === 1 ? refs.find((r) => r.last < k) : undefined;
        if (visitor) out.push(told(words, visitor, i, i + 1, previous));
        continue;
      }
      // "paid a state visit", "will make an official trip": the subject of the verb before
      const det = /^(?:a|an|his|her|their|the)$/.test(words[k]?.lower ?? "") ? k - 1 : k;
      if (det >= 0 && MAKE.test(words[det]!.lower)) {
        const visitor = subjectBefore(words, refs, det);
        // "an invitation from Telu to pay an official visit to Veldia", "invited Varan to make a state visit": asked for, as "to visit" is
        if (visitor) out.push({ ...told(words, visitor, i, i + 1, previous), ...(invitedTo(words, det) ? { invited: true as const } : {}) });
        continue;
      }
      // "a visit Varan paid to Tarsk", "the trip Varan made in May": a reduced relative, its subject the visitor
      const after = refs.find((r) => r.first === i + 1 || (r.first === i + 2 && /^(?:that|which)$/.test(words[i + 1]!.lower)));
      if (after) {
        let v = after.last + 1;
        while (v < words.length && /^(?:had|has|have|would|will|also|once|first)$/.test(words[v]!.lower)) v++;
        if (MAKE.test(words[v]?.lower ?? "")) out.push(told(words, after, i, v + 1, previous));
      }
      continue;
    }
    // "Varan visited Veldia in May", "Varan will visit Tarsk": the verb with a place as object
    if (w.pos === "VERB" && /^(?:visit|visits|visited|visiting)$/.test(w.lower)) {
      const visitor = subjectBefore(words, refs, i);
      const to = placeFrom(words, i + 1);
      if (visitor && to) out.push({ visitor, cue: i, to, previous: false, ...(invitedTo(words, i) ? { invited: true as const } : {}) });
    }
  }
  return out;
}

function told(words: readonly Word[], visitor: PersonRef, cue: number, from: number, previous: boolean): VisitTold {
  // "to Veldia", "to the Republic of Veldia", a few words after the noun or verb
  let k = from;
  while (k < words.length && k < from + 3 && words[k]!.lower !== "to" && !/^[,;.]$/.test(words[k]!.text)) k++;
  const to = words[k]?.lower === "to" ? placeFrom(words, k + 1) : undefined;
  return { visitor, cue, ...(to ? { to } : {}), previous };
}

/** Words of an invitation: "invited", "an invitation", "inviting". */
const INVITATION = /^invit(?:e|es|ed|ing|ation|ations)$/;

/**
 * The verb at `verb` is the "to visit" (or "to pay", "to make" a visit) an invitation asks for, in its clause: "an invitation
 * from Telu for Varan to visit Veldia", "invited him to visit Tarsk", "invited Varan to make an official visit to Tarsk".
 */
function invitedTo(words: readonly Word[], verb: number): boolean {
  if (words[verb - 1]?.lower !== "to") return false;
  for (let k = verb - 2; k >= Math.max(0, verb - 10); k--) {
    if (/^[,;:.]$/.test(words[k]!.text)) return false;
    if (INVITATION.test(words[k]!.lower)) return true;
  }
  return false;
}

/** A place written from word `k`: "Veldia", "the Republic of Veldia", "Tarsk", "the UAE" (a country or city of the gazetteer). */
function placeFrom(words: readonly Word[], k: number): string | undefined {
  if (words[k]?.lower === "the") k++;
  const parts: string[] = [];
  for (let n = k; n < Math.min(words.length, k + 5); n++) {
    const t = words[n]!.text;
    if (/^\p{Lu}/u.test(t) || (parts.length > 0 && /^(?:of|and)$/.test(t))) parts.push(t);
    else break;
  }
  while (parts.length > 0 && /^(?:of|and)$/.test(parts.at(-1)!)) parts.pop();
  for (let n = parts.length; n > 0; n--) {
    const place = parts.slice(0, n).join(" ");
    if (placeCountry(place)) return place;
  }
  return undefined;
}

/**
 * The country of a place visited: the country it names, or the country of its city.
 * @example placeCountry("Almaty") // "Kazakhstan"
 */
export function placeCountry(place: string): string | undefined {
  return countryOfCity(place) ?? countryOf(place) ?? findCountries(place).find((c) => c.kind === "name")?.country;
}

/** The person who is the subject of a verb at `verb`: the ref right before it, auxiliaries, adverbs or an apposition's comma between. */
function subjectBefore(words: readonly Word[], refs: readonly PersonRef[], verb: number): PersonRef | undefined {
  let k = verb - 1;
  while (k >= 0 && (words[k]!.pos === "AUX" || words[k]!.pos === "ADV" || words[k]!.pos === "PART" || /^(?:to|set|due|expected|scheduled|going|is|are|was|were|will|would)$/.test(words[k]!.lower))) k--;
  if (words[k]?.text === ",") k--;
  return refs.find((r) => r.last === k);
}
