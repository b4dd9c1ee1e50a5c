/** @module Yes/no questions about meetings ("did X meet Y?", "has X talked to anyone from Peru?", "will X meet Y?"): yes with the meetings, or no with what the articles do say. */
import type { Meeting } from "../../facts/types";
import { meetingLine, placeUnsaid } from "../format";
import { participantIds } from "../knowledge";
import { parseText } from "../parse";
import type { Links } from "../link";
import type { Question } from "../question";
import { missing, type Outcome } from "../reply";
import { placeCountry, selectMeetings } from "../select";
import { askedTense, isPlanned } from "../tense";
import { deniedMeeting } from "./denied-meeting";

/** An auxiliary that opens a yes/no question. */
const AUXILIARY = /^(did|does|do|has|have|had|was|were|is|are|will|would|shall)$/i;

/** Verbs of meeting (lemmas) that a yes/no question about a meeting asks with. */
const MEETING_VERBS = new Set(["meet", "talk", "speak", "call", "phone", "telephone", "receive", "host", "see", "hold", "visit", "confer", "consult"]);

/** Meals that leaders take together ("have lunch with", "host a dinner"). */
const MEALS = new Set(["lunch", "dinner", "breakfast", "luncheon", "supper", "banquet"]);

/** Meeting verbs the lite model may tag as nouns in a question. */
const BARE_VERBS = new Set(["meet", "talk", "speak", "call", "phone", "visit"]);

/** Meetings a "no" lists of what the articles do report. */
const SHOWN = 4;

/** Words of a plan before "to" and the verb it plans: "is A expected to visit B?", "is A going to meet B?". */
const PLAN_WORDS = /^(?:expected|due|scheduled|set|going|planning|planned|plan|intending|intends|intend|supposed|slated|likely)$/i;

/** The progressive of a verb of meeting after "is" / "are": "is A meeting B?", "are they visiting B?". */
const MEETING_ING = /^(?:meeting|visiting|talking|speaking|calling|hosting|receiving|seeing)$/i;

/**
 * Whether a question asks yes or no about a meeting: it opens with an auxiliary and its first verb
 * is one of meeting ("did X meet Y?", "will X talk to Y?", "is X expected to visit Y?", "is X meeting
 * Y?"); "did X agree to visit Y?" is not. The words of the names it links are no verbs, whatever the
 * tagger makes of a lower-case name ("will xi jinping visit brazil").
 * @example isMeetingYesNo("Did Ortega meet Ruiz?") // true
 */
export function isMeetingYesNo(text: string, names: readonly string[] = []): boolean {
  const { values, lemmas, tags } = parseText(text);
  if (!AUXILIARY.test(values[0] ?? "")) return false;
  const nameWords = new Set(names.flatMap((n) => n.toLowerCase().split(/\s+/)));
  for (let i = 1; i < values.length; i++) {
    const word = (lemmas[i] ?? values[i] ?? "").toLowerCase();
    if (nameWords.has((values[i] ?? "").toLowerCase())) continue;
    if (PLAN_WORDS.test(values[i] ?? "") && (values[i + 1] ?? "").toLowerCase() === "to") {
      i++;
      continue;
    }
    if (/^(?:is|are)$/i.test(values[0] ?? "") && MEETING_ING.test(values[i] ?? "")) return true;
    // the lite model tags a bare "talk" or "call" after a name as a noun (or "meet" as an adjective)
    // "is A having lunch with B?": a meal together is a meeting
    if (tags[i] === "VERB") return MEETING_VERBS.has(word) || (word === "have" && values.slice(i + 1, i + 4).some((v) => MEALS.has(v.toLowerCase())));
    if ((tags[i] === "NOUN" || tags[i] === "ADJ") && BARE_VERBS.has((values[i] ?? "").toLowerCase())) return true;
  }
  return false;
}

/** A form of "be" that opens a question of presence ("was A in Lima?", "will A be in Lima?"). */
const BE_FIRST = /^(was|were|is|are|will)$/i;

/**
 * Whether a question asks yes or no whether someone was at a place: it opens with a form of "be",
 * has no other verb, and names a place or a country as where ("was A in Lima?", "will A be in
 * Veldia?"); "is A a minister?" names no place, "was A received in Lima?" has a verb of its own.
 * @example isPresenceYesNo("was Ortega in Lima", links) // true (Lima linked as a place)
 */
export function isPresenceYesNo(text: string, links: Links): boolean {
  if (links.places.length === 0 && links.inCountries.length === 0) return false;
  const { values, lemmas, tags } = parseText(text);
  if (!BE_FIRST.test(values[0] ?? "")) return false;
  return !tags.some((t, i) => i > 0 && t === "VERB" && (lemmas[i] ?? "").toLowerCase() !== "be") && /\b(in|at)\s/i.test(text);
}

/** The people who fit a mention, named as the articles write them. */
const namesOf = (ids: string[], q: Question) => ids.map((id) => q.knowledge.people.get(id)?.name ?? id);

/**
 * Answers "did X meet Y?": "Yes — …" with the meetings that fit every person, country, place and
 * date named (held ones; for "will …" planned ones), or "No — the articles report no meeting …"
 * with the meetings the articles do report for the first person (found: false: the articles do
 * not report it, which is not proof that it never happened).
 * @example answerYesNo(question) // { kind: "reply", body: [{ kind: "para", content: ["Yes — the articles report it:"] }, …] }
 */
export function answerYesNo(q: Question): Outcome | undefined {
  const { links, knowledge } = q;
  if (links.people.length === 0) return undefined;
  const future = askedTense(q.text) === "future";
  const all = selectMeetings(links, knowledge);
  // "anyone from Peru": someone of that country took part, not only a meeting held there
  const named = links.people.flatMap((p) => p.ids);
  const fits = all.filter((m) => links.countries.every((c) => links.inCountries.includes(c) || fromCountry(m, c, named, q)));
  const held = fits.filter((m) => !isPlanned(m));
  const planned = fits.filter(isPlanned);
  const found = future ? planned : held;
  const subject = q.describe() || "of that kind";
  // met, but nowhere the articles say: no "yes" to the place asked, only what they do report
  // "did A visit Veldia?": a meeting in a town no gazetteer places (or nowhere said) is no yes to the country
  const countryUnsaid = links.inCountries.length > 0 && found.length > 0 && found.every((m) => links.inCountries.some((c) => placeCountry(m) !== c));
  if (placeUnsaid(found, links.places).length || countryUnsaid) {
    const one = found.length === 1;
    const what =
      countryUnsaid && found.some((m) => m.place)
        ? `The articles report ${one ? "a meeting" : "meetings"}${future ? " as planned" : ""}, but do not say ${one ? "it was" : "they were"} in ${links.inCountries.join(" or ")}:`
        : `The articles report ${one ? "it" : "them"}${future ? " as planned" : ""}, but not where:`;
    return missing(what, { body: [{ kind: "list", items: found.map((m) => meetingLine(m, knowledge)) }], articles: found.map((m) => m.article) });
  }
  if (found.length) {
    return {
      kind: "reply",
      body: [
        { kind: "para", content: [future ? `Yes — the articles report ${found.length === 1 ? "it as planned" : "them as planned"}:` : "Yes — the articles report it:"] },
        { kind: "list", items: found.map((m) => meetingLine(m, knowledge)) },
      ],
      articles: found.map((m) => m.article),
      focus: { meetings: found.map((m) => m.id), people: [...new Set(found.flatMap(participantIds))] },
    };
  }
  if (!future && planned.length) {
    return {
      kind: "reply",
      body: [
        { kind: "para", content: ["Not yet, as far as the articles report: they report it as planned:"] },
        { kind: "list", items: planned.map((m) => meetingLine(m, knowledge)) },
      ],
      articles: planned.map((m) => m.article),
      focus: { meetings: planned.map((m) => m.id), people: [...new Set(planned.flatMap(participantIds))] },
    };
  }
  // "left without seeing B": a no the article states
  const denied = future ? undefined : deniedMeeting(q);
  if (denied) return denied;
  const first = links.people[0]!;
  const theirs = selectMeetings({ ...links, people: [first], countries: [], inCountries: [], places: [], dates: [], specifics: [] }, knowledge).filter((m) => isPlanned(m) === future);
  const who = first.ids.length === 1 ? (namesOf(first.ids, q)[0] ?? first.text) : first.text;
  const lead = `No — the articles report no ${future ? "planned " : ""}meeting ${subject}.`;
  if (theirs.length === 0) return missing(`${lead} They report no ${future ? "planned " : ""}meeting of ${who} at all.`);
  const shown = theirs.slice(0, SHOWN).map((m) => meetingLine(m, knowledge, false).map((p) => (typeof p === "string" ? p : "bold" in p ? p.bold : "")).join(""));
  const more = theirs.length > SHOWN ? `, and ${theirs.length - SHOWN} more` : "";
  return missing(`${lead} What they do report of ${who}: ${shown.join("; ")}${more}.`);
}

/** Whether someone of a country (a person tied to it, not one of those named, or a group of it) took part in a meeting. */
function fromCountry(meeting: Meeting, country: string, named: string[], q: Question): boolean {
  return meeting.participants.some((p) => (p.kind === "group" ? p.country === country : !named.includes(p.person) && q.knowledge.countriesOf.get(p.person)?.has(country)));
}
