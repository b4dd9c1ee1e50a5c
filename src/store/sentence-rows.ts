/**
 * @module A sentence as the stored index keeps it: split into the columns every question scans (its
 * article, text, people, countries, and whether it is a quote or the title) and its details (typed
 * spans, resolved dates), kept as JSON and parsed only for the sentences an answer reads. A slice
 * holds hundreds of sentences, of which a question reads the spans of a few.
 */
import type { Sentence } from "../facts/types";

/** A sentence's row in the `sentences` table, as written and as read (D1 gives NULL as null). */
export interface SentenceRow {
  id: number;
  article: string;
  text: string;
  /** The person ids, as a JSON list. */
  people: string;
  /** The countries, as a JSON list. */
  countries: string;
  /** 1 when the sentence is from an embedded post, 0 when the record says it is not, null when it says nothing. */
  quote: number | null;
  /** The same for the article's title. */
  title: number | null;
  /** The rest of the record (its spans and dates) as a JSON object, null when there is none. */
  details: string | null;
}

const flag = (value: boolean | undefined): number | null => (value === undefined ? null : value ? 1 : 0);
const unflag = (value: number | null): boolean | undefined => (value === null ? undefined : value === 1);

/**
 * A sentence's row: what build:index writes.
 * @example sentenceRow({ id: 4, article: "a1", text: "Peru and Chile met.", people: [], countries: ["Peru", "Chile"] }).details // null
 */
export function sentenceRow(sentence: Sentence): SentenceRow {
  const { id, article, text, people, countries, quote, title, ...details } = sentence;
  return {
    id,
    article,
    text,
    people: JSON.stringify(people),
    countries: JSON.stringify(countries),
    quote: flag(quote),
    title: flag(title),
    details: Object.keys(details).length ? JSON.stringify(details) : null,
  };
}

/** The columns of {@link SentenceRow}, in the order the table declares them. */
export const SENTENCE_COLUMNS = ["id", "article", "text", "people", "countries", "quote", "title", "details"] as const satisfies readonly (keyof SentenceRow)[];

/** A JSON list, the empty one without parsing (most sentences name no one). */
const list = (text: string): string[] => (text === "[]" ? [] : (JSON.parse(text) as string[]));

/**
 * A sentence read from its row: the scanned fields at once, the details on first read of its spans
 * or dates (read-only: an answer reads a sentence, never changes it; its id is renumbered per slice).
 */
class StoredSentence implements Sentence {
  id: number;
  article: string;
  text: string;
  people: string[];
  countries: string[];
  quote?: boolean;
  title?: boolean;
  #details: string | null;
  #parsed: Pick<Sentence, "dates" | "spans"> | undefined;

  constructor(row: SentenceRow) {
    this.id = row.id;
    this.article = row.article;
    this.text = row.text;
    this.people = list(row.people);
    this.countries = list(row.countries);
    this.quote = unflag(row.quote);
    this.title = unflag(row.title);
    this.#details = row.details;
  }

  get dates(): Sentence["dates"] {
    return this.#read().dates;
  }

  get spans(): Sentence["spans"] {
    return this.#read().spans;
  }

  #read(): Pick<Sentence, "dates" | "spans"> {
    return (this.#parsed ??= this.#details === null ? {} : (JSON.parse(this.#details) as Pick<Sentence, "dates" | "spans">));
  }
}

/**
 * A sentence from its row (see {@link sentenceRow}): the same fields, its details parsed when first read.
 * @example sentenceOf(sentenceRow(sentence)).spans // the sentence's spans, parsed now
 */
export function sentenceOf(row: SentenceRow): Sentence {
  return new StoredSentence(row);
}
