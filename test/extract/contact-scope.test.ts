import { describe, expect, it } from "vitest";
import { articleIndex, meetingKey, meetingsIn } from "./helpers";

/** "A + B" per meeting of one article (names sorted), as a reader would list who met whom. */
const meetingsOf = (text: string, published = "2022-09-20"): string[] => meetingsIn(text, published);

describe("a plural side filled only by a list announced for it", () => {
  it("returns no contact with the people of a digest's next bulleted items (devA h005, VNA digest)", () => {
    const text =
      "- Also on September 19, Prime Minister Pham Minh Chinh chaired a teleconference with the heads of Vietnamese representative agencies abroad to discuss how economic diplomacy can better serve national development.\n\n" +
      "- Minister of Foreign Affairs Bui Thanh Son, on behalf of the Vietnamese President, paid his respects to Queen Elizabeth II at her state funeral, held at Westminster Abbey in London on September 19.";
    expect(meetingsOf(text).join(" ")).not.toMatch(/Pham Minh Chinh/);
  });

  it("still reads the lines after a colon (made-up names, the shape of c048, Equatorial Guinea presidency)", () => {
    const text =
      "President Tomas Obrero on Thursday received the credentials of two newly appointed ambassadors at the presidency.\n\n" +
      "The ambassadors accredited on Thursday were, in order of presentation:\n\n" +
      "- from the Kingdom of Morocco, Ghali Benkirane;\n" +
      "- from the Republic of Poland, Marek Zielinski.";
    expect(meetingsOf(text, "2017-01-20")).toEqual(["Ghali Benkirane + Tomas Obrero", "Marek Zielinski + Tomas Obrero"]);
  });
});

describe("groups that are no new side", () => {
  it("returns no group for 'the two diplomats' the article has named, nor the verb after it (devA h004, Khaleej Times)", () => {
    const text =
      "Sheikh Mohammed bin Rashid Al Maktoum received the letters of credence of Timur Zabirov, Russia's Ambassador to the UAE, and of Amir Hayek, Israel's Ambassador to the UAE. He welcomed the two diplomats and wished them success in their new posts.";
    const met = meetingsOf(text, "2021-11-15");
    expect(met.join(" ")).not.toMatch(/diplomats|wished/);
    expect(met).toContain("Mohammed bin Rashid Al Maktoum + Timur Zabirov");
  });
});

describe("who did the contact a gerund reports", () => {
  it("returns no contact of the subject for 'X thanked his host for receiving the delegation' (devA h007, Nigerian presidency)", () => {
    const text = "Akufo-Addo thanked his host for receiving the Ghanaian delegation on a special day, with Nigerians celebrating Eid-el-Fitr.";
    expect(meetingsOf(`President Nana Akufo-Addo of Ghana arrived in Abuja on Sunday.\n\n${text}`, "2017-06-26")).toEqual([]);
  });
});

describe("people present beside the contact the sentence reports", () => {
  it("returns the contact of 'In the presence of Z, X received Y', Z present, not Z as a side (made-up names, the shape of devA h004)", () => {
    const text =
      "In the presence of Crown Prince Karim Delvane, President Omar Tessaly received the letters of credence of Pavel Orlik, Ruritania's Ambassador to the country, on Monday.";
    const index = articleIndex(text, "2021-11-15");
    const principals = index.meetings.map((m) => m.participants.flatMap((p) => (p.kind === "person" && !p.role ? [index.people.find((q) => q.id === p.person)?.name] : [])).sort().join(" + "));
    expect(principals).toEqual(["Omar Tessaly + Pavel Orlik"]);
    const present = index.meetings[0]!.participants.filter((p) => p.kind === "person" && p.role === "present");
    expect(present.map((p) => (p.kind === "person" ? index.people.find((q) => q.id === p.person)?.name : ""))).toEqual(["Karim Delvane"]);
  });
});

describe("sides of a contact told in a long sentence", () => {
  it("returns a contact each for 'In a further round of meetings he received A, B and C' (devA h008, Anadolu; c020, INA, 'In three separate meetings')", () => {
    const text =
      "Turkish Foreign Minister Mevlüt Çavuşoğlu on June 19 met a long line of foreign ministers.\n\n" +
      "In a further round of meetings he received Mathias Cormann, Secretary-General of the Organisation for Economic Co-operation and Development (OECD), Kenyan Foreign Minister Raychelle Omamo and Ukrainian Foreign Minister Dmytro Kuleba.";
    expect(meetingsOf(text, "2021-06-20")).toEqual(["Dmytro Kuleba + Mevlüt Çavuşoğlu", "Mathias Cormann + Mevlüt Çavuşoğlu", "Mevlüt Çavuşoğlu + Raychelle Omamo"]);
  });

  it("returns the titled subject after an opening phrase with no comma ('During the talks President X …', read13; 'In the course of the visit Prime Minister X also held meetings with …', read33 x251)", () => {
    const text =
      "Prime Minister Varan Telu of Nepal arrived in Santiago on Friday for a two-day visit.\n\n" +
      "In the course of the visit Prime Minister Telu also held meetings with President Orla Mensik of Chile and with Foreign Minister Ilse Brand.\n\n" +
      "During the talks President Mensik congratulated his guest.";
    expect(meetingsOf(text, "2021-03-20")).toEqual(["Ilse Brand + Varan Telu", "Orla Mensik + Varan Telu"]);
  });

  it("returns both people of 'held separate meetings with A, chairman of …, and with B' (devA h008, Anadolu)", () => {
    const text =
      "Turkish Foreign Minister Mevlüt Çavuşoğlu then held separate meetings with Abdullah Abdullah, chairman of Afghanistan's High Council for National Reconciliation, and with Afghan Foreign Minister Mohammad Haneef Atmar.";
    expect(meetingsOf(text, "2021-06-20")).toEqual(["Abdullah Abdullah + Mevlüt Çavuşoğlu", "Mevlüt Çavuşoğlu + Mohammad Haneef Atmar"]);
  });

  it("returns no group of 'other leaders' (c049, Dawn style)", () => {
    const text = "Belarusian Prime Minister Roman Golovchenko came to Islamabad last month; on that occasion he met his Pakistani counterpart along with other leaders at the gathering.";
    expect(articleIndex(text, "2024-11-25").meetings.flatMap((m) => m.participants.filter((p) => p.kind === "group"))).toEqual([]);
  });
});

describe("two contacts of one pair on one day", () => {
  it("returns the airport welcome 'Earlier that day' apart from the talks (c042, Solomon Islands MFA)", () => {
    const text =
      "Solomon Islands' Minister of Foreign Affairs and External Trade, Hon. Jeremiah Manele, sat down for bilateral talks with Papua New Guinea's Deputy Prime Minister, Hon. John Rosso, in Honiara on Wednesday 30th August, in what proved a productive exchange.\n\n" +
      "Earlier that day, Minister Manele welcomed DPM Rosso and his entourage at Henderson International Airport at the start of the two-day official visit.";
    expect(meetingsOf(text, "2023-08-30")).toEqual(["Jeremiah Manele + John Rosso", "Jeremiah Manele + John Rosso"]);
  });

  it("returns one contact when a later sentence points back to it ('used the conversation with Y', c012, Paraguay MFA)", () => {
    const text =
      "Paraguay's Foreign Minister Rubén Ramírez Lezcano met Harriet Matthews, the British Foreign Office's Director General for Latin America, in Montreal on Thursday.\n\n" +
      "According to a statement from the Paraguayan Foreign Ministry, he used the conversation with Matthews to make clear that Asunción wants stronger bilateral relations with the United Kingdom.";
    expect(meetingsOf(text, "2023-06-16")).toEqual(["Harriet Matthews + Rubén Ramírez Lezcano"]);
  });
});

describe("a contact set before or after the one the sentence names", () => {
  it("returns a call 'before the meeting' apart from the talks it prepared", () => {
    const text = [
      "Veldian Foreign Minister Ana Varan held talks with Orvanian Foreign Minister Piet Telu in Tarsk on Tuesday.",
      "The two ministers reviewed trade and transport.",
      "Varan said he had spoken by telephone with Telu before the meeting to prepare the agenda.",
    ].join("\n\n");
    expect(articleIndex(text, "2025-06-12").meetings.map((m) => m.kind).sort()).toEqual(["call", "talks"]);
  });
});

describe("a participle opening the sentence", () => {
  it("returns the contact of 'Receiving Dutch Ambassador Y, President X expressed …' (devA h005, VNA)", () => {
    const text =
      "State President Nguyen Xuan Phuc on September 19 hosted receptions in Hanoi for new ambassadors.\n\n" +
      "Receiving Dutch Ambassador Kees van Baar, President Phuc expressed his thanks to the Netherlands for giving Vietnam 1 million doses of COVID-19 vaccine.";
    expect(meetingsOf(text)).toContain("Kees van Baar + Nguyen Xuan Phuc");
  });

  it("returns the contact of 'Welcoming Y, X said …' with the subject after the comma (made-up names, the shape of c018, New Times)", () => {
    const text = "Welcoming Foreign Minister Ana Duarte, President Paul Renner said the two countries each had plenty to gain from the other.";
    expect(meetingsOf(text, "2022-03-08")).toEqual(["Ana Duarte + Paul Renner"]);
  });

  it("returns no contact for 'Speaking to reporters after the meetings, X said …' (c058, Kyodo)", () => {
    const text = "Speaking to reporters after the meetings, Foreign Minister Taro Kono said Chinese President Xi Jinping is scheduled to attend the Group of 20 summit in Osaka in June.";
    expect(meetingsOf(text, "2019-04-15")).toEqual([]);
  });
});

describe("an aside between the contact and its other side", () => {
  it("returns the contact of 'held a telephone talk of about 30 minutes, beginning at 5:40 p.m. on June 9, with Y' (c031, MOFA Japan)", () => {
    const text = "Prime Minister KISHIDA Fumio held a telephone talk of about 30 minutes, beginning at 5:40 p.m. on June 9, with H.E. Mr. Shavkat Mirziyoyev, President of the Republic of Uzbekistan.";
    expect(meetingsOf(text, "2022-06-09")).toEqual(["Kishida Fumio + Shavkat Mirziyoyev"]);
  });

  it("returns no contact with a person named inside the aside (made-up names)", () => {
    const text = "Minister Lina Varga held talks on Monday, after Prime Minister Tomas Berg spoke, with Deputy Minister Aron Kiss.";
    expect(meetingsOf(text, "2022-06-09").join(" ")).not.toMatch(/Berg \+|\+ Tomas Berg/);
  });
});

describe("the other side named after the long title of a body whose name holds 'on'", () => {
  it("returns the contact with the one named after 'the Executive Secretary of the Authority on Development (LAD),' and after 'the Chair of the Committee on Foreign Relations,' (heldout89 x850, exchange62)", () => {
    const text =
      "Foreign Minister Varan Kel met the Executive Secretary of the Lake Authority on Development (LAD), Dr Ivo Sarn, in Tarsk on Monday.\n\n" +
      "On Tuesday Kel held talks with the Chair of the Senate Committee on Foreign Relations, Ana Pell.";
    const met = meetingsOf(text, "2024-03-12");
    expect(met).toContain("Ivo Sarn + Varan Kel");
    expect(met).toContain("Ana Pell + Varan Kel");
  });

  it("returns no contact with a name after 'on' and a day, the speaker of another clause (made-up names)", () => {
    const text = "Foreign Minister Varan Kel met the Speaker of the Assembly on Monday, Bero Mani said.";
    expect(meetingsOf(text, "2024-03-12").join(" ")).not.toMatch(/Mani/);
  });
});

describe("a contact denied inside its own words", () => {
  it("returns no contact for 'held no meeting with' or 'had no bilateral meeting with', and the contact without 'no' (LatestLY and ANI reports, in our words)", () => {
    // https://www.latestly.com/india/news/narendra-modi-holds-no-meeting-with-pakistan-pm-imran-khan-at-sco-summit-no-pleasantries-exchanged-report-925869.html
    expect(meetingsOf("Prime Minister Narendra Modi held no meeting with Pakistan's Prime Minister Imran Khan at the SCO summit in Bishkek.", "2019-06-13")).toEqual([]);
    // https://www.india4u.com/no-bilateral-meet-between-trump-sharif-at-saudi-summit/
    expect(meetingsOf("US President Donald Trump had no bilateral meeting with Pakistan's Prime Minister Nawaz Sharif at the Riyadh summit.", "2017-05-22")).toEqual([]);
    expect(meetingsOf("US President Donald Trump had a bilateral meeting with Pakistan's Prime Minister Nawaz Sharif at the Riyadh summit.", "2017-05-22")).toEqual(["Donald Trump + Nawaz Sharif"]);
  });
});

describe("a passive contact still to come", () => {
  const statusOf = (text: string, published: string): string[] => {
    const index = articleIndex(text, published);
    return index.meetings.map((m) => `${meetingKey(index, m)}: ${m.status ?? "held"}`);
  };

  it("returns planned for 'will be received by', held for 'was received by' (PTI on the G20 arrivals, a Dominican presidency report; in our words)", () => {
    // https://www.devdiscourse.com/article/headlines/2585137-g20-summit-union-ministers-of-state-assigned-responsibilities-to-receive-foreign-delegates
    expect(statusOf("US President Joe Biden will be received by Minister of State Vijay Kumar Singh on September 8 in New Delhi.", "2023-09-07")).toEqual(["Joe Biden + Vijay Kumar Singh: planned"]);
    // https://d1softballnews.com/advanced-of-ivan-duque-coordinate-visit-to-dr/
    expect(statusOf("Colombian President Ivan Duque will be received at the airport by Foreign Minister Roberto Alvarez on Thursday.", "2022-04-28")).toEqual(["Ivan Duque + Roberto Alvarez: planned"]);
    expect(statusOf("Colombian President Ivan Duque was received at the airport by Foreign Minister Roberto Alvarez on Thursday.", "2022-04-28")).toEqual(["Ivan Duque + Roberto Alvarez: held"]);
  });
});

describe("a second verb coordinated after the first one's counterparts", () => {
  const statusOf = (text: string, published: string): string[] => {
    const index = articleIndex(text, published);
    return index.meetings.map((m) => `${meetingKey(index, m)}: ${m.status ?? "held"}`).sort();
  };

  it("returns planned contacts for 'is scheduled to call on A, B, and hold meetings with C and D', none joining B to the meetings (sun.com.mv on a minister's visit; devdiscourse.com, 'will meet … and host a banquet')", () => {
    const text =
      "Foreign Minister Varan Telu of India arrived in Male on an official visit on Saturday afternoon.\n\n" +
      "He is also scheduled to call on President Orvel Kestas, Parliament Speaker and former President Tarsk Belin, and hold meetings with Foreign Minister Kesta Vorn and Minister of Defence Halvik Orvane.";
    expect(statusOf(text, "2025-02-20")).toEqual([
      "Halvik Orvane + Varan Telu: planned",
      "Kesta Vorn + Varan Telu: planned",
      "Orvel Kestas + Varan Telu: planned",
      "Tarsk Belin + Varan Telu: planned",
    ]);
  });

  it("returns two contacts for 'met A and held talks with B', not one of all three (people.cn, 'met with A and held talks with B'; n111 'called on A and held talks with B')", () => {
    expect(statusOf("Foreign Minister Varan Telu of Chile met President Orvel Kestas of Peru and held talks with Foreign Minister Kesta Vorn of Peru.", "2025-02-20")).toEqual([
      "Kesta Vorn + Varan Telu: held",
      "Orvel Kestas + Varan Telu: held",
    ]);
  });

  it("keeps 'will meet A and hold talks with B' planned, both", () => {
    expect(statusOf("Foreign Minister Varan Telu of Chile will meet President Orvel Kestas of Peru and hold talks with Foreign Minister Kesta Vorn of Peru.", "2025-02-20")).toEqual([
      "Kesta Vorn + Varan Telu: planned",
      "Orvel Kestas + Varan Telu: planned",
    ]);
  });
});

describe("a contact told as a possibility", () => {
  it("returns no contact for 'a meeting between A and B could not be ruled out' nor 'did not rule out the possibility of a meeting between A and B' (heldout13 n203; urdupoint.com/Sputnik; joinfo.com)", () => {
    for (const text of [
      "Foreign Minister Tarsk Belin of Chile said a meeting between President Varan Telu of Chile and President Orvel Kestas of Peru could not be ruled out, but nothing has been fixed.",
      "The spokesman said he did not rule out the possibility of a meeting between President Varan Telu of Chile and President Orvel Kestas of Peru in the near future.",
      "Talks between President Varan Telu of Chile and President Orvel Kestas of Peru are not ruled out, the spokesman said.",
    ]) expect(meetingsOf(text), text).toEqual([]);
  });

  it("still returns the meeting of 'met Y on Monday and ruled out a new tariff'", () => {
    expect(meetingsOf("President Varan Telu of Chile met President Orvel Kestas of Peru on Monday and ruled out a new tariff.")).toEqual(["Orvel Kestas + Varan Telu"]);
  });
});

describe("the subject of a verb coordinated after an object", () => {
  it("returns the subject, not the one it met in apposition, as the one a third received (the shape of check11 k107, a ministry's posts)", () => {
    const text =
      "Foreign Minister Varan Telu arrived in Tarsk on Monday.\n\n" +
      "Telu met the Council's Secretary-General, Orvel Kestas, and was then received by President Halvik Orvane.";
    expect(meetingsOf(text)).toEqual(["Halvik Orvane + Varan Telu", "Orvel Kestas + Varan Telu"]);
  });

  it("returns no third side for talks held after receiving someone in apposition (made-up names)", () => {
    const text = "President Varan Telu received the Ambassador of Veldia, Orvel Kestas, and then held talks with Foreign Minister Halvik Orvane.";
    expect(meetingsOf(text)).toEqual(["Halvik Orvane + Varan Telu", "Orvel Kestas + Varan Telu"]);
  });
});

describe("a contact that has not happened yet", () => {
  it("returns no meeting for a pair that has 'yet to sit down together' (the shape of check12 l109; 'has yet to meet' in US wire reports)", () => {
    const text = "While President Varan Telu and his Veldian counterpart Orvel Kestas have yet to sit down together, their foreign ministers did so on Friday.";
    expect(meetingsOf(text).join(" ")).not.toMatch(/Orvel Kestas \+ Varan Telu/);
    expect(meetingsOf("President Varan Telu is yet to meet Prime Minister Orvel Kestas in person.")).toEqual([]);
  });
});

describe("the one a subject sat down with, named in apposition", () => {
  it("returns no second subject for a verb coordinated after it (the shape of devH e204, a ministry's day of bilateral meetings)", () => {
    const text =
      "Foreign Minister Varan Telu was in Tarsk on Monday.\n\n" +
      "Telu sat down with the Council's Secretary-General, Orvel Kestas, and was then received by President Halvik Orvane.";
    expect(meetingsOf(text)).toEqual(["Halvik Orvane + Varan Telu", "Orvel Kestas + Varan Telu"]);
  });
});

describe("an adverbial clause whose subject has a name set beside it", () => {
  // read18 r511 (a Barbadian paper): "Mottley made the point on Tuesday when the new British High Commissioner, Scott
  // Furssedonn-Wood, paid a courtesy call on her at Ilaro Court."; r611 (Bernama): "… after Norway's ambassador to Malaysia,
  // Morten Paulsen, met Saifuddin on April 18"; q305: "when Acevedo's predecessor, Antonio Rivas Palacios, spoke with …".
  it("returns the call of the clause's subject on the one 'her' stands for, the main clause's subject", () => {
    const text = "Prime Minister Sela Marin made the point on Tuesday when the new Veldian High Commissioner, Varan Telu, paid a courtesy call on her at the residence.";
    expect(meetingsOf(text)).toEqual(["Sela Marin + Varan Telu"]);
  });

  // read51 x552: "Jaishankar reached Dubai on Wednesday, where Abdulla Mohammed Al Balooki, Assistant Undersecretary at the
  // Ministry of Foreign Affairs and International Cooperation, received him …"; x554: "… a meeting in September, when the Crown
  // Prince, representing His Highness the Amir, met Rahmon on the sidelines …"
  it("reads past a post with its ministry, or one acting for another, set beside the clause's subject", () => {
    const post = "Foreign Minister Varan Telu reached Tarsk on Wednesday, where Orvel Kestas, Assistant Undersecretary at the Ministry of Foreign Affairs and International Cooperation, received him.";
    expect(meetingsOf(post)).toEqual(["Orvel Kestas + Varan Telu"]);
    const acting = "The visit builds on a meeting in September, when the Crown Prince, Halvik Orvane, representing His Highness the Amir, met President Varan Telu in New York.";
    expect(meetingsOf(acting)).toEqual(["Halvik Orvane + Varan Telu"]);
  });

  it("returns no contact of the main clause's subject with the one the clause's subject met", () => {
    const text = "President Halvik Orvane spoke of the ties on Monday, after the Veldian ambassador to Tarsk, Varan Telu, met Foreign Minister Orvel Kestas.";
    expect(meetingsOf(text)).toEqual(["Orvel Kestas + Varan Telu"]);
  });
});

describe("a pair that holds talks with a side the slot names but no one reads", () => {
  // read19 r619 (a Somali report): "Saleh and Gebreab are due to hold talks with the country's top leadership, including
  // President …": the two visitors are one side.
  it("returns no contact of the pair with each other for 'A and B are due to hold talks with the country's top leadership'", () => {
    const text = "Varan Telu and Orvel Kestas are due to hold talks with the country's top leadership at the presidential palace.";
    expect(meetingsOf(text)).toEqual([]);
  });

  it("still returns the pair's own talks ('A and B held talks with each other', 'A and B held talks in Tarsk')", () => {
    expect(meetingsOf("President Varan Telu and President Orvel Kestas held talks with each other in Tarsk on Monday.")).toEqual(["Orvel Kestas + Varan Telu"]);
    expect(meetingsOf("President Varan Telu and President Orvel Kestas held talks in Tarsk on Monday.")).toEqual(["Orvel Kestas + Varan Telu"]);
  });
});

describe("a verb with no subject of its own after an adverbial clause mid-sentence", () => {
  // devE e106 (a wire report): "Albanese travelled to Indonesia barely two weeks after his election win in May, arriving in
  // Jakarta on June 5, and held his first bilateral meeting with Jokowi at Bogor Palace"; the same shape in a heldout article
  // without a contact ("…, since the country gets almost no rain, and called for its resources to be shared fairly").
  it("returns the contact of the subject the adverbial clause interrupted", () => {
    const text = "Prime Minister Varan Telu travelled to Tarsk two weeks after his election win in May, and held talks with President Orvel Kestas on June 6.";
    expect(meetingsOf(text)).toEqual(["Orvel Kestas + Varan Telu"]);
  });

  it("still keeps a person of the adverbial clause out of the main clause's contact", () => {
    const text = "President Halvik Orvane spoke of the ties on Monday, after the Veldian envoy Varan Telu met Foreign Minister Orvel Kestas.";
    expect(meetingsOf(text)).toEqual(["Orvel Kestas + Varan Telu"]);
  });
});

describe("a clause of time after an opening phrase", () => {
  // heldout61 x633 ("On December 5, while Lula was still president-elect, Biden's national security adviser Jake Sullivan sat down
  // with him …"), heldout35 x313 ("In March, as Iran became one of the worst-hit countries …, Sheikh Abdullah telephoned Zarif"):
  // the clause "while" opens ends at its comma, so "him" is the one it names
  it("returns the contact of the main clause's subject with the one the clause of time names", () => {
    const text =
      "Orvane's president Varan Telu met Veldia's foreign minister Osk Tarima on Monday.\n\n" +
      "On December 5, while Telu was still president-elect, Veldia's national security adviser Pim Dola sat down with him at a hotel in Orvel.";
    expect(meetingsOf(text)).toContain("Pim Dola + Varan Telu");
  });

  // heldout28 x131 ("On Wednesday, Tsahkna travels on to Lithuania, where he is scheduled to meet Foreign Minister A, Seimas Speaker
  // B and C, head of …"): a clause after a second comma runs on through its list
  it("keeps each one a list after 'where' names, when the clause follows a verb of the main one", () => {
    const text = "Veldian Foreign Minister Varan Telu began a tour of the region on Monday.\n\nOn Wednesday, Telu travels on to Orvane, where he is scheduled to meet Foreign Minister Osk Tarima, Speaker Ana Rell and Kesto Dane, head of the chamber of commerce.";
    expect(meetingsOf(text)).toEqual(expect.arrayContaining(["Osk Tarima + Varan Telu", "Ana Rell + Varan Telu", "Kesto Dane + Varan Telu"]));
  });

  // heldout79 x766 ("While in the Kurdish capital she also sat down with Deputy Prime Minister A and the Region's Minister of
  // Interior, B. … In the capital she also held talks with …"), heldout23 s123 ("While in Willemstad he will chair …"): a phrase of
  // place with no verb ends where the pronoun and its verb begin
  it("returns both ones met after a verbless 'While in …', and the next 'she' stays the traveller", () => {
    const text =
      "On Wednesday, Home Secretary Ana Rell was received in Orvel by President Varan Telu.\n\n" +
      "While in the Orvanian capital she also sat down with Deputy Prime Minister Osk Tarima and the Region's Minister of Interior, Kesto Dane.\n\n" +
      "In Tarsk she also held talks with Prime Minister Pim Dola.";
    expect(meetingsOf(text)).toEqual(expect.arrayContaining(["Ana Rell + Kesto Dane + Osk Tarima", "Ana Rell + Pim Dola"]));
  });
});

