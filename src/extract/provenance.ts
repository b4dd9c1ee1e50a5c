/**
 * @module Where a meeting's date, place and people were read from (provenance classes), so that a
 * reply can state a fact with confidence only when its class is reliable: the date written in the
 * meeting's own sentence or taken from a neighbouring sentence, the story's lead, the dateline or the
 * publication day; the place written in the meeting's sentences, elsewhere in the article, a capital
 * the article never writes, the dateline's or another meeting's; each person named, or linked by a
 * title or a pronoun.
 */
import type { DateFrom, LinkVia, PartialDate, PlaceFrom } from "../facts/types";
import { fold } from "../nlp/fold";
import type { LocalMeeting } from "./meetings";
import type { PersonRef } from "./people";
import type { Sent } from "./segment";

/** The words of `text` occur, as whole words, in `sentence` (accents and case ignored). */
const writtenIn = (text: string, sentence: string | undefined): boolean => {
  const needle = fold(text).trim();
  return !!needle && !!sentence && ` ${fold(sentence).replace(/[^\p{L}\p{N}]+/gu, " ")} `.includes(` ${needle.replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `);
};

/**
 * The class of a meeting's date: "sentence" when its words are in one of the meeting's sentences,
 * "neighbour" in the sentence just before or after them, "story" elsewhere in the article (the lead's
 * day, another meeting's), or the dateline's, the publication day's, an embedded post's.
 * @example dateFrom({ year: 2024, month: 3, day: 12, basis: "explicit", text: "March 12" }, [3], sents) // "sentence" when sentence 3 reads "… met on March 12"
 */
export function dateFrom(date: PartialDate, sentences: number[], sents: readonly Sent[]): DateFrom {
  if (date.basis === "publication") return "publication";
  if (date.basis === "dateline") return "dateline";
  const own = sentences.map((k) => sents[k]);
  if (own.some((s) => writtenIn(date.text, s?.text))) return own.some((s) => s?.quote !== undefined) && own.every((s) => s?.quote !== undefined) ? "post" : "sentence";
  const near = new Set(sentences.flatMap((k) => [k - 1, k + 1]));
  if ([...near].some((k) => writtenIn(date.text, sents[k]?.text))) return "neighbour";
  return "story";
}

/**
 * The class of a meeting's place: "sentence" when the place is written in one of the meeting's
 * sentences, "article" elsewhere in the article (the lead, the headline, a later sentence), "capital"
 * a city the article never writes (a country's capital from the gazetteer), "dateline" the dateline's,
 * "meeting" another meeting's of the article, "visit" the city of the visit its people are on.
 * @example placeFrom({ place: "Tarsk", placeBasis: "sentence", sentences: [3] }, sents) // "sentence" when sentence 3 reads "… met in Tarsk"
 */
export function placeFrom(m: Pick<LocalMeeting, "place" | "placeBasis" | "sentences">, sents: readonly Sent[]): PlaceFrom | undefined {
  if (!m.place) return undefined;
  if (m.placeBasis === "dateline") return "dateline";
  if (m.placeBasis === "context") return "meeting";
  if (m.placeBasis === "visit") return "visit";
  if (m.sentences.some((k) => writtenIn(m.place!, sents[k]?.text))) return "sentence";
  if (sents.some((s) => writtenIn(m.place!, s.text))) return "article";
  return "capital";
}

/** How strongly a reference names its person: a name over a title, a title over a pronoun. */
const STRENGTH: Record<PersonRef["via"], number> = { name: 4, handle: 4, short: 3, description: 2, pronoun: 1 };

/**
 * How a meeting's person was linked to it: the strongest reference to them in the meeting's
 * sentences ("name", "short" for a surname alone, "description" for a title or office, "pronoun"),
 * or "elsewhere" when none of its sentences refers to them (a list or a meeting told before).
 * @example linkOf(2, [3], refs) // "description" when sentence 3 says "the Veldian minister"
 */
export function linkOf(person: number, sentences: number[], refs: readonly PersonRef[][]): LinkVia {
  const mine = sentences.flatMap((k) => (refs[k] ?? []).filter((r) => r.person === person));
  if (mine.length === 0) return "elsewhere";
  const best = mine.reduce((a, b) => (STRENGTH[b.via] > STRENGTH[a.via] ? b : a));
  return best.via === "handle" ? "name" : best.via;
}
