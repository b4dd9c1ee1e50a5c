/**
 * @module Why gold meetings were missed, in counts only, so that a set nobody may read can still
 * say where extraction fails: a participant that is a group or an unnamed office, one the index
 * has no person for, two participants never named in one sentence (coreference across
 * sentences), named together beside a word of contact (a frame gap), or named together with none.
 * It reads the extraction scorer's verbose report and the articles, and prints no article's words.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fold } from "../nlp/fold";

interface GoldPerson { name: string; also?: string[] }
interface GoldMeeting { participants: string[]; status?: string }
interface Gold { people: GoldPerson[]; meetings: GoldMeeting[] }

const STOP = new Set(["of", "the", "and", "al", "el", "bin", "de", "da", "la", "van", "von", "sheikh", "dr", "mr", "mrs", "ms"]);
/** Words that tell a contact; loose on purpose: the count says where to look, not what is a meeting. */
const CONTACT = /\b(?:met|meet|meets|meeting|meetings|talks|talked|received|receives|receiving|hosted|hosts|call|called|calls|conversation|spoke|speak|visit|visited|visiting|welcomed|held|discussed|discuss|audience|credentials|credence|courtesy|sidelines|bilateral|conferred|consultations|video|phone|telephone|dinner|lunch|breakfast)\b/i;

/** Letters and digits only, as the scorer compares names. */
const plain = (s: string): string => fold(s).replace(/[^a-z0-9 ]+/g, " ").replace(/\s+/g, " ").trim();
const tokens = (s: string): string[] => plain(s).split(" ").filter((t) => t.length > 2 && !STOP.has(t));

/**
 * Counts of missed gold meetings by cause, "held: …" or "planned: …", from the scorer's verbose
 * report over `corpus` (its `articles/` and `gold/`) and the names of the index's people.
 * @example whyMissed(report, "../shared/corpus", ["Ana Lima"]) // { "held: never named together in a sentence": 3, … }
 */
export function whyMissed(report: string, corpus: string, indexNames: string[]): Record<string, number> {
  const known = new Set(indexNames.flatMap(tokens));
  const counts: Record<string, number> = {};
  let gold: Gold | undefined;
  let sentences: string[] = [];
  for (const line of report.split("\n")) {
    const head = /^(\S+): meetings/.exec(line);
    if (head) {
      try {
        gold = JSON.parse(readFileSync(join(corpus, "gold", `${head[1]}.json`), "utf8")) as Gold;
        sentences = readFileSync(join(corpus, "articles", `${head[1]}.txt`), "utf8").split(/(?<=[.!?])\s+|\n+/).map((s) => ` ${plain(s)} `);
      } catch {
        gold = undefined; // an article whose text is elsewhere (the seeds' keys in the corpus)
      }
      continue;
    }
    const missed = /^\s+missed: (.*?) \(/.exec(line);
    if (!missed || !gold) continue;
    const meeting = gold.meetings.find((m) => m.participants.join(" + ") === missed[1]);
    const status = meeting?.status === "planned" ? "planned" : "held";
    const people = missed[1]!.split(" + ").map((n) => gold!.people.find((p) => p.name === n));
    const cause = ((): string => {
      if (people.some((p) => !p)) return "a participant is a group or an unnamed office";
      const keys = people.map((p) => [p!.name, ...(p!.also ?? [])].flatMap(tokens));
      if (keys.some((k) => !k.some((t) => known.has(t)))) return "a participant is no person of the index";
      const together = sentences.filter((s) => keys.every((k) => k.some((t) => s.includes(` ${t} `))));
      if (together.length === 0) return "never named together in a sentence (coreference, across sentences)";
      return together.some((s) => CONTACT.test(s)) ? "named together beside a word of contact (a frame gap)" : "named together, no word of contact";
    })();
    const key = `${status}: ${cause}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
