/** @module A made-up FactIndex for the tests of answers that never guess: talks but no phone call, a courtesy call but no credentials, a planned meeting, a meeting with someone else present and one without, a title the article never completed, a signing, a speech, a poet, an ordinal, a meeting read in part, a place taken from an arrival, a father's name inside a name. */
import { FACT_INDEX_VERSION, type FactIndex, type Meeting, type Person, type Sentence, type Span } from "../../src/facts/types";
import { loadKnowledge, type Knowledge } from "../../src/qa/knowledge";
import { meeting } from "./fixture-meeting";
import { intentModel } from "./helpers";

/** Article, text, people named; the typed spans are found below by their words. */
const TEXTS: [string, string, string[]][] = [
  ["g1", "Maldivian Foreign Minister Ilsa Varo held talks with Estonian Foreign Minister Kalev Tamm in Tallinn on 4 March 2024.", ["ilsa-varo", "kalev-tamm"]],
  ["g1", "Varo and Tamm signed a memorandum on maritime training and opened a joint research centre.", ["ilsa-varo", "kalev-tamm"]],
  ["g1", "Varo said the fisheries accord would benefit both island nations.", ["ilsa-varo"]],
  ["g1", "The talks were also attended by Estonian Ambassador Piret Lepp.", ["piret-lepp"]],
  ["g2", "Roving Envoy Tane Moko paid a courtesy call on Samoan Speaker Lui Fale in Apia on 2 June 2024.", ["tane-moko", "lui-fale"]],
  ["g2", "Moko will present his credentials next month, the ministry said.", ["tane-moko"]],
  ["g3", "Varo is scheduled to meet Icelandic Trade Minister Bjorn Olafs in Reykjavik on 10 May 2024.", ["ilsa-varo", "bjorn-olafs"]],
  ["g3", "The Prime Minister welcomed Olafs to the 48th session of the Nordic Council.", ["prime-minister", "bjorn-olafs"]],
  ["g4", "Tamm read a poem by the poet Aino Rebane at the dinner, the guests said.", ["kalev-tamm", "aino-rebane"]],
  ["g5", "Samoan Speaker Lui Fale received Estonian Foreign Minister Kalev Tamm at the Government Palace in Apia on 9 April 2024.", ["lui-fale", "kalev-tamm"]],
  ["g5", "Fale and Bjorn Olafs signed a fisheries charter earlier in the week.", ["lui-fale", "bjorn-olafs"]],
  ["g5", "Tamm arrived on Sunday evening.", ["kalev-tamm"]],
  ["g6", "Estonian Ambassador Mart Saar presented his credentials to Samoan Speaker Lui Fale, with aide Rua Tepa present.", ["mart-saar", "lui-fale", "rua-tepa"]],
  ["g7", "Moko spoke by phone with Rua Tepa on 14 August.", ["tane-moko", "rua-tepa"]],
  // a meeting read in part: the extraction kept Koro and missed Vea
  ["g8", "Maltese Foreign Minister Ivo Borg then held separate meetings with Fijian Foreign Minister Sera Koro and with Tongan Foreign Minister Pita Vea.", ["ivo-borg", "sera-koro", "pita-vea"]],
  ["g8", "Borg will attend a trilateral summit in Valletta next year.", ["ivo-borg"]],
  // a record that took its place from an arrival, while the sentence naming both says where they met
  ["g9", "Chilean Foreign Minister Rosa Paz arrived in Quito on 3 May 2024.", ["rosa-paz"]],
  ["g9", "Earlier that day, Paz and Peruvian Foreign Minister Hugo Lara met at the Foreign Ministry in Lima.", ["rosa-paz", "hugo-lara"]],
  // a father's name inside a name
  ["g10", "Crown Prince Saif bin Rami Tal and Trade Minister Rami Noor opened the Doha fair.", ["saif-bin-rami-tal", "rami-noor"]],
];

/** Spans of the sentences, by type and words (found in the sentence's text). */
const SPANS: [number, Span["type"], string][] = [
  [0, "date", "4 March 2024"],
  [0, "place", "Tallinn"],
  [4, "date", "2 June 2024"],
  [6, "date", "10 May 2024"],
  [7, "ordinal", "48th"],
  [9, "date", "9 April 2024"],
  [13, "date", "14 August"],
  [9, "place", "Apia"],
  [16, "place", "Quito"],
  [16, "date", "3 May 2024"],
  [17, "place", "Lima"],
];

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const SENTENCES: Sentence[] = TEXTS.map(([article, text, people], id) => {
  const spans = SPANS.filter(([s]) => s === id).map(([, type, words]) => ({ type, start: text.indexOf(words), end: text.indexOf(words) + words.length }));
  const dates = spans.filter((x) => x.type === "date").map((x) => {
    const [day, month, year] = text.slice(x.start, x.end).split(" ");
    return { year: Number(year), month: MONTHS.indexOf(month!) + 1, day: Number(day), basis: "explicit" as const, text: text.slice(x.start, x.end) };
  });
  return { id, article, text, people, countries: [], ...(spans.length ? { spans } : {}), ...(dates.length ? { dates } : {}) };
});

function person(id: string, name: string, country: string | undefined, title: string | undefined, article: string, sentence: number): Person {
  return {
    id,
    name,
    names: [name],
    surname: name.split(" ").at(-1)!,
    ...(country ? { country } : {}),
    offices: title ? [{ title, ...(country ? { country } : {}), article, sentence }] : [],
    articles: [article],
  };
}

const PEOPLE: Person[] = [
  { ...person("ilsa-varo", "Ilsa Varo", "Maldives", "Foreign Minister", "g1", 0), articles: ["g1", "g3"] },
  { ...person("kalev-tamm", "Kalev Tamm", "Estonia", "Foreign Minister", "g1", 0), articles: ["g1", "g4", "g5"] },
  person("piret-lepp", "Piret Lepp", "Estonia", "Ambassador", "g1", 3),
  person("tane-moko", "Tane Moko", undefined, "Roving Envoy", "g2", 4),
  person("lui-fale", "Lui Fale", "Samoa", "Speaker", "g2", 4),
  { ...person("bjorn-olafs", "Bjorn Olafs", "Iceland", "Trade Minister", "g3", 6) },
  // a title the article never completed with a name
  person("prime-minister", "Prime Minister", undefined, "Prime Minister", "g3", 7),
  person("aino-rebane", "Aino Rebane", undefined, undefined, "g4", 8),
  person("mart-saar", "Mart Saar", "Estonia", "Ambassador", "g6", 12),
  person("rua-tepa", "Rua Tepa", undefined, undefined, "g6", 12),
  person("ivo-borg", "Ivo Borg", "Malta", "Foreign Minister", "g8", 14),
  person("sera-koro", "Sera Koro", "Fiji", "Foreign Minister", "g8", 14),
  person("pita-vea", "Pita Vea", "Tonga", "Foreign Minister", "g8", 14),
  person("rosa-paz", "Rosa Paz", "Chile", "Foreign Minister", "g9", 16),
  person("hugo-lara", "Hugo Lara", "Peru", "Foreign Minister", "g9", 17),
  person("saif-bin-rami-tal", "Saif bin Rami Tal", "Qatar", "Crown Prince", "g10", 18),
  person("rami-noor", "Rami Noor", "Qatar", "Trade Minister", "g10", 18),
];


const MEETINGS: Meeting[] = [
  {
    ...meeting("t1", "g1", ["ilsa-varo", "kalev-tamm"], { kind: "talks", date: { year: 2024, month: 3, day: 4, basis: "explicit", text: "4 March 2024" }, place: "Tallinn", topics: ["maritime training", "fisheries"], sentences: [0, 1] }),
    participants: [
      { kind: "person", person: "ilsa-varo" },
      { kind: "person", person: "kalev-tamm" },
      { kind: "person", person: "piret-lepp", role: "present" },
    ],
  },
  meeting("c1", "g2", ["tane-moko", "lui-fale"], { kind: "courtesy call", date: { year: 2024, month: 6, day: 2, basis: "explicit", text: "2 June 2024" }, place: "Apia", sentences: [4] }),
  meeting("p1", "g3", ["ilsa-varo", "bjorn-olafs"], { status: "planned", date: { year: 2024, month: 5, day: 10, basis: "explicit", text: "10 May 2024" }, place: "Reykjavik", sentences: [6] }),
  meeting("w1", "g3", ["prime-minister", "bjorn-olafs"], { sentences: [7] }),
  {
    ...meeting("e1", "g6", ["mart-saar", "lui-fale"], { kind: "credentials", date: { year: 2024, month: 5, day: 2, basis: "publication", text: "2024-05-02" }, sentences: [12] }),
    participants: [
      { kind: "person", person: "mart-saar" },
      { kind: "person", person: "lui-fale" },
      { kind: "person", person: "rua-tepa", role: "present" },
    ],
  },
  meeting("a1", "g5", ["lui-fale", "kalev-tamm"], { date: { year: 2024, month: 4, day: 9, basis: "explicit", text: "9 April 2024" }, place: "Apia", sentences: [9] }),
  // a day and month, and no year anywhere in its article
  meeting("y1", "g7", ["tane-moko", "rua-tepa"], { kind: "call", date: { month: 8, day: 14, basis: "explicit", text: "14 August" }, sentences: [13] }),
  meeting("b1", "g8", ["ivo-borg", "sera-koro"], { sentences: [14] }),
  meeting("q1", "g9", ["rosa-paz", "hugo-lara"], { date: { year: 2024, month: 5, day: 3, basis: "explicit", text: "3 May 2024" }, place: "Quito", venue: "the Foreign Ministry", sentences: [16, 17] }),
];

const article = (id: string, title: string, published: string) => ({
  id,
  file: `seeds/${id}.txt`,
  title,
  published,
  body: TEXTS.filter((t) => t[0] === id).map((t) => t[1]).join(" "),
  quotes: [],
});

/**
 * The made-up index.
 * @example loadKnowledge(gatesIndex(), intentModel())
 */
export function gatesIndex(): FactIndex {
  return {
    version: FACT_INDEX_VERSION,
    articles: [
      article("g1", "Maldives and Estonia sign maritime memorandum", "2024-03-04"),
      article("g2", "Roving envoy calls on Samoan Speaker", "2024-06-02"),
      article("g3", "Varo to visit Reykjavik", "2024-04-20"),
      article("g4", "Poetry at the Tallinn dinner", "2024-03-05"),
      article("g5", "Tamm in Apia", "2024-04-10"),
      article("g6", "New Estonian envoy in Apia", "2024-05-02"),
      { ...article("g7", "Moko and Tepa talk by phone", ""), published: undefined },
      article("g8", "Borg's string of meetings", "2024-07-01"),
      article("g9", "Paz and Lara meet", "2024-05-03"),
      article("g10", "Doha fair opens", "2024-05-04"),
    ],
    people: PEOPLE,
    meetings: MEETINGS,
    facts: [{ id: "g5#f1", article: "g5", kind: "arrival", summary: "Kalev Tamm arrived", countries: ["Estonia"], people: ["kalev-tamm"], places: [], counts: [], sentence: 11 }],
    sentences: SENTENCES,
  };
}

/**
 * Knowledge over the made-up index.
 * @example const k = gatesKnowledge();
 */
export function gatesKnowledge(): Knowledge {
  return loadKnowledge(gatesIndex(), intentModel());
}
