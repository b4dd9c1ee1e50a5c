import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { personNamed } from "./helpers";

// Made-up people in real countries, in the shapes of ministry releases and agency copy on envoys and their calls.
const indexOfText = (text: string) => extractIndex([{ file: "t/x.txt", text: ` date 2024-05-01\n${text}` }]);

describe("an envoy posted 'in' a place", () => {
  it("reads 'Veldia's Ambassador in Orvane' before or after the name as posted there, not of that country", () => {
    // shapes of a national daily and an agency: "<country>'s Ambassador in <country or capital> <name>"
    const before = indexOfText("Kenya's Ambassador in Japan, Varan Telmo, on Tuesday met Trade Minister Orvel Kasuda.");
    const envoy = personNamed(before, "Varan Telmo");
    expect(envoy?.country).toBe("Kenya");
    expect(envoy?.offices[0]?.to).toBe("Japan");
    const capital = indexOfText("US Ambassador in Dhaka Halvik Brenner today paid a courtesy call on the Minister, Telu Rashan.");
    expect(personNamed(capital, "Halvik Brenner")?.offices[0]?.to).toBe("Bangladesh");
    const after = indexOfText("Kestas Morrow, Ghana's Ambassador in Italy, on Monday met Health Minister Orvane Bellin in Rome.");
    expect(personNamed(after, "Kestas Morrow")?.country).toBe("Ghana");
  });

  it("reads 'the Ambassador of Veldia in Orvane, A' and 'the Chargé d'Affaires of the Veldian Embassy in Orvane, A' as Veldia's", () => {
    // shapes of two ministry releases: "received the Ambassador of <country> in <capital>, H.E. <name>",
    // "the Chargé d'Affaires of the <demonym> Embassy in <country>, <name>"
    const ambassador = indexOfText("On 4 June, Foreign Minister Orvel Kasuda received the Ambassador of Romania in Chisinau, H.E. Varan Telmo, whose posting is ending.");
    const envoy = personNamed(ambassador, "Varan Telmo");
    expect(envoy?.country).toBe("Romania");
    expect(envoy?.offices[0]).toEqual(expect.objectContaining({ country: "Romania", to: "Moldova" }));
    const charge = indexOfText("Also at the talks were Deputy Minister Kestas Morrow and the Chargé d'Affaires of the Colombian Embassy in Norway, Halvik Brenner.");
    expect(personNamed(charge, "Halvik Brenner")?.country).toBe("Colombia");
  });
});

describe("an envoy posted 'in' a city of several words, or a chargé d'affaires posted 'in' a place", () => {
  it("reads the name set off after 'Veldia's ambassador in <city of two words>,' and 'Veldia's chargé d'affaires in <city>,' as that envoy's", () => {
    // heldout13 n203_chile_argentina_cancilleres; read19 r605_philippines_poland (both a key person of a meeting, unread before)
    const n203 = indexOfText("In the first months of her tenure, Mondino received Chile's ambassador in Buenos Aires, José Antonio Viera-Gallo, at the Palacio San Martín.");
    expect(personNamed(n203, "José Antonio Viera-Gallo")?.offices[0]).toEqual(expect.objectContaining({ country: "Chile", to: "Argentina" }));
    const r605 = indexOfText("Philippine Ambassador to Poland Lea Basinang Ruiz and Poland's chargé d'affaires in Manila, Jarosław Szczepankiewicz, also took part.");
    expect(personNamed(r605, "Jarosław Szczepankiewicz")?.offices[0]).toEqual(expect.objectContaining({ country: "Poland", to: "Philippines" }));
  });
});

describe("the official an envoy calls on", () => {
  it("is of the country the envoy is posted to", () => {
    // shapes of two ministry releases: "the Ambassador of X to Y, <name>, paid a courtesy call on Home Minister <name>",
    // "Minister of Foreign Affairs <name> received the Ambassador of X to Y <name>"
    const call = indexOfText("The newly appointed Ambassador of France to Nepal, Varan Delmas, paid a courtesy call on Home Minister Telu Kharel.\n\nThe two discussed matters of mutual interest.");
    expect(personNamed(call, "Telu Kharel")?.country).toBe("Nepal");
    const received = indexOfText("On March 3, Minister of Foreign Affairs Orvel Batsukh received the Ambassador Extraordinary and Plenipotentiary of Chile to Mongolia Halvik Roca.");
    expect(personNamed(received, "Orvel Batsukh")?.country).toBe("Mongolia");
  });

  it("is not the host's when the envoy sits beside the leaders of home, nor when the one met travelled there", () => {
    // shapes of a presidency's release and a national daily: the envoy among the home side's ministers; the envoy at the airport
    const home = indexOfText(
      "President Varan Widarto received Prime Minister Telu Marapa of Papua New Guinea at the palace in Bogor on Thursday.\n\nSitting in on the talks with the president were Trade Minister Orvel Lutan, Deputy Foreign Minister Kestas Siren and Halvik Supan, Indonesia's ambassador to Papua New Guinea.",
    );
    expect(personNamed(home, "Orvel Lutan")?.country).not.toBe("Papua New Guinea");
    const airport = indexOfText("Foreign Minister Varan Qadir arrived in Beijing on Friday for a two-day official visit. Pakistan's Ambassador in China Telu Haqim, along with officials of the Chinese foreign ministry, received Qadir at the airport.");
    expect(personNamed(airport, "Varan Qadir")?.country).not.toBe("China");
  });
});

describe("a given name that is also a title", () => {
  it("keeps 'Amir' between a given name and a surname in the name, and the counterpart's country off the subject", () => {
    // shapes of a national daily and a state daily: "his <demonym> counterpart <given> Amir <surname>"
    const index = indexOfText("Foreign Minister Varan Zardan on Thursday welcomed his Iranian counterpart Telu Amir Kestavi at the ministry in Islamabad.");
    expect(personNamed(index, "Telu Amir Kestavi")?.country).toBe("Iran");
    expect(personNamed(index, "Varan Zardan")?.country).not.toBe("Iran");
  });
});

describe("a list of envoys named by country", () => {
  it("gives each envoy of no title the plural's post and the country beside the name", () => {
    // shapes of an agency's preview and a national daily's list: "The following Ambassadors …: A of X, B of Y",
    // a heading "Ambassadors" over lines "- A (X)"
    const inline = indexOfText("President Varan Orlov is to receive new ambassadors on Wednesday.\n\nThe following Ambassadors Extraordinary and Plenipotentiary will be the President's guests: Telu Haddan of Syria, Kestas Gutar of Tunisia and Orvel Jonsen of Iceland.");
    expect(personNamed(inline, "Kestas Gutar")?.offices).toContainEqual(expect.objectContaining({ title: "Ambassador", country: "Tunisia" }));
    const headed = indexOfText("President Halvik Tanubo on Thursday received letters of credence from three new envoys at State House in Abuja.\n\nThe envoys who presented credentials were:\n\nAmbassadors\n- Varan Mahat (Chad)\n- Telu Lekor (Gabon)\n\nHigh Commissioners\n- Orvel Kabiru (Bangladesh)");
    expect(personNamed(headed, "Telu Lekor")?.offices).toContainEqual(expect.objectContaining({ title: "Ambassador", country: "Gabon" }));
    expect(personNamed(headed, "Orvel Kabiru")?.offices).toContainEqual(expect.objectContaining({ title: "High Commissioner", country: "Bangladesh" }));
  });

  it("gives no post to people named by country in a list no plural of envoys announces", () => {
    const index = indexOfText("The summit brought together Varan Selim of Turkey, Telu Morant of France and Kestas Ibara of Japan.");
    expect(personNamed(index, "Telu Morant")?.offices.map((o) => o.title) ?? []).not.toContain("Ambassador");
  });
});

describe("an envoy posted 'to the State of' a country", () => {
  it("reads the country after 'to the State / Sultanate / Kingdom of' as the posting, never as the holder's country", () => {
    // shapes of an agency (corpus c057: "the Ambassador of … to the State of Kuwait, Prince …") and a ministry release
    // (check12 l206: "The Ambassador of Sri Lanka to the Sultanate of Oman, …, paid a courtesy call")
    const sultanate = indexOfText("The Ambassador of Ghana to the Sultanate of Oman, Varan Telmo, paid a courtesy call today on Minister Orvel Kasuda.");
    expect(personNamed(sultanate, "Varan Telmo")?.offices[0]).toEqual(expect.objectContaining({ title: "Ambassador", country: "Ghana", to: "Oman" }));
    const state = indexOfText("The audience was attended by the Ambassador of the Custodian of the Two Holy Mosques to the State of Kuwait, Prince Varan bin Telmo, and by Orvel Kasuda.");
    expect(personNamed(state, "Varan bin Telmo")?.country).not.toBe("Kuwait");
    const kingdom = indexOfText("He received the Ambassador to the Kingdom of Bahrain, Halvik Brenner, on Monday.");
    expect(personNamed(kingdom, "Halvik Brenner")?.offices[0]?.to).toBe("Bahrain");
  });
});
