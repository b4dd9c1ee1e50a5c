/**
 * @module Contacts written in constructions of English the frames read in general (devC, devD, devB, read sets):
 * a side's noun phrase with "the then", an adverb and its participle or an office held in a place; a full
 * name written once untitled; "see" with a person for object; a heading line right above its story.
 */
import { describe, expect, it } from "vitest";
import { articleIndex, meetingKey, meetingsIn, meetingsTold, namesInSentence } from "./helpers";

/** "A + B" per meeting of one article, held or planned as asked. */
const meetingsOf = (text: string, published: string, status: "held" | "planned" = "held"): string[] => meetingsIn(text, published, status);

describe("the noun phrase of the one received", () => {
  it("returns the contact of 'received the then Georgian Prime Minister X' (devD d024, Trend)", () => {
    const text =
      "Georgia's Prime Minister Irakli Garibashvili, in Azerbaijan on a visit, was received on Wednesday by President Ilham Aliyev.\n\n" +
      "In October 2019, Aliyev received the then Georgian Prime Minister Giorgi Gakharia in Baku on what was Gakharia's first foreign trip as head of government.";
    expect(meetingsOf(text, "2021-05-05")).toContain("Giorgi Gakharia + Ilham Aliyev");
  });

  it("returns the contact of 'signed … by A and the then Home Secretary, B', a title word the tagger takes for a verb (heldout106 x975)", () => {
    const text = "The original partnership was signed in Kelm on April 14, 2022 by Foreign Minister Varan Telu and the then Home Secretary, Osk Benn.";
    expect(meetingsOf(text, "2023-12-05")).toContain("Osk Benn + Varan Telu");
  });

  it("returns the contact of 'hosted his newly elected Senegalese counterpart, His Excellency X' (devC m001, Gambian agency)", () => {
    const text =
      "President Adama Barrow on Saturday, 20 April 2024, hosted his newly elected Senegalese counterpart, His Excellency Bassirou Diomaye Faye, who was on a one-day working visit to The Gambia, his first since being sworn in earlier this month.";
    expect(meetingsOf(text, "2024-04-21")).toContain("Adama Barrow + Bassirou Diomaye Faye");
  });

  it("returns the contact of 'received Bahrain's ambassador in Damascus, X' (devC m016, live blog)", () => {
    const text =
      "Syrian President Bashar al-Assad has received Bahrain's Foreign Minister Abdullatif bin Rashid Al Zayani in Damascus, state news agency SANA reports.\n\n" +
      "On 26 March, Assad received Bahrain's ambassador in Damascus, Waheed Mubarak Sayyar, who handed him a letter from King Hamad bin Isa Al Khalifa inviting him to the Manama summit.";
    const met = meetingsOf(text, "2024-04-20");
    expect(met).toContain("Bashar al-Assad + Waheed Mubarak Sayyar");
    expect(met.join(" ")).not.toMatch(/Hamad/);
  });

  it("returns no contact with the one whose letter is handed over ('welcomed the decision of X' kind of phrase stays out)", () => {
    const text = "President Bashar al-Assad welcomed the newly announced decision of King Hamad bin Isa Al Khalifa to reopen the embassy.";
    expect(meetingsOf(text, "2024-04-20")).toEqual([]);
  });
});

describe("a full name written once with no title", () => {
  it("returns the contact of 'to be received by Joseph Aoun' when the article titles him 'President Aoun' (devC m009, Cypriot paper)", () => {
    const text =
      "Cypriot President Nikos Christodoulides flew to Beirut on Friday and became the first foreign head of state to be received by Joseph Aoun, barely a day after Lebanon's parliament elected the former army commander to a presidency that had been vacant for more than two years.\n\n" +
      "What did you offer President Aoun?";
    expect(meetingsOf(text, "2025-01-11")).toContain("Joseph Aoun + Nikos Christodoulides");
  });
});

describe("'see' with a person for object", () => {
  it("returns the planned contacts of 'X is due to see A, B and C' (devD d019, live blog)", () => {
    const text =
      "Russian President Vladimir Putin opened the summit in Kazan on Tuesday.\n\n" +
      "On Thursday, the final day, Putin is due to see Palestinian President Mahmoud Abbas, Lao President Thongloun Sisoulith and Bolivian President Luis Arce.";
    expect(meetingsOf(text, "2024-10-22", "planned")).toEqual(expect.arrayContaining(["Mahmoud Abbas + Vladimir Putin", "Luis Arce + Vladimir Putin", "Thongloun Sisoulith + Vladimir Putin"]));
  });

  it("returns no contact for 'X sees Y as a partner'", () => {
    const text = "Chancellor Olaf Scholz sees President Emmanuel Macron as a partner on the budget, a spokesman said.";
    expect(meetingsOf(text, "2024-10-22")).toEqual([]);
  });
});

describe("a heading line right above its story", () => {
  it("returns the contact of the story under '1) FAYE AND RUTO MEET IN NEW YORK' (devC m017, newsletter)", () => {
    const text =
      "DIPLOMATIC DIGEST\n\nYour midweek round-up of who met whom.\n\n" +
      "1) FAYE AND RUTO MEET IN NEW YORK\nSenegal's President Bassirou Diomaye Faye sat down with Kenyan President William Samoei Ruto on Monday afternoon on the margins of the UN's Summit of the Future.\n\n" +
      "2) WANG YI RECEIVES SENATOR COONS\nChina's Foreign Minister Wang Yi met US Senator Chris Coons in New York on Tuesday, on the sidelines of the UN General Assembly.";
    const index = articleIndex(text, "2024-09-25");
    const met = index.meetings.map((m) => meetingKey(index, m));
    expect(met).toContain("Bassirou Diomaye Faye + William Samoei Ruto");
    expect(met.some((m) => /^Chris Coons \+ Wang Yi$/i.test(m))).toBe(true);
    expect(index.sentences.some((s) => /^Senegal's President/.test(s.text))).toBe(true);
  });
});
describe("grammar of the clause around a verb of meeting (made-up sentences)", () => {
  const intro = "Kenyan President Varan Telu spoke on Sunday. Peruvian Foreign Minister Orla Mensk spoke too. Chilean Prime Minister Ana Kesh also spoke.\n\n";
  const met = (text: string, status: "held" | "planned" = "held"): string[] => meetingsOf(intro + text, "2024-05-29", status);

  it("returns the contact of a progressive 'is meeting X', not taken for a passive", () => {
    expect(met("Telu is meeting Mensk in Nairobi.")).toContain("Orla Mensk + Varan Telu");
  });

  it("returns all the people of 'met X as well as Y'", () => {
    expect(met("Telu met Mensk as well as Kesh in Nairobi.")).toEqual(["Ana Kesh + Orla Mensk + Varan Telu"]);
  });

  it("returns one contact per day of 'met X on Monday and Y on Tuesday', and none with one who goes on to a verb", () => {
    expect(met("Telu met Mensk on Monday and Kesh on Tuesday.")).toEqual(["Ana Kesh + Varan Telu", "Orla Mensk + Varan Telu"]);
    expect(met("Telu met Mensk on Monday and Kesh said it went well.")).toEqual(["Orla Mensk + Varan Telu"]);
  });

  it("returns the contact of 'Having met X on Monday, Y flew on'", () => {
    expect(met("Having met Telu on Monday, Mensk flew to Chile.")).toContain("Orla Mensk + Varan Telu");
  });

  it("returns the contact of 'Visiting Peruvian Foreign Minister X met Y'", () => {
    expect(met("Visiting Peruvian Foreign Minister Orla Mensk met Telu on Monday.")).toContain("Orla Mensk + Varan Telu");
  });

  it("returns the contact of 'X, who was received by Y, said …'", () => {
    expect(met("Mensk, who was received by Telu, said ties were good.")).toContain("Orla Mensk + Varan Telu");
  });

  // read25 u110 ("a formal ceremony at which President X accepted the letters of credence of …"), read.txt's "during which X held
  // talks with Y", "in which Minister X hosted …"
  it("returns the contact of a clause opened by a preposition's 'which', its subject no one named before it", () => {
    expect(met("The palace was the setting for a ceremony at which Telu received Mensk.")).toEqual(["Orla Mensk + Varan Telu"]);
    expect(met("Kesh attended a forum during which Telu met Mensk.")).toEqual(["Orla Mensk + Varan Telu"]);
  });
});

describe("an adverb of sequence in a list of counterparts (made-up sentences)", () => {
  const intro = "Kenyan President Varan Telu spoke on Sunday. Peruvian Foreign Minister Orla Mensk spoke too. Chilean Prime Minister Ana Kesh also spoke.\n\n";
  const met = (text: string): string[] => meetingsOf(intro + text, "2024-05-29");

  it("returns one contact with each of 'met X and later Y' and 'met X, then Y'", () => {
    expect(met("Mensk met Telu and later Kesh in Nairobi.")).toEqual(["Ana Kesh + Orla Mensk", "Orla Mensk + Varan Telu"]);
    expect(met("Mensk met Telu, then Kesh.")).toEqual(["Ana Kesh + Orla Mensk", "Orla Mensk + Varan Telu"]);
  });

  it("returns one contact with each of 'saw X and, separately, Y' with no office between (heldout34 x288; heldout31 x220, devE e104)", () => {
    expect(met("On Sunday Mensk saw Telu and, separately, Chilean Prime Minister Ana Kesh.")).toEqual(["Ana Kesh + Orla Mensk", "Orla Mensk + Varan Telu"]);
  });

  it("returns no contact with one who goes on to a verb of their own ('met X and then Y flew in')", () => {
    expect(met("Mensk met Telu and then Kesh flew in from Santiago.")).toEqual(["Orla Mensk + Varan Telu"]);
  });
});

describe("the subject after an opening phrase with no comma", () => {
  it("returns the contacts of 'During that visit X held talks with Y and also called on Z' (devF f212, a Pakistani daily) and of 'During her stay Ms X called on …' (devG g206, an Australian release)", () => {
    const text =
      "Veldian Foreign Minister Varan Orvane arrived in Tarsk on Monday at the invitation of Foreign Minister Telu Kestas.\n\n" +
      "During that visit Orvane held talks with Kestas and also called on Prime Minister Orvel Halvik.";
    expect(meetingsOf(text, "2026-02-03")).toEqual(["Orvel Halvik + Varan Orvane", "Telu Kestas + Varan Orvane"]);
    const stay = "Veldian Foreign Minister Mira Solen flew to Tarsk on Monday.\n\nDuring her stay Ms Solen called on the President of the Republic, Anto Velik.";
    expect(meetingsOf(stay, "2026-02-03")).toEqual(["Anto Velik + Mira Solen"]);
  });

  it("returns no contact of the one a preposition governs ('met with envoy X' keeps the envoy the one met)", () => {
    const text = "Veldian Foreign Minister Varan Orvane met with envoy Telu Kestas in Tarsk on Monday.";
    expect(meetingsOf(text, "2026-02-03")).toEqual(["Telu Kestas + Varan Orvane"]);
  });
});

describe("a list whose members carry their office in apposition", () => {
  it("returns each contact of 'met Ms A, MP, President of the League in Tarsk, and, separately, Mr B, Director of …' (devE e104, a ministry release) and of 'received by A, the Secretary of …, and by B' (devF f104, a Cuban site)", () => {
    const text =
      "Veldian Foreign Minister Varan Orvane arrived in Tarsk on Monday.\n\n" +
      "He met Ms Telu Kestas, MP, President of the Rowing League in Tarsk, and, separately, Mr Orvel Halvik, Director of the Tarsk Academy of Music.";
    expect(meetingsOf(text, "2026-02-03")).toEqual(["Orvel Halvik + Varan Orvane", "Telu Kestas + Varan Orvane"]);
    const received =
      "Veldian Foreign Minister Varan Orvane arrived in Tarsk on Monday.\n\n" +
      "He was then received by Monsignor Brin Tamsar, the Secretary of the Rolls at the Veldian Court, and by Monsignor Dovan Reke, the Steward for Relations with Guilds.";
    expect(meetingsOf(received, "2026-02-03").join(" ")).toMatch(/Dovan Reke.*Varan Orvane/);
  });
});

describe("a clause of time whose subject is 'the two' or 'they'", () => {
  it("returns the contact of the two people the sentence names for '… the offer he had made when the two leaders met in Halvik in November' (devE e112, a Philippine agency)", () => {
    const text = "Veldian President Varan Orvane thanked Tarsk Prime Minister Telu Kestas for accepting the offer he had made when the two leaders met at a river forum in Halvik in November last year.";
    expect(meetingsOf(text, "2026-05-16")).toEqual(["Telu Kestas + Varan Orvane"]);
  });

  it("returns no contact of the pair when the sentence names three people, or the clause names its own", () => {
    const three = "Veldian President Varan Orvane thanked Tarsk Prime Minister Telu Kestas and Brisk Prime Minister Orvel Dunmar for their support, when the two leaders met in Tamsar.";
    expect(meetingsOf(three, "2026-05-16")).toEqual([]);
    const own = "Veldian President Varan Orvane praised Tarsk Prime Minister Telu Kestas after they met Foreign Minister Mira Solen in Halvik.";
    expect(meetingsOf(own, "2026-05-16")).not.toContain("Telu Kestas + Varan Orvane");
  });
  it("returns the story's pair for 'when the pair held talks', not one named in a clause after it (read16 q306, a Papua New Guinean paper)", () => {
    const text =
      "Prime Minister Telu Kestas and Veldian President Varan Orvane renewed their pledge on trade. The two leaders held a bilateral meeting in Halvik yesterday. " +
      "It was their second meeting in two months: Orvane had flown into Tamsar on July 5, when the pair held talks at the assembly hall after the President paid a courtesy call on the Governor-General, Sir Orvel Dunmar.";
    const met = meetingsTold(articleIndex(text, "2023-09-08"));
    expect(met).toContain("Kestas + Orvane, 2023-7-5");
    expect(met.join(" ")).not.toMatch(/Dunmar \+ Orvane, 2023-7-5|Orvane \+ Dunmar, 2023-7-5/);
  });
});

describe("a meal someone else hosts", () => {
  it("returns the contact of 'attended a dinner hosted by Y' (Shanghai Daily; ANI, 'will attend a dinner hosted by', 'a banquet hosted by')", () => {
    const text = "Visiting President Varan Telu of Chile attended a private dinner hosted by President Orvel Kestas of Peru at the palace last night.";
    expect(meetingsOf(text, "2025-03-04")).toEqual(["Orvel Kestas + Varan Telu"]);
  });

  it("returns a planned contact of 'will attend a banquet hosted by Y'", () => {
    const text = "Prime Minister Varan Telu of Chile will attend a banquet hosted by Prime Minister Orvel Kestas of Peru on Friday evening.";
    expect(meetingsOf(text, "2025-03-04", "planned")).toEqual(["Orvel Kestas + Varan Telu"]);
  });

  it("returns no contact with a speaker at a dinner the subject attended ('hosted by the chamber, where Y spoke')", () => {
    const text = "President Varan Telu of Chile attended a dinner hosted by the chamber of commerce on Monday, where Orvel Kestas spoke.";
    expect(meetingsOf(text, "2025-03-04").join(" ")).not.toMatch(/Kestas/);
  });
});

describe("'call' with a person for object", () => {
  it("returns the call of 'X called Y to congratulate him' and of 'called up Y' (domain-b.com, connectedtoindia.com, webdunia.com/UNI)", () => {
    expect(meetingsOf("Prime Minister Varan Telu of Chile called President Orvel Kestas of Peru on Tuesday to congratulate him on his re-election.", "2025-03-04")).toEqual(["Orvel Kestas + Varan Telu"]);
    expect(meetingsOf("President Varan Telu of Chile called up Prime Minister Orvel Kestas of Peru on Monday evening.", "2025-03-04")).toEqual(["Orvel Kestas + Varan Telu"]);
  });

  it("returns no contact when 'call' names or asks rather than phones ('called Y a friend', 'called Y's plan a mistake', 'called on Y to resign', 'called for talks with Y')", () => {
    for (const text of [
      "President Varan Telu of Chile called Prime Minister Orvel Kestas of Peru a great friend of the country.",
      "President Varan Telu of Chile called Prime Minister Orvel Kestas's decision a mistake.",
      "President Varan Telu of Chile called Prime Minister Orvel Kestas \"a friend\" in a speech.",
      "President Varan Telu of Chile called on Prime Minister Orvel Kestas of Peru to resign.",
      "President Varan Telu of Chile called for talks with Prime Minister Orvel Kestas of Peru.",
    ]) expect(meetingsOf(text, "2025-03-04"), text).toEqual([]);
  });
});

describe("a counterpart's preposition said again before the next one", () => {
  it("returns one contact each for 'held talks with A, with B, and with C' (check11 k107, a wire) and 'called on A, known as …, and on B' (devG g206, an Australian release)", () => {
    const talks =
      "On the margins of the session, Veldian Foreign Minister Varan Orvane held talks with the Tarsk foreign policy chief, Telu Kestas, with Halvik Foreign Minister Orvel Dunmar, and with Brin Tamsar, Kestia's minister of foreign affairs, the ministry said.";
    expect(meetingsOf(talks, "2026-02-03")).toEqual(["Brin Tamsar + Varan Orvane", "Orvel Dunmar + Varan Orvane", "Telu Kestas + Varan Orvane"]);
    const calls =
      "During the visit, Veldian Foreign Minister Mira Solen called on the President of the Republic, Telu Kestas, known across the country by his nickname Lo, and on Prime Minister Orvel Dunmar, whose government took office last month.";
    expect(meetingsOf(calls, "2026-02-03")).toEqual(["Mira Solen + Orvel Dunmar", "Mira Solen + Telu Kestas"]);
  });

  it("returns one audience each for 'he was received by A, …, and by B' (devF f104, a Cuban site; devF f210, a Syrian agency), the one received a pronoun or a description", () => {
    const lead = "Veldian Foreign Minister Varan Orvane arrived in Tarsk on Monday.\n\n";
    const pronoun = `${lead}He was then received by Monsignor Brin Tamsar, the Secretary of the Rolls, and by Monsignor Dovan Reke, the Steward for Relations with Guilds.`;
    expect(meetingsOf(pronoun, "2026-02-03")).toEqual(["Brin Tamsar + Varan Orvane", "Dovan Reke + Varan Orvane"]);
    const described = `${lead}During the visit, the visiting minister was also received by Deputy Prime Minister Telu Kestas, and by Lieutenant General Orvel Dunmar, Minister of the Royal Office.`;
    expect(meetingsOf(described, "2026-02-03")).toEqual(["Orvel Dunmar + Varan Orvane", "Telu Kestas + Varan Orvane"]);
  });

  it("returns one welcome for 'was met at the airport by A, and by B' and 'was met there by A, and by B' (devG g212, heldout13 n104, check12 l108): a welcoming party, not two contacts", () => {
    const airport = "Veldian Foreign Minister Varan Orvane was met at Tarsk airport on Monday by Ambassador Telu Kestas, and by Protocol Chief Orvel Dunmar.";
    expect(meetingsOf(airport, "2026-02-03")).toHaveLength(1);
    const there = "Veldian Foreign Minister Varan Orvane landed in Tarsk on Monday. He was met there by Vice President Telu Kestas, and by Orvel Dunmar, the new foreign minister.";
    expect(meetingsOf(there, "2026-02-03")).toHaveLength(1);
  });

  it("returns the contact after a clause of place: 'called on A at the ministry, where the two spoke to the press, and on B at his ministry'", () => {
    const text = "Earlier in the day, Veldian Foreign Secretary Varan Orvane had called on Foreign Minister Telu Kestas at the ministry, where the two held a joint press conference, and on Trade Minister Orvel Dunmar at his ministry.";
    expect(meetingsOf(text, "2026-02-03")).toEqual(["Orvel Dunmar + Varan Orvane", "Telu Kestas + Varan Orvane"]);
  });

  it("returns no contact with one a clause of place names with another preposition ('…, where he spoke with students, and with B' stays the place's)", () => {
    const text = "Veldian Foreign Minister Varan Orvane met Prime Minister Telu Kestas in Tarsk, where he spoke with students, and with Orvel Dunmar.";
    expect(meetingsOf(text, "2026-02-03")).not.toContain("Orvel Dunmar + Telu Kestas");
  });
});

describe("a sentence about one person only, before a pronoun", () => {
  it("returns the contact of the one person a sentence about no one names for 'The visit came after A's first contact … In August he received B' (devG g103, an Azerbaijani agency)", () => {
    const text =
      "Veldian Foreign Minister Orvel Dunmar held talks in Halvik on Thursday with Tarsk Foreign Minister Telu Kestas.\n\n" +
      "On Friday Kestas met members of the Veldian parliament.\n\n" +
      "The visit came a little over a month after Dunmar's first contact with Tarsk diplomacy in his new post. In mid-August he received the Tarsk ambassador, Brin Tamsar, in Orvane.";
    const meetings = meetingsOf(text, "2026-09-25");
    expect(meetings).toContain("Brin Tamsar + Orvel Dunmar");
    expect(meetings).not.toContain("Brin Tamsar + Telu Kestas");
  });
});

describe("a pair whose clause closes on talks of theirs", () => {
  it("returns the contact of 'A and his host, B, signed a declaration after talks in Tarsk' (heldout13 n201, a wire; check11 k105: 'A and B said today … after a day of talks')", () => {
    const text = "Veldian Prime Minister Varan Orvane and his Tarsk host, Prime Minister Telu Kestas, signed a joint declaration on security cooperation on Saturday after talks in Halvik.";
    expect(meetingsOf(text, "2026-10-22")).toEqual(["Telu Kestas + Varan Orvane"]);
  });

  it("returns no contact for talks that point back ('signed a deal after the talks')", () => {
    const text = "Veldian Prime Minister Varan Orvane and Tarsk Prime Minister Telu Kestas signed a joint declaration after the talks.";
    expect(meetingsOf(text, "2026-10-22")).toEqual([]);
  });
});

describe("an opening phrase of a preposition and a noun, no comma after it", () => {
  it("returns each of 'Before today's meeting he held talks with A, the government's Special Envoy for Y, and with Minister B' (heldout96 x905)", () => {
    const text =
      "TARSK, April 29 (Wire) - Veldian Prime Minister Varan Orvane met Orvanian Chancellor Osk Tarima today.\n\n" +
      "Before today's meeting he held talks with Telu Kestas, the Orvanian government's Special Envoy for the Western Isles, and with Federal Minister for Economic Affairs Piet Amsel.";
    expect(meetingsOf(text, "2024-04-29")).toEqual(expect.arrayContaining(["Telu Kestas + Varan Orvane", "Piet Amsel + Varan Orvane"]));
  });
});

describe("a body's initials in brackets inside a title", () => {
  it("keeps 'Asian Development Bank (ADB) President X' an object, no subject of the verb coordinated after it (heldout97 x910)", () => {
    const text = "TARSK, April 18 (Wire) - Veldian Finance Minister Varan Orvane arrived on Sunday.\n\nOn the lenders' side, they have met Asian Development Bank (ADB) President Telu Kestas, and have also sat down with a group of Veldian businessmen.";
    expect(meetingsIn(text, "2024-04-18")).not.toContain("Telu Kestas");
  });
});

describe("a greeter named with a post after a comma, then the verbs to the pronoun", () => {
  it("returns 'flew into X, where Y, spokesman of the Atomic Energy Organization of Tarsk (AEOT), was waiting to greet him' as Y greeting the traveller (heldout78 x758; 'where his counterpart, Foreign Minister Y, was waiting to greet him', read sets)", () => {
    const text = "TARSK, Nov 14 (Wire) - Varan Orvane, Director General of the Veldian Energy Agency (VEA), flew into Tarsk International Airport late on Wednesday, where Telu Kestas, spokesman of the Atomic Energy Organization of Tarsk (AEOT), was waiting to greet him.";
    expect(meetingsOf(text, "2024-11-14")).toEqual(["Telu Kestas + Varan Orvane"]);
  });
});

describe("'they' for one person and their team", () => {
  it("returns the contacts of 'X and his delegation have held talks with A. Since landing, they have met the junta-appointed prime minister, B, and the deposed president, C' (exchange63 x942, x943; heldout97 x910)", () => {
    const text =
      "KELM, Aug 19 (Wire) - Former Veldian head of state Varan Orvane and his delegation have held talks with General Telu Kestas, who took power in July.\n\n" +
      "Since landing in Kelm in the afternoon, they have met the junta-appointed prime minister, Osk Tarima, and the deposed president, Piet Amsel.";
    expect(meetingsOf(text, "2023-08-19").sort()).toEqual(["Osk Tarima + Varan Orvane", "Piet Amsel + Varan Orvane", "Telu Kestas + Varan Orvane"]);
    // "they" after a subject of one person alone stands for no one
    const alone = "KELM, Aug 19 (Wire) - Former Veldian head of state Varan Orvane has held talks with General Telu Kestas.\n\nSince landing, they have met the prime minister, Osk Tarima.";
    expect(meetingsOf(alone, "2023-08-19")).not.toContain("Osk Tarima + Varan Orvane");
  });
});

describe("a contact noun with no one making it, planned in the passive before its 'with'", () => {
  it("returns the visitor's planned talks of 'Talks are planned in Kelm with A, with B and with C' (exchange63 x944, x945; heldout96 x904)", () => {
    const text =
      "TARSK, May 2 (Wire) - Veldian Chancellor Varan Orvane leaves on Thursday for a three-day trip to Orvane.\n\n" +
      "The trip begins in the Orvanian capital. Talks are planned in Kelm with Prime Minister Telu Kestas, with President Osk Tarima and with Piet Amsel, Chairperson of the Union Commission.";
    expect(meetingsIn(text, "2023-05-02", "planned").sort()).toEqual(["Osk Tarima + Varan Orvane", "Piet Amsel + Varan Orvane", "Telu Kestas + Varan Orvane"]);
    // … in the city its plan puts them, not where the plan was announced
    expect(articleIndex(text, "2023-05-02").meetings.map((m) => m.place)).toEqual(["Kelm", "Kelm", "Kelm"]);
  });
});

describe("a host who accords a guest a welcome", () => {
  it("returns 'X accorded Y and his wife, Z, a ceremonial welcome' as a meeting, not 'X accorded Y great importance' (heldout95 x899, exchange63 x946, x947)", () => {
    const text = "KELM, Nov 22 (Wire) - King Varan Orvane accorded President Telu Kestas and his wife, Dr Osk Tarima, a ceremonial welcome on the palace parade ground today.";
    expect(meetingsOf(text, "2022-11-22")).toEqual(["Osk Tarima + Telu Kestas + Varan Orvane"]);
    expect(meetingsOf("KELM, Nov 22 (Wire) - King Varan Orvane accorded President Telu Kestas great honour in a speech today.", "2022-11-22")).toEqual([]);
  });
});

describe("a title with a style before it and no name", () => {
  it("returns 'will meet the Rt. Hon. President at Sheetal Niwas' as a contact with the president named before (heldout50 x530)", () => {
    const text =
      "KELM, April 21 (Wire) - At the invitation of the Rt. Hon. Mr. Telu Kestas, President of Veldia, Emir Varan Orvane will pay a state visit to Veldia on 23-24 April 2024.\n\n" +
      "In the afternoon of 23 April, Emir Orvane will meet the Rt. Hon. President at the presidential residence.";
    expect(meetingsIn(text, "2024-04-21", "planned")).toContain("Telu Kestas + Varan Orvane");
    const index = articleIndex(text, "2024-04-21");
    expect(namesInSentence(index, /^In the afternoon/)).toContain("Telu Kestas");
  });
});

describe("a round of a dialogue with a long name", () => {
  it("returns the pair of 'held the sixth round of Foreign Secretary Level Consultations' and no person of its name (heldout95 x897; 'held the third round of the India-UAE Strategic Dialogue', read sets)", () => {
    const text = "TARSK, May 2 (Wire) - Foreign Secretary Varan Orvane and her Veldian counterpart Telu Kestas held the sixth round of Foreign Secretary Level Consultations in Tarsk on April 17.";
    const index = articleIndex(text, "2025-05-02");
    expect(index.meetings.map((m) => meetingKey(index, m))).toEqual(["Telu Kestas + Varan Orvane"]);
    expect(index.people.map((p) => p.name).sort()).toEqual(["Telu Kestas", "Varan Orvane"]);
  });
});

describe("a contact on someone's programme", () => {
  it("returns the contact of 'Also on the minister's agenda: a meeting with A' (devH e212, a Georgian ministry; an Indian wire: 'the Prime Minister's day begins with a meeting with …')", () => {
    const agenda =
      "Veldian Foreign Minister Varan Orvane met the Ambassador of Tarsk to Veldia, Orvel Dunmar, in December.\n\n" +
      "Also on the minister's agenda: a meeting with the Ambassador of Halvik to Veldia, Telu Kestas.";
    expect(meetingsOf(agenda, "2026-12-20")).toContain("Telu Kestas + Varan Orvane");
    const other = "Veldian Foreign Minister Varan Orvane met the Ambassador of Tarsk to Veldia, Orvel Dunmar, in December. Also on the ambassador's agenda: a meeting with Telu Kestas.";
    expect(meetingsOf(other, "2026-12-20")).not.toContain("Telu Kestas + Varan Orvane");
  });

  it("returns the contact of 'His first engagement was a call on A' with the traveller the article follows (heldout51 x555, a Singapore daily; devG g207: 'His last engagement was a courtesy call on …')", () => {
    const text =
      "TARSK, May 23 - Veldian President Varan Orvane received a ceremonial welcome on Thursday morning, beginning a two-day state visit.\n\n" +
      "His first engagement was a call on President Telu Kestas, who was also hosting a banquet in the visitor's honour.";
    expect(meetingsOf(text, "2024-05-23")).toContain("Telu Kestas + Varan Orvane");
  });

  it("returns the contact of 'X's Sunday had begun with a breakfast meeting with A' and 'X's programme included a meeting with B', X named by surname (heldout95 x897, heldout90 x854)", () => {
    const text =
      "TARSK, Aug 25 (Wire) - Veldian Foreign Minister Varan Orvane ended a visit to Tarsk on Sunday.\n\n" +
      "Orvane's Sunday had begun with a breakfast meeting with Commerce Adviser Telu Kestas.\n\n" +
      "Orvane's programme included a meeting with Trade Minister Osk Tarima.";
    expect(meetingsOf(text, "2025-08-25")).toEqual(expect.arrayContaining(["Telu Kestas + Varan Orvane", "Osk Tarima + Varan Orvane"]));
    // a programme's talks with the representatives of countries are its schedule, no contact with each country's holder (heldout35 x302)
    const schedule = "NICE, June 11 (Wire) - Veldian Science Minister Varan Orvane met French President Telu Kestas on Monday.\n\nBefore leaving Tarsk on Saturday, the ministry had said Orvane's programme would also include bilateral talks with representatives of France, Germany and Chile on marine pollution.";
    expect(meetingsIn(schedule, "2025-06-11")).toEqual(["Telu Kestas + Varan Orvane"]);
    // an institution's capitalised word after the possessive still names no one: "St Orvel's Hospital"
    expect(meetingsOf("Veldian Foreign Minister Varan Orvane visited St Telu's Hospital on Sunday, where he met Osk Tarima.", "2025-08-25")).toEqual(["Osk Tarima + Varan Orvane"]);
  });
});

describe("a visit made at a host's invitation", () => {
  it("returns the visitor's contact with the host, in the month of a visit of several days, where no sentence tells their talks (read22 r919, read20 r703)", () => {
    const index = articleIndex("Foreign Minister Varan Telu paid an official visit to Orvane on 26 and 27 September, at the invitation of Foreign Minister Mira Kasto.", "2022-09-28");
    expect(index.meetings.map((m) => `${meetingKey(index, m)} ${m.date?.month}/${m.date?.day ?? "-"}`)).toEqual(["Mira Kasto + Varan Telu 9/-"]);
  });

  it("returns it planned for a visit to come, and held for one under way until tomorrow (check12 l111, check11 k207)", () => {
    expect(meetingsIn("President Varan Telu will be in Orvane from 28 to 31 October at the invitation of President Mira Kasto.", "2025-10-20", "planned")).toEqual(["Mira Kasto + Varan Telu"]);
    const underway = "President Varan Telu arrived in Tarsk on Thursday for a state visit that runs until tomorrow, coming at the invitation of his counterpart, President Mira Kasto.";
    expect(meetingsIn(underway, "2015-11-06", "planned")).toEqual([]);
  });

  it("adds no second contact of a pair whose talks another sentence tells, and none for an invitation to come", () => {
    const text =
      "Foreign Minister Varan Telu paid an official visit to Orvane on 26 and 27 September at the invitation of Foreign Minister Mira Kasto.\n\n" +
      "In the capital, Telu held talks with Kasto on 27 September.";
    expect(meetingsIn(text, "2022-09-28")).toEqual(["Mira Kasto + Varan Telu"]);
    expect(meetingsIn("The ceremony was held at the invitation of President Mira Kasto.", "2022-09-28")).toEqual([]);
    // corpus c038: invitations delivered name no visit made at them
    const delivered = "Deputy Minister Varan Telu delivered two invitations: President Mira Kasto has asked Prime Minister Orvel Dane to visit Tarsk.";
    expect(meetingsIn(delivered, "2024-12-13").filter((m) => m.includes("Telu"))).toEqual([]);
  });
});

describe("a side named after a portfolio of several parts", () => {
  it("reads past a title whose portfolio a comma divides and a capitalised adverb ends (check11 k104, read20 r705, Alwihda Info)", () => {
    const between = "Foreign Minister Varan Telu arrived in Tarsk on Wednesday. Talks were held that day between Telu and the Orvanian Minister of Foreign Affairs, African Cooperation and Orvanians Abroad, Mira Kasto, covering bilateral questions.";
    expect(meetingsIn(between, "2021-08-12")).toEqual(["Mira Kasto + Varan Telu"]);
    const received = "President Orvel Dane on Tuesday received Veldia's Minister of Foreign Affairs, Cooperation and Veldians Abroad, Mira Kasto, who is in Tarsk on a visit.";
    expect(meetingsIn(received, "2021-08-12")).toEqual(["Mira Kasto + Orvel Dane"]);
  });
});

describe("those who accompany a side at a contact a sentence opens on", () => {
  it("makes them present at that side's talks, not at a later audience (devF f104)", () => {
    const text =
      "Foreign Minister Varan Telu held talks in Tarsk on Friday with the Secretary of State, Cardinal Orvel Dane. He was then received by Monsignor Mira Kasto, the Substitute for General Affairs.\n\n" +
      "At the Tarsk talks the minister was accompanied by Ambassador Lena Sorvik and by Anton Drel, head of the minister's secretariat.";
    const index = articleIndex(text, "2017-06-26");
    const talks = index.meetings.find((m) => meetingKey(index, m).includes("Orvel Dane"));
    expect(meetingKey(index, talks!)).toBe("Anton Drel + Lena Sorvik + Orvel Dane + Varan Telu");
    const audience = index.meetings.find((m) => meetingKey(index, m).includes("Mira Kasto"));
    expect(meetingKey(index, audience!)).toBe("Mira Kasto + Varan Telu");
  });
});

describe("the meetings a person's schedule lists", () => {
  it("returns the owner's contacts with the people it names, none with the groups of the schedule (check12 l201)", () => {
    const named = "President Varan Telu arrived in Tarsk on Friday.\nTelu's schedule in Tarsk also foresaw meetings with Prime Minister Mira Kasto and with the speaker of the parliament, Orvel Dane.";
    expect(meetingsIn(named, "2015-03-20")).toEqual(["Mira Kasto + Varan Telu", "Orvel Dane + Varan Telu"]);
    const groups = "Foreign Minister Varan Telu arrived in Tarsk on Monday.\nTelu's itinerary in Tarsk included meetings with business leaders, students of the state university and members of the Veldian community.";
    expect(articleIndex(groups, "2024-05-10").meetings).toEqual([]);
  });
});

describe("a name written untitled after 'sit down with'", () => {
  // "Later on Sunday Macron became the first foreign leader to sit down with Giorgia Meloni, sworn in the day before …"
  // (heldout54 x591); "he also sat down with Henry Puna, the Secretary-General of …" (devE e105): the one sat down with is a side.
  it("returns the contact of 'became the first foreign leader to sit down with A' (made-up names)", () => {
    const text =
      "ROME, October 24, 2022 (Wire) - Veldian President Amos Varan met Pope Leo at the Vatican on Monday.\n\n" +
      "Later on Sunday Varan became the first foreign leader to sit down with Mira Telu, sworn in the day before as Orvane's first woman prime minister.";
    expect(meetingsOf(text, "2022-10-24")).toContain("Amos Varan + Mira Telu");
  });
});

describe("the centrepiece of a trip", () => {
  // check12 l101 ("The centrepiece of the day was a meeting with President …"), new58c x693 ("The centrepiece of the trip was a
  // meeting on Friday with Foreign Minister …", after a lead on the president of the International Committee of the Red Cross)
  it("returns the contact of the traveller with the one 'the centrepiece of the trip was a meeting with'", () => {
    const text =
      "TARSK - The president of the International Committee of the Red Cross, Orla Venn, has completed a two-day visit to the Veldian capital.\n\n" +
      "The centrepiece of the trip was a meeting on Friday with Foreign Minister Varan Telu, her first in Tarsk since she took charge.\n\n" +
      "Venn also held talks with Pavel Orvik, president of the Russian Red Cross.";
    expect(meetingsOf(text, "2023-01-21")).toContain("Orla Venn + Varan Telu");
    expect(articleIndex(text, "2023-01-21").people.map((p) => p.name)).not.toContain("Red Cross");
  });
});

describe("joining someone", () => {
  // "X joined his colleagues, A and B, at the Centre for the ninth trilateral meeting" (heldout85 x815), "X then joined
  // Minister Y at Vanijya Bhawan, where the two chaired …" (heldout74 x724): the join-at frame row.
  it("returns the contact of joining people at a place, and none of joining someone in an appeal or a body", () => {
    const text =
      "TARSK, May 4, 2024 - On Friday, Foreign Minister Varan Telu joined his Chilean and Peruvian colleagues, Ana Rell and Osk Tarima, at the Orvel Centre for their ninth trilateral meeting.\n\n" +
      "Earlier, Pim Dola joined President Kesto Dane in calling for a ceasefire, and Ilse Marnov joined the delegation of Halvik Morn.";
    const met = meetingsOf(text, "2024-05-04");
    expect(met).toContain("Ana Rell + Osk Tarima + Varan Telu");
    expect(met.some((m) => m.includes("Pim Dola") || m.includes("Ilse Marnov"))).toBe(false);
  });

  it("returns no contact of joining one's own leader for talks with another (heldout24 t111: 'Foreign Minister A joins President B for talks with Xi')", () => {
    const text = "TARSK, May 4, 2024 - Chilean Foreign Minister Varan Telu joined Chilean President Osk Tarima for talks with Peruvian President Ana Rell in Lima on Friday.";
    const met = meetingsOf(text, "2024-05-04");
    expect(met).not.toContain("Osk Tarima + Varan Telu");
  });
});

describe("reported contacts and their subjects", () => {
  it("returns the contact of a clause a verb of saying opens without 'that' (heldout83 x802, exchange61 x832, x833)", () => {
    const text = "TARSK, May 4, 2024 - The ministry said Peruvian Foreign Minister Varan Telu and Chilean Foreign Minister Ana Rell signed the agreement on Tuesday in Lima.";
    expect(meetingsOf(text, "2024-05-04")).toContain("Ana Rell + Varan Telu");
  });

  it("does not make the sayer a side of the contact told after 'said'", () => {
    const text = "TARSK, May 4, 2024 - Minister Pim Dola said Peruvian Foreign Minister Varan Telu met Chilean Foreign Minister Ana Rell on Tuesday in Lima.";
    const met = meetingsOf(text, "2024-05-04");
    expect(met).toContain("Ana Rell + Varan Telu");
    expect(met.some((m) => m.includes("Pim Dola"))).toBe(false);
  });
});


// heldout106 x975 ("he was welcomed by the Permanent Secretary in the Ministry of Foreign Affairs, Amb. X, and by …"), heldout89
// x851 ("co-chaired by Namibia's Executive Director in the Ministry of International Relations and Cooperation, Mr X, and …"):
// an office held in a body named with its "the", the name after a comma, is still the one the slot names.
describe("an office in a body before the name it titles", () => {
  it("reads the name after 'Secretary in the Ministry of …,'", () => {
    const text = "Foreign Minister Varan Telu landed at Kelm airport on Tuesday, where he was welcomed by the Permanent Secretary in the Ministry of Foreign Affairs, Amb. Osk Benn, and by the Veldian envoy, Ruda Hadu.";
    expect(meetingsIn(text, "2023-12-05")).toContain("Osk Benn + Ruda Hadu + Varan Telu");
  });
});

// heldout106 x972 ("Thursday's encounter was not the first between Yunus and Grandi this year. The two last sat down in January
// in … Davos", after the visitor's talks with another minister): "the two" are the pair the sentence before names.
describe("'the two' after a sentence naming a pair", () => {
  it("gives the contact to the pair named just before, not the latest meeting's", () => {
    const text =
      "KELM, Feb 27 - Prime Minister Varan Telu on Thursday received Commissioner Osk Benn at the State Guest House.\n\n" +
      "On Thursday morning Benn held talks with Foreign Minister Ruda Hadu.\n\n" +
      "Thursday's encounter was not the first between Telu and Benn this year.\n\n" +
      "The two last sat down in January in Tarsk, on the margins of a forum.";
    const met = meetingsTold(articleIndex(text, "2025-02-27"));
    expect(met).toContain("Benn + Telu, 2025-1");
    expect(met).not.toContain("Benn + Hadu, 2025-1");
  });
});

// heldout112 1034 ("X, the senior adviser to President Y for …, will travel to Tarsk … for talks with …"); as an object the
// same post adds no side already (heldout24 t101, heldout30 x183: "… with A and B, the special adviser to President C")
describe("a name inside the post set beside the subject", () => {
  it("returns no side for the one the subject's post serves", () => {
    const text = "Osk Benn, the senior adviser to President Varan Telu for climate policy, held talks in Kelm on Monday with his Orvanian counterpart Ruda Hadu.";
    const found = meetingsOf(text, "2024-09-03");
    expect(found).toContain("Osk Benn + Ruda Hadu");
    expect(found.join(" ")).not.toContain("Telu");
  });
});

// heldout111 1020 ("X, who has repeatedly said since the 2020 war that …, spoke by telephone … with Y"), exchange66 x1088
// ("…, who has repeatedly said that …, spoke with Y by video link"), x1089 ("…, who has said since taking office that … where it
// must, met Y"); not heldout105 968 ("X, who sent the Pope a letter after taking office inviting him …, called him …")
describe("a subject whose relative clause reports what they said", () => {
  it("returns the contact of the main verb after the comma that closes both", () => {
    const text = "Veldian President Osk Benn, who has said since taking office that Veldia should cooperate with Orvane where it can and disagree where it must, met Orvanian President Ruda Hadu on Tuesday.";
    expect(meetingsOf(text, "2024-11-16")).toContain("Osk Benn + Ruda Hadu");
  });

  it("returns no contact of a verb after a relative clause that reports nothing", () => {
    const text = "President Osk Benn, who sent Cardinal Ruda Hadu a letter after taking office inviting him to visit, called him in Rome \"a great man\".";
    expect(meetingsOf(text, "2024-02-12")).toEqual([]);
  });
});
