/** @module The FactIndex: the one contract between build time (src/extract) and run time (src/qa). */

/** Bump when the shape below changes; the Worker refuses an index of another version. */
export const FACT_INDEX_VERSION = 1;

/**
 * A date as precise as the article gives it. `year` is absent when the article gives none
 * ("Feb 4"); `basis` says where the date came from, so an answer can say so.
 *
 * @example { year: 2022, month: 11, day: 25, basis: "relative", text: "On Friday" }
 */
export interface PartialDate {
  year?: number;
  /** 1–12 */
  month?: number;
  /** 1–31 */
  day?: number;
  /**
   * explicit: written out in the sentence; relative: "On Friday", "April 25" resolved against the
   * publication date; dateline: from the article's dateline; publication: only the publication date is known.
   */
  basis: "explicit" | "relative" | "dateline" | "publication";
  /** The words of the article the date was read from. */
  text: string;
}

/** An article of seeds/, cleaned. */
export interface Article {
  /** File stem, e.g. "000_13be3dd44889fa83"; what every other record points at. */
  id: string;
  /** Path relative to the project root, e.g. "seeds/000_13be3dd44889fa83.txt". */
  file: string;
  title?: string;
  /** ISO date from the ` date YYYY-MM-DD` header line. */
  published?: string;
  /** Who published it ("Reuters", "AP"). */
  publisher?: string;
  /** Agency credited inside the text ("AFP", "Kyodo"). */
  credits?: string[];
  url?: string;
  author?: string;
  /** Dateline, e.g. { place: "Almaty", raw: "Almaty, Feb 4 (Kazinform)" }. */
  dateline?: { place?: string; date?: PartialDate; raw: string };
  /** The cleaned body: no image placeholders, rules, share lines or unrelated headline lists. */
  body: string;
  /** The first sentence of the body (after the dateline): a stand-in title when there is none. */
  lead?: string;
  /** Embedded social-media posts, kept apart from the body. */
  quotes: EmbeddedPost[];
}

/** A social-media post quoted inside an article. */
export interface EmbeddedPost {
  text: string;
  /** Display name, e.g. "Cuba Solidarity". */
  author: string;
  /** e.g. "@CubaSolidarity" */
  handle?: string;
  date?: PartialDate;
}

/**
 * How an office was tied to its person (provenance): "title" written right before the name
 * ("Veldian Foreign Minister Varan"); "possessive" the same with a country's possessive ("Veldia's
 * foreign minister Varan"); "title-comma" a title closed off by a comma before the name ("the
 * Ambassador of Veldia, Varan,"); "organisation" a title of an institution before the name ("Speaker
 * of the Orvane Assembly Varan"); "apposition" after the name ("Varan, Veldia's envoy,"); "relative"
 * a relative clause ("Varan, who is Veldia's envoy"); "list" a plural office of a list ("ministers
 * Varan and Telu"); "counterpart" the office of the person whose counterpart they are; "description"
 * a description resolved to the person ("the Veldian envoy" of the one Veldian the article names); "byline" the reporter
 * an article's byline names ("By Varan Telu").
 */
export type OfficeFrom = "title" | "possessive" | "title-comma" | "organisation" | "apposition" | "relative" | "list" | "counterpart" | "description" | "byline";

/**
 * Which step of the extraction gave a person (or an office) its country (provenance): `office/<from>`
 * the country read with the office itself, tied to the name as {@link OfficeFrom} says ("Veldian Foreign
 * Minister Varan": `office/title`; "Veldia's envoy, Varan": `office/apposition`); "mention" a country
 * beside the name with no office ("Varan of Veldia", "Varan (Veldia)"); the later readers of the
 * article's text: "as-office", "listed", "counterpart", "beside", "text" (a party, a delegation, a
 * predecessor, a message borne, a speaker for a country), "late-description", "scene-host" (met where the sentence sets its scene); the inferences from
 * meetings and the page: "meetings" (while they are found), "host" (a meeting's place), "accrediting", "envoy-host", "seat", "dateline",
 * "pair" (the other side of a pair of countries), "attendee", "described", "envoy-posting",
 * "visit-host", "placed-host" (met at home, the meeting placed in its sentence), "weigh" (listed with people of one country), "union" (an
 * office of a union of states, given last); "merge" another article's.
 */
export type CountryFrom =
  | `office/${OfficeFrom}`
  | "office"
  | "mention"
  | "as-office"
  | "listed"
  | "counterpart"
  | "beside"
  | "text"
  | "late-description"
  | "scene-host"
  | "meetings"
  | "host"
  | "accrediting"
  | "envoy-host"
  | "seat"
  | "dateline"
  | "pair"
  | "attendee"
  | "described"
  | "envoy-posting"
  | "visit-host"
  | "placed-host"
  | "weigh"
  | "union"
  | "merge";

/** An office a person holds, as an article states it. */
export interface Office {
  /** e.g. "Deputy Prime Minister and Foreign Minister", "Ambassador", "Health Minister". */
  title: string;
  /** Whose office it is (country name, e.g. "Kazakhstan"). */
  country?: string;
  /** For envoys: the country they are posted to ("Ambassador of Cuba to Kazakhstan"). */
  to?: string;
  /** An organisation the office belongs to ("National People's Congress Standing Committee"). */
  organisation?: string;
  article: string;
  /** Sentence id (index into FactIndex.sentences) that states it. */
  sentence: number;
  /** How the office was tied to its person (see {@link OfficeFrom}). */
  from?: OfficeFrom;
  /** Which step gave `country` (see {@link CountryFrom}); absent when there is no country. */
  countryFrom?: CountryFrom;
}

/** One person across all articles. */
export interface Person {
  /** Stable slug of the canonical name. */
  id: string;
  /** Canonical display name: the fullest spelling seen. */
  name: string;
  /** Every spelling seen in the articles, canonical first. */
  names: string[];
  /** Family name as the articles use it alone ("Bralo", "Neven da Pezo", "Wang"). */
  surname?: string;
  /** Country the person serves, when known. */
  country?: string;
  /** Which step gave `country` (see {@link CountryFrom}); absent when there is no country. */
  countryFrom?: CountryFrom;
  offices: Office[];
  /** Honorifics seen ("Dr."). */
  honorifics?: string[];
  articles: string[];
}

/**
 * How a meeting's person was linked to it in its sentences: by name, by surname alone ("short"), by
 * a title or office ("description"), by a pronoun, or "elsewhere" (none of its sentences refers to them).
 */
export type LinkVia = "name" | "short" | "description" | "pronoun" | "elsewhere";

/** Who took part in a meeting. */
export type Participant =
  | { kind: "person"; person: string; role?: "present"; /** How the person was linked to the meeting (provenance). */ via?: LinkVia }
  | { kind: "group"; name: string; country?: string };

/**
 * Where a meeting's date was read (provenance, finer than `PartialDate.basis`): "sentence" its words
 * are in one of the meeting's sentences; "neighbour" in the sentence just before or after; "story"
 * elsewhere in the article (the lead's day, another meeting's); "dateline"; "publication" (only the
 * publication day); "post" an embedded post's.
 */
export type DateFrom = "sentence" | "neighbour" | "story" | "dateline" | "publication" | "post";

/**
 * Where a meeting's place was read (provenance, finer than `placeBasis`): "sentence" written in one
 * of the meeting's sentences; "article" written elsewhere in the article (lead, headline, a later
 * sentence); "capital" a city the article never writes (a country's capital); "dateline"; "meeting"
 * another meeting's of the article; "visit" the city of the visit the meeting's people are on, told in
 * another sentence ("Varan arrived in Orvane on Monday"; the meeting says nowhere).
 */
export type PlaceFrom = "sentence" | "article" | "capital" | "dateline" | "meeting" | "visit";

/** A meeting, talk, consultation or visit an article reports. */
export interface Meeting {
  id: string;
  article: string;
  /** "credentials": an envoy presented credentials to a head of state; "courtesy call": a visit of respect; "audience": received by a monarch or head of state. */
  kind: "meeting" | "talks" | "consultation" | "visit" | "call" | "credentials" | "courtesy call" | "audience";
  participants: Participant[];
  date?: PartialDate;
  /** When there is no date: "the sidelines of the G20 summit". */
  occasion?: string;
  /** City or country. */
  place?: string;
  /**
   * Where `place` came from: "sentence" (written in a sentence of the meeting), "dateline" (the
   * article's dateline), "context" (an earlier meeting of the same article, "also met"), "visit" (the
   * city of the visit the meeting's people are on, told elsewhere in the article: "Varan arrived in Orvane").
   */
  placeBasis?: "sentence" | "dateline" | "context" | "visit";
  /** Where the date was read (see {@link DateFrom}); absent when there is no date. */
  dateFrom?: DateFrom;
  /** Where the place was read (see {@link PlaceFrom}); absent when there is no place. */
  placeFrom?: PlaceFrom;
  /** Building or institution ("the headquarters of the Ministry of Foreign Affairs"). */
  venue?: string;
  /** Noun phrases of what was discussed ("trade", "cultural and humanitarian ties"). */
  topics: string[];
  /** Sentence ids that report the meeting. */
  sentences: number[];
  /** True when only an embedded post reports it. */
  fromQuote?: boolean;
  /** "planned" for a meeting announced for the future ("will meet", "is scheduled to hold talks"); absent when held. */
  status?: "planned";
  /** The extraction rule that found it (provenance), e.g. a frame row's id. */
  rule?: string;
}

/** A number stated by an article, with what it counts. */
export interface Count {
  /** What is counted, e.g. "in favour", "against", "abstentions", "documents signed". */
  label: string;
  value: number;
  /** Named members of the count ("US", "Israel", "Romania"). */
  members?: string[];
}

/** Any other fact an article states. */
export interface Fact {
  id: string;
  article: string;
  kind:
    | "vote" // a vote with its tallies
    | "count" // "ten documents were signed"
    | "relations" // diplomatic relations established
    | "embassy" // an embassy established
    | "tour" // visits on a tour
    | "event" // an upcoming or past event (summit, session)
    | "arrival"; // a person or delegation arrived
  /** One line a reader understands without the article. */
  summary: string;
  date?: PartialDate;
  /** Country names the fact is about. */
  countries: string[];
  /** Person ids the fact is about. */
  people: string[];
  /** Places named (tour stops, event venue). */
  places: string[];
  counts: Count[];
  /** For events and votes: the thing's name ("Summit of the African Union"). */
  subject?: string;
  sentence: number;
}

/** What a span of a sentence is: the kinds of answer the reader gives. */
export type SpanType = "date" | "time" | "duration" | "number" | "ordinal" | "person" | "country" | "place";

/** A typed span of a sentence's text (character offsets, end exclusive). */
export interface Span {
  type: SpanType;
  start: number;
  end: number;
}

/** Every cleaned sentence, for the retrieval fallback. */
export interface Sentence {
  id: number;
  article: string;
  text: string;
  /** Person ids mentioned (directly or through a resolved description). */
  people: string[];
  countries: string[];
  /** Dates the sentence states, resolved like meeting dates (absent when none). */
  dates?: PartialDate[];
  /** True when the sentence is from an embedded post. */
  quote?: boolean;
  /** True when the sentence is the article's title. */
  title?: boolean;
  /** Dates, times of day, numbers, durations, ordinals, people, countries and places the sentence states, in order (absent when none). */
  spans?: Span[];
}

/** The whole index, as src/generated/fact-index.json holds it. */
export interface FactIndex {
  version: number;
  articles: Article[];
  people: Person[];
  meetings: Meeting[];
  facts: Fact[];
  sentences: Sentence[];
}
