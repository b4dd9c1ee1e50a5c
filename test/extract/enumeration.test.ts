import { describe, expect, it } from "vitest";
import { countryIn, meetingsIn } from "./helpers";

/** "A + B" per meeting of one article (surnames sorted), as a reader would list who met whom. */
const meetingsOf = (text: string, published = "2024-08-03"): string[] => meetingsIn(text, published);

describe("a side written in the plural and named by a list that follows", () => {
  it("returns one contact per envoy of 'The four are A, B, C and D' (c017, Uganda, New Vision style)", () => {
    const text =
      "President Yoweri Museveni on Friday, August 2, 2024, accepted the letters of credence of four ambassadors and high commissioners newly accredited to Uganda, at a ceremony held at State House, Entebbe.\n\n" +
      "The four are Amokrane Mourad of Algeria, Joash Arthur Maangi of Kenya, Frederieke Quispel of the Netherlands and H.E. Mahlaba Almon Mamba, High Commissioner of the Kingdom of Eswatini.";
    expect(meetingsOf(text)).toEqual([
      "Amokrane Mourad + Yoweri Museveni",
      "Mahlaba Almon Mamba + Yoweri Museveni",
      "Joash Arthur Maangi + Yoweri Museveni",
      "Frederieke Quispel + Yoweri Museveni",
    ].sort());
  });

  it("returns one contact per minister of 'Those X met were A, B and C' (c026, ENA style)", () => {
    const text =
      "On the margins of the Executive Council of the African Union in Addis Ababa today, Deputy Prime Minister Demeke Mekonnen held a series of bilateral talks with fellow ministers.\n\n" +
      "Those Demeke met were Cameroon's Minister of External Relations Lejeune Mbella Mbella, Spain's Minister of Foreign Affairs Jose Manuel Albares Bueno and Somalia's Foreign Minister Abshir Omar Huruse.";
    expect(meetingsOf(text, "2023-02-15")).toEqual(["Abshir Omar Huruse + Demeke Mekonnen", "Demeke Mekonnen + Jose Manuel Albares Bueno", "Demeke Mekonnen + Lejeune Mbella Mbella"]);
  });

  it("returns one contact per envoy of 'The envoys who presented their credentials were - A, B and C' (ANI, https://archive.siasat.com/news/ambassadors-four-nations-present-credentials-president-mukherjee-981637/)", () => {
    const text =
      "Envoys of three states presented their credentials to President Pranab Mukherjee at a ceremony held in Rashtrapati Bhavan here today.\n\n" +
      "The envoys who presented their credentials were - Ambassador of France Alexandre Ziegler, High Commissioner of Mozambique Ermindo Augusto Ferreira and Ambassador of Ethiopia Asfaw Dingamo Kame.";
    expect(meetingsOf(text, "2016-07-02")).toEqual(["Alexandre Ziegler + Pranab Mukherjee", "Asfaw Dingamo Kame + Pranab Mukherjee", "Ermindo Augusto Ferreira + Pranab Mukherjee"]);
  });

  it("returns one contact per envoy of a numbered phrase named by bulleted lines with no colon, each item's own sentences after it (k001, Ghana, diplomatic diary style)", () => {
    const text =
      "Ghana's Minister for Foreign Affairs, Samuel Okudzeto Ablakwa (MP), on Tuesday received copies of the letters of credence of three envoys newly posted to Accra. The short ceremonies took place one after another at the ministry.\n\n" +
      "- SUDAN: Ambassador-designate Gariballa Khidir Ali. Mr Ablakwa recalled that Ghanaian troops have served in peacekeeping missions in Sudan.\n\n" +
      "- UNITED KINGDOM: High Commissioner-designate Christian Rogg.\n\n" +
      "- EGYPT: Ambassador-designate Wael Fathy.\n\n" +
      "The three will formally present their original letters to the President at a later ceremony.";
    expect(meetingsOf(text, "2025-09-16")).toEqual(["Gariballa Khidir Ali + Samuel Okudzeto Ablakwa", "Christian Rogg + Samuel Okudzeto Ablakwa", "Samuel Okudzeto Ablakwa + Wael Fathy"].sort());
  });

  it("returns one contact per envoy of bulleted lines after a colon, each its own item whether it ends in ';' or in nothing (c014, Jamaica's ministry; read34 x275, Rashtrapati Bhavan)", () => {
    const text =
      "President Orvel Dane accepted the letters of credence of three new Ambassadors through a video conference on Thursday.\n\n" +
      "Those accredited were:\n\n" +
      "  • Mr. Halvik Nemo, Ambassador of Senegal\n" +
      "  • Mrs. Kestas Varana, High Commissioner of Mauritius\n" +
      "  • Ms. Ilse Torvin, Ambassador of Rwanda\n\n" +
      "The President said technology had let governments carry on their business.";
    expect(meetingsOf(text, "2020-05-21")).toEqual(["Halvik Nemo + Orvel Dane", "Ilse Torvin + Orvel Dane", "Kestas Varana + Orvel Dane"]);
    expect(countryIn(text, "Kestas Varana")).toBe("Mauritius");
  });

  it("returns one contact per envoy of a numbered phrase named by short lines of their own, name and post (Governor General of Canada's releases, CNW 2019)", () => {
    const text =
      "OTTAWA - Governor General Julie Payette received the letters of credence of three new heads of mission at Rideau Hall on Friday.\n\n" +
      "His Excellency Peiwu Cong\n\nAmbassador-designate of the People's Republic of China\n\n" +
      "His Excellency Mohammad Hassan Soroosh Yousufzai\n\nAmbassador-designate of the Islamic Republic of Afghanistan\n\n" +
      "Her Excellency Reem Mohammad Khaled Zaid Al Khaled\n\nAmbassador-designate of the State of Kuwait\n\n" +
      "New heads of mission must be welcomed by the governor general before they take up their duties.";
    expect(meetingsOf(text, "2019-11-01")).toEqual(["Julie Payette + Peiwu Cong", "Julie Payette + Mohammad Hassan Soroosh Yousufzai", "Julie Payette + Reem Mohammad Khaled Zaid Al Khaled"].sort());
  });

  it("returns one contact per envoy of a list after the colon that closes the plural's own complement ('from two new heads of mission: A, …, and B, …')", () => {
    const text =
      "Telu, Thursday 8 February 2024 – The President of the Republic of Veldia, His Excellency Dr Orvan Kessel, has accepted letters of credence from two new heads of mission: H.E. Marek Dalvin, Ambassador Extraordinary and Plenipotentiary of Tarsk, and H.E. Ilse Varhold, Ambassador of the Republic of Orvania.";
    expect(meetingsOf(text, "2024-02-08")).toEqual(["Ilse Varhold + Orvan Kessel", "Marek Dalvin + Orvan Kessel"]);
  });

  it("returns one contact per envoy of a list after the colon that closes a plural's countries ('the ambassadors of A, B and C: X, Y and Z')", () => {
    const text = "Finnish Foreign Minister Ana Varan met on Monday with the ambassadors of Chile, Peru and Ghana: Mira Osk, Piet Telu and Jon Brel.";
    expect(meetingsOf(text, "2024-03-04")).toEqual(["Ana Varan + Jon Brel", "Ana Varan + Mira Osk", "Ana Varan + Piet Telu"]);
  });

  it("returns no contact with people listed after a plural that a verb separates from the colon (attendees)", () => {
    const text = "Finnish Foreign Minister Ana Varan met the ambassadors on Monday, and the summit that followed was attended by: Mira Osk, Piet Telu and Jon Brel.";
    expect(meetingsOf(text, "2024-03-04").join(" ")).not.toMatch(/Varan \+ (?:Jon|Mira|Piet)|(?:Brel|Osk|Telu) \+ Ana/);
  });

  it("returns one contact per person of a list opened by a colon right after the contact's verb, or after 'the following'", () => {
    const met = "On the sidelines, Finnish Foreign Minister Ana Varan met: Chilean Foreign Minister Mira Osk, Peruvian Foreign Minister Piet Telu and Ghanaian Foreign Minister Jon Brel.";
    expect(meetingsOf(met, "2024-03-04")).toEqual(["Ana Varan + Jon Brel", "Ana Varan + Mira Osk", "Ana Varan + Piet Telu"]);
    const following = "Finnish Foreign Minister Ana Varan also held talks with the following: Foreign Minister Mira Osk of Chile, Foreign Minister Piet Telu of Peru and Foreign Minister Jon Brel of Ghana.";
    expect(meetingsOf(following, "2024-03-04")).toEqual(["Ana Varan + Jon Brel", "Ana Varan + Mira Osk", "Ana Varan + Piet Telu"]);
  });

  it("returns one contact per envoy of the lines after a colon that ends the sentence, a participle of the plural before it", () => {
    const lines = "\n\n- Mira Osk, Ambassador of Chile;\n\n- Piet Telu, Ambassador of Peru.";
    expect(meetingsOf(`Finnish President Ana Varan on Monday received the credentials of the following ambassadors:${lines}`, "2024-03-04")).toEqual(["Ana Varan + Mira Osk", "Ana Varan + Piet Telu"]);
    expect(meetingsOf(`Finnish President Ana Varan on Monday received the credentials of ambassadors newly accredited to Finland:${lines}`, "2024-03-04")).toEqual(["Ana Varan + Mira Osk", "Ana Varan + Piet Telu"]);
    expect(meetingsOf("Finnish President Ana Varan on Monday received the credentials of ambassadors newly accredited to Finland: Mira Osk of Chile and Piet Telu of Peru.", "2024-03-04")).toEqual(["Ana Varan + Mira Osk", "Ana Varan + Piet Telu"]);
  });

  it("returns no contact with the people a host met as a body listed after a colon (signatories, attendees)", () => {
    expect(meetingsOf("Finnish President Ana Varan met on Monday the signatories of the accord: Mira Osk of Chile, Piet Telu of Peru and Jon Brel of Ghana.", "2024-03-04")).toEqual([]);
    expect(meetingsOf("The leaders attending the summit in Helsinki on Monday were: Mira Osk of Chile, Piet Telu of Peru and Jon Brel of Ghana, hosted by Finnish President Ana Varan.", "2024-03-04")).toEqual([]);
  });

  it("returns no contact with bulleted lines that name another number of people than the phrase (a digest's items)", () => {
    const text =
      "Ghana's Minister for Foreign Affairs, Samuel Okudzeto Ablakwa, on Tuesday received copies of the letters of credence of four envoys.\n\n" +
      "- Sudan's envoy Gariballa Khidir Ali spoke of peace talks.\n\n" +
      "- Egypt's ambassador Wael Fathy hosted a reception.";
    expect(meetingsOf(text, "2025-09-16").join(" ")).not.toMatch(/Gariballa|Fathy/);
  });

  it("returns no contact with the people of a list that names another number of people than the phrase", () => {
    const text =
      "President Yoweri Museveni on Friday accepted the letters of credence of four ambassadors at State House, Entebbe.\n\n" +
      "The four are Amokrane Mourad of Algeria, Joash Arthur Maangi of Kenya and Frederieke Quispel of the Netherlands.";
    expect(meetingsOf(text).join(" ")).not.toMatch(/Mourad|Maangi|Quispel/);
  });

  it("returns one contact per envoy of 'The envoys were A and B', the plural taken up without its number, though the phrase said more (devB k001 shape, d201 'The envoys who presented their credentials were')", () => {
    const text =
      "Ghana's Minister for Foreign Affairs, Samuel Okudzeto Ablakwa (MP), on Tuesday received copies of the letters of credence of seven envoys newly posted to Accra.\n\n" +
      "The envoys were Ambassador-designate Jakob Linulf of Denmark and High Commissioner-designate Christian Rogg of the United Kingdom.";
    expect(meetingsOf(text, "2025-09-16")).toEqual(["Christian Rogg + Samuel Okudzeto Ablakwa", "Jakob Linulf + Samuel Okudzeto Ablakwa"]);
  });

  it("returns no contact with people named after another person's sentence, or in a list of something else", () => {
    const text =
      "President Yoweri Museveni on Friday accepted the letters of credence of new ambassadors at State House, Entebbe.\n\n" +
      "Prime Minister Robinah Nabbanja later told reporters that the ceremony went well.\n\n" +
      "The ambassadors of Algeria and Kenya, Amokrane Mourad and Joash Arthur Maangi, attended a reception.";
    expect(meetingsOf(text).join(" ")).not.toMatch(/Mourad|Maangi|Nabbanja/);
  });
});

describe("one pair, two meetings", () => {
  it("returns two meetings when the same two met on two days the text states", () => {
    const text =
      "Deputy Prime Minister Ishaq Dar received Chinese Foreign Minister Wang Yi at the ministry in Islamabad on Thursday, August 21, 2025.\n\n" +
      "Dar and Wang co-chaired the previous round of the Strategic Dialogue in Beijing in May 2024.";
    expect(meetingsOf(text, "2025-08-21")).toEqual(["Ishaq Dar + Wang Yi", "Ishaq Dar + Wang Yi"]);
  });

  it("returns one meeting when a later sentence tells of the same day again", () => {
    const text =
      "Deputy Prime Minister Ishaq Dar received Chinese Foreign Minister Wang Yi at the ministry in Islamabad on Thursday, August 21, 2025.\n\n" +
      "Dar and Wang held talks on Thursday on trade and security.";
    expect(meetingsOf(text, "2025-08-21")).toEqual(["Ishaq Dar + Wang Yi"]);
  });
});

describe("a title standing for a person", () => {
  it("returns the one most often the subject for 'the King', not the king named last (made-up names, the shape of c027)", () => {
    const text =
      "A letter from King Harald Olsen was handed to His Majesty King Mateo Ruiz on Wednesday by the Norwegian envoy Lars Berg, whom the King received at the palace.\n\n" +
      "King Ruiz asked the envoy to pass on his greetings to King Olsen.\n\n" +
      "The same day, the King received Portugal's Deputy Prime Minister Ana Costa at the palace.";
    const met = meetingsOf(text, "2019-04-17");
    expect(met).toContain("Ana Costa + Mateo Ruiz");
    expect(met.join(" ")).not.toMatch(/Costa \+ Harald Olsen/);
  });
});

describe("counterparts listed each with an office of their own", () => {
  it("returns a contact with each of 'meet A, <office>, and B, <office>' (c038, VNS style)", () => {
    const text =
      "Vietnamese Deputy Foreign Minister Nguyen Minh Vu arrived in Tokyo on Wednesday.\n\n" +
      "Besides the dialogue, Vu is scheduled to meet Takebe Arata, chief of office of the Japan-Viet Nam Friendship Parliamentary Alliance, and Miyaji Takuma, Japan's State Minister for Foreign Affairs.";
    expect(meetingsOf(text, "2024-12-12")).toEqual(["Miyaji Takuma + Nguyen Minh Vu", "Nguyen Minh Vu + Takebe Arata"]);
  });

  it("returns one meeting of all for a list of names with no office between them", () => {
    const text = "German Chancellor Olaf Scholz met Italian Prime Minister Giorgia Meloni and French President Emmanuel Macron in Rome on Monday.";
    expect(meetingsOf(text, "2024-12-12")).toEqual(["Emmanuel Macron + Giorgia Meloni + Olaf Scholz"]);
  });
});

describe("people who sit in on a contact", () => {
  it("returns no meeting of their own for 'X sat in on the talks with Y', only the contact they sat in on (c027, Jordan Times style)", () => {
    const text =
      "The same day, King Abdullah received Qatar's Deputy Prime Minister Khalid Bin Mohammed Al Attiyah at Al Husseiniya Palace.\n\n" +
      "Lt. Gen. Mahmoud Freihat, Chairman of the Joint Chiefs of Staff, sat in on the talks with the Qatari official.";
    const met = meetingsOf(text, "2019-04-17");
    expect(met).toHaveLength(1); // the King's, with Freihat present at it
    expect(met[0]).toMatch(/Abdullah/);
  });
});

describe("a list the article announces in the plural and takes up in a later sentence", () => {
  it("returns one credential ceremony per envoy of 'Accredited at the ceremony were: - A; - B' (devC m011, MOLDPRES) and none with 'eight ambassadors' as a side", () => {
    const text =
      "Chisinau, 3 December /MOLDPRES/ - President Maia Sandu on Wednesday received the letters of credence of three ambassadors who will represent their countries in the Republic of Moldova, the presidential press service has reported.\n\n" +
      "Accredited at the ceremony were:\n- Dong Zhihua, Ambassador of the People's Republic of China, resident in Chisinau;\n- Shoayb Casoo, Ambassador of the Republic of South Africa;\n- Pham Hai, Ambassador of the Socialist Republic of Vietnam.";
    expect(meetingsOf(text, "2025-12-03")).toEqual(["Dong Zhihua + Maia Sandu", "Maia Sandu + Pham Hai", "Maia Sandu + Shoayb Casoo"]);
  });

  it("returns none of the people beside the ceremony: 'Present at the ceremony were: A and B' lists no envoys", () => {
    const text =
      "President Maia Sandu on Wednesday received the letters of credence of two ambassadors.\n\n" +
      "Present at the ceremony were: Prime Minister Dorin Recean and Foreign Minister Mihai Popsoi.";
    expect(meetingsOf(text, "2025-12-03").join(" ")).not.toMatch(/Recean|Popsoi/);
  });

  it("returns one contact per envoy of 'The envoys accredited on Thursday represent Uruguay, A; Chile, B; …' after 'four new ambassadors' (devD d012, ANGOP), and none when the sentence names another number", () => {
    const text =
      "ANGOP - Agência Angola Press\n\n" +
      "The President of the Republic, João Lourenço, on Thursday, 20 July, received the letters of credence of four new ambassadors in a ceremony held at the Presidential Palace in Luanda.\n\n" +
      "The envoys accredited on Thursday represent Uruguay, Nester Navarro; Chile, Julio Fiol; Eswatini, Mlondi Dlamini; and Australia, Tegan Brink.";
    expect(meetingsOf(text, "2023-07-21")).toEqual(["João Lourenço + Julio Fiol", "João Lourenço + Mlondi Dlamini", "João Lourenço + Nester Navarro", "João Lourenço + Tegan Brink"]);
    const three = text.replace("; and Australia, Tegan Brink", "");
    expect(meetingsOf(three, "2023-07-21").join(" ")).not.toMatch(/Navarro|Fiol|Dlamini/);
  });

  it("returns the contacts of 'The Head of State received the new diplomats one after another' for the president the article names (c048, Equatorial Guinea's presidency)", () => {
    const text =
      "The President of the Republic, H.E. Obiang Nguema Mbasogo, on Thursday 19 January presided over the presentation of letters of credence by two newly appointed ambassadors to Equatorial Guinea.\n\n" +
      "The Head of State received the new diplomats one after another.\n\n" +
      "The ambassadors accredited on Thursday were, in order of presentation:\n- from the Kingdom of Morocco, Ghoulam Maichane;\n- from the Republic of Poland, Andrzej Dycha.";
    expect(meetingsOf(text, "2017-01-19")).toEqual(["Andrzej Dycha + Obiang Nguema Mbasogo", "Ghoulam Maichane + Obiang Nguema Mbasogo"]);
  });
});

describe("a plural of envoys counted by their states, and the lists that name them", () => {
  it("returns one ceremony per envoy of 'ambassadors from three countries' listed after 'were handed over by:' (devH e210; Kremlin readout, brighteon.com 5d031a1d)", () => {
    const text =
      "President Halvik Orvane accepted the credentials of newly appointed ambassadors from three countries at a ceremony in the palace.\n\n" +
      "Credentials were handed over by:\n  - H.E. Varan Telu, Ambassador of Spain;\n  - H.E. Orvel Kestas, Ambassador of Estonia;\n  - H.E. Tarsk Belin, Ambassador of Sudan.";
    expect(meetingsOf(text, "2025-03-04")).toEqual(["Halvik Orvane + Orvel Kestas", "Halvik Orvane + Tarsk Belin", "Halvik Orvane + Varan Telu"]);
  });

  it("returns one ceremony per envoy of 'envoys of three states' taken up by 'They are A, B and C' (Xinhua; siasat.com ANI)", () => {
    const text =
      "President Halvik Orvane on Friday received the credentials of envoys of three states.\n\n" +
      "They are Varan Telu of Argentina, Orvel Kestas of Malawi and Tarsk Belin of Cameroon.";
    expect(meetingsOf(text, "2025-03-04")).toEqual(["Halvik Orvane + Orvel Kestas", "Halvik Orvane + Tarsk Belin", "Halvik Orvane + Varan Telu"]);
  });

  it("returns none of a list of another number than the states counted ('ambassadors from five countries', three names)", () => {
    const text =
      "President Halvik Orvane accepted the credentials of ambassadors from five countries on Tuesday.\n\n" +
      "Letters of credence were presented by: Varan Telu (Denmark), Orvel Kestas (Paraguay) and Tarsk Belin (Norway).";
    expect(meetingsOf(text, "2025-03-04").join(" ")).not.toMatch(/Telu|Kestas|Belin/);
  });

  it("returns the envoys of a list that names some of the plural: 'Among those who presented credentials were A, B and C' (news-pravda.com; devC m011-style ceremonies)", () => {
    const text =
      "President Halvik Orvane accepted the credentials of the ambassadors of twelve states on Tuesday.\n\n" +
      "Among those who presented credentials were Ambassador Varan Telu of Italy, Ambassador Orvel Kestas of Canada and Ambassador Tarsk Belin of Japan.";
    expect(meetingsOf(text, "2025-03-04")).toEqual(["Halvik Orvane + Orvel Kestas", "Halvik Orvane + Tarsk Belin", "Halvik Orvane + Varan Telu"]);
  });
});

describe("a side a contact leaves out, named by a list the text gives for it", () => {
  it("returns one contact per envoy of a plural with a number that 'their' after the contact's verb stands for (d201, Kenya, The Star style)", () => {
    const text =
      "Five diplomats newly posted to Kenya formally began their tours of duty on Wednesday morning, after President William Ruto accepted their letters of credence in a ceremony at State House, Nairobi.\n\n" +
      "The envoys who presented their credentials were George Psiachas of the Hellenic Republic, Inés Fors Fernández of Cuba, Mário de Azevedo of Angola, Vu Thi Thanh of Vietnam and Kang Hyoung-sik, the new ambassador of the Republic of Korea.";
    expect(meetingsOf(text, "2025-03-05")).toEqual(["George Psiachas + William Ruto", "Inés Fors Fernández + William Ruto", "Kang Hyoung-sik + William Ruto", "Mário de Azevedo + William Ruto", "Vu Thi Thanh + William Ruto"]);
  });

  it("returns one contact per envoy of 'Those who presented their credentials to X were:' and its lines, each line's person before its verb (k103, Kenya, The Star style)", () => {
    const text =
      "Six foreign envoys who had been waiting since last autumn to take up their posts formally were at last allowed to hand over their papers today.\n\n" +
      "Those who presented their credentials to President Uhuru Kenyatta were:\n\n" +
      "- Antoine Sivan, the new Ambassador of France, who comes to Nairobi straight from the French embassy in Libya. He succeeds Rémi Maréchaux, who was France's man in Kenya from 2013 until September last year.\n\n" +
      "- Mohamed Abdulghani Khayat, Ambassador of Saudi Arabia, who takes over from Ghorm Malhan.";
    expect(meetingsOf(text, "2017-02-17")).toEqual(["Antoine Sivan + Uhuru Kenyatta", "Mohamed Abdulghani Khayat + Uhuru Kenyatta"]);
  });

  it("returns one contact per envoy after the copula when a plural opens the sentence: 'The envoys who presented their credentials to X were - A, B and C' (ANI, ANGOP style)", () => {
    const dashed = "The envoys who presented their credentials to President Orvel Dane were - Ambassador of the Federal Democratic Republic of Ethiopia Asfaw Dingamo Kame, Ambassador of France Alain Ziegler and High Commissioner of Mozambique Ermindo Augusto Ferreira.";
    expect(meetingsOf(dashed, "2016-07-02")).toEqual(["Alain Ziegler + Orvel Dane", "Asfaw Dingamo Kame + Orvel Dane", "Ermindo Augusto Ferreira + Orvel Dane"]);
    const other = "Other representatives that presented letters of credence to President Orvel Dane were Jamaica's High Commissioner, Ms Angela Comfort, and Liberia's Ambassador, Ms Ethel Davies.";
    expect(meetingsOf(other, "2016-07-02")).toEqual(["Angela Comfort + Orvel Dane", "Ethel Davies + Orvel Dane"]);
  });

  it("returns the contact of 'The first host to receive him was X', the one after the copula receiving (l203, Georgia, Georgian press style)", () => {
    const text =
      "Ukraine's Foreign Minister Pavlo Klimkin spent Friday and Saturday in the Georgian capital on an official visit.\n\n" +
      "The first host to receive him was his Georgian counterpart, Mikheil Janelidze.";
    expect(meetingsOf(text, "2017-04-22")).toEqual(["Mikheil Janelidze + Pavlo Klimkin"]);
  });

  it("returns no contact of a copula after a passive ('The last to be received was X') or another verb, with no one doing it", () => {
    const text =
      "Ukraine's Foreign Minister Pavlo Klimkin spent Friday in the Georgian capital.\n\n" +
      "The first guest to be received was his Georgian counterpart, Mikheil Janelidze.\n\n" +
      "The only official to greet him, said Giorgi Kvirikashvili, was the mayor.";
    expect(meetingsOf(text, "2017-04-22")).toEqual([]);
  });

  it("returns no list for 'their' when the plural gives no number ('the envoys', 'several diplomats')", () => {
    const text =
      "Several diplomats began their tours of duty on Wednesday, after President William Ruto accepted their letters of credence at State House.\n\n" +
      "The envoys who presented their credentials were George Psiachas of the Hellenic Republic and Inés Fors Fernández of Cuba.";
    expect(meetingsOf(text, "2025-03-05")).toEqual([]);
  });
});
