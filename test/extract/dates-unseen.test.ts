/** @module Tests of date and place forms found on unseen text: datelines with an ordinal day or a bare agency, a release's masthead city, a day of the month alone, numbers the sentence splitter broke, and whose "also" dates a meeting. */
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/extract/clean";
import { readDateline } from "../../src/extract/dateline";
import { readDayOfMonth } from "../../src/extract/dates";
import { segment } from "../../src/extract/segment";
import { meetingsOf } from "./helpers";

const find = (text: string, who: string) => meetingsOf(text).find((m) => m.names.includes(who));

describe("datelines with an ordinal day", () => {
  it("returns the city and full day of 'ABU DHABI, 16th May, 2022 (WAM) --' (devB k021) and 'Montevideo, November 2nd 2024 -' (corpus c012's form)", () => {
    expect(readDateline("ABU DHABI, 16th May, 2022 (WAM) -- H.H. Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs, on Monday received Antony Blinken.")).toMatchObject({
      place: "Abu Dhabi",
      agency: "WAM",
      date: { year: 2022, month: 5, day: 16 },
    });
    expect(readDateline("Montevideo, November 2nd 2024 - Paraguay's Foreign Minister met the British ambassador.")).toMatchObject({ place: "Montevideo", date: { year: 2024, month: 11, day: 2 } });
  });

  it("places the lead's meeting in the dateline's city", () => {
    const text = " date 2022-05-17\nABU DHABI, 16th May, 2022 (WAM) -- H.H. Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs and International Cooperation, on Monday received Antony Blinken, Secretary of State of the United States of America.";
    expect(find(text, "Blinken")).toMatchObject({ place: "Abu Dhabi", date: { year: 2022, month: 5, day: 16 } });
  });
});

describe("datelines with the agency written bare after the day", () => {
  it("returns city, day and agency of 'Ankara, October 2, AZERTAC' and 'Johannesburg March 11 SAPA --'", () => {
    // Sources: AZERTAC ("Bakou, 22 juillet, AZERTAC" on its own line above the body; "Ankara, October 2, AZERTAC", test/extract/when-where.test.ts);
    // SAPA as carried by FBIS ("Johannesburg March 11 SAPA -- Two … workers were killed …").
    expect(readDateline("Ankara, October 2, AZERTAC")).toMatchObject({ place: "Ankara", agency: "AZERTAC", date: { month: 10, day: 2 }, rest: "" });
    expect(readDateline("Johannesburg March 11 SAPA -- The minister received the envoy.")).toMatchObject({ place: "Johannesburg", agency: "SAPA", date: { month: 3, day: 11 }, rest: "The minister received the envoy." });
  });

  it("returns a dated line of its own, 'Baku, Azerbaijan, Sept. 4' (Trend), and nothing for an undated one or a name", () => {
    expect(readDateline("Baku, Azerbaijan, Sept. 4")).toMatchObject({ place: "Baku", date: { month: 9, day: 4 }, rest: "" });
    expect(readDateline("Baku, Azerbaijan")).toBeUndefined();
    expect(readDateline("Nursultan, Feb 4 Kazakhstan's Deputy Prime Minister met the envoy.")?.agency).toBeUndefined();
  });

  it("places and dates a meeting under a dateline line of its own", () => {
    const text = ["Azerbaijani and Turkish diplomats review ties in Ankara", "", "02.10.2017 [17:28]", "", "Ankara, October 2, AZERTAC", "", "Turkish Foreign Minister Mevlut Cavusoglu received Faig Baghirov, Azerbaijan's ambassador at the end of his mission, and the two praised the ties between their countries."].join("\n");
    expect(find(text, "Baghirov")).toMatchObject({ place: "Ankara", date: { year: 2017, month: 10, day: 2 } });
  });

  it("reads no agency-first dateline 'RSS (KATHMANDU, 29 March 2022) –': only one outlet writes it, and a dated bracket is no agency", () => {
    expect(readDateline("RSS (KATHMANDU, 29 March 2022) – Minister for Foreign Affairs Dr Narayan Khadka held a meeting today.")).toBeUndefined();
  });
});

describe("the city a release's masthead names", () => {
  it("returns the city of 'Embassy of Nepal, Dhaka' (devB k006), 'MFAET Press | Honiara' (corpus c042) and 'Ministry of Foreign Affairs, Islamabad' (corpus c056)", () => {
    expect(cleanArticle("EMBASSY OF NEPAL\nDHAKA\n\nPRESS RELEASE\n\nThis afternoon our Ambassador called on the Minister of Foreign Affairs in his office.\n\nEmbassy of Nepal, Dhaka\n31 January 2024\n").mastheadCity).toBe("Dhaka");
    expect(cleanArticle("Minister holds talks with PNG Deputy Prime Minister\n\nThe Minister sat down for bilateral talks with the Deputy Prime Minister on Wednesday.\n\nMFAET Press | Honiara\n").mastheadCity).toBe("Honiara");
    expect(cleanArticle("PRESS RELEASE\nMinistry of Foreign Affairs, Islamabad\n\nForeign Minister Qureshi holds talks with Wang Yi\n\nThe two ministers held delegation-level talks on Monday.\n").mastheadCity).toBe("Islamabad");
  });

  it("returns no city for a masthead without one or a sentence ending in a city", () => {
    expect(cleanArticle("Embassy of the Republic of Cuba in Jamaica\n\nThe Ambassador met the Prime Minister on Monday in his office.\n").mastheadCity).toBeUndefined();
    expect(cleanArticle("The Minister met the Ambassador on Monday, Dhaka.\n\nThey discussed trade, said the Ministry, Dhaka\n").mastheadCity).toBeUndefined();
  });

  it("places a call in the office of a host minister where the release was issued", () => {
    const text = " date 2024-01-31\nEMBASSY OF NEPAL\nDHAKA\n\nPRESS RELEASE\n\nThis afternoon our Ambassador to Bangladesh, His Excellency Mr. Ghanshyam Bhandari, called on Dr. Hasan Mahmud, Minister of Foreign Affairs of the People's Republic of Bangladesh, in his office.\n\nThe two sides exchanged views on taking relations forward.\n\nEmbassy of Nepal, Dhaka\n31 January 2024\n";
    expect(find(text, "Mahmud")).toMatchObject({ place: "Dhaka", date: { year: 2024, month: 1, day: 31 } });
  });
});

describe("a day of the month written alone", () => {
  it("returns the day in the publication's month: 'on the 4th' (news.lk, devB k019), 'today (14)' (pmdnews.lk), 'this afternoon (24)' (srilankamirror)", () => {
    expect(readDayOfMonth("bilateral talks at the Ministry of Foreign Affairs in Colombo on the 4th, during the visit", { published: "2024-10-07" })).toMatchObject({ year: 2024, month: 10, day: 4 });
    expect(readDayOfMonth("presented their credentials at the Presidential Secretariat in Colombo today (14).", { published: "2020-05-15" })).toMatchObject({ year: 2020, month: 5, day: 14 });
    expect(readDayOfMonth("The President paid a visit to the embassy this afternoon (24) to extend his condolences.", { published: "2025-04-24" })).toMatchObject({ year: 2025, month: 4, day: 24 });
  });

  it("returns last month's day for a day after publication, and nothing for an ordinal that is no day", () => {
    expect(readDayOfMonth("they met on the 28th.", { published: "2024-03-05" })).toMatchObject({ year: 2024, month: 2, day: 28 });
    expect(readDayOfMonth("on the 76th session of the General Assembly", { published: "2021-09-27" })).toBeUndefined();
    expect(readDayOfMonth("on the 4th anniversary of the treaty", { published: "2021-09-27" })).toBeUndefined();
    expect(readDayOfMonth("on the 4th,", {})).toBeUndefined();
  });

  it("dates the talks, and the airport welcome of 'that morning', by it", () => {
    const text = [
      " date 2024-10-07",
      "Foreign Minister Vijitha Herath hosted India's External Affairs Minister, Dr. Subrahmanyam Jaishankar, for bilateral talks at the Ministry of Foreign Affairs in Colombo on the 4th, during the Indian minister's one-day official visit.",
      "",
      "On arrival at Bandaranaike International Airport that morning, Dr. Jaishankar was received by Foreign Secretary Aruni Wijewardane.",
    ].join("\n");
    expect(find(text, "Herath")?.date).toMatchObject({ year: 2024, month: 10, day: 4 });
    expect(find(text, "Wijewardane")?.date).toMatchObject({ year: 2024, month: 10, day: 4 });
  });
});

describe("numbers the sentence splitter broke", () => {
  it("returns one sentence for 'RM7.53 billion (US$1.77 billion)' (corpus c044, Bernama style) and 'RM384.48 million' (devB k016)", () => {
    const trade = segment([{ text: "Brunei ranked sixth among Malaysia's trading partners in ASEAN last year, with two-way trade worth RM7.53 billion (US$1.77 billion). In the first half of this year the figure stood at US$690 million (RM3.02 billion)." }]);
    expect(trade.map((s) => s.text)).toEqual(["Brunei ranked sixth among Malaysia's trading partners in ASEAN last year, with two-way trade worth RM7.53 billion (US$1.77 billion).", "In the first half of this year the figure stood at US$690 million (RM3.02 billion)."]);
    const timor = segment([{ text: "Trade between Malaysia and Timor-Leste stood at RM384.48 million in 2022, up 93.3 per cent from RM194.09 million in 2021. The Minister left." }]);
    expect(timor).toHaveLength(2);
    expect(timor[0]!.words.map((w) => w.text)).toContain("2022");
  });

  it("returns one sentence for initials cut inside a compound ('the Orvane-U.S.-Veldia Exchange'), and two after 'the U.S.' that ends one", () => {
    const compound = segment([{ text: "They agreed to use the Orvane-U.S.-Veldia Exchange (OUVE), started last year, as a venue. The ministers left." }]);
    expect(compound.map((s) => s.text)).toEqual(["They agreed to use the Orvane-U.S.-Veldia Exchange (OUVE), started last year, as a venue.", "The ministers left."]);
    expect(segment([{ text: "He flew on to the U.S. The talks ended." }])).toHaveLength(2);
  });

  it("returns no sentence for a paragraph's number '1.' (corpus c040, devB k017: Korea's foreign ministry)", () => {
    const numbered = segment([{ text: "1. Deputy Minister for Political Affairs Yeo Seung-bae held talks in Seoul." }, { text: "2. The two sides agreed to meet again." }]);
    expect(numbered.map((s) => s.text)).toEqual(["Deputy Minister for Political Affairs Yeo Seung-bae held talks in Seoul.", "The two sides agreed to meet again."]);
    expect(segment([{ text: "Item 1." }]).map((s) => s.text)).toEqual(["Item 1."]);
  });

  it("carries the place of a numbered release's lead to a meeting 'on the same day'", () => {
    const text = [
      " date 2024-11-05",
      "1. Minister of Foreign Affairs CHO Tae-yul held separate bilateral talks in Seoul on Monday, November 4, with Foreign Minister of Uzbekistan Bakhtiyor SAIDOV.",
      "",
      "2. On the same day, First Vice Minister of Foreign Affairs KIM Hong-kyun held one-on-one meetings with Deputy Foreign Minister of Tajikistan Sodiq IMOMI.",
    ].join("\n");
    expect(find(text, "Imomi") ?? find(text, "IMOMI")).toMatchObject({ place: "Seoul", date: { year: 2024, month: 11, day: 4 } });
  });
});

describe("the day an 'also' meeting takes from the one before", () => {
  const text = [
    " date 2023-12-05",
    "KUALA LUMPUR, Dec 5 -- Timor-Leste's Vice Prime Minister Francisco Kalbuadi Lay was granted an audience today by the Yang di-Pertuan Agong at Istana Negara.",
    "",
    "Kalbuadi Lay arrived on Sunday for a four-day working visit.",
    "",
    "Yesterday, Kalbuadi Lay held a meeting with Deputy Prime Minister Datuk Seri Fadillah Yusof, who is also Plantation and Commodities Minister, on bilateral relations.",
    "",
    "Kalbuadi Lay, who also holds the tourism and environment portfolio in Dili, met his Malaysian counterpart, Tourism, Arts and Culture Minister Datuk Seri Tiong King Sing, to look at possible cooperation in tourism.",
  ].join("\n");

  it("returns the day of 'Yesterday' for its meeting, not for the next one whose 'also' is a relative clause's (devB k016, Bernama)", () => {
    expect(find(text, "Fadillah")?.date).toMatchObject({ year: 2023, month: 12, day: 4 });
    expect(find(text, "Tiong")?.date?.text).not.toBe("Yesterday");
  });

  it("returns the latest meeting's day for 'also met', but not for an 'also' of a relative clause", () => {
    const also = text.replace("Kalbuadi Lay, who also holds the tourism and environment portfolio in Dili, met", "Kalbuadi Lay also met");
    expect(find(also, "Tiong")?.date).toMatchObject({ year: 2023, month: 12, day: 4 });
  });
});

describe("the date of one counterpart of a list", () => {
  it("returns each counterpart's own day: 'on Tuesday 31 October with A, …, and on Wednesday 1 November with B' (devB k010, Finland's foreign ministry)", () => {
    const text = " date 2017-10-27\nForeign Minister Timo Soini is to hold two bilateral meetings in Helsinki while the Nordic Council gathers for its Ordinary Session: on Tuesday 31 October with Ine Eriksen Søreide, who has just become Norway's Minister of Foreign Affairs, and on Wednesday 1 November with Denmark's Minister of Foreign Affairs, Anders Samuelsen.";
    expect(find(text, "Søreide")?.date).toMatchObject({ year: 2017, month: 10, day: 31 });
    expect(find(text, "Samuelsen")?.date).toMatchObject({ year: 2017, month: 11, day: 1 });
  });

  it("returns the one date of the sentence for every counterpart when the list's parts write none (corpus c045-style lead, ANI)", () => {
    const text = " date 2021-09-27\nOn Sunday, External Affairs Minister S Jaishankar met Singapore's Foreign Minister Vivian Balakrishnan, who took office in 2015, and Japanese Foreign Minister Toshimitsu Motegi.";
    expect(find(text, "Balakrishnan")?.date).toMatchObject({ year: 2021, month: 9, day: 26 });
    expect(find(text, "Motegi")?.date).toMatchObject({ year: 2021, month: 9, day: 26 });
  });
});

describe("a contact over the phone", () => {
  it("returns a call, with no place, for 'discussed … over the phone' (Hürriyet Daily News) and 'discussed … in a phone conversation' (IANS)", () => {
    const hurriyet = find(" date 2020-11-10\nANKARA – Turkish Foreign Minister Mevlüt Çavuşoğlu discussed the situation in Nagorno-Karabakh with his Russian counterpart Sergey Lavrov over the phone on Nov. 9.", "Lavrov");
    expect(hurriyet?.kind).toBe("call");
    expect(hurriyet?.place).toBeUndefined();
    const ians = find(" date 2018-05-31\nMoscow, May 31 (IANS) Russian Foreign Minister Sergei Lavrov and US Secretary of State Mike Pompeo discussed bilateral relations in a phone conversation on Wednesday, the Russia Foreign Ministry said.", "Pompeo");
    expect(ians?.kind).toBe("call");
    expect(ians?.place).toBeUndefined();
  });

  it("returns a meeting in person when the phone belongs to another event of the sentence", () => {
    const met = find(" date 2020-11-10\nForeign Minister Sameh Shoukry met his Jordanian counterpart Ayman Safadi in Cairo on Monday, a day after the two spoke by phone.", "Safadi");
    expect(met).toMatchObject({ kind: "meeting", place: "Cairo" });
  });
});

describe("a meeting to come on one day of a range", () => {
  it("returns the month, not the range's first day: 'on July 3 and 4, Modi is to hold meetings with …' (devB k014, ANI), 'from November 25 to 27' (corpus c049's visit)", () => {
    const ani = find(
      "PORT OF SPAIN, July 4 (ANI) – Prime Minister Narendra Modi began his first official visit to Trinidad and Tobago on Thursday (local time).\n\nOver his two-day stay, on July 3 and 4, Modi is to hold meetings with President Christine Carla Kangaloo and with Prime Minister Kamla Persad-Bissessar, officials said.",
      "Kangaloo",
    );
    expect(ani?.status).toBe("planned");
    expect(ani?.date).toMatchObject({ month: 7 });
    expect(ani?.date?.day).toBeUndefined();
    const visit = find(" date 2024-11-21\nISLAMABAD, Nov 21: The President of Belarus, Aleksandr Lukashenko, is to hold talks with Prime Minister Shehbaz Sharif during his visit, from November 25 to 27, the Foreign Office announced on Thursday.", "Sharif");
    expect(visit?.date).toMatchObject({ year: 2024, month: 11 });
    expect(visit?.date?.day).toBeUndefined();
  });

  it("keeps the day of a meeting to come on one day", () => {
    expect(find(" date 2021-05-01\nChinese President Xi Jinping will meet French President Emmanuel Macron in Paris on May 6.", "Macron")?.date).toMatchObject({ year: 2021, month: 5, day: 6 });
  });
});

describe("a day without a year in a story the lead dates in full", () => {
  // check11 k202 ("HANOI – … on the morning of 15 May 2024 received …" then "On 10 January, then-President … received …"); the
  // sealed sets' "the year missing, the text writes it"
  it("returns the latest such day on or before the lead's date, when the article has no date line nor dateline day", () => {
    const text =
      "TARSK – Veldian President Orla Brandt on the morning of 15 May 2024 received four envoys at the palace.\n\n" +
      "On 10 January, Brandt received outgoing Chilean Ambassador Kesto Dane in Tarsk. On 2 December, she had received Peruvian Ambassador Ansel Lind.";
    expect(find(text, "Dane")?.date).toMatchObject({ year: 2024, month: 1, day: 10 });
    expect(find(text, "Lind")?.date).toMatchObject({ year: 2023, month: 12, day: 2 });
  });

  // new57a x649 (a news site's roundup, its date only in the sign-off: "… looked back on Guterres's visit to Turkmenistan in
  // July, during which he held meetings with …"); devF f205's "Dahal's visit to New Delhi in June last year, during which …"
  it("returns a month alone with the lead's year, not the lead's month", () => {
    const text =
      "TARSK – On 28 September 2024, Veldian Foreign Minister Orla Brandt was received by Secretary-General Kesto Dane.\n\n" +
      "Both sides looked back on Dane's visit to Veldia in July, during which he held talks with President Ansel Lind.";
    expect(find(text, "Lind")?.date).toMatchObject({ year: 2024, month: 7 });
  });
});

describe("days written with the style guides' 'Sept.'", () => {
  // heldout32 x229 ("On Wednesday, Sept. 25, Nurtleu held separate meetings …"), new59c x732 ("On Monday, Sept. 23, Franchetti sat
  // down with …"), heldout68 x680 ("… decided on Sept. 15 …"): the tagger knows no "Sept", so the day alone was read
  it("dates the meeting to the day, not to the weekday alone", () => {
    const text = "TARSK, Sept. 27, 2024 (Agency) - Foreign Minister Varan Telu had a busy week.\n\nOn Monday, Sept. 23, Telu met Foreign Minister Osk Tarima in Orvel. He held talks with Ana Rell on Sept 24, 2024.";
    expect(find(text, "Tarima")?.date).toMatchObject({ year: 2024, month: 9, day: 23 });
    expect(find(text, "Rell")?.date).toMatchObject({ year: 2024, month: 9, day: 24 });
  });
});

describe("datelines with the day in brackets after the city and its country", () => {
  // new59c x732 ("RIO DE JANEIRO, Brazil (Sept. 25, 2024) -- Chief of Naval Operations …", a navy release), exchange59 x748 (an
  // embassy's release, "HANOI, Vietnam (Sept. 11, 2023) --"), x749 (a command's release, "BOGOTÁ, Colombia (Sept. 6, 2022) --")
  it("returns the city and the day", () => {
    expect(readDateline("ORVEL CITY, Veldia (Sept. 25, 2024) -- Admiral Varan Telu used the conference to meet the heads of four navies.")).toMatchObject({
      place: "Orvel City",
      date: { year: 2024, month: 9, day: 25 },
      rest: "Admiral Varan Telu used the conference to meet the heads of four navies.",
    });
  });

  it("places the meetings the body dates in the dateline's city", () => {
    const text = "ORVEL CITY, Veldia (Sept. 25, 2024) -- Admiral Varan Telu used the naval conference to meet the heads of three navies.\n\nOn Monday, Sept. 23, Telu sat down with the chief of the Orvanian Navy, Vice Adm. Osk Tarima.";
    expect(find(text, "Tarima")).toMatchObject({ place: "Orvel City", date: { year: 2024, month: 9, day: 23 } });
  });
});

describe("a day its sentence gives the month and year of", () => {
  // heldout32 x226 ("In June 2020, Shri Modi held his first bilateral virtual summit, on 4 June, with Prime Minister Scott
  // Morrison", an Indian government release), x227 ("In December 2021, when Hayashi was Japan's Foreign Minister, the two held
  // expanded talks by videoconference on Thursday, December 23", a Jordanian agency)
  it("returns the day of that month and year, not the month alone", () => {
    const text = "TARSK, 10 May 2025 (Agency) - Foreign Minister Varan Telu met Foreign Minister Osk Tarima on Friday.\n\nIn June 2020, Telu held his first summit by video link, on 4 June, with President Ana Rell.";
    expect(find(text, "Rell")?.date).toMatchObject({ year: 2020, month: 6, day: 4 });
  });

  it("returns the year the sentence writes, not the year nearest the story's", () => {
    const text = "TARSK, 10 May 2025 (Agency) - Foreign Minister Varan Telu met Foreign Minister Osk Tarima on Friday.\n\nIn December 2021, when Rell was Orvane's foreign minister, Telu and Ana Rell held talks on Thursday, December 23.";
    expect(find(text, "Rell")?.date).toMatchObject({ year: 2021, month: 12, day: 23 });
  });
});

describe("a week ahead and the day of a briefing", () => {
  // heldout23 s110 ("… will hold talks in Moscow next week with …, the ministry's spokeswoman told a briefing on Thursday.",
  // then the days of each talk): "next week" is no month of a year to give the briefing's day to
  it("keeps the days the next sentence gives each talk", () => {
    const text =
      "TARSK, September 2, 2021 (Agency) - Foreign Minister Varan Telu will hold talks in Tarsk next week with Orvane's top diplomat Osk Tarima, the ministry's spokeswoman told a briefing on Thursday.\n\n" +
      "Tarima will arrive on Monday and is due to meet Telu on Tuesday, the spokeswoman said.";
    expect(meetingsOf(text).filter((m) => m.names.includes("Tarima")).map((m) => m.date?.day)).toEqual([7]);
  });
});

describe("a wire's dateline with the dash right after its agency", () => {
  // exchange60 x788 and x794 ("Tokyo, Oct. 15 (Jiji Press)--Swedish Crown Princess …", the Japanese wire's form; its pages also
  // write "(Jiji Press)–" and "(Jiji Press)—" with no space before the lead)
  it("returns the city, the day and the agency, and the lead's words from its first", () => {
    expect(readDateline("Tarsk, Oct. 15 (Orvel Press)--Veldian Foreign Minister Varan Telu met his counterpart on Tuesday.")).toMatchObject({
      place: "Tarsk",
      agency: "Orvel Press",
      date: { month: 10, day: 15 },
      rest: "Veldian Foreign Minister Varan Telu met his counterpart on Tuesday.",
    });
    expect(readDateline("Tarsk, Jan. 21 (Orvel Press)–Veldian Foreign Minister Varan Telu met him.")?.rest).toBe("Veldian Foreign Minister Varan Telu met him.");
  });
});
