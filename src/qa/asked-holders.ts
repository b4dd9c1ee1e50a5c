/** @module The office a question asks for by "which …" ("which Veldian prime minister did Varan meet"): its holders are the answer, chosen by the sentence that tells it. */
import type { Sentence } from "../facts/types";
import { fold } from "../nlp/fold";
import { lookUpCountry } from "./link-countries";
import { nameTokens } from "./names";
import { askedTitleWords, isOfficeWord, isTitleHead, officeMatcher, officePosts, type OfficeMatcher } from "./offices";
import type { Question } from "./question";

/** The office asked for: the holders linked from it, and the words a holder's office must fit. */
export interface AskedOffice {
  ids: ReadonlySet<string>;
  matcher: OfficeMatcher;
}

/**
 * "Which Veldian prime minister was Varan to meet", "what Orvanian minister did Varan see": the title
 * right after "which"/"what" (countries and their words between) is what is asked, and the people
 * linked by it are candidates for the answer, not names the answer must avoid, when the question
 * names the other side by name. Undefined for any other form ("who met the Veldian president": the
 * president is a side, not the answer).
 * @example askedOffice(question)?.ids // Set { "ana-ortega", "paul-ruiz" } for "which peruvian foreign minister did X meet"
 */
export function askedOffice(q: Question): AskedOffice | undefined {
  const words = q.text.trim().split(/[^\p{L}\p{N}'’-]+/u).map((w) => fold(w));
  if (words[0] !== "which" && words[0] !== "what") return undefined;
  const title: string[] = [];
  let country = false;
  for (const w of words.slice(1)) {
    if (isOfficeWord(w)) title.push(...askedTitleWords(w));
    else if (title.length || !lookUpCountry(w)) break;
    else country = true;
  }
  // (the other side named by name selects among the holders, or the country before the title does:
  // "which Veldian leader is to visit Orvane"; "which ambassador spoke Veldian to the president" names
  // neither, and each ambassador of the story may be read)
  // (of two offices, "which Veldian leaders did the king greet", the one asked is the one of the title's head)
  const offices = q.links.people.filter((m) => m.byOffice);
  const head = title.at(-1) ?? "";
  const office = offices.length === 1 ? offices[0] : offices.find((m) => fold(m.text).includes(head));
  if (!office || !(country || q.links.people.some((m) => !m.byOffice)) || !title.some(isTitleHead)) return undefined;
  return { ids: new Set(office.ids), matcher: officeMatcher(title) };
}

/**
 * The holders of the asked office that a sentence names with that office in its own article ("…
 * meetings with Prime Minister A and with the speaker, B": A, not B, when B is a prime minister
 * only in another article): the name words of each, to tell a span of theirs.
 */
export function holdersIn(asked: AskedOffice, s: Sentence, q: Question): string[][] {
  return s.people.flatMap((id) => {
    if (!asked.ids.has(id)) return [];
    const person = q.knowledge.people.get(id);
    const held = person?.offices.some((o) => o.article === s.article && asked.matcher.fits(officePosts(o.title, o.organisation)));
    return held ? [person!.names.flatMap(nameTokens)] : [];
  });
}
