/**
 * @module The kind of a declined reply, read from its first words: which step of answer() gave up
 * and how ("no span of the type asked", "no meeting found", "withheld"). A kind is a fixed label,
 * never the reply's words, so counting kinds is safe on a set kept unread.
 */

/** The reply forms of `missing(…)` in src/qa, most particular first, each with its label. */
const KINDS: [RegExp, string][] = [
  [/^I am not sure the articles answer|^The articles name only one where you ask for several|^The articles do not mention .* where they/i, "withheld: words unsaid / not sure"],
  [/^The articles don't give the office of/i, "no office of the person"],
  [/^The articles don't give the (?:date|year)\b|^The articles don't give since when/i, "reader: no date span"],
  [/^The articles don't give (?:how many|the number of|how (?:much|big|large|high|low)|the figure)\b/i, "reader: no number span"],
  [/^The articles don't give the (?:place|country)\b|^The articles don't give the \p{L}+ (?:of|for|with|between|on|in)\b/iu, "reader: no place span"],
  [/^The articles don't give how long\b/i, "reader: no duration span"],
  [/^The articles don't give which\b/i, "reader: no person/ordinal span"],
  [/^The articles don't give who\b/i, "reader: no person span"],
  [/^The articles don't give\b/i, "reader: no span, other type"],
  [/^The articles give different answers/i, "reader: different answers"],
  [/^The articles don't say why/i, "don't say why"],
  [/^The articles don't say that\.?$|^The articles don't say that\.\s/i, "don't say that (reader found nothing)"],
  [/^The articles don't say what (?:was|will be) (?:discussed|said)|^The articles don't say that was discussed/i, "topics: not said"],
  [/^The articles don't say which\b/i, "thing asked: don't say which"],
  [/^The articles don't say who that is/i, "who_is: don't say who"],
  [/^The articles don't say\b/i, "don't say, other"],
  [/^The articles do not say when (?:that|those|the)/i, "when: not said"],
  [/^The articles? (?:does|do) not say where|^The articles say it was in .*, not where/i, "where: not said"],
  [/^The articles? (?:gives?|do|does) (?:no date|not give the (?:year|day)|not date)/i, "when: date weak or partial"],
  [/^The articles do not say which country/i, "countries: not said"],
  [/^The articles report no (?:planned )?phone call/i, "no call found"],
  [/^The articles report no (?:planned )?meeting or event|^The articles report no (?:planned )?meeting\b|^No — the articles report no/i, "no meeting found"],
  [/^The articles report no other (?:meeting|occasion)/i, "no other occasion"],
  [/^The articles report no (?:planned )?visit/i, "no visit found"],
  [/^The articles report no\b/i, "no meeting of the kind asked"],
  [/^.{0,200}They report no (?:planned )?meeting of .* at all|^.{0,200}What they do report of/i, "nearby: pair not reported"],
  [/^The articles report (?:a meeting|meetings|\d+ meeting).*but do not say/i, "meetings elsewhere than asked"],
  [/^The articles name no one at/i, "who else: no one else"],
  [/^The articles name no\b/i, "no holder of the office asked"],
  [/^The articles name .* only as held before/i, "office held before only"],
  [/^The articles (?:name|mention) .*(?:no record of what they did|do not name them)/i, "named only"],
  [/^The articles give no such number/i, "number: none"],
  [/^My articles do not cover that/i, "not covered"],
  [/^My articles do not mention (?:the |a )?[\p{L} -]+ (?:of|to) \p{Lu}/u, "not mentioned: an office of a country"],
  [/^My articles do not mention \p{Ll}+ \p{Ll}+\.$|^My articles do not mention \p{Lu}\p{Ll}+ \p{Ll}+\.$/u, "not mentioned: a name and a word in lower case"],
  [/^My articles do not mention \p{Ll}+\.$/u, "not mentioned: a word in lower case"],
  [/^My articles do not mention [\p{Lu}\d]{2,}s?\.$/u, "not mentioned: a word in capitals"],
  [/^My articles do not mention/i, "not mentioned: a name or country"],
  [/^No article of mine is/i, "sources: no article"],
  [/^I could not tell/i, "could not tell which / who"],
];

/**
 * The kind of a declined reply (its first line), "other" when no form matches.
 * @example declineKind("My articles do not cover that.\n\nYou could ask: …") // "not covered"
 */
export function declineKind(text: string, withheld: boolean, question = ""): string {
  if (withheld) return "withheld by the confidence gate";
  const head = text.split("\n")[0]?.trim() ?? "";
  const kind = KINDS.find(([form]) => form.test(head))?.[1] ?? "other";
  return kind === "not covered" ? `not covered: ${FORMS.find(([form]) => form.test(question))?.[1] ?? "other form"}` : kind;
}

/** The form of a question no answerer or reader took (a fixed label, never its words). */
const FORMS: [RegExp, string][] = [
  [/^\s*whose\b/i, "whose …"],
  [/^\s*(?:what|which)\s+(?:kind|sort|type)\s+of\b/i, "what kind of …"],
  [/^\s*(?:what|which)\s+(?:\p{L}+\s+){0,3}?(?:did|does|do|is|are|was|were|will|has|have|had)\s+(?!the\s+\p{L}+\s*[?.]?\s*$)\S+\s+\S+/iu, "what / which thing did X …"],
  [/^\s*(?:what|which)\s+(?:is|are|was|were)\b/i, "what is …"],
  [/^\s*(?:what|which)\b/i, "what / which, other"],
  [/^\s*(?:did|does|do|is|are|was|were|has|have|will|can)\b/i, "yes / no"],
  [/^\s*how\b/i, "how …"],
];
