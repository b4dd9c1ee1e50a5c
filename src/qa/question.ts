/** @module A question as the answerers see it: its words, its links to the index, the focus of the conversation. */
import type { Knowledge } from "./knowledge";
import type { Links } from "./link";
import type { Focus } from "./types";

/** What every answerer gets. */
export interface Question {
  text: string;
  knowledge: Knowledge;
  links: Links;
  /** Content terms (lemmas) of the question. */
  terms: string[];
  /** The conversation's focus, when the question leans on it ("when?", "who is he?"). */
  focus?: Focus;
  /** Where a long list starts: 0, or the items already shown when "more" asks for the next page. */
  offset: number;
  /** The question's constraints in words, for "no meeting between A and B"; "" when it names none. */
  describe(): string;
}

/**
 * Describes what a question named, for honest "not found" replies.
 * @example describeLinks(links, (id) => knowledge.people.get(id)?.name) // "between Omar Haddad and Wang Lei"
 */
export function describeLinks(links: Links, nameOf: (id: string) => string | undefined = () => undefined): string {
  const parts: string[] = [];
  const people = links.people.map((m) => (m.ids.length === 1 && !m.byOffice ? (nameOf(m.ids[0] ?? "") ?? m.text) : m.text));
  if (people.length > 1) parts.push(`between ${people.slice(0, -1).join(", ")} and ${people.at(-1)}`);
  else if (people.length === 1) parts.push(`with ${people[0]}`);
  // "in Peru" where the question puts the meeting, "involving Peru" where it asks for its people
  const involving = links.countries.filter((c) => !links.inCountries.includes(c));
  if (involving.length) parts.push(`involving ${involving.join(" and ")}`);
  // (a city asked, "in Ankara", puts its country among them: the city says it)
  const held = links.places.length ? [] : links.inCountries;
  if (held.length) parts.push(`in ${held.join(" or ")}`);
  if (links.places.length) parts.push(`in ${links.places.join(" or ")}`);
  if (links.dates.length) parts.push("on that date");
  if (links.specifics?.length) parts.push(`that mentions “${links.specifics.map((s) => s.asked).join(" ")}”`);
  return parts.join(" ");
}
