/**
 * @module Offices of the people a list of envoys names by country: "The following ambassadors will be the President's guests:
 * A of Veldia, B of Orvane and C of Tarsk", bullet lines "- D (Veldia)" under a heading "Ambassadors" or after "The new high
 * commissioners are:". Each person of no office that such a list names beside a country holds the plural's post, of that
 * country: the list says what they are even when no title stands before any name. Outside such a list, the country written
 * right after a name is the person's all the same ("Ambassador A of the Republic of Veldia then handed over his credentials",
 * "Sultan B of Orvane", "C of the Veldian foreign ministry"), for one whose posts say no country.
 */
import { countryOf, isDemonym } from "../nlp/countries";
import { isEnvoyTitle, isNationalInstitution, isPluralOffice, normaliseTitle } from "../nlp/offices";
import type { ArticlePeople, PersonRef } from "./people";
import type { Sent, Word } from "./segment";
import { LIST_LINE } from "./clean";

/** How many words a heading line over a list may hold ("Ambassadors", "High Commissioners", "Non-resident ambassadors"). */
const HEADING_WORDS = 4;

/** How far before the first name of a sentence's list its plural may stand ("The following ambassadors will be Thursday's guests:"). */
const PLURAL_REACH = 15;

/**
 * The envoy's post a plural names in `words` (from `from`, before `to`), the last one: "ambassadors" → "Ambassador", "high
 * commissioners" → "High Commissioner"; not a plural of another post ("ministers").
 */
function envoyPlural(words: Word[], from: number, to: number): string | undefined {
  for (let k = to - 1; k >= from; k--) {
    if (!isPluralOffice(words[k]!.lower)) continue;
    const title = normaliseTitle([...(words[k - 1]?.lower === "high" ? ["high"] : []), words[k]!.text]);
    return isEnvoyTitle(title) ? title : undefined;
  }
  return undefined;
}

/** The country written right after a name: "A of Veldia", "A from the Republic of Orvane", "A (Veldia)". */
function countryBeside(words: Word[], r: PersonRef): string | undefined {
  const next = words[r.last + 1]?.lower;
  if (next !== "of" && next !== "from" && next !== "(") return undefined;
  let k = r.last + 2;
  while (/^(?:the|republic|kingdom|state|of)$/i.test(words[k]?.lower ?? "") && words[k + 1]) k++;
  for (let n = 3; n >= 1; n--) {
    const phrase = words.slice(k, k + n);
    if (phrase.length !== n || !/^\p{Lu}/u.test(phrase[0]!.text)) continue;
    if (next === "(" && words[k + n]?.text !== ")") continue;
    const country = countryOf(phrase.map((w) => w.text).join(" "));
    if (country) return country;
  }
  return undefined;
}

/**
 * The post a bullet line's list is of: the heading line right above its run of lines ("Ambassadors"), else the sentence that
 * announces it with a colon ("The envoys who presented credentials were:").
 */
function headingPost(sents: Sent[], si: number): string | undefined {
  let n = si - 1;
  while (n >= 0 && LIST_LINE.test(sents[n]!.text)) n--;
  const head = sents[n];
  if (!head) return undefined;
  const words = head.words.filter((w) => /\p{L}/u.test(w.text));
  if (words.length <= HEADING_WORDS && !/[.:]$/.test(head.text.trim())) return envoyPlural(head.words, 0, head.words.length);
  return head.text.trimEnd().endsWith(":") ? envoyPlural(head.words, 0, head.words.length) : undefined;
}

/**
 * Gives the listed envoys of no office their post and country.
 * @example readListedOffices(sents, found) // "The new ambassadors are A of Veldia and B of Orvane." → A: Ambassador of Veldia
 */
export function readListedOffices(sents: Sent[], found: ArticlePeople): void {
  sents.forEach((sent, si) => {
    // The list is every name written beside a country ("… to the Head of State: A of Veldia, B of Orvane and C of Tarsk"),
    // those another sentence titles too ("Orvane's High Commissioner, Mr B"); its post goes to those of no post.
    const listed = (found.refs[si] ?? []).flatMap((r) => {
      const country = countryBeside(sent.words, r);
      const person = found.people[r.person];
      return country && person && (!person.country || person.country === country) ? [{ r, person, country }] : [];
    });
    if (!listed.some(({ person }) => person.offices.length === 0)) return;
    const bullet = LIST_LINE.test(sent.text);
    // In a sentence, a list of two at least after its plural: "… ambassadors …: A of Veldia, B of Orvane".
    const first = listed[0]!.r.first;
    // A heading run into its lines ("Ambassadors - A (Veldia)"): a list of one is a list too.
    const headed = sent.words.slice(0, first).filter((w) => /\p{L}/u.test(w.text)).length <= HEADING_WORDS && /^[-–—•*:]$/.test(sent.words[first - 1]?.text ?? "");
    const post = bullet ? headingPost(sents, si) : listed.length >= 2 || headed ? envoyPlural(sent.words, Math.max(0, first - PLURAL_REACH), first) : undefined;
    if (!post) return;
    for (const { person, country } of listed) {
      if (person.offices.length > 0) continue;
      person.offices.push({ title: post, country, sentence: si, from: "list" });
      person.country ??= country;
    }
  });
}

/**
 * Whether what follows a name's "of" (its {@link demonymPhrase}) is a state, or a body of one: "of the Republic of Veldia",
 * "of the Veldian foreign ministry"; not a demonym that only begins another name ("of the Veldian Ocean Commission", "of the Veldian Orthodox Church").
 */
function namesState(rest: string | undefined): boolean {
  return rest === undefined || isNationalInstitution(rest) || STATE_FORM.test(rest);
}

/** A state's long form ending a phrase: "the Lao People's Democratic Republic", "the Hashemite Kingdom". */
const STATE_FORM = /\b(?:republic|kingdom|federation|sultanate|emirate|principality)$/i;

/** The words after a name's "of (the)" up to a stop, when they open with a demonym ("of the Lao foreign ministry"). */
function demonymPhrase(words: Word[], r: PersonRef): string | undefined {
  if (words[r.last + 1]?.lower !== "of") return undefined;
  let k = r.last + 2;
  if (words[k]?.lower === "the") k++;
  if (!isDemonym(words[k]?.text ?? "")) return undefined;
  const rest: string[] = [];
  for (let m = k; words[m] && !/^[,.;:!?()]$/.test(words[m]!.text) && rest.length < 8; m++) rest.push(words[m]!.text);
  return rest.join(" ").replace(/\s+(['’]s)\b/g, "$1");
}

/** The country of a demonym opening the state's long form after a name ({@link demonymPhrase}): "of the Lao People's Democratic Republic" → Laos. */
function stateOfDemonym(rest: string | undefined): string | undefined {
  return rest && STATE_FORM.test(rest) ? countryOf(rest.split(" ")[0]!) : undefined;
}

/**
 * Gives the country written right after a name ("Ambassador A of the Republic of Veldia", "Sultan B of Orvane", "C (Tarsk)") to
 * the person of no country whose posts name none, nor a posting, nor a body of their own.
 * @example readCountriesBeside(sents, found) // "Ambassador A of the Republic of Veldia arrived." → A: Veldia
 */
export function readCountriesBeside(sents: Sent[], found: ArticlePeople): void {
  const given = new Map<number, string | undefined>();
  sents.forEach((sent, si) => {
    if (sent.title) return;
    for (const r of found.refs[si] ?? []) {
      if (r.via !== "name" && r.via !== "short") continue;
      const phrase = demonymPhrase(sent.words, r);
      const country = countryBeside(sent.words, r) ?? stateOfDemonym(phrase);
      const person = found.people[r.person];
      if (!country || !person || !namesState(phrase) || person.country || person.byOffice || person.offices.some((o) => o.country || o.to || o.organisation)) continue;
      // Two countries written after one person's name: which is theirs is not said.
      given.set(r.person, given.has(r.person) && given.get(r.person) !== country ? undefined : country);
    }
  });
  for (const [i, country] of given) {
    if (!country) continue;
    const person = found.people[i]!;
    person.country = country;
    for (const o of person.offices) o.country = country;
  }
}
