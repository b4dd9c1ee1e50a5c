/**
 * @module Why gold meetings were missed, in counts only, so that a set nobody may read can still
 * say where extraction fails: a participant that is a group or an unnamed office, one the index
 * has no person for, two participants never named in one sentence (coreference across
 * sentences), named together beside a word of contact (a frame gap), or named together with none.
 * It reads the extraction scorer's verbose report and the articles, and prints no article's words;
 * the meetings the index holds that no gold meeting matches are counted by cause the same way.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fold } from "../nlp/fold";
import { reportLines, sameName } from "./scorer-keys";
import { type ApartSide, CONTACT } from "./why-apart";

interface GoldPerson { name: string; also?: string[]; office?: string; country?: string }
interface GoldMeeting { participants: string[]; present?: string[]; status?: string; kind?: string; date?: string | null; place?: string | null }
interface Gold { people: GoldPerson[]; meetings: GoldMeeting[]; published?: string }

const STOP = new Set(["of", "the", "and", "al", "el", "bin", "de", "da", "la", "van", "von", "sheikh", "dr", "mr", "mrs", "ms"]);

/** A sentence ends at a line break or after ".", "!" or "?", not after an initial or a style ("H.E.", "Dr.", "S.", "Sr."). */
const SENTENCE_END = /(?<=[.!?])(?<!(?:^|[\s.])(?:\p{Lu}|\p{Lu}\.\p{Lu}|Dr|Mr|Mrs|Ms|Mme|St|Sr|Jr|Prof|Gen|Col|Lt|Rev|Hon|Amb|Sen|Rep|Gov|No)\.)\s+|\n+/u;

/** An article's sentences as the scorer compares names, or undefined when its text is not in `corpus`. */
function articleSentences(corpus: string, article: string): string[] | undefined {
  try {
    return readFileSync(join(corpus, "articles", `${article}.txt`), "utf8").split(SENTENCE_END).map((s) => ` ${plain(s)} `);
  } catch {
    return undefined;
  }
}

/** Letters and digits only, as the scorer compares names. */
const plain = (s: string): string => fold(s).replace(/[^a-z0-9 ]+/g, " ").replace(/\s+/g, " ").trim();
const tokens = (s: string): string[] => plain(s).split(" ").filter((t) => t.length > 2 && !STOP.has(t));

const FRAME_GAP = "named together beside a word of contact (a frame gap)";
const APART = "never named together in a sentence (coreference, across sentences)";
/** The prefix of the keys of {@link whyMissed} that split the meetings never named together by how the other side is referred to. */
export const APART_PREFIX = "apart: ";
/** The prefix of the keys of {@link whyMissed} that count, per way of reference, the articles its meetings are in. */
export const APART_ARTICLES = "apart articles: ";

/** How a missed meeting's sides, never named in one sentence, are referred to (src/cli/why-apart.ts), or "?" when the article was not read. */
export type ExplainApart = (article: string, sides: [ApartSide, ApartSide]) => string;
/** The prefix of the keys of {@link whyMissed} that split the frame gaps by sub-cause. */
export const GAP_PREFIX = "frame gap: ";

/**
 * Why the frames did not join a missed meeting's people in the sentences that name them beside a
 * word of contact (`together` tells those sentences by their text): a sub-cause, or "?" when the
 * article was not read; `joinedIn`, in how many sentences a frame joined them; `collective`, whether
 * a sentence naming not both tells a contact of "the two", "they", "the pair". `names`: each
 * participant's names in the key.
 */
export type ExplainGap = (article: string, names: string[][], together: (sentence: string) => boolean) => { gap: string; joinedIn: number; collective: boolean };

/** The prefix of the keys of {@link whyMissed} that split the second meetings of a pair by what tells them apart in the key. */
export const SECOND_APART = "second meeting, told apart in the key by: ";
/** The prefix of the keys of {@link whyMissed} that split the second meetings of a pair by where the read lost them. */
export const SECOND_WHERE = "second meeting, where the read lost it: ";
/** The prefix of the keys of {@link whyMissed} that split the pairs a frame joined and the index lost, by what the index holds of them. */
export const LOST_WHERE = "joined then lost, the index holds: ";

/** An index meeting as `facts --json` gives it: its article, rule and participants' names (with each one's other names). */
export interface IndexMeeting { article: string; rule?: string; names: string[][] }

/**
 * What the index holds of a pair a frame joined and the scorer found no meeting for: no meeting with both (dropped, or a side
 * read as another person), or the meeting of both with its number of sides and rule (taken by another key meeting of theirs).
 */
function lostWhere(meetings: readonly IndexMeeting[], article: string, keys: string[][]): string {
  const holds = (m: IndexMeeting): boolean => keys.every((k) => m.names.some((names) => names.some((n) => k.some((g) => sameName(g, n)))));
  const both = meetings.filter((m) => m.article === article && holds(m));
  if (both.length === 0) return "no meeting of both (dropped, or a side read as another person)";
  const sides = Math.min(...both.map((m) => m.names.length));
  const m = both.find((x) => x.names.length === sides)!;
  return `a meeting of both with ${sides >= 4 ? "4 or more" : sides} sides (rule ${m.rule ?? "?"}), taken by another key meeting`;
}

/** A key meeting's manner: a call (phone, video, virtual), a meal or banquet, else a meeting in person. */
const mannerOf = (m: GoldMeeting): string => (/\b(?:phone|tele|call|video|virtual|online)/i.test(m.kind ?? "") ? "call" : /\b(?:dinner|lunch|breakfast|banquet|reception)\b/i.test(m.kind ?? "") ? "meal" : "in person");

/**
 * What tells a missed meeting from the pair's other meetings in the key: its status, its manner, its
 * date (months before the article's: recalled; else another day of the story), its place; else nothing.
 */
function toldApart(missed: GoldMeeting, others: GoldMeeting[], published: string | undefined): string {
  const all = (test: (o: GoldMeeting) => boolean): boolean => others.length > 0 && others.every(test);
  if (all((o) => (o.status ?? "held") !== (missed.status ?? "held"))) return "status: held vs planned";
  if (all((o) => (mannerOf(o) === "call") !== (mannerOf(missed) === "call"))) return "manner: a call and a meeting in person";
  if (missed.date && all((o) => !!o.date && o.date !== missed.date)) {
    const month = (d: string): number => (/^(\d{4})(?:-(\d{2}))?/.exec(d) ? Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7) || 12) : Number.NaN);
    return published && month(published) - month(missed.date) >= 1 ? "date: a month or more before the article's (recalled, 'last met')" : "date: another day of the story ('the previous day', a day of the visit)";
  }
  if (all((o) => !o.date !== !missed.date)) return "date: one of them undated in the key";
  if (all((o) => mannerOf(o) !== mannerOf(missed))) return "manner: a meal or reception beside the talks (same day)";
  if (missed.place && all((o) => !!o.place && o.place !== missed.place)) return "place only";
  return "nothing in the key (same day, place, manner and status)";
}

/**
 * Counts of missed gold meetings by cause, "held: …" or "planned: …", from the scorer's verbose
 * report over `corpus` (its `articles/` and `gold/`) and the names of the index's people. With
 * `explainGap`, the frame gaps are also counted by sub-cause, under keys starting {@link GAP_PREFIX}; with
 * `explainApart`, the meetings never named together, under keys starting {@link APART_PREFIX} (and how many
 * articles each way of reference is in, under {@link APART_ARTICLES}).
 * @example whyMissed(report, "../shared/corpus", ["Ana Lima"]) // { "held: never named together in a sentence": 3, … }
 */
export function whyMissed(report: string, corpus: string, indexNames: string[], explainGap?: ExplainGap, explainApart?: ExplainApart, indexMeetings: readonly IndexMeeting[] = []): Record<string, number> {
  const known = new Set(indexNames.flatMap(tokens));
  const counts: Record<string, number> = {};
  const sentencesOf = new Map<string, string[] | undefined>();
  const apartArticles = new Map<string, Set<string>>();
  for (const { article, gold, line } of reportLines<Gold>(report, corpus)) {
    const missed = /^\s+missed: (.*?) \(([^,()]*), (.*)\)$/.exec(line);
    if (!missed) continue;
    if (!sentencesOf.has(article)) sentencesOf.set(article, articleSentences(corpus, article));
    const sentences = sentencesOf.get(article);
    if (!sentences) continue; // a key whose text is elsewhere (the seeds' keys in the corpus)
    // The pair's other meetings have the same people: the scorer's date and place tell which one it missed.
    const meeting = gold.meetings.find((m) => m.participants.join(" + ") === missed[1] && (m.date ?? "no date") === missed[2] && (m.place ?? "no place") === missed[3]) ?? gold.meetings.find((m) => m.participants.join(" + ") === missed[1]);
    const status = meeting?.status === "planned" ? "planned" : "held";
    const people = missed[1]!.split(" + ").map((n) => gold.people.find((p) => p.name === n));
    const cause = ((): string => {
      if (people.some((p) => !p)) return "a participant is a group or an unnamed office";
      const keys = people.map((p) => [p!.name, ...(p!.also ?? [])].flatMap(tokens));
      if (keys.some((k) => !k.some((t) => known.has(t)))) return "a participant is no person of the index";
      const together = sentences.filter((s) => keys.every((k) => k.some((t) => s.includes(` ${t} `))));
      if (together.length === 0) return APART;
      return together.some((s) => CONTACT.test(s)) ? FRAME_GAP : "named together, no word of contact";
    })();
    const key = `${status}: ${cause}`;
    counts[key] = (counts[key] ?? 0) + 1;
    if (cause === APART && explainApart) {
      const many = people.length > 2 ? "three or more sides, never all named in one sentence" : undefined;
      const sides = people.map((p): ApartSide => ({ names: [p!.name, ...(p!.also ?? [])], ...(p!.office ? { office: p!.office } : {}), ...(p!.country ? { country: p!.country } : {}) }));
      const apart = `${APART_PREFIX}${many ?? explainApart(article, [sides[0]!, sides[1]!])}`;
      counts[apart] = (counts[apart] ?? 0) + 1;
      const how = apart.split(" | ")[0]!.slice(APART_PREFIX.length);
      if (!apartArticles.get(how)?.has(article)) counts[`${APART_ARTICLES}${how}`] = (counts[`${APART_ARTICLES}${how}`] ?? 0) + 1;
      apartArticles.set(how, (apartArticles.get(how) ?? new Set()).add(article));
    }
    if (cause === FRAME_GAP && explainGap) {
      const keys = people.map((p) => [p!.name, ...(p!.also ?? [])].flatMap(tokens));
      // A pair a frame joined may be one meeting of the index the scorer gave to another gold meeting of theirs (two occasions, held and planned).
      const again = gold.meetings.some((m) => m !== meeting && people.every((p) => m.participants.includes(p!.name)));
      const { gap: why, joinedIn, collective } = explainGap(article, people.map((p) => [p!.name, ...(p!.also ?? [])]), (s) => CONTACT.test(` ${plain(s)} `) && keys.every((k) => k.some((t) => ` ${plain(s)} `.includes(` ${t} `))));
      const second = why.startsWith("joined") && again;
      const gap = `${GAP_PREFIX}${second ? "joined by a frame here, a second meeting of the pair: the key's other meeting of them took the index's one (told apart by a date, or by 'the two' elsewhere)" : why}`;
      counts[gap] = (counts[gap] ?? 0) + 1;
      if (why.startsWith("joined") && !second && indexMeetings.length > 0) {
        const lost = `${LOST_WHERE}${lostWhere(indexMeetings, article, people.map((p) => [p!.name, ...(p!.also ?? [])]))}`;
        counts[lost] = (counts[lost] ?? 0) + 1;
      }
      if (second && meeting) {
        const others = gold.meetings.filter((m) => m !== meeting && people.every((p) => m.participants.includes(p!.name)));
        const apart = `${SECOND_APART}${toldApart(meeting, others, gold.published)}`;
        counts[apart] = (counts[apart] ?? 0) + 1;
        const where = `${SECOND_WHERE}${
          collective ? "a sentence naming no one tells a contact of 'the two' / 'they' ('The two leaders last met in July'; pair-again.ts)"
          : joinedIn >= 2 ? "a frame joined the pair in two sentences or more, merged into one meeting (meetings.ts addMeeting)"
          : "a frame joined the pair in one sentence only: the other told with one name, a possessive or a noun ('their summit', 'a visit X paid')"
        }`;
        counts[where] = (counts[where] ?? 0) + 1;
      }
    }
  }
  return counts;
}

/** The gold person a name of the index stands for: the scorer's rule, a shared last word or all of the shorter's words. */
function goldPerson(gold: Gold, name: string): GoldPerson | undefined {
  const t = tokens(name);
  if (t.length === 0) return undefined;
  return gold.people.find((p) =>
    [p.name, ...(p.also ?? [])].some((n) => {
      const g = tokens(n);
      if (g.length === 0) return false;
      const [short, long] = g.length <= t.length ? [g, t] : [t, g];
      return g.at(-1) === t.at(-1) || short.every((w) => long.includes(w));
    }),
  );
}

/**
 * Counts of the index's meetings that match no gold meeting ("spurious"), by cause: a side that is
 * no person of the key (a misread name, a group, page furniture), the people of a gold meeting read
 * a second time, a side only present at a gold meeting, a side who met no one in the key, or two who
 * each met others but not each other. Like {@link whyMissed}, it prints no article's words.
 * `indexPeople`: the names of the index's people (a participant under another name is a group).
 * @example whySpurious(report, "../shared/corpus", new Set(["Ana Lima"])) // { "a side met no one in the key (named only)": 2, … }
 */
export function whySpurious(report: string, corpus: string, indexPeople: Set<string>, indexMeetings: readonly IndexMeeting[] = []): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { article, gold, line } of reportLines<Gold>(report, corpus)) {
    const spurious = /^\s+spurious: (.*)$/.exec(line);
    if (!spurious) continue;
    const sides = spurious[1]!.split(" + ");
    const people = sides.map((n) => goldPerson(gold, n)?.name);
    const cause = ((): string => {
      if (people.some((p) => !p)) {
        const unknown = sides.filter((_, i) => !people[i]);
        const what = unknown.every((n) => indexPeople.has(n)) ? "a person" : unknown.every((n) => !indexPeople.has(n)) ? "a group" : "a person and a group";
        return `${people.every((p) => !p) ? "every side" : "a side"} is no person of the key: ${what} of the index (a misread name, someone only named, page furniture)`;
      }
      const names = people as string[];
      const at = (m: GoldMeeting) => [...m.participants, ...(m.present ?? [])];
      const within = gold.meetings.filter((m) => names.every((n) => m.participants.includes(n)));
      if (within.length > 0) {
        // A pair of a key meeting of more sides (split from it), else the pair's key meeting told a second time.
        const wider = within.filter((m) => m.participants.length > names.length).sort((a, b) => a.participants.length - b.participants.length)[0];
        if (!wider) return "the people of a gold meeting, read twice or split: read twice";
        const countries = new Set(wider.participants.map((n) => gold.people.find((p) => p.name === n)?.country ?? "?"));
        const rule = indexMeetings.find((m) => m.article === article && m.names.length === sides.length && sides.every((n) => m.names.some((names) => names.includes(n))))?.rule;
        return `the people of a gold meeting, read twice or split: split from a key meeting of ${Math.min(wider.participants.length, 4)}${wider.participants.length >= 4 ? "+" : ""} sides of ${countries.size} countr${countries.size === 1 ? "y" : "ies"}${rule ? ` (rule ${rule})` : ""}`;
      }
      if (gold.meetings.some((m) => names.every((n) => at(m).includes(n)))) return "a side only present at a gold meeting";
      if (names.some((n) => !gold.meetings.some((m) => at(m).includes(n)))) return "a side met no one in the key (named only)";
      return "each met others in the key, not each other (a wrong counterpart)";
    })();
    counts[cause] = (counts[cause] ?? 0) + 1;
  }
  return counts;
}
