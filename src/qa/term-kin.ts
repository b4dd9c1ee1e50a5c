/**
 * @module The words news writes one for another, which a reply may show a question's word by (see
 * ./asked-terms): groups of kin, each a row with the ways articles and questions write it. General
 * knowledge of diplomatic news, not of any article; the contact and arrival words, an act's kin and a
 * counted thing's kin live with the answers that read them (./answer-type, ./answerers/read-thing)
 * and are joined to these in asked-terms.
 */

/**
 * Words told as a contact (joined to the contact words of ./answer-type): the acts of a meeting's chair
 * or host ("co-chaired the consultations with Telu", "chaired the joint commission", "presided over the
 * talks") and a briefing ("Varan briefed the Veldian minister").
 */
export const CONTACT_KIN: readonly string[] = ["brief", "chair", "co-chair", "cochair", "preside"];

/**
 * Kin words, each group one act or occasion in its words (as written: asked-terms compares their
 * stems); a word in two groups has the kin of both:
 * - credentials and the letters that are them, and their act: "presented her letter of introduction to
 *   the prime minister", "letters of credence", "handed over a copy of his credentials", "the
 *   credentials ceremony";
 * - a journey in its words: "visit", "visiting", "visitor", "trip", "tour", "travel", "journey",
 *   "coming to Tarsk";
 * - a joint body of two states in its words: "the joint commission", "the bi-national commission", "the
 *   binational commission", "the intergovernmental commission";
 * - a gathering in its words: "summit", "conference", "forum", "meeting of the heads of state";
 * - a share told as a percentage: "what share of its gas comes from Orvane" by "buys about 20 percent
 *   of the gas it consumes from Orvane", "a proportion of";
 * - a value told as a worth: "the total value of the package" by "a package worth 15 million";
 * - a target told as an aim or a goal: "what trade target did they mention" by "the aim of lifting
 *   trade to 10 billion", "their goal of".
 */
export const TERM_KIN: readonly (readonly string[])[] = [
  ["credentials", "credence", "letter", "introduction", "copy", "present", "ceremony"],
  ["visit", "visiting", "visitor", "trip", "tour", "travel", "journey", "come"],
  ["joint", "binational", "bi-national", "intergovernmental"],
  ["summit", "conference", "forum"],
  ["share", "percent", "proportion"],
  ["value", "worth"],
  ["target", "aim", "goal"],
];

/**
 * Words that frame an occasion without naming it, which a right reply seldom repeats (the occasion is
 * the name after them): "met on the sidelines of the Veldian summit", "on the margins of the council",
 * "on the fringes of the forum"; the side a person heads ("who led the Veldian delegation", "who headed
 * the Orvanian side"); the kind of a meeting or visit the index does not keep ("made a state visit",
 * "an official visit", "a working lunch", "held bilateral talks", "their formal talks", "a private
 * meeting", "what kind of dialogue").
 */
export const FRAMING_WORDS: readonly string[] = ["sideline", "sidelines", "margin", "margins", "fringe", "fringes", "delegation", "side", "state", "official", "working", "bilateral", "formal", "private", "kind"];

/**
 * Words that place an act in time relative to another or in the plans, which a reply gives as a date
 * instead: "the new ambassadors", "later the same day", "earlier that week", "their latest call", "is
 * expected in Tarsk", "is scheduled to call on Telu", "is due to visit".
 */
export const RELATIVE_TIME_WORDS: readonly string[] = ["new", "later", "earlier", "latest", "expected", "expect", "scheduled", "schedule", "due"];
