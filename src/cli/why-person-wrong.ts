/**
 * @module Why a key person's country or office is wrong, in counts only, so that a set nobody may
 * read can still say where people are misread: no index person for them (the scorer matches by a
 * shared last word) or another one of that last word; no office, or offices with no country; a
 * wrong country that is a counterpart's, the country in the office's own title, the meeting's or
 * the dateline's country, one named beside them, or another; an office missing, former, someone
 * else's, or only partly the key's. It reads the index's people, the keys and the articles, and
 * prints no article's words.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { countryOf, findCountries } from "../nlp/countries";
import { countryConstruction, personEvidence, personWriting, readArticle, type ReadArticle } from "./person-writing";
import { countryKey, plain, sameName, tokens } from "./scorer-keys";

interface GoldPerson { name: string; also?: string[]; office?: string | null; country?: string | null }
interface GoldMeeting { participants: string[]; present?: string[]; place?: string | null }
interface Gold { article?: string; people?: GoldPerson[]; meetings?: GoldMeeting[] }
/** An index person as `npm run facts -- --json` prints it. */
export interface ReviewPerson {
  name: string;
  names?: string[];
  country?: string | null;
  articles?: string[];
  offices?: { title: string; country?: string | null; to?: string | null; organisation?: string | null; article?: string }[];
}

/** The title as read, without the country and posting `npm run facts` writes after it ("Ambassador of Cuba to Kenya" → "Ambassador"). */
function ownTitle(o: NonNullable<ReviewPerson["offices"]>[number]): string {
  let t = o.title;
  if (o.to && t.endsWith(` to ${o.to}`)) t = t.slice(0, -` to ${o.to}`.length);
  if (o.country && t.endsWith(` of ${o.country}`)) t = t.slice(0, -` of ${o.country}`.length);
  if (o.country && t.endsWith(`, ${o.country}`)) t = t.slice(0, -`, ${o.country}`.length);
  return t;
}

const sameCountry = (a: string, b: string): boolean => countryKey(a) === countryKey(b) || (countryOf(a) !== undefined && countryOf(a) === countryOf(b));

/** Whether two names may be one person beyond a shared last word: one's words all in the other's. */
function sameFullName(gold: string[], index: string[]): boolean {
  return gold.some((g) =>
    index.some((n) => {
      const [a, b] = [tokens(g), tokens(n)];
      const [short, long] = a.length <= b.length ? [a, b] : [b, a];
      return short.length > 0 && short.every((t) => long.includes(t));
    }),
  );
}

/** The scorer's office match: half the key's words in the title read. */
const officeMatches = (want: string, got: string): boolean => {
  const w = tokens(want);
  const g = tokens(got);
  return w.length > 0 && w.filter((t) => g.includes(t)).length / w.length >= 0.5;
};

const stem = (f: string): string => f.replace(/^.*\//, "").replace(/\.txt$/, "");

/** The countries a text names (by name, demonym or city), each once. */
const countriesIn = (text: string): string[] => [...new Set(findCountries(text).map((c) => c.country))];

/**
 * Counts of key people whose country or office the index gets wrong, by cause ("country: …",
 * "office: …", "person: …"), over the keys in `corpus` (`gold/`, with the texts in `articles/`).
 * `note`, for a set one may read, hears each case with its article and key person.
 * @example whyPersonWrong(people, "../shared/corpus") // { "country: none read; the key's country is named beside them": 4, … }
 */
export function whyPersonWrong(indexPeople: ReviewPerson[], corpus: string, note?: (cause: string, article: string, person: string) => void): Record<string, number> {
  const counts: Record<string, number> = {};
  let at = { article: "", person: "" };
  const add = (key: string): void => {
    counts[key] = (counts[key] ?? 0) + 1;
    note?.(key, at.article, at.person);
  };
  for (const file of readdirSync(join(corpus, "gold")).filter((f) => f.endsWith(".json")).sort()) {
    const gold = JSON.parse(readFileSync(join(corpus, "gold", file), "utf8")) as Gold;
    const article = stem(gold.article ?? file.replace(/\.json$/, ""));
    let text: string;
    try {
      text = readFileSync(join(corpus, "articles", `${article}.txt`), "utf8");
    } catch {
      continue;
    }
    const sentences = text.split(/(?<=[.!?])\s+|\n+/).filter((s) => s.trim());
    let read: ReadArticle | undefined;
    const readOnce = (): ReadArticle => (read ??= readArticle(text));
    const dateline = countriesIn(text.slice(0, 400))[0];
    const here = indexPeople.filter((p) => (p.articles ?? []).map(stem).includes(article));
    for (const gp of gold.people ?? []) {
      const goldNames = [gp.name, ...(gp.also ?? [])];
      at = { article, person: gp.name };
      const matches = here.filter((p) => [p.name, ...(p.names ?? [])].some((n) => goldNames.some((g) => sameName(g, n))));
      const match = matches[0];
      if (!match) {
        add("person: no index person shares a last word with the key person");
        const [how, reading] = personWriting(readOnce(), gp.name);
        add(`person, written as: ${how}`);
        if (reading !== "-") add(`person, read as: ${reading}`);
        // What the reader leaves unused where it saw no evidence: a slot only people fill, an office beside the name.
        if (reading !== "-" && !reading.includes("with evidence")) add(`person, evidence there unused: ${personEvidence(readOnce(), gp.name)}`);
        continue;
      }
      const matchNames = [match.name, ...(match.names ?? [])];
      const offices = (match.offices ?? []).filter((o) => !o.article || stem(o.article) === article);
      const otherRight = matches.slice(1).some((p) => (p.offices ?? []).some((o) => gp.country && o.country && sameCountry(o.country, gp.country)));
      const wrongPerson = !sameFullName(goldNames, matchNames);
      // The sentences that name the person by a word of their key names' last words.
      const lastWords = new Set(goldNames.map((n) => tokens(n).at(-1)).filter((t): t is string => !!t && t.length > 2));
      const beside = sentences.filter((s) => plain(s).split(" ").some((t) => lastWords.has(t)));
      if (gp.country && !offices.some((o) => o.country && sameCountry(o.country, gp.country!))) {
        const prefix = wrongPerson ? "country (matched another index person of that last word)" : "country";
        const wrong = [...new Set(offices.map((o) => o.country).filter((c): c is string => !!c))];
        const known = countryOf(gp.country) !== undefined || findCountries(gp.country).length > 0;
        const cause = ((): string => {
          if (!known) return "the key's country is no country of the gazetteer (a body, a territory)";
          if (otherRight) return "another index person of that last word has it right (the scorer takes the first)";
          if (offices.length === 0) return match.country ? "no office, the person's country is right but carried by none" : "no office read, so no country";
          if (wrong.length === 0) {
            if (beside.some((s) => countriesIn(s).some((c) => sameCountry(c, gp.country!)))) return "none read; the key's country is named in a sentence naming them";
            if (countriesIn(text).some((c) => sameCountry(c, gp.country!))) return "none read; the key's country is named in the article, never beside them";
            return "none read; the key's country is never named in the article";
          }
          const counterparts = (gold.meetings ?? []).filter((m) => [...m.participants, ...(m.present ?? [])].includes(gp.name)).flatMap((m) => [...m.participants, ...(m.present ?? [])]).filter((n) => n !== gp.name);
          const theirs = counterparts.map((n) => gold.people?.find((p) => p.name === n)?.country).filter((c): c is string => !!c);
          if (wrong.some((w) => theirs.some((c) => sameCountry(c, w)))) return "wrong: a counterpart's country in a key meeting";
          if (offices.some((o) => o.country && countriesIn(ownTitle(o)).some((c) => sameCountry(c, o.country!)))) return "wrong: a country inside the office's own title";
          const places = (gold.meetings ?? []).filter((m) => m.participants.includes(gp.name) && m.place).flatMap((m) => countriesIn(m.place!));
          if (wrong.some((w) => places.some((c) => sameCountry(c, w)))) return "wrong: the country a key meeting of theirs is held in";
          if (dateline && wrong.some((w) => sameCountry(dateline, w))) return "wrong: the country of the article's first lines (dateline, outlet)";
          if (wrong.some((w) => beside.some((s) => countriesIn(s).some((c) => sameCountry(c, w))))) return "wrong: another country named in a sentence naming them";
          return "wrong: a country never named beside them";
        })();
        add(`${prefix}: ${cause}`);
        if (cause.includes("named in a sentence naming them")) add(`country, the sentence's construction: ${countryConstruction(readOnce(), gp.name, (c) => sameCountry(c, gp.country!))}`);
      }
      if (gp.office && !offices.some((o) => officeMatches(gp.office!, o.title))) {
        const prefix = wrongPerson ? "office (matched another index person of that last word)" : "office";
        const cause = ((): string => {
          if (offices.length === 0) return "none read";
          if (/\bformer\b|\bex-/i.test(gp.office!) || offices.some((o) => /\bformer\b/i.test(o.title))) return "a former office (in the key or read)";
          const others = (gold.people ?? []).filter((p) => p !== gp && p.office);
          if (offices.some((o) => others.some((p) => officeMatches(p.office!, o.title)))) return "an office that is another key person's";
          if (offices.some((o) => tokens(o.title).some((t) => tokens(gp.office!).includes(t)))) return "an office sharing under half the key's words (a shorter or other form)";
          return "an office sharing no word with the key's";
        })();
        add(`${prefix}: ${cause}`);
        // A title read with a country word still inside it ("Cambodian Army Chief", not the country written after it).
        if (offices.some((o) => countriesIn(ownTitle(o)).length > 0)) add("office: (flag) a title read with a country word inside it");
      }
    }
  }
  return counts;
}
