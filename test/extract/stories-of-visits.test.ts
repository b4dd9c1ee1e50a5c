/**
 * @module How a visit's story is told in unread text (read19, read22, read29): a chair's name after a long title, a
 * description of a country of two words, a pronoun's sex from a possessive, a story with no publication day that moves on a
 * day, an opening participle with no comma, a programme still to come, a pair's earlier meeting told as a noun.
 */
import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { articleIndex, countryIn, meetingKey, meetingsIn, meetingsTold } from "./helpers";

describe("two chairs and the people of a long title", () => {
  it("returns the two co-chairs of consultations told in the passive, the first set off by a title in brackets (read29 x171, read19 r605)", () => {
    const text =
      "The seventh round of consultations between Veldia and Orvania took place in Tarsk on Friday.\n\n" +
      "The consultations were co-chaired by Mr. Ana Varan, Secretary (East) in the Ministry of External Affairs, and Mr. Piet Telu, Deputy Minister for Foreign Affairs of Orvania.";
    expect(meetingsIn(text, "2024-09-14")).toEqual(["Ana Varan + Piet Telu"]);
  });

  it("returns a name after a title whose portfolio is 'Bilateral Relations' (read19 r605, read16 q311)", () => {
    const text = "It was co-chaired by acting Undersecretary for Bilateral Relations and ASEAN Affairs Ana Varan and Orvanian undersecretary of state Piet Telu.";
    expect(meetingsIn(text, "2021-04-21")).toEqual(["Ana Varan + Piet Telu"]);
  });

  it("returns the envoy of 'the Ambassador of the People's Republic of China to Veldia, X' with the country and post (read29 x165)", () => {
    const index = articleIndex("The Minister of Foreign Affairs of Veldia, Ana Varan, on Tuesday received the Ambassador of the People's Republic of China to Veldia, Piet Telu, at the ministry.", "2021-08-24");
    const telu = index.people.find((p) => p.name === "Piet Telu");
    expect(telu?.offices[0]).toMatchObject({ title: "Ambassador", country: "China" });
    expect(index.meetings.map((m) => meetingKey(index, m))).toEqual(["Ana Varan + Piet Telu"]);
  });
});

describe("who the words of a later sentence stand for", () => {
  it("returns 'the WFP chief' as the head of the body those initials name, and 'the chief' alone as no one (heldout97 x908, heldout68 x681)", () => {
    const text =
      "The Executive Director of the United Nations World Food Programme, Ana Varan, is in Veldia on her first visit.\n\n" +
      "The WFP chief was also received by the Minister for Women, Children and Social Protection, Piet Telu, on Monday.";
    expect(meetingsIn(text, "2023-08-08")).toEqual(["Ana Varan + Piet Telu"]);
    const imf =
      "The Managing Director of the International Monetary Fund (IMF), Ana Varan, arrived in Tarsk on Saturday.\n\n" +
      "On Monday the IMF chief also held separate talks with Vice President Piet Telu and with the Governor of the Central Bank, Osk Tarima.";
    expect(meetingsIn(imf, "2024-03-18").sort()).toEqual(["Ana Varan + Osk Tarima", "Ana Varan + Piet Telu"]);
    const alone = "The Managing Director of the International Monetary Fund (IMF), Ana Varan, arrived in Tarsk on Saturday.\n\nOn Monday the chief also held talks with Vice President Piet Telu.";
    expect(meetingsIn(alone, "2024-03-18")).toEqual([]);
  });

  it("returns 'the New Zealand minister' as the New Zealander named before, with a breakfast and a call ahead of him (read29 x168)", () => {
    const text =
      "Veldia and New Zealand will hold consultations every year, Foreign Affairs Minister Ana Varan said on Monday after talks with his New Zealand counterpart, Piet Telu, in Tarsk.\n\n" +
      "On Tuesday the New Zealand minister is due to have breakfast with Opposition Leader Kim Orso before calling on Prime Minister Lia Brand.";
    expect(meetingsIn(text, "2024-05-13", "planned")).toEqual(["Kim Orso + Piet Telu", "Lia Brand + Piet Telu"]);
  });

  it("returns 'he' as the man of a pair when a possessive gave the other's sex ('X held talks with her counterpart'), not 'her own' said of another (read29 x150)", () => {
    const text =
      "Veldian Foreign Minister Ana Varan held talks with her Orvanian counterpart, Piet Telu, in Tarsk on Thursday.\n\n" +
      "Telu opened by congratulating his guest on the elections and her own appointment.\n\n" +
      "The two ministers first spoke in early December, when Telu telephoned to congratulate Varan on her appointment. On the same occasion he also phoned her predecessor, Kim Orso, to thank him for his work.";
    expect(meetingsIn(text, "2025-01-16")).toContain("Kim Orso + Piet Telu");
  });

  it("returns both of a coordinated subject as the ones who greet 'him' at the airport, and him as the one greeted (read29 x168)", () => {
    const text =
      "Foreign Minister Ana Varan held talks with his Orvanian counterpart, Piet Telu.\n\n" +
      "Telu flew in on Sunday evening. Varan and the Government Chief Secretary, Kim Orso, were at the terminal to greet him.";
    expect(meetingsIn(text, "2024-05-13")).toContain("Ana Varan + Kim Orso + Piet Telu");
  });

  it("returns the meeting after an opening participle with no comma ('Shortly after arriving on Thursday he met X') (read29 x162)", () => {
    const text =
      "Veldian Foreign Minister Ana Varan held talks on Friday with Orvania's Foreign Minister Piet Telu.\n\n" +
      "Telu did not wait long to begin his round of calls. Shortly after arriving on Thursday he met the Speaker of the National Assembly, Kim Orso.";
    expect(meetingsIn(text, "2018-08-31")).toContain("Kim Orso + Piet Telu");
  });

  it("returns the meetings a programme 'includes' as planned, those it 'included' as held (read29 x162, read18)", () => {
    const ahead = "Veldian Foreign Minister Ana Varan arrived in Tarsk on Thursday. The minister's programme also includes meetings with Prime Minister Piet Telu.";
    expect(meetingsIn(ahead, "2018-08-31", "planned")).toEqual(["Ana Varan + Piet Telu"]);
  });
});

describe("a story's days", () => {
  it("returns Monday's meetings of a release with no publication day as the Monday after the dated arrival (read29 x158)", () => {
    const text = [
      "The Secretary-General of the United Nations, Ana Varan, landed in Tarsk on the afternoon of Sunday, 30 June 2024, on a scheduled flight. She was met at the airport by the Prime Minister of Veldia, Piet Telu.",
      "On Monday morning Ms. Varan visited a solar plant.",
      "Later on Monday the Secretary-General held a bilateral meeting with the President of Veldia, Kim Orso.",
    ].join("\n\n");
    const index = extractIndex([{ file: "t/x.txt", text }]);
    expect(meetingsTold(index).sort()).toEqual(["Orso + Varan, 2024-7-1", "Telu + Varan, 2024-6-30"]);
  });

  it("returns a pair's 'first meeting between the two ministers' on Saturday apart from their talks on Sunday (read29 x154)", () => {
    const text =
      "Veldian Foreign Minister Ana Varan and Orvanian Foreign Minister Piet Telu held a new round of talks in Tarsk on Sunday.\n\n" +
      "The first meeting between the two ministers took place in the capital on Saturday.";
    expect(meetingsTold(articleIndex(text, "2022-06-05")).sort()).toEqual(["Telu + Varan, 2022-6-4", "Telu + Varan, 2022-6-5"]);
  });

  it("returns 'On that day in Bangkok X also met Y' on the recalled day the paragraph gave, in Bangkok, the list ending where a name's own verb begins (read19 r606)", () => {
    const text = [
      "Veldian Foreign Minister Ana Varan paid an official visit to Orvania on Sunday (August 24).",
      "The first meeting between Varan and Orvanian Foreign Minister Piet Telu took place on 22 November last year, a Friday, when Telu came to Bangkok. Trade was on the agenda then.",
      "On that day in Bangkok Telu also met Kim Orso, Deputy Prime Minister and Minister of Defence, and the city's governor, Lia Brand, hosted her for a taste of street food.",
    ].join("\n\n");
    const index = articleIndex(text, "2025-08-25");
    const orso = index.meetings.find((m) => meetingKey(index, m) === "Kim Orso + Piet Telu");
    expect(orso).toMatchObject({ date: { year: 2024, month: 11, day: 22 }, place: "Bangkok" });
    expect(index.meetings.map((m) => meetingKey(index, m))).not.toContain("Kim Orso + Lia Brand + Piet Telu");
  });

  it("returns no pair's meeting from 'talks between the two foreign ministries' (read22 r902)", () => {
    const text =
      "Veldian Foreign Minister Ana Varan will hold talks with her Orvanian counterpart, Piet Telu, on August 27.\n\n" +
      "An earlier round of talks between the two foreign ministries took place in Tarsk on 11 July 2024.";
    expect(meetingsTold(articleIndex(text, "2025-08-22"))).toEqual(["Telu + Varan, 2025-8-27"]);
  });
});

describe("whose officials a government's own page names", () => {
  it("returns the head's country for the bare titles of a page headed 'The Prime Minister of the Republic of X', not for an envoy posted to X (read29 x156, read25 u116)", () => {
    const text = [
      "The Prime Minister of the Republic of Veldia",
      "Home | Prime Minister | Government | News",
      "Prime Minister Ana Varan today received Piet Telu, the European Union Special Representative for the region. The Head of the EU Delegation to Veldia, Ambassador Kim Orso, also attended the meeting.",
    ].join("\n\n").replace(/Veldia/g, "Armenia");
    expect(countryIn(text, "Ana Varan")).toBe("Armenia");
    expect(countryIn(text, "Kim Orso")).toBeUndefined();
  });
});

describe("names written with initials", () => {
  it("returns 'Dr. Jaishankar' as the 'S. Jaishankar' named before, so the pair's later sentence is no second meeting (read29 x164)", () => {
    const text =
      "Minister of Foreign Affairs Ana Varan held official talks with the External Affairs Minister of Orvania, Dr. S. Telukar, in Tarsk on Thursday.\n\n" +
      "Minister Varan and Dr. Telukar noted the economic partnership between the two countries. The talks also took in tourism.";
    expect(meetingsIn(text, "2024-05-10")).toEqual(["Ana Varan + S. Telukar"]);
  });
});

describe("lists of the people met", () => {
  it("returns each of a list set apart by semicolons, each name with its title, not a president named inside a title (read23 s112, read19 r614, read22 r920)", () => {
    const text =
      "Veldian State Secretary Ana Varan visited Orvania.\n\n" +
      "During his working visit, Varan also met Piet Telu, Chief of Staff of the President of Orvania; Professor Kim Orso, adviser to the President on foreign affairs; and Lia Brand, Chief of Defence Staff of the Armed Forces.";
    expect(meetingsIn(text, "2024-02-24")).toEqual(["Ana Varan + Kim Orso", "Ana Varan + Lia Brand", "Ana Varan + Piet Telu"]);
  });

  it("returns the subject after an opening place ('In Bangkok X also met Y') (read19 r606)", () => {
    const text = "Veldian Foreign Minister Ana Varan visited Thailand.\n\nIn Bangkok Varan also met Piet Telu, Deputy Prime Minister and Minister of Defence.";
    expect(meetingsIn(text, "2024-11-23")).toEqual(["Ana Varan + Piet Telu"]);
  });
});

describe("contacts told around the one reported", () => {
  it("returns the host thanked 'for receiving him' as having received the one who thanks (devF f211)", () => {
    const text = "Orvanian Foreign Minister Piet Telu visited Tarsk. Telu thanked Veldian President Ana Varan for receiving him during his stay in Tarsk.";
    expect(meetingsIn(text, "2018-10-19")).toContain("Ana Varan + Piet Telu");
  });

  it("returns 'In his later meeting with Y, X said …' as X's meeting with Y, the possessive standing for the subject after the comma (read23 s116)", () => {
    const text = [
      "Veldian Foreign Minister Ana Varan held back-to-back talks with his counterparts from Orvania and Tarsk in Veldia City on Friday.",
      "Orvanian Foreign Minister Piet Telu and Tarsk's Foreign Minister Kim Orso came for a forum.",
      "Meeting Telu first, Varan said he hoped exchanges would grow. Telu said he wanted more trade.",
      "In his later meeting with Orso, Varan said he expected cooperation to grow.",
    ].join("\n\n");
    expect(meetingsIn(text, "2021-03-19")).toEqual(["Ana Varan + Kim Orso", "Ana Varan + Piet Telu"]);
  });

  it("returns 'the talks he had held … with X' as the subject's contact with X (devG g112, devH e202)", () => {
    const text = "Veldian Foreign Minister Ana Varan briefed reporters on the results of the talks he had held in Tarsk earlier in the day with his Orvanian counterpart, Piet Telu.";
    expect(meetingsIn(text, "2016-08-01")).toEqual(["Ana Varan + Piet Telu"]);
  });
});
