/**
 * @module Diplomatic ties a sentence says were established, and how: "diplomatic relations were
 * established", "the two countries normalised diplomatic relations", and the other ways English tells
 * when ties began ("diplomatic ties were set up in 1990", "relations between Veldia and Orvane date
 * back to 1948", "ties that go back to 1965").
 */

/** A telling of ties begun: the act as the fact states it, where the act's words end, and whether a date must back it. */
export interface TiesTold {
  /** "established", "restored", "resumed", "re-established", "normalized". */
  verb: string;
  /** Character offset just past the act's words ("… date back to|"), where its date is written. */
  end: number;
  /** Told in another way than "diplomatic relations … established" ("ties date back to 1948"): only a date written after the act makes it a fact. */
  needsDate: boolean;
}

/** The acts "diplomatic relations" are told with anywhere in their sentence (the form of the older reading). */
const DIPLOMATIC_ACT = /\b(established|set up|launched|began|restored|resumed|re-established|normali[sz]ed)\b/i;

/**
 * Ties, with or without "diplomatic" ("formal ties", "Veldian-Orvanian relations"), then within a
 * clause the act that began them: established or set up, or dated by "date (back) to / from", "dating
 * from", "go back to".
 */
const TIES_DATED = /\b(?:relations|ties)\b[^.;:!?]{0,60}?\b(established|set up|dat(?:e|es|ed|ing)\s+(?:back\s+)?(?:to|from)|go(?:es)?\s+back\s+to|went\s+back\s+to)\b/i;

/**
 * How a sentence tells ties begun, or undefined when it does not.
 * @example tiesTold("Relations between Veldia and Orvane date back to 1948.") // { verb: "established", end: 48, needsDate: true }
 * @example tiesTold("The two countries restored diplomatic relations in 2023.")?.verb // "restored"
 */
export function tiesTold(text: string): TiesTold | undefined {
  if (/\bdiplomatic relations\b/i.test(text)) {
    const act = DIPLOMATIC_ACT.exec(text);
    if (act) {
      const verb = act[1]!.toLowerCase().replace(/^(?:set up|launched|began)$/, "established");
      return { verb, end: act.index + act[0].length, needsDate: false };
    }
  }
  const dated = TIES_DATED.exec(text);
  if (!dated) return undefined;
  return { verb: "established", end: dated.index + dated[0].length, needsDate: true };
}

/**
 * Whether the words before a telling of ties say they are "the two countries'" (or "both", "our"),
 * so the ties are the article's two countries' whatever other countries the sentence names after.
 * @example ofTheTwo("The two countries established diplomatic relations") // true
 */
export const ofTheTwo = (before: string): boolean => /\b(?:the|both|our)\s+(?:two\s+)?(?:countries|nations|states|sides|neighbou?rs)\b|\btheir\b/i.test(before);
