import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { meetingKey, personNamed } from "./helpers";

const indexOfText = (text: string) => extractIndex([{ file: "t/x.txt", text: ` date 2024-05-01\n${text}` }]);
const officesOf = (text: string, name: string) => personNamed(indexOfText(text), name)?.offices.map((o) => ({ title: o.title, country: o.country }));

describe("offices and countries written around a name", () => {
  it("returns a country of several words written before the title, with or without a possessive", () => {
    expect(officesOf("Indonesian President Joko Widodo and Papua New Guinea Prime Minister James Marape held talks.", "James Marape")).toEqual([{ title: "Prime Minister", country: "Papua New Guinea" }]);
    expect(officesOf("Saudi Arabia's King Salman bin Abdulaziz Al-Saud telephoned the Amir on Tuesday.", "Salman bin Abdulaziz Al-Saud")).toEqual([{ title: "King", country: "Saudi Arabia" }]);
    expect(officesOf("Those he met included Cote d'Ivoire's Minister of Foreign Affairs Kandia Camara.", "Kandia Camara")?.[0]?.country).toBe("Ivory Coast");
  });

  it("gives a European Commissioner the Union, never the country the report is filed from (read33 x256)", () => {
    const index = extractIndex([{ file: "t/x.txt", text: "ACCRA, 30 March 2022 – Orla Mensik, the European Commissioner for International Partnerships, is in Ghana today.\n\nMensik will hold talks with President Kel Varan.\n\nGhana and the European Union signed a grant." }]);
    const mensik = personNamed(index, "Orla Mensik");
    expect(mensik?.country).not.toBe("Ghana");
    expect(mensik?.offices.some((o) => o.organisation === "European Union")).toBe(true);
  });

  it("returns every office of a list written with commas before the name, the royal style left out", () => {
    const [office] = officesOf("The Amir received a phone call from Saudi Crown Prince, Deputy Prime Minister and Minister of Defense Prince Mohammad bin Salman bin Abdulaziz Al-Saud.", "Mohammad bin Salman bin Abdulaziz Al-Saud") ?? [];
    expect(office?.country).toBe("Saudi Arabia");
    expect(office?.title).toMatch(/^Crown Prince, Deputy Prime Minister and Minister of Defense$/);
  });

  it("keeps a father's name apart from his son's: 'Salman bin Abdulaziz' is not a short form of 'Mohammad bin Salman bin Abdulaziz'", () => {
    const index = indexOfText(
      "Saudi Arabia's King Salman bin Abdulaziz Al-Saud telephoned the Amir. The Amir also received a call from Saudi Crown Prince Mohammad bin Salman bin Abdulaziz Al-Saud.",
    );
    expect(personNamed(index, "Salman bin Abdulaziz Al-Saud")?.id).not.toBe(personNamed(index, "Mohammad bin Salman bin Abdulaziz Al-Saud")?.id);
  });

  it("returns a title closed off by commas when honorifics stand between it and the name", () => {
    expect(officesOf("Brunei's Minister of Health, Dato Seri Setia Dr Mohammad Isham Jaafar, and Malaysia's Health Minister, Datuk Seri Dr Dzulkefly Ahmad, exchanged the document.", "Dzulkefly Ahmad")).toEqual([{ title: "Health Minister", country: "Malaysia" }]);
    expect(officesOf("Solomon Islands' Minister of Foreign Affairs and External Trade, Hon. Jeremiah Manele, welcomed Papua New Guinea's Deputy Prime Minister, Hon. John Rosso, to Honiara.", "John Rosso")).toEqual([{ title: "Deputy Prime Minister", country: "Papua New Guinea" }]);
  });

  it("gives the next item of a list its own title, not the title of the name before it", () => {
    expect(officesOf("Brunei's Minister of Health, Dato Seri Setia Dr Mohammad Isham Jaafar, and Malaysia's Health Minister, Datuk Seri Dr Dzulkefly Ahmad, exchanged the document.", "Mohammad Isham Jaafar")).toEqual([{ title: "Minister of Health", country: "Brunei" }]);
  });

  it("returns a minister's portfolio as part of the title, with the country written before it", () => {
    expect(officesOf("Tunis - Tunisia's Minister of Foreign Affairs, Migration and Tunisians Abroad, Mohamed Ali Nafti, and Al-Taher Al-Baour agreed on Monday.", "Mohamed Ali Nafti")).toEqual([{ title: "Minister of Foreign Affairs, Migration and Tunisians Abroad", country: "Tunisia" }]);
    expect(officesOf("The letter was handed over by Saudi Minister of State for African Affairs Ahmed Abdul Aziz Kattan, whom the King received.", "Ahmed Abdul Aziz Kattan")).toEqual([{ title: "Minister of State for African Affairs", country: "Saudi Arabia" }]);
    const office = personNamed(indexOfText("Minister of State for Consumer Affairs Ashwini Choubey was at the airport to receive him."), "Ashwini Choubey")?.offices[0];
    expect(office).toMatchObject({ title: "Minister of State for Consumer Affairs" });
    expect(office?.organisation).toBeUndefined();
    expect(personNamed(indexOfText("The meeting was also attended by the Minister of Petroleum and Minerals, Francisco da Costa Monteiro."), "Francisco da Costa Monteiro")?.offices[0]?.organisation).toBeUndefined();
  });

  it("returns the country, no organisation, for an envoy 'of' a state's formal name (read24 t121, devE e110)", () => {
    const text = "The ambassadors who presented their credentials were:\n- H.E. Paul Orvane, Ambassador of the Commonwealth of Australia;\n- Mrs Lena Sorvik, Ambassador of the Kingdom of Norway.";
    for (const [name, country] of [["Paul Orvane", "Australia"], ["Lena Sorvik", "Norway"]] as const) {
      const office = personNamed(indexOfText(text), name)?.offices[0];
      expect(office).toMatchObject({ title: "Ambassador", country });
      expect(office?.organisation).toBeUndefined();
    }
  });

  it("never makes a counterpart an office of its own", () => {
    expect(indexOfText("Tunisia: Nafti, Libyan Counterpart Agree to Ease Movement At Border Crossings\nNafti met Al-Taher Al-Baour.").people.flatMap((p) => p.offices.map((o) => o.title))).not.toContain("Counterpart");
  });

  it("keeps a titled short name apart from a full name the same sentence gives another person", () => {
    const index = indexOfText("A letter was handed to His Majesty King Abdullah on Wednesday by Saudi Minister of State for African Affairs Ahmed Abdul Aziz Kattan.");
    expect(personNamed(index, "Ahmed Abdul Aziz Kattan")?.offices.map((o) => o.title)).toEqual(["Minister of State for African Affairs"]);
  });

  it("does not give the country of a visiting official to the minister who invited them", () => {
    const index = indexOfText("Foreign Minister Makhdoom Shah Mahmood Qureshi met the Foreign Minister of the People's Republic of China, Wang Yi. Wang Yi is visiting Islamabad at the invitation of the Foreign Minister.");
    expect(personNamed(index, "Makhdoom Shah Mahmood Qureshi")?.country).not.toBe("China");
  });

  it("gives the dateline's country to the officers of its own institutions, not to a post its head of state holds", () => {
    const brasilia = indexOfText(
      "BRASÍLIA — President Luiz Inácio Lula da Silva received Portugal's President, Marcelo Rebelo de Sousa, at the Palácio do Planalto on Tuesday morning, opening a state visit to the Brazilian capital.\n\nThis afternoon Rebelo de Sousa is scheduled to call on the Speaker of the Chamber of Deputies, Hugo Motta, and the President of the Senate, Davi Alcolumbre.",
    );
    expect(personNamed(brasilia, "Hugo Motta")?.offices[0]?.country).toBe("Brazil");
    expect(personNamed(brasilia, "Davi Alcolumbre")?.offices[0]?.country).toBe("Brazil");
    expect(personNamed(brasilia, "Luiz Inácio Lula da Silva")?.country).toBe("Brazil");
    const amman = indexOfText(
      "AMMAN - His Majesty King Abdullah received Qatar's Deputy Prime Minister, Khalid Bin Mohammed Al Attiyah, for talks on ties between Jordan and Qatar.\n\nLt. Gen. Mahmoud Freihat, Chairman of the Joint Chiefs of Staff, sat in on the talks with the Qatari official.",
    );
    expect(amman.people.find((p) => p.names.some((n) => n.endsWith("Mahmoud Freihat")))?.offices[0]?.country).toBe("Jordan");
  });

  it("gives the dateline's country to neither of two people holding one bare post", () => {
    const index = indexOfText(
      "SEOUL, Aug. 25 (Yonhap) -- Foreign Minister Park Jin will head to Mongolia next week for talks, the foreign ministry announced Thursday.\n\nDuring the three-day stay, Park will also pay a courtesy call on President Khurelsukh Ukhnaa, to whom he is expected to hand a letter from President Yoon Suk Yeol.\n\nNo South Korean foreign minister has made an official trip to Mongolia since 2014.",
    );
    expect(personNamed(index, "Khurelsukh Ukhnaa")?.country).not.toBe("South Korea");
  });

  it("gives someone of no known country the other party of a sentence naming two countries as parties", () => {
    const athens = indexOfText("Greece and Spain put the work of their foreign ministries on a more structured footing on Thursday, when Foreign Minister Nikos Dendias met with his Spanish counterpart, José Manuel Albares, in Madrid.");
    expect(personNamed(athens, "Nikos Dendias")?.country).toBe("Greece");
    const honiara = indexOfText("Solomon Islands' Minister of Foreign Affairs and External Trade, Hon. Jeremiah Manele, sat down for bilateral talks with Papua New Guinea's Deputy Prime Minister, Hon. John Rosso, in Honiara.");
    expect(personNamed(honiara, "Jeremiah Manele")?.country).toBe("Solomon Islands");
  });

  it("does not give a person a country the sentence names as a topic or a place", () => {
    const topic = indexOfText("Last week, External Affairs Minister S Jaishankar also discussed the Indo-Pacific with Japanese Foreign Minister Toshimitsu Motegi, and the two had what he called a good exchange of views on Afghanistan.");
    expect(personNamed(topic, "S Jaishankar")?.country).not.toBe("Afghanistan");
    const place = indexOfText("Last week, Foreign Secretary Harsh Vardhan Shringla was briefed by Vietnamese Ambassador Pham Sanh Chau on mounting tensions in the South China Sea, where China has considerably built up its military presence.");
    expect(personNamed(place, "Harsh Vardhan Shringla")?.country).not.toBe("China");
  });

  it("returns a spokesperson's ministry or department as part of the title", () => {
    expect(officesOf("According to ministry spokesperson Choi Young-sam, who briefed reporters, Park departs Sunday for Ulaanbaatar.", "Choi Young-sam")?.[0]?.title).toBe("Ministry Spokesperson");
    expect(officesOf("State Department spokesman Mark Toner said the two sides had a candid exchange.", "Mark Toner")?.[0]?.title).toBe("State Department Spokesman");
  });

  it("returns the country of the institution an office belongs to", () => {
    expect(officesOf("Also present was Thomas Tavares-Finson, President of the Senate of Jamaica.", "Thomas Tavares-Finson")?.[0]?.country).toBe("Jamaica");
    expect(officesOf("The Greek minister called on Meritxell Batet, the Speaker of the Spanish Congress of Deputies.", "Meritxell Batet")?.[0]?.country).toBe("Spain");
    expect(officesOf("The ambassadors were received with Mahlaba Almon Mamba, High Commissioner of the Kingdom of Eswatini.", "Mahlaba Almon Mamba")?.[0]?.country).toBe("Eswatini");
  });

  it("reads 'HE' before a name as an honorific and the title after it", () => {
    const index = indexOfText("The Prime Minister received a phone call on Saturday from HE Yvette Cooper, the United Kingdom's Secretary of State for Foreign Affairs.");
    expect(personNamed(index, "Yvette Cooper")).toMatchObject({ country: "United Kingdom", honorifics: ["HE"] });
  });

  it("returns the country a sentence is set in for the official it then names", () => {
    expect(personNamed(indexOfText("Back in Canada, Prime Minister Mark Carney told a news conference that he would call the president."), "Mark Carney")?.country).toBe("Canada");
    expect(personNamed(indexOfText("In the United States, congresswoman María Elvira Salazar reacted to the protest."), "María Elvira Salazar")?.country).toBe("United States");
    expect(personNamed(indexOfText("In Beijing, Prime Minister Mark Carney met Premier Li Qiang."), "Mark Carney")?.country).toBeUndefined();
  });

  it("returns the country of the one a person travels with", () => {
    const index = indexOfText("President Lula received Portugal's President, Marcelo Rebelo de Sousa, on Tuesday. Rebelo de Sousa arrived at 11:15. On the government side he is accompanied by Foreign Minister Paulo Rangel.");
    expect(personNamed(index, "Paulo Rangel")?.country).toBe("Portugal");
  });
});

describe("countries from the sides of a report", () => {
  it("gives the dateline's country to the host who receives another country's envoys, not to the envoys", () => {
    const muscat = indexOfText(
      "MUSCAT: Sayyid Badr bin Hamad Albusaidi, the Foreign Minister, on Monday received two envoys of the President of Somalia: Mohammed Abdul Razzaq Mahmoud, Minister of Foreign Affairs and International Cooperation, and Hassan Muallem Khalif, Minister of State.\n\nDuring the meeting the two sides went over the relations between the two countries in various fields. --ONA",
    );
    // "Sayyid" is the Omani style, not part of the name
    expect(personNamed(muscat, "Badr bin Hamad Albusaidi")?.country).toBe("Oman");
    expect(personNamed(muscat, "Hassan Muallem Khalif")?.country).toBe("Somalia");
    const baghdad = indexOfText(
      "Baghdad - In three separate meetings held today, Monday, the Speaker of the Council of Representatives, Mohammed al-Halbousi, hosted the Ambassador of Australia, Paula Elizabeth Ganly, the Ambassador of Spain, Pedro Martineth, and the Ambassador of the Czech Republic, Petr Stepanek.\n\nThe talks covered relations between Iraq and the three countries.",
    );
    expect(personNamed(baghdad, "Mohammed al-Halbousi")?.country).toBe("Iraq");
    expect(personNamed(baghdad, "Pedro Martineth")?.country).toBe("Spain");
  });

  it("gives a host the dateline's country though the sentence tells of conditions in the guest's country", () => {
    const doha = indexOfText(
      "Doha, April 20 (QNA) - Lebanon's caretaker Prime Minister, H.E. Dr. Hassan Diab, and his delegation were received this evening by His Highness the Amir Sheikh Tamim bin Hamad Al-Thani at the Amir's office.\n\nTalks covered the relationship between Qatar and Lebanon.\n\nDr. Diab gave HH the Amir an account of conditions in Lebanon.",
    );
    expect(personNamed(doha, "Tamim bin Hamad Al-Thani")?.country).toBe("Qatar");
    expect(personNamed(doha, "Hassan Diab")?.country).toBe("Lebanon");
  });

  it("does not give the dateline's country to the head of state whose message a foreign envoy brings", () => {
    const amman = indexOfText(
      "AMMAN - A letter from the Custodian of the Two Holy Mosques, King Salman Bin Abdulaziz, was handed to His Majesty King Abdullah on Wednesday by Saudi Minister of State for African Affairs Ahmed Abdul Aziz Kattan, whom the King received at Al Husseiniya Palace.\n\nThe meeting dealt with the fraternal relations between Jordan and Saudi Arabia.\n\nAttiyah conveyed the greetings of Qatar's Emir Sheikh Tamim Bin Hamad Al Thani, and King Abdullah in turn asked his guest to carry his own greetings back to the Emir.",
    );
    expect(personNamed(amman, "Abdullah")?.country).toBe("Jordan");
    expect(personNamed(amman, "Salman Bin Abdulaziz")?.country).not.toBe("Jordan");
    const kuwait = indexOfText(
      "KUWAIT, June 3 (KUNA) -- His Highness the Amir of the State of Kuwait Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah received at Bayan Palace in Kuwait City on Monday His Highness Prince Faisal bin Farhan bin Abdullah Al Saud, Minister of Foreign Affairs of the Kingdom of Saudi Arabia.\n\nDuring the audience, Prince Faisal bin Farhan conveyed to His Highness the Amir the greetings of the Custodian of the Two Holy Mosques King Salman bin Abdulaziz Al Saud.",
    );
    expect(personNamed(kuwait, "Salman bin Abdulaziz Al Saud")?.country).not.toBe("Kuwait");
  });

  it("gives the people a sentence ties to a country's delegation or side that country", () => {
    const algiers = indexOfText(
      "ALGIERS- The Ministry of Foreign Affairs hosted on Tuesday the seventh round of political consultations between Algeria and Argentina.\n\nAmbassador Mohamed Berrah, Director General for the Americas at the ministry, headed the Algerian delegation and co-chaired the session with Claudio Javier Rozencwaig, Under-Secretary for Foreign Policy.",
    );
    expect(personNamed(algiers, "Mohamed Berrah")?.country).toBe("Algeria");
    expect(personNamed(algiers, "Claudio Javier Rozencwaig")?.country).not.toBe("Algeria");
    const beijing = indexOfText(
      "Foreign Minister Taro Kono met Chinese Premier Li Keqiang in Beijing. On the Japanese side, Kono was accompanied by Yutaka Yokoi, Japan's ambassador to China, Kenji Kanasugi, director general of the ministry's Asian and Oceanian Affairs Bureau, and Foreign Press Secretary Takeshi Osuga.",
    );
    expect(personNamed(beijing, "Takeshi Osuga")?.country).toBe("Japan");
  });
});

describe("countries of those who attend or keep company", () => {
  it("gives the people present at a meeting the country it is held in when a principal serves that country", () => {
    const cairo = indexOfText(
      "CAIRO - 5 January 2019: Palestinian President Mahmoud Abbas held talks in Cairo on Saturday with his Egyptian counterpart Abdel Fattah al-Sisi, who received him with Foreign Minister Sameh Shoukry and Head of the General Intelligence Abbas Kamel at his side.",
    );
    expect(personNamed(cairo, "Sameh Shoukry")?.country).toBe("Egypt");
    const dili = indexOfText(
      "Australia's Minister of Foreign Affairs, Penny Wong, was received this Friday, July 7, 2023, by Prime Minister Kay Rala Xanana Gusmão, Head of the Timor-Leste Government, at the Government Palace in Díli.\n\nThe meeting was also attended by the Minister of Foreign Affairs and Cooperation, Bendito Freitas; the Minister of Petroleum and Minerals, Francisco da Costa Monteiro; the Ambassador of Timor-Leste to Australia, Inês Almeida; and the Chargé d'Affaires of the Australian Department of Foreign Affairs.",
    );
    expect(personNamed(dili, "Bendito Freitas")?.country).toBe("Timor-Leste");
    expect(personNamed(dili, "Francisco da Costa Monteiro")?.country).toBe("Timor-Leste");
    expect(personNamed(dili, "Inês Almeida")?.offices[0]).toMatchObject({ country: "Timor-Leste", to: "Australia" });
  });

  it("gives no host's country to those present at a meeting held in a third country", () => {
    const geneva = indexOfText(
      "Foreign Minister Mohammad Javad Zarif met Afghanistan's Chief Executive, Abdullah Abdullah, in the Swiss city of Geneva on Tuesday.\n\nAlso present was Deputy Foreign Minister Abbas Araghchi.",
    );
    expect(personNamed(geneva, "Abbas Araghchi")?.country).not.toBe("Switzerland");
  });

  it("gives the one someone is joined by or travels together with that someone's country", () => {
    const beijing = indexOfText("Chinese State Councilor Wang Yi met Foreign Minister Taro Kono. Wang was joined at the table by Vice Foreign Minister Kong Xuanyou, among other officials.");
    expect(personNamed(beijing, "Kong Xuanyou")?.country).toBe("China");
    const bogota = indexOfText(
      "Peru's Foreign Minister Miguel Ángel Rodríguez Mackay held a meeting with Bolivian Foreign Minister Rogelio Mayta.\n\nRodríguez Mackay is in Bogotá together with the Vice President of the Republic, Dina Boluarte.",
    );
    expect(personNamed(bogota, "Dina Boluarte")?.country).toBe("Peru");
  });

  it("gives no bare title the dateline's country when a national agency files from abroad about its own country", () => {
    const index = indexOfText(
      "BOGOTÁ, Aug. 7 (ANDINA) – Peru's Foreign Minister Miguel Ángel Rodríguez Mackay used his stay in the Colombian capital, where he has come for the transfer of presidential power, to hold a meeting with Bolivian Foreign Minister Rogelio Mayta.\n\nThe two are representing President Pedro Castillo at the inauguration, scheduled for this afternoon.",
    );
    expect(personNamed(index, "Pedro Castillo")?.country).not.toBe("Colombia");
  });

  it("reads no country into a continent's region ('Latin America')", () => {
    const index = indexOfText("Afterwards Rodríguez Mackay sat down with Mario Cimoli, acting Executive Secretary of the Economic Commission for Latin America and the Caribbean.");
    expect(personNamed(index, "Mario Cimoli")?.country).not.toBe("United States");
  });
});

describe("the two countries of a bilateral report", () => {
  it("gives the one who meets a known country's official the other country of the one pair the text joins", () => {
    const index = indexOfText(
      "RSS (KATHMANDU, 29 March 2022) – Minister for Foreign Affairs Dr Narayan Khadka held a meeting today with his Indian counterpart, Subrahmanyam Jaishankar, on the sidelines of the 18th Ministerial Meeting of BIMSTEC in Colombo.\n\nAccording to the Ministry of Foreign Affairs, the two ministers talked about Nepal-India relations, matters of mutual interest and shared concerns.\n\nBIMSTEC brings together Bangladesh, Bhutan, India, Myanmar, Nepal, Sri Lanka and Thailand.",
    );
    expect(personNamed(index, "Narayan Khadka")?.country).toBe("Nepal");
  });

  it("infers nothing when the text joins two different pairs of countries", () => {
    const index = indexOfText(
      "Minister for Foreign Affairs Dr Narayan Khadka held a meeting today with his Indian counterpart, Subrahmanyam Jaishankar, in Colombo.\n\nThe two ministers talked about Nepal-India relations and about the Sri Lanka-Maldives ferry.",
    );
    expect(personNamed(index, "Narayan Khadka")?.country).toBeUndefined();
  });
});

describe("the host of an invitation", () => {
  it("gives the one who invites a guest to visit a country that country", () => {
    const tokyo = indexOfText(
      "Vũ also delivered two invitations: Prime Minister Phạm Minh Chính has asked Japanese Prime Minister Ishiba Shigeru to visit Việt Nam, and Deputy Prime Minister and Foreign Minister Bùi Thanh Sơn has invited Japanese Foreign Minister Iwaya Takeshi to come and co-chair the next meeting.",
    );
    expect(personNamed(tokyo, "Phạm Minh Chính")?.country).toBe("Vietnam");
    // c060: "The Iranian minister said Tehran was ready …, and invited Al-Yahya to visit Iran."
    const geneva = indexOfText(
      "Foreign Minister Hossein Amirabdollahian said Tehran was ready to make joint mechanisms such as the joint commission more active, and invited Abdullah Al-Yahya to visit Iran.",
    );
    expect(personNamed(geneva, "Hossein Amirabdollahian")?.country).toBe("Iran");
    expect(personNamed(geneva, "Abdullah Al-Yahya")?.country).toBeUndefined();
  });
});

describe("country names with their article", () => {
  it("reads 'the Philippines' written in lower case mid-sentence, so a Manila dateline's President is the Philippines'", () => {
    const index = indexOfText(
      "MANILA — President Ferdinand R. Marcos Jr. welcomed Malaysian Foreign Minister Mohamad Hasan to Malacañang Palace in Manila yesterday.\n\nThe Malaysian top diplomat said he had still made room in his schedule for the trip to the Philippines.",
    );
    expect(personNamed(index, "Ferdinand R. Marcos Jr.")?.country).toBe("Philippines");
    expect(index.sentences.find((s) => s.text.includes("trip to the"))?.countries).toContain("Philippines");
  });

  it("reads a name after a country's bare apostrophe as that country's person ('the Netherlands' A', heldout53 x574; 'the Maldives' B', read36 x352)", () => {
    const index = indexOfText("NEW YORK - Aziz Varan sat down with Spain's Pedro Telu and met the Netherlands' Dick Orvel on Wednesday. Visitors included Japan's Kaito Rasa and the Maldives' Abdulla Kelm.");
    expect(personNamed(index, "Dick Orvel")?.country).toBe("Netherlands");
    expect(personNamed(index, "Abdulla Kelm")?.country).toBe("Maldives");
  });
});

describe("titles in lists and styles", () => {
  it("gives a title set between two names to the earlier name when each name is followed by its own title", () => {
    const index = indexOfText(
      "On the Japanese side, Kono was accompanied by Yutaka Yokoi, Japan's ambassador to China, Kenji Kanasugi, director general of the ministry's Asian and Oceanian Affairs Bureau, and Foreign Press Secretary Takeshi Osuga.",
    );
    expect(personNamed(index, "Kenji Kanasugi")?.offices.map((o) => o.title)).toEqual(["Director General"]);
    expect(personNamed(index, "Yutaka Yokoi")?.offices[0]).toMatchObject({ title: "Ambassador", country: "Japan", to: "China" });
  });

  it("reads an institution named by a plural office as the institution, not as the title", () => {
    const index = indexOfText(
      "Baghdad - In three separate meetings held today, Monday, the Speaker of the Council of Representatives, Mohammed al-Halbousi, hosted the Ambassador of Australia, Paula Elizabeth Ganly.\n\nThe talks covered relations between Iraq and Australia.",
    );
    expect(personNamed(index, "Mohammed al-Halbousi")?.offices[0]).toMatchObject({ title: "Speaker", organisation: "Council of Representatives" });
    expect(officesOf("This afternoon he is scheduled to call on the Speaker of the Chamber of Deputies, Hugo Motta.", "Hugo Motta")?.[0]?.title).toBe("Speaker");
  });

  it("reads the post written after a given name that is also a title, keeping the name whole", () => {
    const index = indexOfText(
      "In the presence of Sheikh Hamdan bin Mohammed bin Rashid Al Maktoum, Crown Prince of Dubai, Sheikh Mohammed received the letters of credence of Timur Zabirov, Russia's Ambassador to the UAE, and of Amir Hayek, Israel's Ambassador to the UAE.",
    );
    expect(personNamed(index, "Amir Hayek")?.offices[0]).toMatchObject({ title: "Ambassador", country: "Israel" });
  });

  it("reads the post written after a royal style, and finds the minister a later 'the Saudi minister' means", () => {
    const index = indexOfText(
      "KUWAIT, June 3 (KUNA) -- His Highness the Amir of the State of Kuwait Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah received at Bayan Palace on Monday His Highness Prince Faisal bin Farhan bin Abdullah Al Saud, Minister of Foreign Affairs of the Kingdom of Saudi Arabia.\n\nDuring the audience, Prince Faisal bin Farhan conveyed to His Highness the Amir the greetings of King Salman bin Abdulaziz Al Saud and of His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince and Prime Minister of the Kingdom of Saudi Arabia.\n\nHis Highness the Amir and the Saudi minister discussed the close and fraternal relations binding the two brotherly countries.",
    );
    expect(personNamed(index, "Faisal bin Farhan bin Abdullah Al Saud")?.offices[0]).toMatchObject({ title: "Minister of Foreign Affairs", country: "Saudi Arabia" });
    const discussed = index.sentences.find((s) => s.text.includes("the Saudi minister discussed"));
    expect(discussed?.people).toContain(personNamed(index, "Faisal bin Farhan bin Abdullah Al Saud")?.id);
    expect(discussed?.people).not.toContain(personNamed(index, "Mohammed bin Salman bin Abdulaziz Al Saud")?.id);
  });
});

describe("people named without a title", () => {
  const names = (text: string) => indexOfText(text).people.map((p) => p.name);

  it("returns a full name said of a person: a relative 'who', a noun of people before or after it, a government of someone", () => {
    expect(names("The minister met Al-Taher Al-Baour, who runs the foreign ministry.")).toContain("Al-Taher Al-Baour");
    expect(names("A delegation was led by Lucy Iskenian, who chairs the friendship group.")).toContain("Lucy Iskenian");
    expect(names("The two presidents will present the prize to the poet Adélia Prado, represented by her son, Eugênio Prado.")).toEqual(expect.arrayContaining(["Adélia Prado", "Eugênio Prado"]));
    expect(names("He will visit a park dedicated to Lee Tae-joon, a Korean doctor who ran a hospital.")).toContain("Lee Tae-joon");
    expect(names("Protesters accused the government of Pedro Sánchez of complicity.")).toContain("Pedro Sánchez");
    expect(names("The Foreign Minister congratulated the government of President Santiago Peña.")).toContain("Santiago Peña");
  });

  it("returns envoys listed with the country they come from", () => {
    const index = indexOfText("The four are Amokrane Mourad of Algeria, Joash Arthur Maangi of Kenya and Frederieke Quispel of the Netherlands.");
    expect(["Amokrane Mourad", "Joash Arthur Maangi", "Frederieke Quispel"].map((n) => personNamed(index, n)?.country)).toEqual(["Algeria", "Kenya", "Netherlands"]);
    const listed = indexOfText("The ambassadors accredited were: - from the Kingdom of Morocco, Ghoulam Maichane; - from the Republic of Poland, Andrzej Dycha.");
    expect(personNamed(listed, "Andrzej Dycha")?.country).toBe("Poland");
  });

  it("returns no person for places and institutions written like names", () => {
    expect(names("The two ministers met in Bandar Seri Begawan and visited the University of Tokyo.")).toEqual([]);
  });
});

describe("office holders the article leaves unnamed", () => {
  it("returns a person named by the office who takes part in a meeting, apart from the one named beside them", () => {
    const index = indexOfText("This evening the Prime Minister held a telephone call with Mark Carney, the Prime Minister of Canada. The Prime Minister met President Donald Trump in New York.");
    const unnamed = index.people.find((p) => p.name === "Prime Minister");
    expect(unnamed).toBeDefined();
    expect(personNamed(index, "Mark Carney")?.id).not.toBe(unnamed?.id);
    expect(index.people.map((p) => p.name)).not.toContain("Prime Minister of Canada");
  });

  it("returns an unnamed envoy with both countries, and no one new for a description the article names", () => {
    expect(indexOfText("Palestinian President Mahmoud Abbas held talks with Egyptian President Abdel Fattah al-Sisi. The Palestinian Ambassador to Egypt also attended.").people.map((p) => p.name)).toContain("Ambassador of Palestine to Egypt");
    const named = indexOfText("Prime Minister Andrew Holness received the Ambassador of Cuba, Inés Fors Fernández, in Kingston.");
    expect(named.people.map((p) => p.name).sort()).toEqual(["Andrew Holness", "Inés Fors Fernández"]);
  });

  it("never merges people named by office across articles", () => {
    const index = extractIndex([
      { file: "t/a.txt", text: "The Prime Minister met President Donald Trump in New York." },
      { file: "t/b.txt", text: "The Prime Minister held a call with Mark Carney, the Prime Minister of Canada." },
    ]);
    expect(index.people.filter((p) => p.name === "Prime Minister")).toHaveLength(2);
  });
});

describe("offices and countries of people named in lists and beside others", () => {
  it("returns a portfolio of a ministry as part of the title", () => {
    // devB k011 (BalkanNews), devB k009, corpus c014 (a Jamaican release)
    expect(officesOf("SKOPJE (BalkanNews) - The Speaker of North Macedonia's Assembly, Talat Xhaferi, on Tuesday received Albania's Minister for Europe and Foreign Affairs, Olta Xhacka, who is on an official visit to the neighbouring country.", "Olta Xhacka")).toEqual([{ title: "Minister for Europe and Foreign Affairs", country: "Albania" }]);
    expect(officesOf("Mozambique's President Daniel Chapo arrived on Friday. Chapo travelled with Estevão Pale, Minister of Mineral Resources and Energy; and Basílio Muhate, Minister of Economy.", "Estevão Pale")?.[0]?.title).toBe("Minister of Mineral Resources and Energy");
    expect(officesOf("The Prime Minister was joined by the following:\n\n- Carlos James, Minister of Tourism, Civil Aviation, Sustainable Development and Culture;", "Carlos James")?.[0]?.title).toBe("Minister of Tourism, Civil Aviation, Sustainable Development and Culture");
  });

  it("reads a title closed off by commas past a short aside in brackets after the name", () => {
    // devB k001 (a Ghanaian diary); in the words of Ghanaian reports that write "Shirley Ayorkor Botchwey, MP" the same way
    expect(officesOf("Ghana's Minister for Foreign Affairs, Samuel Okudzeto Ablakwa (MP), on Tuesday received copies of the letters of credence of seven envoys.", "Samuel Okudzeto Ablakwa")).toEqual([{ title: "Minister for Foreign Affairs", country: "Ghana" }]);
    expect(officesOf("Kenya's Cabinet Secretary for Foreign Affairs, Korir Omondi (Dr.), met the envoy.", "Korir Omondi")?.[0]?.country).toBe("Kenya");
  });

  it("gives 'his <demonym> colleague' the post of the one he is named beside, in the colleague's country", () => {
    // devB k020 (Latvian foreign ministry); an Estonian embassy release: "When Paet met with his Argentinian colleague, …"
    const index = indexOfText("Latvia's Minister of Foreign Affairs, Edgars Rinkēvičs, and his Lithuanian colleague, Gabrielius Landsbergis, held bilateral talks in Šiauliai, Lithuania, on 27 June 2022.");
    expect(officesOf("Latvia's Minister of Foreign Affairs, Edgars Rinkēvičs, and his Lithuanian colleague, Gabrielius Landsbergis, held bilateral talks in Šiauliai, Lithuania, on 27 June 2022.", "Gabrielius Landsbergis")).toEqual([{ title: "Minister of Foreign Affairs", country: "Lithuania" }]);
    expect(officesOf("Estonian Foreign Minister Arvo Kallas met his Argentinian colleague, Roberto Mendaro, in New York.", "Roberto Mendaro")).toEqual([{ title: "Foreign Minister", country: "Argentina" }]);
    expect(index.people.flatMap((p) => p.offices.map((o) => o.title))).not.toContain("Colleague");
  });

  it("reads 'his <demonym> opposite number, X' as a counterpart, X a side of the talks (read35 x296, x293)", () => {
    const text = "Veldian Foreign Minister Ana Varan held the online talks with his Malagasy opposite number, Piet Orvel Telu, the ministry said.";
    expect(officesOf(text, "Piet Orvel Telu")).toEqual([{ title: "Foreign Minister", country: "Madagascar" }]);
    expect(indexOfText(text).meetings).toHaveLength(1);
  });

  it("ends a title at a regnal numeral and 'and': 'King Karl VI and President X' gives X no body 'VI' (read35 x296, read24)", () => {
    const offices = officesOf("The ministers praised the regard between King Aldor VI and President Piet Telu.", "Piet Telu");
    expect(offices?.map((o) => o.title)).toEqual(["President"]);
  });

  it("gives a dateline's country to no second head of state: a King and a President are of two states (read35 x296)", () => {
    const index = indexOfText("RABAT, May 18 -\n\nThe ministers praised the personal regard between King Aldor VI and President Piet Telu. Neither took part in the call.");
    expect(personNamed(index, "Piet Telu")?.country).not.toBe("Morocco");
  });

  it("gives the title after '<Country>'s <post described>,' that country (read21 r816, read17 q416)", () => {
    expect(officesOf("Croatia's head of government, Prime Minister Piet Telu, was received in audience on Thursday.", "Piet Telu")).toEqual([{ title: "Prime Minister", country: "Croatia" }]);
    expect(officesOf("Japan's envoy in Koror, Ambassador Telu Varan, presented his letter of credence on Tuesday.", "Telu Varan")?.[0]?.country).toBe("Japan");
  });

  it("does not give someone the country whose act they welcome", () => {
    // devB k019 (news.lk): Herath is Sri Lanka's minister, not India's
    const index = indexOfText("Minister Herath welcomed India's support for Sri Lanka's economic progress; Dr. Jaishankar congratulated him on taking office.");
    expect(personNamed(index, "Herath")?.country).not.toBe("India");
  });

  it("gives the people a traveller brings the traveller's country, the whole list of them", () => {
    // devB k009; a Ugandan report: "were accompanied by the following Ministers; H.E X, Minister of the National Defense, H.E Y, …"
    const luanda = indexOfText(
      "LUANDA — Mozambique's President Daniel Chapo arrived in the Angolan capital on Friday morning for a two-day working visit.\n\nChapo travelled with Maria dos Santos Lucas, Minister of Foreign Affairs and Cooperation; Estevão Pale, Minister of Mineral Resources and Energy; Basílio Muhate, Minister of Economy; and Amílcar Tivane, Secretary of State for the Treasury and Budget.",
    );
    for (const name of ["Maria dos Santos Lucas", "Estevão Pale", "Basílio Muhate", "Amílcar Tivane"]) expect(personNamed(luanda, name)?.country).toBe("Mozambique");
    const entebbe = indexOfText("ENTEBBE - Mozambique's President Nardo Velasi arrived on Wednesday. President Velasi travelled with Defence Minister Cristo Lumane and Trade Minister Silva Moreno, and met the Speaker, Rebecca Anita Kadaga.");
    expect(personNamed(entebbe, "Silva Moreno")?.country).toBe("Mozambique");
    expect(personNamed(entebbe, "Rebecca Anita Kadaga")?.country).not.toBe("Mozambique");
  });

  it("gives the people of a list line headed by a country that country", () => {
    // devB k001 (a Ghanaian diary), the same line form for Pakistan and Egypt
    const index = indexOfText("Ghana's Minister for Foreign Affairs received copies of the letters of credence of seven envoys.\n\n- SUDAN: Ambassador-designate Gariballa Khidir Ali. Mr Ablakwa recalled that Ghanaian troops have served in Sudan.\n\n- PAKISTAN: High Commissioner-designate Najeeb Durrani.\n\n- EGYPT: Ambassador-designate Wael Fathy.");
    expect(personNamed(index, "Gariballa Khidir Ali")?.country).toBe("Sudan");
    expect(personNamed(index, "Najeeb Durrani")?.country).toBe("Pakistan");
    expect(personNamed(index, "Wael Fathy")?.country).toBe("Egypt");
  });

  it("gives each name of a list a plural office announces the office, each with its own country", () => {
    // devA h008 (Anadolu), corpus c048 (Equatorial Guinea's government), thebrief.co.ke ("They are ambassadors A (Philippines), B (Venezuela) …")
    const antalya = indexOfText("He continued with what he called fruitful meetings with three more foreign ministers: Hishammuddin Hussein of Malaysia, Mohamed Abdirizak of Somalia and Sirojiddin Muhriddin of Tajikistan.");
    expect(officesOf("He continued with what he called fruitful meetings with three more foreign ministers: Hishammuddin Hussein of Malaysia, Mohamed Abdirizak of Somalia and Sirojiddin Muhriddin of Tajikistan.", "Mohamed Abdirizak")).toEqual([{ title: "Foreign Minister", country: "Somalia" }]);
    expect(personNamed(antalya, "Sirojiddin Muhriddin")?.offices[0]?.title).toBe("Foreign Minister");
    const malabo = indexOfText("The ambassadors accredited on Thursday were, in order of presentation:\n\n- from the Kingdom of Morocco, Ghoulam Maichane;\n- from the Republic of Poland, Andrzej Dycha;");
    expect(personNamed(malabo, "Andrzej Dycha")?.offices[0]).toMatchObject({ title: "Ambassador", country: "Poland" });
    expect(officesOf("They are ambassadors Alex Chua (Philippines), Jesús Agustín Manzanilla Puppo (Venezuela) and Fionnuala Quinlan (Ireland).", "Jesús Agustín Manzanilla Puppo")).toEqual([{ title: "Ambassador", country: "Venezuela" }]);
    // "the foreign ministers of Malta and Libya, A and B": the countries in order.
    const pair = indexOfText("He started the day in Antalya with a trilateral meeting with the foreign ministers of Malta and Libya, Evarist Bartolo and Najla Mangoush.");
    expect(personNamed(pair, "Evarist Bartolo")?.offices[0]).toMatchObject({ title: "Foreign Minister", country: "Malta" });
    expect(personNamed(pair, "Najla Mangoush")?.offices[0]).toMatchObject({ title: "Foreign Minister", country: "Libya" });
    // devG g110: a dash typed as a hyphen with spaces round it announces the list as a dash does
    for (const dash of ["-", "—"]) {
      const trio = indexOfText(`During his stay, Minister Orvel Tann also joined the foreign ministers of Veldia, Orvane and Tarsk ${dash} Kasto, Mira Velloso and Anton Drel ${dash} at their third coordination meeting.`);
      expect(personNamed(trio, "Mira Velloso")?.offices[0]?.title).toBe("Foreign Minister");
      expect(personNamed(trio, "Anton Drel")?.offices[0]?.title).toBe("Foreign Minister");
    }
    // heldout36 x324, heldout53 x573, heldout79 x765: the office's own "of" and a phrase in lower case before the list
    const chambers = indexOfText("Minister Orvel Tann also held talks with the speakers of the two chambers of parliament, Kesto Varan and Mira Telun, on Tuesday.");
    expect(personNamed(chambers, "Mira Telun")?.offices[0]?.title).toBe("Speaker");
    expect(chambers.meetings.map((m) => meetingKey(chambers, m)).sort()).toEqual(["Kesto Varan + Mira Telun + Orvel Tann"]);
    expect(personNamed(indexOfText("The text was drafted by the foreign ministers of the two kingdoms, Kesto Varan and Mira Telun."), "Kesto Varan")?.offices[0]?.title).toBe("Foreign Minister");
    // a hyphen inside a clause announces nothing: "the ministers met in Tarsk - Varan said" gives Varan no post
    expect(personNamed(indexOfText("The foreign ministers met in Tarsk - Mira Velloso said the talks went well."), "Mira Velloso")?.offices ?? []).toEqual([]);
  });

  it("does not give a list the office of people named before its colon when the list names others", () => {
    // corpus c031: the ministers' wives are no ministers
    const index = indexOfText("The two ministers were joined by their wives: Sikorski's wife, the writer Anne Applebaum, and Sybiha's wife, Tetiana Sybiha.");
    expect(personNamed(index, "Anne Applebaum")?.offices ?? []).toEqual([]);
  });
});

describe("countries of bare titles from the page, the article's two sides and what a clause says", () => {
  it("gives the people of a page the country whose government or embassy heads it, written in capitals or after a skip link", () => {
    // devB k010 (Finland's foreign ministry, head in capitals) and k006 (Nepal's embassy)
    const helsinki = indexOfText("MINISTRY FOR FOREIGN AFFAIRS OF FINLAND\nPress release 186/2017\n\nFinnish foreign minister to meet Nordic colleagues\n\nForeign Minister Timo Soini is to hold two bilateral meetings in Helsinki: on Tuesday with Ine Eriksen Søreide, who has just become Norway's Minister of Foreign Affairs, and on Wednesday with Denmark's Minister of Foreign Affairs, Anders Samuelsen.");
    expect(personNamed(helsinki, "Timo Soini")?.country).toBe("Finland");
    expect(personNamed(helsinki, "Ine Eriksen Søreide")?.offices[0]).toMatchObject({ title: "Minister of Foreign Affairs", country: "Norway" });
    const dhaka = indexOfText("EMBASSY OF NEPAL\nDHAKA\n\nPRESS RELEASE\n\nThis afternoon our Ambassador to Bangladesh, His Excellency Mr. Ghanshyam Bhandari, called on Dr. Hasan Mahmud, Minister of Foreign Affairs of the People's Republic of Bangladesh, in his office. He handed over a message from our Minister for Foreign Affairs, Hon. Mr. Narayan Prakash Saud.");
    expect(personNamed(dhaka, "Hasan Mahmud")?.country).toBe("Bangladesh");
  });

  it("ties a possessive title with no name after it to the one named just before it, not to the sentence's subject", () => {
    // devB k010; the same clause form in a Latvian ministry release ("…, who was in Latvia for her first visit as Foreign Minister")
    const index = indexOfText("Government of Finland | Ministry for Foreign Affairs\n\nForeign Minister Arvo Lehti will meet Kari Dahl, who has just become Norway's Minister of Foreign Affairs.\n\nFinland and Norway share a long border.");
    expect(personNamed(index, "Arvo Lehti")?.country).toBe("Finland");
    expect(personNamed(index, "Kari Dahl")?.country).toBe("Norway");
  });

  it("reads the post a relative clause gives a name that has none", () => {
    // devB k010, corpus c058 (a British reshuffle), devA h008 ("Petro Poroshenko, who served as Ukraine's fifth president")
    expect(officesOf("Foreign Minister Timo Soini will meet Ine Eriksen Søreide, who has just become Norway's Minister of Foreign Affairs.", "Ine Eriksen Søreide")).toEqual([{ title: "Minister of Foreign Affairs", country: "Norway" }]);
    expect(officesOf("She takes over from David Lammy, who became Deputy Prime Minister and Justice Secretary.", "David Lammy")?.[0]?.title).toBe("Deputy Prime Minister and Justice Secretary");
    expect(indexOfText("He met Ali Reza Tabrizi, who met the Minister of Finance on Monday.").people.find((p) => p.name === "Ali Reza Tabrizi")?.offices ?? []).toEqual([]);
  });

  it("reads it past 'also', 'both' and 'now' after the verb", () => {
    // read24 t118 ("…, who is both Prime Minister and Minister of Foreign Affairs"), the shape the doc of readRelativeTitle gives
    expect(officesOf("Her programme includes talks with Josaia Tavita, who is both Prime Minister and Minister of Foreign Affairs.", "Josaia Tavita")?.[0]?.title).toBe("Prime Minister and Minister of Foreign Affairs");
    expect(officesOf("She also met Orvel Kestas, who is also Minister of Trade.", "Orvel Kestas")?.[0]?.title).toBe("Minister of Trade");
    expect(indexOfText("She also met Orvel Kestas, who also met the Minister of Trade.").people.find((p) => p.name === "Orvel Kestas")?.offices ?? []).toEqual([]);
  });

  it("gives one who is succeeded in a national post the successor's country, not in a post of a body of states", () => {
    // corpus (Reuters on a British reshuffle); allafrica.com on Rwanda ("Rwanda's Foreign Minister, taking over from Louise Y")
    const london = indexOfText("DOHA (QNA) - The Prime Minister received a call from British Foreign Secretary Yvonne Carter. Carter was named Foreign Secretary on Friday in a reshuffle. She takes over from David Lammy, who became Deputy Prime Minister and Justice Secretary.");
    expect(personNamed(london, "David Lammy")?.country).toBe("United Kingdom");
    const kigali = indexOfText("Rwanda's Foreign Minister Richard Sezano officially took office on Wednesday, succeeding Louise Mushaka, who became Secretary General of the Francophonie.");
    expect(personNamed(kigali, "Louise Mushaka")?.country).toBe("Rwanda");
  });

  it("gives the one who meets an official of one of the two countries the article's people serve the other country", () => {
    // devB k021 (WAM); an Uzbek ministry report ("The Ambassador … of the United States of America … took part in the meeting")
    const abuDhabi = indexOfText("H.H. Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs and International Cooperation, on Monday received Antony Blinken, Secretary of State of the United States of America.\n\nAlso at the table was Yousef Mana'a Saeed Al Otaiba, UAE Ambassador to the United States.");
    expect(personNamed(abuDhabi, "Abdullah bin Zayed Al Nahyan")?.country).toBe("United Arab Emirates");
    const tashkent = indexOfText("Foreign Minister Nardo Kilvan received Rana Doss, Deputy Secretary of State of the United States of America. Uzbekistan's Ambassador to the United States, Tamir Saidov, took part in the meeting.");
    expect(personNamed(tashkent, "Nardo Kilvan")?.country).toBe("Uzbekistan");
  });

  it("gives no one a country of two the people serve when they meet officials of both", () => {
    // corpus c045 (ANI): Jaishankar meets Singapore's and Japan's ministers in New York and is of neither
    const index = indexOfText("New York [US], September 27 (ANI): External Affairs Minister S Jaishankar met his Singaporean counterpart, Vivian Balakrishnan, on Sunday. Jaishankar also met Japan's Foreign Minister Toshimitsu Motegi.");
    expect(personNamed(index, "S Jaishankar")?.country).not.toBe("Japan");
    expect(personNamed(index, "S Jaishankar")?.country).not.toBe("Singapore");
  });
});

describe("British and Commonwealth styles around a name", () => {
  it("reads the title of a name styled 'the Rt Hon … MP' or followed by 'TD', and a region of the United Kingdom as the United Kingdom's", () => {
    // devB k013 (GOV.UK); a Ghanaian report writes "the Minister of Foreign Affairs, Shirley Ayorkor Botchwey, MP;" the same way
    const index = indexOfText("The Secretary of State for Northern Ireland, the Rt Hon Hilary Benn MP, met the Tánaiste, Minister for Foreign Affairs and Trade and Minister for Defence, Simon Harris TD, yesterday evening at Iveagh House in Dublin.");
    const benn = personNamed(index, "Hilary Benn");
    expect(benn?.offices[0]).toMatchObject({ title: "Secretary", organisation: "State for Northern Ireland", country: "United Kingdom" });
    // (with "the Tánaiste" read as the deputy prime minister's post: see national-titles.test.ts)
    expect(personNamed(index, "Simon Harris")?.offices[0]?.title).toBe("Deputy Prime Minister, Minister for Foreign Affairs and Trade and Minister for Defence");
    expect(index.people.some((p) => p.name === "Northern Ireland")).toBe(false);
    expect(officesOf("The President was accompanied by the Minister for Foreign Affairs, Shirley Ayorkor Botchwey MP, and officials of the Presidency.", "Shirley Ayorkor Botchwey")?.[0]?.title).toBe("Minister for Foreign Affairs");
  });

  it("reads 'Honourable' before a name as a style, not as part of the name", () => {
    // devB k024 (Zimbabwe's parliament); the Ugandan report "Hon. Gen. Jeje Odongo the Minister of Foreign Affairs"
    const index = indexOfText("HARARE - The President of the Pan-African Parliament (PAP), Honourable Roger Nkodo Dang, paid a courtesy call on the Speaker of the National Assembly, Advocate Jacob Mudenda.");
    expect(index.people.map((p) => p.name)).toContain("Roger Nkodo Dang");
    expect(personNamed(indexOfText("Also present was The Right Honourable Nardo Velasi, Minister of Trade."), "Nardo Velasi")?.offices[0]?.title).toBe("Minister of Trade");
  });
});

describe("how an office was tied to its person (provenance)", () => {
  const fromOf = (text: string, name: string) => personNamed(indexOfText(text), name)?.offices.map((o) => o.from);

  it("records a title right before the name, a possessive, an apposition and a title closed off by a comma", () => {
    expect(fromOf("Veldian Foreign Minister Telu Varan met Orvanian President Piet Kestas on Monday.", "Telu Varan")).toEqual(["title"]);
    expect(fromOf("Peru's Foreign Minister Telu Varan met Piet Kestas on Monday.", "Telu Varan")).toEqual(["possessive"]);
    expect(fromOf("Telu Varan, Veldia's Ambassador to Orvane, met Piet Kestas on Monday.", "Telu Varan")).toEqual(["apposition"]);
    expect(fromOf("The Ambassador of Peru to Chile, Telu Varan, met Piet Kestas on Monday.", "Telu Varan")).toEqual(["title-comma"]);
  });

  it("records the institution written before a title as the office's, not the country's presidency", () => {
    // devD d007: "He then met National Assembly president Khuon Sudary"; corpus c019: "National Assembly Speaker Marzouq Al-Ghanem"
    const [office] = personNamed(indexOfText("Telu Varan of Veldia met National Assembly president Dara Losk in Orvane on Monday."), "Dara Losk")?.offices ?? [];
    expect(office).toMatchObject({ title: "President", organisation: "National Assembly", from: "organisation" });
    expect(personNamed(indexOfText("The Orvanian minister met Motor Group Chairman Mira Halvik on Monday."), "Mira Halvik")?.offices[0]?.organisation).toBe("Motor Group");
  });

  it("leaves a person named before 'and' out of the next one's title", () => {
    const [office] = personNamed(indexOfText("He conveyed the greetings of Prime Minister Telu Varan and President Piet Kestas."), "Piet Kestas")?.offices ?? [];
    expect(office?.title).toBe("President");
    expect(office?.organisation).toBeUndefined();
  });
});

describe("a diplomat's rank before the name and a post after it", () => {
  it("gives the post written after the name, not the rank written before it", () => {
    // devD d018: "led by Ambassador Mariam Aftab, Additional Foreign Secretary (Americas) at the Ministry …"; corpus c023: "Ambassador Mohamed Berrah, Director General for the Americas at the ministry"
    const person = personNamed(indexOfText("The Peruvian side was led by Ambassador Telu Varan, Director General for the Americas at the ministry."), "Telu Varan");
    expect(person?.offices.map((o) => o.title)).toEqual(["Director General"]);
  });

  it("gives a legislator's post written after the name, not the seat written before it, and a description of the post finds them", () => {
    // read20 r714 and devF (two writers): "Senator Kamina Johnson Smith, Jamaica's Minister of Foreign Affairs and Foreign Trade, …"
    const index = indexOfText("TARSK, Nov 13 - Senator Telu Varan, Norway's Minister of Foreign Affairs and Foreign Trade, arrived on Tuesday. On Thursday President Piet Kestas received the Norwegian minister at the palace.");
    expect(personNamed(index, "Telu Varan")?.offices.map((o) => ({ title: o.title, country: o.country }))).toEqual([{ title: "Minister of Foreign Affairs and Foreign Trade", country: "Norway" }]);
    expect(index.meetings.map((m) => meetingKey(index, m))).toContain("Piet Kestas + Telu Varan");
  });

  it("keeps an ambassador of a country an ambassador", () => {
    expect(officesOf("Peruvian Ambassador Telu Varan, a veteran diplomat, met the minister.", "Telu Varan")?.[0]?.title).toBe("Ambassador");
  });

  it("reads a minister delegate's title with a portfolio word the gazetteer lacks, and makes no person of 'Delegate'", () => {
    const index = indexOfText("Varan Telu held talks with Osk Venn, the French Minister Delegate for Foreign Trade, Outreach and French Nationals Abroad.");
    expect(personNamed(index, "Osk Venn")?.offices.map((o) => ({ title: o.title, country: o.country }))).toEqual([{ title: "Minister Delegate for Foreign Trade", country: "France" }]);
    expect(index.people.map((p) => p.name)).not.toContain("Delegate");
  });

  it("gives a title written after an international body's name that body, not the dateline's country", () => {
    const office = personNamed(indexOfText("NAIROBI, May 1 - Chilean Foreign Minister Varan Telu met Kenyan President Kestas Halvik. United Nations Secretary-General Osk Venn attended the ceremony."), "Osk Venn")?.offices[0];
    expect(office).toMatchObject({ title: "Secretary-General", organisation: "United Nations" });
    // (the union as the post's side, never the dateline's state)
    expect(office?.country).toBe("United Nations");
  });

  it("reads the post of one 'who heads' or 'who chairs' a body, with the country the body names, and none from a thing one leads", () => {
    const index = indexOfText(
      "Varan Telu met Irko Berai, who chairs the foreign relations committee, and Elio Perdo, who heads the Europe department of the Chilean foreign ministry. Tarin Bell, who leads the talks, said they went well.",
    );
    expect(personNamed(index, "Irko Berai")?.offices.map((o) => ({ title: o.title, organisation: o.organisation }))).toEqual([{ title: "Chair", organisation: "foreign relations committee" }]);
    expect(personNamed(index, "Elio Perdo")?.offices[0]).toMatchObject({ title: "Head", country: "Chile" });
    expect(personNamed(index, "Tarin Bell")?.offices ?? []).toEqual([]);
  });

  // "…, who chairs the Committee on Foreign Affairs and Regional Integration of the Parliament of Ghana." (read20 r701: the
  // country was cut off by a length cap), "…, who heads the protocol department at Qatar's foreign ministry" (read13 n104)
  it("reads a long body to the country that ends it, and past 'at' into the ministry a department belongs to", () => {
    const index = indexOfText(
      "Varan Telu received Irko Berai, who chairs the Committee on Foreign Affairs and Regional Integration of the Parliament of Ghana. Kestas Halvik met Elio Perdo, who heads the protocol department at Qatar's foreign ministry. Ana Ruiz met Tarin Bell, who heads the office at the airport.",
    );
    expect(personNamed(index, "Irko Berai")?.offices[0]).toMatchObject({ title: "Chair", country: "Ghana" });
    expect(personNamed(index, "Elio Perdo")?.offices[0]).toMatchObject({ title: "Head", country: "Qatar" });
    expect(personNamed(index, "Tarin Bell")?.offices[0]?.organisation ?? "").not.toMatch(/airport/);
  });
});

describe("a post of the Holy See", () => {
  it("is the Holy See's whichever country the article is about", () => {
    // shapes of a state-visit report and a foreign desk's brief: "was received by Pope <name> at the Vatican", "a ceremony in
    // which Pope <name> … are to take part"
    const index = extractIndex([{ file: "t/x.txt", text: " date 2024-05-01\nHANOI, May 1 - President Varan Telu of Vietnam was received by Pope Kestas at the Vatican on Friday, the Italian press reported." }]);
    expect(personNamed(index, "Kestas")?.offices[0]?.country).toBe("Vatican");
  });
});

describe("offices of bodies of several states", () => {
  it("returns no country for the head of a body named by a demonym before a plural of states", () => {
    const text = "The talks were held under the auspices of the Secretary General of the Union of African States, Varan Telu, in Accra.";
    const office = personNamed(indexOfText(text), "Varan Telu")?.offices[0];
    expect(office?.title).toBe("Secretary General");
    expect(office?.country).toBeUndefined();
    expect(personNamed(indexOfText("The Ambassador of the United States, Orvel Kestas, attended the talks."), "Orvel Kestas")?.offices[0]?.country).toBe("United States");
  });
});

describe("whose counterpart", () => {
  // new55b x594: "Defence Minister … is scheduled to see Turkish Defence Minister … at 11.30 a.m. …, and at noon Finance Minister
  // Kostas Hatzidakis will meet his Turkish counterpart, Mehmet Simsek"; read26 w116 and read20 r721 name the owner just before too.
  it("gives a counterpart the post of the one named nearest before 'his', not the sentence's first", () => {
    const text = "Defence Minister Rush Varan is to see Orvanian Defence Minister Telu Amsel at 11.30 a.m., and at noon Finance Minister Dara Osk will meet his Orvanian counterpart, Halvik Sarn.";
    expect(officesOf(text, "Halvik Sarn")?.map((o) => o.title)).toEqual(["Finance Minister"]);
  });
});

describe("a seat's building", () => {
  // new55b x594 "the Presidential Mansion, where President … will receive him"; read22 r919 "at the presidential mansion in Athens"
  it("makes no person of 'the Presidential Mansion' before its host's name", () => {
    const index = indexOfText("His first stop is the Presidential Mansion, where President of the Orvanian Republic Telu Amsel will receive him.");
    expect(index.people.map((p) => p.name)).toEqual(["Telu Amsel"]);
  });
});

describe("a portfolio of a secretary's title", () => {
  // read30 x195 "Homeland Security Secretary Alejandro Mayorkas", x182 "Secretary of Homeland Security Alejandro Mayorkas"
  it("keeps 'Homeland' in the title, no name of its own", () => {
    const text = "The minister also met Homeland Security Secretary Telu Amsel in Washington.";
    expect(officesOf(text, "Telu Amsel")?.map((o) => o.title)).toEqual(["Homeland Security Secretary"]);
    expect(indexOfText(text).people.map((p) => p.name)).not.toContain("Homeland");
  });
});
