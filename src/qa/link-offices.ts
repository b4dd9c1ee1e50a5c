/** @module Offices in a question's tokens: "the peruvian and chilean foreign ministers", "the president of Peru", "the Peruvian ambassador to Norway". */
import { contactActs } from "./answer-type";
import { fold } from "../nlp/fold";
import { NATIONAL_TITLES, officeWordKind } from "../nlp/offices";
import { officeCountryKey, type Knowledge } from "./knowledge";
import { NAME_PARTICLES, officeTokens } from "./names";
import type { Links } from "./link";
import { countryAt, type Token } from "./link-countries";
import { unionOf } from "./lookups";
import { askedTitleWords, isOfficeWord, isTitleHead, officeMatcher, officePosts, type OfficeMatcher } from "./offices";

/**
 * The offices that may fit (those whose posts hold the rarest word the match needs, or that are of
 * the country asked for when it has fewer), in index order: a superset that the matcher then decides.
 */
function officeCandidates(matcher: OfficeMatcher, knowledge: Knowledge, country?: string): Knowledge["offices"] {
  const ofCountry = country === undefined ? undefined : (knowledge.officesByWord.get(officeCountryKey(country)) ?? []);
  if (matcher.needs.length === 0) return ofCountry ? ofCountry.map((i) => knowledge.offices[i]!) : knowledge.offices;
  const chosen: number[][] = [];
  for (const words of matcher.needs) {
    const lists = words.map((w) => knowledge.officesByWord.get(w) ?? []);
    if (lists.length === 0) continue;
    if (ofCountry) lists.push(ofCountry);
    chosen.push(lists.reduce((a, b) => (b.length < a.length ? b : a)));
  }
  return unionOf(chosen).map((i) => knowledge.offices[i]!);
}

/** The holders found for an office as asked (its words, country, body, destination), per knowledge: found on the phrase's first ask, then kept. */
const HOLDERS = new WeakMap<Knowledge, Map<string, string[] | undefined>>();

/** Office phrases whose holders are kept per knowledge at most (past it, the kept ones are dropped: a bound on what odd questions can make it hold). */
const KEPT_HOLDERS = 512;

/**
 * The ids of the people holding an office as asked, in index order of their offices: the office's
 * words, of the country asked (when one is), of the body named after "of" (when one is: undefined
 * when no holder's office is of it), the holders posted to the destination first (when one is and
 * some are). An office of thousands of holders is found once per isolate; the list is shared, not
 * to be changed.
 * @example officeHolders(knowledge, ["foreign", "minister"], "Peru") // ["ana-ortega"]
 */
function officeHolders(knowledge: Knowledge, words: string[], country?: string, body?: string, destination?: string, now = false): string[] | undefined {
  let kept = HOLDERS.get(knowledge);
  if (!kept) HOLDERS.set(knowledge, (kept = new Map()));
  const key = JSON.stringify([words, country ?? null, body ?? null, destination ?? null, now]);
  if (kept.has(key)) return kept.get(key);
  const matcher = officeMatcher(words, now);
  // (one known only by the title holds a country's office asked of what they did, "did the Veldian premier call Telu", not "who is …")
  let offices = officeCandidates(matcher, knowledge, country).filter((o) => (!country || o.country === country) && (!o.titleOnly || (country && !now)) && matcher.fits(o.posts));
  // (an envoy asked by both ends, "Veldia's ambassador to Orvane", is never one tied to neither)
  if (country && offices.length === 0 && !destination) {
    const fits = stateless(knowledge, matcher, country);
    if (new Set(fits.map((o) => o.person)).size === 1) offices = fits;
  }
  let ids: string[] | undefined;
  if (body) offices = offices.filter((o) => ofBody(o.person, body, knowledge));
  if (!body || offices.length) {
    // "the ambassador to Orvane": one posted there, else one whose posting the articles do not give in
    // an article that names Orvane; never one posted elsewhere
    const posted = offices.filter((o) => o.to === destination);
    const there = destination ? knowledge.countryArticles.get(destination) : undefined;
    if (destination) offices = posted.length ? posted : offices.filter((o) => o.to === undefined && !!knowledge.people.get(o.person)?.articles.some((a) => there?.has(a)));
    ids = [...new Set(offices.map((o) => o.person))];
  }
  if (kept.size >= KEPT_HOLDERS) kept.clear();
  kept.set(key, ids);
  return ids;
}

/** Titles of a state's head or government, which a body's holder of the same word is not. */
const STATE_HEADS = /^(?:president|vice-president|prime minister|premier|king|queen|emir|amir|sultan)$/;

/**
 * "The Veldian president" when no president the articles tie to Veldia: the holders of the office
 * tied to no country at all, in an article that names Veldia, who met no one of Veldia ("Varan met
 * President Telu" in a story of Varan's visit to Veldia, where Telu's country is not written beside him).
 * One such holder is the one asked; of several, the question's other side tells (see {@link bySide}).
 */
function stateless(knowledge: Knowledge, matcher: OfficeMatcher, country: string): Knowledge["offices"] {
  const named = knowledge.countryArticles.get(country);
  if (!named) return [];
  const fits = officeCandidates(matcher, knowledge).filter((o) => {
    if (o.country || knowledge.countriesOf.get(o.person)?.size || !matcher.fits(o.posts)) return false;
    const person = knowledge.people.get(o.person);
    if (!person?.articles.some((a) => named.has(a))) return false;
    // "the Veldian president" is the country's, not one who presides over a body ("President of the Rowing League"); a
    // director-general of a department may be the country's own
    const byTitle = person.offices.filter((x) => matcher.fits(officePosts(x.title)));
    if (byTitle.length > 0 && byTitle.every((x) => x.organisation && STATE_HEADS.test(fold(x.title)))) return false;
    // a counterpart of that country makes them a guest of it or its host, not one of its own
    const met = (knowledge.lookups.meetingsOf.get(o.person) ?? []).flatMap((i) => knowledge.index.meetings[i]?.participants ?? []);
    return !met.some((p) => p.kind === "person" && p.person !== o.person && knowledge.countriesOf.get(p.person)?.has(country));
  });
  return fits;
}

/**
 * The people tied to a country whose offices the index gives less fully than asked (no title, or a
 * title of fewer words: "Minister" for "the Veldian foreign minister"), who may hold the office
 * asked: only the question's other side tells (see {@link bySide}).
 */
function lessFully(knowledge: Knowledge, words: string[], country: string): string[] {
  const asked = new Set(officePosts(words.join(" ")).flat());
  return (knowledge.countryPeople.get(country) ?? []).filter((id) => {
    const offices = knowledge.people.get(id)?.offices ?? [];
    return offices.length === 0 || offices.some((o) => officePosts(o.title, o.organisation).every((post) => post.every((w) => asked.has(w))));
  });
}

/** An office of a country asked that no holder tied to it fits, with the people that may hold it: holders tied to no country (see {@link stateless}), people tied to it whose offices the index gives less fully (`sided`: only the other side tells). */
interface Unplaced {
  label: string;
  ids: string[];
  sided: string[];
  plural: boolean;
}

/**
 * The holders of an office asked of a country that the articles tie to none (see {@link stateless}),
 * as the question's other side tells them apart: those who met someone else the question names ("the
 * Veldian and Orvanian foreign ministers": the Veldian one met the Orvanian); a title asked in the
 * plural ("the Veldian ministers") is every one of them, met or not, when no other side is named.
 * None when that leaves several for a title asked in the singular.
 * @example bySide({ label: "the foreign minister of Veldia", ids: ["a", "b"], plural: false }, links, knowledge) // ["a"] when only "a" met the Orvanian asked too
 */
function bySide(unplaced: Unplaced, links: Links, knowledge: Knowledge): string[] {
  const others = new Set(links.people.flatMap((m) => m.ids).filter((id) => !unplaced.ids.includes(id) && !unplaced.sided.includes(id)));
  const met = (id: string) => (knowledge.lookups.meetingsOf.get(id) ?? []).some((i) => knowledge.index.meetings[i]?.participants.some((p) => p.kind === "person" && others.has(p.person)));
  const held = others.size ? unplaced.ids.filter(met) : unplaced.ids;
  // (one whose office the index gives less fully only when no holder tied to no country is left)
  const ids = held.length || !others.size ? held : unplaced.sided.filter(met);
  return ids.length === 1 || (unplaced.plural && ids.length > 0) ? ids : [];
}

/** "Did / has / was …": a question whose contact is what is asked, so it cannot tell who holds an office (the answer would be yes by the telling). */
const YES_NO = /^\s*(?:did|does|do|has|have|had|was|were|is|are|will|would|can|could)\b/i;

/** Words of tenure between a country and its office ("Veldia's new ambassador"). */
const TENURE = new Set(["new", "former", "previous", "current", "incoming", "outgoing", "acting", "newly", "appointed", "late"]);

/** Words that stand before the head of a title, never after it ("First Deputy Premier", "Acting President"). */
const OPENS_ONLY = new Set(["first", "second", "deputy", "vice", "acting", "senior", "assistant", "principal", "prime"]);

/** Words before a plural title that ask for every holder ("all ministers"). */
const ALL = new Set(["all", "every", "each"]);

/** Words after a plural title that make it a meeting of such holders ("the prime ministers meeting"). */
const EVENT_WORDS = new Set(["meeting", "meetings", "talks", "summit", "call", "consultations"]);

/** Words that may open "the prime ministers meeting" without naming an event of their own. */
const EVENT_OPENERS = new Set(["the", "a", "an", "this", "that", "their", "last", "first", "latest", "recent", "next", "of", "at", "in", "during", "before", "after"]);

/** Words after such a meeting word that keep it a noun ("the prime ministers meeting in Lima", "… meeting?"), not a verb ("the ministers call it realistic"). */
const AFTER_EVENT = new Set(["in", "on", "at", "of", "with", "between", "was", "were", "is", "held", "take", "took", "last", "lasted", "end", "ended", "begin", "began", "start", "started", "and"]);

/** The body named after "of" ("the opposition", "the NPC"): its first word, when it is no country and no common word. */
function bodyAfter(tokens: Token[], at: number): { word: string; text: string } | undefined {
  const first = tokens[at]?.word === "the" ? at + 1 : at;
  const t = tokens[first];
  if (!t || t.used || t.raw.length < 2 || countryAt(tokens, first) || /\d/.test(t.raw) || ["his", "her", "their", "its", "state", "which", "what", "whose"].includes(t.word)) return undefined;
  return { word: t.word, text: tokens.slice(at, first + 1).map((x) => x.raw).join(" ") };
}

/** Whether one of a person's offices is of a body (its title or organisation holds the word; "parliament" any house of one, as its posts read it). */
function ofBody(person: string, word: string, knowledge: Knowledge): boolean {
  const fits = (w: string) => w === word || (word.length >= 5 && w.startsWith(word.slice(0, -1)));
  // (a house's posts already read as "parliament speaker": the offices the knowledge files under the word)
  if (word === "parliament" && (knowledge.officesByWord.get(word) ?? []).some((i) => knowledge.offices[i]!.person === person)) return true;
  return (knowledge.people.get(person)?.offices ?? []).some((o) => officeTokens(o, "title").some(fits));
}

/** Whether a title word is plural ("ministers", "envoys"; not "affairs"). */
const isPlural = (t: Token) => /[^s]s$/.test(t.word) && isOfficeWord(t.word.slice(0, -1));

/**
 * Whether the office words at `from`…`to` (with the countries and "the" before them) stand next to
 * a name the question gives, as its title: "Foreign Minister Varan", "Varan the Veldian minister".
 */
function titlesName(tokens: Token[], from: number, to: number): boolean {
  let before = from - 1;
  while (before >= 0 && tokens[before]!.used && !tokens[before]!.named) before--;
  if (tokens[before]?.word === "the") before--;
  // ("President el-Varan": the name's particle, which names no one alone, stands between)
  const after = NAME_PARTICLES.has(tokens[to + 1]?.word ?? "") ? to + 2 : to + 1;
  return !!tokens[after]?.named || (!!tokens[before]?.named && before < from - 1);
}

/** Words beside a vague head that tell a rank or a turn, not a post: "first official", "senior official", "new chief". */
const RANK_OR_TURN = /^(?:first|second|third|senior|junior|former|new|top|acting|deputy|vice|official|chief|high|ranking)$/;

/**
 * Links office phrases to the people holding them: title words with the countries before them
 * ("the peruvian and chilean foreign ministers") or after ("of Peru"); "to X" / "in X" is where an envoy is posted.
 * @example linkOffices(tokens, knowledge, links) // links.people gains { text: "the president of Peru", ids: [...], byOffice: true }
 */
export function linkOffices(tokens: Token[], knowledge: Knowledge, links: Links, question = ""): void {
  const contact = contactActs(question).length > 0;
  const unplaced: Unplaced[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.used || !isOfficeWord(tokens[i]!.word)) continue;
    // "who did A co-chair the consultation with": the verb "co-chair", no chair of anything
    if (tokens[i]!.hyphenated && tokens[i - 1]?.word === "co") continue;
    let end = i;
    // (a possessive ends the title: "the Veldian president's state visit" is no "president state")
    // ("the Veldian foreign minister first met …": a word that only opens a title, after its head and before no other office word, is no part of it)
    while (end + 1 < tokens.length && !tokens[end]!.possessive && !tokens[end + 1]!.used && ((isOfficeWord(tokens[end + 1]!.word) && !(OPENS_ONLY.has(tokens[end + 1]!.word) && isTitleHead(tokens[end]!.word) && !isOfficeWord(tokens[end + 2]?.word ?? ""))) || (tokens[end + 1]!.word === "of" && ["foreign", "affairs", "external", "state"].includes(tokens[end + 2]?.word ?? "")))) end++;
    const words = tokens.slice(i, end + 1).flatMap((t) => askedTitleWords(t.word));
    // (a vague head with a word that makes it one post: "the chief justice", "the army chief", heldout83 x805)
    // (not a word of rank or turn beside it: "this first official visit" names no post)
    if (!words.some(isTitleHead) && !(words.some((w) => officeWordKind(w) === "head") && words.some((w) => officeWordKind(w) === "modifier" && !RANK_OR_TURN.test(w)))) continue;
    const countries: string[] = [];
    for (let j = i - 1; j >= 0; j--) {
      // ("Veldia's new ambassador", "the former Veldian president": a word of tenure stands between)
      if (tokens[j]!.word === "and" || tokens[j]!.word === "the" || TENURE.has(tokens[j]!.word)) continue;
      const c = [3, 2, 1].map((n) => ({ at: j - n + 1, found: j - n + 1 >= 0 ? countryAt(tokens, j - n + 1) : undefined })).find((x) => x.found?.length === j - x.at + 1);
      if (!c?.found || c.found.city) break;
      countries.unshift(c.found.country);
      for (let m = c.at; m <= j; m++) tokens[m]!.used = true;
      j = c.at;
    }
    // "of Peru" names the office's country; "to Norway", "in Norway" where an envoy is posted
    let destination: string | undefined;
    let k = end + 1;
    // ("the presidents of Veldia and Orvane": a plural title, of each country the "and" joins)
    let ofCountry = false;
    while (["of", "to", "in"].includes(tokens[k]?.word ?? "") || (tokens[k]?.word === "and" && ofCountry && isPlural(tokens[end]!))) {
      const c = countryAt(tokens, k + 1);
      if (!c || c.city) break;
      ofCountry = tokens[k]!.word === "of" || tokens[k]!.word === "and";
      if (ofCountry) countries.push(c.country);
      else destination = c.country;
      for (let m = k + 1; m < k + 1 + c.length; m++) tokens[m]!.used = true;
      k += 1 + c.length;
    }
    // ("where is the tanaiste going": a country's own word for a post is that country's)
    const national = tokens.slice(i, end + 1).map((t) => NATIONAL_TITLES.get(t.word)).find(Boolean);
    if (national && countries.length === 0) countries.push(national.country);
    for (let k = i; k <= end; k++) tokens[k]!.used = true;
    // "the former president of Veldia", "the former Veldian president": a past holder is asked, never today's;
    // "who is the president of Veldia": today's; "which president did A meet": whoever held it then
    if (tokens.slice(Math.max(0, i - 4), i).some((t) => t.word === "former" || t.word === "previous")) words.unshift("former");
    const now = !words.includes("former") && ["who", "what"].includes(tokens[0]?.word ?? "") && ["is", "are"].includes(tokens[1]?.word ?? "");
    const text = tokens.slice(i, end + 1).map((t) => t.raw).join(" ");
    const matcher = officeMatcher(words);
    // "which ministers", "the four envoys": a plural title with no country is what is asked, or a
    // group the article names, not every minister of the articles (unless "all ministers" is asked)
    // ("the prime ministers meeting", "all ministers": the holders are asked for)
    // ("the ministers to Korea" when no minister is posted there: a group too; "the ministers call X realistic": a verb, no meeting)
    const unposted = !!destination && !knowledge.offices.some((o) => o.to === destination && matcher.fits(o.posts));
    const event = EVENT_WORDS.has(tokens[k]?.word ?? "") && (tokens[k + 1] === undefined || AFTER_EVENT.has(tokens[k + 1]!.word));
    // ("the Quad foreign ministers meeting", "the G20 ministers summit": a word before the title names the event, whose holders the question does not name)
    const namedEvent = event && !!tokens[i - 1] && !tokens[i - 1]!.used && !EVENT_OPENERS.has(tokens[i - 1]!.word);
    if (countries.length === 0 && (!destination || unposted) && isPlural(tokens[end]!) && !ALL.has(tokens[i - 1]?.word ?? "") && (!event || namedEvent)) {
      // "the two ministers" refers to people the question does not name; "which ministers" asks for them
      if (!["which", "what", "many"].includes(tokens[i - 1]?.word ?? "")) links.groups.push(tokens.slice(i, end + 1).map((t) => t.raw).join(" "));
      for (let k = i; k <= end; k++) tokens[k]!.used = true;
      i = end;
      continue;
    }
    // "the leader of the opposition", "the chairman of the NPC": the office must be of that body
    const body = tokens[k]?.word === "of" ? bodyAfter(tokens, k + 1) : undefined;
    // "Orvelia's president": an office of a place or body the question names that no gazetteer knows, not every president
    const owner = countries.length === 0 && !destination ? tokens[i - 1] : undefined;
    if (owner?.possessive && !owner.used && !owner.named && /^\p{Lu}/u.test(owner.raw)) {
      links.unknownOffices.push(`the ${text} of ${owner.raw}`);
      owner.used = true;
      i = end;
      continue;
    }
    // "Varan's foreign minister": an office of the country of the one person named, when the articles tie them to one
    if (owner?.possessive && owner.named) {
      const person = links.people.find((m) => !m.byOffice && m.ids.length === 1 && fold(m.text).endsWith(owner.word));
      const theirs = person ? [...(knowledge.countriesOf.get(person.ids[0]!) ?? [])] : [];
      // (the owner names the country, not a side: "did Varan's minister meet Telu" asks nothing of Varan)
      if (theirs.length === 1) {
        countries.push(theirs[0]!);
        links.people.splice(links.people.indexOf(person!), 1);
      }
    }
    // "Foreign Minister Varan", "Varan, the Veldian minister": the title of a name the question gives, no one else
    if (titlesName(tokens, i, end)) {
      i = end;
      continue;
    }
    // "did Varan meet the Veldian president?" asks of another than Varan, even when he holds that office
    // (a contact has two sides; "when was Varan elected president" asks of his own office)
    const named = new Set(contact ? links.people.filter((m) => !m.byOffice).flatMap((m) => m.ids) : []);
    for (const country of countries.length ? countries : [undefined]) {
      const holders = officeHolders(knowledge, words, country, body?.word, destination, now);
      const ids = holders?.filter((id) => !named.has(id));
      if (!ids) {
        links.unknownOffices.push(`${text} of ${body!.text}`);
        continue;
      }
      const held = words.includes("former") && !/\bformer\b/i.test(text) ? `former ${text}` : text;
      const label = (country ? `the ${held} of ${country}` : held) + (destination ? ` to ${destination}` : "");
      if (!country && words.length === 1 && words[0] === "counterpart") continue;
      const themselves = holders!.filter((id) => named.has(id)).map((id) => knowledge.people.get(id)?.name ?? id);
      if (ids.length) links.people.push({ text: label, ids, byOffice: true });
      else if (themselves.length) links.unknownOffices.push(`${label.replace(/^the /, "a ")} other than ${themselves.join(" and ")}`);
      else if (country && !destination && !body) {
        const candidates = [...new Set(stateless(knowledge, matcher, country).map((o) => o.person))].filter((id) => !named.has(id));
        const sided = YES_NO.test(question) ? [] : lessFully(knowledge, words, country).filter((id) => !named.has(id));
        if (candidates.length || sided.length) unplaced.push({ label, ids: candidates, sided, plural: isPlural(tokens[end]!) });
        else links.unknownOffices.push(label);
      } else if (country) links.unknownOffices.push(label);
    }
    i = end;
  }
  // (told apart once every side is linked: "the Veldian and Orvanian ministers" links the Orvanian after the Veldian)
  for (const u of unplaced) {
    const ids = bySide(u, links, knowledge);
    if (ids.length) links.people.push({ text: u.label, ids, byOffice: true });
    else links.unknownOffices.push(u.label);
  }
}
