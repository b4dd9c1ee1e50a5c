/** @module who_is: who a person is (every office the articles give), or who holds an office. */
import { escapeRegExp, fold } from "../../nlp/fold";
import { countryOf, countryOfCity, isCountryWord } from "../../nlp/countries";
import { officeText, personInline } from "../format";
import type { Office, Person, Sentence } from "../../facts/types";
import type { PersonMention } from "../link";
import type { Question } from "../question";
import { missing, type Outcome } from "../reply";
import type { Inline } from "../types";
import { nameTokens, officeTokens } from "../names";
import { isTitleHead, officePosts } from "../offices";
import { participantIds } from "../knowledge";
import { dateFits } from "../dates";
import { distinctIds, KEPT_FROM } from "../lookups";

/** People listed in full; the rest are counted. */
const LISTED = 12;

/** A question that points back at someone ("who is he?"). */
const PRONOUN = /\b(he|she|him|her|they|them|that person|this person)\b/i;

/** Titles that differ only in wording ("Minister of Foreign Affairs" / "Foreign Minister") are one. */
const canonical = (title: string) => officePosts(title).map((s) => [...s].sort().join(" ")).sort().join("|");

/** The sentence that introduces a person: where an office of theirs is stated, else the first that names them. */
function introduction(person: Person, q: Question): Sentence | undefined {
  const sentences = q.knowledge.index.sentences;
  for (const o of person.offices) {
    const s = sentences[o.sentence];
    if (s && s.article === o.article && !s.title) return s;
  }
  for (const article of person.articles) {
    const s = q.knowledge.lookups.articleSentences.get(article)?.find((x) => !x.title && x.people.includes(person.id));
    if (s) return s;
  }
  return undefined;
}

/**
 * Whether a question names a person in the possessive as the owner of the people it asks for ("who
 * is Ruiz's deputy?", "which ministers were in Ruiz's delegation?"): Ruiz is then not the answer.
 * @example asksForOthers("which ministers were in ana ortega's delegation", mention) // true
 */
function asksForOthers(text: string, mention: PersonMention): boolean {
  const words = mention.text.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(escapeRegExp);
  return /^\s*(who|whom|which)\b/i.test(text) && new RegExp(`(^|[^\\p{L}])${words.join("[^\\p{L}\\p{N}]+")}['’]s\\b`, "iu").test(text);
}

/** How many of the tokens the words hold (counted, no list made: an office may have thousands of holders to score). */
function wordsHeld(tokens: readonly string[], words: ReadonlySet<string>): number {
  let n = 0;
  for (const w of tokens) if (words.has(w)) n++;
  return n;
}

/** A question for a named person's office: "what is Varan's job", "which post does Varan hold", "what position does she have". */
const OFFICE_ASKED = /^\s*(?:what|which)\b.*\b(?:office|post|position|title|role|job|portfolio|rank)\b/i;

/** A question about who holds an office now: "who is", "who are", "who's". */
const PRESENT = /^\s*(who|which\s+\p{L}+)\s+(is|are)\b|^\s*who['’]s\b/iu;

/** An office asked as the one held now however the question opens: "the name of the new Veldian ambassador", "the current minister". */
const NOW_HELD = /\bthe\s+(new|current|present|incoming|sitting|newly[\s-]+appointed)\s+(\p{L}+)(?:\s+(\p{L}+))?/iu;

/**
 * Whether the question asks for an office's present holder: "who is …", or "the new/current …" unless
 * "new" opens a place's name ("the New Veldia envoy": a country or city of the gazetteer).
 */
function asksPresent(text: string): boolean {
  if (PRESENT.test(text)) return true;
  const m = NOW_HELD.exec(text);
  if (!m) return false;
  if (m[1]!.toLowerCase() !== "new") return true;
  const place = (name: string): boolean => countryOf(name) !== undefined || countryOfCity(name) !== undefined;
  return !place(`new ${m[2]}`) && !(m[3] !== undefined && place(`new ${m[2]} ${m[3]}`));
}

/**
 * Words before a title that make it one held before ("the then Prime Minister", "former President",
 * "ex-minister"), a country's word or two between them too ("the then Veldian foreign minister",
 * "outgoing Orvane Ambassador"): the words between are checked to be a country's.
 */
const BEFORE_TITLE = /\b(then|former|ex|late|outgoing|erstwhile|previous)[\s-]+((?:[\p{L}'’.-]+\s+){0,2})$/u;

/**
 * The word before an office's title in its sentence that says it was held before ("former", "then",
 * "late"), if one does: before the title's mention nearest ahead of the person's name when the
 * sentence names others of that title ("outgoing Telu Ambassador Orvel and Veldian Ambassador Varan").
 * @example heldBefore({ title: "Prime Minister", sentence: 4, … }, person, q) // "former" when sentence 4 reads "… former Veldian Prime Minister Varan"
 */
function heldBefore(o: Office, person: Person, q: Question): string | undefined {
  const text = fold(q.knowledge.index.sentences[o.sentence]?.text ?? "");
  const title = fold(o.title);
  const name = person.names.map((n) => text.indexOf(fold(n))).filter((i) => i >= 0).sort((a, b) => a - b)[0];
  const at = name === undefined ? text.indexOf(title) : text.lastIndexOf(title, name);
  if (at <= 0) return undefined;
  const [, word, between] = BEFORE_TITLE.exec(text.slice(Math.max(0, at - 40), at)) ?? [];
  return word && (!between || isCountryWord(between.trim())) ? word : undefined;
}

/**
 * Whether the articles state a person's offices only as held before ("the then Prime Minister X"),
 * every one of them.
 */
function onlyFormer(person: Person | undefined, q: Question): boolean {
  if (!person || person.offices.length === 0) return false;
  return person.offices.every((o) => heldBefore(o, person, q) !== undefined);
}

/**
 * A person in bold with the office in brackets, an office the article says was held before as
 * such ("Varan (former Veldian Prime Minister)"), never as held now.
 */
function personWithOffice(p: Person, q: Question): Inline[] {
  const first = p.offices[0];
  const before = first ? heldBefore(first, p, q) : undefined;
  if (!before || before === "outgoing") return personInline(p);
  return [{ bold: p.name }, ` (${before === "late" ? "late" : "former"} ${officeText(p)})`];
}

/** Long lists of holders (kept per isolate, see distinctIds) → those bestPosted keeps, by the question's words. */
const BEST_POSTED = new WeakMap<readonly string[], Map<string, readonly string[]>>();

/** Wordings whose choice is kept per list at most (past it, the kept ones are dropped). */
const KEPT_WORDINGS = 64;

/**
 * The holders whose postings hold most of the question's words ("the ambassador to Veldia": those
 * posted to Veldia), in order; the list itself when every one scores alike. An office held by
 * thousands scores each holder once per wording of the question, then answers from what it kept.
 * @example bestPosted(["ana-ortega", "paul-ruiz"], new Set(["ambassador", "peru"]), q) // ["paul-ruiz"]
 */
function bestPosted(ids: readonly string[], words: ReadonlySet<string>, q: Question): readonly string[] {
  const long = ids.length >= KEPT_FROM;
  const wording = long ? [...words].sort().join(" ") : "";
  const kept = long ? BEST_POSTED.get(ids) : undefined;
  const known = kept?.get(wording);
  if (known) return known;
  const scores = ids.map((id) => (q.knowledge.people.get(id)?.offices ?? []).reduce((best, o) => Math.max(best, wordsHeld(officeTokens(o, "posting"), words)), 0));
  const top = scores.reduce((a, b) => Math.max(a, b));
  const best = scores.some((s) => s !== top) ? ids.filter((_, k) => scores[k] === top) : ids;
  if (long) {
    const byWording = kept ?? new Map<string, readonly string[]>();
    if (byWording.size >= KEPT_WORDINGS) byWording.clear();
    byWording.set(wording, best);
    BEST_POSTED.set(ids, byWording);
  }
  return best;
}

/** Long lists of holders (kept per isolate) → those currentHolders keeps. */
const CURRENT = new WeakMap<readonly string[], readonly string[]>();

/**
 * The people of a list not named only as former holders (see onlyFormer), in order: the list
 * itself when none is; an office's thousands of holders are read once per isolate.
 * @example currentHolders(["ana-ortega", "paul-ruiz"], q) // ["paul-ruiz"] when Ortega is only "the then minister"
 */
function currentHolders(ids: readonly string[], q: Question): readonly string[] {
  const kept = ids.length >= KEPT_FROM ? CURRENT.get(ids) : undefined;
  if (kept) return kept;
  const current = ids.filter((id) => !onlyFormer(q.knowledge.people.get(id), q));
  const out = current.length === ids.length ? ids : current;
  if (ids.length >= KEPT_FROM) CURRENT.set(ids, out);
  return out;
}

/**
 * Names each person the question may mean, with their offices; for an office, who holds it.
 * @example answerWhoIs(question) // { kind: "reply", body: [{ kind: "list", items: [[{ bold: "Wang Lei" }, " (Chilean Premier)"], …] }], … }
 */
export function answerWhoIs(q: Question): Outcome {
  const { links, knowledge } = q;
  // "Is Ruiz an ambassador?": the name says who; the office is what is asked of them
  const named = links.people.filter((m) => !m.byOffice);
  // "which ministers were in Ruiz's delegation": others than Ruiz, whom no office record lists
  if (named.length && named.every((m) => asksForOthers(q.text, m))) return missing("The articles don't say that.");
  // one mention's ids as linked (an office's holders: a list kept per isolate, whose identity keeps what is found from it)
  const asked = officeAsked(q, named);
  if (asked?.ids.length === 0) return missing(links.unknownOffices.length ? `The articles name no ${links.unknownOffices.join(" or ")}.` : "The articles don't say who that is.");
  const mentions = asked ? [asked] : named.length ? named : links.people;
  let ids: readonly string[] = mentions.length === 1 ? mentions[0]!.ids : mentions.flatMap((m) => m.ids);
  if (links.people.length === 0 && q.focus?.people.length && PRONOUN.test(q.text)) ids = q.focus.people.slice(0, 1);
  if (named.length === 0 && links.people.length === 1 && ids.length > 1) ids = bestPosted(ids, new Set(q.terms.concat(nameTokens(q.text))), q);
  ids = distinctIds(ids);
  // "who is the prime minister of X": not one the articles call "the then prime minister" or "former"
  if (named.length === 0 && ids.length && asksPresent(q.text)) {
    const current = currentHolders(ids, q);
    if (current.length === 0) {
      const former = ids.flatMap((id) => knowledge.people.get(id)?.name ?? []);
      return missing(`The articles name ${links.people[0]?.text ?? "that office"} only as held before: ${former.slice(0, LISTED).join(", ")}. They do not say who holds it now.`);
    }
    ids = current;
  }
  if (ids.length === 0) return missing(links.unknownOffices.length ? `The articles name no ${links.unknownOffices.join(" or ")}.` : "The articles name nobody by that name.");
  const people = ids.flatMap((id) => knowledge.people.get(id) ?? []);
  // "what is Varan's job?" of someone the index gives no office: the name alone answers nothing
  if (named.length && OFFICE_ASKED.test(q.text) && people.every((p) => p.offices.length === 0)) {
    return missing(`The articles don't give the office of ${people.map((p) => p.name).join(" or ")}.`);
  }
  const shown = people.slice(0, LISTED);
  // (each title's canonical form once: a recurring person holds the same office in article after article)
  const canonicals = new Map<string, string>();
  const canonicalOf = (title: string) => canonicals.get(title) ?? canonicals.set(title, canonical(title)).get(title)!;
  const items = shown.map((p): Inline[] => {
    const seen = new Set([canonicalOf(p.offices[0]?.title ?? "")]);
    const others = p.offices.slice(1).map((o) => o.title).filter((t) => !seen.has(canonicalOf(t)) && seen.add(canonicalOf(t)));
    // the country by its name too: "(Canadian Prime Minister) of Canada" answers "which country"
    const country = p.offices[0]?.country ?? p.country;
    const named = country && !officeText(p).includes(country) ? [`, of ${country}`] : [];
    return [...personWithOffice(p, q), ...named, ...(others.length ? [`; also ${others.join(", ")}`] : [])];
  });
  // one person: the article's own sentence that says who they are (where the office is stated, else where they first appear)
  const evidence = people.length === 1 ? introduction(people[0]!, q) : undefined;
  const lead = people.length > 1 ? [{ kind: "para" as const, content: [`${people.length} people fit:`] }] : [];
  return {
    kind: "reply",
    body: [
      ...lead,
      people.length > 1 ? { kind: "list", items: people.length > LISTED ? [...items, [`and ${people.length - LISTED} more`]] : items } : { kind: "para", content: items[0] ?? [] },
      ...(evidence ? [{ kind: "quote" as const, content: [evidence.text] }] : []),
    ],
    articles: shown.flatMap((p) => [...new Set(p.offices.map((o) => o.article))].slice(0, 1).concat(p.offices.length ? [] : p.articles.slice(0, 1))),
    focus: { people: ids as string[] },
  };
}

/**
 * "Who was the Veldian minister when Varan visited?": the office right after "who was" is asked, the
 * name after it only says when; of its holders, those who met the one named (then, when a date is
 * asked), or all when none did.
 */
function officeAsked(q: Question, named: PersonMention[]): PersonMention | undefined {
  if (named.length === 0 || !/^\s*(?:who\s+(?:is|was|are|were)|what\s+(?:is|was)\s+the\s+name\s+of)\b/i.test(q.text)) return undefined;
  const at = q.text.toLowerCase().indexOf(named[0]!.text.toLowerCase().split(" ")[0]!);
  if (at < 0) return undefined;
  const before = q.text.slice(0, at);
  if (!before.split(/[^\p{L}]+/u).some((w) => isTitleHead(fold(w)))) return undefined;
  // "who is Prince Varan", "who is President Telu?": a title right before the name that ends the question is the name's own,
  // no other office asked (not "who is the Veldian ambassador received by Telu")
  if (isTitleHead(fold(before.trim().split(/[^\p{L}]+/u).at(-1) ?? "")) && !/\p{L}/u.test(q.text.slice(at + named[0]!.text.length))) return undefined;
  // "what is the name of the Orvanian minister Varan met": an office no one holds in the articles is no one, never Varan
  const office = q.links.people.find((m) => m.byOffice) ?? { text: "", ids: [], byOffice: true };
  const met = new Set(named.flatMap((m) => m.ids).flatMap((id) => (q.knowledge.lookups.meetingsOf.get(id) ?? []).flatMap((i) => {
    const m = q.knowledge.index.meetings[i]!;
    return q.links.dates.every((d) => dateFits(m.date, d)) ? participantIds(m) : [];
  })));
  const holders = office.ids.filter((id) => met.has(id));
  return { ...office, ids: holders.length ? holders : office.ids };
}
