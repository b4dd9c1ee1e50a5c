/**
 * @module The shape of a contact frame row and its validation: a row that names an unknown slot,
 * voice or kind throws when the table is loaded, saying what is allowed. Each row's example
 * sentences are kept with its test (test/extract/frame-examples.ts), which requires two from
 * different articles and runs them all.
 */
import type { Meeting } from "../facts/types";

/**
 * Who fills a slot: the clause's subject, a direct object, or the words after a preposition ("in-honour-of": "in honour of X", "in
 * X's honour"); "predicate": the one named after the copula that follows an owned noun ("Varan's first guest was X").
 */
export type Slot = "subject" | "object" | "indirect" | "with" | "together-with" | "alongside" | "between" | "by" | "led-by" | "hosted-by" | "to" | "from" | "on" | "of" | "for" | "in-honour-of" | "predicate";

/** A sentence of a corpus article the frame must read, with the surnames it must find. */
export interface FrameExample {
  text: string;
  /** An earlier sentence of the same article that introduces a person the text names by surname only. */
  context?: string;
  /** The corpus article it is quoted from (e.g. "c017_uganda_envoys_credentials"). */
  source: string;
  /** Surnames (or group words) of the participants the frame must find. */
  people: string[];
  status?: "planned";
}

/** One way news reports a contact between two sides. */
export interface FrameRow {
  id: string;
  /**
   * Lemmas in order, alternatives split by "|", gaps of a few modifiers allowed between them:
   * "meet", "hold|have talk|negotiation", "pay courtesy call|visit".
   */
  trigger: string;
  /** active: "X received Y"; passive: "Y was received by X"; noun: "talks between X and Y". */
  voice: "active" | "passive" | "noun";
  /**
   * Who reports or leads the contact; "clause" is the subject of the clause the noun stands in; "acting" the one who, right
   * after an agentless passive, acts on the other side by its pronoun (", and X assured him", "X told him" in the next sentence).
   */
  agent: "subject" | "by" | "clause" | "acting" | "none";
  /** The other side(s), tried in order. */
  counterparts: Slot[];
  kind: Meeting["kind"];
  /** Two or more agents make a contact on their own: "X and Y held talks". */
  pair?: boolean;
  /** Each counterpart makes a contact of its own with the agent (envoys presenting credentials). */
  each?: boolean;
  /** A group may fill the counterpart slot ("students of the University of …"). */
  groups?: boolean;
  /** The contact holds only when the next sentence refers back to it ("During the meeting, …"). */
  anaphor?: boolean;
  /**
   * The row tells of a contact only where no other row of the article finds one between the same
   * people: "X and Y agreed to …" is their talks when nothing else reports them, and never sets the
   * date or place of talks another sentence reports ("X met Y in Z on Monday. … They agreed …").
   */
  fallback?: boolean;
  /** The counterpart is the one who calls or presents (credentials received by the agent): listed first. */
  envoyFirst?: boolean;
  /** "called on X to end the war": a word right after the counterpart that makes it no contact (alternatives split by "|"). */
  notBefore?: string;
  /** "at the invitation of X": a word that must stand right before the trigger, its article aside (alternatives split by "|"). */
  opener?: string;
  /** "handed over a letter from X": a word right after the trigger's last word that makes it no such contact (alternatives split by "|"). */
  notAfterTrigger?: string;
  /** "congratulated X in person": words that must follow the last counterpart, without which the trigger tells no contact (alternatives split by "|"). */
  onlyBefore?: string;
  /**
   * "joined President X for talks with Y": a word in the few after the `onlyBefore` phrase that makes the counterparts the
   * agent's companions in a contact with another, no contact of theirs (alternatives split by "|").
   */
  companionIf?: string;
  /**
   * A passive row that also reads its participle right after a noun or a comma, with no form of "be", when "by" follows: "the
   * border treaty signed in October by A and B", "- youth development, signed by A and B;" (a reduced relative clause).
   */
  reduced?: boolean;
  /**
   * "With President X of Veldia, Y discussed …": the trigger opens the sentence, its person and a comma, then the clause's
   * own subject and verb; nowhere else does the row read.
   */
  fronted?: boolean;
}

/** A row compiled for the engine. */
export interface Frame extends FrameRow {
  /** Per trigger word, the lemmas it may be. */
  words: Set<string>[];
}

/** The frame row is malformed. */
export class FrameRowError extends Error {
  override name = "FrameRowError";
}

const SLOTS: Slot[] = ["subject", "object", "indirect", "with", "together-with", "alongside", "between", "by", "led-by", "hosted-by", "to", "from", "on", "of", "for", "in-honour-of", "predicate"];
const VOICES = ["active", "passive", "noun"] as const;
const AGENTS = ["subject", "by", "clause", "acting", "none"] as const;
const KINDS: Meeting["kind"][] = ["meeting", "talks", "consultation", "visit", "call", "credentials", "courtesy call", "audience"];

/**
 * Validates rows and compiles their triggers; throws a {@link FrameRowError} naming the row and what is allowed.
 * @example loadFrames([{ id: "meet", trigger: "meet", voice: "active", agent: "subject", counterparts: ["with", "object"], kind: "meeting" }])[0]!.words // [Set { "meet" }]
 */
export function loadFrames(rows: FrameRow[]): Frame[] {
  const ids = new Set<string>();
  return rows.map((row) => {
    const fail = (what: string): never => {
      throw new FrameRowError(`frame row "${row.id}": ${what}`);
    };
    if (!/^[a-z][a-z-]*$/.test(row.id)) fail("id must be lower-case words joined by hyphens");
    if (ids.has(row.id)) fail("id is used twice");
    ids.add(row.id);
    const words = row.trigger.trim().split(/\s+/).map((w) => new Set(w.split("|")));
    if (!row.trigger.trim() || words.some((w) => [...w].some((l) => !/^[a-z][a-z-]*$/.test(l)))) fail(`trigger "${row.trigger}" must be lower-case lemmas, alternatives split by "|"`);
    if (!VOICES.includes(row.voice)) fail(`voice "${row.voice}" is not one of ${VOICES.join(", ")}`);
    if (!AGENTS.includes(row.agent)) fail(`agent "${row.agent}" is not one of ${AGENTS.join(", ")}`);
    for (const s of row.counterparts) if (!SLOTS.includes(s)) fail(`counterpart slot "${s}" is not one of ${SLOTS.join(", ")}`);
    if (row.counterparts.length === 0 && !row.pair) fail("a row needs a counterpart slot or pair: true");
    if (!KINDS.includes(row.kind)) fail(`kind "${row.kind}" is not one of ${KINDS.join(", ")}`);
    if (row.opener !== undefined && !/^[a-z]+(?:\|[a-z]+)*$/.test(row.opener)) fail(`opener "${row.opener}" must be lower-case words split by "|"`);
    if (row.notAfterTrigger !== undefined && !/^[a-z]+(?:\|[a-z]+)*$/.test(row.notAfterTrigger)) fail(`notAfterTrigger "${row.notAfterTrigger}" must be lower-case words split by "|"`);
    if (row.onlyBefore !== undefined && !/^[a-z]+(?: [a-z]+)*(?:\|[a-z]+(?: [a-z]+)*)*$/.test(row.onlyBefore)) fail(`onlyBefore "${row.onlyBefore}" must be lower-case phrases split by "|"`);
    if (row.reduced && (row.voice !== "passive" || row.agent !== "by")) fail(`reduced needs voice "passive" and agent "by"`);
    if (row.companionIf !== undefined && (!row.onlyBefore || !/^[a-z]+(?:\|[a-z]+)*$/.test(row.companionIf))) fail(`companionIf "${row.companionIf}" must be lower-case words split by "|", with onlyBefore`);
    return { ...row, words };
  });
}
