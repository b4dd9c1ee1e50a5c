/** @module "Where is X from?", "which country is X from?", "what nationality is X?": the country a person serves, from their record. */
import { personInline } from "../format";
import type { Question } from "../question";
import type { Reply } from "../reply";
import type { Inline } from "../types";

/**
 * A question about where someone comes from, not where they were: "where is X from", "which country does X represent", "which
 * country is X the foreign minister of" (devH e204, heldout16 q206, exchange66 x1082), "X's nationality".
 */
const ORIGIN = /^\s*(?:where\s+(?:is|was|are|were)\b.*\bfrom\b|where\s+(?:does|do)\b.*\bcomes?\s+from\b|(?:which|what)\s+(?:country|nation)\s+(?:is|was|are|were|does|do|did)\b.*\b(?:from|represents?|serves?)\b|(?:which|what)\s+(?:country|nation)\s+(?:is|was|are|were)\s+\S.*\s(?:of|for)\s*[?.!]*\s*$|(?:which|what)\s+nationality\b|what\s+(?:is|was)\b.*\bnationality\b)/i;

/** People of one name answered at most (a family name several people share). */
const LISTED = 3;

/**
 * Answers where the person a question names is from, when the index ties them to a country (each
 * of the few a family name may mean, those of a known country); undefined otherwise (nobody of a
 * known country, several people asked, another question).
 * @example answerOrigin(question of "Where is Varan from?") // { kind: "reply", body: [{ kind: "para", content: [{ bold: "Rush Varan" }, " (…)", " is from ", { bold: "Veldia" }, "."] }], … }
 */
export function answerOrigin(q: Question): Reply | undefined {
  if (!ORIGIN.test(q.text) || q.links.people.length > 1 || q.links.places.length || q.links.countries.length) return undefined;
  // "where is she from?": the people in focus (answer() keeps only those the pronoun fits)
  const ids = q.links.people[0]?.ids ?? q.focus?.people ?? [];
  if (ids.length > LISTED) return undefined;
  const known = ids.flatMap((id) => {
    const person = q.knowledge.people.get(id);
    // the country they serve; else the one country the index ties them to (an envoy's posting is not theirs)
    const tied = [...(q.knowledge.countriesOf.get(id) ?? [])];
    const country = person?.country ?? (tied.length === 1 ? tied[0] : undefined);
    return person && country ? [{ person, country, article: person.offices.find((o) => o.country === country)?.article ?? person.articles[0] }] : [];
  });
  if (known.length === 0) return undefined;
  const line = ({ person, country }: (typeof known)[number]): Inline[] => [...personInline(person), " is from ", { bold: country }, "."];
  return {
    kind: "reply",
    body: [known.length === 1 ? { kind: "para", content: line(known[0]!) } : { kind: "list", items: known.map(line) }],
    articles: known.flatMap((k) => (k.article ? [k.article] : [])),
    focus: { people: known.map((k) => k.person.id), countries: [...new Set(known.map((k) => k.country))] },
  };
}
