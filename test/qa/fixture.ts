/** @module A hand-made FactIndex in the shape the extractor gives, modelled on two kinds of article, for the QA tests. */
import { meeting } from "./fixture-meeting";
import { FACT_INDEX_VERSION, type FactIndex, type Meeting, type Person } from "../../src/facts/types";

const BODIES: Record<string, string> = {
  a1: "Nursultan, Feb 4 (RHC) Kazakhstan's Deputy Prime Minister and Foreign Minister Muxtar Tleuberdi and Cuban Ambassador to Kazakhstan Emilio Pevida noted the current state and prospects of bilateral relations. During the meeting at the headquarters of the Ministry of Foreign Affairs, the parties discussed ways to expand cooperation in different spheres of development. He said that the interaction with Kazakhstan reached the areas of health, biotechnology, tourism and sports.",
  a2: "On Friday, Cuban President Miguel Diaz-Canel held a meeting with Chinese Premier Li Keqiang in Beijing. Their conversation took place in the context of an international tour in which the Cuban President previously visited Algeria, Russia and Türkiye. Li noted that China will continue to provide assistance and support to Cuba within its capacity. The 1992 vote saw 59 countries in support, 3 against (US, Israel, Romania) and 71 abstentions. In 2022 the vote was 185 in favour, with just the US and Israel against. On Friday, Diaz-Canel also met with Li Zhanshu, the chairman of the National People's Congress (NPC) Standing Committee.",
  a3: "New York (ST): On the sidelines of the 76th session of the United Nations General Assembly, Foreign and Expatriates Minister Dr. Faisal al-Miqdad discussed with his Cuban counterpart Bruno Rodrigues ways to develop bilateral relations. Dr. Miqdad also discussed with the Deputy Prime Minister and Minister of Foreign Affairs of Kazakhstan Mukhtar Tilberdi prospects of strengthening diplomatic relations between the two countries. Diplomatic relations between Syria and Cuba were established on March 27, 1961. In total, ten documents were signed between Syria and Cuba.",
};

function sentences() {
  const out: FactIndex["sentences"] = [];
  for (const [article, body] of Object.entries(BODIES)) {
    for (const text of body.split(/(?<=\.)\s+(?=[A-Z])/)) out.push({ id: out.length, article, text, people: [], countries: [] });
  }
  return out;
}

const SENTENCES = sentences();
const sentenceOf = (needle: string) => SENTENCES.find((s) => s.text.includes(needle))?.id ?? 0;

function person(id: string, names: string[], surname: string, country: string, title: string, article: string, extra: Partial<Person> = {}): Person {
  return {
    id,
    name: names[0] ?? id,
    names,
    surname,
    country,
    offices: [{ title, country, article, sentence: sentenceOf(surname) }],
    articles: [article],
    ...extra,
  };
}

const PEOPLE: Person[] = [
  (() => {
    const p = person("muxtar-tleuberdi", ["Muxtar Tleuberdi", "Mukhtar Tilberdi"], "Tleuberdi", "Kazakhstan", "Deputy Prime Minister and Foreign Minister", "a1", { articles: ["a1", "a3"] });
    p.offices.push({ title: "Deputy Prime Minister and Minister of Foreign Affairs", country: "Kazakhstan", article: "a3", sentence: 10 });
    return p;
  })(),
  { ...person("emilio-pevida", ["Emilio Pevida"], "Pevida", "Cuba", "Ambassador", "a1"), offices: [{ title: "Ambassador", country: "Cuba", to: "Kazakhstan", article: "a1", sentence: 0 }] },
  person("miguel-diaz-canel", ["Miguel Diaz-Canel"], "Diaz-Canel", "Cuba", "President", "a2"),
  person("li-keqiang", ["Li Keqiang"], "Li", "China", "Premier", "a2"),
  { ...person("li-zhanshu", ["Li Zhanshu"], "Li", "China", "Chairman", "a2"), offices: [{ title: "Chairman", country: "China", organisation: "National People's Congress (NPC) Standing Committee", article: "a2", sentence: 5 }] },
  person("faisal-al-miqdad", ["Faisal al-Miqdad", "Miqdad", "Mikdad"], "Miqdad", "Syria", "Foreign and Expatriates Minister", "a3", { honorifics: ["Dr."] }),
  person("bruno-rodrigues", ["Bruno Rodrigues"], "Rodrigues", "Cuba", "Foreign Minister", "a3"),
  { ...person("carlos-valdes", ["Carlos Valdés"], "Valdés", "Cuba", "Ambassador", "a3"), offices: [{ title: "Ambassador", country: "Cuba", to: "Syria", article: "a3", sentence: 9 }] },
];


const MEETINGS: Meeting[] = [
  meeting("m1", "a1", ["muxtar-tleuberdi", "emilio-pevida"], {
    date: { month: 2, day: 4, basis: "dateline", text: "Feb 4" },
    place: "Nursultan",
    venue: "the headquarters of the Ministry of Foreign Affairs",
    topics: ["ways to expand cooperation in different spheres of development"],
    sentences: [0, 1],
  }),
  meeting("m2", "a2", ["miguel-diaz-canel", "li-keqiang"], {
    date: { year: 2022, month: 11, day: 25, basis: "relative", text: "On Friday" },
    place: "Beijing",
    topics: ["agriculture", "infrastructure", "e-commerce", "clean energy"],
    sentences: [3],
  }),
  meeting("m3", "a2", ["miguel-diaz-canel", "li-zhanshu"], {
    date: { year: 2022, month: 11, day: 25, basis: "relative", text: "On Friday" },
    place: "Beijing",
    sentences: [8],
  }),
  meeting("m4", "a3", ["faisal-al-miqdad", "bruno-rodrigues"], {
    kind: "talks",
    place: "New York",
    occasion: "the sidelines of the 76th session of the United Nations General Assembly",
    topics: ["bilateral relations", "joint coordination"],
    sentences: [9],
  }),
  meeting("m5", "a3", ["faisal-al-miqdad", "muxtar-tleuberdi"], {
    kind: "talks",
    place: "New York",
    occasion: "the sidelines of the 76th session of the United Nations General Assembly",
    topics: ["prospects of strengthening diplomatic relations"],
    sentences: [10],
  }),
];

/**
 * The fixture index.
 * @example const knowledge = loadKnowledge(fixtureIndex(), model);
 */
export function fixtureIndex(): FactIndex {
  return {
    version: FACT_INDEX_VERSION,
    articles: [
      { id: "a1", file: "seeds/a1.txt", title: "Cuba and Kazakhstan highlight relations of friendship and cooperation", publisher: "Radio Habana Cuba", dateline: { place: "Nursultan", raw: "Nursultan, Feb 4 (RHC)", date: { month: 2, day: 4, basis: "dateline", text: "Feb 4" } }, body: BODIES.a1 ?? "", quotes: [] },
      { id: "a2", file: "seeds/a2.txt", title: "Diaz-Canel meets Li Keqiang", published: "2022-11-25", body: BODIES.a2 ?? "", quotes: [] },
      { id: "a3", file: "seeds/a3.txt", title: "Mikdad discusses strengthening bilateral relations with the foreign ministers of Cuba and Kazakhstan", publisher: "ST", body: BODIES.a3 ?? "", quotes: [] },
    ],
    people: PEOPLE,
    meetings: MEETINGS,
    facts: [
      { id: "f1", article: "a2", kind: "tour", summary: "Miguel Diaz-Canel visited Algeria, Russia and Türkiye before China.", countries: ["Algeria", "Russia", "Türkiye"], people: ["miguel-diaz-canel"], places: ["Algeria", "Russia", "Türkiye"], counts: [], sentence: 4 },
      { id: "f2", article: "a2", kind: "vote", summary: "The 1992 UN vote on ending the US blockade of Cuba: 59 in support, 3 against, 71 abstentions.", date: { year: 1992, basis: "explicit", text: "1992" }, countries: ["Cuba", "United States"], people: [], places: [], counts: [{ label: "in favour", value: 59 }, { label: "against", value: 3, members: ["US", "Israel", "Romania"] }, { label: "abstentions", value: 71 }], sentence: 6 },
      { id: "f3", article: "a2", kind: "vote", summary: "The 2022 UN vote on ending the US blockade of Cuba: 185 in favour, 2 against.", date: { year: 2022, basis: "explicit", text: "2022" }, countries: ["Cuba", "United States"], people: [], places: [], counts: [{ label: "in favour", value: 185 }, { label: "against", value: 2, members: ["US", "Israel"] }], sentence: 7 },
      { id: "f4", article: "a3", kind: "relations", summary: "Diplomatic relations between Syria and Cuba were established.", date: { year: 1961, month: 3, day: 27, basis: "explicit", text: "March 27, 1961" }, countries: ["Syria", "Cuba"], people: [], places: [], counts: [], sentence: 11 },
      { id: "f5", article: "a3", kind: "count", summary: "Ten documents were signed between Syria and Cuba.", countries: ["Syria", "Cuba"], people: [], places: [], counts: [{ label: "documents signed", value: 10 }], sentence: 12 },
    ],
    sentences: SENTENCES,
  };
}
