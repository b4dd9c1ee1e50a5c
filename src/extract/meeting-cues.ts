/** @module The cue words of meetings: which noun or verb reports a meeting, and which wording makes it one still to come. */
import type { LocalMeeting } from "./meetings";
import type { Word } from "./segment";

/** Nouns that name a meeting, with the kind they report. */
export const CUE_NOUNS = new Map<string, LocalMeeting["kind"]>([
  ["meeting", "meeting"], ["meetings", "meeting"], ["talks", "talks"], ["consultation", "consultation"], ["consultations", "consultation"],
  ["conversation", "call"], ["call", "call"], ["negotiations", "talks"], ["summit", "meeting"], ["audience", "meeting"], ["visit", "visit"],
]);

/**
 * "called on", "calls on", "paid a courtesy call on": a visit to someone, at word `i` ("called" / "call").
 * @example isCallOn(["he", "called", "on", "the", "premier"], 1) // true
 */
export function isCallOn(lower: string[], i: number): boolean {
  if (lower[i + 1] !== "on") return false;
  if (/^(?:called|calls|call|calling)$/.test(lower[i] ?? "") && lower[i - 1] !== "phone" && lower[i - 1] !== "telephone") return true;
  return false;
}

/**
 * "called on Y to end the war": an appeal, not a visit; the "to" must belong to Y's clause, not to "and conveyed an invitation to …".
 * @example isCallToAction(["to", "end", "the", "war"], 0) // true
 */
export function isCallToAction(lower: string[], from: number): boolean {
  for (let k = from; k < lower.length; k++) {
    const w = lower[k]!;
    if (w === "to") return true;
    if (/^(?:and|,|\.|;|but|where|in|at|on)$/.test(w)) return false;
  }
  return false;
}

/**
 * "will meet", "is expected to hold talks", "plans to meet": not a meeting that took place.
 * @example isPlanned(["he", "will", "meet", "her"], 2) // true
 */
export function isPlanned(lower: string[], verb: number): boolean {
  const prev = lower[verb - 1] ?? "";
  const prev2 = lower[verb - 2] ?? "";
  if (/^(?:will|would|shall|'ll|wo)$/.test(prev)) return true;
  if (/^(?:will|would|shall)$/.test(prev2) && /^(?:also|then|later|soon)$/.test(prev)) return true;
  return prev === "to" && /^(?:expected|plans?|planned|planning|scheduled|set|going|due|hopes?|wants?|intends?|likely|is|are|was|were)$/.test(prev2);
}

/**
 * "Ahead of talks with X", "before the meeting with X", "scheduled to visit Tokyo next month for talks with X":
 * the cue noun names a meeting still to come.
 * @example isPurpose(["ahead", "of", "talks", "with", "x"], 2) // true
 */
export function isPurpose(lower: string[], cue: number): boolean {
  const before = lower.slice(Math.max(0, cue - 3), cue).filter((w) => !/^(?:a|an|the|his|her|their)$/.test(w));
  const last = before[before.length - 1] ?? "";
  const last2 = before.slice(-2).join(" ");
  if (/^(?:ahead of|prior to|in preparation|preparation for)$/.test(last2) || last === "before") return true;
  return last === "for" && lower.slice(0, cue).some((w, k) => isPlanned(lower, k) || /^(?:scheduled|expected|plans|planned|will|next)$/.test(w));
}

/**
 * "talks between …", "a consultation led by …", "talks were held between the delegations … led by …".
 * @example linkAfter(["talks", "between", "x", "and", "y"], 0, 5) // 2
 */
export function linkAfter(lower: string[], cue: number, end: number): number {
  for (let k = cue + 1; k < Math.min(end, cue + 12); k++) {
    if (lower[k] === "between" && k === cue + 1) return k + 1;
    if (/^(?:led|chaired|co-chaired|headed|attended)$/.test(lower[k] ?? "") && lower[k + 1] === "by") return k + 2;
    if (lower[k] === "between" && lower.slice(cue + 1, k).every((w) => /^(?:were|was|held|took|place|have|has|been|today|yesterday|here|there|also)$/.test(w))) return k + 1;
  }
  return -1;
}

/**
 * The kind of meeting the words from `from` to `to` report: a call, talks, a consultation, else a meeting.
 * @example kindBetween(["held", "a", "phone", "call", "with"], 0, 4) // "call"
 */
export function kindBetween(lower: string[], from: number, to: number): LocalMeeting["kind"] {
  if (lower.slice(from, to + 3).some((w) => /^(?:phone|telephone|video|videoconference)$/.test(w))) return "call";
  for (let k = from; k < to; k++) {
    const kind = CUE_NOUNS.get(lower[k] ?? "");
    if (kind) return kind === "visit" ? "meeting" : kind;
    if (lower[k] === "phone" || lower[k] === "telephone") return "call";
  }
  if (lower[from] === "talked" || lower[from] === "negotiated") return "talks";
  if (/^consult(?:ed|s)?$/.test(lower[from] ?? "")) return "consultation";
  if (lower[from] === "spoke") return "call";
  return "meeting";
}

/**
 * A comma that starts a new clause rather than an apposition or list item.
 * @example isClauseBreak(words("X met Y, who said …"), 3) // true
 */
export function isClauseBreak(words: Word[], k: number): boolean {
  const next = words[k + 1];
  if (next === undefined) return false;
  if (next.lower === "and") {
    // ", and Z said …" starts a clause; ", and of Venezuela, Z." ends a list.
    for (let m = k + 2; m < words.length && !/^[,.;:]$/.test(words[m]!.text); m++) if (words[m]!.pos === "VERB" || words[m]!.pos === "AUX") return true;
    return false;
  }
  return /^(?:who|which|while|where|adding|saying|noting|stressing)$/.test(next.lower);
}

/**
 * The ref ends inside a subordinate clause that closed before the verb ("X, who met Y, said").
 * @example isInsideClauseBefore(words("X said that Y met Z"), 0, 4) // true
 */
export function isInsideClauseBefore(words: Word[], last: number, verb: number): boolean {
  return words.slice(last + 1, verb).some((w) => /^(?:that|said|says)$/.test(w.lower));
}
