import { describe, expect, it } from "vitest";
import { readDateline, readDatelineLine } from "../../src/extract/dateline";
import { readPlace, visitDestination } from "../../src/extract/meeting-setting";
import { segment } from "../../src/extract/segment";
import { anchorDay, yearBesideDateline } from "../../src/extract/dates";
import { meetingsOf } from "./helpers";

const find = (text: string, who: string) => meetingsOf(text).find((m) => m.names.includes(who));

describe("weekdays of an article with a dateline's day and no year", () => {
  it("returns the dateline's day for the lead's weekday and counts the other weekdays from it, with no year (Prensa Latina, APP)", () => {
    // corpus c030 (Prensa Latina): the lead's Tuesday is the dateline's May 4; "On Wednesday … is due to" is May 5.
    const text = [
      "Nairobi, May 4 (Prensa Latina) - Tanzanian President Samia Suluhu Hassan began a two-day state visit to Kenya on Tuesday, her first trip to Nairobi since she was sworn in.",
      "",
      "She then drove to State House, where she received a 21-gun salute before holding talks with her host, President Uhuru Kenyatta.",
      "",
      "On Wednesday, Suluhu Hassan is due to meet Speaker Justin Muturi in Nairobi.",
    ].join("\n");
    const talks = find(text, "Kenyatta");
    expect(talks?.date).toMatchObject({ month: 5, day: 4 });
    expect(talks?.date?.year).toBeUndefined();
    const wednesday = find(text, "Muturi");
    expect(wednesday?.date).toMatchObject({ month: 5, day: 5 });
    expect(wednesday?.date?.year).toBeUndefined();
    // devA h006 (APP): "on Friday" in the lead under "ISLAMABAD, Apr 05 (APP):".
    const call = find("ISLAMABAD, Apr 05 (APP): Pakistan's Foreign Minister Mohammad Ishaq Dar on Friday received a telephone call here from the United States Secretary of State, Antony Blinken, in which the two discussed bilateral ties.", "Blinken");
    expect(call?.date).toMatchObject({ month: 4, day: 5 });
    expect(call?.date?.year).toBeUndefined();
  });

  it("returns a day in a year when the day falls on the weekday", () => {
    const iso = anchorDay(5, 4, 2)!;
    expect(new Date(`${iso}T00:00:00Z`).getUTCDay()).toBe(2);
    expect(iso.slice(5)).toBe("05-04");
    expect(anchorDay(2, 29, 6)?.slice(5)).toBe("02-29");
  });
});

describe("the year of a dateline from the page's numeric stamp", () => {
  it("returns the stamp's year when its numbers are the dateline's day and month either way (devA h011, Andina)", () => {
    expect(yearBesideDateline("(END) CVC\n\nPublished: 7/8/2022", 8, 7)).toBe(2022);
    expect(yearBesideDateline("Published: 7/8/2022", 9, 7)).toBeUndefined();
    const text = "BOGOTÁ, Aug. 7 (ANDINA) – Peru's Foreign Minister Miguel Ángel Rodríguez Mackay used his stay in the Colombian capital to hold a meeting with Bolivian Foreign Minister Rogelio Mayta.\n\nPublished: 7/8/2022\n";
    expect(find(text, "Mayta")?.date).toMatchObject({ year: 2022, month: 8, day: 7 });
  });

  it("returns the year of a dotted day-month stamp over a yearless dateline in the AZERTAC style", () => {
    // Source: AZERTAC, "Azerbaijan, Turkey discuss bilateral relations in Ankara", 2 October 2017 (stamp "02.10.2017 [17:28]" over "Ankara, October 2, AZERTAC").
    // The stamp line is read as the page's date (clean.ts), not through yearBesideDateline; the dateline line, its agency after a comma, gives the place.
    const text = ["Azerbaijani and Turkish diplomats review ties in Ankara", "", "02.10.2017 [17:28]", "", "Ankara, October 2, AZERTAC", "", "Turkish Foreign Minister Mevlut Cavusoglu received Faig Baghirov, Azerbaijan's ambassador at the end of his mission, and the two praised the ties between their countries."].join("\n");
    expect(find(text, "Baghirov")).toMatchObject({ place: "Ankara", date: { year: 2017, month: 10, day: 2 } });
  });
});

describe("a dateline on a line of its own", () => {
  it("returns the cities and the agency of 'ANKARA/ANTALYA - Anadolu Agency' (devA h008), and nothing for a section line", () => {
    expect(readDatelineLine("ANKARA/ANTALYA - Anadolu Agency")).toEqual({ places: ["Ankara", "Antalya"], agency: "Anadolu Agency" });
    expect(readDatelineLine("News | Politics")).toBeUndefined();
    expect(readDatelineLine("Home - News")).toBeUndefined();
  });

  it("returns the city and agency of Hürriyet Daily News' one-city lines 'ANKARA – Anadolu Agency', 'ANKARA-Anadolu Agency', and the meeting's own city over the desk's", () => {
    // Source: Hürriyet Daily News, "Erdoğan, Putin discuss Syria over phone", 11 November 2019 ("ANKARA-Anadolu Agency" on its own line),
    // and "Turkish, German foreign ministers discuss ties in surprise meeting", November 2017 ("ANKARA – Anadolu Agency").
    // Only Anadolu's own pages (devA h008) were found with two cities joined by a slash on such a line.
    expect(readDatelineLine("ANKARA – Anadolu Agency")).toEqual({ places: ["Ankara"], agency: "Anadolu Agency" });
    expect(readDatelineLine("ANKARA-Anadolu Agency")).toEqual({ places: ["Ankara"], agency: "Anadolu Agency" });
    // Source: Hürriyet Daily News, "Erdoğan receives head of European Council", 12 January 2020 ("ANKARA-Anadolu Agency" over a meeting in Istanbul):
    // the desk's city yields to the meeting's own, and a second meeting of the day with no place of its own keeps the first one's.
    const text = [" date 2020-01-12", "Turkish president hosts EU Council chief", "", "ANKARA-Anadolu Agency", "", "Turkish President Recep Tayyip Erdoğan on Jan. 11 received European Council President Charles Michel at the Dolmabahçe Palace in Istanbul for talks lasting nearly two hours.", "", "The same day Erdoğan also received Rached Ghannouchi, the speaker of Tunisia's parliament."].join("\n");
    expect(find(text, "Michel")).toMatchObject({ place: "Istanbul", date: { year: 2020, month: 1, day: 11 } });
    expect(find(text, "Ghannouchi")?.place).toBe("Istanbul");
    // Its one city is the desk, not the meeting's town: a meeting "in Antalya" (no gazetteer city) is read from its sentence (below).
  });

  it("returns the city of the two that the story names for meetings its sentences place nowhere", () => {
    const text = [
      " date 2021-06-20",
      "FM Çavuşoğlu holds string of talks at Antalya Diplomacy Forum",
      "",
      "ANKARA/ANTALYA - Anadolu Agency",
      "",
      "Turkish Foreign Minister Mevlüt Çavuşoğlu on June 19 met a long line of foreign ministers who had come to southern Türkiye for the Antalya Diplomacy Forum (ADF).",
      "",
      "He next met Aureliu Ciocoi, Moldova's Acting Prime Minister and Foreign Minister.",
    ].join("\n");
    expect(find(text, "Ciocoi")).toMatchObject({ place: "Antalya", date: { year: 2021, month: 6, day: 19 } });
  });
});

describe("a meeting the sentence mentions, not the one it reports", () => {
  it("returns no date or place but its own for 'recent talks between' (devA h005, VNA) and 'a first face-to-face meeting between' (corpus c052, Reuters)", () => {
    const recent = find(
      " date 2022-09-20\nHanoi (VNA) - The following are news summaries.\n\nThe two sides pledged to put into practice the important common perceptions reached in recent talks between General Secretary of the Communist Party of Vietnam Nguyen Phu Trong and Chinese President Xi Jinping.",
      "Xi",
    );
    expect(recent?.place).toBeUndefined();
    expect(recent?.date).toBeUndefined();
    const first = find(
      "BEIJING, March 19 (Reuters) - No date has been announced for a first face-to-face meeting between Chinese President Xi Jinping and U.S. President Donald Trump, though there have been reports that the two could meet next month.",
      "Trump",
    );
    expect(first?.place).toBeUndefined();
  });
});

describe("the place of a meeting of another time or town", () => {
  it("returns no dateline city for a meeting stated for another month (corpus c059, TASS)", () => {
    const text = " date 2017-03-19\nTOKYO, March 19. /TASS/. Japanese Foreign Minister Fumio Kishida says he will meet his Russian counterpart, Sergey Lavrov, in Tokyo on Monday.\n\nKishida said that when Russian President Vladimir Putin visited Japan at the end of last year, he and Prime Minister Shinzo Abe held a one-on-one meeting in Nagato with no other participants.";
    const past = find(text, "Abe");
    expect(past?.date).toMatchObject({ year: 2016, month: 12 });
    expect(past?.place).not.toBe("Tokyo");
  });

  it("returns no dateline city for a meeting its sentence dates years back, neither for a country it names nor 'during his visit'", () => {
    const country = " date 2017-01-17\nLIMA, 17 January 2017 (Agency) – Veldian Prime Minister Varan Telu reached Lima last night on a regional tour.\n\nHis meeting with Peruvian President Kestas Halvik is scheduled for Wednesday. The two leaders met in October 2015 in Peru, when they signed a fisheries accord.";
    const met = meetingsOf(country).filter((m) => m.names.includes("Halvik") && m.date?.year === 2015);
    expect(met.length).toBeGreaterThan(0);
    for (const m of met) expect(m.place).not.toBe("Lima");
    const visit = " date 2024-06-06\nLIMA, June 6 (Agency) – Veldian Foreign Minister Varan Telu met Peru's leaders during a three-day visit to Lima.\n\nTen years ago, in June 2014, the then Veldian foreign minister Orvel Danar called on President Kestas Halvik at a beach resort during his visit to the country.";
    const recalled = find(visit, "Danar");
    expect(recalled?.date).toMatchObject({ year: 2014, month: 6 });
    expect(recalled?.place).not.toBe("Lima");
  });

  it("returns the dateline's city for a meeting a week before the article across a month's end, none for one five weeks before", () => {
    const at = (day: string) => find(` date 2024-07-02\nMANILA — The Philippines and Malaysia agreed to deepen ties.\n\nPhilippine President Ferdinand Marcos Jr. received Malaysian Foreign Minister Mohamad Hasan on ${day}.`, "Hasan");
    expect(at("June 25")?.place).toBe("Manila");
    expect(at("May 25")).toBeDefined();
    expect(at("May 25")?.place).toBeUndefined();
  });

  it("returns a town no gazetteer knows after 'at his residence in' (corpus c015), and the town after a venue in the devA h007 style", () => {
    const text = " date 2025-08-01\nOn Friday Radosław Sikorski, Poland's Deputy Prime Minister and Foreign Minister, received a Ukrainian delegation led by Foreign Minister Andrii Sybiha at his private residence in Chobielin, in the Kuyavian-Pomeranian region of north-central Poland.";
    expect(find(text, "Sybiha")?.place).toBe("Chobielin");
    const hosted = find(" date 2017-06-26\nActing President Yemi Osinbajo on Sunday evening played host to the President of Ghana, Nana Akufo-Addo, at Akinola Aguda House, the Acting President's official residence in Abuja.", "Akufo-Addo");
    if (hosted) expect(hosted).toMatchObject({ place: "Abuja", date: { year: 2017, month: 6, day: 25 } });
  });

  it("returns the place of a meeting dated by the story's own span: 'on the sidelines of the session' after a session that ran for days", () => {
    const text = [
      "In the course of the annual session of the Orvane Assembly, which ran in Vienna from 4 to 9 May 2025, Chilean Foreign Minister Varan Telu met Kestas Halvik, the Foreign Minister of Peru.",
      "",
      "On the sidelines of the session, the Chilean minister also held a meeting with Bolivian Foreign Minister Orvel Danar.",
    ].join("\n");
    const margins = find(text, "Danar");
    expect(margins?.date).toMatchObject({ year: 2025, month: 5 });
    expect(margins?.place).toBe("Vienna");
  });

  it("returns the place of the earlier meeting of the same person for the next one its sentence places nowhere, not the dateline's city, nor a planned meeting's place for one of another time", () => {
    const text = [
      " date 2021-06-29",
      "RABAT — Talks between Moroccan Foreign Minister Nasser Bourita and US Secretary of State Antony Blinken took place in Rome on Monday, on the margins of a ministerial meeting of the coalition.",
      "",
      "He next met Aureliu Ciocoi, Moldova's Acting Prime Minister and Foreign Minister.",
    ].join("\n");
    expect(find(text, "Blinken")?.place).toBe("Rome");
    expect(find(text, "Ciocoi")?.place).toBe("Rome");
  });
});

describe("the city a venue or a capital names", () => {
  it("returns the city a venue is named after: 'at the Dubai Airshow' (devA h004, Khaleej Times), 'at the Kigali Genocide Memorial' (corpus c018), told here with made-up people", () => {
    const airshow = find(
      " date 2021-11-15\nHis Highness Sheikh Varan bin Telu Al Orvane, Vice-President and Prime Minister of the UAE, on Monday received Kestas Halvik, Veldia's Ambassador to the UAE, during an event held at the Dubai Airshow.",
      "Halvik",
    );
    expect(airshow?.place).toBe("Dubai");
    const memorial = find(" date 2022-03-07\nRwandan Foreign Minister Orvel Tane met Veldian President Tarsk Maroven at the Kigali Genocide Memorial on Monday.", "Maroven");
    expect(memorial?.place).toBe("Kigali");
  });

  it("returns the city a gathering is named after, on whose sidelines they met or at which: 'the Munich Security Conference in Germany', 'the Sochi summit' (devG g104, devH e208, corpus c012; sputniknews.com, devdiscourse.com)", () => {
    const sidelines = find(" date 2024-02-17\nVeldian Foreign Minister Varan Oskel met his Tarskian counterpart, Telu Maroven, on Saturday on the sidelines of the Munich Security Conference in Germany, the ministry said.", "Maroven");
    expect(sidelines?.place).toBe("Munich");
    const margins = find(" date 2024-02-17\nVeldian Foreign Minister Varan Oskel met Telu Maroven on the margins of the Geneva Peace Forum on Saturday.", "Maroven");
    expect(margins?.place).toBe("Geneva");
    const summit = find(" date 2017-07-14\nPrime Minister Orvel Tane and President Kestas Besk first met in person on 12 July 2017 at the Sochi summit of regional leaders.", "Besk");
    expect(summit?.place).toBe("Sochi");
  });

  it("returns no city of a gathering's name placed in another country: 'the Geneva Peace Forum in Veldia'", () => {
    const met = find(" date 2024-02-17\nVeldian Foreign Minister Varan Oskel met Telu Maroven on the sidelines of the Geneva Peace Forum in Kenya on Saturday.", "Maroven");
    expect(met).toBeDefined();
    expect(met?.place).not.toBe("Geneva");
  });

  it("returns no city for a body named after one, nor for a venue placed by 'in'", () => {
    const body = find(" date 2024-11-21\nPakistani Prime Minister Shehbaz Sharif met Belarusian President Alexander Lukashenko at the Shanghai Cooperation Organisation summit.", "Lukashenko");
    expect(body).toBeDefined();
    expect(body?.place).not.toBe("Shanghai");
  });

  it("returns the capital of the country 'the Italian capital' names (corpus c016, c054; devA h011)", () => {
    const met = find(" date 2021-06-29\nMoroccan Foreign Minister Nasser Bourita met US Secretary of State Antony Blinken in the Italian capital on Monday.", "Blinken");
    expect(met?.place).toBe("Rome");
    expect(visitDestination("It was his first trip to the Russian capital since he took charge of Türkiye's diplomacy.")).toBe("Moscow");
  });

  it("returns a town closing the sentence after 'at <venue>, ' (corpus c017), never a name said after it", () => {
    const text = " date 2024-08-03\nPresident Yoweri Museveni on Friday, August 2, 2024, accepted the letters of credence of Ambassador Amokrane Mourad of Algeria at a ceremony held at State House, Entebbe.";
    expect(find(text, "Mourad")?.place).toBe("Entebbe");
    const said = find(" date 2024-08-03\nPresident Yoweri Museveni received Ambassador Amokrane Mourad of Algeria at State House, Museveni's office said.", "Mourad");
    expect(said).toBeDefined();
    expect(said?.place).toBeUndefined();
  });

  it("returns the town after 'at State House, ' closing the sentence in a second outlet, and a town closing its phrase before 'on <day>'", () => {
    // Source: Daily Monitor (Uganda), "Museveni receives 9 envoys", 24 August 2023 ("… presented their credentials, on Tuesday at State House, Entebbe.").
    const monitor = find(" date 2023-08-24\nThe new Ethiopian ambassador, Etsegenet Bezabih Yimenu, handed her letters of credence to President Yoweri Museveni on Tuesday at State House, Entebbe.", "Yimenu");
    expect(monitor).toMatchObject({ place: "Entebbe", date: { year: 2023, month: 8, day: 22 } });
    // Source: Business Daily Africa (Kenya), "President Kenyatta receives credentials from eight incoming envoys", undated in the stored copy (a Tuesday; the test's date is assumed) ("The envoys he received at State Lodge, Eldoret, were …").
    const lodge = find(" date 2018-01-10\nPresident Uhuru Kenyatta accepted the credentials of Spain's new ambassador, Javier Garcia de Viedma, at State Lodge, Eldoret, on Tuesday morning.", "Viedma");
    expect(lodge?.place).toBe("Eldoret");
    const speaker = find(" date 2018-01-10\nSpeaking at State House, Kenyatta, who received Spain's new ambassador Javier Garcia de Viedma on Tuesday, said trade would grow.", "Viedma");
    expect(speaker?.place).not.toBe("Kenyatta");
  });
});

describe("the date of the meeting verb's own clause", () => {
  it("returns the day the meeting's clause gives, not the day of an arrival in a relative or adverbial clause before it", () => {
    const relative = find(" date 2023-06-15\nSaudi Foreign Minister Faisal bin Farhan, who arrived in Tehran on Saturday, met Iranian President Ebrahim Raisi on Sunday.", "Raisi");
    expect(relative?.date).toMatchObject({ year: 2023, month: 6, day: 11 });
    const adverbial = find(" date 2023-06-15\nA day after he arrived on Saturday, Saudi Foreign Minister Faisal bin Farhan met Iranian President Ebrahim Raisi on Sunday.", "Raisi");
    expect(adverbial?.date).toMatchObject({ year: 2023, month: 6, day: 11 });
  });
});

describe("a day written after 'the next day'", () => {
  it("returns the written day of a meeting told 'the next day, <date>', never the day after the article's", () => {
    const text = " date 2021-06-19\nTARSK, June 19 (Agency) - Veldian Foreign Minister Varan Telu held talks with Kestas Halvik on Saturday.\n\nIn the spring Telu flew to Orvel for a water forum, arriving on Sunday, March 28.\n\nThe next day, March 29, Telu was received by President Orvan Dask.";
    expect(find(text, "Dask")?.date).toMatchObject({ year: 2021, month: 3, day: 29 });
  });
});

describe("a meeting of 'last night'", () => {
  it("returns the day before the dateline's for an arrival 'last night' and the welcome told after it", () => {
    const text = "TARSK, 12 March 2019 (Agency) – Veldian Prime Minister Varan Telu arrived in Tarsk last night for a three-day visit.\n\nHe was greeted at the airport by Foreign Minister Kestas Halvik.";
    expect(find(text, "Halvik")?.date).toMatchObject({ year: 2019, month: 3, day: 11 });
  });
});

describe("the day an 'also' meeting takes from the story", () => {
  it("returns the day of the latest planned meeting for one planned with 'also', not the day of a meeting held long before (corpus c059, TASS)", () => {
    const text = [
      " date 2017-03-19",
      "TOKYO, March 19. /TASS/. Japanese Foreign Minister Fumio Kishida says he will meet his Russian counterpart, Sergey Lavrov, in Tokyo on Monday.",
      "",
      "Kishida said that when Russian President Vladimir Putin visited Japan at the end of last year, he and Prime Minister Shinzo Abe held a one-on-one meeting in Nagato.",
      "",
      "Besides Kishida and Lavrov, the consultations will bring together Japanese Defence Minister Tomomi Inada and Russian Defence Minister Sergei Shoigu. Inada has said she also intends to hold a separate meeting with Shoigu while he is in Tokyo.",
    ].join("\n");
    const planned = meetingsOf(text).find((m) => m.names.includes("Inada") && m.names.includes("Shoigu"));
    expect(planned?.date).toMatchObject({ year: 2017, month: 3, day: 20 });
  });
});

describe("a town no gazetteer knows, named after 'in'", () => {
  const placeOf = (text: string) => readPlace(segment([{ text }])[0]!.words, 0);

  it("returns the town when one capitalised word closes its phrase", () => {
    // a Kyodo-style interview (corpus) and a Japanese ministry release (corpus)
    expect(placeOf("He and Abe held a one-on-one meeting in Nagato with no other participants, and both leaders spoke.")).toBe("Nagato");
    expect(placeOf("The two ministers last met in Bonn last month on the sidelines of a G20 meeting.")).toBe("Bonn");
    // a Turkish agency's report of a forum (Hürriyet Daily News, Nov 2017), in our words
    expect(placeOf("Cavusoglu met his German counterpart in Antalya on Saturday.")).toBe("Antalya");
  });

  // heldout117 1098 ("held their fifth meeting in San Francisco, where"), the read sets' "in El Alamein on", "in Nusa Dua,"
  it("returns a town of two words no gazetteer knows, right after 'in', but not a venue's name", () => {
    expect(placeOf("On Thursday the two leaders held their fifth meeting in San Francisco, where they welcomed the agreement.")).toBe("San Francisco");
    expect(placeOf("The foreign ministers met in El Alamein on Friday.")).toBe("El Alamein");
    expect(placeOf("The two ministers met at Shrestha's office in Singha Durbar.")).toBeUndefined();
    expect(placeOf("The two leaders held talks in Downing Street on Tuesday.")).toBeUndefined();
    expect(placeOf("The two leaders held talks in State House on Tuesday.")).toBeUndefined();
  });

  it("returns nothing for a month, an institution or a language after 'in'", () => {
    expect(placeOf("The ministers met in March, the ministry said.")).toBeUndefined();
    expect(placeOf("The envoy spoke in Parliament on Tuesday.")).toBeUndefined();
    expect(placeOf("The two leaders talked in English.")).toBeUndefined();
  });
});

describe("the place named before ', where'", () => {
  const place = (text: string, verb: RegExp) => {
    const words = segment([{ text }])[0]!.words;
    return readPlace(words, words.findIndex((w) => verb.test(w.lower)));
  };

  it("returns the city a clause goes to before ', where' and the meeting's verb (devC m001, m005; devD d023)", () => {
    expect(place("Mr Faye had travelled to Nouakchott on Thursday, where he held talks with Mauritanian President Mohamed Ould Ghazouani.", /^held$/)).toBe("Nouakchott");
    expect(place("Last December Minister Caruana flew to Tripoli, where he held talks with Deputy Prime Minister Ahmed Maiteeq.", /^held$/)).toBe("Tripoli");
    expect(place("According to Russian Foreign Ministry spokeswoman Maria Zakharova, he goes on to New Delhi, where he is to hold talks with Indian External Affairs Minister Subrahmanyam Jaishankar.", /^hold$/)).toBe("New Delhi");
  });

  it("returns the city one flew in from when the meeting is told after ', where' (devC m016)", () => {
    expect(place("He flew in from Beirut, where Lebanese Foreign Minister Abdallah Bou Habib met him at the airport and where he was later received by caretaker Prime Minister Najib Mikati.", /^received$/)).toBe("Beirut");
  });

  it("returns nothing for a venue no gazetteer knows, or a place after the meeting's verb", () => {
    expect(place("The guest was driven to the Presidential Palace in Cidade Alta, where he and his host held talks.", /^held$/)).toBeUndefined();
    expect(place("Varan met Telu, where the river bends.", /^met$/)).toBeUndefined();
  });
});

describe("the date of a meeting of another year", () => {
  it("returns the year counted from publication for a month and 'last year' (devC m011)", () => {
    const text = [" date 2025-12-03", "", "Chisinau, 3 December /MOLDPRES/ - President Maia Sandu on Wednesday received the letters of credence of eight ambassadors.", "", "In September last year, the president accepted the credentials of the Czech ambassador, Jaromír Plíšek."].join("\n");
    expect(find(text, "Plíšek")?.date).toMatchObject({ year: 2024, month: 9 });
  });
});

describe("the place of credentials handed over with no place named", () => {
  it("returns the capital of the host's country when the article names it (devB k001)", () => {
    const text = [" date 2025-09-16", "", "Ghana's Minister for Foreign Affairs, Samuel Okudzeto Ablakwa (MP), on Tuesday received copies of the letters of credence of seven envoys newly posted to Accra. The short ceremonies took place one after another at the ministry.", "", "The envoys were Ambassador-designate Jakob Linulf of Denmark and High Commissioner-designate Christian Rogg of the United Kingdom."].join("\n");
    const ceremonies = meetingsOf(text).filter((m) => m.kind === "credentials");
    expect(ceremonies.length).toBeGreaterThan(0);
    for (const m of ceremonies) expect(m.place).toBe("Accra");
  });

  it("returns no place when the article never names the host's capital", () => {
    const text = [" date 2025-09-16", "", "Ghana's Minister for Foreign Affairs, Samuel Okudzeto Ablakwa (MP), on Tuesday received copies of the letters of credence of Ambassador-designate Jakob Linulf of Denmark."].join("\n");
    for (const m of meetingsOf(text)) expect(m.place).toBeUndefined();
  });
});

describe("a meeting told in a clause 'N days after …'", () => {
  it("returns the story's day less that many days (devC m019; corpus c052's 'came a day after' agrees with its own 'on Saturday')", () => {
    const text = [
      " date 2022-11-24",
      "",
      "KUWAIT: Iraqi Prime Minister Mohammed Shia Al-Sudani arrived in Kuwait on Wednesday for an official visit and was received at Bayan Palace by the Crown Prince Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah.",
      "",
      "The Kuwait stop came two days after Al-Sudani was in Amman, where he held talks with Jordan's King Abdullah II.",
    ].join("\n");
    expect(find(text, "Abdullah")?.date).toMatchObject({ year: 2022, month: 11, day: 21 });
    // corpus c052 (Reuters, a Sunday): the clause's own weekday stands.
    const c052 = "BEIJING, March 19 (Reuters) - U.S. Secretary of State Rex Tillerson met Chinese President Xi Jinping in Beijing on Sunday.\n\nThe meeting in the Great Hall of the People came a day after Tillerson held talks on Saturday with Foreign Minister Wang Yi.";
    expect(find(` date 2017-03-19\n\n${c052}`, "Wang Yi")?.date).toMatchObject({ month: 3, day: 18 });
  });

  it("returns no shifted day for a meeting of the main clause ('met … two days after the election')", () => {
    const text = " date 2022-11-24\n\nOn Wednesday the Prime Minister Varan Telu met President Ivo Orvane in Tarsk, two days after the election.";
    expect(find(text, "Orvane")?.date).toMatchObject({ day: 23 });
  });
});

describe("a paragraph opening on the meeting told before it", () => {
  it("returns the day of the paragraph before for 'Receiving X, …' (devA h005, VNA digest)", () => {
    const text = [
      " date 2022-09-20",
      "",
      "Hanoi (VNA) - The following are selected news summaries released by the Vietnam News Agency last night.",
      "",
      "- State President Nguyen Xuan Phuc on September 19 hosted separate receptions in Hanoi for the Ambassadors of the Netherlands, Hungary, Australia and Luxembourg, who came to present their credentials.",
      "",
      "Receiving Dutch Ambassador Kees van Baar, President Phuc expressed his thanks to the Netherlands for giving Vietnam 1 million doses of COVID-19 vaccine.",
    ].join("\n");
    expect(find(text, "van Baar")?.date).toMatchObject({ year: 2022, month: 9, day: 19 });
  });

  it("returns no day of the paragraph before for a paragraph that opens on something else", () => {
    const text = [
      " date 2022-09-20",
      "",
      "Hanoi (VNA) - The following are selected news summaries released by the Vietnam News Agency last night.",
      "",
      "- State President Nguyen Xuan Phuc on September 12 opened a trade fair in Ho Chi Minh City.",
      "",
      "President Phuc received Dutch Ambassador Kees van Baar, who thanked him for the cooperation.",
    ].join("\n");
    expect(find(text, "van Baar")?.date).not.toMatchObject({ day: 12 });
  });
});

describe("a meeting on a day before the lead's journey", () => {
  it("returns no place of the journey's end for a meeting the day before it (devC m009)", () => {
    const text = [
      " date 2025-01-11",
      "",
      "Cypriot President Nikos Christodoulides flew to Beirut on Friday and became the first foreign head of state to be received by Joseph Aoun.",
      "",
      "The Beirut trip capped a busy week of regional diplomacy. On Thursday he held talks with Israeli President Isaac Herzog.",
    ].join("\n");
    expect(find(text, "Herzog")?.place).toBeUndefined();
  });

  it("returns the journey's end for a meeting on a later day of the visit", () => {
    const text = [
      " date 2025-01-11",
      "",
      "Cypriot President Nikos Christodoulides flew to Beirut on Thursday for a two-day visit.",
      "",
      "On Friday he held talks with Lebanese President Joseph Aoun.",
    ].join("\n");
    expect(find(text, "Aoun")?.place).toBe("Beirut");
  });
});

describe("the place 'there' stands for in a contact's phrase", () => {
  it("places talks 'held there' where the clause put their subject, not at a country named after it", () => {
    const text = [
      " date 2023-05-29",
      "Telu in Tarsk",
      "",
      "Veldian President Varan Telu arrived in Tarsk on Sunday for talks with Orvane's President Kestas Halvik.",
      "",
      "Only last week Telu was in Lyon, his first trip to France since taking office in January 2020, and held talks there with French President Orvel Maskel.",
    ].join("\n");
    expect(find(text, "Maskel")?.place).toBe("Lyon");
  });

  it("reads no place from 'there is' or 'from there'", () => {
    const text = [
      " date 2023-05-29",
      "Telu meets Halvik",
      "",
      "Veldian President Varan Telu met Orvane's President Kestas Halvik on Sunday; there was no joint statement.",
    ].join("\n");
    expect(find(text, "Halvik")?.place).toBeUndefined();
  });
});

describe("the place of a meeting on a day of a stay the lead ends", () => {
  it("places talks held days before the story's day where the lead says the visit it ended was", () => {
    const text = [
      " date 2022-05-30",
      "Telu ends stay in Tarsk",
      "",
      "TARSK, May 30 (Wire) – Veldian Foreign Minister Varan Telu has ended a three-day stay in Tarsk, which took him from the foreign ministry to the senate.",
      "",
      "Telu arrived on Thursday, 26 May, and the same day held talks with the Foreign Secretary of Orvane, Kestas Halvik.",
    ].join("\n");
    expect(find(text, "Halvik")?.place).toBe("Tarsk");
  });

  it("places the meetings of a stay in the city the lead says the traveller left at its end", () => {
    const text = [
      " date 2025-11-24",
      "Telu flies home after state visit",
      "",
      "Veldia's Prime Minister Varan Telu left Vaduz for Orvel this morning, bringing to a close a state visit during which the two countries signed two accords.",
      "",
      "On Saturday he held talks with Kestas Halvik, the Chief Adviser, at his office.",
    ].join("\n");
    expect(find(text, "Halvik")?.place).toBe("Vaduz");
  });

  it("leaves a meeting weeks before the story's day where its sentence puts it, or nowhere", () => {
    const text = [
      " date 2022-05-30",
      "Telu ends stay in Tarsk",
      "",
      "TARSK, May 30 (Wire) – Veldian Foreign Minister Varan Telu has ended a three-day stay in Tarsk, which took him from the foreign ministry to the senate.",
      "",
      "On 2 May, Telu held talks with the Foreign Secretary of Orvane, Kestas Halvik.",
    ].join("\n");
    expect(find(text, "Halvik")?.place).toBeUndefined();
  });
});

describe("the place a journey in the contact's own clause goes to", () => {
  it("places a meeting where its subject travelled to meet the other side, over the dateline", () => {
    const text = [
      " date 2024-05-20",
      "TARSK, May 20 (Wire) – Veldian Foreign Minister Varan Telu held talks with his Orvanian counterpart, Kestas Halvik, on Monday.",
      "",
      "He also travelled to Zorbiny to meet the army chief, General Dorin Maskel.",
    ].join("\n");
    expect(find(text, "Maskel")?.place).toBe("Zorbiny");
    expect(find(text, "Halvik")?.place).toBe("Tarsk");
  });

  it("places a planned meeting in the city a journey goes to, not where the article is filed", () => {
    const text = [
      " date 2024-06-19",
      "TARSK, June 19 – Veldian President Varan Telu received Orvanian Foreign Minister Kestas Halvik yesterday.",
      "",
      "Telu said he would take the conversation further next week, when he travels to Vaduz on his first trip abroad as president and is due to meet Prince Dorin Maskel.",
    ].join("\n");
    expect(find(text, "Maskel")?.place).toBe("Vaduz");
  });

  it("leaves the place unsaid when the journey goes to a country, whose towns are many", () => {
    const text = [
      " date 2024-06-19",
      "TARSK, June 19 – Veldian President Varan Telu received Orvanian Foreign Minister Kestas Halvik yesterday.",
      "",
      "Telu said he would travel to Liechtenstein next week for a meeting with Prince Dorin Maskel.",
    ].join("\n");
    expect(find(text, "Maskel")?.place).not.toBe("Vaduz");
  });
});

describe("a meeting 'at the same venue'", () => {
  it("places it where the story's ceremony was, though another day", () => {
    const text = [
      " date 2025-03-05",
      "Five new envoys hand in their letters",
      "",
      "Five diplomats began their tours of duty on Wednesday morning, after President Varan Telu accepted their letters of credence in a ceremony at the Palace in Vaduz.",
      "",
      "Wednesday's ceremony was the President's second of its kind this year. On January 14, Telu received the credentials of the Orvanian ambassador-designate, Kestas Halvik, in a separate event at the same venue.",
    ].join("\n");
    expect(find(text, "Halvik")?.place).toBe("Vaduz");
  });
});

describe("the place of credentials tied to the ceremony", () => {
  it("returns the host's capital that the headline names ('envoys accredited to Accra')", () => {
    const text = [" date 2025-09-16", "Three new envoys accredited to Accra", "", "President Kofi Varan of Ghana on Tuesday received the letters of credence of Ambassador-designate Telu Halvik of Denmark.", "", "Each envoy in turn presented credentials to the Head of State."].join("\n");
    const ceremonies = meetingsOf(text).filter((m) => m.kind === "credentials");
    expect(ceremonies.length).toBeGreaterThan(0);
    for (const m of ceremonies) expect(m.place).toBe("Accra");
  });

  it("returns no place when the capital is named only for something else ('ties between Accra and Copenhagen', 'before being posted to Accra')", () => {
    const text = [
      " date 2025-09-16",
      "",
      "President Kofi Varan of Ghana on Tuesday received the letters of credence of Ambassador-designate Telu Halvik of Denmark.",
      "",
      "Before being posted to Accra, Halvik served as director of the ministry's Africa department, and he said ties between Accra and Copenhagen had never been closer.",
    ].join("\n");
    for (const m of meetingsOf(text).filter((x) => x.kind === "credentials")) expect(m.place).toBeUndefined();
  });
});

describe("a place where someone lives, not where they met", () => {
  it("returns the dateline's city, not the one an envoy 'resides in' or is 'resident in'", () => {
    const resides = [" date 2021-10-19", "", "TARSK — The Ambassador of Orvane, Kestas Halvik, who resides in Orvel, presented her credentials on Tuesday to President Telu Varan."].join("\n");
    expect(find(resides, "Halvik")?.place).toBe("Tarsk");
    const resident = [" date 2021-10-19", "", "TARSK — President Telu Varan on Tuesday received the credentials of Kestas Halvik, Ambassador of Orvane, resident in Orvel."].join("\n");
    expect(find(resident, "Halvik")?.place).toBe("Tarsk");
  });
});

describe("the weekday of a meeting held", () => {
  it("returns the weekday before publication when an announcement's 'will' would count it forward ('announced on Monday after talks')", () => {
    // published on a Tuesday: the talks were on the Monday before, not the one after
    const text = [" date 2025-05-20", "", "TARSK — Veldia and Orvane will create a joint economic commission, Veldian President Kestas Varan announced on Monday after talks with his Orvanian counterpart, Telu Halvik, who is in Tarsk on a visit."].join("\n");
    expect(find(text, "Halvik")?.date).toMatchObject({ year: 2025, month: 5, day: 19 });
  });

  it("returns the coming weekday for a meeting to come ('will hold talks on Monday')", () => {
    const text = [" date 2025-05-20", "", "TARSK — Veldian President Kestas Varan will hold talks on Monday with his Orvanian counterpart, Telu Halvik."].join("\n");
    expect(find(text, "Halvik")?.date).toMatchObject({ year: 2025, month: 5, day: 26 });
  });
});

describe("the city a venue stands in", () => {
  // "Receiving the envoy at the State House in Abuja, the President congratulated him …" (read26 w107); "at Saadabad Palace in
  // Tehran", "at Government House in Wellington" (read sets)
  it("places a meeting in the city named after its venue, and reads 'virtually' (almost) as no video", () => {
    const m = find(
      "Departing envoy bids farewell\n\nNAIROBI - President Telu Varan on Thursday said goodbye to the outgoing Ambassador of Ghana to Kenya, Kaito Rasa, who has completed a three-year tour of duty.\n\nReceiving the envoy at the State House in Nairobi, the President congratulated him, remarking that the two of them had \"virtually lived together.\"\n",
      "Rasa",
    );
    expect(m?.place).toBe("Nairobi");
    expect(m?.venue).toBe("the State House");
  });
});

describe("a contact noun's own ', held …' phrase", () => {
  it("dates and places 'the meeting between A and B, held late on Wednesday in the Icelandic capital', not by the review's day (read35 x304)", () => {
    const text = [
      " date 2021-05-20",
      "",
      "MOSCOW - The Kremlin on Thursday gave a warm review of the first face-to-face meeting between Veldian Foreign Minister Ana Varan and Orvanian Foreign Minister Piet Telu, held late on Wednesday in the Icelandic capital.",
    ].join("\n");
    expect(find(text, "Telu")).toMatchObject({ date: { year: 2021, month: 5, day: 19 }, place: "Reykjavik" });
  });

  it("leaves the date of an event the contact was held at to that event's phrase ('on the margins of the summit, held on May 12')", () => {
    const text = [" date 2022-05-14", "", "Ana Varan met Piet Telu on Friday on the margins of the regional summit, held on May 12 in Antigua."].join("\n");
    expect(find(text, "Telu")?.date).toMatchObject({ day: 13 });
  });
});

describe("a venue named by its own head word", () => {
  // "at the Grand Pacific Hotel" (read68 x681), "at Sheetal Niwas" (check12 l209), "at Sushma Swaraj Bhawan" (read68 x678), "at the
  // Pancasila Building" (read24 t102), "at Windsor Castle" (read sets)
  it("returns the hotel, the residence or the building a meeting was held at", () => {
    for (const venue of ["the Grand Tarsk Hotel", "Orvel Niwas", "Varan Telu Bhawan", "the Kestas Building", "Orvel Castle"]) {
      const text = ` date 2023-08-08\nTARSK, 8 August 2023 - Foreign Minister Ana Varan held talks with Foreign Minister Piet Telu at ${venue} on Monday.`;
      expect(find(text, "Telu")?.venue).toBe(venue);
    }
  });
});
