import { describe, expect, it } from "vitest";
import { readOwnDate, tellsEarlierMeeting, visitDestination } from "../../src/extract/meeting-setting";
import { parseDate } from "../../src/extract/dates";
import { segment } from "../../src/extract/segment";
import { meetingsOf } from "./helpers";

const find = (text: string, who: string) => meetingsOf(text).find((m) => m.names.includes(who));

describe("meeting dates read from the story", () => {
  it("returns 'this evening' and 'today' as the publication day, and no place for a phone call", () => {
    const call = find(" date 2025-04-06\nThis evening British Prime Minister Keir Starmer held a telephone call with Canadian Prime Minister Mark Carney.\n\nThe two leaders discussed trade.", "Carney");
    expect(call).toMatchObject({ kind: "call", date: { year: 2025, month: 4, day: 6, basis: "relative" } });
    expect(call?.place).toBeUndefined();
    const received = find("Doha, April 20 (QNA) - Lebanese Prime Minister Hassan Diab was received this evening by Qatari Emir Tamim bin Hamad.", "Diab");
    expect(received?.date).toMatchObject({ month: 4, day: 20 });
  });

  it("returns the month of a statement's day for a contact the statement reports, and the day for one after talks in the statement's clause", () => {
    const stated = find(" date 2025-03-15\nVeldian Foreign Minister Aram Telu met his Orvanian counterpart, Kestas Varan, on the sidelines of the forum in Tarsk, the ministry said in a statement on Friday.", "Kestas Varan");
    expect(stated?.date).toMatchObject({ year: 2025, month: 3 });
    expect(stated?.date?.day).toBeUndefined();
    const after = find(" date 2025-03-15\nVeldia wants more trade with Orvane, Veldian Foreign Minister Aram Telu said on Friday after talks with his Orvanian counterpart Kestas Varan in Tarsk.", "Kestas Varan");
    expect(after?.date).toMatchObject({ year: 2025, month: 3, day: 14 });
  });

  it("returns no dateline's day for a contact told after a lead that tells no day", () => {
    const text = "TARSK, Mar 6 (Veldia Wire) - Veldian Foreign Minister Aram Telu spent the council's week of meetings in Tarsk moving from one side room to the next.\n\nTelu also sat down with Aldorian Foreign Minister Dane Vell, describing the exchanges as rich.";
    expect(find(text, "Dane Vell")).toBeDefined();
    expect(find(text, "Dane Vell")?.date?.day).toBeUndefined();
    const lead = "TARSK, Mar 6 (Veldia Wire) - Veldian Foreign Minister Aram Telu held talks with Aldorian Foreign Minister Dane Vell at the council session.";
    expect(find(lead, "Dane Vell")?.date).toMatchObject({ month: 3, day: 6 });
  });

  it("returns no statement's day for the last contact of a list to come", () => {
    const text = " date 2025-03-14\nVeldian Foreign Minister Aram Telu will hold talks in Tarsk next week with Orvanian Foreign Minister Kestas Varan and with Aldorian Foreign Minister Dane Vell, the ministry's spokeswoman told a briefing on Thursday.";
    for (const who of ["Kestas Varan", "Dane Vell"]) {
      const planned = find(text, who);
      expect(planned?.status).toBe("planned");
      expect(planned?.date?.day).toBeUndefined();
    }
  });

  it("returns the day the next sentence gives a meeting whose own sentence gives none", () => {
    const call = find(
      " date 2022-04-21\nSouth African President Cyril Ramaphosa has at last had a telephone conversation with Ukrainian President Volodymyr Zelensky. Zelensky announced the call on Twitter on Wednesday evening.",
      "Zelensky",
    );
    expect(call?.date).toMatchObject({ year: 2022, month: 4, day: 20 });
  });

  it("returns the day the sentence before gives in the same paragraph", () => {
    const met = find(" date 2024-11-16\nTwo days earlier, on 12 November, the two parliaments had their own moment. British Speaker Lindsay Hoyle received Uruguayan Ambassador Luis Bermudez at Westminster in London.", "Bermudez");
    expect(met).toMatchObject({ place: "London", date: { year: 2024, month: 11, day: 12 } });
  });

  it("returns the month a paragraph has gone back to for a meeting its sentence does not date, and the story's day in a paragraph of the story's time", () => {
    const story = [
      " date 2025-02-25",
      "ASTANA, Feb. 25 (Wire) – President Ana Varan hosted the Omani foreign minister, Ben Telu, on Tuesday.",
      "",
      "The visit builds on earlier contacts. In February 2023, Kazakh Foreign Minister Lia Dorn made a first official trip to Oman. In Muscat she held talks with Telu.",
    ];
    expect(find(story.join("\n"), "Dorn")?.date).toMatchObject({ year: 2023, month: 2 });
    expect(find(story.join("\n"), "Dorn")?.date?.day).toBeUndefined();
    const same = [...story.slice(0, 3), "Later that day Kazakh Foreign Minister Lia Dorn held talks with Telu."];
    expect(find(same.join("\n"), "Dorn")?.date).toMatchObject({ year: 2025, month: 2, day: 25 });
  });

  it("returns the lead's day for a later meeting of the same story, not the stamp's", () => {
    const text = [
      "Jaishankar holds bilateral meetings on UNGA sidelines",
      "",
      "PTI | New York | September 25, 2023 12:28 pm IST",
      "",
      "Indian External Affairs Minister S. Jaishankar filled the opening day of the General Assembly's high-level week with one-on-one meetings on Sunday, September 24.",
      "",
      "Jaishankar first met Mexican Foreign Secretary Alicia Bárcena to talk about trade.",
    ].join("\n");
    expect(find(text, "Bárcena")).toMatchObject({ place: "New York", date: { year: 2023, month: 9, day: 24 } });
  });

  it("returns a planned meeting's weekday forward and a held one's backward", () => {
    const dateOf = (text: string) => {
      const [sent] = segment([{ text }]);
      return readOwnDate(sent!, { sents: [sent!], refs: [], quoteDates: [], published: "2023-06-15" }, 0);
    };
    expect(dateOf("Saudi Foreign Minister Faisal bin Farhan is scheduled to travel to Tehran on Saturday.")).toMatchObject({ year: 2023, month: 6, day: 17 });
    expect(dateOf("Park will also pay a courtesy call on President Khurelsukh on Monday.")).toMatchObject({ year: 2023, month: 6, day: 19 });
    expect(dateOf("Saudi Foreign Minister Faisal bin Farhan met Iranian President Ebrahim Raisi in Tehran on Saturday.")).toMatchObject({ year: 2023, month: 6, day: 10 });
  });
});

describe("meeting places read from the story", () => {
  it("returns the city the lead's visit goes to when the dateline is elsewhere", () => {
    const text = " date 2023-09-02\nANKARA - Turkish Foreign Minister Hakan Fidan ended a two-day working visit to Moscow on Friday.\n\nOn Thursday, Fidan held talks with Russian Foreign Minister Sergei Lavrov.";
    expect(find(text, "Lavrov")).toMatchObject({ place: "Moscow", date: { year: 2023, month: 8, day: 31 } });
  });

  it("returns the dateline's city for 'here' and the place before ', where'", () => {
    expect(find("PUTRAJAYA, Aug 27 — Malaysian Prime Minister Anwar Ibrahim hosted Bruneian Sultan Hassanal Bolkiah for talks here today.", "Bolkiah")).toMatchObject({ place: "Putrajaya", date: { month: 8, day: 27 } });
    // check11 k102 (Maghreb Wire style): a day word counted from a dateline with no year, which keeps none
    const yesterday = find("ADDIS ABABA, Mar 1 (Wire) – Foreign Minister Varan Telu of Algeria arrived for the council.\n\nYesterday, on the sidelines of the summit, Telu had talks with Senegal's Minister of Foreign Affairs, Mira Kasto.", "Kasto");
    expect(yesterday?.date).toMatchObject({ month: 2, day: 28 });
    expect(yesterday?.date?.year).toBeUndefined();
    const kyiv = find(" date 2023-09-02\nANKARA - Turkish Foreign Minister Hakan Fidan was in Kyiv last week, where he met Ukrainian President Volodymyr Zelensky.", "Zelensky");
    expect(kyiv).toMatchObject({ place: "Kyiv", date: { year: 2023, month: 8 } });
  });

  it("returns the city of 'the Swiss city of Geneva', and no city for a country alone", () => {
    expect(find(" date 2018-11-27\nIranian Foreign Minister Mohammad Javad Zarif met Afghan Chief Executive Abdullah Abdullah in the Swiss city of Geneva on Tuesday.", "Abdullah")?.place).toBe("Geneva");
    expect(find(" date 2018-11-27\nIranian Foreign Minister Mohammad Javad Zarif met Afghan Chief Executive Abdullah Abdullah in Switzerland on Tuesday.", "Abdullah")?.place).toBeUndefined();
  });

  it("returns a visit's city, or its country's capital", () => {
    expect(visitDestination("Lukashenko will pay a three-day official visit to Pakistan next week")).toBe("Islamabad");
    expect(visitDestination("Fidan ended a two-day working visit to Moscow on Friday")).toBe("Moscow");
    expect(visitDestination("The ministers discussed trade")).toBeUndefined();
  });

  it("returns no dateline city for a held meeting of a visit the lead sends to another country, and keeps it for one at home", () => {
    const abroad = "ASTANA – Kazakh Deputy Foreign Minister Ana Varan has paid a visit to Bahrain, the ministry said on Tuesday.\n\nDuring the visit Varan held talks with Foreign Minister Ben Telu.";
    expect(find(abroad, "Telu")?.place).toBeUndefined();
    const home = "ASTANA – Kazakh Deputy Foreign Minister Ana Varan has received Ben Telu, the ambassador of Bahrain, the ministry said on Tuesday.\n\nVaran held talks with Telu on trade.";
    expect(find(home, "Telu")?.place).toBe("Astana");
  });

  it("returns the capital of a country named with its state's style ('the Kingdom of …')", () => {
    expect(visitDestination("Varan has paid a visit to the Kingdom of Bahrain, the ministry says", true)).toBe("Manama");
    expect(visitDestination("a two-day trip to the Sultanate of Oman")).toBe("Muscat");
    expect(visitDestination("his visit to Port of Spain on Monday")).toBe("Port of Spain");
  });
});

describe("meetings of a visit, a caption, a video link", () => {
  it("returns the month for a call paid 'during the visit' or 'while in' a city, not the first day", () => {
    const text = " date 2016-06-03\nOn 2 June 2016, Hungarian Deputy State Secretary Kristóf Altusz hosted Slovenian Deputy State Secretary David Brozina for talks in Budapest.\n\nWhile in Budapest, Mr. Brozina also paid a courtesy call on Hungarian Deputy Minister László Szabó.";
    const call = find(text, "Szabó");
    expect(call?.date).toMatchObject({ year: 2016, month: 6 });
    expect(call?.date?.day).toBeUndefined();
    expect(call?.place).toBe("Budapest");
  });

  it("returns no place from the lead for a journey's meetings when the lead's city lies in another country than the journey's", () => {
    const home = "Veldian Foreign Minister Varan Telu travels to Chile on Monday for meetings with the country's leadership, the Ministry of Foreign Affairs in Oslo announced.\n\nDuring the trip Telu is to be received by the Chilean President, Aldor Kesk.";
    expect(find(home, "Kesk")?.place).toBeUndefined();
    const there = "Veldian Foreign Minister Varan Telu travels to Chile on Monday for meetings in Valparaíso, the ministry announced.\n\nDuring the trip Telu is to be received by the Chilean President, Aldor Kesk.";
    expect(find(there, "Kesk")?.place).toBe("Valparaíso");
  });

  it("returns the city a small state's name also names for a meeting placed in that state, and no city of a larger country", () => {
    const named = " date 2022-02-15\nThe Veldian foreign minister, Varan Telu, received his Orvanian counterpart, Aldor Kesk, on Tuesday.\n\nAt the working meeting in Luxembourg, the two ministers said they were pleased with relations.";
    expect(find(named, "Kesk")?.place).toBe("Luxembourg City");
    const several = " date 2022-02-15\nThe Veldian foreign minister, Varan Telu, received his Orvanian counterpart, Aldor Kesk, on Tuesday.\n\nAt the working meeting in Chile, the two ministers said they were pleased with relations.";
    expect(find(several, "Kesk")?.place).toBeUndefined();
  });

  it("returns a city written with the local spacing and accents in the gazetteer's spelling, from the sentence or the dateline", () => {
    const said = " date 2024-01-09\nOn 8 January, in Ha Noi, Deputy Minister Varan Telu received the Veldian ambassador, Aldor Kesk.";
    expect(find(said, "Kesk")?.place).toBe("Hanoi");
    const filed = "Hà Nội, January 8 - Deputy Minister Varan Telu yesterday received the Veldian ambassador, Aldor Kesk.";
    expect(find(filed, "Kesk")?.place).toBe("Hanoi");
  });

  it("returns a planned meeting where the visit goes, not where it was announced, and its capital only when the article names it", () => {
    const text = "SEOUL, Aug. 25 (Yonhap) -- South Korean Foreign Minister Park Jin will head to Mongolia next week for talks.\n\nDuring the three-day stay, Park will also pay a courtesy call on Mongolian President Khurelsukh Ukhnaa.";
    const call = find(text, "Khurelsukh");
    expect(call?.status).toBe("planned");
    expect(call?.place).toBeUndefined();
    expect(call?.date?.day).toBeUndefined();
    const named = find(`${text} Park departs Sunday for Ulaanbaatar.`, "Khurelsukh");
    expect(named).toMatchObject({ status: "planned", place: "Ulaanbaatar" });
  });

  it("returns no date or place but its own for a photo caption, and no place for a meeting by video", () => {
    const caption = find(" date 2020-12-16\nKUWAIT: Saudi King Salman telephoned Kuwaiti Amir Nawaf Al-Ahmad on Tuesday.\n\nKuwaiti Amir Nawaf Al-Ahmad receiving National Assembly Speaker Marzouq Al-Ghanem.", "Ghanem");
    expect(caption?.date).toBeUndefined();
    expect(caption?.place).toBeUndefined();
    const video = find("New Delhi, Aug 25 (PTI) Indian External Affairs Minister S Jaishankar and Vietnamese Foreign Minister Pham Binh Minh co-chaired a virtual meeting of the Joint Commission on Tuesday.", "Pham");
    expect(video?.place).toBeUndefined();
  });

  it("returns no city for a meeting in a country of two words, nor the story's city", () => {
    const text = " date 2023-06-15\nSaudi Foreign Minister Faisal bin Farhan is scheduled to travel to Tehran on Saturday.\n\nEarlier in June, Faisal bin Farhan and Iranian Foreign Minister Hossein Amir-Abdollahian sat down together in South Africa.";
    expect(find(text, "Amir-Abdollahian")?.place).toBeUndefined();
  });
});

describe("a lead whose day is the day of a statement about an event of other days", () => {
  it("returns no day of the statement for the meetings of a visit the lead spans over two months", () => {
    const text = " date 2023-10-03\nTARSK, Oct 3 (Wire) – Veldia's Minister of State Varan Telu has returned from an official visit to Orvane that ran from September 30 to October 2, the ministry said on Tuesday.\n\nOn Saturday he called on President Kestas Halvik.\n\nHe then held talks with Foreign Minister Orvel Danar.";
    expect(find(text, "Halvik")?.date).toMatchObject({ month: 9, day: 30 });
    expect(find(text, "Danar")).toBeDefined();
    expect(find(text, "Danar")?.date).toBeUndefined();
  });
  it("returns the month of the days the next sentence says the event took place on, not the statement's day", () => {
    const text = " date 2023-06-19\nTARSK, June 19, 2023 – Veldia and Orvane have agreed to widen their trade, the foreign ministry said on Monday after a round of political consultations.\n\nThe round took place in Marvelo on Saturday and Sunday. While in Marvelo, Varan Telu called on Foreign Minister Kestas Halvik. He separately met Orvel Danar, a member of parliament.";
    for (const who of ["Halvik", "Danar"]) {
      expect(find(text, who)?.date).toMatchObject({ year: 2023, month: 6 });
      expect(find(text, who)?.date?.day).toBeUndefined();
    }
  });
  it("returns the statement's day for talks the lead tells after it when the next sentence tells only a journey", () => {
    const text = " date 2024-05-21\nTARSK: Veldia and Orvane want to double their trade, the two foreign ministers said on Monday after delegation-level talks.\n\nOrvanian Foreign Minister Kestas Halvik flew in on Sunday for a two-day visit. On Monday he also called on Prime Minister Varan Telu. He later met Orvel Danar, the speaker of parliament.";
    expect(find(text, "Danar")?.date).toMatchObject({ year: 2024, month: 5, day: 20 });
  });
});

describe("the city a lead's traveller went to", () => {
  it("returns the city of 'who travelled to', not the dateline's, for the meeting of the lead and one 'during the trip'", () => {
    const text = " date 2026-02-18\nVIENNA, Feb. 18 — Foreign Minister Varan Telu, who travelled to Lima on Monday for the inauguration of the new government, called on President Kestas Halvik yesterday.\n\nDuring the trip the foreign minister also held a meeting with Opposition Leader Orvel Danar on trade.";
    expect(find(text, "Halvik")?.place).toBe("Lima");
    expect(find(text, "Danar")?.place).toBe("Lima");
  });
  it("returns the city of the lead's journey in any form of its verb ('left for', 'headed to', 'visited')", () => {
    for (const went of ["left for", "headed to", "visited"]) {
      const text = ` date 2026-02-18\nVIENNA, Feb. 18 — Foreign Minister Varan Telu, who ${went} Lima on Monday for the inauguration of the new government, called on President Kestas Halvik yesterday.`;
      expect(find(text, "Halvik")?.place).toBe("Lima");
    }
  });
  it("returns the city a lead sends a delegation or a mission to, not the dateline's, and the embassy's city no journey ('mission in')", () => {
    const led = " date 2024-05-15\nVIENNA, May 15 – Veldia will fund new clinics in Orvane, Foreign Minister Varan Telu said, after leading a broad delegation to Lima this week.\n\nTelu held a meeting with Prime Minister Kestas Halvik at the Prime Minister's Office.";
    expect(find(led, "Halvik")?.place).toBe("Lima");
    expect(find(led.replace("leading a broad delegation to Lima", "a two-day mission to Lima"), "Halvik")?.place).toBe("Lima");
    expect(find(led.replace("leading a broad delegation to Lima", "a briefing at the mission in Lima"), "Halvik")?.place).toBe("Vienna");
  });
});

describe("a date borrowed from the sentences around a meeting", () => {
  const text = " date 2024-02-05\nTARSK, Feb. 5, 2024 (Agency) — Veldian Foreign Minister Varan Telu was received on Monday by President Kestas Halvik.\n\nTelu landed in Orvane on Saturday, February 3, for a working visit. During the visit he and Foreign Minister Orvel Danar held talks on the border.";
  it("returns the month of the day told next to a meeting 'during the visit', not that day", () => {
    const talks = find(text, "Danar");
    expect(talks?.date).toMatchObject({ year: 2024, month: 2 });
    expect(talks?.date?.day).toBeUndefined();
  });

  it("returns no date of another year that a later sentence of the meeting recalls", () => {
    const recalled = find(text.replace("Telu landed in Orvane on Saturday, February 3, for a working visit. ", "") + " At the talks Telu recalled that a treaty signed on May 16, 2008 had set up a joint council.", "Danar");
    expect(recalled?.date?.year).not.toBe(2008);
  });
});

describe("the host's capital for a visit to a country", () => {
  // a lead that sets the story in a country, no dateline: "Lacalle Pou spent two days in Paraguay this week, holding talks with his host" (MercoPress);
  // a guest and a host of the country named: "Lavrov … welcomed … by State Minister … Premajayantha" in a digest set in Sri Lanka (Daily Mirror)
  it("returns the capital of the country the lead names when one side is of it and another a guest", () => {
    const text = " date 2024-04-12\nKenyan President Amani Toro spent two days in Paraguay this week, holding talks with Paraguayan President Dario Velo.\n\nToro was met at the airport by Paraguayan Foreign Minister Ines Sol.";
    expect(find(text, "Sol")?.place).toBe("Asuncion");
  });
  it("returns no capital when no side is of the country, nor when both are", () => {
    const guests = " date 2024-04-12\nKenyan President Amani Toro spent two days in Paraguay this week.\n\nToro held talks with Chilean President Luis Arce.";
    expect(find(guests, "Arce")?.place).toBeUndefined();
    const hosts = " date 2024-04-12\nParaguayan President Dario Velo spent the week in Paraguay.\n\nVelo held talks with Paraguayan Foreign Minister Ines Sol.";
    expect(find(hosts, "Sol")?.place).toBeUndefined();
  });
  it("returns the visited country's capital for 'in the capital' during a guest's stay, and its officials that country", () => {
    const text = " date 2024-04-12\nKenyan Trade Minister Amani Toro flew into Asuncion on Tuesday for a working visit.\n\nDuring his stay in the capital, the Kenyan minister also met President Dario Velo and Vice President Ines Sol.\n\nBefore leaving Nairobi, Toro said he wanted to deepen trade ties.";
    expect(meetingsOf(text).filter((m) => m.names.includes("Toro")).map((m) => m.place)).toEqual(["Asuncion", "Asuncion"]);
  });
  it("returns the capital for 'received … in <country>' when a side is its host", () => {
    const text = " date 2024-04-12\nParaguayan President Dario Velo received Kenyan President Amani Toro in Paraguay on Wednesday.";
    expect(find(text, "Toro")?.place).toBe("Asuncion");
  });
});

describe("a date after 'since' dates no meeting", () => {
  // "… to receive the Sudanese leader, who is on his third visit … since war broke out … on 15 April 2023" (Eye Radio);
  // "… began official talks this Friday …, in the first official visit … since Mulino took office on July 1" (Prensa Latina)
  it("returns the story's day, not the day a span began, for a meeting whose sentence dates only the span", () => {
    const text = " date 2024-12-04\nKenyan President Amani Toro arrived in Nairobi on Wednesday for talks with Ugandan President Dario Velo.\n\nVelo was at the airport to receive Toro, who is on his third visit since the floods began on 15 April 2023.";
    const dates = meetingsOf(text).filter((m) => m.names.includes("Velo")).map((m) => m.date);
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d).not.toMatchObject({ year: 2023, month: 4, day: 15 });
  });
  it("returns the sentence's own day over the one after 'since'", () => {
    const met = find(" date 2024-08-23\nUgandan President Dario Velo met Kenyan President Amani Toro on Friday, the first visit since Toro took office on July 1.", "Toro");
    expect(met?.date).toMatchObject({ year: 2024, month: 8, day: 23 });
  });
});

describe("parseDate on the edge of a year", () => {
  it("returns December for 'the end of last year' and January for 'the start of this year'", () => {
    expect(parseDate("when Putin visited Japan at the end of last year", { published: "2017-03-19" })).toMatchObject({ year: 2016, month: 12 });
    expect(parseDate("at the start of this year", { published: "2024-11-27" })).toMatchObject({ year: 2024, month: 1 });
  });
});

describe("the place of a venue named with its city", () => {
  it("returns the city after 'at <venue>, ' (https://newdiplomatng.com/four-new-envoys-present-letters-of-credence-to-buhari)", () => {
    const met = find(" date 2019-03-21\nNigerian President Muhammadu Buhari received Belgian Ambassador Daniel Bertrand at the Presidential Villa, Abuja.", "Bertrand");
    expect(met?.place).toBe("Abuja");
  });

  it("returns no place for a venue followed by words that are no city", () => {
    const met = find(" date 2019-03-21\nNigerian President Muhammadu Buhari received Belgian Ambassador Daniel Bertrand at the Presidential Villa, a government statement said.", "Bertrand");
    expect(met?.place).not.toBe("a government");
  });
});

describe("where and when a meeting was, read beyond its own clause", () => {
  it("returns the headline's city over a dateline filed from elsewhere (devD d002 medcom, 'Jakarta:'; devD d016 TASS, 'MOSCOW, July 2.')", () => {
    const oslo = [
      "Retno meets Norwegian leaders in Oslo, pushes Global South voice",
      "",
      "Wednesday, 14 June 2023 18:40 WIB",
      "Editor: Kevin Schreiber",
      "",
      "Jakarta: Foreign Minister Retno Marsudi said she and Norway's Prime Minister Jonas Gahr Store go back a long way.",
      "",
      "On Tuesday, 13 June 2023, Retno held talks with her counterpart, Foreign Minister Anniken Huitfeldt, under the fifth meeting of the Joint Commission.",
    ].join("\n");
    expect(find(oslo, "Huitfeldt")).toMatchObject({ place: "Oslo", date: { year: 2023, month: 6, day: 13 } });
    const astana = [
      "Putin to hold talks with Xi, Erdogan, Aliyev on SCO summit sidelines in Astana - Kremlin",
      "",
      "MOSCOW, July 2. /TASS/. Russian President Vladimir Putin will have a busy schedule of bilateral talks on the sidelines of the summit, presidential aide Yury Ushakov told reporters on Tuesday.",
      "",
      "Tomorrow, a day before the main protocol events, Putin is scheduled to sit down with Azerbaijani President Ilham Aliyev, the aide said.",
    ].join("\n");
    expect(find(astana, "Aliyev")).toMatchObject({ status: "planned", place: "Astana" });
  });

  it("returns the dateline below a short line of the page head (devD d024 Trend, 'Details added (first version posted on 13:13)')", () => {
    const text = "Azerbaijani president receives Georgian PM (PHOTO) (UPDATE)\n\nPolitics | 5 May 2021 16:15 (UTC+04:00)\nDetails added (first version posted on 13:13)\n\nBAKU, Azerbaijan, May 5. Trend:\n\nGeorgia's Prime Minister Irakli Garibashvili, in Azerbaijan on a visit, was received on Wednesday by President Ilham Aliyev.\n\nGreeting his guest, President Aliyev said he was very glad to see the Georgian prime minister.";
    expect(find(text, "Garibashvili")).toMatchObject({ place: "Baku", date: { year: 2021, month: 5, day: 5 } });
  });

  it("returns a wire dateline in capitals below a standfirst or a byline (devF f103, corpus c049, heldout13 n210, check11 k108)", () => {
    const standfirst = find(
      "Varan hosts Telu: \"Veldia has no closer friend\"\n\nWednesday, November 26, 2025 | 16:40\n\nBELGRADE – Veldia's Foreign Minister Varan Oskel received Tarsk's Foreign Minister, Telu Maroven, at the Palace of Veldia on Wednesday.\n\nThe two ministers discussed energy.",
      "Maroven",
    );
    expect(standfirst?.place).toBe("Belgrade");
    const byline = find(
      " date 2023-08-15\nVaran meets Telu\n\nThe vice president of Veldia held a day of talks ahead of the inauguration, as his government works to keep an ally close.\n\nBy the Foreign Affairs Desk\n\nLIMA, Aug. 15 – Vice President Varan Oskel met President Telu Maroven on Tuesday, according to a statement from his delegation.",
      "Maroven",
    );
    expect(byline?.place).toBe("Lima");
    // oananews.org (PTI): the lead repeated as a standfirst above "Islamabad, Sep 7 (PTI)"
    const repeated = find(
      "Veldia and Tarsk hold talks\n\nThe foreign secretaries of Veldia and Tarsk met here today to review the dialogue.\n\nLima, Sep 7 (Wire) The foreign secretaries of Veldia and Tarsk, Varan Oskel and Telu Maroven, met here today to review the dialogue.",
      "Maroven",
    );
    expect(repeated?.place).toBe("Lima");
  });

  it("returns no dateline from a later paragraph opened by a city in title case ('Lima – a city of …')", () => {
    const text = " date 2023-08-15\nVaran meets Telu\n\nThe vice president of Veldia held a day of talks, as his government works to keep an ally close.\n\nLima – the city where the two met – was calm. Vice President Varan Oskel met President Telu Maroven on Tuesday.";
    expect(find(text, "Maroven")?.place).not.toBe("Lima");
  });

  it("returns the place of a phrase set before the clause (devD d013 IANS, 'held in Rome'; c006 Hungarian government, 'While in Budapest')", () => {
    const rome = find(" date 2023-10-12\nAt the previous edition of the summit, held in Rome in October 2021, Lok Sabha Speaker Om Birla met the President of the Italian Senate, Maria Elisabetta Alberti Casellati.", "Casellati");
    expect(rome).toMatchObject({ place: "Rome", date: { year: 2021, month: 10 } });
    const budapest = find(
      " date 2016-06-03\nOn 2 June 2016, Deputy State Secretary Kristóf Altusz hosted David Brozina for talks in his office.\n\nWhile in Budapest, Mr. Brozina also paid a courtesy call on László Szabó, Deputy Minister of Foreign Affairs and Trade.",
      "Szabó",
    );
    expect(budapest?.place).toBe("Budapest");
  });

  it("returns the month and place of the meeting told before for one 'on that trip' or 'during the same visit' (devD d013 IANS; devD d002 medcom)", () => {
    const text = " date 2023-10-12\nAt the previous edition of the summit, held in Rome in October 2021, Lok Sabha Speaker Om Birla met the President of the Italian Senate, Maria Elisabetta Alberti Casellati. On that trip he also met Duarte Pacheco, then President of the Inter-Parliamentary Union.";
    expect(find(text, "Pacheco")).toMatchObject({ place: "Rome", date: { year: 2021, month: 10 } });
    expect(find(text, "Pacheco")?.date?.day).toBeUndefined();
    const visit = find(
      " date 2023-06-14\nOn Tuesday, 13 June 2023, in Oslo, Foreign Minister Retno Marsudi held talks with her counterpart, Foreign Minister Anniken Huitfeldt.\n\nDuring the same visit, Retno was received by Prime Minister Jonas Gahr Store.",
      "Store",
    );
    expect(visit).toMatchObject({ place: "Oslo", date: { year: 2023, month: 6 } });
    expect(visit?.date?.day).toBeUndefined();
  });

  it("returns the city a later sentence of the meeting says they met in, not that of a dated meeting of other days (devD d001 Polish MFA; c059 'last met in Bonn last month')", () => {
    const warsaw = [
      "Ministry of Foreign Affairs Republic of Poland",
      "",
      "16.02.2026",
      "",
      "Security in Central Europe dominated Monday's consultations between Minister of Foreign Affairs Radosław Sikorski and the Czech Republic's Minister of Foreign Affairs, Petr Macinka.",
      "",
      "The two ministers met in Warsaw and went through the main tracks of the relationship.",
    ].join("\n");
    expect(find(warsaw, "Macinka")?.place).toBe("Warsaw");
    const bonn = " date 2017-03-21\nTOKYO - Japanese Foreign Minister Fumio Kishida held talks with Russian Foreign Minister Sergei Lavrov on Monday. The two ministers last met in Bonn last month.";
    expect(find(bonn, "Lavrov")?.place).toBe("Tokyo");
  });

  it("returns the town of the next sentence whose subject is the pair, known to the gazetteer or not (devD d009 Andina, 'the Ecuadorian border city of Arenillas')", () => {
    const met = find(
      " date 2023-03-28\nPeru's Foreign Minister Ana Cecilia Gervasi and her Ecuadorian counterpart, Juan Carlos Holguín, agreed today that the Binational Cabinet will be held in Peru in the coming months.\n\nThe two chancellors met in the Ecuadorian border city of Arenillas. The previous Binational Cabinet took place in Loja, Ecuador, in April last year.",
      "Holguín",
    );
    expect(met?.place).toBe("Arenillas");
  });

  it("returns the day the sentence before gives a meeting to come that gives none (devD d021 Korea Herald, 'will then hold'; devD d010 Firstpost, 'Sunday's schedule')", () => {
    const then = meetingsOf(
      " date 2024-05-28\nSEOUL - President Yoon Suk Yeol welcomed UAE President Mohamed bin Zayed Al Nahyan on Tuesday.\n\nAn official welcome ceremony is scheduled for Wednesday, featuring an air show. Yoon and Mohamed will then hold summit talks expected to focus on energy.",
    ).find((m) => m.status === "planned");
    expect(then?.date).toMatchObject({ year: 2024, month: 5, day: 29 });
    const sunday = meetingsOf(
      " date 2023-09-08\nNew Delhi: On Saturday, Prime Minister Narendra Modi is set to meet UK Prime Minister Rishi Sunak.\n\nSunday's schedule includes a working lunch. The Prime Minister will also hold bilateral meetings with Brazilian President Luiz Inácio Lula da Silva, the sources added.",
    ).find((m) => m.names.includes("Lula"));
    expect(sunday?.date).toMatchObject({ year: 2023, month: 9, day: 10 });
  });

  it("returns the day of the meeting's own verb, not of a journey joined to it by 'and' (c032 Yonhap, 'departs Sunday … and is scheduled to meet … on Monday')", () => {
    const met = find(
      "SEOUL, Aug. 25 (Yonhap) -- Foreign Minister Park Jin will head to Mongolia next week, the ministry announced Thursday.\n\nAccording to ministry spokesperson Choi Young-sam, Park departs Sunday for Ulaanbaatar and is scheduled to meet his Mongolian counterpart, Batmunkh Battsetseg, for talks on Monday.",
      "Battsetseg",
    );
    expect(met?.date).toMatchObject({ month: 8, day: 29 });
  });
});

describe("a meeting before the story's time keeps its own date, never the story's day", () => {
  it("tells a recalled meeting from the story's own, reported speech included", () => {
    // corpus c059 (TASS interview), devC m010 (Horn Dispatch), devD d019 (a live blog): meetings told as before the story, each with its own date.
    expect(tellsEarlierMeeting("The two ministers last met in Bonn last month on the sidelines of a G20 foreign ministers' meeting.")).toBe(true);
    expect(tellsEarlierMeeting("The pair had met only weeks earlier, on 5 February, on the sidelines of the African Union summit in Addis Ababa.")).toBe(true);
    expect(tellsEarlierMeeting("The two leaders last met in Astana in July, ahead of the Shanghai Cooperation Organization summit.")).toBe(true);
    expect(tellsEarlierMeeting("Varan and Telu have met several times since the war.")).toBe(true);
    // corpus c003 (Reuters): a past perfect after "said" is the story's own meeting told back.
    expect(tellsEarlierMeeting("In a post on X, Anand said she and Finance Minister Francois-Philippe Champagne had met Sheinbaum to reaffirm the relationship.")).toBe(false);
    expect(tellsEarlierMeeting("The two leaders first met one-on-one and then held expanded talks with their delegations.")).toBe(false);
  });

  it("returns no date and no dateline place for a recalled meeting that gives none, and its own when it does", () => {
    const lead = " date 2024-05-10\nVaran meets Telu\n\nTARSK — Veldian Foreign Minister Rush Varan held talks with Orvanian Foreign Minister Telu Hanse in Tarsk on Thursday.\n\n";
    expect(find(lead, "Hanse")).toMatchObject({ date: { year: 2024, month: 5, day: 9 }, place: "Tarsk" });
    for (const recall of ["Varan last met Orvanian President Ilo Marne at the summit.", "Varan had met Orvanian President Ilo Marne at a summit, where the two agreed to reopen the border.", "Varan previously met Orvanian President Ilo Marne."]) {
      const earlier = find(lead + recall, "Marne");
      expect(earlier?.date).toBeUndefined();
      expect(earlier?.place).toBeUndefined();
    }
    expect(find(`${lead}Varan last met Orvanian President Ilo Marne in March.`, "Marne")?.date).toMatchObject({ year: 2024, month: 3 });
    // a meeting of the story told after the lead still takes the story's day
    expect(find(`${lead}Varan also met Orvanian President Ilo Marne.`, "Marne")?.date).toMatchObject({ year: 2024, month: 5, day: 9 });
  });
});

describe("a headline's meeting told again in the lead", () => {
  it("returns the lead's day and place for the meeting the headline announces (devD d004, a presidency's release)", () => {
    const text = [
      "PRESIDENCY OF VELDIA",
      "Directorate of Communication of the Presidency of Veldia",
      "PRESS RELEASE (English version)",
      "",
      "Tarsk: President Varan and President Telu hold face-to-face talks",
      "",
      "Shortly after landing in Tarsk on Saturday, 18 February 2017, to attend the independence celebrations, President Rush Varan had a tête-à-tête with his Orvanian counterpart, President Ilo Telu.",
      "",
      "The two Heads of State took stock of cooperation between their countries.",
      "",
      "Veldia City, 20 February 2017",
    ].join("\n");
    expect(find(text, "Telu")?.date).toMatchObject({ year: 2017, month: 2, day: 18 });
    expect(find(text, "Telu")?.place).toBe("Tarsk");
  });
});

describe("the place of a meeting recalled with ', when'", () => {
  const text = [
    " date 2024-01-05",
    "VIENNA - Chilean Foreign Minister Varan Telu and Peruvian Foreign Minister Kestas Halvik on Thursday co-chaired the fifth session of their joint commission in the Austrian capital.",
    "",
    "The previous round was held in Lima in March 2019, when Halvik received the then Chilean foreign minister, Orvel Danar.",
    "",
    "On Thursday afternoon Halvik called on President Tarsk Veldin at his residence. He also met Chancellor Orvane Dask.",
  ].join("\n");

  it("returns the place before 'in <month> <year>, when' for the recalled meeting", () => {
    expect(find(text, "Danar")).toMatchObject({ date: { year: 2019, month: 3 }, place: "Lima" });
  });

  it("returns no recalled meeting's place for a later meeting of the story's day", () => {
    expect(find(text, "Dask")?.place).toBe("Vienna");
  });
});

describe("the place another meeting lends", () => {
  it("returns no country for a meeting that takes the place of the one before: a place is a city", () => {
    const text = " date 2024-03-06\nChilean Foreign Minister Varan Telu met Peruvian Foreign Minister Kestas Halvik at a forum in Austria on Monday.\n\nTelu also met Bolivian Foreign Minister Orvel Danar.";
    const also = find(text, "Danar");
    expect(also).toBeDefined();
    expect(also?.place).toBeUndefined();
  });
});

describe("a month word in a name", () => {
  it("returns the lead's day, not January, when the lead's subject is named Jan", () => {
    const text = " date 2024-09-12\nVIENNA, Sept 12 - Czech Foreign Minister Jan Telu was in the Austrian capital yesterday for a short working visit.\n\nHe began at the parliament. He then held talks with Austrian Foreign Minister Kestas Halvik.";
    expect(find(text, "Halvik")?.date).toMatchObject({ year: 2024, month: 9, day: 11, basis: "relative" });
  });
});

describe("a lead of plans said on a day", () => {
  it("returns the capital for a visit to a country only when the article names that capital, or says 'the capital'", () => {
    const named = " date 2024-05-02\nVeldian President Kestas Varan will pay a state visit to Brazil next week, his first trip to Brasilia.\n\nDuring the visit, Varan is scheduled to hold talks with President Mira Telu.";
    expect(find(named, "Telu")?.place).toBe("Brasilia");
    const said = " date 2024-05-02\nVeldian President Kestas Varan will pay a state visit to the Brazilian capital next week.\n\nDuring the visit, Varan is scheduled to hold talks with President Mira Telu.";
    expect(find(said, "Telu")?.place).toBe("Brasilia");
    const unsaid = " date 2024-05-02\nVeldian President Kestas Varan will pay a state visit to Brazil next week.\n\nDuring the visit, Varan is scheduled to hold talks with President Mira Telu. He will then fly to Sao Paulo.";
    expect(find(unsaid, "Telu")?.place).toBeUndefined();
  });

  it("returns the day the lead's plans were said as the day of the talks told after it", () => {
    const text = " date 2024-10-14\nLIMA, Oct. 14 (Agency) -- Chile and Peru will open a joint institute for water research, their foreign ministers said Monday.\n\nChilean Foreign Minister Varan Telu held talks in the Peruvian capital with his counterpart, Kestas Halvik, before a lunch with business leaders.";
    expect(find(text, "Halvik")?.date).toMatchObject({ year: 2024, month: 10, day: 14, basis: "relative" });
  });
});
