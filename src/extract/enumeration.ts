/**
 * @module Lists that name a side of a contact written in the plural: "accepted the letters of
 * credence of four ambassadors … The four are A of Algeria, B of Kenya, C and D", "courtesy calls on
 * the following officials: - A; - B", "held a series of bilateral talks with fellow ministers. Those
 * he met were A, B, C and D". The list is a copular sentence ("The four are", "They were", "Among
 * them was"), the lines after a colon, or the rest of the frame's own sentence after its colon.
 */
import type { OpenSlot } from "./frame-engine";
import { ENUMERATED_HEADS } from "./frames";
import type { PersonRef } from "./people";
import type { Sent } from "./segment";
import { LIST_LINE } from "./clean";
import { isEnvoyTitle } from "../nlp/offices";

/** How many sentences after the frame a list may start. */
const REACH = 5;
/** Words that open a sentence that lists: "The four are …", "Those Tinven met were …", "They included …", "Among them was …". */
const LIST_OPENERS = new Set(["the", "those", "these", "they", "among", "there"]);

/**
 * The people a list names for an open side, in order, none of `known`; [] when no list follows or
 * when it names another number of people than the phrase announced ("four ambassadors").
 * @example readEnumeration(sents, refs, 1, { side: "counterpart", count: 2 }, new Set([0])) // [1, 2] for "… The two are A and B."
 */
export function readEnumeration(sents: Sent[], refs: PersonRef[][], si: number, open: OpenSlot, known: Set<number>): number[] {
  const found: number[] = [];
  let partial = false;
  const take = (list: PersonRef[]): void => {
    for (const r of list) if (!known.has(r.person) && !found.includes(r.person)) found.push(r.person);
  };
  if (open.listFrom !== undefined) take((refs[si] ?? []).filter((r) => r.first >= open.listFrom!));
  else if (open.count !== undefined) {
    const parts = countedParts(sents, refs, si, open.count, known);
    if (parts.length === open.count) return parts;
  }
  for (let k = si + 1; k <= si + REACH; k++) {
    const sent = sents[k];
    if (!sent || sent.quote !== undefined || sent.title || open.listFrom !== undefined) break;
    const here = (refs[k] ?? []).filter((r) => !known.has(r.person));
    // A list announced by a colon ("… the following officials:"); bulleted lines with no colon before them are items of a digest, not a side's names.
    if (sents[k - 1]!.text.trimEnd().endsWith(":")) {
      // "- from the Kingdom of Morocco, A; - from …": every line up to the list's end, the people each line names before its verb
      // ("- B, Ambassador of Veldia, who takes over from C": B); a line's own sentences after it ("He succeeds D") are no items.
      for (let n = k; n < sents.length; n++) {
        const line = sents[n]!;
        if (n > k && !LIST_LINE.test(line.text)) {
          if (line.block === sents[n - 1]!.block && line.quote === undefined) continue;
          break;
        }
        const verb = line.words.findIndex((w) => w.pos === "VERB" || w.pos === "AUX");
        take((refs[n] ?? []).filter((r) => !known.has(r.person) && (verb < 0 || r.last < verb)));
      }
      break;
    }
    if (open.count !== undefined && isListItem(sent)) {
      const run = countedRun(sents, refs, k, known);
      // a run that names another number of people is a list of something else: read on
      if (run.length === open.count) return run;
    }
    // "… of four new ambassadors. The envoys accredited on Thursday represent Uruguay, A; Chile, B; …": the plural taken up again, as many names as announced.
    if (open.count !== undefined && here.length === open.count && new Set(here.map((r) => r.person)).size === open.count && takesUpPlural(sent, here[0]!.first)) return here.map((r) => r.person);
    const verb = listingVerb(sent, here[0]?.first ?? -1);
    take(verb ? here : []);
    // "… of seven envoys. The envoys were A of Denmark and B of the United Kingdom": the plural taken up again names its people,
    // fewer than announced when some of the names are not read as people's; each one named is one of them.
    partial ||= verb === "among" || (verb === "list" && here.length > 0 && takesUpPlural(sent, here[0]!.first));
    // "Among them was the new envoy of China, X": one of them, the full list may follow; another person's sentence ends the search.
    if (verb === "list" || (!verb && here.length > 0)) break;
  }
  // "four ambassadors" and a list of three: not the list of that phrase, unless the list says it names some of them ("Among those accredited were A and B").
  if (open.count !== undefined && (partial ? found.length > open.count : found.length !== open.count)) return [];
  return found;
}

/** A number word before a plural of envoys: "Three High Commissioners", "The six Ambassadors". */
const NUMBER_WORDS = new Map(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"].map((w, n) => [w, n + 2]));

/**
 * The plural announced told in parts, each sentence opening with its own number of them before as many names: "… of nine
 * envoys. Three High Commissioners handed their papers to the Head of State: A, B and C. The six Ambassadors were D, E, …";
 * the people of the parts in order, or [] when the parts do not add up to `total` (a part naming another number ends them).
 */
function countedParts(sents: Sent[], refs: PersonRef[][], si: number, total: number, known: Set<number>): number[] {
  const found: number[] = [];
  for (let k = si + 1; k <= si + REACH && found.length < total; k++) {
    const sent = sents[k];
    if (!sent || sent.quote !== undefined || sent.title) break;
    const here = (refs[k] ?? []).filter((r) => !known.has(r.person) && !found.includes(r.person));
    const people = [...new Set(here.map((r) => r.person))];
    const count = partCount(sent, here[0]?.first ?? -1);
    if (count === undefined) {
      if (people.length > 0) break;
      continue;
    }
    if (count !== people.length || found.length + count > total) return [];
    found.push(...people);
  }
  return found.length === total ? found : [];
}

/** The number of a part before its first name: "Three High Commissioners handed …:", "The six Ambassadors were …"; else undefined. */
function partCount(sent: Sent, firstRef: number): number | undefined {
  if (firstRef < 0) return undefined;
  const before = sent.words.slice(0, firstRef);
  const at = before[0]?.lower === "the" ? 1 : 0;
  const number = before[at];
  const head = before.slice(at + 1, at + 4).findIndex((w) => ENUMERATED_HEADS.has(w.lower));
  if (!number || head < 0 || before.slice(at + 1, at + 1 + head).some((w) => w.pos !== "PROPN" && w.pos !== "ADJ")) return undefined;
  return NUMBER_WORDS.get(number.lower) ?? (/^\d+$/.test(number.text) ? Number(number.text) : undefined);
}

/**
 * A sentence whose subject takes up the announced plural before the first name: "The envoys accredited on Thursday
 * represent …", "The new ambassadors are …"; not one about people beside them ("Present were", "The others attending").
 */
function takesUpPlural(sent: Sent, firstRef: number): boolean {
  const before = sent.words.slice(0, firstRef);
  if (!LIST_OPENERS.has(before[0]?.lower ?? "") || before.some((w) => /^(?:present|attending|accompanying|absent|also|other|others)$/.test(w.lower))) return false;
  const verb = before.findIndex((w) => w.pos === "VERB" || w.pos === "AUX");
  return verb > 0 && before.slice(0, verb).some((w) => ENUMERATED_HEADS.has(w.lower) || w.lower === "they");
}

/** A line longer than this is prose, not a list item. */
const ITEM_MAX_WORDS = 14;

/** A line of a list: a bulleted or numbered line, or a short line with no verb or no full stop ("His Excellency A", "Ambassador-designate of B"). */
function isListItem(sent: Sent): boolean {
  if (LIST_LINE.test(sent.text)) return true;
  return sent.words.length <= ITEM_MAX_WORDS && (!/[.!?]["”’]?$/.test(sent.text.trimEnd()) || !sent.words.some((w) => w.pos === "VERB" || w.pos === "AUX"));
}

/**
 * The people a run of list lines names, from the item lines only: the sentences after an item's
 * first in the same paragraph ("- SUDAN: A. The envoy told him …") are that item's, and the first
 * sentence of another paragraph that is no item ends the run.
 */
function countedRun(sents: Sent[], refs: PersonRef[][], from: number, known: Set<number>): number[] {
  const found: number[] = [];
  for (let n = from; n < sents.length; n++) {
    const sent = sents[n]!;
    if (sent.quote !== undefined) break;
    if (isListItem(sent) && (n === from || sent.block !== sents[n - 1]!.block || LIST_LINE.test(sent.text))) {
      for (const r of refs[n] ?? []) if (!known.has(r.person) && !found.includes(r.person)) found.push(r.person);
    } else if (sent.block !== sents[n - 1]!.block) break;
  }
  return found;
}

/**
 * "The four are X", "Those Tinven met were X", "They included X", "Accredited at the ceremony were: X": a listing verb before
 * the first name, "among" for a partial list.
 */
function listingVerb(sent: Sent, firstRef: number): "list" | "among" | undefined {
  const words = sent.words;
  if (firstRef < 0) return undefined;
  const before = words.slice(0, firstRef);
  // "Accredited at the ceremony were: - A; - B", "Credentials were handed over by: - A; - B": a copula or a passive's "by" and a colon before the names, whatever opens the sentence.
  const colon = before.findIndex((w, n) => /^(?:are|were|by)$/.test(w.lower) && before[n + 1]?.text === ":");
  if (colon > 0 && !LIST_OPENERS.has(words[0]!.lower)) return before.slice(0, colon).some((w) => /^(?:present|attending|accompanying|absent|also)$/.test(w.lower)) ? undefined : "list";
  if (!LIST_OPENERS.has(words[0]?.lower ?? "")) return undefined;
  // "Among them was X", "Among those who presented credentials were A and B": some of the plural, not all.
  if (words[0]!.lower === "among" && /^(?:them|those|these)$/.test(words[1]?.lower ?? "")) return "among";
  const verb = before.findIndex((w) => /^(?:are|were|include|included|includes)$/.test(w.lower));
  // "Present at the meeting were X and Y", "The others attending were …": people beside the contact, not its side.
  if (verb < 0 || before.some((w) => /^(?:present|attending|accompanying|absent|also)$/.test(w.lower))) return undefined;
  // Nothing but a determiner, a number, an office word, or a relative clause before the verb ("The envoys who presented their credentials were").
  return before.slice(verb + 1).every((w) => w.text !== "." && w.pos !== "VERB") ? "list" : undefined;
}

/** Words of a post held no more, or not yet taken up at the ceremony told: "former Ambassador", "outgoing High Commissioner". */
const NOT_NOW = /\b(?:former|outgoing|predecessor|previous|late)\b/i;

/** What the article knows of its people, by local index, to find the envoys a ceremony's plural stands for. */
export interface EnvoyRoll {
  refs: PersonRef[][];
  offices: readonly (readonly { title: string }[])[];
  byOffice?: readonly boolean[];
  countries?: readonly (string | undefined)[];
}

/**
 * The envoys a credentials ceremony's counted plural stands for when no list names them in one place but each is told on
 * their own ("… received the letters of credence of six newly appointed ambassadors … First on the list was the Ambassador
 * of Belgium, A. … B presented his letters as Ambassador of Guatemala. … Sweden was represented by its new Ambassador, C."):
 * the article's people holding an envoy's post now (not named by office alone, not of a receiver's country, none of
 * `known`), in the order the article names them, only when they are exactly as many as the phrase announced.
 * @example readEnvoyCohort(roll, 2, new Set([0])) // [1, 2] when the article's only envoys are people 1 and 2
 */
export function readEnvoyCohort(roll: EnvoyRoll, count: number, known: Set<number>): number[] {
  const hosts = new Set([...known].map((p) => roll.countries?.[p]).filter((c): c is string => c !== undefined));
  const envoys: number[] = [];
  for (const here of roll.refs) {
    for (const r of here) {
      const p = r.person;
      if (known.has(p) || envoys.includes(p) || roll.byOffice?.[p]) continue;
      const titles = (roll.offices[p] ?? []).map((o) => o.title);
      if (!titles.some((t) => isEnvoyTitle(t) && !NOT_NOW.test(t))) continue;
      if (hosts.has(roll.countries?.[p] ?? "")) continue;
      envoys.push(p);
    }
  }
  return envoys.length === count ? envoys : [];
}
