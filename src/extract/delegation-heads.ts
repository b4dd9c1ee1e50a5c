/**
 * @module The heads of two delegations at one round of talks: "Varan headed the Veldian side, while
 * Orvania's team was led by Telu", "In the talks the Veldian delegation was led by Varan and the
 * Orvanian delegation by Telu", "The Veldian delegation was headed by Varan. On the Orvanian side,
 * the delegation was led by Telu." Each leads a side the text gives a country; two heads of sides of
 * two countries, at talks the sentence or the one before it tells, have met: the round is their
 * contact. A head of one side alone, or sides of one country, tell no contact.
 */
import { countryOf, stateNamed } from "../nlp/countries";
import type { PersonRef } from "./people";
import { SENDS } from "./word-kinds";
import type { Sent, Word } from "./segment";

/** One person leading one country's side. */
export interface SideHead {
  person: number;
  country: string;
  /** The word "led" / "headed" that tells it. */
  cue: number;
}

/** Nouns of a side at talks: "the Veldian delegation", "Orvania's team", "On the Veldian side". */
const SIDE = /^(?:side|delegation|team)$/;
/** The verbs of leading a side, active or passive. */
const LEAD = /^(?:led|leads|leading|headed|heads|heading)$/;
/** Nouns of a round of talks the heads' sides meet at: the sentence or the one before names one. */
export const ROUND = /^(?:talks|consultations|consultation|round|session|negotiations|meeting|dialogue|discussions)$/;

/**
 * The country a side's noun phrase gives, reading back from the side noun: "the Veldian delegation", "Orvania's
 * team", "the Veldian government's delegation"; else a fronted "On the Veldian side," before a bare "the delegation".
 */
function sideCountry(words: readonly Word[], side: number): string | undefined {
  for (let k = side - 1; k >= 0 && k >= side - 4; k--) {
    const w = words[k]!;
    if (w.text === "," || w.pos === "VERB" || w.pos === "AUX" || w.pos === "ADP") break;
    if (w.text === "'s" || w.pos === "DET") continue;
    // ("the Sierra Leone side": a country's name of two or three words)
    const country = countryOf(w.text) ?? countryOf(words.slice(Math.max(0, k - 1), k + 1).map((x) => x.text).join(" ")) ?? countryOf(words.slice(Math.max(0, k - 2), k + 1).map((x) => x.text).join(" "));
    if (country) return country;
  }
  // "On the Orvanian side, the delegation was led by …": the country the fronted phrase gives.
  const det = words[side - 1]?.pos === "DET" ? side - 1 : side;
  if (words[det - 1]?.text === ",") {
    const fronted = words.findIndex((w, k) => k < det - 1 && SIDE.test(w.lower));
    if (fronted > 0 && words.slice(fronted + 1, det - 1).length === 0) return sideCountry(words, fronted);
  }
  return undefined;
}

/**
 * The person a "by" names right after it, through their titles: "by Foreign Minister A", "by Deputy Minister of Foreign
 * Affairs A" (capitalised words of a title and their "of", "for", "and", "the").
 */
function afterBy(words: readonly Word[], refs: readonly PersonRef[], by: number): PersonRef | undefined {
  const next = refs.filter((r) => r.first > by).sort((a, b) => a.first - b.first)[0];
  // (an acronym in brackets, and the comma of a title set before the name: "by the Permanent Secretary of the Ministry of
  // Foreign Affairs and Trade (MFAT), Mr A")
  const title = (w: Word, n: number): boolean => /^\p{Lu}/u.test(w.text) || /^(?:of|for|and|the|its|their|[()])$/.test(w.lower) || (w.text === "," && n >= next!.first - by - 3);
  return next && (next.first <= by + 5 || (next.first <= by + 20 && (words.slice(by + 1, next.first).every(title) || describedThenTitled(words, by, next.first)))) ? next : undefined;
}

/** Words of a title's capitalised run before a name ("National Security Adviser", "Ambassador", "State Secretary for Trade"). */
const TITLE_JOIN = /^(?:of|for|and|the|to)$/;

/**
 * "by its chief negotiator, National Security Adviser X", "by its new envoy to the United States, Ambassador Y" (exchange67 x1132,
 * x1133; heldout116 1090): a possessive and a few words that say who the head is to the side, a comma, then the head's title.
 */
function describedThenTitled(words: readonly Word[], by: number, name: number): boolean {
  if (!/^(?:its|his|her|their)$/.test(words[by + 1]?.lower ?? "")) return false;
  const comma = words.findIndex((w, k) => k > by + 2 && k < name && w.text === ",");
  if (comma < 0 || comma > by + 8) return false;
  const described = words.slice(by + 2, comma);
  const titled = words.slice(comma + 1, name);
  return described.every((w) => w.pos !== "VERB" && w.pos !== "AUX") && titled.every((w) => /^\p{Lu}/u.test(w.text) || TITLE_JOIN.test(w.lower));
}

/**
 * The country the head's own title gives between "by" and the name, for a side named without one: "the visiting delegation
 * was led by his Indian counterpart, X" (exchange67 x1130, heldout116 1094), "the guest team was headed by his Australian
 * opposite number, Y" (exchange67 x1131).
 */
function headsTitleCountry(words: readonly Word[], by: number, head: PersonRef | undefined): string | undefined {
  if (!head) return undefined;
  const found = new Set(words.slice(by + 1, head.first).flatMap((w) => (/^\p{Lu}/u.test(w.text) ? [countryOf(w.text)] : [])).filter((c): c is string => c !== undefined));
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * "Mr. Varan, Deputy Minister for Foreign Affairs, headed the Veldian side": the words between a name opening the sentence
 * (after its honorifics) and the verb are its post, set off by commas, with no verb or relative word inside.
 */
function subjectsPost(words: readonly Word[], subject: PersonRef, gap: readonly Word[]): boolean {
  if (gap.length < 3 || gap[0]!.text !== "," || gap[gap.length - 1]!.text !== ",") return false;
  const post = gap.slice(1, -1);
  if (post.some((x) => x.text === "," || x.pos === "VERB" || x.pos === "AUX" || /^(?:who|which|whose|while)$/.test(x.lower))) return false;
  return words.slice(0, subject.first).every((x) => /^\p{Lu}/u.test(x.text) || x.text === ".");
}

/**
 * The heads of sides one sentence names, each with the country of their side.
 * @example readSideHeads(sent, refs) // [{ person: 0, country: "Veldia", cue: 3 }] for "Varan headed the Veldian side."
 */
export function readSideHeads(sent: Sent, refs: readonly PersonRef[]): SideHead[] {
  const words = sent.words;
  const heads: SideHead[] = [];
  const add = (ref: PersonRef | undefined, country: string | undefined, cue: number): void => {
    if (ref && country && !heads.some((h) => h.person === ref.person)) heads.push({ person: ref.person, country, cue });
  };
  words.forEach((w, k) => {
    // "Orvane was represented by Special Representative X" (read32), "Veldia was represented by its Minister of Foreign Affairs,
    // X, and Orvane by …" (read17, read19): a country's own side and its head.
    // (not a list of the side's members, "Veldia was represented by the Minister of Foreign Affairs, A; the ambassador, B; …"
    // (read22): its first is no more its head than the others)
    if (w.lower === "represented" && /^(?:was|were)$/.test(words[k - 1]?.lower ?? "") && words[k + 1]?.lower === "by") {
      if (!words.slice(k + 2).some((x) => x.text === ";")) add(afterBy(words, refs, k + 1), sideCountry(words, k - 1), k);
      return;
    }
    if (w.lower === "by" && heads.length > 0 && words.slice(0, k).some((x) => x.lower === "represented") && words.slice(Math.max(0, k - 6), k).some((x) => x.lower === "and")) {
      add(afterBy(words, refs, k), sideCountry(words, k), k);
      return;
    }
    if (!SIDE.test(w.lower)) return;
    // "was led by", "will be led by", "is to be headed by"
    const be = [k + 1, k + 2, k + 3].find((n) => words[n]?.lemma === "be" && words.slice(k + 1, n).every((x) => x.pos === "AUX" || x.lower === "to"));
    const verb = be !== undefined && LEAD.test(words[be + 1]?.lower ?? "") && words[be + 2]?.lower === "by" ? be + 1 : -1;
    // "Orvania's team was led by Telu", "the Veldian delegation was headed by Foreign Minister Varan"
    // ("the visiting delegation was led by his Orvanian counterpart, Telu": the country of the head's own title)
    if (verb > 0) {
      const head = afterBy(words, refs, verb + 1);
      add(head, sideCountry(words, k) ?? headsTitleCountry(words, verb + 1, head), verb);
    }
    // "… was led by Varan and the Orvanian delegation by Telu": the verb said once for both sides.
    else if (words[k + 1]?.lower === "by" && heads.length > 0) add(afterBy(words, refs, k + 1), sideCountry(words, k), k + 1);
    // "Varan headed the Veldian side", "Telu, who led the Orvanian delegation": the subject of the verb before the side.
    else {
      // ("headed the 12-member Veldian team", "led an eight-member Orvanian delegation": a size before the country)
      const lead = [k - 2, k - 3, k - 4, k - 5, k - 6].find((n) => n >= 0 && LEAD.test(words[n]!.lower) && words[n + 1]?.pos === "DET");
      if (lead === undefined || words.slice(lead + 1, k).some((x) => x.pos === "VERB" || x.pos === "ADP" || x.text === ",")) return;
      const before = refs.filter((r) => r.last < lead).sort((a, b) => b.last - a.last)[0];
      // "Varan headed", "Varan had led", "Telu, who headed": nothing but an auxiliary, an adverb or ", who" between them;
      // not "Telu, adviser to the Veldian minister, who headed …": a "who" after a preposition's object may be of the phrase it ends.
      const gap = before ? words.slice(before.last + 1, lead) : [];
      const who = gap.length === 2 && gap[0]!.text === "," && gap[1]!.lower === "who" && !words.slice(Math.max(0, before!.first - 3), before!.first).some((x) => x.pos === "ADP");
      if (before && (who || gap.every((x) => x.pos === "AUX" || x.pos === "ADV") || subjectsPost(words, before, gap))) add(before, sideCountry(words, k), lead);
    }
  });
  // "Armenia was represented by A, while Baku sent its foreign minister, B" (exchange68 x1144, exchange67 x1133, exchange68
  // x1145): the one a state (or its capital) sent heads its side.
  const envoy = sentHead(words, refs);
  if (envoy) add(envoy.ref, envoy.country, envoy.cue);
  return heads;
}

/**
 * The one a state (or its capital) sent, named after the verb through a title or a description: "Kyrgyzstan sent X, First
 * Deputy Chairman of …", "Berlin had sent Y, political director at …", "while Baku sent its foreign minister, Z".
 */
export function sentHead(words: readonly Word[], refs: readonly PersonRef[]): { ref: PersonRef; country: string; cue: number } | undefined {
  const verb = words.findIndex((w) => SENDS.test(w.lower) && w.pos === "VERB");
  if (verb < 1) return undefined;
  let k = verb - 1;
  while (k > 0 && (words[k]!.pos === "AUX" || words[k]!.pos === "ADV")) k--;
  const country = stateNamed(words[k]!.text);
  const ref = country ? afterBy(words, refs, verb) : undefined;
  return ref && country ? { ref, country, cue: verb } : undefined;
}

/** Two heads of two countries' sides at one round of talks, the sentences that tell it, and where the round is told. */
export interface HeadsContact {
  heads: SideHead[];
  /** The sentences naming the heads: this one, and the next when each names one. */
  sentences: number[];
  /** The sentence before that tells the round ("The round took place in Tarsk on Saturday."), and its word: the day and place the heads' own sentences leave out. */
  round?: { si: number; cue: number };
}

/**
 * The contact of two delegations' heads sentence `si` tells (with the next one when each names one head), at talks
 * it or the sentence before names; undefined when it names no such pair.
 * @example headsContact(sents, refs, 1)?.heads.map((h) => h.country) // ["Veldia", "Orvania"]
 */
export function headsContact(sents: readonly Sent[], refs: readonly PersonRef[][], si: number): HeadsContact | undefined {
  const sent = sents[si]!;
  let heads = readSideHeads(sent, refs[si] ?? []);
  const sentences = [si];
  const next = sents[si + 1];
  // ("A headed the Veldian team. Orvane was represented by B, and Tarsk by C": a third side's head in the next sentence too)
  if (heads.length === 1 && next && !next.title && next.quote === sent.quote) {
    const more = readSideHeads(next, refs[si + 1] ?? []);
    if (more.length >= 1 && more.length <= 2) {
      heads = [...heads, ...more];
      sentences.push(si + 1);
    }
  }
  if (heads.length < 2 || heads.length > 3 || new Set(heads.map((h) => h.country)).size < heads.length || new Set(heads.map((h) => h.person)).size < heads.length) return undefined;
  const told = sentences.some((n) => sents[n]!.words.some((w) => ROUND.test(w.lower)));
  const before = sents[si - 1];
  // ("The two commissions met in Tarsk yesterday. Varan headed the Veldian team …": the verb tells the round too)
  const cue = before && !before.title && before.quote === sent.quote ? before.words.findIndex((w) => ROUND.test(w.lower) || (w.lemma === "meet" && w.pos === "VERB")) : -1;
  if (!told && cue < 0) return undefined;
  return { heads, sentences, ...(cue >= 0 ? { round: { si: si - 1, cue } } : {}) };
}
