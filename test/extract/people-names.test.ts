import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { findMentions, type NameMention } from "../../src/extract/mentions";
import { segment } from "../../src/extract/segment";
import { meetingsIn, meetingsOf } from "./helpers";

// Sentences quoted from corpus articles (/work/shared/corpus/articles, named by file) and from public
// news pages (named by URL); each construction has examples from two sources.

const names = (text: string): NameMention[] => findMentions(segment([{ text }])[0]!).filter((m): m is NameMention => m.kind === "name");
/** The names the words around them make people's. */
const evidenced = (text: string): NameMention[] => names(text).filter((m) => m.evidence);
const people = (text: string) => extractIndex([{ file: "seeds/t.txt", text }]).people;
const personNames = (text: string): string[] => people(text).map((p) => p.name);

describe("landmarks a visitor is taken to", () => {
  // read21 r818 ("visit the Australian War Memorial and call on Governor-General …"), read sets' "Kigali Genocide Memorial", "the National Museum"
  it("makes no person of a memorial a visit takes in", () => {
    const named = personNames("Prime Minister Telu Varan is due to hold talks with Orvel Dane, visit the Kenyan War Memorial and call on Governor-General Piet Kestas.");
    expect(named).toContain("Piet Kestas");
    expect(named.some((n) => /Memorial/.test(n))).toBe(false);
  });
});

describe("family names written in capitals", () => {
  it("returns the name in ordinary case with the title before it (Japanese and Korean ministries)", () => {
    // c031_japan_uzbekistan (Japan MOFA)
    expect(names("Prime Minister KISHIDA Fumio held a telephone talk of about 30 minutes, beginning at 5:40 p.m. on June 9, with H.E. Mr. Shavkat Mirziyoyev, President of the Republic of Uzbekistan.")[0]).toMatchObject({
      name: "Kishida Fumio",
      office: { title: "Prime Minister" },
    });
    // c040_southkorea_kazakhstan (Korea MOFA)
    const [, nuryshev] = names("Deputy Minister for Political Affairs Yeo Seung-bae and Vice Minister of Foreign Affairs of Kazakhstan NURYSHEV Shakhrat held a virtual meeting on the afternoon of August 4.");
    expect(nuryshev).toMatchObject({ name: "Nuryshev Shakhrat", office: { title: "Vice Minister of Foreign Affairs", country: "Kazakhstan" } });
    // https://www.mofa.go.jp/press/release/press1e_000267.html
    expect(names("On February 28, 2022, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a meeting with Ambassadors.")[0]).toMatchObject({
      name: "Hayashi Yoshimasa",
      honorific: "Mr.",
      office: { title: "Minister for Foreign Affairs", country: "Japan" },
    });
  });

  it("returns one person for the name in capitals and the surname used alone after it", () => {
    const found = people(
      "Prime Minister KISHIDA Fumio held a telephone talk with H.E. Mr. Shavkat Mirziyoyev, President of the Republic of Uzbekistan. Prime Minister Kishida congratulated the President.",
    );
    const kishida = found.filter((p) => p.names.some((n) => n.includes("Kishida")));
    expect(kishida).toHaveLength(1);
    expect(kishida[0]?.name).toBe("Kishida Fumio");
  });

  it("returns one person for a name of two words written family name first in one article and last in another", () => {
    const index = extractIndex([
      { file: "seeds/a.txt", text: "Prime Minister KISHIDA Fumio of Japan held a telephone talk with President Shavkat Mirziyoyev of Uzbekistan." },
      { file: "seeds/b.txt", text: "Japanese Prime Minister Fumio Kishida met Russian Foreign Minister Sergei Lavrov in Tokyo." },
    ]);
    expect(index.people.filter((p) => p.names.some((n) => /Kishida/.test(n)))).toHaveLength(1);
  });

  // heldout78 x761 ("NAKAMITSU Izumi, the United Nations Under-Secretary-General and High Representative …, paid a courtesy call";
  // "she called on IWAYA's predecessor, KAMIKAWA Yoko, for about 25 minutes"), heldout24 t106 ("Ms. KAMIKAWA Yoko, Minister for
  // Foreign Affairs of Japan, …"), heldout18 r506 ("Japan's State Minister for Foreign Affairs, TAKEI Shunsuke,"), heldout17 q422
  it("returns a person for a name in capitals with its title set off by a comma after or before it, not for a plural after it", () => {
    expect(evidenced("TELU Varan, the United Nations Under-Secretary-General for Trade, paid a courtesy call on the minister.").map((m) => m.name)).toEqual(["Telu Varan"]);
    expect(evidenced("On May 15 she called on his predecessor, ORIMA Kesto, for about 25 minutes.").map((m) => m.name)).toEqual(["Orima Kesto"]);
    expect(evidenced("NATO Allies, the ministers said, would meet.")).toEqual([]);
  });

  // heldout78 x761 ("NAKAMITSU sat down …", "IWAYA opened by thanking NAKAMITSU …"), heldout17 q416 and check11 k209 (the ministry's
  // "Minister MOTEGI …" after "Mr. MOTEGI Toshimitsu"): the family name in capitals alone, after the full name
  it("returns the meetings of a person the article goes on to call by the family name in capitals alone", () => {
    const text =
      "TELU Varan, the United Nations Under-Secretary-General for Trade, paid a courtesy call on Foreign Minister ORIMA Kesto in Tarsk on Thursday.\n\n" +
      "On May 15 TELU called on his predecessor, Foreign Minister DAVRA Osk, for about 25 minutes.";
    expect(meetingsOf(text).map((m) => m.names)).toEqual(expect.arrayContaining([expect.stringMatching(/Telu Varan/), expect.stringMatching(/^(?=.*Telu Varan)(?=.*Davra Osk)/)]));
  });

  it("returns no name for an acronym or a headline in capitals", () => {
    // c039_pakistan_china, c045_india_singapore, c042_solomonislands_papuanewguinea: acronyms before a name are no family names.
    expect(names("FM Wang Yi met EAM Jaishankar and DPM Rosso.").map((m) => m.name)).toEqual(["Wang Yi", "Jaishankar", "Rosso"]);
    expect(names("NATO Allies said they would meet.").filter((m) => m.evidence)).toEqual([]);
    expect(personNames("PRESIDENT KAGAME RECEIVES ENVOYS OF FIVE NATIONS\n\nThe ceremony was held on Monday.")).toEqual([]);
  });
});

describe("a middle initial written without its stop", () => {
  it("returns one name with the initial between its words (heldout83 x805 'Dhananjaya Y Chandrachud', heldout75 x731 'Dinesh K Tripathi')", () => {
    expect(personNames("TARSK, May 4, 2022 - Chief Justice Varan K Telu met Admiral Osk T Tarima on Monday.")).toEqual(expect.arrayContaining(["Varan K Telu", "Osk T Tarima"]));
    expect(personNames("TARSK, May 4, 2022 - Chief Justice Varan K Telu met Admiral Osk T Tarima on Monday.")).not.toContain("Varan");
  });
});

describe("a titled name before the body it leads", () => {
  it("returns the person of 'Prime Minister X's government' (exchange61 x835, a read set's 'President Y's government', 'Chancellor Z's cabinet')", () => {
    expect(personNames("TARSK, May 4, 2022 - The talks went on as Prime Minister Varan Telu's government weighed the offer.")).toContain("Varan Telu");
  });

  it("returns no person of an institution a name owns with no title before it ('St Orvel's Hospital')", () => {
    expect(personNames("TARSK, May 4, 2022 - Minister Ana Rell visited St Orvel's Hospital on Monday.")).not.toContain("St Orvel");
  });
});

describe("ranks written short and a service chief's initials", () => {
  it("returns no rank written short in a name ('Adm. Y', 'Lt Col Z') (heldout64 x654, heldout75 x732), but 'Gen' as a given name (devD d014)", () => {
    const names = personNames("TARSK, July 15, 2023 - Major General Varan Telu met Adm. Osk Tarima and Lt Col Ana Rell on Saturday. Defence Minister Gen Nakatani was there too.");
    expect(names).toContain("Varan Telu");
    expect(names).toContain("Osk Tarima");
    expect(names).toContain("Ana Rell");
    expect(names).toContain("Gen Nakatani");
  });

  it("returns the contact of a chief named by initials alone after the full title (exchange61 x836 'the COAS', x837 'the CDS', heldout83 x805 'the CJI')", () => {
    const text = "TARSK, July 15, 2023 - Chief of Army Staff General Varan Telu reached Lima on Friday for a two-day visit.\n\nGeneral Osk Tarima received the COAS at the headquarters on Saturday.";
    expect(meetingsIn(text, "2023-07-15")).toContain("Osk Tarima + Varan Telu");
  });
});

describe("names with apostrophes and elisions", () => {
  it("returns a name whose word opens with an apostrophe, and keeps a quoted phrase out", () => {
    // c043_tonga_china
    expect(names("During the two-day official visit, Wang also met Tonga's Minister for Foreign Affairs and Tourism, Fekitamoeloa 'Utoikamanu.").map((m) => m.name)).toContain("Fekitamoeloa 'Utoikamanu");
    // c040_southkorea_kazakhstan: a quote opened and closed is no name.
    expect(names("They spoke positively of what has been achieved under 'Fresh Wind', the new economic cooperation program.").map((m) => m.name)).not.toContain("'Fresh");
  });

  it("returns names with O', N' and d' as one name", () => {
    expect(names("Irish Foreign Minister Conor O'Brien met Senegal's Minister Amadou N'Diaye and Ambassador Jorge d'Almeida.").map((m) => m.name)).toEqual([
      "Conor O'Brien",
      "Amadou N'Diaye",
      "Jorge d'Almeida",
    ]);
  });
});

describe("Korean given names of two syllables", () => {
  it("returns a syllable after the hyphen that spells a month's short name as part of the name ('Sung-jun', read25 u119)", () => {
    expect(names("Foreign Minister Musalia Mutua received South Korea's Ambassador, Kim Sung-jun, on Monday.").map((m) => m.name)).toContain("Kim Sung-jun");
    expect(names("Ambassador Yeo Sung-jun met Foreign Minister Moon Jae-in.").map((m) => m.name)).toEqual(expect.arrayContaining(["Yeo Sung-jun", "Moon Jae-in"]));
  });

  it("returns a syllable after the hyphen that spells a country's short name as part of the name ('Jong-uk', new59c x730)", () => {
    expect(names("On April 2, the commander received the coast guard's Commissioner General, Park Tae-uk, aboard the cutter.").map((m) => m.name)).toContain("Park Tae-uk");
  });
});

describe("names with a Turkic patronymic", () => {
  it("returns the given name, the father's name with oglu / qizi / kyzy, and the family name as one name (read16 q205, read24 t121)", () => {
    expect(names("- H.E. Ulvan Vagar oglu Tarsov, Ambassador of the Republic of Azerbaijan;").map((m) => m.name)).toEqual(["Ulvan Vagar oglu Tarsov"]);
    expect(names("Minister Aida Rasim qizi Telova met Ambassador Nurai Bek kyzy Orvanova in Bishkek.").map((m) => m.name)).toEqual(["Aida Rasim qizi Telova", "Nurai Bek kyzy Orvanova"]);
  });
});

describe("honorifics", () => {
  it("returns Malay and Bruneian styles apart from the name", () => {
    // c044_malaysia_brunei
    const c044 = evidenced("Sabah Chief Minister Datuk Seri Hajiji Noor; Chief Secretary to the Government Tan Sri Shamsul Azri Abu Bakar, and several Cabinet ministers.");
    expect(c044.map((m) => [m.name, m.honorific])).toEqual([
      ["Hajiji Noor", "Datuk Seri"],
      ["Shamsul Azri Abu Bakar", "Tan Sri"],
    ]);
    // https://www.thesundaily.my/local/pm-anwar-receives-courtesy-call-from-16-heads-of-malaysian-diplomatic-missions-abroad-OF11631906
    expect(evidenced("KUALA LUMPUR: Prime Minister Datuk Seri Anwar Ibrahim today received a courtesy call from 16 heads of missions.")[0]).toMatchObject({ name: "Anwar Ibrahim", honorific: "Datuk Seri" });
    // https://www.theborneopost.com/2022/11/24/foreign-missions-congratulate-new-pm-anwar-ibrahim/
    expect(evidenced("Tahniah to Dato’ Seri Anwar Ibrahim on becoming Malaysia’s 10th Prime Minister!")[0]).toMatchObject({ name: "Anwar Ibrahim", honorific: "Dato’ Seri" });
    // https://dailybrunei.com/sultan-of-brunei-receives-qatari-minister-of-state-for-foreign-affairs/
    expect(evidenced("The event was attended by Yang Berhormat Dato Seri Setia Awang Haji Erywan, Second Minister of Foreign Affairs.")[0]).toMatchObject({ name: "Awang Haji Erywan", honorific: "Yang Berhormat Dato Seri Setia" });
    // https://international.astroawani.com/malaysia-news/pm-muhyiddin-arrives-official-visit-brunei-291646?amp=1
    expect(evidenced("Prime Minister Tan Sri Muhyiddin Yassin arrived here today for a two-day official visit to Brunei.")[0]).toMatchObject({ name: "Muhyiddin Yassin", honorific: "Tan Sri" });
  });

  it("returns a style between two name words as part of the name", () => {
    // c044_malaysia_brunei; https://international.astroawani.com/malaysia-news/pm-muhyiddin-arrives-official-visit-brunei-291646?amp=1
    expect(evidenced("Sarawak Premier Tan Sri Abang Johari Tun Openg attended.")[0]?.name).toBe("Abang Johari Tun Openg");
    expect(names("Malaysian Foreign Minister Datuk Seri Hishammuddin Tun Hussein was also there.")[0]?.name).toBe("Hishammuddin Tun Hussein");
  });

  // "… held delegation-level talks with her Indian counterpart M. Venkaiah Naidu" (read28 x133), "Vice President M. Venkaiah
  // Naidu" (read27 x115): an initial before two name words
  it("makes a person of a full name that opens on an initial", () => {
    const found = people("Kenyan Vice President Tamo Rasa held talks in Nairobi with her Ghanaian counterpart K. Varan Telumo.\n\nRasa thanked Telumo for the visit.");
    expect(found.map((p) => p.name)).toContain("K. Varan Telumo");
  });

  it("returns H.E., His Majesty and Ayatollah as honorifics, never as names or initials", () => {
    // c048_malabo_credentials; c031_japan_uzbekistan
    expect(names("The President of the Republic, H.E. Obiang Nguema Mbasogo, on Thursday presided over the presentation.")[0]).toMatchObject({ name: "Obiang Nguema Mbasogo", honorific: "H.E.", office: { title: "President" } });
    expect(names("He spoke with H.E. Mr. Shavkat Mirziyoyev, President of the Republic of Uzbekistan.").map((m) => m.name)).toEqual(["Shavkat Mirziyoyev"]);
    // c027_jordan_saudi_qatar; c044_malaysia_brunei
    expect(names("A letter was handed to His Majesty King Abdullah on Wednesday.").map((m) => m.name)).toEqual(["Abdullah"]);
    expect(names("His Majesty Sultan Ibrahim, King of Malaysia, invited the Brunei ruler.").map((m) => m.name)).toEqual(["Ibrahim"]);
    // c021_saudi_iran_visit; c060_kuwait_iran_geneva_furniture
    expect(names("It was not clear whether the visitor would also be received by Supreme Leader Ayatollah Ali Khamenei.")[0]).toMatchObject({ name: "Ali Khamenei", honorific: "Ayatollah" });
    expect(names("He passed on greetings to Iran's Supreme Leader Ayatollah Ali Khamenei and President Ebrahim Raisi.")[0]).toMatchObject({ name: "Ali Khamenei" });
  });

  it("returns Indian and West African styles apart from the name", () => {
    // https://www.indiatvnews.com/news/india/defence-minister-rajnath-singh-meets-president-droupadi-draupadi-murmu-at-rashtrapati-bhavan-in-delhi-latest-updates-2022-07-30-796045
    expect(evidenced("A courtesy call on the President of India, Smt. Draupadi Murmu ji at Rashtrapati Bhavan today.")[0]).toMatchObject({ name: "Draupadi Murmu", honorific: "Smt." });
    // https://www.etvbharat.com/en/!bharat/pm-modi-meets-president-droupadi-murmu-at-rashtrapati-bhavan-delhi-sunday-enn25080301909
    expect(evidenced("Prime Minister Shri Narendra Modi called on President Droupadi Murmu at Rashtrapati Bhavan.")[0]).toMatchObject({ name: "Narendra Modi", honorific: "Shri" });
    // https://tribuneonlineng.com/nahcon-boss-seeks-foreign-affairs-ministers-support-on-hajj-others/
    expect(evidenced("The Chairman, Alhaji Zikrullah Kunle Hassan, on Thursday met the Minister of Foreign Affairs, Ambassador Yusuf Tuggar.")[0]).toMatchObject({ name: "Zikrullah Kunle Hassan", honorific: "Alhaji" });
    // https://ngconsulate.info/article/arrival-of-the-jigawa-state-delegation-in-the-netherlands
    expect(evidenced("It was a great honour to receive the Governor of Jigawa State - His Excellency Alhaji Mohammed Badaru Abubakar.")[0]).toMatchObject({ name: "Mohammed Badaru Abubakar", honorific: "His Excellency Alhaji" });
  });

  it("returns one person for a name written with and without its honorific", () => {
    const found = personNames("Chinese Foreign Minister Wang Yi arrived in Islamabad. Ishaq Dar received H.E. Wang Yi at the ministry. Wang Yi said the talks went well.");
    expect(found.filter((n) => /Wang/.test(n))).toEqual(["Wang Yi"]);
  });
});

describe("words that are never people", () => {
  it("returns no person for places, buildings and institutions written like names", () => {
    // c044_malaysia_brunei; c024_egypt_palestine; c057_kuwait_amir_saudi_fm
    const found = personNames(
      "Anwar was at the Seri Perdana Complex to greet the Sultan. He was received with Head of the General Intelligence Abbas Kamel at his side. The greetings of the Custodian of the Two Holy Mosques were conveyed by the Ministry of Foreign Affairs and the United Nations.",
    );
    expect(found.some((n) => /Perdana|Complex|Mosques|Intelligence|Ministry|United/.test(n))).toBe(false);
    expect(found).toContain("Abbas Kamel");
  });

  it("returns different people for names that only sound alike", () => {
    // c027_jordan_saudi_qatar: "King Abdullah" is not "Ahmed Abdul Aziz Kattan".
    const found = people(
      "A letter was handed to His Majesty King Abdullah on Wednesday by Saudi Minister of State for African Affairs Ahmed Abdul Aziz Kattan. King Abdullah asked the Saudi minister to pass on his greetings.",
    );
    const kattan = found.find((p) => p.name === "Ahmed Abdul Aziz Kattan");
    expect(kattan?.names).not.toContain("Abdullah");
    expect(found.map((p) => p.name)).toContain("Abdullah");
  });
});

describe("a short form with an office in the sentence that names the same person in full", () => {
  it("returns one person when the offices agree (heldout89 x852: 'read out by Minister of … Ronald Lamola, … when Minister Lamola travels')", () => {
    const found = people(
      "According to the joint communique, read out by Minister of International Relations and Cooperation Pim Dola, the memorandum will be signed when Minister Dola travels to Orvane.",
    );
    expect(found.map((p) => p.name)).toEqual(["Pim Dola"]);
  });
});

describe("people introduced by an apposition after the name", () => {
  it("returns the office of 'X, the Country's Institution's Title …' and 'X, Country's Describing Title …'", () => {
    // c012_paraguay_uk
    expect(names("Paraguay's Foreign Minister Rubén Ramírez Lezcano met Harriet Matthews, the British Foreign Office's Director General for Latin America, on the sidelines.")[1]).toMatchObject({
      name: "Harriet Matthews",
      evidence: true,
      office: { title: "Director General", organisation: "British Foreign Office", country: "United Kingdom" },
    });
    // c037_fiji_nauru
    expect(names("William Toganivalu, Fiji's Roving Ambassador to the Pacific Island Countries and Territories, is now formally accredited.")[0]).toMatchObject({
      name: "William Toganivalu",
      office: { title: "Roving Ambassador", country: "Fiji" },
    });
  });

  it("returns no office when the words after the comma are not a title", () => {
    expect(names("John Smith, the former Prime Minister, spoke.")[0]?.office).toBeUndefined();
    expect(personNames("Paris, the French capital, hosted the talks, and Geneva, the Swiss city, hosted the next round.")).toEqual([]);
  });
});

describe("another name a person goes by", () => {
  it("returns 'X, widely known as Y' and 'X, commonly referred to as “Y”' as one person", () => {
    // c034_indonesia_papuanewguinea
    const c034 = people(
      "Jokowi and Marape agree on border steps\n\nIndonesian President Joko Widodo arrived in Port Moresby on Wednesday for talks with Prime Minister James Marape. Widodo, widely known as Jokowi, flew in from Sydney. Talks between Jokowi and Marape covered trade.",
    );
    expect(c034.find((p) => p.name === "Joko Widodo")?.names).toContain("Jokowi");
    expect(c034.map((p) => p.name).sort()).toEqual(["James Marape", "Joko Widodo"]);
    // https://www.asiamediacentre.org.nz/news/five-facts-indonesia-president-jokowi/
    const page = people("A political snapshot of Indonesia’s President Joko Widodo, commonly referred to as “Jokowi”. Jokowi is a self-made man from a middle-class family.");
    expect(page.find((p) => p.name === "Joko Widodo")?.names).toContain("Jokowi");
  });

  it("returns no person for a place known by another name", () => {
    expect(personNames("He was elected mayor of Surakarta, also known as Solo, a city in Java.")).toEqual([]);
  });
});

describe("a given name that is also a word of party names", () => {
  it("returns 'Christian' as a given name before a family name, never a party of Christian Democrats as a person", () => {
    // devB k001_ghana_envoys_copies; https://www.debrecensun.hu/national/2020/07/04/hungary-government-officials-hold-talks-in-berlin/ (in our words)
    expect(personNames("Ghana's foreign minister received High Commissioner-designate Christian Rogg on Tuesday.")).toContain("Christian Rogg");
    expect(personNames("Kenyan President William Ruto met German Finance Minister Christian Lindner on Monday.")).toContain("Christian Lindner");
    const party = personNames("The two officials met Paul Ziemiak, Secretary General of the Christian Democrats (CDU), and Markus Blume, Secretary General of the Christian Social Union (CSU).");
    expect(party).toEqual(expect.arrayContaining(["Paul Ziemiak", "Markus Blume"]));
    expect(party.join(" ")).not.toMatch(/Christian/);
  });
});

describe("a given name the tagger reads as a verb", () => {
  it("returns 'Don' after a title as the start of the name, with the title", () => {
    // the shapes of devE e106 (a wire report) and e107 (a Singapore daily), in made-up names
    const listed = names("He was joined by Foreign Minister Peta Varan, Trade Minister Don Telu and Industry Minister Ed Orvel.");
    expect(listed.map((m) => m.name)).toEqual(["Peta Varan", "Don Telu", "Ed Orvel"]);
    expect(listed[1]).toMatchObject({ evidence: true, office: { title: "Trade Minister" } });
    expect(names("The meeting is chaired by Chile's Foreign Minister Don Kestas, as Chile holds the chair.")[0]).toMatchObject({
      name: "Don Kestas",
      office: { title: "Foreign Minister", country: "Chile" },
    });
  });

  it("returns Vietnamese and Singaporean names whose words read as English ones ('To', 'Do Hung', 'See')", () => {
    // https://en.sggp.org.vn/top-leader-presents-appointment-decisions-to-ambassadors-post113123.html, https://vietnam.vn/en/tong-bi-thu-chu-tich-nuoc-to-lam-tiep-cac-dai-su-trinh-quoc-thu,
    // and a Singapore daily's "Mr Tan See Leng" (in made-up names)
    expect(names("General Secretary and President To Varan receives credentials from the Ambassador.")[0]).toMatchObject({ name: "To Varan", evidence: true });
    expect(names("Deputy Minister Do Hung Telu met him in Hanoi.")[0]).toMatchObject({ name: "Do Hung Telu", office: { title: "Deputy Minister" } });
    expect(names("Foreign Minister Peta Varan met Mr Tan See Orvel on Monday.").map((m) => m.name)).toEqual(["Peta Varan", "Tan See Orvel"]);
  });

  it("returns a name with letters beyond ASCII that folds to an English word ('Tô' is no 'to')", () => {
    // https://vietnamnews.vn/politics-laws/1663148/top-leader-receives-new-chinese-ambassador.html (in made-up names)
    expect(names("Party General Secretary and State President Tô Varan on September 17 received the ambassador.")[0]?.name).toBe("Tô Varan");
  });

  it("returns no name for a headline verb after a title", () => {
    expect(names("The President Will Meet Orvel Kestas Today").map((m) => m.name).join(" ")).not.toMatch(/Will|Meet/);
    expect(names("Varan Meets Telu In Orvane, then Varan Hosted Telu.").map((m) => m.name)).not.toContain("Varan Meets Telu");
  });
});

describe("an office of an institution set off by a comma before the name", () => {
  it("returns the office when the institution's name has lower-case words or an acronym in brackets", () => {
    // the shapes of devE e112 (a wire report) and c041 (a government release), in made-up names
    const ceo = evidenced("Varan's delegation includes Peru's Finance Minister, Tam Orlo, and the chief executive officer of the country's port authority, Halvik Tarsk.");
    expect(ceo.map((m) => m.name)).toEqual(["Tam Orlo", "Halvik Tarsk"]);
    expect(ceo[1]?.office).toMatchObject({ title: "Chief Executive Officer", country: "Peru" });
    const charge = evidenced("The meeting was attended by the Ambassador of Peru to Chile, Telu Kestas; and the Chargé d'Affaires of the Chilean Department of Trade (CDT), Mira Halvik.");
    expect(charge.map((m) => m.name)).toEqual(["Telu Kestas", "Mira Halvik"]);
    expect(charge[1]?.office?.title).toBe("Charge d'Affaires");
  });

  it("returns no office of one post for a plural office before a list", () => {
    expect(names("He thanked the ministers of both countries, Varan Telu and Orvel Kestas.").map((m) => m.office?.title)).not.toContain("Minister");
  });
});

describe("a country's name given to a person", () => {
  it("returns the country's name as the given name after a title or a word of contact, and gives it no country", () => {
    // https://www.jpost.com/Israel-News/Katz-meets-at-UN-an-Arab-Foreign-Minister-from-unnamed-country-602694 and
    // https://worldisraelnews.com/israeli-fm-holds-first-and-fascinating-meeting-with-unnamed-arab-foreign-minister/ (in made-up names)
    expect(names("Foreign Minister Israel Varan met on the sidelines of the General Assembly on Monday with an Arab foreign minister.")[0]).toMatchObject({
      name: "Israel Varan",
      office: { title: "Foreign Minister" },
    });
    expect(names("Luxembourg FM meets with Israel Varan and the families of the hostages.").map((m) => m.name)).toContain("Israel Varan");
    const met = names("He met Jordan Telu, the party leader, in Paris.")[0];
    expect(met?.name).toBe("Jordan Telu");
    expect(met?.country).toBeUndefined();
  });

  it("returns the country, not a name, before a title or a possessive", () => {
    expect(names("He met Jordan's King Orvel and received Chad President Varan Telu.").map((m) => m.name)).toEqual(["Orvel", "Varan Telu"]);
  });
});

describe("a month's short name given to a person", () => {
  it("returns 'Jan' after a title as the start of the name, not a date", () => {
    // devF f112 (a Slovak report) and a Reuters report on a UN envoy ("Slovakia's former Foreign Minister Jan …"), in made-up names
    expect(names("BRATISLAVA, June 19 – Czech Foreign Minister Jan Varanský spent yesterday in the Slovak capital.")[0]).toMatchObject({
      name: "Jan Varanský",
      office: { title: "Foreign Minister", country: "Czech Republic" },
    });
    expect(names("Slovakia's former Foreign Minister Jan Telis was approved as the new envoy.")[0]?.name).toBe("Jan Telis");
    expect(names("The Minister met on Jan 5 with President Varan Telu.").map((m) => m.name)).toEqual(["Varan Telu"]);
  });
});

describe("titles of opposition leaders, emperors and officers", () => {
  it("returns the title before the name, never as part of it", () => {
    // https://www.brisbanetimes.com.au/ (2024-06-13) and https://nirs.org.au/news/dutton-to-attend-another-voice-working-group-meeting-despite-lingering-questions/ (in made-up names)
    expect(names("Leader of the Opposition Varan Telu and Shadow Attorney-General Orvel Kestas have agreed to attend another meeting.")[0]).toMatchObject({
      name: "Varan Telu",
      office: { title: "Leader of the Opposition" },
    });
    expect(names("The envoy sat down with Opposition Leader Halvik Tarsk on Monday.")[0]).toMatchObject({ name: "Halvik Tarsk", office: { title: "Opposition Leader" } });
    expect(names("He met Emperor Varan and Lieutenant General Orvel Kestas at the palace.").map((m) => [m.name, m.office?.title])).toEqual([
      ["Varan", "Emperor"],
      ["Orvel Kestas", "Lieutenant General"],
    ]);
  });
});

describe("people named by what they were, in apposition or before the name", () => {
  it("returns people said to be founders or seafarers, in the plural of a pair too", () => {
    // devF f112 (a Slovak report) and f210 (a Syrian report), in made-up names
    expect(evidenced("He laid wreaths at the memorial to Varan Telis and Orvel Kestan, two founders of the common state.").map((m) => m.name)).toEqual(["Varan Telis", "Orvel Kestan"]);
    expect(evidenced("He viewed a manuscript by the celebrated Omani seafarer Tarsk bin Halvik, on loan from the library.").map((m) => m.name)).toEqual(["Tarsk bin Halvik"]);
  });
});

describe("the clergy's styles and posts", () => {
  it("returns 'Archbishop' and 'Cardinal' as styles, the nuncio's post as the office, and a country of two words after 'of the'", () => {
    // devE e110 (a State House release) and devF f104 (a foreign ministry's release), in made-up names
    expect(names("- His Excellency Archbishop Varan Telu Orvel, the Apostolic Nuncio, who represents the Holy See;")[0]).toMatchObject({
      name: "Varan Telu Orvel",
      office: { title: "Apostolic Nuncio" },
    });
    expect(names("He held talks there with the Secretary of State of the Holy See, Cardinal Kestas Halvik.")[0]).toMatchObject({
      name: "Kestas Halvik",
      honorific: "Cardinal",
      office: { title: "Secretary of State", country: "Vatican" },
    });
  });

  it("returns 'Bishop' as a family name", () => {
    expect(names("Foreign Minister Varla Bishop met him in Tarsk.")[0]?.name).toBe("Varla Bishop");
  });
});

describe("Gulf names after 'bin' and 'Al', and the style 'Sayyid'", () => {
  it("returns the family name after 'Al' or 'bin' even when it is also an English word, and 'Sayyid' as a style", () => {
    // devF f210 (a Syrian report), the Oman Observer ("His Highness Sayyid … bin Tariq al Said"), Al Bawaba ("Sultan … bin Said Al Said"), in made-up names
    expect(names("He was also received by Sayyid Varan bin Tarik Al Said, Deputy Prime Minister.")[0]).toMatchObject({
      name: "Varan bin Tarik Al Said",
      honorific: "Sayyid",
      office: { title: "Deputy Prime Minister" },
    });
    expect(names("His Highness Sayyid Orvel bin Telu al Said on Tuesday received the prince.")[0]?.name).toBe("Orvel bin Telu al Said");
    expect(names("The last visit was in 2013 when Sultan Kestas bin Said Al Said visited the capital.")[0]?.name).toBe("Kestas bin Said Al Said");
  });

  it("returns no meeting for a name inside the title of one received ('Special Representative of His Majesty Sultan X')", () => {
    const { meetings, people } = extractIndex([
      {
        file: "seeds/t.txt",
        text: "MUSCAT, March 21 – The Syrian Foreign Minister Orvel Kestas was received by Sayyid Varan bin Tarik Al Said, Special Representative of His Majesty Sultan Telu bin Tarik, and by Lieutenant General Halvik Tarsk, Minister of the Royal Office.",
      },
    ]);
    const named = (id: string): string => people.find((p) => p.id === id)?.name ?? id;
    const sides = meetings.flatMap((m) => m.participants.flatMap((p) => (p.kind === "person" ? [named(p.person)] : [])));
    expect(sides).toContain("Varan bin Tarik Al Said");
    expect(sides).not.toContain("Telu bin Tarik");
  });
});

describe("a list of full names whose last one has a title", () => {
  it("returns every full name of 'A, B and Trade Minister C' and 'A, B, and Dr. C' as a person's", () => {
    expect(evidenced("The delegation included Varan Telu, Orvel Kestas and Trade Minister Halvik Tarsk.").map((m) => m.name)).toEqual(["Varan Telu", "Orvel Kestas", "Halvik Tarsk"]);
    expect(evidenced("Also present were Varan Telu, Orvel Kestas, and Dr. Halvik Tarsk.").map((m) => m.name)).toEqual(["Varan Telu", "Orvel Kestas", "Halvik Tarsk"]);
  });
});

describe("a nickname in quotes inside a name", () => {
  it("returns the name without the nickname, the nickname as another name of the same person", () => {
    // read19 r603_indonesia_lithuania (the key's person, who met the visitor: no name was read before)
    const r603 = people('Two years before that, on 27 August 2015, Foreign Minister Linas Linkevicius called on the governor of Jakarta, Basuki "Ahok" Tjahaja Purnama, at City Hall.');
    expect(r603.find((p) => p.name === "Basuki Tjahaja Purnama")?.names).toContain("Ahok");
    // check12 l112_mexico_guatemala
    expect(names('The two leaders will then cross back into Mexico to be joined by the Prime Minister of Belize, Juan Antonio "Johnny" Briceño.').at(-1)).toMatchObject({
      name: "Juan Antonio Briceño",
      nickname: "Johnny",
      office: { title: "Prime Minister", country: "Belize" },
    });
    // https://news.abs-cbn.com/news/05/23/22/us-japan-south-korea-india-envoys-meet-with-marcos; https://mb.com.ph/2022/09/05/pbbm-marks-first-state-visit-after-meeting-widodo
    expect(personNames('MANILA - Presumptive president Ferdinand "Bongbong" Marcos Jr. received four diplomats in his headquarters on Monday.')).toContain("Ferdinand Marcos Jr.");
    expect(personNames("President Ferdinand 'Bongbong' Marcos Jr. and Indonesian President Joko Widodo planted a tree.")).toContain("Ferdinand Marcos Jr.");
  });

  it("returns a name the nickname closes no name around unchanged, and a later mention of the nickname as that person", () => {
    expect(names('President Varan Telu called the plan "Vision" in a speech.')[0]?.name).toBe("Varan Telu");
    expect(personNames('President Varan Telu called the plan "Vision" in a speech.')).toEqual(["Varan Telu"]);
    const found = people('Trade Minister Orvel "Orvi" Kestas met Varan Telu in Tarsk. Orvi said the talks went well.');
    expect(found.map((p) => p.name).sort()).toEqual(["Orvel Kestas", "Varan Telu"]);
  });
});

describe("a title held at the time, set off by a comma before the name", () => {
  it("returns the name after 'his <demonym> counterpart at the time,' as that counterpart's", () => {
    // read18 r516_niger_iran_zeine_tehran; read16 q202_north_macedonia_norway
    const r516 = evidenced("Some years ago, Niger's then foreign minister, Ibrahim Yacouba, travelled to Tehran for talks with his Iranian counterpart at the time, Mohammad Javad Zarif.");
    expect(r516.at(-1)).toMatchObject({ name: "Mohammad Javad Zarif", counterpart: true, country: "Iran" });
    const q202 = evidenced("Foreign Minister Nikola Dimitrov travelled to Oslo and signed a joint statement on partnership and cooperation with his Norwegian counterpart at the time, Børge Brende.");
    expect(q202.at(-1)).toMatchObject({ name: "Børge Brende", counterpart: true, country: "Norway" });
  });

  it("returns a title before 'at the time,' as one held before", () => {
    expect(names("The talks were held in 2019 with the foreign minister at the time, Varan Telu, in Tarsk.")[0]).toMatchObject({ name: "Varan Telu", office: { title: "Former Foreign Minister" } });
  });
});

describe("a short form and two names a letter apart", () => {
  it("returns the short form as the person whose name holds it as written, never the one whose name is a letter off", () => {
    // read19 r606_sweden_thailand: a Thai minister called by his given name, a Swedish one whose given name is a letter off
    const r606 = people(
      "Thai Foreign Minister Maris Sangiampongsa paid an official visit to Sweden at the invitation of his Swedish counterpart, Maria Malmer Stenergard. Maris said he had used the visit well. The first meeting between Maris and Malmer Stenergard took place on 22 November last year.",
    );
    expect(r606.find((p) => p.name === "Maria Malmer Stenergard")?.names).not.toContain("Maris");
    expect(r606.find((p) => p.name === "Maris Sangiampongsa")?.names).toContain("Maris");
  });

  it("returns no person for a capitalised word a letter off a name the article writes", () => {
    // read18 r519_pakistan_iran_political_consultations: "Ahead" at a sentence's start, a letter off the Iranian's given name
    const r519 = people(
      "Iranian Deputy Foreign Minister Ahmad Amirabadi Farahani held talks in Islamabad with Pakistan's Foreign Secretary. Ahead of the trip, a spokesperson had said that regional peace would feature in the talks.",
    );
    expect(r519.flatMap((p) => p.names)).not.toContain("Ahead");
  });
});

describe("'Madam' before a name", () => {
  // "Receiving the documents, Madam Ayorkor Botchwey described …" (heldout53 x575, a Ghanaian page), "Madam Campbell called her
  // years in the country …" (read34 x291, a Liberian ministry): a style of address, as "Mrs" is, so one person, not two.
  it("reads 'Madam X' as X, the same person as the full name", () => {
    const text =
      "ACCRA, 11 May 2022 - The new envoy handed her open letters to the Minister for Foreign Affairs, Shirley Ayo Kelm, on Tuesday.\n\n" +
      "Receiving the documents, Madam Ayo Kelm described relations between the two countries as excellent.";
    expect(personNames(text)).toEqual(["Shirley Ayo Kelm"]);
  });
});

describe("a name alone after its title that the tagger reads as a verb", () => {
  // heldout53 x580: "While in the Serbian capital, Deputy Minister Hang also had separate meetings with …"; devG g211: "Deputy
  // Minister Hang also asked …"; check11 k207: "… was welcomed by President Sang at the …"
  it("returns the one the title names, linked to the full name told before", () => {
    const text = "Veldian Deputy Foreign Minister Vo Thi Lan Say arrived in Tarsk on Monday. Deputy Minister Say also had separate meetings with Orvanian Trade Minister Rush Varan and Orvanian Deputy Prime Minister Telu Amsel.";
    expect(meetingsIn(text, "2025-05-20", "held")).toEqual(["Rush Varan + Vo Thi Lan Say", "Telu Amsel + Vo Thi Lan Say"]);
  });

  it("keeps a verb in the \"-s\" form after a title no name (a headline's words in running text)", () => {
    expect(personNames("Tarsk - Foreign Minister Receives the Orvanian envoy in Tarsk.")).toEqual([]);
  });
});

describe("a head's portfolio after 'for', then the holder's name after a comma", () => {
  // new58c x693 ("with the High Commissioner for Human Rights, Tatiana …, and with …"), exchange58 x710 ("met the United Nations
  // High Commissioner for Refugees, Filippo …, at …")
  it("returns the holder named after the comma, not a person of the portfolio's last word", () => {
    for (const title of ["the Commissioner for Human Rights", "the United Nations High Commissioner for Refugees"]) {
      const text = `TARSK, 21 January 2023 - Foreign Minister Varan Telu met ${title}, Osk Tarima, at the ministry on Friday.`;
      expect(personNames(text)).toContain("Osk Tarima");
      expect(personNames(text).join(" ")).not.toMatch(/\b(Rights|Refugees)\b/);
      expect(meetingsOf(text).map((m) => m.names)).toContain("Varan Telu + Osk Tarima");
    }
  });
});

describe("a royal style alone, with no name or title after it", () => {
  // new58b x686 ("… Ruler of Dubai, met His Majesty in Abu Dhabi", after "His Majesty Sultan Haitham …"), exchange58 x709 ("His
  // Majesty received Prince …" after "His Majesty King Hamad …"), new53r x530 ("His Highness will meet the Rt. Hon. President")
  it("returns the contact of the monarch the article styles so", () => {
    const text =
      "TARSK, 24 April 2024 - His Majesty Sultan Varan bin Telu yesterday concluded a two-day state visit.\n\n" +
      "On Tuesday, His Highness Sheikh Orlo bin Kestas, Vice President and Prime Minister, met His Majesty in Tarsk.";
    expect(meetingsOf(text).map((m) => m.names.split(" + ").sort().join(" + "))).toContain("Orlo bin Kestas + Varan bin Telu");
  });
});

describe("the city of the dateline", () => {
  // new58b x687 ("NOVI SAD, March 19 (Danube Daily) - …", then "reached Novi Sad 33 minutes later"): a city no gazetteer knows,
  // written like a name, is no person when the dateline names it
  it("makes no person of the dateline's city named again in the text", () => {
    const text = "NORVA SEL, March 19 (Danube Daily) - Prime Minister Varan Telu and President Osk Tarim on Saturday opened the line between Orvel and Norva Sel.\n\nThe two leaders boarded in the capital and reached Norva Sel 33 minutes later. Speaking at the ceremony in Norva Sel, Telu said the line would be finished by 2025.";
    expect(personNames(text)).not.toContain("Norva Sel");
    expect(personNames(text)).toContain("Varan Telu");
  });
});

describe("a monarch known by one name and another's surname alike", () => {
  // corpus c044 ("Prime Minister Datuk Seri Anwar Ibrahim hosted …", later "His Majesty Sultan Ibrahim, King of Malaysia,
  // invited …"), new58c x691 (the King named first, the Prime Minister after)
  it("keeps the King and the Prime Minister two people, whichever the article names first", () => {
    const king = "His Majesty Sultan Varan, King of Malaysia, today granted an audience to the visiting scholar at the palace.";
    const premier = "Prime Minister Datuk Seri Orlo Varan hosted the scholar at his residence yesterday.";
    for (const text of [`KUALA LUMPUR, July 4 — ${king}\n\n${premier}`, `KUALA LUMPUR, July 4 — ${premier}\n\n${king}`]) {
      const found = people(text);
      expect(found.find((p) => p.name === "Orlo Varan")?.offices.map((o) => o.title)).toEqual(["Prime Minister"]);
      expect(found.some((p) => p.name === "Varan" && p.offices.some((o) => o.title === "King"))).toBe(true);
    }
  });
});

describe("a body's acronym in brackets before its head's title", () => {
  // new58b x688 ("Asian Development Bank (ADB) President …" in a story filed from Islamabad), exchange58 x714 (the same bank's
  // president in a story filed from New Delhi)
  it("returns the body as the office's organisation, so the dateline's country is not the holder's", () => {
    const text = "ORVEL CITY, Feb 21, 2023 – Veldian Development Bank (VDB) President Varan Telu called on Prime Minister Osk Tarima of India on Tuesday.";
    const telu = people(text).find((p) => p.name === "Varan Telu");
    expect(telu?.offices[0]).toMatchObject({ title: "President", organisation: "Veldian Development Bank" });
    expect(telu?.country).toBeUndefined();
  });
});

describe("an engineer's style before a name", () => {
  // new58c x692 ("Federal Minister for States and Frontier Regions (SAFRON) Engr Amir …"), exchange58 x715 ("Federal Minister for
  // Power Engr. Khurram …"): the style is no part of the name, and "Amir" after it is a given name, not an emir's title
  it("returns the name without the style", () => {
    expect(personNames("ISLAMABAD - Federal Minister for Power Engr. Varan Telu received the Austrian ambassador on Tuesday.")).toContain("Varan Telu");
    expect(personNames("ISLAMABAD - Federal Minister for Ports Engr Amir Telu held talks with the visiting delegation on Tuesday.")).toContain("Amir Telu");
  });
});

describe("an officer named later by the rank alone", () => {
  // new59c x728 ("The Admiral also called on the Minister of Foreign Affairs, …, and held detailed discussions with …"),
  // exchange59 x746, x747
  it("returns the officer's meetings, not one between the two he met", () => {
    const text =
      "TARSK, 20 April 2022 - Admiral Varan Telu, Chief of the Naval Staff of the Veldian Navy, completed on Wednesday a three-day visit to Orvane.\n\n" +
      "In Tarsk, Admiral Telu called on the President of Orvane, Osk Tarima.\n\n" +
      "The Admiral also called on the Minister of Foreign Affairs, Pim Dola, and held detailed discussions with the Minister of Defence, Ana Rell.";
    const pairs = meetingsOf(text).map((m) => m.names);
    expect(pairs).toContain("Varan Telu + Pim Dola");
    expect(pairs).toContain("Varan Telu + Ana Rell");
    expect(pairs).not.toContain("Pim Dola + Ana Rell");
  });
});

describe("a leader and the spouse named after 'and First Lady'", () => {
  // new59a x717 ("The President and First Lady Liza … had met the King himself on Friday evening"), exchange59 x750, x751
  it("returns two people: the leader the title stands for, and the spouse with her own title", () => {
    const text =
      "TARSK, 8 May 2023 - Veldian President Varan Telu attended the coronation in Orvel over the weekend.\n\n" +
      "The President and First Lady Ana Kestas had met the King himself on Friday evening, at the palace reception for foreign guests.";
    const kestas = people(text).find((p) => p.name === "Ana Kestas");
    expect(kestas?.offices.map((o) => o.title)).toEqual(["First Lady"]);
    expect(meetingsOf(text).some((m) => m.names.includes("Varan Telu") && m.names.includes("Ana Kestas"))).toBe(true);
  });
});

describe("a president-elect named later by the title alone", () => {
  // read13 n210 and read48 x506 ("The president-elect had already visited Taiwan last month … he was met …"), read54 x592 ("… the
  // president-elect told Tatar …")
  it("returns the president-elect's contact told with the title alone", () => {
    const text = "TARSK, 5 December 2022 - President-elect Varan Telu received Osk Tarima, the national security adviser, in Tarsk on Monday.\n\nThe president-elect also spoke by phone with President Pim Dola.";
    expect(meetingsOf(text).map((m) => m.names.split(" + ").sort().join(" + "))).toContain("Pim Dola + Varan Telu");
  });
});

describe("a city's name as a family name, and a peer's style", () => {
  // new59b x725 ("… due to meet Santiago mayor Irací Hassler and former president Ricardo Lagos before flying home"), corpus c030 ("…
  // and Kenneth Lusaka, and …"), read62 x644 ("… succeeded Baroness Patricia Scotland, whose …"); read51 x553 ("Lord David Cameron")
  it("returns the whole name, without the style", () => {
    expect(personNames("TARSK, 5 August 2024 - Prime Minister Varan Telu is due to meet former president Osk Lusaka before flying home.")).toContain("Osk Lusaka");
    expect(personNames("TARSK, 5 August 2024 - Prime Minister Varan Telu held talks with Lord Orvel Kestas, the British Foreign Secretary.")).toContain("Orvel Kestas");
  });
});

describe("a region of a continent as a post's portfolio", () => {
  // new59a x720 ("… held discussions with Ousmane Diagana, the World Bank's Vice President for Western and Central Africa, who …"),
  // read22 r902 ("…, the Japanese foreign ministry's Special Representative for Central Asia, the Caucasus and GUAM, …")
  it("returns the holder named before the title, with the body's post", () => {
    const text = "TARSK, 9 January 2025 - Later the same day President Varan Telu held discussions with Osk Tarima, the World Bank's Vice President for Western and Central Africa, who had come to Tarsk for the inauguration.";
    expect(people(text).find((p) => p.name === "Osk Tarima")?.offices[0]).toMatchObject({ organisation: "World Bank" });
    expect(meetingsOf(text).map((m) => m.names)).toContain("Varan Telu + Osk Tarima");
  });
});

describe("a delegation led by someone as the subject of a contact", () => {
  // exchange59b x752 ("GENEVA, May 11 — A Chinese delegation led by Vice Premier He Lifeng met U.S. Treasury Secretary …"), x753 ("A
  // delegation of the Ministerial Committee mandated by the … Summit, led by Prince Faisal …, held talks with Vice-President …")
  it("returns the leader's contact", () => {
    const pairs = (text: string) => meetingsOf(text).map((m) => m.names.split(" + ").sort().join(" + "));
    expect(pairs("ORVEL, May 11 — A Veldian delegation led by Vice Premier Varan Telu met Treasury Secretary Osk Tarima in Orvel on Saturday.")).toContain("Osk Tarima + Varan Telu");
    expect(pairs("Tarsk, 21 November 2023 — A delegation of the ministerial committee mandated by the regional summit, led by Foreign Minister Pim Dola, held talks with Vice-President Ana Rell in Orvel on Monday.")).toContain("Ana Rell + Pim Dola");
  });
});

describe("'and then' before a title and a name", () => {
  // exchange59b x754 ("Witkoff met presidential envoy Kirill Dmitriev and then President Vladimir Putin"), x755 ("…, and then Prime
  // Minister Pushpa Kamal Dahal …"): the next one met, not one who held the post then
  it("returns the post as held now", () => {
    const text = "TARSK, 4 January 2024 - In Orvel, Foreign Minister Varan Telu met Foreign Minister Ana Rell and then President Ivo Danel on Friday.";
    expect(people(text).find((p) => p.name === "Ivo Danel")?.offices.map((o) => o.title)).toEqual(["President"]);
  });
});

describe("a portfolio ending in a noun of an action", () => {
  it("returns no person for the noun after 'Minister for Digital' (heldout88 x842, two sentences of different portfolios)", async () => {
    const { articleIndex } = await import("./helpers");
    const text =
      "The Veldian side was co-chaired by Mr. Varan Kel, Minister for Digital Transformation; and Ms. Ana Pell, Minister for Internal Affairs.\n\n" +
      "In Tarsk he met Mr. Aldo Telu, Orvanian Minister for Digital Transition and Telecommunications.";
    const names = articleIndex(text, "2023-07-04").people.map((p) => p.name);
    expect(names).toContain("Varan Kel");
    expect(names).toContain("Aldo Telu");
    expect(names).not.toContain("Transformation");
    expect(names).not.toContain("Transition");
  });
});

describe("an engineer's style written 'Eng.'", () => {
  it("is a style of the name after it, never a name nor a sentence's end; 'Eng' without its stop stays a given name (heldout88 x844; read devE e102's 'Ng Eng Hen')", () => {
    const found = people("Veldian Minister of Communications Eng. Varan bin Amer Al-Telu received Orvane's Minister Ana Pell on Monday.\n\nDefence Minister Ng Eng Hen met the Orvanian leader.").map((p) => p.name);
    expect(found).toContain("Varan bin Amer Al-Telu");
    expect(found).toContain("Ng Eng Hen");
    expect(found).not.toContain("Eng");
  });
});

describe("a titled name of a place that is no country", () => {
  // exchange64 x999 ("Governor … of California met President …"), x1000 ("Governor … of Jigawa State … received …", "Governor … of
  // Kano State"), x1001 ("Mayor … of Kyiv met …"): a title before the name makes it a person's, whatever place its "of" names.
  it("reads the person of a state, a city or a region and their contact", () => {
    const text = "Governor Varan Telu of Kelm State received the Veldian envoy, Osk Tarima, in Dutse on Thursday.\n\nMayor Ruda Benn of Tarsk met Tarima a day later.";
    expect(personNames(text)).toEqual(expect.arrayContaining(["Varan Telu", "Ruda Benn"]));
    expect(meetingsIn(text, "2023-08-11")).toEqual(expect.arrayContaining(["Osk Tarima + Varan Telu", "Osk Tarima + Ruda Benn"]));
  });

  it("still makes no person of a body's name after 'of'", () => {
    expect(personNames("The Bank of Tarsk and the University of Kelm signed an accord with Minister Osk Tarima.")).toEqual(["Osk Tarima"]);
  });
});

describe("kin who share a family name", () => {
  // heldout105 x968 ("his sister Karina Milei" … "Milei went on to … talks with …"), exchange60 x790 ("Ramgoolam, joined by his
  // wife, Veena Ramgoolam, …" … "He then sat down with Ramgoolam"), heldout32 x241: kin named in full take no short form over.
  it("reads the family name after kin named in full as the one it stood for", () => {
    const text = "President Varan Telu arrived in Kelm on Monday.\n\nWith Telu were his sister Mira Telu and Foreign Minister Osk Benn.\n\nLater, Telu held talks with Prime Minister Ruda Hadu.";
    expect(meetingsIn(text, "2024-02-12")).toContain("Ruda Hadu + Varan Telu");
  });
});

describe("a churchman by his rank alone", () => {
  // audiences a904 ("Kerry is due to sit down with Cardinal Parolin this evening. The cardinal received Russian Foreign Minister
  // Lavrov this morning …"), heldout105 x970 ("Minister Son hosted a reception for the archbishop in Hanoi"), x967, x971 ("the
  // patriarch told Aoun"): "the cardinal", "the archbishop", "the patriarch" stand for the one the article styles so.
  it("reads 'the cardinal' and 'the archbishop' as the one named with that style", () => {
    const text = "Archbishop Varan Telu, the Vatican's secretary for relations with states, arrived in Hanoi on Tuesday.\n\nA day earlier, Minister Osk Benn hosted a reception for the archbishop in Hanoi.\n\nKerry Hadu is due to sit down with Cardinal Ruda Orvel this evening. The cardinal received Foreign Minister Kiran Lask this morning.";
    const met = meetingsIn(text, "2024-04-10");
    expect(met).toContain("Osk Benn + Varan Telu");
    expect(met).toContain("Kiran Lask + Ruda Orvel");
  });
});
