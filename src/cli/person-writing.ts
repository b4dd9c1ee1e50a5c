/**
 * @module How a key person the index misses is written, and how the sentence that names a person with
 * their country ties the two, so that `npm run eval:misses` can split its causes further (counts only):
 * an office with no name, a name only in the byline or credits, a single name, a name in a list, a
 * hyphenated or particle name, after a title or an honorific; what the reader made of it (no mention,
 * a mention cut short, a mention with no evidence); a country as a possessive over a list, in
 * apposition, "of", in brackets, a "side", pairs of countries and names in order; the evidence of a person
 * written around a missed name that the reader does not use (a side of a word of contact, the subject of a
 * verb people do, a list with people read, an office in apposition, its surname alone with such evidence).
 */
import { cleanArticle } from "../extract/clean";
import { findTriggers } from "../extract/frame-engine";
import { findMentions } from "../extract/mentions";
import { segment, type Sent, type Word } from "../extract/segment";
import { findCountries } from "../nlp/countries";
import { escapeRegExp, fold } from "../nlp/fold";
import { isPluralOffice, officeWordKind } from "../nlp/offices";
import { isHonorific, isNameWord } from "../extract/word-kinds";

/** The words of a key name, folded, with particles. */
const nameTokens = (name: string): string[] => fold(name).split(/[\s]+/).filter(Boolean);

/** Particles and hyphens that join a name's words ("al-Varan", "bin Telu", "van der Orvane", "Kestas-Halvik"). */
const PARTICLE = /^(?:al|el|bin|ibn|bint|van|von|der|de|da|das|do|dos|di|del|la|le|du|ter|ben|abu)$/;

/** An article read as the extractor reads it: its sentences, body first, with their mentions. */
export interface ReadArticle {
  sents: Sent[];
  /** The folded text of the article's body (what the extractor reads as sentences). */
  body: string;
}

/**
 * Reads an article file the way the build does, for the counts below.
 * @example readArticle(text).sents.length // 12
 */
export function readArticle(text: string): ReadArticle {
  const clean = cleanArticle(text);
  const blocks = clean.blocks.filter((b) => b.quote === undefined);
  return { sents: segment([...(clean.title ? [{ text: clean.title, title: true }] : []), ...blocks]), body: fold(blocks.map((b) => b.text).join("\n")) };
}

/** Where in a sentence the last word of a name is (the index of the word), if it is there. */
function lastWordAt(sent: Sent, name: string): number | undefined {
  const last = nameTokens(name).at(-1);
  if (!last) return undefined;
  const k = sent.words.findIndex((w) => w.lower === last || w.lower.split("-").includes(last) || w.lower.endsWith(`-${last}`));
  return k >= 0 ? k : undefined;
}

/** The first word of the name as written ending at `at`: back over the words of the key name. */
function firstWordAt(words: Word[], at: number, name: string): number {
  const parts = new Set(nameTokens(name).flatMap((t) => [t, ...t.split("-")]));
  let k = at;
  while (k > 0 && (parts.has(words[k - 1]!.lower) || words[k - 1]!.lower.split("-").every((p) => parts.has(p)))) k--;
  return k;
}

/** List separators before a name: "A, B and C", "A; B". */
const SEPARATOR = /^(?:,|;|and|—|–|:)$/;

/** Whether the name from `first` sits in a list of names: a separator just before it (past its title) and another in the sentence. */
function inList(words: Word[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && ((officeWordKind(words[k]!.lower) && officeWordKind(words[k]!.lower) !== "connector") || isHonorific(words[k]!))) k--;
  const seps = words.filter((w) => /^(?:,|;)$/.test(w.text)).length;
  return k >= 0 && SEPARATOR.test(words[k]!.lower) && seps >= 2;
}

/**
 * How a key person the index has no person for is written, and what the reader made of it:
 * `[how written, reader's reading]`.
 * @example personWriting(read, "Varan Telu") // ["a title right before the name", "a word of the name tagged VERB, no mention covers it"]
 */
export function personWriting(read: ReadArticle, name: string): [string, string] {
  const tokens = nameTokens(name);
  if (tokens.some((t) => officeWordKind(t) === "head") || /^\p{Ll}/u.test(name.trim())) return ["the key is an office or a group, no name", "-"];
  const last = tokens.at(-1)!;
  if (!new RegExp(`(?<![\\p{L}])${escapeRegExp(last)}(?![\\p{L}])`, "u").test(read.body)) return ["named only outside the body (byline, credits, caption)", "-"];
  const sents = read.sents.filter((s) => lastWordAt(s, name) !== undefined);
  const how = ((): string => {
    // "By Varan Telu", "Editor: Varan Telu", "PHOTO: Agency / Varan Telu", a line that is the name alone or with a job.
    const credit = (x: Sent): boolean => /^(?:(?:written |posts |photos? |reporting )?by|editor|photo|photos|text|reporter|author)\b/i.test(x.text.trim()) || (x.words.filter((w) => /\p{L}/u.test(w.text)).length <= tokens.length + 3 && !x.words.some((w) => w.pos === "VERB" || w.pos === "AUX"));
    if (sents.every(credit)) return "a byline or credit line in the body (By X, Editor: X, the name on a line)";
    if (tokens.length === 1) return "a single name";
    if (sents.every((s) => s.quote !== undefined || /["“”]/.test(s.text.slice(0, s.words[lastWordAt(s, name)!]!.start)))) return "only in a quote";
    if (sents.some((s) => inList(s.words, firstWordAt(s.words, lastWordAt(s, name)!, name)))) return "in a list of names";
    if (/-/.test(name) || tokens.some((t) => PARTICLE.test(t))) return "a hyphenated or particle name";
    if (/[^\p{Script=Latin}\s'.-]|[^\x00-\x7f]/u.test(name)) return "letters beyond plain ASCII (č, ņ, ñ)";
    const before = sents.map((s) => s.words[firstWordAt(s.words, lastWordAt(s, name)!, name) - 1]);
    if (before.some((w) => w && officeWordKind(w.lower) && officeWordKind(w.lower) !== "connector")) return "a title right before the name";
    if (before.some((w) => w && isHonorific(w))) return "an honorific right before the name";
    return "a full name with no title before it";
  })();
  const reading = ((): string => {
    const seen: string[] = [];
    for (const s of sents) {
      const at = lastWordAt(s, name)!;
      const m = findMentions(s).find((x) => x.first <= at && x.last >= at);
      if (!m) {
        const first = firstWordAt(s.words, at, name);
        const odd = s.words.slice(first, at + 1).find((w) => w.pos !== "PROPN");
        seen.push(odd ? `a word of the name tagged ${odd.pos}, no mention covers it` : "no mention covers it");
      } else if (m.kind !== "name") seen.push(`read as a ${m.kind}`);
      else if (nameTokens(m.name).length < tokens.length) seen.push(m.evidence ? "read cut short (fewer words than the key's), with evidence" : "read cut short, no evidence");
      else seen.push(m.evidence ? "read in full with evidence, no person made of it" : "read in full, no evidence around it (title, honorific, verb of speech)");
    }
    const order = ["read in full with evidence", "read cut short (fewer", "read in full, no evidence", "read cut short, no", "read as", "a word of the name", "no mention"];
    return seen.sort((a, b) => order.findIndex((o) => a.startsWith(o)) - order.findIndex((o) => b.startsWith(o)))[0] ?? "-";
  })();
  return [how, reading];
}

/** Nouns of a country's body that a person may belong to: "of the Veldian embassy", "Veldia's foreign ministry". */
const BODY = /^(?:embassy|embassies|ministry|ministries|mission|consulate|government|cabinet|parliament|senate|assembly|army|armed|forces|navy|office|presidency|department|high|foreign)$/;

/** Words for a country's party: "the Veldian delegation, led by A", "Veldia's side". */
const PARTY_WORD = /^(?:delegation|delegations|side|team|entourage|party)$/;

/** Whether a word may stand inside a title or a name between a country and a person: an office word, a capitalised word, "the". */
const titleish = (w: Word): boolean => !!officeWordKind(w.lower) || /^\p{Lu}/u.test(w.text) || /^(?:the|of|for|and|['’]s|-|first|new|then|former|acting|outgoing|incoming|designate)$/.test(w.lower) || isHonorific(w);

/** A verb or auxiliary written in lower case (a capitalised word tagged VERB is more often a name). */
const verbal = (w: Word): boolean => (w.pos === "VERB" || w.pos === "AUX") && !/^\p{Lu}/u.test(w.text);

/**
 * How a sentence that names a person and their key country ties the two: the construction of the first
 * such sentence that has one (a demonym or possessive right before the title or name, "of", an apposition
 * after or before the name, a relative clause, a delegation, a body, a list), else a city of the country or
 * the country apart in the sentence; a sentence with none may still leave the office's country said
 * elsewhere in the article ("the Veldian president … President A").
 * @example countryConstruction(sents, "Varan Telu", "Veldia") // "a possessive or demonym over a list or coordination (Veldia's A, B and C; Veldian ministers A and B)"
 */
export function countryConstruction(read: ReadArticle, name: string, isCountry: (c: string) => boolean): string {
  const found: string[] = [];
  const titles = new Set<string>();
  for (const s of read.sents) {
    const at = lastWordAt(s, name);
    if (at === undefined) continue;
    const words = s.words;
    const first = firstWordAt(words, at, name);
    // The office words right before the name ("Foreign Minister A"), for a country said of that office elsewhere.
    for (let k = first - 1; k >= 0 && (officeWordKind(words[k]!.lower) || isHonorific(words[k]!)); k--) if (officeWordKind(words[k]!.lower) === "head") titles.add(words[k]!.lower);
    const mentions = findCountries(s.text).map((c) => ({ ...c, k: words.findIndex((w) => w.start >= c.index) })).filter((c) => c.k >= 0);
    const places = mentions.filter((c) => c.kind !== "city");
    const own = places.filter((c) => isCountry(c.country));
    if (own.length === 0) {
      if (mentions.some((c) => isCountry(c.country))) found.push("a city of the country in the sentence, no country word");
      continue;
    }
    const all = new Set(places.map((c) => c.country));
    const between = (a: number, b: number): Word[] => words.slice(Math.min(a, b), Math.max(a, b));
    const kind = ((): string => {
      // "Varan (Veldia)"
      if (own.some((c) => c.k === at + 2 && words[at + 1]?.text === "(")) return "a country in brackets after the name (A (Veldia))";
      // "Varan of Veldia", "Varan of the Veldian embassy"
      if (words[at + 1]?.lower === "of" || words[at + 1]?.lower === "from") {
        const c = own.find((x) => x.k > at && x.k <= at + 4);
        if (c) return BODY.test(words[c.k + (words[c.k + 1]?.text.match(/^['’]s$/) ? 2 : 1)]?.lower ?? "") ? "an embassy or ministry of the country after the name (A of the Veldian embassy)" : "'of' a country after the name (A of Veldia)";
      }
      // "Varan, who heads Veldia's …"
      if (words[at + 1]?.text === "," && /^(?:who|whose|which)$/.test(words[at + 2]?.lower ?? "") && own.some((c) => c.k > at && c.k <= at + 10 && !between(at + 3, c.k).some((w) => /^[;,(]$/.test(w.text)))) return "a relative clause after the name (A, who heads Veldia's …)";
      // "Varan, Veldia's envoy to Orvane", "Varan, Foreign Minister of Veldia"
      if (words[at + 1]?.text === "," && own.some((c) => c.k > at && c.k <= at + 8 && between(at + 2, c.k).every(titleish) && !between(at + 2, c.k).some((w) => /^[;(,]$/.test(w.text)))) return "in an apposition after the name (A, Veldia's envoy / minister of Veldia)";
      const lead = own.filter((c) => c.k < first);
      // "the Veldian delegation, led by Varan", "Veldia's side included Varan"
      if (lead.some((c) => PARTY_WORD.test(words[c.k + 1]?.lower ?? "") || (/^['’]s$/.test(words[c.k + 1]?.text ?? "") && PARTY_WORD.test(words[c.k + 2]?.lower ?? "")))) {
        const c = lead.filter((x) => PARTY_WORD.test(words[x.k + 1]?.lower ?? "") || PARTY_WORD.test(words[x.k + 2]?.lower ?? "")).at(-1)!;
        if (!between(c.k + 1, first).some((w) => verbal(w) && !/^(?:led|headed|includ\w*|compris\w*|consist\w*|was|were|is|are|be)$/.test(w.lower))) return "a delegation or side of the country, led by or including them";
      }
      // Straight before: "Veldian Foreign Minister Varan", "Veldia's Varan", "the Veldian embassy's spokesman Varan"
      const straight = lead.filter((c) => between(c.k + 1, first).every(titleish) && !between(c.k + 1, first).some((w) => /^[,;]$/.test(w.text) || w.lower === "and"));
      if (straight.length) {
        const c = straight.at(-1)!;
        if (BODY.test(words[c.k + 1]?.lower ?? "") || BODY.test(words[c.k + 2]?.lower ?? "")) return "an embassy or ministry of the country before the name (Veldian embassy spokesman A)";
        if (c.kind === "demonym") return "a demonym right before the title or name (Veldian Foreign Minister A)";
        if (/^['’]s$/.test(words[c.k + 1]?.text ?? "")) return "a possessive right before the title or name (Veldia's foreign minister A)";
        return "the country inside a title right before the name (the President of Veldia A)";
      }
      // "Veldia's ambassador, Varan", "the first Veldian envoy to Orvane, Ambassador Varan", "the President of Veldia, Varan"
      const comma = (() => {
        let k = first - 1;
        while (k >= 0 && (officeWordKind(words[k]!.lower) || isHonorific(words[k]!) || /^\p{Lu}/u.test(words[k]!.text))) k--;
        return words[k]?.text === "," ? k : -1;
      })();
      if (comma > 0 && lead.some((c) => c.k < comma && comma - c.k <= 10 && between(c.k + 1, comma).every((w) => titleish(w) || (!verbal(w) && !/^[,;]$/.test(w.text))))) return "in an apposition before the name (Veldia's ambassador, A)";
      const pairs = all.size >= 2 && (/\w-\w/.test(s.text) || words.some((w) => /^(?:presidents|ministers|leaders|counterparts|premiers|heads)$/.test(w.lower)));
      if (pairs && (inList(words, first) || words.slice(first, at + 8).some((w) => w.lower === "and"))) return "countries and names paired in order (A-B ties … X and Y; ministers of A and B, X and Y)";
      // "Veldia's A, B and C", "Veldian ministers A and B": a list with no verb and no other country between
      const listed = lead.filter((c) => {
        const span = between(c.k + 1, first);
        return span.some((w) => /^[,;]$/.test(w.text) || w.lower === "and") && span.every((w) => titleish(w) || /^[,;]$/.test(w.text)) && !places.some((o) => o.k > c.k && o.k < first && o.country !== c.country);
      });
      if (listed.length) return "a possessive or demonym over a list or coordination (Veldia's A, B and C; Veldian ministers A and B)";
      return own.some((c) => c.k > at) ? "the country later in the sentence, no construction ties it" : "the country earlier in the sentence, no construction ties it";
    })();
    found.push(kind);
  }
  const order = ["a country in brackets", "'of' a country", "an embassy or ministry", "in an apposition after", "a relative clause", "a demonym right", "a possessive right", "the country inside", "in an apposition before", "a delegation", "a possessive or demonym over", "countries and names", "the country later", "the country earlier", "a city of"];
  const best = found.sort((a, b) => order.findIndex((o) => a.startsWith(o)) - order.findIndex((o) => b.startsWith(o)))[0];
  if (best && !/^(?:the country (?:later|earlier)|a city of)/.test(best)) return best;
  // "the Veldian High Commissioner's residence … hosted by High Commissioner A": the office said elsewhere with its country.
  for (const s of read.sents) {
    for (const c of findCountries(s.text).filter((x) => x.kind !== "city" && isCountry(x.country))) {
      const k = s.words.findIndex((w) => w.start >= c.index + c.text.length);
      const next = s.words.slice(k, k + 4).filter((w) => !/^['’]s$/.test(w.text));
      const head = next.findIndex((w) => titles.has(w.lower));
      if (head >= 0 && next.slice(0, head).every((w) => officeWordKind(w.lower))) return "the office said with its country elsewhere, the name with a bare title (the Veldian president … President A)";
    }
  }
  return best ?? "no sentence read names both";
}

/** Verbs whose subject is a person (speech, contact, signing, travel), in the forms news writes them. */
const PEOPLE_VERBS = /^(?:said|says|say|told|tells|added|noted|stressed|emphasi[sz]ed|underlined|underscored|highlighted|thanked|thanks|praised|welcomed|congratulated|expressed|conveyed|reiterated|affirmed|recalled|explained|insisted|urged|warned|announced|declared|described|wrote|tweeted|posted|signed|met|meets|meet|visited|visits|arrived|arrives|landed|left|travelled|traveled|led|leads|headed|heads|called|spoke|speaks|received|receives|hosted|hosts|held|holds|attended|presented|handed|discussed|agreed|invited|accompanied|paid|made|began|opened|chaired|addressed|delivered|briefed|asked|replied|added)$/;

/** Words that may stand between a word of contact and the name of its other side: "met with the visiting Minister Dr …". */
const BEFORE_SIDE = /^(?:with|by|from|to|on|the|his|her|their|its|a|an|host|guest|counterpart|visiting|former|new|,)$/;

/**
 * The evidence of a person written around a key name the index has no person for, that the reader did not use:
 * a side of a word of contact of the frame table ("met A", "talks with A", "A received …"), the subject of a verb
 * people do ("A said", "A had described"), a list with a person read ("A, B and Minister C"), an office in
 * apposition ("A, a former Veldian envoy", "Veldia's envoy, A"), its surname alone with such evidence elsewhere
 * ("Telu met …" of "Varan Telu"), else none (a name with particles, hyphens or letters beyond ASCII said apart).
 * @example personEvidence(read, "Varan Telu") // "a side of a word of contact (met A, talks with A, A received)"
 */
export function personEvidence(read: ReadArticle, name: string): string {
  const sents = read.sents.filter((s) => !s.title && lastWordAt(s, name) !== undefined);
  const found = new Set<string>();
  for (const s of sents) {
    const words = s.words;
    const last = lastWordAt(s, name)!;
    const first = firstWordAt(words, last, name);
    const mentions = findMentions(s);
    // past a title, an honorific and what may stand between a verb and its object
    let k = first - 1;
    while (k >= 0 && ((officeWordKind(words[k]!.lower) && officeWordKind(words[k]!.lower) !== "connector") || isHonorific(words[k]!) || (/^\p{Lu}/u.test(words[k]!.text) && officeWordKind(words[k]!.lower)))) k--;
    let b = k;
    while (b >= 0 && b >= k - 4 && BEFORE_SIDE.test(words[b]!.lower)) b--;
    const triggers = findTriggers(s);
    // the verb after the name, past an aside in commas or an auxiliary
    let a = last + 1;
    if (words[a]?.text === ",") {
      const close = words.findIndex((w, n) => n > a && w.text === ",");
      if (close > a && close - a <= 10) a = close + 1;
    }
    while (words[a] && /^(?:AUX|ADV|PART)$/.test(words[a]!.pos) && a <= last + 12) a++;
    if (triggers.some((t) => t.end >= b && t.end <= k) || triggers.some((t) => t.cue > last && t.cue <= last + 2)) found.add("a side of a word of contact (met A, talks with A, A received)");
    if (words[a] && PEOPLE_VERBS.test(words[a]!.lower)) found.add("the subject of a verb people do (A said, A had described, A, …, signed)");
    if (inList(words, first) && mentions.some((m) => m.kind === "name" && m.evidence && (m.last < first || m.first > last))) found.add("in a list with a name read with evidence (A, B and Minister C)");
    const after = words.slice(last + 2, last + 9);
    const apposed = words[last + 1]?.text === "," && after.some((w) => officeWordKind(w.lower) === "head" || /^(?:former|ex)$/.test(w.lower)) && !after.slice(0, 2).some((w) => isNameWord(w));
    const before = words[k]?.text === "," && words.slice(Math.max(0, k - 8), k).some((w) => officeWordKind(w.lower) === "head");
    if (apposed || before) found.add("an office in apposition (A, a former Veldian envoy; Veldia's envoy, A)");
    if (words.slice(0, first).some((w) => isPluralOffice(w.lower)) && (inList(words, first) || words.slice(0, first).some((w) => /^[—–:]$/.test(w.text)))) found.add("in a list announced by an office in the plural (the ministers of … — A, B and C)");
    if (first > 0 && /^\p{Lu}\p{Ll}/u.test(words[first - 1]!.text)) found.add("a capitalised title before it, not taken (Emperor A, Leader of the Opposition A)");
  }
  // "Telu met …", "Minister Telu" of a "Varan Telu" read nowhere in full.
  const surname = nameTokens(name).at(-1)!;
  for (const s of read.sents) {
    const k = s.words.findIndex((w, n) => w.lower === surname && !isNameWord(s.words[n - 1]));
    if (k < 0) continue;
    const w = s.words[k + 1];
    if ((w && PEOPLE_VERBS.test(w.lower)) || (k > 0 && officeWordKind(s.words[k - 1]!.lower) === "head")) found.add("its surname alone with a verb people do or a title elsewhere (Telu met …)");
  }
  const order = ["a side of a word", "the subject of", "in a list with", "in a list announced", "an office in apposition", "a capitalised word before", "its surname alone"];
  const best = [...found].sort((x, y) => order.findIndex((o) => x.startsWith(o)) - order.findIndex((o) => y.startsWith(o)))[0];
  if (best) return best;
  if (/-/.test(name) || nameTokens(name).some((t) => PARTICLE.test(t)) || /[^\x00-\x7f]/u.test(name)) return "none of these; a name with particles, hyphens or letters beyond ASCII";
  return "none of these";
}
