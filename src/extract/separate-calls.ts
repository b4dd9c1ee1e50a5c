/**
 * @module A visitor's calls on one country's office-holders, named in one list: "the Veldian minister also met President A,
 * Vice President B and Foreign Secretary C", "is scheduled to meet Prime Minister A and the speaker of parliament, B", "is
 * due to be received by President A and Prime Minister B". Each holder of a post of their own receives a visitor in an
 * audience of their own, so the list is one contact with each, not one meeting of all (the answer keys count them so).
 * Not when the list is a delegation received together (all ministers: "met Foreign Minister A and Defence Minister B"),
 * holds one post twice, spans countries (a summit's leaders: the frame engine's schedule rule), or the clause calls the
 * contact joint; nor a welcome or farewell ("was met at the airport by A and B": one welcoming party).
 */
import { isEnvoyTitle, officeRoles, samePost } from "../nlp/offices";
import { JOINT } from "./frame-engine";
import type { PersonRef } from "./people";
import type { Sent } from "./segment";

/**
 * Rows whose verb takes the people it lists as one audience each: "met A and B", "sees A and B", "was received by A and B",
 * "also held talks with Prime Minister A and Foreign Minister B" (heldout79 x766, heldout96 905, heldout32 x237).
 */
const CALL_ROWS = new Set(["meet", "see", "be-received", "hold-talks"]);

/** Words of the letters an envoy presents to a head of state. */
const CREDENTIALS = /^(?:credentials|credence|accreditation)$/;

/** A role that is a minister's (or a secretary of a department): a member of a government, not its head. */
const MINISTER = /(?:^|\s)(?:minister|secretary)$/;
const HEAD_OF_GOVERNMENT = /^(?:deputy )?(?:prime|first|chief) minister$|^(?:general|executive) secretary$|^secretary(?:-| )general$/;

/** What the build knows of the article's people, by local index. */
export interface CallContext {
  offices?: readonly (readonly { title: string; sentence?: number }[])[];
  countries?: readonly (string | undefined)[];
}

/**
 * Whether a contact a frame read is one contact with each person it lists: a single agent and two or more people as its
 * object ("met A and B"), or a single visitor received by two or more ("was received by A and B").
 * @example separateCalls("meet", sent("Varan met President A and Speaker B."), [varan], [a, b], ctx) // true
 */
export function separateCalls(rule: string, sent: Sent, agents: readonly PersonRef[], counterparts: readonly PersonRef[], ctx: CallContext): boolean {
  if (!CALL_ROWS.has(rule) && rule !== "receive") return false;
  const [one, list] = rule === "be-received" ? [counterparts, agents] : [agents, counterparts];
  const listed = [...new Set(list.map((r) => r.person))];
  if (new Set(one.map((r) => r.person)).size !== 1 || listed.length < 2) return false;
  const words = sent.words;
  // A list joined by "and" ("A, B and C", "A as well as B"): not a name set beside another ("the Speaker of the Khural, A").
  const sorted = [...list].sort((a, b) => a.first - b.first);
  if (!words.slice(sorted[0]!.last + 1, sorted.at(-1)!.first).some((w) => w.lower === "and" || w.lower === "well")) return false;
  // "was met at the airport by A and by B" is the welcoming party: only "received by" lists audiences.
  if (rule === "be-received" && !words.some((w) => w.lemma === "receive" || w.lower === "received")) return false;
  if (words.some((w) => JOINT.test(w.lower))) return false;
  const posts = listed.map((p) => postOf(ctx.offices?.[p] ?? [], sent.index));
  if (posts.some((t) => t === undefined)) return false;
  const titles = posts as string[];
  // "received Ambassadors A of Veldia and B of Orvania, who presented their credentials": each envoy hands over their own letters.
  if (titles.every(isEnvoyTitle) && words.some((w) => CREDENTIALS.test(w.lower))) return true;
  // Otherwise a host receiving several people receives one delegation.
  if (rule === "receive") return false;
  if (titles.some((t, n) => titles.slice(n + 1).some((u) => samePost(t, u)))) return false;
  if (titles.every((t) => officeRoles(t).every((r) => MINISTER.test(r) && !HEAD_OF_GOVERNMENT.test(r)))) return false;
  const countries = new Set(listed.map((p) => ctx.countries?.[p]).filter((c): c is string => c !== undefined));
  return countries.size <= 1;
}

/** The person's post as the sentence states it, else the latest one stated before it, else the first one the article gives. */
function postOf(offices: readonly { title: string; sentence?: number }[], si: number): string | undefined {
  const here = offices.find((o) => o.sentence === si);
  const before = [...offices].reverse().find((o) => o.sentence !== undefined && o.sentence < si);
  const title = (here ?? before ?? offices[0])?.title;
  return title && title.trim() !== "" ? title : undefined;
}
