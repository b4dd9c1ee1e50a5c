import { describe, expect, it } from "vitest";
import { homeCountry } from "../../src/extract/dateline";
import { extractIndex } from "../../src/extract/index";
import { personNamed } from "./helpers";

const indexOfText = (text: string) => extractIndex([{ file: "t/x.txt", text: ` date 2024-05-01\n${text}` }]);
const countryOf = (text: string, name: string) => personNamed(indexOfText(text), name)?.offices[0]?.country;

describe("the home country of an article with no dateline city", () => {
  it("returns the country of the national agency in the dateline or closing the text", () => {
    expect(homeCountry("Doha, April 20 (QNA) - The Amir received …", ["QNA"])).toBe("Qatar");
    expect(homeCountry("Talks were held.\n\nTwo-way trade stood at US$690 million (RM3.02 billion). — Bernama\n\nGet breaking news alerts: follow our official WhatsApp channel.", [])).toBe("Malaysia");
    expect(homeCountry("Talks were held.\n\n--IANS", [])).toBe("India");
  });

  it("returns the country of a government portal that publishes the page", () => {
    expect(homeCountry("Government of Hungary | Ministry of Foreign Affairs and Trade | News\n\nThe talks …", [])).toBe("Hungary");
    expect(homeCountry("The talks …\n\nList  Copyright © Ministry of Foreign Affairs, Republic of Korea. All Rights Reserved.", [])).toBe("South Korea");
  });

  it("returns the country of a paper named after its city or country, or of the head of state's site", () => {
    // shapes of a national daily's masthead and a presidency's page head
    expect(homeCountry("THE NAIROBI LEDGER          e-paper | Log in\nHome  National  Politics\n\nThe talks …", [])).toBe("Kenya");
    expect(homeCountry("GHANA DAILY EXPRESS\nNews | Nation | World\n\nThe talks …", [])).toBe("Ghana");
    expect(homeCountry("Skip to main content\nPresident of Estonia | Office of the President\n\nThe talks …", [])).toBe("Estonia");
  });

  it("reads no home from a paper named for no place, nor from a headline naming a president", () => {
    expect(homeCountry("THE HARBOUR TIMES\nHome | Politics\n\nThe talks …", [])).toBeUndefined();
    expect(homeCountry("Foreign Minister Varan meets President of Georgia\n\nThe talks …", [])).toBeUndefined();
  });

  it("returns nothing for an international wire's story", () => {
    expect(homeCountry("BEIJING, March 19 (Reuters) - The talks …\n\n(Reporting by Reuters staff; Editing by the Asia desk)", ["Reuters"])).toBeUndefined();
  });

  it("gives a bare national title of a portal's story the portal's country", () => {
    const text = [
      "Government of Hungary | Ministry of Foreign Affairs and Trade | News",
      "Hungarian-Slovenian consultation reviews follow-up to government summit",
      "On 2 June 2016, Deputy State Secretary Kristóf Altusz hosted David Brozina, Deputy State Secretary for EU Affairs at the Slovenian Ministry of Foreign Affairs, for talks in Budapest.",
      "Speaking to the press, he said that Hungary and Slovenia are committed to reducing the migration pressure, adding that the plan put forward by Prime Minister Viktor Orbán is a workable alternative.",
    ].join("\n\n");
    expect(countryOf(text, "Viktor Orbán")).toBe("Hungary");
  });

  // "Sultanate of Oman - Ministry of Foreign Affairs … Tehran, 30 December 2024 … Sayyid Badr bin Hamad Al Busaidi, Foreign
  // Minister, met on Monday in Tehran with Abbas Araghchi, Minister of Foreign Affairs of the Islamic Republic of Iran" (read28 x146)
  it("gives a bare title of a government's own page the page's country, even filed from another country's capital", () => {
    const text = [
      "Republic of Hungary - Ministry of Foreign Affairs",
      "Home > Media Centre > News",
      "Foreign Minister reviews ties in Tokyo",
      "Tokyo, 2 June 2016",
      "Kristóf Altusz, Foreign Minister, met on Monday in Tokyo with Kaito Rasa, Minister for Foreign Affairs of Japan.",
      "The meeting was attended by Péter Varga, Head of the Asia Department at the Foreign Ministry, and by the Ambassador of Hungary to Japan.",
    ].join("\n\n");
    const index = extractIndex([{ file: "t/x.txt", text }]);
    expect(personNamed(index, "Kristóf Altusz")?.country).toBe("Hungary");
    expect(personNamed(index, "Péter Varga")?.country).toBe("Hungary");
    expect(personNamed(index, "Kaito Rasa")?.country).toBe("Japan");
  });

  it("gives no home country to someone a sentence ties to another country, ", () => {
    const portal = [
      "Copyright notice: Ministry of Foreign Affairs of Japan",
      "Japan and Kenya review ties",
      "Foreign Minister Taro Kono of Japan met Kenyan officials in Tokyo. In Nairobi, Prime Minister Ruto said Kenya welcomed the talks.",
    ].join("\n\n");
    expect(countryOf(portal, "Ruto")).not.toBe("Japan");
  });

  it("gives those named after a country's delegation that country, not the home country", () => {
    const text = [
      "SOLOMON ISLANDS GOVERNMENT Ministry of Foreign Affairs and External Trade",
      "Solomon Islands' Minister of Foreign Affairs, Hon. Jeremiah Manele, held talks with Papua New Guinea's Deputy Prime Minister, Hon. John Rosso, in Honiara.",
      "The PNG delegation led by DPM Rosso includes the Minister for Internal Security, Hon. Peter Tsiamalili Jnr, and senior officials.",
    ].join("\n\n");
    expect(countryOf(text, "Peter Tsiamalili Jnr")).toBe("Papua New Guinea");
    // "the Ukrainian delegation led by Foreign Minister Andrii Sybiha" (another source)
    expect(countryOf("Sikorski hosted the Ukrainian delegation led by Foreign Minister Andrii Sybiha at his residence on Friday.", "Andrii Sybiha")).toBe("Ukraine");
  });
  it("ties only the name before 'X, the Country's Title' to that country, not its host in the sentence", () => {
    const qna = "Doha, September 7 (QNA) - Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani, HE the Prime Minister and Minister of Foreign Affairs, received a phone call on Saturday from HE Yvette Cooper, the United Kingdom's Secretary of State for Foreign Affairs. Qatar has been mediating in Gaza.";
    expect(countryOf(qna, "Mohammed bin Abdulrahman bin Jassim Al-Thani")).toBe("Qatar");
    const portal = [
      "Ministry of Foreign and European Affairs of the Slovak Republic Home | The Ministry | Press",
      "State Secretary Ivan Korčok received Péter Szijjártó, Hungary's Minister of Foreign Affairs and Trade, at the ministry on Tuesday. He called Slovakia a friend.",
    ].join("\n\n");
    expect(countryOf(portal, "Ivan Korčok")).toBe("Slovakia");
    expect(countryOf(portal, "Péter Szijjártó")).toBe("Hungary");
  });
});
