/** @module Tests of articles in formats the seeds do not have: a wire story, a ministry's press release, a phone call and a hosted visit. */
import { describe, expect, it } from "vitest";
import { readDateline, readSignOff } from "../../src/extract/dateline";
import { extractIndex } from "../../src/extract/index";
import { FIXTURES, indexOf, meetingKey, personNamed } from "./helpers";

const fixtures = indexOf(FIXTURES);
const indexOfText = (text: string, published = "2025-01-10") => extractIndex([{ file: "t/x.txt", text: ` date ${published}\n${text}` }]);
/** The meetings held (not planned) a text reports, as "A + B". */
const meetingsOf = (text: string, published?: string) => {
  const index = indexOfText(text, published);
  return index.meetings.filter((m) => m.status !== "planned").map((m) => meetingKey(index, m));
};
const plannedOf = (text: string) => {
  const index = indexOfText(text);
  return index.meetings.filter((m) => m.status === "planned").map((m) => meetingKey(index, m));
};
const articleOf = (id: string) => fixtures.articles.find((a) => a.id === id);
const meetingsIn = (id: string) => fixtures.meetings.filter((m) => m.article === id);

describe("meetings written with other verbs", () => {
  it("returns a meeting for 'called on', 'paid a courtesy call on', 'sat down with', 'consulted with' and 'was received by'", () => {
    const pair = ["Musalia Mudavadi", "Xi Jinping"].join(" + ");
    for (const verb of ["also called on", "paid a courtesy call on", "sat down with", "consulted with", "was received by", "conferred with", "hosted"]) {
      expect(meetingsOf(`Kenyan Foreign Minister Musalia Mudavadi ${verb} Chinese President Xi Jinping in Beijing.`), verb).toEqual([pair]);
    }
  });

  it("returns a meeting for 'called on X and conveyed an invitation to visit …'", () => {
    expect(meetingsOf("Japanese Foreign Minister Taro Kono also called on Prime Minister Imran Khan and conveyed an invitation to visit Tokyo later this year.")).toEqual(["Imran Khan + Taro Kono"]);
  });

  it("returns no meeting for an appeal ('called on X to …'), and a planned one for a visit still to come", () => {
    expect(indexOfText("Kenyan President William Ruto called on Chinese President Xi Jinping to lift the tariffs.").meetings).toEqual([]);
    expect(meetingsOf("Kenyan Foreign Minister Musalia Mudavadi will pay a courtesy call on Chinese President Xi Jinping.")).toEqual([]);
    expect(plannedOf("Kenyan Foreign Minister Musalia Mudavadi will pay a courtesy call on Chinese President Xi Jinping.")).toEqual(["Musalia Mudavadi + Xi Jinping"]);
    expect(plannedOf("Kenyan Foreign Minister Musalia Mudavadi is expected to sit down with Chinese President Xi Jinping.")).toEqual(["Musalia Mudavadi + Xi Jinping"]);
  });

  it("returns the date of the call, not the 'later this year' of the invitation", () => {
    const index = indexOfText("NEW DELHI — Japanese Foreign Minister Taro Kono met Indian Foreign Minister Sushma Swaraj on Monday. Kono also called on Prime Minister Imran Sharma and conveyed an invitation to visit Tokyo later this year.");
    expect(index.meetings.map((m) => m.date?.day)).toEqual([6, 6]);
  });

  it("returns a consultation, a call and a hosted visit of the unseen fixtures", () => {
    expect(meetingsIn("g_rabat_wire")[0]).toMatchObject({ kind: "consultation", place: "Rabat", date: { year: 2025, month: 6, day: 13 } });
    expect(meetingsIn("i_brasilia_call").filter((m) => m.status !== "planned").map((m) => [m.kind, m.date?.day])).toEqual([["call", 18], ["meeting", 19]]);
    // "Sheinbaum is expected to pay a state visit to Brazil in March": a planned meeting with Brazil's president, the call's other side.
    expect(meetingsIn("i_brasilia_call").filter((m) => m.status === "planned").map((m) => [m.date?.month, m.place])).toEqual([[3, "Brasilia"]]);
    expect(meetingsIn("h_dakar_release")[0]).toMatchObject({ place: "Dakar", date: { year: 2025, month: 9, day: 2 } });
  });

  it("returns no meeting for two officials named together who did not meet", () => {
    const keys = fixtures.meetings.map((m) => meetingKey(fixtures, m));
    expect(keys.filter((k) => k.includes("Ahmed Attaf") || k.includes("Gustavo Petro") || k.includes("Pedro Sánchez"))).toEqual([]);
  });
});

describe("the country of a bare title", () => {
  it("returns the dateline's country for 'Prime Minister X' when the article names officials of that country", () => {
    expect(personNamed(fixtures, "Aziz Akhannouch")).toMatchObject({ country: "Morocco", offices: [{ title: "Prime Minister", country: "Morocco" }] });
    expect(personNamed(fixtures, "Bassirou Diomaye Faye")?.country).toBe("Senegal");
  });

  it("returns no country without a dateline or without an official of the dateline's country", () => {
    const undated = indexOfText("Japanese Foreign Minister Taro Kono called on Prime Minister Imran Sharma.");
    expect(personNamed(undated, "Imran Sharma")?.country).toBeUndefined();
    const foreign = indexOfText("GENEVA — Japanese Foreign Minister Taro Kono called on Prime Minister Imran Sharma.");
    expect(personNamed(foreign, "Imran Sharma")?.country).toBeUndefined();
  });

  it("returns the envoy's country, not the dateline's, for the head of state whose message an envoy brings", () => {
    const message = indexOfText("MADRID — Mexican Foreign Secretary Alicia Bárcena met Spanish Foreign Minister José Manuel Albares on Tuesday. Bárcena conveyed a message from President Ramon Ortega.");
    expect(personNamed(message, "Ramon Ortega")?.country).toBe("Mexico");
    const greetings = indexOfText("KAMPALA — President Yoweri Museveni received Kenya's new High Commissioner, Joash Maangi. Maangi carried greetings from President William Ruto.");
    expect(personNamed(greetings, "William Ruto")?.country).toBe("Kenya");
  });

  it("returns the dateline's country for a bare title only when the text names that country, and not for someone it places elsewhere", () => {
    const kenya = indexOfText(
      "Nairobi, May 4 (Prensa Latina) - Tanzanian President Samia Suluhu Hassan began a state visit to Kenya, holding talks with her host, President Uhuru Kenyatta. Her first trip took her to Uganda in April, where she and President Yoweri Museveni signed agreements.",
    );
    expect(personNamed(kenya, "Uhuru Kenyatta")?.country).toBe("Kenya");
    expect(personNamed(kenya, "Yoweri Museveni")?.country).not.toBe("Kenya");
  });

  it("returns no country when an official of the dateline's country already holds that title", () => {
    const index = indexOfText("CAIRO — Egyptian Prime Minister Mostafa Madbouly met Prime Minister Ion Popescu on Monday.");
    expect(personNamed(index, "Ion Popescu")?.country).toBeUndefined();
  });
});

describe("upcoming visits", () => {
  it("returns a planned visit with the person, the place and 'next year' as a year", () => {
    const [fact] = fixtures.facts.filter((f) => f.article === "g_rabat_wire" && f.subject === "upcoming visit");
    expect(fact).toMatchObject({ kind: "tour", people: ["pedro-sanchez"], places: ["Morocco"], date: { year: 2026, basis: "relative", text: "next year" } });
    const [march] = fixtures.facts.filter((f) => f.article === "i_brasilia_call" && f.subject === "upcoming visit");
    expect(march).toMatchObject({ people: ["claudia-sheinbaum"], places: ["Brazil"], date: { year: 2026, month: 3 } });
  });

  it("returns a year resolved against the dateline when there is no publication date, and none when there is neither", () => {
    const dated = extractIndex([{ file: "t/x.txt", text: "Hanoi, March 12, 2024 (VNA) – The ambassador said Brazilian President Luiz Lula da Silva plans to visit Vietnam next year." }]);
    expect(dated.facts.find((f) => f.subject === "upcoming visit")?.date).toMatchObject({ year: 2025, text: "next year" });
    const undated = extractIndex([{ file: "t/x.txt", text: "The ambassador said Brazilian President Luiz Lula da Silva plans to visit Vietnam next year." }]);
    const fact = undated.facts.find((f) => f.subject === "upcoming visit");
    expect(fact?.places).toEqual(["Vietnam"]);
    expect(fact?.date).toBeUndefined();
  });

  it("returns no upcoming visit for an invitation or a visit made", () => {
    const index = indexOfText("Japanese Foreign Minister Taro Kono conveyed an invitation to visit Tokyo. Kono visited Nepal in May.");
    expect(index.facts.filter((f) => f.subject === "upcoming visit")).toEqual([]);
  });
});

describe("counts of a press release", () => {
  it("returns the agreements signed between the two countries and the size of the delegation", () => {
    const counts = fixtures.facts.filter((f) => f.article === "h_dakar_release" && f.kind === "count");
    expect(counts.map((f) => f.summary)).toEqual(["35 business leaders in the delegation of Nasser Bourita", "3 agreements signed between Senegal and Morocco"]);
  });
});

describe("wire and release furniture", () => {
  it("returns a wire dateline with its country, and the byline's agency as publisher", () => {
    expect(readDateline("RABAT, Morocco (AP) — The ministers met.")).toMatchObject({ place: "Rabat", agency: "AP", rest: "The ministers met." });
    expect(articleOf("g_rabat_wire")).toMatchObject({ author: "LUCIA MORENO", publisher: "Associated Press", dateline: { place: "Rabat" } });
    expect(personNamed(fixtures, "Lucia Moreno")).toBeUndefined();
  });

  it("returns a press release's closing place and date as its dateline, out of the body", () => {
    expect(articleOf("h_dakar_release")?.dateline).toMatchObject({ place: "Dakar", date: { year: 2025, month: 9, day: 3 } });
    expect(articleOf("h_dakar_release")?.body).not.toContain("Directorate");
    expect(readSignOff("Dakar, 3 September 2025", () => true)?.place).toBe("Dakar");
    expect(readSignOff("Senegal, 3 September 2025 marks the day the ministers met and signed the accords.", () => true)).toBeUndefined();
    expect(readSignOff("Fall, 3 September 2025", () => false)).toBeUndefined();
  });

  it("returns a wire's staff credits apart, never as people", () => {
    expect(articleOf("i_brasilia_call")?.credits).toEqual(["Lisandra Paraguassu", "Brad Haynes"]);
    expect(articleOf("i_brasilia_call")?.body).not.toContain("Reporting");
  });

  it("returns one person for an Arabic name transliterated two ways across articles", () => {
    expect(personNamed(fixtures, "Nacer Bourita")?.names).toEqual(expect.arrayContaining(["Nasser Bourita", "Nacer Bourita"]));
    expect(personNamed(fixtures, "Nacer Bourita")?.articles).toEqual(["g_rabat_wire", "h_dakar_release"]);
  });
});

describe("a phone call and a joint press conference (Arabic names)", () => {
  it("returns a received phone call as a call with no place, neither the dateline nor the topic's 'situation in Gaza'", () => {
    const [call, meeting] = meetingsIn("j_riyadh_phone");
    expect(call).toMatchObject({ kind: "call", date: { year: 2024, month: 10, day: 7 } });
    expect(call?.place).toBeUndefined();
    expect(call?.topics).toEqual(expect.arrayContaining(["situation in Gaza", "bilateral relations"]));
    expect(meeting).toMatchObject({ place: "Riyadh", date: { day: 8 } });
  });

  it("returns 'Prince' after an office as an honorific, and 'Crown Prince' as the office", () => {
    expect(personNamed(fixtures, "Faisal bin Farhan")?.offices[0]).toMatchObject({ title: "Foreign Minister", country: "Saudi Arabia" });
    expect(personNamed(fixtures, "Badr Abdelatty")?.offices[0]).toMatchObject({ title: "Foreign Minister", country: "Egypt" });
    expect(personNamed(fixtures, "Mohammed bin Salman")?.offices[0]).toMatchObject({ title: "Crown Prince", country: "Saudi Arabia" });
  });

  it("returns the agreements signed even with their worth between count and verb", () => {
    expect(fixtures.facts.find((f) => f.article === "j_riyadh_phone")?.summary).toBe("14 agreements signed between Saudi Arabia and Egypt");
  });
});

describe("a Spanish double surname in the headline before the full name", () => {
  it("returns one person for the headline's surname and the body's full name", () => {
    const amlo = personNamed(fixtures, "López Obrador");
    expect(amlo?.name).toBe("Andrés Manuel López Obrador");
    expect(fixtures.people.filter((p) => p.names.some((n) => n.includes("Obrador")))).toHaveLength(1);
  });

  it("returns no meeting for leaders who were only in the same city, or who never met", () => {
    expect(meetingsIn("k_mexico_madrid").map((m) => meetingKey(fixtures, m))).toEqual(["Alicia Bárcena + José Manuel Albares"]);
  });
});

describe("meetings to come and meetings reported around them", () => {
  it("returns a call written as an opening phrase: 'In a telephone conversation with X on Wednesday, Y discussed …'", () => {
    const call = meetingsIn("l_jakarta").find((m) => m.kind === "call");
    expect(call && meetingKey(fixtures, call)).toBe("Ferdinand Marcos Jr. + Joko Widodo");
    expect(call).toMatchObject({ date: { year: 2024, month: 8, day: 28 }, topics: ["South China Sea"] });
  });

  it("returns a planned meeting, not a held one, for 'ahead of talks with X' or 'scheduled to visit … for talks with X'", () => {
    const keys = (status?: "planned") => fixtures.meetings.filter((m) => m.status === status).map((m) => meetingKey(fixtures, m));
    expect(keys()).not.toContain("Anthony Albanese + Anwar Ibrahim");
    expect(keys()).not.toContain("Wang Yi + Yoko Kamikawa");
    expect(keys("planned")).toEqual(expect.arrayContaining(["Anthony Albanese + Anwar Ibrahim", "Wang Yi + Yoko Kamikawa"]));
    expect(indexOfText("Before the meeting with Chinese President Xi Jinping, Kenyan President William Ruto toured a port.").meetings).toEqual([]);
  });

  it("returns the day of the meeting, not the day or place of the dialogue it prepares", () => {
    const prep = meetingsIn("l_jakarta").find((m) => meetingKey(fixtures, m) === "Penny Wong + Retno Marsudi");
    expect(prep).toMatchObject({ place: "Jakarta", date: { year: 2024, month: 8, day: 29 } });
  });

  it("returns 'last month' as the month before publication, and 'next month' ahead for a planned visit", () => {
    const busan = meetingsIn("m_seoul").find((m) => m.place === "Busan");
    expect(busan?.date).toMatchObject({ year: 2023, month: 11, basis: "relative", text: "last month" });
    const visit = fixtures.facts.find((f) => f.article === "m_seoul" && f.subject === "upcoming visit");
    expect(visit).toMatchObject({ places: ["Tokyo"], date: { year: 2024, month: 1 } });
  });

  it("returns how many delegates attended", () => {
    expect(fixtures.facts.find((f) => f.subject === "attendance")).toMatchObject({ article: "l_jakarta", counts: [{ label: "delegates attended", value: 120 }] });
  });
});

describe("titles written after the name, in lower case, and given names that look like titles", () => {
  it("returns the counterpart of a foreign secretary as a foreign secretary, not a foreign minister", () => {
    expect(personNamed(fixtures, "Jashim Uddin")?.offices[0]).toMatchObject({ title: "Foreign Secretary", country: "Bangladesh" });
    expect(personNamed(fixtures, "Ishaq Dar")?.offices[0]).toMatchObject({ title: "Deputy Prime Minister and Foreign Minister", country: "Pakistan" });
  });

  it("returns 'Amir' after an office as part of the name", () => {
    expect(personNamed(fixtures, "Amir Khan Muttaqi")?.offices[0]).toMatchObject({ title: "Acting Foreign Minister", country: "Afghanistan" });
  });

  it("returns no meeting for two officials who attended another event, and a visit still to be hosted as planned", () => {
    const keys = meetingsIn("n_islamabad").filter((m) => m.status !== "planned").map((m) => meetingKey(fixtures, m));
    expect(keys.some((k) => k.includes("Asim Munir") || k.includes("Muttaqi"))).toBe(false);
    expect(meetingsIn("n_islamabad").filter((m) => m.status === "planned").map((m) => meetingKey(fixtures, m))).toEqual(["Amir Khan Muttaqi + Ishaq Dar"]);
    expect(meetingsOf("Kenyan President William Ruto and Chinese President Xi Jinping attended the opening of the games in Beijing.")).toEqual([]);
  });
});

describe("monarchs and offices of people known to serve a country", () => {
  it("returns a monarch's name with its regnal number", () => {
    expect(personNamed(fixtures, "Felipe VI")?.offices[0]?.title).toBe("King");
    expect(personNamed(fixtures, "Felipe VI")?.surname).toBeUndefined();
    expect(fixtures.people.some((p) => p.name === "Felipe")).toBe(false);
  });

  it("returns a bare title of a person the headline places in a country as that country's office", () => {
    expect(personNamed(fixtures, "Andrés Manuel López Obrador")?.offices[0]).toMatchObject({ title: "President", country: "Mexico" });
  });
});

describe("a summit article with no dateline or publication date", () => {
  it("returns the occasion without the place and date the meeting already holds", () => {
    const [talks] = meetingsIn("o_kazan");
    expect(talks).toMatchObject({ kind: "talks", place: "Kazan", occasion: "the sidelines of the BRICS summit", date: { year: 2024, month: 10, day: 23 } });
    expect(talks?.topics).toEqual([]);
  });

  it("returns the country of a demonym of two words", () => {
    expect(personNamed(fixtures, "Cyril Ramaphosa")?.offices[0]).toMatchObject({ title: "President", country: "South Africa" });
  });

  it("returns how many countries took part", () => {
    expect(fixtures.facts.find((f) => f.article === "o_kazan" && f.subject === "attendance")?.summary).toBe("36 countries took part");
  });
});

describe("a Xinhua report with a surname that is also a pronoun", () => {
  it("returns 'Vice Premier He Lifeng' as a person, and 'He said' still as a pronoun", () => {
    expect(personNamed(fixtures, "He Lifeng")?.offices[0]).toMatchObject({ title: "Vice Premier", country: "China" });
    expect(fixtures.people.some((p) => p.name === "He" || p.names.includes("He said"))).toBe(false);
    expect(indexOfText("He met Kenyan President William Ruto in Beijing.").people.map((p) => p.name)).toEqual(["William Ruto"]);
  });

  it("returns both meetings on the same day, and no topic from the list of who came along", () => {
    const [he, wang] = meetingsIn("p_beijing_xinhua");
    expect(he?.date).toMatchObject({ year: 2025, month: 3, day: 20 });
    expect(wang?.date).toMatchObject({ year: 2025, month: 3, day: 20 });
    expect(wang?.topics).toEqual(["fentanyl control", "tariffs"]);
  });
});

describe("names with letters beyond Latin-1, and a transliteration split in two", () => {
  it("returns Erdoğan and Radosław whole, with plain-letter ids", () => {
    expect(personNamed(fixtures, "Recep Tayyip Erdoğan")?.id).toBe("recep-tayyip-erdogan");
    expect(personNamed(fixtures, "Radosław Sikorski")).toMatchObject({ id: "radoslaw-sikorski", country: "Poland" });
    expect(fixtures.people.some((p) => p.name.endsWith("Erdo"))).toBe(false);
  });

  it("returns one person for 'Badr Abdelatty' and 'Badr Abdel Aty' across two articles", () => {
    const badr = personNamed(fixtures, "Badr Abdel Aty");
    expect(badr?.names).toEqual(expect.arrayContaining(["Badr Abdelatty", "Badr Abdel Aty"]));
    expect(badr?.articles).toEqual(expect.arrayContaining(["j_riyadh_phone", "q_ankara_letters"]));
  });

  it("returns no person for someone of an institution who did not attend, and no meeting", () => {
    expect(meetingsIn("q_ankara_letters").some((m) => meetingKey(fixtures, m).includes("Hurezeanu"))).toBe(false);
  });
});

describe("two meetings in one sentence", () => {
  it("returns the meeting of a second clause after ', while' or ';'", () => {
    expect(meetingsOf("KYIV — Turkish Foreign Minister Hakan Fidan met Ukrainian Foreign Minister Andrii Sybiha, while Sybiha later met US envoy Keith Kellogg.")).toEqual([
      "Andrii Sybiha + Hakan Fidan",
      "Andrii Sybiha + Keith Kellogg",
    ]);
    expect(meetingsOf("Turkish Foreign Minister Hakan Fidan met Ukrainian Foreign Minister Andrii Sybiha; US envoy Keith Kellogg met Russian Foreign Minister Sergei Lavrov.")).toHaveLength(2);
  });

  it("returns no second meeting when the second clause reports none", () => {
    expect(meetingsOf("Turkish Foreign Minister Hakan Fidan met Ukrainian Foreign Minister Andrii Sybiha, while US envoy Keith Kellogg criticised Russian Foreign Minister Sergei Lavrov.")).toEqual([
      "Andrii Sybiha + Hakan Fidan",
    ]);
  });
});

describe("a press release's list of documents signed", () => {
  const release = ` date 2025-05-02\nLISBON — Portuguese Foreign Minister Paulo Rangel received Angolan Foreign Minister Téte António on Thursday.\n\nThe following agreements were signed:\n- a memorandum on consular cooperation;\n- an agreement on maritime transport;\n- a programme of cultural exchanges.\n`;

  it("returns as many documents as the list holds, with the items", () => {
    const [fact] = extractIndex([{ file: "t/x.txt", text: release }]).facts;
    expect(fact).toMatchObject({ kind: "count", counts: [{ label: "agreements signed", value: 3 }], countries: ["Portugal", "Angola"] });
    expect(fact?.summary).toContain("an agreement on maritime transport");
  });

  it("returns no count for 'the following' without a list", () => {
    expect(extractIndex([{ file: "t/x.txt", text: " date 2025-05-02\nThe following agreements were signed: a memorandum." }]).facts).toEqual([]);
  });
});

describe("an honorific inside a name, and a joint press conference", () => {
  it("returns 'Hassan Sheikh Mohamud' as one person, and a pair who held a joint press conference after talks as a meeting", () => {
    const index = indexOfText("ADDIS ABABA — Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud held a joint press conference on Monday after their talks.");
    expect(index.people.map((p) => p.name)).toEqual(["Abiy Ahmed", "Hassan Sheikh Mohamud"]);
    expect(index.meetings.map((m) => meetingKey(index, m))).toEqual(["Abiy Ahmed + Hassan Sheikh Mohamud"]);
  });

  it("returns a leading 'Sheikh' as an honorific, not part of the name", () => {
    const index = indexOfText("Kuwaiti Foreign Minister Sheikh Salem Abdullah met Omani Foreign Minister Badr Albusaidi.");
    expect(index.people.map((p) => p.name)).toEqual(["Salem Abdullah", "Badr Albusaidi"]);
  });
});

describe("sentences of a meeting that is not the latest", () => {
  it("returns a later sentence naming only one meeting's people with that meeting", () => {
    const index = indexOfText("NEW DELHI — Indian Foreign Minister Rohan Mehta held talks with Japanese Foreign Minister Taro Kono on Monday. Kono also called on Prime Minister Arjun Rao. Mehta said the partnership had never been stronger.");
    const [talks, call] = index.meetings;
    expect(talks?.sentences).toHaveLength(2);
    expect(call?.sentences).toHaveLength(1);
  });

  it("returns no extra sentence for a person in no meeting", () => {
    const index = indexOfText("NEW DELHI — Indian Foreign Minister Rohan Mehta held talks with Japanese Foreign Minister Taro Kono on Monday. Chinese Foreign Minister Wang Yi said nothing.");
    expect(index.meetings[0]?.sentences).toHaveLength(1);
  });
});

describe("upcoming visits written other ways", () => {
  const factsOfText = (text: string) => indexOfText(text, "2025-01-15").facts;

  it("returns every place of a planned trip, and no past tour for it", () => {
    const facts = factsOfText("Japanese Prime Minister Shigeru Ishiba will visit Vietnam and the Philippines from April 27 to 30.");
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ kind: "tour", subject: "upcoming visit", places: ["Vietnam", "Philippines"], date: { year: 2025, month: 4, day: 27 } });
  });

  it("returns an invitation to visit as such, with its year", () => {
    expect(factsOfText("Chinese President Xi Jinping has been invited to visit Brazil next year, the ministry said.")[0]?.summary).toBe('Xi Jinping is invited to visit Brazil in 2026 ("next year")');
  });

  it("returns a month ahead for 'in February' written in January", () => {
    expect(factsOfText("French President Emmanuel Macron is expected to travel to India in February.")[0]?.date).toMatchObject({ year: 2025, month: 2 });
  });
});
