import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { personNamed } from "./helpers";

const indexOfText = (text: string) => extractIndex([{ file: "t/x.txt", text: ` date 2024-05-01\n${text}` }]);
const countryOf = (text: string, name: string) => personNamed(indexOfText(text), name)?.country;
const officesOf = (text: string, name: string) => personNamed(indexOfText(text), name)?.offices.map((o) => ({ title: o.title, country: o.country }));

describe("countries of the parties a sentence names", () => {
  // heldout116 1093 ("Kyrgyzstan sent X, First Deputy Chairman of …"), heldout78 x760 ("Berlin had sent Y, political director at …")
  it("gives one a state or its capital sent that state, in a story filed from another country", () => {
    const aral = "DUSHANBE, 16 September 2023 - The leaders of Central Asia met in Dushanbe on Friday, chaired by Tajik President Mira Solen.\n\nKyrgyzstan sent Ana Varan, First Deputy Chairman of the Cabinet of Ministers, who took part as an observer.";
    expect(countryOf(aral, "Ana Varan")).toBe("Kyrgyzstan");
    const vienna = "VIENNA, 5 May 2023 - Iran and three European powers met in Vienna on Friday.\n\nA diplomatic source said Berlin had sent Orvel Dane, political director at the Federal Foreign Office.";
    expect(countryOf(vienna, "Orvel Dane")).toBe("Germany");
  });

  it("gives no one the country of a demonym that describes a thing, not people", () => {
    // corpus c022 (News24): "the Russian invasion" is no party; "Russian President" is
    const text =
      "President Cyril Ramaphosa has at last had a telephone conversation with Ukraine's President Volodymyr Zelensky.\n\nZelensky announced the call on Twitter, writing that he had briefed Ramaphosa on Ukraine's resistance to the Russian invasion and that the two had discussed closer relations with South Africa.";
    expect(countryOf(text, "Cyril Ramaphosa")).not.toBe("Russia");
    expect(countryOf("Talks between presidents Rena Voltan and Xi Jinping, the talks between Cuba and China, went well. Xi Jinping is Chinese. Chinese President Xi Jinping and Rena Voltan, the Cuban leader, met.", "Rena Voltan")).toBe("Cuba");
  });

  it("gives the people a country's delegation or side is led or headed by that country, written with or without 'was'", () => {
    // devD d018 (Business Recorder): "The Pakistani delegation was led by …", "The Mexican side was headed by …", "led Pakistan's delegation"
    const index = indexOfText(
      "ISLAMABAD: Pakistan and Mexico reviewed their ties in the sixth round of consultations.\n\nThe Pakistani delegation was led by Ambassador Mariam Aftab, Additional Foreign Secretary (Americas) at the Ministry of Foreign Affairs. The Mexican side was headed by Ambassador José Tripp Villanueva, Director General at the Mexican Foreign Ministry.\n\nSpeaking for Islamabad, the Additional Foreign Secretary said Pakistan wanted a wider relationship with Mexico. She said Pakistan was concentrating on geo-economics.\n\nFaisal Niaz Tirmizi, then Additional Secretary (Americas), led Pakistan's delegation on that occasion.",
    );
    expect(personNamed(index, "Mariam Aftab")?.country).toBe("Pakistan");
    expect(personNamed(index, "José Tripp Villanueva")?.country).toBe("Mexico");
    expect(personNamed(index, "Faisal Niaz Tirmizi")?.country).toBe("Pakistan");
  });

  it("gives the people of someone's delegation that someone's country, the whole list up to a word of contact", () => {
    // devA h007 (Nigeria, State House), devD d019 (a live page of the BRICS summit)
    const accra = indexOfText(
      "Acting President Yemi Osinbajo played host to the President of Ghana, Nana Akufo-Addo, in Abuja.\n\nAkufo-Addo's delegation included Ghana's Minister of Foreign Affairs, Shirley Ayorkor Botchway; the Minister of National Security, Albert Kan Dapaah; and officials of the Ghanaian Foreign Ministry.",
    );
    expect(personNamed(accra, "Albert Kan Dapaah")?.country).toBe("Ghana");
    const kazan = indexOfText(
      "South African President Cyril Ramaphosa arrived in Kazan on Monday.\n\nRamaphosa's delegation included Minister in the Presidency Khumbudzo Ntshavheni, International Relations and Cooperation Minister Ronald Lamola and Defence and Military Veterans Minister Angie Motshekga.",
    );
    expect(personNamed(kazan, "Ronald Lamola")?.country).toBe("South Africa");
    expect(personNamed(kazan, "Angie Motshekga")?.country).toBe("South Africa");
    // whom the party meets is not of it
    expect(countryOf("Peruvian Foreign Minister Tana Olvera arrived on Monday. Olvera's delegation included Trade Minister Ruiz Pando and met Prime Minister Eamon Castel.", "Eamon Castel")).toBeUndefined();
  });

  it("gives every titled name of a list the country written before the first title", () => {
    // devD d020 (CMC): the visitors of a Port of Spain dateline keep their own country
    const index = indexOfText(
      "PORT OF SPAIN, Trinidad, May 24 (CMC) - Trinidad and Tobago and Venezuela agreed to tap the gas reserves.\n\nOn September 22, Venezuelan Foreign Minister Delcy Rodríguez, Oil Minister Eulogio Del Pino and Finance Minister Rodolfo Marco Torres flew to Port of Spain to meet the new prime minister.",
    );
    expect(personNamed(index, "Eulogio Del Pino")?.country).toBe("Venezuela");
    expect(personNamed(index, "Rodolfo Marco Torres")?.country).toBe("Venezuela");
    // corpus c060 (KUNA)
    expect(countryOf("Al-Yahya asked his Iranian counterpart to pass on the greetings of the Amir to Iran's Supreme Leader Ayatollah Ali Khamenei and President Ebrahim Raisi.", "Ebrahim Raisi")).toBe("Iran");
    // corpus c027 (Jordan Times): ", and" after two names opens another clause
    expect(countryOf("AMMAN - Attiyah conveyed the greetings of Qatar's Emir Sheikh Tamim Bin Hamad Al Thani, and King Abdullah Velan in turn asked his guest to carry his greetings back.", "Abdullah Velan")).not.toBe("Qatar");
  });

  it("gives the minister of a country's own people abroad that country", () => {
    // devD d004 (Présidence du Faso), corpus c029 (Tunis Afrique Presse): "… and Burkinabè Abroad", "… and Tunisians Abroad"
    expect(countryOf("On Friday the Minister of Foreign Affairs, Cooperation and Burkinabè Abroad, Mr Alpha BARRY, was received in audience in Abidjan.", "Alpha Barry")).toBe("Burkina Faso");
    expect(countryOf("Tunis - The Minister of Foreign Affairs, Migration and Tunisians Abroad, Mohamed Ali Nafti, and Al-Taher Al-Baour agreed on Monday to settle outstanding problems.", "Mohamed Ali Nafti")).toBe("Tunisia");
  });

  it("reads 'the President of Faso' as Burkina Faso's", () => {
    expect(countryOf("Shortly after landing in Banjul, the President of Faso, Roch Marc Christian KABORE, had a tête-à-tête with his counterpart.", "Roch Marc Christian Kabore")).toBe("Burkina Faso");
  });
});

describe("titles and countries written beside a name", () => {
  it("gives the country of 'a <demonym> <noun of people>' set beside a name", () => {
    // devD d003 (ILoveQatar.net), corpus c032 (Yonhap)
    expect(countryOf("He also thanked the Amir for Doha's part in securing the release of Jumpei Yasuda, a Japanese journalist who had been held in Syria.", "Jumpei Yasuda")).toBe("Japan");
    expect(countryOf("He will open the trip by visiting a memorial park dedicated to Lee Tae-joon, a Korean doctor who ran a hospital in Mongolia.", "Lee Tae-joon")).toBe("South Korea");
  });

  it("reads a headline's two subjects before their verb as two people, not a title set beside the first", () => {
    // corpus c053 (Tehran Times), devD d021 (The Korea Herald)
    const tehran = indexOfText("Zarif, Afghan Chief Executive hold talks in Geneva\n\nTEHRAN - Foreign Minister Mohammad Javad Zarif met Afghanistan's Chief Executive, Abdullah Abdullah, in Geneva on Tuesday, according to Iran's Foreign Ministry.");
    expect(personNamed(tehran, "Mohammad Javad Zarif")?.offices.map((o) => o.title)).not.toContain("Chief Executive");
    const seoul = indexOfText("Yoon, UAE leader stroll through palace garden at start of first state visit\n\nPresident Yoon Suk Yeol welcomed United Arab Emirates President Mohamed bin Zayed Al Nahyan with an evening walk.");
    expect(personNamed(seoul, "Yoon Suk Yeol")?.country).not.toBe("United Arab Emirates");
  });

  it("reads a portfolio listed with commas before 'Minister', and a counterpart set beside such a title", () => {
    // devB k016 (Bernama), devD d019 (a live page of the BRICS summit)
    expect(officesOf("Kalbuadi Lay met his Malaysian counterpart, Tourism, Arts and Culture Minister Datuk Seri Tiong Sing, to look at cooperation in tourism.", "Tiong Sing")).toEqual([{ title: "Tourism, Arts and Culture Minister", country: "Malaysia" }]);
    expect(officesOf("The delegation included International Relations and Cooperation Minister Ronald Lamola, Trade, Industry and Competition Minister Parks Tau and Defence Minister Angie Motshekga.", "Parks Tau")?.[0]?.title).toBe("Trade, Industry and Competition Minister");
    // a comma after a portfolio word closes no title: "On trade, Foreign Minister X said"
    expect(officesOf("On trade, Foreign Minister Delcy Rodríguez said the fund would help.", "Delcy Rodríguez")?.[0]?.title).toBe("Foreign Minister");
  });

  it("reads a 'Principal Secretary' and a departing ambassador's country of posting as parts of a title", () => {
    // corpus c026 (ENA), devD d011 (Liberia's foreign ministry)
    expect(officesOf("Separately, Kenya's Principal Secretary of Foreign Affairs, Abraham Korir Sing'Oei, and Liu Yuxi held talks with the State Minister.", "Abraham Korir Sing'Oei")).toEqual([{ title: "Principal Secretary of Foreign Affairs", country: "Kenya" }]);
    const monrovia = indexOfText(
      "allAfrica | Liberia: Outgoing Ghanaian Envoy Bids Foreign Minister Farewell\n\nMonrovia — Ghana's departing ambassador to Liberia, H.E. Ernest Barte Asare-Asiedu, has taken leave of Foreign Minister H.E. Dee-Maxwell Saah Kemayah, Sr., bringing to a close a tour of duty.\n\nHe asked the Foreign Minister to convey his gratitude to President George Manneh Weah and to the Government and people of Liberia.",
    );
    expect(personNamed(monrovia, "Ernest Barte Asare-Asiedu")?.country).toBe("Ghana");
    expect(personNamed(monrovia, "Dee-Maxwell Saah Kemayah")?.country).toBe("Liberia");
    // a headline in title case writes verbs and nouns capitalised: "Bids", "Farewell" are no one
    expect(monrovia.people.map((p) => p.name)).not.toContain("Farewell");
    expect(monrovia.people.map((p) => p.name)).not.toContain("Bids");
  });

  it("reads no one from a title-case headline's verb and country after a title, but a name the body writes by its surname (read30 x179)", () => {
    const vientiane = indexOfText(
      "Laos Foreign Minister Thanks Cambodia for Myanmar Efforts During Phnom Penh Visit\n\nLao Foreign Minister Kestas Varan held talks in Phnom Penh with his Cambodian counterpart Orvel Dane.",
    );
    expect(vientiane.people.map((p) => p.name)).not.toContain("Thanks Cambodia");
    const lima = indexOfText("Peru Foreign Minister Orvel Dane Visits Chile For Talks\n\nPeruvian Foreign Minister Orvel Dane held talks in Santiago with Chilean Foreign Minister Ilse Marr.");
    expect(lima.people.map((p) => p.name)).toContain("Orvel Dane");
  });

  it("reads 'bint' inside a name as 'bin' is", () => {
    // devD d021 (The Korea Herald, quoting WAM)
    const index = indexOfText("The Emirati president was accompanied by Sheikha Mariam bint Mohamed bin Zayed Al Nahyan, deputy chairperson of the Presidential Court for National Projects.");
    expect(index.people.map((p) => p.name)).toContain("Mariam bint Mohamed bin Zayed Al Nahyan");
  });

  it("gives one who speaks or signs for a country that country", () => {
    // corpus c018 (The New Times), devD d018 (Business Recorder): by name or by capital
    const kigali = indexOfText(
      "Foreign Affairs Minister Dr Vincent Biruta signed for Rwanda and his Bissau-Guinean counterpart, Suzi Carla Barbosa, for Guinea-Bissau, as President Paul Kagame and the visiting President Umaro Sissoco Embalo looked on.\n\nSpeaking for Guinea-Bissau, Embalo said the new agreements would bring benefits to the people of both countries.",
    );
    expect(personNamed(kigali, "Vincent Biruta")?.country).toBe("Rwanda");
    expect(personNamed(kigali, "Umaro Sissoco Embalo")?.country).toBe("Guinea-Bissau");
    expect(countryOf("Mexico sent its Director General for Asia. Speaking for Islamabad, Ambassador Mariam Aftab said Pakistan wanted a wider relationship.", "Mariam Aftab")).toBe("Pakistan");
  });

  // "Foreign Secretary Pema Choden co-chaired the session for Bhutan and Foreign Secretary Masud Bin Momen for Bangladesh"
  // (read21 r803), "… signed for Rwanda and his … counterpart, Suzi Carla Barbosa, for Guinea-Bissau" (corpus c018), "The first …
  // was signed for Bangladesh by Md Saidur Rahman, Secretary of …" (read13 n110)
  it("gives each side the country it co-chairs or signs for, the second of two sides one verb sets out, and one a document is signed for by", () => {
    const chaired = indexOfText("Foreign Secretary Telu Varan co-chaired the session for Bhutan and Foreign Secretary Orvo Kestas for Bangladesh.");
    expect(personNamed(chaired, "Telu Varan")?.country).toBe("Bhutan");
    expect(personNamed(chaired, "Orvo Kestas")?.country).toBe("Bangladesh");
    expect(countryOf("Permanent Secretary Ana Ruiz signed for Kenya and Deputy Minister Jon Mavor for Ghana.", "Jon Mavor")).toBe("Ghana");
    expect(countryOf("The first memorandum was signed for Bangladesh by Ana Ruiz, Secretary of the Health Division, with Bhutan's Ministry of Health.", "Ana Ruiz")).toBe("Bangladesh");
  });

  // "Estonia hopes the Republic of Korea's new mission … will help …, Foreign Minister Margus Tsahkna (Eesti 200) said" (read17
  // q414), "Norway stands firmly behind …, Audun Halvorsen, State Secretary at …, said" (read16 q202), "Kyiv hopes that Erdoğan
  // will take part …, Stefanchuk added" (read24 t122), "Moldova wants to take its relations … further …, Minister … told" (read20 r716)
  it("gives the country whose stance a sentence opens on to the one its end credits, not to others it names", () => {
    const hopes = indexOfText("Estonia hopes the Republic of Korea's new mission will help the two countries, Foreign Minister Telu Varan (Eesti 200) said on Wednesday.");
    expect(personNamed(hopes, "Telu Varan")?.country).toBe("Estonia");
    const stands = indexOfText("Norway stands firmly behind Macedonia's ambition to join the European Union, Orvo Kestas, State Secretary at the ministry, said in Skopje.");
    expect(personNamed(stands, "Orvo Kestas")?.country).toBe("Norway");
    const capital = indexOfText("Kyiv hopes that President Ana Ruiz will take part in the summit, Speaker Jon Mavor added.");
    expect(personNamed(capital, "Jon Mavor")?.country).toBe("Ukraine");
    expect(personNamed(capital, "Ana Ruiz")?.country).toBeUndefined();
    expect(countryOf("Iran is building up its forces and wants a say in the region, Prime Minister Telu Varan said on Monday.", "Telu Varan")).toBeUndefined();
  });

  it("reads no country into a post from a country that ends another phrase before 'and'", () => {
    const text = "Foreign Minister Telu Varan arrived to represent Bhutan and Foreign Secretary Orvo Kestas stayed at home.";
    expect(personNamed(indexOfText(text), "Orvo Kestas")?.offices.map((o) => o.country)).toEqual([undefined]);
  });

  it("gives those a sentence opening on a country's side names that country, with or without a comma, up to a contact of theirs", () => {
    // read20 r711 and read23 s107 (no comma after "side"), read17 q405 (with one)
    const text = "President Osk Telu of Chad received Vice-President Rush Varan of Sudan in N'Djamena on Monday.\n\nOn the Chadian side the meeting was attended by the Minister of Foreign Affairs, Ilan Vesk, and the Chief of Staff, General Aldor Kest.";
    expect(countryOf(text, "Ilan Vesk")).toBe("Chad");
    expect(countryOf(text, "Aldor Kest")).toBe("Chad");
    expect(countryOf("On the Chadian side, Minister Ilan Vesk held talks with Governor Aldor Kest.", "Aldor Kest")).toBeUndefined();
  });

  it("gives one who speaks for a country written in several words that country, not one who describes it", () => {
    // read24 t115 (a ministry's page: "said Viet Nam highly values"), corpus c018 ("said Guinea-Bissau …" above, one word)
    expect(countryOf("Minister Osk Telu said Sri Lanka highly values its partnership with Kenya.", "Osk Telu")).toBe("Sri Lanka");
    expect(countryOf("Minister Osk Telu said New Zealand would send more teachers.", "Osk Telu")).toBe("New Zealand");
    expect(countryOf("Minister Osk Telu said Sri Lanka was a close partner.", "Osk Telu")).toBeUndefined();
  });

  it("reads 'government spokesman' and 'aide' as titles", () => {
    // devD d007 (The Phnom Penh Post), devD d016 (TASS) and d019 (a live page): "presidential aide", "Kremlin aide"
    expect(officesOf("Thai government spokesman Chai Watcharong said Srettha credited the former premier.", "Chai Watcharong")).toEqual([{ title: "Government Spokesman", country: "Thailand" }]);
    expect(officesOf("On Monday, Kremlin aide Yuri Ushakov told reporters that the president aimed to meet all the leaders.", "Yuri Ushakov")?.[0]?.title).toBe("Aide");
  });

  it("gives the dateline's country to the one who reports, after a comma, on talks held elsewhere", () => {
    // devD d016 (TASS)
    const text = "MOSCOW, July 2. /TASS/. Russian President Vladimir Putin will have a busy schedule of bilateral talks on the sidelines of the summit in Astana, presidential aide Yury Ushakov told reporters on Tuesday.";
    expect(countryOf(text, "Yury Ushakov")).toBe("Russia");
    // one named right after the place is still placed there
    expect(countryOf("NAIROBI - The minister flew to Kampala, where President Tarin Molo received him at State House.", "Tarin Molo")).not.toBe("Kenya");
  });

  it("reads the national agency named at a page's head as the page's home country", () => {
    // devD d012 (ANGOP): the President of the Republic in Luanda is Angola's
    const index = indexOfText("ANGOP - Agência Angola Press\n\nHead of State accredits ten new ambassadors\n\nThe President of the Republic, João Lourenço, on Thursday received the letters of credence of four new ambassadors in a ceremony held at the Presidential Palace.");
    expect(personNamed(index, "João Lourenço")?.country).toBe("Angola");
  });
});


describe("countries a description of a leader, a traveller's party and a visit give", () => {
  // devC m005 (Maltese government release): "the Maltese leader said he hoped …", "Travelling with the Prime Minister were A, B
  // and C"; devC m001 (The Gambia News Agency): "According to the Gambian leader"; devD d015 (RNZ): "Travelling with him is Dr D".
  const valletta =
    "Prime Minister Varan Telu led a government delegation to Tripoli today for his first talks with Kestas Marlo, head of Libya's interim government.\n\n" +
    "Travelling with the Prime Minister were Foreign Minister Orvane Lisk, Home Affairs Minister Dario Fenn and Finance Minister Ilse Marr.\n\n" +
    "During the meeting, the Maltese leader said he hoped direct flights between the two countries could restart soon.\n\n" +
    "Last December Minister Marr flew to Tripoli, where she held talks with Interior Minister Pel Sandor and Transport Minister Ruo Kettil.";

  it("gives 'the Maltese leader' and his party Malta, and the ministers met in Tripoli Libya", () => {
    const index = indexOfText(valletta);
    expect(personNamed(index, "Varan Telu")?.country).toBe("Malta");
    expect(personNamed(index, "Varan Telu")?.offices[0]).toMatchObject({ title: "Prime Minister", country: "Malta" });
    for (const name of ["Orvane Lisk", "Dario Fenn", "Ilse Marr"]) expect(personNamed(index, name)?.country).toBe("Malta");
    for (const name of ["Pel Sandor", "Ruo Kettil"]) expect(personNamed(index, name)?.country).toBe("Libya");
  });

  it("gives no minister the country of 'the Maltese leader' when no head of state or government of unknown country is named", () => {
    const text = "Foreign Minister Orvane Lisk and Trade Minister Dario Fenn arrived in Tripoli on Monday.\n\nThe Maltese leader is expected to follow them next month.";
    expect(countryOf(text, "Orvane Lisk")).toBeUndefined();
    expect(countryOf(text, "Dario Fenn")).toBeUndefined();
  });

  it("gives the party a traveller's delegation 'will include' the traveller's country, as it does one that 'includes'", () => {
    // devC m003 (Namibian release): "Geingob's delegation will include …"; devC m014: "Gen. Burhan's delegation includes …"
    const text =
      "President Varan Telu of Namibia is scheduled to travel to Botswana next week to co-chair a commission with his Botswana counterpart.\n\n" +
      "Telu's delegation will include Health and Social Services Minister Ilse Marr; Trade Minister Orvane Lisk; and Deputy Minister of Defence Dario Fenn.";
    for (const name of ["Ilse Marr", "Orvane Lisk", "Dario Fenn"]) expect(countryOf(text, name)).toBe("Namibia");
  });
});

describe("the whole party a traveller brings, however long its list", () => {
  it("gives every one a visitor 'is accompanied by' the visitor's country, not the host's the dateline names", () => {
    // devC m013 (Costa Rican presidency): "Chaves is accompanied by A; B; C; D; E; and the Costa Rican ambassador to Panama, F";
    // corpus c058 (Kyodo): "was accompanied by A, Japan's ambassador to China, B, director general of …, and Foreign Press Secretary C"
    const text =
      "PANAMA CITY — Costa Rican President Varan Telu arrived in Panama City on Monday for talks with President Kestas Marlo.\n\n" +
      "Telu is accompanied by Foreign Minister Orvane Lisk; Security Minister Dario Fenn; Foreign Trade Minister Ilse Marr; Agriculture Minister Pel Sandor; and Communication Minister Ruo Kettil.";
    for (const name of ["Orvane Lisk", "Dario Fenn", "Ilse Marr", "Pel Sandor", "Ruo Kettil"]) expect(countryOf(text, name)).toBe("Costa Rica");
  });

  it("gives those 'X met him accompanied by' the country of X, who met the guest, not the guest's (read32 x232)", () => {
    const text =
      "Japanese Foreign Minister Varan Telu was received on Friday by Paraguay's President Kestas Marlo.\n\n" +
      "On Thursday Telu was in Buenos Aires, where Argentine President Orvel Dane met him accompanied by Cabinet Chief Ilse Marr and Foreign Minister Dario Fenn.";
    expect(countryOf(text, "Ilse Marr")).toBe("Argentina");
    expect(countryOf(text, "Dario Fenn")).toBe("Argentina");
  });

  it("gives the members of 'a team that includes' the traveller's country; not one met after the list", () => {
    // devC m010 (Horn Dispatch): "The Ethiopian leader is travelling with a high-level team that includes Finance Minister A and …";
    // devC m005 (Maltese government): "Travelling with the Prime Minister were A, B and C" (a traveller's party, named by its list)
    const text =
      "Djibouti, 11 January 2026 – Ethiopian Prime Minister Varan Telu touched down in Djibouti on Sunday for a working visit.\n\n" +
      "Telu was met at the airport by President Kestas Marlo.\n\n" +
      "The Ethiopian leader is travelling with a high-level team that includes Finance Minister Ilse Marr and the Director General of the National Intelligence Service, Dario Fenn.";
    expect(countryOf(text, "Ilse Marr")).toBe("Ethiopia");
    expect(countryOf(text, "Dario Fenn")).toBe("Ethiopia");
    const met = "Ethiopian Prime Minister Varan Telu travelled with Finance Minister Ilse Marr and met Trade Minister Dario Fenn of Kenya.";
    expect(countryOf(met, "Dario Fenn")).toBe("Kenya");
  });
});

describe("a visitor's party is not the dateline's officials", () => {
  it("gives the party of a visitor named twice no dateline country: 'X's party included …' lists the visitor's own people", () => {
    // check12 l109: a dateline of the host's capital, the visitor's party of bare titles, two people of the visitor's surname.
    const text =
      "TALLINN, April 30 - Maltese President Rush Varan paid a private visit to the city on Monday and spoke at a business forum.\n\n" +
      "Varan's party included his sister Osk Varan, the secretary-general of the presidency, and spokesman Ilan Vesk.\n\n" +
      "Prime Minister Kestas Orvel did not receive him.\n\n" +
      "Trade between Estonia and Malta has doubled in five years.";
    expect(countryOf(text, "Ilan Vesk")).not.toBe("Estonia");
    expect(countryOf(text, "Kestas Orvel")).toBe("Estonia");
  });
});
