/**
 * @module The post a sentence gives its subject after "as": "Varan chose Orvane for his first trip since returning as
 * Veldia's Deputy Prime Minister", "Telu, sworn in as Veldian foreign minister in May, …", "on her first visit as the
 * President of Veldia", "a day after Telu was sworn in as Veldia's president". Only for a subject the article gives no
 * post, or only that post with no country ("President Telu" elsewhere: the "as" gives it its country), with no one else
 * named before the "as" and nothing that puts the post in the past ("had until then served as", "the former …").
 */
import { isCountryWord } from "../nlp/countries";
import { isOfficeHead, officeWordKind, samePost } from "../nlp/offices";
import type { ArticlePeople, PersonRef } from "./people";
import type { Sent, Word } from "./segment";
import { readOffice } from "./titles";
import { isPossessive } from "./word-kinds";

/**
 * Words right before "as" that take up a post now: "returning as", "sworn in as", "his first trip as", "in her capacity as",
 * "took over as", "took up his post as", "took up her duties as", "took office as", "began his mission as" (an envoy's credentials: read19, read28),
 * "presented her credentials as" (corpus c014), "presented her letter of credence as" (read19 r610).
 */
const TAKING = /^(?:returning|returned|returns|sworn|appointed|reappointed|elected|re-elected|installed|trip|visit|tour|capacity|over|post|duties|office|mission|credentials|credence|letters|papers)$/;

/** Words between a verb of taking up a post and its "as" that change nothing: "sworn in again as", "formally took office as". */
const IDLE = /^(?:in|again|anew|formally|officially)$/;

/**
 * Words that may follow a name up to its "as" and make the name the one taking the post, wherever the name stands:
 * "a day after Telu was sworn in as", "since Varan took office as", "when Kasto took over as".
 */
const TAKES_UP = /^(?:was|is|has|had|have|been|being|sworn|in|again|formally|officially|took|takes|taken|taking|office|over|elected|re-elected|appointed|installed)$/;

/** Words that put a post in the past: "served as", "until then", "the former", "was once". */
const PAST = /^(?:former|then|ex|served|serving|until|previously|once|earlier|formerly)$/;

/** The first word of a state's long name after "of the": "of the Republic of Poland", "of the United Arab Emirates". */
const STATE_HEAD = /^(?:Republic|Kingdom|Federal|Federative|Islamic|Democratic|People's|Sultanate|State|Principality|Grand|United|Plurinational|Bolivarian|Hashemite|Russian|Czech|Slovak|Dominican|Philippines|Netherlands|Holy)$/;

/** Whether a word may stand in a title after "as": an office word, a country's, a possessive, a capitalised word of a title. */
const titleWord = (w: Word): boolean => !!officeWordKind(w.lower) || isCountryWord(w.text) || isPossessive(w) || /^\p{Lu}/u.test(w.text);

/**
 * Adds the post "as" gives a sentence's subject to the subject's offices (with its country, when the title has one).
 * @example readAsOffices(sents, people) // "Varan chose Orvane … since returning as Veldia's Deputy Prime Minister" → Varan: Deputy Prime Minister, Veldia
 */
export function readAsOffices(sents: Sent[], found: ArticlePeople): void {
  sents.forEach((sent, si) => {
    const here = found.refs[si] ?? [];
    const words = sent.words;
    // The clause's subject, each name a relative clause is about ("…, and Telu, who has just taken up his post as …"), and
    // each name the verb of taking the post follows ("a day after Telu was sworn in as …").
    const relative = (r: PersonRef): boolean => words[r.last + 1]?.text === "," && words[r.last + 2]?.lower === "who";
    const subjects = here.filter((r, n) => n === 0 || relative(r) || takesUpAs(words, r.last));
    for (const subject of subjects) {
      const person = found.people[subject.person];
      if (!person || person.byOffice) continue;
      // a post the article gives already: the "as" may only give that post its country ("President Telu" … "sworn in as Veldia's president")
      const titled = person.offices.filter((o) => o.title);
      if (titled.some((o) => o.country || o.organisation)) continue;
      const office = officeAfterAs(words, here, subject, subject !== here[0] && relative(subject));
      if (!office) continue;
      if (titled.length === 0) {
        person.offices.push({ ...office, sentence: si, from: "relative" });
        if (office.country) person.country ??= office.country;
        continue;
      }
      const same = titled.filter((o) => samePost(o.title, office.title));
      if (!office.country || same.length !== titled.length) continue;
      for (const o of same) o.country = office.country;
      person.country ??= office.country;
    }
  });
}

/** Whether the "as" at `as` closes a participle set off by a comma: "…, formally beginning his mission as", "…, taking up her post as". */
function trailingParticiple(words: Word[], as: number): boolean {
  for (let k = as - 1; k > 0 && k >= as - 6; k--) {
    if (!/ing$/.test(words[k]!.lower)) continue;
    const before = words[k - 1]!;
    return before.text === "," || (IDLE.test(before.lower) && words[k - 2]?.text === ",");
  }
  return false;
}

/** Whether the words right after a name run to an "as" of taking up a post: "was sworn in as", "took office as". */
function takesUpAs(words: Word[], last: number): boolean {
  for (let k = last + 1; k <= last + 6 && words[k]; k++) {
    if (words[k]!.lower === "as") return k > last + 1 && TAKING.test(takingWord(words, k)?.lower ?? "");
    if (!TAKES_UP.test(words[k]!.lower)) return false;
  }
  return false;
}

/** The word before an "as" that says how the post is taken, past idle words: "sworn" in "sworn in again as". */
function takingWord(words: Word[], as: number): Word | undefined {
  let k = as - 1;
  while (k > 0 && IDLE.test(words[k]!.lower)) k--;
  return words[k];
}

/** The post "as" gives `subject` in its clause (`relative`: a "who" clause right after the name, which a comma closes). */
function officeAfterAs(words: Word[], here: PersonRef[], subject: PersonRef, relative: boolean): { title: string; country?: string; to?: string } | undefined {
  // "Telu is Veldia's High Commissioner to Orvane", "The last of the six, H.E. Telu, is the non-resident Ambassador of Veldia": a
  // post the verb "is" gives the name right before it, when the title closes the clause.
  const copula = words[subject.last + 1]?.lower === "is" ? subject.last + 1 : words[subject.last + 1]?.text === "," && words[subject.last + 2]?.lower === "is" ? subject.last + 2 : -1;
  if (copula > 0 && subject === here[0]) {
    const office = titleAfter(words, copula, true);
    if (office) return office;
  }
  const as = words.findIndex((w, k) => k > subject.last && w.lower === "as" && TAKING.test(takingWord(words, k)?.lower ?? ""));
  // "A presented his letters to President B, formally beginning his mission as …": a participle set off at the clause's end
  // is said of the clause's subject, whoever is named in between.
  const trailing = subject === here[0] && trailingParticiple(words, as);
  if (as < 0 || (!trailing && here.some((r) => r.first > subject.last && r.first < as)) || words.slice(subject.last + 1, as).some((w) => PAST.test(w.lower) || /^[;:]$/.test(w.text))) return undefined;
  if (relative && words.slice(subject.last + 3, as).some((w) => w.text === ",")) return undefined;
  return titleAfter(words, as);
}

/** Words of where an envoy lives that come before the title: "the non-resident Ambassador of Veldia". */
const RESIDENCE = /^(?:non-resident|resident)$/;

/** The post written right after the word at `at` ("as", or "is"), read to its end; with `closing`, only one that ends its clause. */
function titleAfter(words: Word[], at: number, closing = false): { title: string; country?: string; to?: string } | undefined {
  let start = at + 1;
  if (words[start]?.lower === "the") start++;
  if (closing && RESIDENCE.test(words[start]?.lower ?? "")) start++;
  let end = start;
  // ("Ambassador Extraordinary and Plenipotentiary of the Republic of Veldia": an "and" between capitalised words of the
  // title, and a "the" after its "of")
  const capital = (k: number): boolean => /^\p{Lu}/u.test(words[k]?.text ?? "");
  const more = (k: number): boolean => !!words[k] && (titleWord(words[k]!) || (words[k]!.lower === "and" && k > start && capital(k + 1)) || (words[k]!.lower === "the" && words[k - 1]?.lower === "of" && STATE_HEAD.test(words[k + 1]?.text ?? "")));
  while (more(end)) end++;
  // "as Veldia's Minister of Foreign Affairs": an "of" inside the title goes on to its portfolio.
  while (words[end]?.lower === "of" && words[end + 1] && titleWord(words[end + 1]!)) for (end++; more(end); end++);
  // "… of Veldia to Orvania": the country one is sent to
  // (not "to Peru and Chile": one country of several is no post's)
  if (words[end]?.lower === "to" && words[end + 1] && isCountryWord(words[end + 1]!.text)) {
    let k = end + 1;
    while (words[k] && /^\p{Lu}/u.test(words[k]!.text)) k++;
    if (!/^(?:and|,)$/.test(words[k]?.text ?? "")) end = k;
  }
  const title = words.slice(start, end);
  if (!title.some((w) => isOfficeHead(w.text)) || PAST.test(title[0]?.lower ?? "")) return undefined;
  if (closing && words[end] && !/^[,.;]$/.test(words[end]!.text)) return undefined;
  const office = readOffice(title);
  if (!office.title) return undefined;
  return { title: office.title, ...(office.country ? { country: office.country } : {}), ...(office.to ? { to: office.to } : {}) };
}
