/**
 * @module The contact frames: the ways news reports a contact between two sides, one row each, with
 * the cue words that make a contact planned, negated, a call or one per counterpart. Data only; the
 * engine (frame-engine.ts) reads it. Each row's example sentences, quoted from articles, are in
 * test/extract/frame-examples.ts (kept out of src/), and test/extract/frames.test.ts runs them.
 *
 * To add a row: give it an id, the trigger lemmas, the voice, which slot the agent and the other
 * side fill, and the kind; add two example sentences from articles of different sources under its
 * id in frame-examples.ts.
 */
import type { Meeting } from "../facts/types";
import { loadFrames, type FrameRow } from "./frame-table";

const ROWS: FrameRow[] = [
  {
    id: "meet",
    trigger: "meet",
    voice: "active",
    agent: "subject",
    counterparts: ["with", "object", "led-by"],
    kind: "meeting",
    pair: true,
    groups: true,
  },
  {
    id: "be-received",
    trigger: "receive|welcome|greet|meet|host|brief",
    voice: "passive",
    agent: "by",
    counterparts: ["subject"],
    kind: "meeting",
  },
  // "Y was received at the palace on Friday, and X assured him …", "Y was received at the Prime Minister's House. … X told him …":
  // an agentless reception, its host the one who acts on Y right after.
  {
    id: "be-received-acted-on",
    trigger: "receive|welcome",
    voice: "passive",
    agent: "acting",
    counterparts: ["subject"],
    kind: "meeting",
  },
  {
    id: "hold-talks",
    trigger: "hold|have|conduct talk|negotiation|discussion|dialogue|consultation",
    voice: "active",
    agent: "subject",
    counterparts: ["with", "between", "led-by"],
    kind: "talks",
    pair: true,
    groups: true,
  },
  {
    id: "hold-meeting",
    // "held a bilateral with Y" (heldout90 x854, x855): "bilateral" alone the meeting's noun
    trigger: "hold|have|participate meeting|tete-a-tete|conference|videoconference|session|summit|bilateral",
    voice: "active",
    agent: "subject",
    counterparts: ["with", "between", "led-by"],
    kind: "meeting",
    pair: true,
    groups: true,
  },
  // ("placed a call to Y", "made a phone call to Y": heldout36 x347, exchange64 x996, x998)
  {
    id: "hold-call",
    trigger: "hold|have|make|receive|take|place call|conversation|phone-call",
    voice: "active",
    agent: "subject",
    counterparts: ["with", "from", "between", "to"],
    kind: "call",
    pair: true,
  },
  {
    id: "telephone",
    trigger: "telephone|phone|dial",
    voice: "active",
    agent: "subject",
    counterparts: ["object"],
    kind: "call",
  },
  // "X called Y on Tuesday to congratulate him", "called up Y": a call to a person; not "called Y a friend", "called Y's plan …".
  {
    id: "call-person",
    trigger: "call",
    voice: "active",
    agent: "subject",
    counterparts: ["object"],
    kind: "call",
    notBefore: "a|an|as|'s|’s|\"|“|'|‘",
  },
  {
    id: "call-up",
    trigger: "call up",
    voice: "active",
    agent: "subject",
    counterparts: ["object"],
    kind: "call",
  },
  {
    // "went to the residence to congratulate X in person", "congratulated him in person on his election": a word of greeting
    // is a contact only when said in person.
    id: "congratulate-in-person",
    trigger: "congratulate|greet|thank",
    voice: "active",
    agent: "subject",
    counterparts: ["object"],
    kind: "meeting",
    onlyBefore: "in person",
  },
  // "X joined his Veldian and Orvanian colleagues, A and B, at the Centre for the ninth trilateral meeting", "X then joined
  // Minister Y at the ministry, where the two chaired …": joining someone at a place or for a sitting is meeting them; not
  // "joined the delegation", "joined Y in calling for …" (no "at" or "for" after the last one joined).
  {
    id: "join-at",
    trigger: "join",
    voice: "active",
    agent: "subject",
    counterparts: ["object"],
    kind: "meeting",
    onlyBefore: "at|for",
    // ("Foreign Minister A joins President B for talks with Y": A at B's side, heldout24 t111)
    companionIf: "with",
  },
  // "X accorded Y and his wife, Z, a ceremonial welcome on Horse Guards Parade", "President X accorded Y a state welcome at the
  // Presidential Palace": the host who welcomes the guest in person (heldout95 x899, exchange63 x946, x947).
  {
    id: "accord-welcome",
    trigger: "accord",
    voice: "active",
    agent: "subject",
    counterparts: ["object"],
    kind: "meeting",
    onlyBefore: "a ceremonial welcome|a state welcome|a formal welcome|an official welcome|a warm welcome|a guard of honour|a ceremonial reception|a state reception",
  },
  {
    id: "speak-with",
    trigger: "speak|talk|confer|converse|consult|chat",
    voice: "active",
    agent: "subject",
    counterparts: ["with", "to"],
    kind: "talks",
    pair: true,
    groups: true,
  },
  {
    id: "receive",
    trigger: "receive|host|welcome|greet",
    voice: "active",
    agent: "subject",
    counterparts: ["object", "led-by"],
    kind: "meeting",
    groups: true,
  },
  {
    id: "call-on",
    trigger: "call on",
    voice: "active",
    agent: "subject",
    counterparts: ["object"],
    kind: "courtesy call",
    each: true,
    notBefore: "to",
    groups: true,
  },
  {
    id: "courtesy-call",
    trigger: "pay|make courtesy call|visit",
    voice: "active",
    agent: "subject",
    counterparts: ["on", "to", "object", "indirect"],
    kind: "courtesy call",
    each: true,
    groups: true,
  },
  // "also paid a call on Prime Minister Varan", "after separate calls on President Telu and Prime Minister Orvel": a call
  // paid on someone is a visit in person, its maker the clause's subject; "calls on Varan to resign" is an appeal.
  {
    id: "call-on-noun",
    trigger: "call",
    voice: "noun",
    agent: "clause",
    counterparts: ["on"],
    kind: "courtesy call",
    each: true,
    notBefore: "to",
  },
  {
    id: "present-credentials",
    trigger: "present|hand|submit|deliver credential|letter|copy",
    voice: "active",
    agent: "subject",
    counterparts: ["to", "indirect"],
    kind: "credentials",
    // "Ambassadors A and B presented their credentials to Y": each envoy hands over their own letters.
    each: true,
    // "handed over a letter from Prime Minister X conveying his greetings to Y": a message, no credentials (read31 x208, read13 n204)
    notAfterTrigger: "from",
  },
  {
    id: "receive-credentials",
    // "took their letters of credence" (read32 x225, read33 x266): to take them is to receive them.
    trigger: "receive|accept|take credential|credence|introduction|accreditation",
    voice: "active",
    agent: "subject",
    counterparts: ["of", "from"],
    kind: "credentials",
    each: true,
    groups: true,
    envoyFirst: true,
  },
  // "The President granted an audience at the Palace to Ambassador X", "the King gave a farewell audience to Y": the one who
  // grants it receives the other in person.
  {
    id: "grant-audience",
    trigger: "grant|give|accord audience",
    voice: "active",
    agent: "subject",
    counterparts: ["to"],
    kind: "audience",
    groups: true,
  },
  // "X was granted a royal audience by His Majesty King Y", "X was granted an audience with His Majesty King Y": the guest
  // the subject, the one who grants it after "by" or "with".
  {
    id: "be-granted-audience",
    trigger: "grant|give|accord audience",
    voice: "passive",
    agent: "subject",
    counterparts: ["by", "with"],
    kind: "audience",
  },
  {
    id: "sit-down",
    trigger: "sit down",
    voice: "active",
    agent: "subject",
    counterparts: ["with"],
    kind: "meeting",
    pair: true,
    groups: true,
  },
  // "after spending about an hour with Adviser X", "A and B then spent roughly an hour in talks": time spent with someone, or
  // by two together in talks, is a meeting (not "spent three days in Veldia with a business delegation": no hour or time).
  {
    id: "spend-time",
    trigger: "spend time|hour|minute",
    voice: "active",
    agent: "subject",
    counterparts: ["with"],
    kind: "meeting",
    pair: true,
    groups: true,
  },
  // "X is due to see Y, Z and W", "the minister sees A and B": "see" with a person for object is a meeting; not "sees X as …".
  {
    id: "see",
    trigger: "see",
    voice: "active",
    agent: "subject",
    counterparts: ["object"],
    kind: "meeting",
    notBefore: "as",
  },
  // "X shook hands with Y before their talks", a caption's "X shakes hands with Y": a handshake is a contact in person;
  // "refused to shake hands" is none (NEGATIONS).
  {
    id: "shake-hands",
    trigger: "shake hand",
    voice: "active",
    agent: "subject",
    counterparts: ["with"],
    kind: "meeting",
    pair: true,
  },
  // "X was seen off at the airport by Y": the host's farewell to a visitor is a contact of the two, as the welcome is.
  {
    id: "be-seen-off",
    trigger: "see off",
    voice: "passive",
    agent: "by",
    counterparts: ["subject"],
    kind: "meeting",
  },
  // "X said goodbye to the outgoing ambassador Y", "X bade the outgoing ambassador farewell": a leave-taking in person.
  {
    id: "bid-farewell",
    trigger: "say|bid|bade goodbye|farewell",
    voice: "active",
    agent: "subject",
    counterparts: ["to", "indirect"],
    kind: "meeting",
  },
  {
    id: "exchange-views",
    trigger: "exchange view|opinion|word",
    voice: "active",
    agent: "subject",
    counterparts: ["with"],
    kind: "talks",
    pair: true,
    fallback: true,
  },
  {
    id: "discuss-with",
    trigger: "discuss",
    voice: "active",
    agent: "subject",
    counterparts: ["with"],
    kind: "meeting",
    pair: true,
  },
  {
    id: "co-chair",
    trigger: "co-chair|chair|co-host",
    voice: "active",
    agent: "subject",
    counterparts: ["with"],
    kind: "meeting",
    pair: true,
  },
  // "The consultations were co-chaired by A and B": the two chairs of one sitting, told in the passive; also as a reduced
  // relative, "a ministerial session in Tarsk on Monday, co-chaired by A and B" (heldout89 x852, read26 w120, heldout79 x765).
  {
    id: "be-co-chaired",
    trigger: "co-chair|cochair",
    voice: "passive",
    agent: "by",
    counterparts: [],
    kind: "meeting",
    pair: true,
    reduced: true,
  },
  {
    id: "pair-then-contact",
    trigger: "note|review|stress|highlight|express|exchange|sign|emphasize|emphasise|underline|reaffirm|address|hail|praise",
    voice: "active",
    agent: "subject",
    counterparts: [],
    kind: "meeting",
    pair: true,
    anaphor: true,
  },
  // "A and B led their delegations", "A and his counterpart B led the two sides": two heads of the delegations that met.
  {
    id: "pair-led-sides",
    trigger: "lead|head delegation|side|team",
    voice: "active",
    agent: "subject",
    counterparts: [],
    kind: "talks",
    pair: true,
  },
  // "X and Y agreed on Monday to …": two people agreeing as one subject have met or spoken, no later sentence needed.
  {
    id: "pair-agree",
    trigger: "agree",
    voice: "active",
    agent: "subject",
    counterparts: [],
    kind: "meeting",
    pair: true,
    fallback: true,
  },
  // "X and Y signed a treaty", "X signed a joint statement with Y", "X and Y put their signatures to a statement": people
  // signing as one subject, or one with another, signed it together: their contact when nothing else in the article reports
  // one between them (as "agreed" is).
  {
    id: "pair-sign",
    trigger: "sign|ink|countersign",
    voice: "active",
    agent: "subject",
    counterparts: ["with"],
    kind: "meeting",
    pair: true,
    fallback: true,
  },
  {
    id: "pair-put-signature",
    trigger: "put signature|name",
    voice: "active",
    agent: "subject",
    // ("X put his name to a memorandum with Y", as "X signed a memorandum with Y")
    counterparts: ["with"],
    kind: "meeting",
    pair: true,
    fallback: true,
  },
  {
    id: "be-signed",
    trigger: "sign|ink",
    voice: "passive",
    agent: "by",
    counterparts: [],
    kind: "meeting",
    pair: true,
    // ("the border treaty signed in October by A and B", "- youth development, signed by A and B;": a document's signatories;
    // not "a reception hosted by X", "delegations co-chaired by A and B", whose noun is no document)
    reduced: true,
  },
  {
    id: "host-meal",
    trigger: "host|give|offer|hold dinner|lunch|luncheon|banquet|breakfast|ceremony|reception",
    voice: "active",
    agent: "subject",
    counterparts: ["for", "with", "in-honour-of"],
    kind: "meeting",
  },
  // "X shared an informal breakfast with Y", "is to attend a dinner with representatives of …", "attended a banquet hosted by Y":
  // a meal at one table is a contact, its host one side.
  {
    id: "share-meal",
    trigger: "share|attend|have dinner|lunch|luncheon|breakfast|banquet",
    voice: "active",
    agent: "subject",
    counterparts: ["with", "hosted-by"],
    kind: "meeting",
    groups: true,
  },
  {
    id: "contact-between",
    trigger: "meeting|talk|consultation|negotiation|conversation|call|summit|discussion|dialogue|audience|tete-a-tete|videoconference",
    voice: "noun",
    agent: "none",
    // "the meeting of Presidents A and B": two or more people of its "of" phrase are its sides (one alone is none).
    counterparts: ["between", "of", "led-by"],
    kind: "meeting",
  },
  // "Talks on the day brought together A and her counterpart B", "the summit, which brought together A, B and C": each person the
  // object lists is a side (a grouping that "brings together" countries names no one).
  {
    id: "bring-together",
    trigger: "bring together",
    voice: "active",
    agent: "none",
    counterparts: ["object"],
    kind: "meeting",
  },
  // "X paid an official visit to Veldia at the invitation of Y", "Z will be in Orvane from 28 to 31 October at the invitation of
  // President W": the one who invites a visitor is the host who receives them, where no other sentence tells their contact.
  {
    id: "at-invitation",
    trigger: "invitation",
    voice: "noun",
    agent: "clause",
    counterparts: ["of"],
    kind: "visit",
    fallback: true,
    opener: "at|on|upon",
  },
  // "With President X of Veldia, Y discussed the next steps", "With Veldia's X, Y dwelt on the bonds between …": after the
  // sentences that tell of a round of meetings, a side put first and the one who met them as the subject.
  {
    id: "fronted-with",
    trigger: "with",
    voice: "noun",
    agent: "clause",
    counterparts: ["object"],
    kind: "meeting",
    fronted: true,
    // ("With Y, the Veldian minister went over the outcome of the meeting held yesterday …": the pair's talks told before)
    fallback: true,
  },
  // "A few minutes later it was the turn of President X", "This morning it was the turn of Prime Minister Y": the next of the
  // principal's round of meetings, the one whose turn it was.
  {
    id: "turn-of",
    trigger: "turn",
    voice: "noun",
    agent: "clause",
    counterparts: ["of"],
    kind: "meeting",
  },
  // "Varan's first guest was Foreign Minister X", "The minister's last visitor was the Veldian envoy, Y": the one whose guest a
  // person was received them.
  {
    id: "owned-guest",
    trigger: "guest|visitor|caller",
    voice: "noun",
    agent: "clause",
    counterparts: ["predicate"],
    kind: "meeting",
  },
  // "toured the … plant on Monday together with President Y", "visited the headquarters of … together with King Y": a tour made
  // together is a contact (heldout104 x964, heldout88 x847).
  {
    id: "tour-together",
    trigger: "tour|visit|inspect",
    voice: "active",
    agent: "subject",
    counterparts: ["together-with"],
    kind: "meeting",
  },
  {
    id: "contact-with",
    // "His first appointment in the city was with Y": an appointment of a visit's programme is a meeting.
    // "her session with X", "a working session with Y": a session with a person is a meeting.
    trigger: "meeting|talk|consultation|negotiation|conversation|call|discussion|audience|tete-a-tete|videoconference|appointment|session",
    voice: "noun",
    agent: "clause",
    counterparts: ["with"],
    kind: "meeting",
    // "A and B began official talks": a pair as the subject whose verb takes the contact noun as object (the engine's isObjectOf).
    pair: true,
    groups: true,
  },
];

/** The rows, validated and compiled once. */
export const FRAMES = loadFrames(ROWS);

/** Words around a trigger that make its contact a call, an audience or a courtesy call. */
export const KIND_WORDS = new Map<string, Meeting["kind"]>([
  ["phone", "call"], ["telephone", "call"], ["telephonic", "call"], ["video", "call"], ["videoconference", "call"], ["virtual", "call"], ["virtually", "call"], ["online", "call"],
  ["talks", "talks"], ["negotiations", "talks"], ["consultation", "consultation"], ["consultations", "consultation"], ["conversation", "call"], ["call", "call"], ["audience", "audience"],
]);

/** Words before a trigger in its clause that deny the contact ("did not meet", "declined to meet", "a possible meeting", "the possibility of talks"). */
export const NEGATIONS = new Set(["not", "n't", "never", "no", "neither", "nor", "without", "decline", "refuse", "fail", "cancel", "postpone", "possible", "potential", "possibility", "instead"]);
/** Verbs that ask someone to make a contact: "urged X to hold talks with Y" reports no talks, X's or anyone's. */
export const REQUESTS = new Set(["urge", "encourage", "exhort", "implore", "ask", "press", "push", "advise", "persuade", "call"]);
/**
 * Two words before a trigger that ask for a contact rather than report one: "called for talks with X", "pushed for a meeting";
 * or that say it has not happened: "have yet to sit down together", "is yet to meet"; or that call it off before it is held:
 * "putting off talks he was to hold with X" (read34), "called off his entire programme", "called off the trip" (read28).
 */
export const NEGATION_PHRASES = new Set(["call for", "push for", "press for", "appeal for", "ask for", "demand", "call on", "ask to", "yet to", "put off", "call off"]);

/**
 * The purpose of a call paid in person, after "to" where a `notBefore` "to" would make an appeal of it: "called on the Minister
 * to bid farewell as his tour of duty … ends" (read31, a foreign ministry's release), "called on Prime Minister X today to bid
 * her farewell" (read31, a high commission's release). Verb lemma → the words one of which must follow it within three.
 */
export const CALL_PURPOSES = new Map<string, Set<string>>([
  ["bid", new Set(["farewell", "goodbye", "adieu"])],
  ["say", new Set(["farewell", "goodbye"])],
  ["pay", new Set(["respects"])],
]);
/** Modals that make a contact hypothetical unless a time is set for it: "would talk to X when it makes sense". */
export const HYPOTHETICAL = new Set(["would", "could", "might", "may", "should"]);
/**
 * Words of a readiness before "to" + trigger, no contact unless a time is set: "is ready to sit down with X" (read28), "said he
 * was ready to meet the Turkish Minister" (read22), "said he looked forward to hosting X in Veldia" (read35; with a time, a plan:
 * "looked forward to welcoming him the following week", "to receiving the Commonwealth family in Apia in October", corpus).
 */
export const WILLING = new Set(["ready", "willing", "open", "eager", "keen", "forward"]);
/** Words of a plan before "to" that the past perfect makes one overtaken: "had been due to visit", "had been scheduled to meet". */
export const OVERTAKEN_PLAN = new Set(["due", "scheduled", "expected", "set", "slated", "planned", "supposed"]);
/** Auxiliaries before a trigger that make it planned: "will meet", "would hold talks". */
export const PLANNED_AUX = new Set(["will", "shall", "'ll", "wo", "would"]);
/** Words before "to" + trigger that make it planned: "is scheduled to meet", "plans to visit". */
export const PLANNED_BEFORE_TO = new Set(["forward", "schedule", "expect", "plan", "set", "due", "go", "hope", "want", "intend", "agree", "be", "is", "are", "was", "were", "seek", "aim", "prepare", "likely", "invite", "arrange", "propose"]);
/** Words before a noun trigger that make it planned: "the upcoming talks", "ahead of the meeting". */
export const NOUN_PLANNED = new Set(["upcoming", "forthcoming", "planned", "proposed", "future", "next", "ahead", "prior"]);
/** Times in the clause that make a contact planned. */
export const PLANNED_TIMES = new Set(["next week", "next month", "next year", "tomorrow", "later this"]);

/** A sentence that refers back to a contact: "During the meeting, …", "the parties discussed …". */
export const ANAPHORS = /\b(?:the|this|that) (?:meeting|talks|consultations?|conversation|call|audience)\b|\bthe (?:two )?(?:parties|sides)\b/i;

/**
 * A sentence that opens on its subjects' own contact: "In their talks at the palace on Friday, A and B reviewed …" (heldout48
 * x503), "In their discussions, the President and his guest reviewed …" (read26 w103), "In their call, the ministers also discussed …".
 */
export const OWN_CONTACT_OPENER = /^(?:in|during) their (?:[\p{L}-]+ )?(?:talks|meeting|conversation|discussions?|call|consultations)\b/iu;

/**
 * Words that make a list of counterparts one contact each: "held separate meetings with X and Y";
 * "In three separate meetings held today, X hosted A, B and C", "In a further round of meetings he
 * received A, B and C" (meetings in the plural, one per counterpart); "held back-to-back talks with his counterparts from A and
 * B" (read23 s116), "holds back-to-back talks with Veldian, Orvanian and Aldorian ministers" (read26 w106).
 */
export const EACH_WORDS = new Set(["separately", "separate", "each", "respectively", "turn", "bilateral", "meetings", "back-to-back"]);

/**
 * Groups a contact is not with: "spoke with reporters", "met with journalists"; whatever words come before the press noun that
 * ends the group ("Talking to a handful of Orvanian correspondents, Telu said …", new59c x729).
 */
export const PRESS = /^(?:(?:local|foreign|international) )?(?:reporters|journalists|the press|press|media|the media|correspondents)\b|\b(?:reporters|journalists|press|media|correspondents|newsmen)$/i;

/** Head words of a group that can take part in a contact: "students of …", "a business delegation". */
export const GROUP_HEADS = new Set([
  "delegation", "delegations", "group", "students", "staff", "community", "leaders", "members", "representatives", "officials", "ministers", "legislators", "lawmakers",
  "parliamentarians", "businessmen", "businesspeople", "investors", "executives", "scholars", "academics", "politicians", "rector", "movement", "association",
  "chamber", "council", "committee", "ambassadors", "envoys", "diplomats", "federation", "society", "diaspora", "elders", "chiefs", "youth", "veterans", "people", "industry", "faculty", "teachers",
]);

/**
 * Plural office words that name a side to be listed: "accepted the credentials of four ambassadors",
 * "courtesy calls on the following officials:", "held a series of bilateral talks with fellow ministers".
 */
export const ENUMERATED_HEADS = new Set([
  "ambassadors", "envoys", "diplomats", "commissioners", "ministers", "counterparts", "officials", "dignitaries", "leaders", "presidents", "heads", "representatives", "ambassadors-designate", "chargés", "charges",
]);

/** A tally after a trigger: "met X eight times", "have talked 13 times", "met twice", "on several occasions". */
export const REPEATED = / (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|multiple|numerous|countless|dozens of) times | (?:twice|thrice|repeatedly) | on (?:several|many|numerous|multiple) occasions /;
