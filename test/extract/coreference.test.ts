/** @module Coreference across sentences: the person "he" / "she" stands for is the one the sentences before are about. */
import { describe, expect, it } from "vitest";
import { articleIndex, countryIn, meetingKey, meetingsIn, namesInSentence } from "./helpers";

/** "A + B" per meeting of one article, held or planned as asked. */
const meetingsOf = (text: string, published: string, status: "held" | "planned" = "held"): string[] => meetingsIn(text, published, status);

describe("'he' for the subject of the sentences before, not the first person they name", () => {
  // check11 k202 ("When she met Turkish Ambassador X, the Acting President said …"), devE ("Before he leaves, O'Neill is due to …")
  it("returns the main clause's subject for a pronoun in a clause of time opening the sentence, not the last one named before", () => {
    const text =
      "Chilean Foreign Minister Halvik Nemo was in Hanoi on Monday. Vietnam's President, Mr Orvel Dane, received four envoys the same day.\n\n" +
      "When he met Peruvian Ambassador Kestas Orvane, Nemo said ties were strong.";
    const met = meetingsOf(text, "2024-05-15");
    expect(met).toContain("Halvik Nemo + Kestas Orvane");
    expect(met).not.toContain("Kestas Orvane + Orvel Dane");
  });

  // heldout117 1098, exchange67 x1138, x1139 ("Negotiations were launched by U.S. Vice President X when she called on President Y")
  it("returns the contact of a pronoun in a clause of time after a passive main clause, for the one after its 'by'", () => {
    const text =
      "Foreign Minister Orvel Dane signed the pact with his Japanese counterpart in Manila on Monday.\n\n" +
      "Negotiations on the pact were launched by Prime Minister Halvik Nemo when he met President Kestas Orvane in Manila in November 2023.";
    expect(meetingsOf(text, "2024-07-09")).toContain("Halvik Nemo + Kestas Orvane");
  });

  it("returns the visitor's contact for 'He then met X' after 'After a luncheon hosted by Y, Z laid wreaths' (devD d007, a Thai daily)", () => {
    const text =
      "Thai Prime Minister Srettha Thavisin wrapped up a one-day official visit to Cambodia on Thursday evening, having held talks with his Cambodian counterpart Hun Manet.\n\n" +
      "After a luncheon hosted by Manet, Srettha laid wreaths at the Independence Monument.\n\n" +
      "He then met National Assembly president Khuon Sudary.";
    const met = meetingsOf(text, "2023-09-29");
    expect(met).toContain("Khuon Sudary + Srettha Thavisin");
    expect(met).not.toContain("Hun Manet + Khuon Sudary");
  });

  it("returns no contact for the source of 'According to spokeswoman X, he is to hold talks with Y' (devD d023, a running digest), the traveller's instead", () => {
    const text =
      "Russian Foreign Minister Sergey Lavrov arrived on a special flight from Moscow this morning at the start of a two-day official visit.\n\n" +
      "Lavrov's Colombo stop is the first leg of an Asian tour.\n\n" +
      "According to Russian Foreign Ministry spokeswoman Maria Zakharova, he goes on to New Delhi, where he is to hold talks with Indian External Affairs Minister Subrahmanyam Jaishankar on Wednesday, January 15.";
    const planned = meetingsOf(text, "2020-01-14", "planned");
    expect(planned).toEqual(["Sergey Lavrov + Subrahmanyam Jaishankar"]);
  });

  it("returns no contact for people a sentence lists after its verb ('The local side comprised X, Y …'), 'He' staying the visitor (devB k024, The Herald)", () => {
    const text =
      "The President of the Pan-African Parliament (PAP), Honourable Roger Nkodo Dang, who is touring Zimbabwe, has paid a courtesy call on Justice Minister Ziyambi Ziyambi.\n\n" +
      "Dang headed a delegation that included Zambian Member of Parliament Professor Geoffrey Lungwangwa.\n\n" +
      "The local side of the delegation comprised Chief Fortune Charumbira, Senator Chen Chimutengwende and Honourable Tapiwa Mashakada.\n\n" +
      "When he met Minister Ziyambi, the discussion centred on the Malabo Protocol.";
    const met = meetingsOf(text, "2018-05-10");
    expect(met.join(" ")).not.toMatch(/Charumbira|Chimutengwende|Mashakada/);
    expect(met).toContain("Roger Nkodo Dang + Ziyambi Ziyambi");
  });

  it("returns the contact of the one 'Also present at the meeting was X' names, for the 'He' after it (c013, Embacuba), not of the woman before", () => {
    const text =
      "Jamaica's Prime Minister, Andrew Holness, today received the Ambassador of Cuba, Inés Fors Fernández, who paid him a courtesy call.\n\n" +
      "For her part, the Cuban diplomat conveyed her country's gratitude for Jamaica's support.\n\n" +
      "Also present at the meeting was Thomas Tavares-Finson, President of the Senate of Jamaica.\n\n" +
      "He recalled with satisfaction his meeting with the President of Cuba, Raúl Castro Ruz, during the VI Cuba-CARICOM Summit.";
    const met = meetingsOf(text, "2017-03-08");
    expect(met).toContain("Raúl Castro Ruz + Thomas Tavares-Finson");
    expect(met.join(" ")).not.toMatch(/Inés Fors Fernández \+ Raúl|Andrew Holness \+ Raúl/);
  });

  it("returns the contact of the one whose trip a sentence is about ('It is the Portuguese president's ninth trip; … he met …') (c009, Agência Brasil)", () => {
    const text =
      "President Luiz Inácio Lula da Silva received Portugal's President, Marcelo Rebelo de Sousa, at the Palácio do Planalto on Tuesday morning.\n\n" +
      "The visit returns the one Lula paid to Portugal in April 2023.\n\n" +
      "It is the Portuguese president's ninth trip to Brazil as head of state; it began on Sunday in Recife, where he met the Governor of Pernambuco, Raquel Lyra.";
    const met = meetingsOf(text, "2025-08-26");
    expect(met).toContain("Marcelo Rebelo de Sousa + Raquel Lyra");
    expect(met.join(" ")).not.toMatch(/Lula da Silva \+ Raquel Lyra/);
  });

  it("returns the man for 'He' when the woman the sentence before is about said 'she' of herself (c035, RNZ), and the speaker of ', X noted,' for the next 'he' (devD d001, a ministry release)", () => {
    const samoa =
      "New Zealand's Foreign Minister Winston Peters met Samoa's Prime Minister Fiame Naomi Mata'afa in Apia on Wednesday.\n\n" +
      "Peters said the document fixes which areas the two governments will prioritise.\n\n" +
      "Fiame called Peters a longtime friend and said she was glad of the chance to reconnect.\n\n" +
      "Once the signing was over, local reporters put questions to Peters about visa-free entry.\n\n" +
      "He told them the appeal had been heard, and he later met Samoan opposition leader Tuilaepa Sailele Malielegaoi.";
    const met = meetingsOf(samoa, "2024-02-07");
    expect(met).toContain("Tuilaepa Sailele Malielegaoi + Winston Peters");
    expect(met.join(" ")).not.toMatch(/Fiame Naomi Mata'afa \+ Tuilaepa/);
    const prague =
      "Polish Foreign Minister Radosław Sikorski met Czech Foreign Minister Petr Macinka in Warsaw.\n\n" +
      "Minister Macinka said the Czech Republic wanted to play a more active role.\n\n" +
      "The ministers also compared notes on the EU budget, on which, Minister Sikorski noted, Warsaw and Prague think alike.\n\n" +
      "Later he met Slovak Foreign Minister Juraj Blanar.";
    expect(meetingsOf(prague, "2026-02-10")).toContain("Juraj Blanar + Radosław Sikorski");
  });
});

describe("descriptions and surnames that point back across sentences", () => {
  it("returns the contact of 'The visiting minister paid a courtesy call on the President' (devA h003, PNA) and of 'host a state dinner for the visiting president' (c030, Prensa Latina)", () => {
    const manila =
      "MANILA — President Ferdinand Marcos Jr. welcomed Malaysian Foreign Minister Mohamad Hasan to Malacañang Palace in Manila yesterday, July 1, 2024.\n\n" +
      "The visiting minister paid a courtesy call on the President in the palace's Study Room.";
    expect(meetingsOf(manila, "2024-07-02")).toContain("Ferdinand Marcos Jr. + Mohamad Hasan");
    const nairobi =
      "Tanzanian President Samia Suluhu Hassan began a two-day state visit to Kenya on Tuesday, hosted by President Uhuru Kenyatta.\n\n" +
      "Kenyatta will host a state dinner for the visiting president on Tuesday evening.";
    expect(meetingsOf(nairobi, "2021-05-04", "planned")).toContain("Samia Suluhu Hassan + Uhuru Kenyatta");
  });

  it("returns the contact of 'the Greek minister' when no one of Greece is known yet and one minister's country is open (c002, Greek MFA), not of a minister the sentence names ('The Iranian minister … invited Al-Yahya', c060, KUNA)", () => {
    const madrid =
      "Foreign Minister Nikos Dendias met with his Spanish counterpart, José Manuel Albares, in Madrid.\n\n" +
      "Earlier in the day the Greek minister called on Meritxell Batet, the Speaker of the Spanish Congress of Deputies.";
    expect(meetingsOf(madrid, "2022-05-05")).toContain("Meritxell Batet + Nikos Dendias");
    const geneva =
      "Minister of Foreign Affairs Abdullah Al-Yahya held talks with Iran's top diplomat, Hossein Amirabdollahian, in Geneva on Monday.\n\n" +
      "The Iranian minister said Tehran was ready to make joint mechanisms more active, and invited Al-Yahya to visit Tehran.";
    const index = articleIndex(`KUWAIT, Feb 26 (KUNA) -- ${geneva}`, "2024-02-26");
    expect(index.people.find((p) => p.name === "Abdullah Al-Yahya")?.offices[0]?.country).not.toBe("Iran");
  });

  it("returns the person for a surname the tagger reads as a verb ('Cooper was named Foreign Secretary', c047, QNA), so 'She' after it is hers", () => {
    const text =
      "Sheikh Mohammed bin Abdulrahman Al-Thani received a phone call on Saturday from HE Yvette Cooper, the United Kingdom's Foreign Secretary.\n\n" +
      "Cooper was named Foreign Secretary on Friday in a government reshuffle carried out by British Prime Minister Keir Starmer.\n\n" +
      "She met Deputy Prime Minister David Lammy on Monday.";
    const met = meetingsOf(text, "2025-09-06");
    expect(met).toContain("David Lammy + Yvette Cooper");
    expect(met.join(" ")).not.toMatch(/Keir Starmer \+|\+ Keir Starmer/);
  });
});


describe("'HE' in capitals before a title", () => {
  // c047 (QNA: "HE the Prime Minister and Minister of Foreign Affairs told his caller …") and new57b x653 (a Gulf daily: "commended
  // the mediating role of HE the Prime Minister and Minister of Foreign Affairs Sheikh …")
  it("is His Excellency, not 'he' for the one named before it", () => {
    const text =
      "Doha: HH the Amir Sheikh Tamim Orvel held talks in Doha on Monday evening with a visiting delegation.\n\n" +
      "The Amir also received a phone call from US President Rolf Amsel.\n\n" +
      "According to the White House, President Amsel thanked HH the Amir for his leadership and commended the mediating role of HE the Prime Minister and Minister of Foreign Affairs Sheikh Telu bin Osk Al Orvel.";
    const index = articleIndex(text, "2025-01-14");
    const telu = index.people.find((p) => p.name === "Telu bin Osk Al Orvel");
    expect(telu?.offices[0]?.title).toBe("Prime Minister and Minister of Foreign Affairs");
    expect(telu?.country).not.toBe("United States");
  });
});

describe("'him' and 'her' for someone other than the subject of their own clause", () => {
  it("returns 'him' said again after a new subject as the one the first 'him' stood for (heldout95 x899, exchange63 x938, x939), not when the first stood for that subject", () => {
    const text =
      "TARSK, Feb 17 (Wire) - Veldian President Varan Orvane flew into the Orvanian capital on Monday evening.\n\n" +
      "Prime Minister Telu Kestas received him at the airport, and Foreign Minister Osk Tarima called on him later the same evening.";
    expect(meetingsOf(text, "2025-02-17").sort()).toEqual(["Osk Tarima + Varan Orvane", "Telu Kestas + Varan Orvane"]);
    const other =
      "TARSK, Feb 17 (Wire) - Veldian President Varan Orvane spoke to reporters on Monday.\n\n" +
      "Orvane said Telu Kestas had received him in March, and that he had called on him again in May.";
    expect(meetingsOf(other, "2025-02-17")).not.toContain("Varan Orvane");
  });

  it("returns the airport welcome of 'X was at the airport to receive him' (c033, IANS) and of 'He flew in from Beirut, where X met him at the airport' (devC m016, a running digest)", () => {
    const delhi =
      "New Delhi, March 14 (IANS) — Prime Minister Narendra Modi received his Bhutanese counterpart, Dasho Tshering Tobgay, at his official residence on Thursday evening.\n\n" +
      "Tobgay took office in January 2024, and the trip is his first abroad since then. Minister of State for Consumer Affairs Ashwini Choubey was at Indira Gandhi International Airport to receive him.";
    const met = meetingsOf(delhi, "2024-03-14");
    expect(met).toContain("Ashwini Choubey + Tshering Tobgay");
    expect(met).not.toContain("Ashwini Choubey + Narendra Modi");
    const damascus =
      "Syrian President Bashar al-Assad has received Bahrain's Foreign Minister Abdullatif bin Rashid Al Zayani in Damascus.\n\n" +
      "Zayani's plane has landed in the Syrian capital. He flew in from Beirut, where Lebanese Foreign Minister Abdallah Bou Habib met him at the airport.";
    const seen = meetingsOf(damascus, "2024-04-28");
    expect(seen).toContain("Abdallah Bou Habib + Abdullatif bin Rashid Al Zayani");
    expect(seen).not.toContain("Abdallah Bou Habib + Bashar al-Assad");
  });

  it("returns no contact of one with themself for 'X met Y, briefing him on …' (c033, IANS): 'him' is the one met", () => {
    const text =
      "Bhutan's Prime Minister Dasho Tshering Tobgay arrived in New Delhi on Thursday.\n\n" +
      "BJP President J.P. Nadda also met Tobgay under the party's outreach, briefing him on the party's ideology.";
    expect(meetingsOf(text, "2024-03-15")).toEqual(["J.P. Nadda + Tshering Tobgay"]);
  });

  it("returns the contact of 'received her at the ministry' for the woman the sentence before is about, the subject of 'received' excluded", () => {
    const text =
      "Finnish Foreign Minister Elina Valtonen arrived in Tallinn on Monday for her first visit abroad in the post.\n\n" +
      "Estonian Foreign Minister Margus Tsahkna received her at the ministry.";
    expect(meetingsOf(text, "2023-06-20")).toEqual(["Elina Valtonen + Margus Tsahkna"]);
  });

  it("returns a contact dated months before the article apart from its undated one: 'In March 2022 X paid a state visit, when Y greeted him at the airport' (devC m010, a regional site)", () => {
    const text =
      "Djibouti, 11 January 2026 – Ethiopian Prime Minister Abiy Ahmed touched down in Djibouti on Sunday for a working visit.\n\n" +
      "Abiy was met at the airport by President Ismail Omar Guelleh with full honours.\n\n" +
      "In March 2022 Guelleh paid a two-day state visit to Ethiopia, when Abiy greeted him at Bole International Airport.";
    const index = articleIndex(text, "2026-01-11");
    const dates = index.meetings.map((m) => `${m.date?.year}-${m.date?.month}`).sort();
    expect(dates).toEqual(["2022-3", "2026-1"]);
  });
});

describe("'his' in a phrase opening the sentence, and the description that is its subject", () => {
  // read34 x288 ("In his talks with Australian Prime Minister Malcolm Turnbull, the Indian leader discussed …"), read24 t101 ("In his
  // meeting with Peru's Foreign Minister Elmer Schialer, the Chinese minister said …"), read33 x263 ("In his talks with Son, the Vietnamese minister …")
  it("never returns another leader of no country for the description, nor gives them its country", () => {
    const text =
      "ANTALYA, November 16, 2015 - Prime Minister Kaito Rasa met Spanish Prime Minister Orvel Dane. On Monday Rasa saw President Telu Varan and asked him to support Tarsk's bid.\n\n" +
      "In his talks with Australian Prime Minister Ilse Marr, the Indian leader discussed uranium supplies.";
    const met = meetingsOf(text, "2015-11-16");
    expect(met).not.toContain("Ilse Marr + Telu Varan");
    expect(countryIn(text, "Telu Varan")).not.toBe("India");
  });
});

describe("'him' in a phrase with the one it stands for", () => {
  it("returns the guest for 'A luncheon for Dr X and those travelling with him followed', whose party then takes no host's country (read34 x281)", () => {
    const text =
      "ACCRA – German President Tomas Veller arrived in the Ghanaian capital on Monday for a state visit. Foreign Minister Ana Koss greeted him on behalf of President Ivo Brandt.\n\n" +
      "Officials said trade dominated the discussion. A state luncheon for Dr Veller and those travelling with him followed.";
    const index = articleIndex(text, "2025-11-03");
    expect(namesInSentence(index, /^A state luncheon/)).not.toContain("Ana Koss");
    expect(countryIn(text, "Ana Koss")).toBe("Ghana");
  });
});

describe("'the head of state' and 'the head of government' for the article's holder of such an office", () => {
  it("returns no body's president as 'the head of state' (heldout97 x912)", () => {
    const text =
      "KELM, April 21 (Wire) - President Varan Telu on Friday received Osk Tarima, President of the Veldian Bank for Reconstruction (VBR).\n\n" +
      "According to the Office of the President, the head of state thanked the bank for its support. Later the head of state received Piet Amsel.";
    const met = meetingsOf(text, "2023-04-21");
    expect(met).toContain("Piet Amsel + Varan Telu");
    expect(met).not.toContain("Osk Tarima + Piet Amsel");
  });

  it("returns 'her' after a subject 'He' as the one other person of the sentence before, whose sex no sentence gave (devG g108)", () => {
    const text = "On the same day Foreign Minister Varan Orvane also met Ana Telu, Veldia's deputy prime minister.\n\nHe thanked her for the assistance delivered through joint projects.";
    const index = articleIndex(text, "2018-02-06");
    expect(namesInSentence(index, /^He thanked/).sort()).toEqual(["Ana Telu", "Varan Orvane"]);
  });

  it("returns no holder of an office of another country, named only later, for an office of a visit's host country (heldout54 x593)", () => {
    const text =
      "Valletta, 19 September 2023\n\nThe President referred to his forthcoming visit to Australia from 13 to 22 October. During the visit President Varan Orvane is to hold meetings with the Governor-General, the Prime Minister, the Minister for Foreign Affairs and the Leader of the Opposition.\n\n" +
      "On Sunday, President Orvane received the Minister of Foreign Affairs of the People's Republic of China, Telu Kestas, at the palace.\n\n" +
      "Minister Kestas congratulated Malta on its role in the Security Council.";
    const index = articleIndex(text, "2023-09-19");
    expect(index.meetings.filter((m) => m.status === "planned").map((m) => meetingKey(index, m))).not.toContain("Telu Kestas + Varan Orvane");
    expect(meetingsOf(text, "2023-09-19")).toContain("Telu Kestas + Varan Orvane");
  });

  it("returns no one for 'the President' of 'the Office of the President', the institution named the other way round (heldout97 x912; the read sets write it 17 times)", () => {
    const text =
      "KELM, April 21 (Wire) - President Varan Telu on Friday received Osk Tarima, the Orvanian foreign minister.\n\n" +
      "According to the Office of the President, the head of state later received Piet Amsel.";
    expect(meetingsOf(text, "2023-04-21")).toContain("Piet Amsel + Varan Telu");
  });

  /** The people a sentence of one article refers to, by name. */
  function peopleOfSentence(text: string, published: string, sentence: RegExp): string[] {
    return namesInSentence(articleIndex(text, published), sentence);
  }

  it("returns the prime minister for 'The head of government also expressed …' (c013, Jamaica's OPM) and the president for 'the head of state congratulated …' (devC m011, MOLDPRES)", () => {
    const kingston =
      "KINGSTON, JAMAICA, January 22, 2018. Jamaica's Prime Minister, Andrew Holness, today received the Ambassador of Cuba, Inés Fors Fernández, who paid him a courtesy call.\n\n" +
      "The head of government also expressed the appreciation of the Jamaican people for Cuba's many gestures of solidarity.";
    expect(peopleOfSentence(kingston, "2018-01-22", /^The head of government/)).toEqual(["Andrew Holness"]);
    const chisinau =
      "Chisinau, 3 December /MOLDPRES/ - President Maia Sandu on Wednesday received the letters of credence of eight ambassadors.\n\n" +
      "At the official ceremony, the head of state congratulated the ambassadors on the start of their mandates.";
    expect(peopleOfSentence(chisinau, "2025-12-03", /the head of state congratulated/)).toContain("Maia Sandu");
  });

  it("returns the federal president for 'the visiting head of state' after 'Veldian Federal President X' (read34 x281, a Ghanaian daily; Swiss 'Federal Councillor', read21)", () => {
    const text =
      "ACCRA – German Federal President Tomas Veller touched down in the Ghanaian capital on Monday for a state visit.\n\n" +
      "Foreign Affairs Minister Ana Koss greeted the visiting head of state on behalf of President Ivo Brandt.";
    expect(peopleOfSentence(text, "2025-11-03", /^Foreign Affairs Minister/)).toContain("Tomas Veller");
    expect(countryIn(text, "Tomas Veller")).toBe("Germany");
  });

  it("returns no one for 'the Head of State of the receiving country' (devD d012, ANGOP): a head of state in general", () => {
    const text =
      "The President of the Republic, João Lourenço, on Thursday received the letters of credence of four new ambassadors.\n\n" +
      "It is handed over in person by the ambassador-designate to the Head of State of the receiving country.";
    expect(peopleOfSentence(text, "2023-07-21", /^It is handed over/)).toEqual([]);
  });
});

describe("a contact whose one side is told only by 'his' / 'her' or by the article's principal person", () => {
  it("returns the owner's contacts for 'His last meetings of the day were with X and Y' (devA h008, a Turkish daily) and 'his very first call … was with Z' (devC m012, ERR News), never one of the other people named", () => {
    const antalya =
      "Turkish Foreign Minister Mevlüt Çavuşoğlu on June 19 met Moldovan Foreign Minister Aureliu Ciocoi at the Antalya Diplomacy Forum.\n\n" +
      "His last meetings of the day were with two former foreign ministers, Sigmar Gabriel of Germany and Karin Kneissl of Austria.";
    const held = meetingsOf(antalya, "2021-06-20");
    expect(held).toEqual(expect.arrayContaining(["Mevlüt Çavuşoğlu + Sigmar Gabriel", "Karin Kneissl + Mevlüt Çavuşoğlu"]));
    expect(held.join(" ")).not.toMatch(/Ciocoi \+ (?:Karin|Sigmar)|(?:Gabriel|Kneissl) \+ Aureliu/);
    const call =
      "Foreign Minister Margus Tsahkna spent Friday in Helsinki, where he held a telephone conversation with Ukraine's newly appointed foreign minister, Andrii Sybiha.\n\n" +
      "Sybiha was confirmed by the Verkhovna Rada only on Thursday. According to the Ukrainian side, his very first call in the new job was with Polish Foreign Minister Radosław Sikorski.";
    const calls = meetingsOf(call, "2024-09-06");
    expect(calls).toContain("Andrii Sybiha + Radosław Sikorski");
    expect(calls).not.toContain("Margus Tsahkna + Radosław Sikorski");
  });

  it("returns the principal's planned talks, one each, for 'Talks with A, B and C are set for Wednesday' (devD d019, a live page), and for 'Talks with Prime Minister X follow' (devD d015, Cook Islands News)", () => {
    const live =
      "Putin's marathon of bilateral meetings\n\n" +
      "Russian President Vladimir Putin began the day by receiving Dilma Rousseff, the former Brazilian president.\n\n" +
      "Putin later met South African President Cyril Ramaphosa.\n\n" +
      "Talks with Turkish President Recep Tayyip Erdogan, Iranian President Masoud Pezeshkian and Ethiopian Prime Minister Abiy Ahmed Ali are set for Wednesday.";
    const planned = meetingsOf(live, "2024-10-22", "planned");
    expect(planned).toEqual(["Abiy Ahmed Ali + Vladimir Putin", "Masoud Pezeshkian + Vladimir Putin", "Recep Tayyip Erdogan + Vladimir Putin"]);
    expect(articleIndex(live, "2024-10-22").meetings.find((m) => m.status === "planned")?.date).toMatchObject({ month: 10, day: 23 });
    const visit =
      "New Zealand's Deputy Prime Minister and Foreign Minister Winston Peters touched down in the Cook Islands last night.\n\n" +
      "Peters opens the day at a groundbreaking ceremony in Terevete Park.\n\n" +
      "Talks with Prime Minister Mark Brown follow, and a media stand-up is planned at about midday.";
    expect(meetingsOf(visit, "2024-02-07")).toContain("Mark Brown + Winston Peters");
  });

  it("returns no contact when the article is about no one yet, about two people as often, or when the talks point back ('The conversation with X came …')", () => {
    const none = "The summit opened in Varan on Monday.\n\nTalks with Veldian President Orno Telu are set for Wednesday.";
    expect(meetingsOf(none, "2024-10-21", "planned")).toEqual([]);
    const two =
      "Veldian President Orno Telu and Orvanian President Kesto Bralo arrived in Varan on Monday.\n\n" +
      "Telu laid a wreath at the war memorial. Bralo toured the harbour.\n\n" +
      "Talks with Tarskian Prime Minister Ilan Vesk are set for Wednesday.";
    expect(meetingsOf(two, "2024-10-21", "planned").join(" ")).not.toMatch(/Vesk/);
    const back =
      "Veldian Foreign Minister Orno Telu met his Orvanian counterpart Kesto Bralo on Sunday.\n\n" +
      "Telu later called it an easy exchange. Telu flew on to Tarsk.\n\n" +
      "The conversation with Bralo came a month after the two countries held consultations on August 11.";
    expect(meetingsOf(back, "2024-09-27")).toEqual(["Kesto Bralo + Orno Telu"]);
  });
});

describe("a monarch's title alone for the article's holder of it", () => {
  it("returns the call of 'His Highness the Amir received a phone call from X' (c019, a Kuwaiti daily) and the audience of 'The Sultan also received X' (the title alone as in devG g106 'the Sultan's visit', an Iranian agency, and g111 'received by the Amir', a Gulf digest)", () => {
    const calls =
      "His Highness the Amir Sheikh Varan Al-Orvane received on Monday a cable from Tarsk President Telu Kestas.\n\n" +
      "Also on Tuesday, His Highness the Amir received a phone call from Halvik Crown Prince, Deputy Prime Minister and Minister of Defence Prince Orvel bin Tamsar, who congratulated him on the national day.";
    expect(meetingsOf(calls, "2026-03-04")).toEqual(["Orvel bin Tamsar + Varan Al-Orvane"]);
    const audience =
      "His Majesty Sultan Brin Tamsar received the Veldian Foreign Minister, Dovan Reke, at the Veldia Palace on Sunday.\n\n" +
      "The Sultan also received the Veldian Minister of Trade, Kiro Vasst.";
    expect(meetingsOf(audience, "2026-03-04")).toEqual(["Brin Tamsar + Dovan Reke", "Brin Tamsar + Kiro Vasst"]);
  });
});

describe("'the minister' is never the prime minister", () => {
  it("returns the foreign minister's audience for 'the Amir and the minister discussed …' after a sentence about a Crown Prince and Prime Minister (c057, KUNA), no contact of the prime minister", () => {
    const text =
      "His Highness the Amir Sheikh Varan Al-Orvane received on Monday Minister of Foreign Affairs Prince Telu bin Kestas.\n\n" +
      "Prince Orvel bin Halvik, Crown Prince and Prime Minister, had sent his greetings to the Amir on Sunday.\n\n" +
      "His Highness the Amir and the minister discussed the harbour project.";
    expect(meetingsOf(text, "2026-06-03")).toEqual(["Telu bin Kestas + Varan Al-Orvane"]);
  });
});

describe("a description said again stands for the one it stood for", () => {
  it("returns the visitor's planned talks for '… welcomed the prime minister at the airport. During his visit, the prime minister will hold talks with Y' when two prime ministers are named (pakistantoday.com.pk on a visit to Minsk)", () => {
    const text =
      "Prime Minister Varan Telu of Pakistan on Thursday arrived in Minsk on a two-day official visit at the invitation of President Orvel Kestas.\n\n" +
      "Belarus Prime Minister Tarsk Belin and officials of the embassy warmly welcomed the prime minister at the airport.\n\n" +
      "During his visit, the prime minister will hold talks with President Kestas to review progress in areas of mutual interest.";
    const met = meetingsIn(text, "2025-04-11", "planned");
    expect(met).toEqual(["Orvel Kestas + Varan Telu"]);
  });
});

describe("a sentence whose subject is the topic's own", () => {
  // heldout36 x352: "His first full day, Friday, began with a lunch given in his honour by Sabry. In the afternoon he called on …"
  it("returns the topic, not the one person a 'His …' sentence names, for the pronoun after it", () => {
    const text = "TARSK, 5 February 2023 - Foreign Minister Ana Varan used his stay in Tarsk to hold a string of meetings, the ministry said.\n\nVaran flew in on Thursday at the invitation of Orvanian Foreign Minister Piet Telu.\n\nHis first full day, Friday, began with a lunch given in his honour by Telu. In the afternoon he called on Prime Minister Kim Orso.";
    expect(meetingsOf(text, "2023-02-05")).toContain("Ana Varan + Kim Orso");
  });
});

describe("'he' is never one named later in its own clause", () => {
  // "It came at the invitation of Foreign Minister Y. … The same day he held talks with Mr Y at the Foreign Office." (heldout62
  // x643): the one "he" met is someone else than "he", whoever the sentence before was about.
  it("returns the visitor's talks, not none, after a sentence that names only the host", () => {
    const text =
      "TARSK, December 13, 2022 - Amos Varan, Secretary General of the Organisation, wrapped up a three-day official visit on Monday with a call on Prime Minister Jon Telu, who received him.\n\n" +
      "Mr Varan arrived on Saturday. It came at the invitation of Foreign Minister Bilal Kessa Osk.\n\n" +
      "The same day he held talks with Mr Kessa Osk at the Foreign Office.";
    expect(meetingsOf(text, "2022-12-13")).toContain("Amos Varan + Bilal Kessa Osk");
  });
});

describe("a description of one a possessive already stands for", () => {
  // "From her meeting with Ánh Xuân, the American visitor moved on to talks with State President Y" (read34 x287): "her" and
  // "the American visitor" are one person, the one whose talks with Y the sentence tells.
  it("returns the visitor's talks with the one named after 'moved on to talks with'", () => {
    const text =
      "TARSK, August 25, 2021 - Chilean Vice President Mira Varan was welcomed at the palace on Wednesday morning by her Orvanian counterpart, Vice President Ana Telu.\n\n" +
      "From her meeting with Telu, the Chilean visitor moved on to talks with State President Piet Osk.";
    expect(meetingsOf(text, "2021-08-25")).toContain("Mira Varan + Piet Osk");
  });
});

describe("'she' after a sentence about a host whose sex the article does not give", () => {
  // exchange60 x799 ("… the President of Fiji, X, received President Murmu … President X conferred on her the Companion of the Order
  // of Fiji. While in Suva she also … held talks with Prime Minister Y"), heldout79 x766 (a home secretary's talks after a paragraph
  // on her hosts)
  it("returns the one of the last two topics known to be a woman, not the host", () => {
    const text =
      "The President of Veldia, Ana Rell, reached Tarsk this morning, where she had landed yesterday on a state visit.\n\n" +
      "At State House, the President of Orvane, Varan Telu, received President Rell. President Telu conferred on her the country's highest award.\n\n" +
      "In Tarsk she also held talks with Prime Minister Osk Tarima.";
    const met = meetingsOf(text, "2024-08-06");
    expect(met).toContain("Ana Rell + Osk Tarima");
    expect(met).not.toContain("Osk Tarima + Varan Telu");
  });
});

describe("an object pronoun after a subject with company set beside it", () => {
  // heldout80 x773 ("Yesterday Bach, flanked by IOC director general Christophe De Kepper, welcomed her to Olympic House"), exchange60
  // x794 ("Emperor Naruhito, accompanied by Empress Masako, met her at the entrance of the palace")
  it("returns the one the sentences before were about, not the one in company of the subject", () => {
    const text =
      "Olympic chief-elect Ana Rell flew to Orvel on Sunday.\n\n" +
      "Yesterday President Varan Telu, flanked by director general Osk Tarima, welcomed her to the headquarters in Orvel.";
    const met = meetingsOf(text, "2025-04-08");
    expect(met).toContain("Ana Rell + Varan Telu");
    expect(met).not.toContain("Osk Tarima + Varan Telu");
  });
});
