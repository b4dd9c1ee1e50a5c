import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { FIXTURES, indexOf, meetingKey } from "./helpers";

const fixtures = indexOf(FIXTURES);
const meetingsOf = (text: string, published = "2025-01-10") =>
  extractIndex([{ file: "t/x.txt", text: ` date ${published}\n${text}` }]).meetings;

describe("meetings of unseen articles", () => {
  it("returns every meeting the fixture articles report, and no other", () => {
    expect(fixtures.meetings.filter((m) => m.status !== "planned").map((m) => `${m.article}: ${meetingKey(fixtures, m)}`).sort()).toEqual([
      "a_paris_phone_call: Jean-Noël Barrot + Takeshi Iwaya",
      "b_tokyo_talks: Lee Jae-myung + Shigeru Ishiba",
      "c_nairobi_wang: Lee Kinyanjui + Wang Wentao",
      "c_nairobi_wang: Musalia Mudavadi + Wang Yi",
      "d_moscow_lavrov: Abbas Araghchi + Sergei Lavrov",
      "e_tashkent_talks: Bakhtiyor Saidov + Sergei Lavrov",
      "e_tashkent_talks: Sergei Lavrov + Shavkat Mirziyoyev",
      "f_astana_mfa: Murat Nurtleu + Peter Szijjarto",
      "f_astana_mfa: Murat Nurtleu + Zoltan Varga",
      "g_rabat_wire: Aziz Akhannouch + José Manuel Albares",
      "g_rabat_wire: José Manuel Albares + Nasser Bourita",
      "h_dakar_release: Bassirou Diomaye Faye + Nasser Bourita",
      "h_dakar_release: Nasser Bourita + Yassine Fall",
      "i_brasilia_call: Claudia Sheinbaum + Luiz Inácio Lula da Silva",
      "i_brasilia_call: Gabriel Boric + Luiz Inácio Lula da Silva",
      "j_riyadh_phone: Abdel Fattah el-Sisi + Mohammed bin Salman",
      "j_riyadh_phone: Badr Abdel Aty + Faisal bin Farhan",
      "k_mexico_madrid: Alicia Bárcena + José Manuel Albares",
      "l_jakarta: Anthony Albanese + Joko Widodo",
      "l_jakarta: Ferdinand Marcos Jr. + Joko Widodo",
      "l_jakarta: Penny Wong + Retno Marsudi",
      "m_seoul: Park Jin + Wang Yi",
      "m_seoul: Park Jin + Yoko Kamikawa",
      "n_islamabad: Amna Baloch + Jashim Uddin",
      "n_islamabad: Ishaq Dar + Shirin Sharmin",
      "o_kazan: António Guterres + Vladimir Putin",
      "o_kazan: Cyril Ramaphosa + Vladimir Putin",
      "o_kazan: Narendra Modi + Xi Jinping",
      "p_beijing_xinhua: He Lifeng + Steve Daines",
      "p_beijing_xinhua: Steve Daines + Wang Yi",
      "q_ankara_letters: Badr Abdel Aty + Radosław Sikorski",
      "q_ankara_letters: Radosław Sikorski + Recep Tayyip Erdoğan",
    ]);
  });

  it("returns talks reported by a quoted post, dated by the post's 'today'", () => {
    const [received, talks] = fixtures.meetings.filter((m) => m.article === "f_astana_mfa");
    expect(received).toMatchObject({ place: "Astana", date: { year: 2024, month: 3, day: 12, basis: "dateline" } });
    expect(talks).toMatchObject({ kind: "talks", fromQuote: true, date: { year: 2024, month: 3, day: 12, text: "today" } });
  });

  it("returns a phone call dated by its weekday, with no place: the callers are in two cities", () => {
    const [call] = fixtures.meetings.filter((m) => m.article === "a_paris_phone_call");
    expect(call).toMatchObject({ kind: "call", date: { year: 2025, month: 3, day: 3 } });
    expect(call?.place).toBeUndefined();
    expect(call?.topics).toContain("maritime security");
  });

  it("returns talks with the place and date of the sentence", () => {
    const [talks] = fixtures.meetings.filter((m) => m.article === "b_tokyo_talks");
    expect(talks).toMatchObject({ kind: "talks", place: "Tokyo", placeBasis: "sentence", date: { year: 2025, month: 8, day: 23 } });
    // "Moscow, May 12 (TASS) – … yesterday" on a page dated May 13: the wire's "yesterday" is the day before its dateline's.
    const [received] = fixtures.meetings.filter((m) => m.article === "d_moscow_lavrov");
    expect(received?.date).toMatchObject({ year: 2025, month: 5, day: 11 });
  });

  it("returns no meeting for two officials named together who did not meet", () => {
    expect(meetingsOf("German Chancellor Olaf Scholz and Italian Prime Minister Giorgia Meloni both criticised the tariffs.")).toEqual([]);
    expect(meetingsOf("Uzbek Foreign Minister Bakhtiyor Saidov said he had not met Kazakh Foreign Minister Murat Nurtleu since January.")).toEqual([]);
    expect(meetingsOf("French President Emmanuel Macron praised Chinese President Xi Jinping for his remarks.")).toEqual([]);
  });

  it("returns a meeting for 'met with', 'held talks with' and 'a meeting between'", () => {
    expect(meetingsOf("Brazilian President Luiz Lula da Silva met with Argentine President Javier Milei in Brasilia on Monday.")).toHaveLength(1);
    expect(meetingsOf("A meeting between Egyptian Foreign Minister Sameh Shoukry and Jordanian Foreign Minister Ayman Safadi took place in Cairo.")[0]?.place).toBe("Cairo");
  });
});

describe("meetings written other ways", () => {
  it("returns a call for two leaders who held a phone call", () => {
    const [call] = meetingsOf("Russian President Vladimir Putin and US President Donald Trump held a 90-minute phone call on Wednesday.");
    expect(call).toMatchObject({ kind: "call", date: { year: 2025, month: 1, day: 8 } });
  });

  it("returns a meeting for co-chairs and places it where the lead sets the story", () => {
    const meetings = meetingsOf(
      "Ankara (AA): Turkish Foreign Minister Hakan Fidan paid a visit to Egypt, where he met Egyptian President Abdel Fattah al-Sisi in Cairo on Tuesday.\n\nFidan and Foreign Minister Badr Abdelatty co-chaired the strategic council. They discussed Gaza, Libya and Sudan.",
    );
    expect(meetings.map((m) => [m.place, m.placeBasis])).toEqual([
      ["Cairo", "sentence"],
      // no "also" or "later" ties the co-chairing to the meeting with Sisi: the lead's city, not that meeting's, places it
      ["Cairo", "sentence"],
    ]);
    expect(meetings[1]?.topics).toEqual(["Gaza", "Libya", "Sudan"]);
  });

  it("returns the people a host received, with the occasion when there is no date in the sentence", () => {
    const text = "NEW YORK (IPS) — On the margins of the UN General Assembly, Brazilian President Luiz Inácio Lula da Silva held a bilateral meeting with Ukrainian President Volodymyr Zelensky.";
    const [m] = extractIndex([{ file: "t/y.txt", text }]).meetings;
    expect(m).toMatchObject({ place: "New York", occasion: "the margins of the UN General Assembly" });
    expect(m?.date).toBeUndefined();
  });
});

describe("meetings with titles after the name and vague dates", () => {
  it("returns a meeting with a crown prince 'of Saudi Arabia', and 'last week' as the month it falls in, or only as written when that week ran over a new year", () => {
    const [prince] = meetingsOf("Indian External Affairs Minister S. Jaishankar met Crown Prince Mohammed bin Salman of Saudi Arabia.");
    expect(prince?.participants).toHaveLength(2);
    const said = "Lavrov's spokeswoman Maria Zakharova said that Russian Foreign Minister Sergey Lavrov had held talks with Indian Prime Minister Narendra Modi last week.";
    // a paper of Friday 17 January 2025: last week ran from 6 to 12 January
    expect(meetingsOf(said, "2025-01-17")[0]?.date).toEqual({ year: 2025, month: 1, basis: "relative", text: "last week" });
    // a paper of Friday 10 January 2025: last week ran from 30 December to 5 January, so it is kept as written, with no month or year
    expect(meetingsOf(said)[0]?.date).toEqual({ basis: "relative", text: "last week" });
  });
});

describe("meetings in press-release style", () => {
  const index = extractIndex([
    {
      file: "t/mfa.txt",
      text: " date 2024-03-13\nOn 12 March 2024, Minister of Foreign Affairs of the Republic of Kazakhstan Murat Nurtleu received the Ambassador of Hungary to Kazakhstan, Zoltan Varga, on the completion of his mission.",
    },
    {
      file: "t/us.txt",
      text: " date 2024-07-09\nAntony Blinken, the US Secretary of State, met Ukraine's Foreign Minister Dmytro Kuleba in Washington on Monday. Kuleba later held talks with Canadian Foreign Minister Mélanie Joly. Blinken's deputy, Kurt Campbell, was also present at the meeting.",
    },
  ]);
  const person = (name: string) => index.people.find((p) => p.name === name);

  it("returns the offices of a formal state name and of a title set off by commas", () => {
    expect(person("Murat Nurtleu")?.offices[0]).toMatchObject({ title: "Minister of Foreign Affairs", country: "Kazakhstan" });
    expect(person("Zoltan Varga")?.offices[0]).toMatchObject({ title: "Ambassador", country: "Hungary", to: "Kazakhstan" });
    expect(person("Antony Blinken")?.offices[0]).toMatchObject({ title: "Secretary of State", country: "United States" });
  });

  it("returns the host's meeting with the ambassador on the date written out", () => {
    expect(index.meetings.filter((m) => m.article === "mfa").map((m) => m.date)).toEqual([{ year: 2024, month: 3, day: 12, basis: "explicit", text: "12 March 2024" }]);
  });

  it("returns a person 'present at the meeting' at the meeting of the person named beside them", () => {
    const [first, second] = index.meetings.filter((m) => m.article === "us");
    expect(first?.participants).toContainEqual(expect.objectContaining({ kind: "person", person: person("Kurt Campbell")?.id, role: "present" }));
    expect(second?.participants).toHaveLength(2);
  });
});

describe("what is not a meeting", () => {
  it("returns a planned meeting for one still to come, and none for talking to the press", () => {
    expect(meetingsOf("French President Emmanuel Macron will meet German Chancellor Olaf Scholz in Berlin next month.").map((m) => m.status)).toEqual(["planned"]);
    expect(meetingsOf("Italian Prime Minister Giorgia Meloni is expected to hold talks with British Prime Minister Keir Starmer on Friday.").map((m) => m.status)).toEqual(["planned"]);
    expect(meetingsOf("Spanish Prime Minister Pedro Sanchez plans to meet Portuguese Prime Minister Luis Montenegro.").map((m) => m.status)).toEqual(["planned"]);
    expect(meetingsOf("French President Emmanuel Macron spoke with reporters after the summit. He met with journalists in Paris.")).toEqual([]);
    expect(meetingsOf("Swedish Foreign Minister Tobias Billstrom called on Hungarian Foreign Minister Peter Szijjarto to approve the deal.")).toEqual([]);
  });

  it("returns a surname that is also a country name as part of the name", () => {
    const index = extractIndex([{ file: "t/pt.txt", text: "Portuguese Prime Minister Luis Montenegro met Spanish Prime Minister Pedro Sanchez in Madrid." }]);
    expect(index.people.map((p) => p.name)).toEqual(["Luis Montenegro", "Pedro Sanchez"]);
    expect(index.meetings).toHaveLength(1);
  });
});

describe("consultations written in the passive", () => {
  it("returns the consultation of the two people who led it, with what 'the Kazakh side' said", () => {
    const meetings = meetingsOf(
      "ASTANA — Political consultations were held between the foreign ministries of Kazakhstan and Uzbekistan, led by Kazakh Deputy Foreign Minister Roman Vassilenko and Uzbek Deputy Foreign Minister Bakhrom Aloev. Later, Vassilenko met his counterpart. The Kazakh side stressed the importance of water cooperation.",
    );
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({ kind: "consultation", place: "Astana" });
    expect(meetings[0]?.sentences).toContain(2);
  });
});

describe("pairs inside a reported clause", () => {
  it("returns a call for 'told reporters that X and Y held talks by phone'", () => {
    const [call] = meetingsOf("The European Union's foreign policy chief, Josep Borrell, told reporters in Brussels that Borrell and Chinese Foreign Minister Wang Yi held talks by phone.");
    expect(call?.kind).toBe("call");
    expect(call?.participants).toHaveLength(2);
  });
});

describe("courtesy calls", () => {
  it("returns a meeting for 'called on X', not for 'called on X to …'", () => {
    expect(meetingsOf("External Affairs Minister Dr S Jaishankar called on Bangladesh Prime Minister Sheikh Hasina in New Delhi.")).toHaveLength(1);
    expect(meetingsOf("Swedish Foreign Minister Tobias Billstrom called on Hungarian Foreign Minister Peter Szijjarto to approve the deal.")).toEqual([]);
  });

  it("returns the venue written with or without 'the'", () => {
    expect(meetingsOf("Prime Minister Narendra Modi held talks with Bangladeshi Prime Minister Sheikh Hasina at Hyderabad House on Friday.")[0]?.venue).toBe("Hyderabad House");
  });
});

describe("meetings in an article with no publication date", () => {
  it("returns a weekday kept as written, since it cannot be resolved", () => {
    const [m] = extractIndex([{ file: "t/nd.txt", text: "On Friday, Cuban President Miguel Diaz-Canel held a meeting with Chinese Premier Li Keqiang in Beijing." }]).meetings;
    expect(m?.date).toEqual({ basis: "relative", text: "Friday" });
  });
});

describe("meetings with titles set off by commas and bilateral meetings in a list", () => {
  const index = extractIndex([
    {
      file: "t/g77.txt",
      text: " date 2023-09-17\nHavana, Sep 16 (Prensa Latina) The President of Cuba, Miguel Díaz-Canel Bermúdez, met on Saturday with the Secretary-General of the United Nations, António Guterres, on the sidelines of the G77+China Summit.\n\nDíaz-Canel also held bilateral meetings with the presidents of Colombia, Gustavo Petro, and of Venezuela, Nicolás Maduro.",
    },
  ]);
  const names = index.meetings.map((m) => meetingKey(index, m));

  it("returns one meeting for each leader of a list of bilateral meetings, and none with a group for the occasion", () => {
    expect(names).toEqual([
      "António Guterres + Miguel Díaz-Canel Bermúdez",
      "Gustavo Petro + Miguel Díaz-Canel Bermúdez",
      "Miguel Díaz-Canel Bermúdez + Nicolás Maduro",
    ]);
    expect(index.meetings.flatMap((m) => m.participants).filter((p) => p.kind === "group")).toEqual([]);
  });

  it("returns the office of an organisation written before a comma, and the union as its side, no state's", () => {
    const guterres = index.people.find((p) => p.name === "António Guterres");
    expect(guterres?.offices[0]).toMatchObject({ title: "Secretary-General", organisation: "United Nations" });
    expect(guterres?.country).toBe("United Nations");
  });
});

describe("phone calls written other ways", () => {
  it("returns a call for 'In a phone call, X and Y discussed', 'had a telephone conversation with' and 'spoke over the phone with'", () => {
    expect(meetingsOf("In a phone call on Tuesday, German Foreign Minister Annalena Baerbock and Polish Foreign Minister Radoslaw Sikorski discussed support for Ukraine.")[0]?.kind).toBe("call");
    expect(meetingsOf("Greek Prime Minister Kyriakos Mitsotakis had a telephone conversation with Cypriot President Nikos Christodoulides on Monday.")[0]?.kind).toBe("call");
    expect(meetingsOf("Spanish Foreign Minister José Manuel Albares spoke over the phone with Moroccan Foreign Minister Nasser Bourita.")[0]?.kind).toBe("call");
  });
});

describe("meetings of people named in a list", () => {
  const index = extractIndex([
    { file: "t/l1.txt", text: " date 2025-04-09\nThe foreign ministers of Kazakhstan and Uzbekistan, Murat Nurtleu and Bakhtiyor Saidov, met in Tashkent on Monday." },
    { file: "t/l2.txt", text: " date 2025-04-09\nKazakh and Kyrgyz presidents Kassym-Jomart Tokayev and Sadyr Japarov held talks in Astana." },
    { file: "t/l3.txt", text: " date 2025-04-09\nThe meeting was attended by Deputy Prime Minister Roman Sklyar and Chinese Vice Premier Ding Xuexiang." },
  ]);

  it("returns a meeting for each list of two people who met or held talks, none for two who only attended", () => {
    expect(index.meetings.map((m) => meetingKey(index, m))).toEqual([
      "Bakhtiyor Saidov + Murat Nurtleu",
      "Kassym-Jomart Tokayev + Sadyr Japarov",
    ]);
  });

  it("returns the plural title for each name, with the countries in order", () => {
    const office = (name: string) => index.people.find((p) => p.name === name)?.offices[0];
    expect(office("Kassym-Jomart Tokayev")).toMatchObject({ title: "President", country: "Kazakhstan" });
    expect(office("Sadyr Japarov")).toMatchObject({ title: "President", country: "Kyrgyzstan" });
  });
});

describe("a group met at the end of a sentence", () => {
  it("is named without the sentence's full stop", () => {
    const meetings = meetingsOf("Veldian Prime Minister Orvane Telu met with students and staff of the Kestas Institute. The talks lasted an hour.");
    const groups = meetings.flatMap((m) => m.participants).flatMap((p) => (p.kind === "group" ? [p.name] : []));
    expect(groups.length).toBeGreaterThan(0);
    for (const name of groups) expect(name).not.toMatch(/[.;:]$/);
  });
});
