/** @module A made-up FactIndex for the conversation tests: people the articles call "he" and "she", a planned meeting, a phone call, someone present, and enough meetings to need a second page. */
import { meeting } from "./fixture-meeting";
import { FACT_INDEX_VERSION, type FactIndex, type Meeting, type Person, type Sentence } from "../../src/facts/types";
import { loadKnowledge, type Knowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

const TEXTS: [string, string, string[]][] = [
  ["d1", "Peruvian Foreign Minister Ana Ortega received Norwegian State Secretary Paul Ruiz in Lima on 3 May 2023.", ["ana-ortega", "paul-ruiz"]],
  ["d1", "She said the two countries would deepen their fisheries cooperation.", ["ana-ortega"]],
  ["d1", "Mr Ruiz thanked his host; Peruvian Ambassador Marta Quispe also attended the meeting.", ["paul-ruiz", "marta-quispe"]],
  ["d1", "Ortega will visit Oslo on 12 June 2023, where she is scheduled to meet Ruiz again.", ["ana-ortega", "paul-ruiz"]],
  ["d2", "Chilean President Tomas Vidal spoke by phone with Ana Ortega on 8 May 2023.", ["tomas-vidal", "ana-ortega"]],
  ["d2", "He invited her to Santiago.", ["tomas-vidal"]],
];

const SENTENCES: Sentence[] = TEXTS.map(([article, text, people], id) => ({ id, article, text, people, countries: [] }));

function person(id: string, name: string, country: string, title: string, article: string, extra: Partial<Person> = {}): Person {
  return { id, name, names: [name], surname: name.split(" ").at(-1)!, country, offices: [{ title, country, article, sentence: 0 }], articles: [article], ...extra };
}

const PEOPLE: Person[] = [
  person("ana-ortega", "Ana Ortega", "Peru", "Foreign Minister", "d1", { articles: ["d1", "d2"] }),
  person("paul-ruiz", "Paul Ruiz", "Norway", "State Secretary", "d1"),
  person("marta-quispe", "Marta Quispe", "Peru", "Ambassador", "d1"),
  person("tomas-vidal", "Tomas Vidal", "Chile", "President", "d2"),
  // delegates of a long list: twelve ministers who each met one envoy
  ...Array.from({ length: 14 }, (_, i) => person(`delegate-${i}`, `Delegate Number${String.fromCharCode(97 + i)}`, "Fiji", "Trade Minister", "d3")),
  person("envoy-lind", "Olaf Lind", "Iceland", "Envoy", "d3"),
];


const MEETINGS: Meeting[] = [
  {
    ...meeting("g1", "d1", ["ana-ortega", "paul-ruiz"], { date: { year: 2023, month: 5, day: 3, basis: "explicit", text: "3 May 2023" }, place: "Lima", sentences: [0, 1, 2] }),
    participants: [
      { kind: "person", person: "ana-ortega" },
      { kind: "person", person: "paul-ruiz" },
      { kind: "person", person: "marta-quispe", role: "present" },
    ],
  },
  meeting("g2", "d1", ["ana-ortega", "paul-ruiz"], { date: { year: 2023, month: 6, day: 12, basis: "explicit", text: "12 June 2023" }, place: "Oslo", status: "planned", sentences: [3] }),
  meeting("g3", "d2", ["tomas-vidal", "ana-ortega"], { kind: "call", date: { year: 2023, month: 5, day: 8, basis: "explicit", text: "8 May 2023" }, sentences: [4] }),
  ...Array.from({ length: 14 }, (_, i) => meeting(`l${i}`, "d3", ["envoy-lind", `delegate-${i}`], { date: { year: 2023, month: 1, day: i + 1, basis: "explicit", text: `${i + 1} January 2023` }, place: "Suva" })),
];

/**
 * The made-up index.
 * @example loadKnowledge(dialogIndex(), intentModel())
 */
export function dialogIndex(): FactIndex {
  return {
    version: FACT_INDEX_VERSION,
    articles: [
      { id: "d1", file: "seeds/d1.txt", title: "Peru and Norway deepen fisheries ties", publisher: "Andes Wire", published: "2023-05-03", url: "https://news.example/d1", body: TEXTS.filter((t) => t[0] === "d1").map((t) => t[1]).join(" "), quotes: [] },
      { id: "d2", file: "seeds/d2.txt", title: "Vidal calls Ortega", author: "Lena Quito", published: "2023-05-08", body: TEXTS.filter((t) => t[0] === "d2").map((t) => t[1]).join(" "), quotes: [] },
      { id: "d3", file: "seeds/d3.txt", title: "Fiji trade round", published: "2023-01-20", body: "Envoy Olaf Lind met fourteen Fijian trade ministers in Suva.", quotes: [] },
    ],
    people: PEOPLE,
    meetings: MEETINGS,
    facts: [],
    sentences: SENTENCES,
  };
}

/**
 * Knowledge over the made-up index.
 * @example const k = dialogKnowledge();
 */
export function dialogKnowledge(): Knowledge {
  return loadKnowledge(dialogIndex(), intentModel());
}
