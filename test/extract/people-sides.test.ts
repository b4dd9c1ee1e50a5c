import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { meetingKey, personNamed } from "./helpers";

// Made-up people in real countries, in the shapes of the wire copy and statements the constructions come from.
const indexOfText = (text: string) => extractIndex([{ file: "t/x.txt", text: ` date 2024-05-01\n${text}` }]);
const countryOf = (text: string, name: string) => personNamed(indexOfText(text), name)?.country;

describe("a title set before a name by a comma", () => {
  it("gives the demonym of 'the Fijian Prime Minister, A' to A only, not to another prime minister of the article", () => {
    // shapes of a Pacific desk report and an agency report: "He held talks with the <demonym> Prime Minister, <name>, on Friday"
    const index = indexOfText(
      "Varan Petes chose Fiji for his first trip abroad.\n\nPetes said the government led by Prime Minister Kestas Luxo was committed to the region.\n\nHe held talks with the Fijian Prime Minister, Telu Rabuva, on Friday at a hotel in Suva.",
    );
    expect(personNamed(index, "Telu Rabuva")?.country).toBe("Fiji");
    expect(personNamed(index, "Kestas Luxo")?.country).toBeUndefined();
    expect(index.meetings.map((m) => meetingKey(index, m))).not.toContain("Kestas Luxo + Varan Petes");
  });

  it("gives the country of 'her Swedish counterpart, the Minister for Foreign Affairs, Ms A' to A", () => {
    // shapes of a foreign ministry's media statement and a presidency's press release
    expect(countryOf("During her stay in Stockholm, Minister Halvik Orsa held bilateral talks with her Swedish counterpart, the Minister for Foreign Affairs, Ms Telu Varnstrom.", "Telu Varnstrom")).toBe("Sweden");
    const index = indexOfText(
      "Namibia's Minister of International Relations, Hon. Kestas Orvel-Ndai, and her Botswana counterpart, the Minister of International Affairs and Cooperation, Hon. Dr. Varan Kwelo, co-hosted the session by video link.",
    );
    expect(personNamed(index, "Varan Kwelo")?.offices[0]?.country).toBe("Botswana");
  });

  it("reads the post after the letters of a seat: 'Ms A, MP, President of …'", () => {
    const index = indexOfText("She further met Ms Telu Ohrna, MP, President of the Social Democratic Women in Sweden, on Tuesday.");
    expect(personNamed(index, "Telu Ohrna")?.offices.map((o) => o.title)).toContain("President");
    expect(personNamed(index, "Telu Ohrna")?.country).toBe("Sweden");
  });
});

describe("the people of one side", () => {
  it("gives the people named after 'on the Veldian side were' that side's country, over a list set out with semicolons", () => {
    const index = indexOfText(
      "President Varan Toko met Australian Prime Minister Kestas Albery in Nusa Dua on Monday.\n\nSitting in on the talks on the Indonesian side were the Coordinating Minister for Economic Affairs, Telu Hartawan; Foreign Minister Orvel Marsuna; and Trade Minister Halvik Hasano.",
    );
    for (const name of ["Telu Hartawan", "Orvel Marsuna", "Halvik Hasano"]) expect(personNamed(index, name)?.country).toBe("Indonesia");
    // a semicolon before another country's side ends the first side
    const two = indexOfText("The Kenyan side was represented by Minister Telu Odera; the Ghanaian side by Minister Varan Asamo.");
    expect(personNamed(two, "Telu Odera")?.country).toBe("Kenya");
    expect(personNamed(two, "Varan Asamo")?.country).not.toBe("Kenya");
  });

  it("reads a given name the tagger takes for a verb after a title, so a traveller's whole party keeps its country", () => {
    const index = indexOfText("Australian Prime Minister Kestas Albery arrived in Jakarta on Sunday. He was accompanied by Foreign Minister Telu Wonga, Trade Minister Don Farrow and Industry Minister Orvel Husko.");
    expect(personNamed(index, "Don Farrow")?.country).toBe("Australia");
    expect(personNamed(index, "Orvel Husko")?.country).toBe("Australia");
  });

  it("gives the company of 'who was joined by' to the one it follows, not to the sentence's subject", () => {
    const index = indexOfText(
      "MANILA, May 16 - President Varan Dutero received Papua New Guinea Prime Minister Kestas Onel at the palace on Wednesday.\n\nThe Papua New Guinea leader landed at the air base in Manila on Tuesday. He was welcomed on the tarmac by Agriculture Secretary Telu Pinao, who was joined by City Mayor Orvel Calix and Representative Halvik Tiang.",
    );
    expect(personNamed(index, "Telu Pinao")?.country).toBe("Philippines");
    expect(personNamed(index, "Orvel Calix")?.country).not.toBe("Papua New Guinea");
    expect(personNamed(index, "Halvik Tiang")?.country).not.toBe("Papua New Guinea");
  });
});

describe("the pair of countries an article's people serve", () => {
  it("gives no one the other country of the pair when the text makes a third country a party", () => {
    // the visitor's own country written only in a title after "as" the reader does not take: no Tuvalu for him
    const index = indexOfText(
      "Varan Petes chose Fiji for his first trip since returning as New Zealand's Deputy Prime Minister.\n\nPetes said the region mattered.\n\nHe held talks with the Fijian Prime Minister, Telu Rabuva, on Friday.\n\nPetes shared an informal breakfast with Tuvalu's Prime Minister, Kestas Natoa, who was staying at the same hotel.",
    );
    expect(personNamed(index, "Varan Petes")?.country).not.toBe("Tuvalu");
  });
});

describe("the host of a visit, named by title only", () => {
  it("gives the country of the visited city to whoever receives the visitor there in a post of government", () => {
    // shapes of a ministry's press release and an agency's visit report
    expect(countryOf("Peru's Minister of Foreign Affairs Kestas Mendo visited Seoul this week. He was received by Prime Minister Varan Cholu, who praised the growth of trade.", "Varan Cholu")).toBe("South Korea");
    const index = indexOfText(
      "Vietnamese Deputy Prime Minister Halvik Tranto paid an official visit to Norway from June 4 to 6.\n\nDuring the visit, Tranto met Prime Minister Orvel Solvang and Speaker of Parliament Telu Granne. Prime Minister Solvang said Norway valued its partnership with Vietnam.",
    );
    expect(personNamed(index, "Telu Granne")?.country).toBe("Norway");
  });

  it("gives no country to whom a visitor meets at a gathering of several states, nor to an envoy", () => {
    expect(countryOf("Peru's Minister of Foreign Affairs Kestas Mendo arrived in Seoul for the regional summit. On the sidelines of the summit in Seoul, he met Prime Minister Varan Cholu.", "Varan Cholu")).toBeUndefined();
    expect(countryOf("Peru's Minister of Foreign Affairs Kestas Mendo visited Seoul this week. He was received by Ambassador Varan Cholu.", "Varan Cholu")).toBeUndefined();
  });
});

describe("the country of an institution", () => {
  it("gives the country of the institution that owns a title written before the name", () => {
    expect(countryOf("The Egyptian Foreign Ministry's spokesman, Varan Halmi, said the meeting was constructive.", "Varan Halmi")).toBe("Egypt");
    expect(countryOf("The Chinese embassy's spokesman Telu Wenga said on Monday that ties were good.", "Telu Wenga")).toBe("China");
  });

  it("gives no country of where a body of several states is posted, but the union: 'Head of the Delegation of the European Union to Zambia'", () => {
    const index = indexOfText("LUSAKA - President Varan Hichem accepted the letters of credence of Ms Telu Stasko, Head of the Delegation of the European Union to Zambia, at State House on Tuesday.");
    expect(personNamed(index, "Telu Stasko")?.country).toBe("European Union");
  });

  it("gives the country one represents, and not the dateline's: 'Archbishop A, the Apostolic Nuncio, who represents the Holy See'", () => {
    const index = indexOfText("LUSAKA - President Varan Hichem received the letters of credence of His Excellency Archbishop Telu Perro, the Apostolic Nuncio, who represents the Holy See, on Tuesday.");
    expect(personNamed(index, "Telu Perro")?.country).toBe("Vatican");
    expect(personNamed(index, "Telu Perro")?.offices.map((o) => o.title)).toContain("Apostolic Nuncio");
  });
});

describe("the people of a side named around it", () => {
  it("gives the company of someone named after the subject that someone's country: 'received Y, who was accompanied by A and B'", () => {
    const index = indexOfText(
      "MANILA, May 16 - President Varan Dutero received Papua New Guinea Prime Minister Kestas Onel, who was accompanied by Foreign Minister Telu Rimbo and Trade Minister Orvel Pato, at the palace on Wednesday. Philippine officials said the talks went well.",
    );
    expect(personNamed(index, "Telu Rimbo")?.country).toBe("Papua New Guinea");
    expect(personNamed(index, "Orvel Pato")?.country).toBe("Papua New Guinea");
  });

  it("gives those listed before 'sat on the Kenyan side' and after 'the Kenyan side at the talks included' that side's country", () => {
    const index = indexOfText(
      "ROME, June 3 - Italian Prime Minister Varan Melo held talks with Kenyan President Kestas Ruto at the palace on Monday.\n\nForeign Minister Telu Tajan, Defence Minister Orvel Crosa and Trade Minister Halvik Urso sat on the Kenyan side of the table, according to the palace.\n\nThe Kenyan side at the talks included Foreign Minister Varan Mudava and Trade Minister Telu Bariu.",
    );
    for (const name of ["Telu Tajan", "Orvel Crosa", "Halvik Urso", "Varan Mudava", "Telu Bariu"]) expect(personNamed(index, name)?.country).toBe("Kenya");
  });
});

describe("the post 'as' gives a sentence's subject", () => {
  it("reads 'since returning as New Zealand's Deputy Prime Minister' and 'in her capacity as …' as the subject's post", () => {
    const index = indexOfText("Varan Petes chose Fiji for his first overseas trip since returning as New Zealand's Deputy Prime Minister and Minister of Foreign Affairs, signalling a new approach.\n\nPetes said the region mattered.");
    expect(personNamed(index, "Varan Petes")?.offices.map((o) => [o.title, o.country])).toContainEqual(["Deputy Prime Minister and Minister of Foreign Affairs", "New Zealand"]);
    const chair = indexOfText("Telu Marska spoke in her capacity as Chair of the Committee, and Marska said the talks were useful.");
    expect(personNamed(chair, "Telu Marska")?.offices.map((o) => o.title)).toContain("Chair");
  });

  // "… a day after Giammattei was sworn in as Guatemala's president" (devG g208), "… after being sworn in again as Austria's
  // foreign minister yesterday" (read21 r820), "… who took over as Azerbaijan's foreign minister this summer" (read19 r620)
  it("reads the post a name takes up wherever it stands, and past 'again' after the verb", () => {
    const after = indexOfText("Chilean Foreign Minister Ana Varsa held talks with Orvo Telmas, a day after Telmas was sworn in as Peru's president, and Telmas said he was glad.");
    expect(personNamed(after, "Orvo Telmas")?.offices.map((o) => [o.title, o.country])).toContainEqual(["President", "Peru"]);
    const again = indexOfText("Kestas Orvo wasted no time after being sworn in again as Austria's foreign minister, and Orvo said he would call Tehran.");
    expect(personNamed(again, "Kestas Orvo")?.country).toBe("Austria");
  });

  // "… met Roh Keon-ki, South Korea's Deputy Minister for Trade Negotiations at the Ministry of Trade, Industry and Energy" (read28
  // x144); "Special Representative for International Negotiations" (read21 r823)
  it("reads 'Negotiations' as a portfolio of a title, never as a name", () => {
    const index = indexOfText("BANGKOK, 28 March 2024 - Commerce Minister Kaito Rasa met Telu Varan, South Korea's Deputy Minister for Trade Negotiations at the Ministry of Trade, Industry and Energy, in Bangkok.\n\nVaran said the talks went well.");
    expect(index.people.map((p) => p.name)).not.toContain("Negotiations");
    expect(personNamed(index, "Telu Varan")?.offices[0]).toMatchObject({ title: "Deputy Minister for Trade Negotiations", country: "South Korea" });
    expect(personNamed(index, "Telu Varan")?.offices[0]?.organisation).toBeUndefined();
  });

  // "… formally beginning his mission as Ambassador Extraordinary and Plenipotentiary of Japan to Djibouti" (read28 x148),
  // "… formally began his mission as Ambassador Extraordinary and Plenipotentiary of the Republic of Poland to New Zealand" (read19 r602)
  it("reads an envoy's mission 'as' a post, in a participle after the clause that names the host in between", () => {
    const envoy = indexOfText("Ambassador Kestas Orvo on Monday presented his Letters of Credence to Mr. Telu Varan, President of Kenya, at State House in Nairobi, formally beginning his mission as Ambassador Extraordinary and Plenipotentiary of Japan to Kenya.");
    expect(personNamed(envoy, "Kestas Orvo")?.country).toBe("Japan");
    expect(personNamed(envoy, "Telu Varan")?.country).toBe("Kenya");
    const began = indexOfText("Orvo Telmas formally began his mission as Ambassador Extraordinary and Plenipotentiary of the Republic of Poland to Kenya on 5 May 2024, when he presented his letter of credence.\n\nAmbassador Telmas said the ties were strong.");
    expect(personNamed(began, "Orvo Telmas")?.country).toBe("Poland");
  });

  it("gives a bare post the country of the same post taken up 'as', never another post's", () => {
    const same = indexOfText("Orvo Telmas took office as Peru's president in May.\n\nOn Monday President Telmas received Chilean Foreign Minister Ana Varsa.");
    expect(personNamed(same, "Orvo Telmas")?.offices.map((o) => [o.title, o.country])).toEqual([["President", "Peru"]]);
    const other = indexOfText("Orvo Telmas took office as Peru's trade minister in May.\n\nOn Monday President Telmas received Chilean Foreign Minister Ana Varsa.");
    expect(personNamed(other, "Orvo Telmas")?.country).toBeUndefined();
  });

  it("reads no post once held, nor one another person named before 'as' takes up", () => {
    const served = indexOfText("Kestas Orvo had until then served as Home Secretary, and Orvo said he was glad of the change.");
    expect(personNamed(served, "Kestas Orvo")?.offices ?? []).toEqual([]);
    const other = indexOfText("Telu Varsa offered Halvik Gusto her congratulations following his recent appointment as Prime Minister, and Varsa said she looked forward to working with him.");
    expect(personNamed(other, "Telu Varsa")?.offices.map((o) => o.title) ?? []).not.toContain("Prime Minister");
  });
});
