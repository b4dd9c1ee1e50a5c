/** @module Contacts of unread text (devB, set C's kind): a source's surname that is a person, a time opening the clause, a schedule after a colon, a participle closing a side. */
import { describe, expect, it } from "vitest";
import { articleIndex, meetingKey, meetingsIn } from "./helpers";

/** "A + B" per meeting of one article, held or planned as asked. */
const meetingsOf = (text: string, published: string, status: "held" | "planned" = "held"): string[] => meetingsIn(text, published, status);

describe("a person credited as a source ('According to X,')", () => {
  it("returns X's contact when X is the surname of someone the article names in full (c022, News24)", () => {
    const text =
      "President Cyril Ramaphosa has at last had a telephone conversation with Ukraine's President Volodymyr Zelensky, weeks after Pretoria first asked for one.\n\n" +
      "According to Ramaphosa, Zelensky is looking forward to closer ties with the continent.\n\n" +
      "The contact comes more than a month after Ramaphosa spoke by telephone with Russian President Vladimir Putin on March 10.";
    expect(meetingsOf(text, "2022-04-21")).toContain("Cyril Ramaphosa + Vladimir Putin");
  });

  it("returns the contact of the one a fronted clause names, not the speaker's, for 'X said that when Y visited, he and Z held …' (c059, TASS)", () => {
    const text =
      "Japanese Foreign Minister Fumio Kishida says he will try to move the peace treaty issue forward.\n\n" +
      "According to Kishida, he has met Lavrov in person eight times.\n\n" +
      "He said Prime Minister Shinzo Abe was determined to settle it.\n\n" +
      "Kishida said that when Russian President Vladimir Putin visited Japan at the end of last year, he and Abe held a one-on-one meeting in Nagato with no other participants.";
    const met = meetingsOf(text, "2017-03-19");
    expect(met).toContain("Shinzo Abe + Vladimir Putin");
    expect(met.join(" ")).not.toMatch(/Fumio Kishida \+ Shinzo Abe/);
  });
});

describe("a time phrase before the subject", () => {
  it("returns the contact of 'Later in the day the Indian minister called on X', not of the people whose greetings a participle conveys (devB k019, news.lk)", () => {
    const text =
      "Foreign Minister Vijitha Herath hosted India's External Affairs Minister, Dr. Subrahmanyam Jaishankar, for bilateral talks at the Ministry of Foreign Affairs in Colombo on the 4th.\n\n" +
      "Later in the day the Indian minister called on President Dissanayake, conveying the warm greetings of Prime Minister Narendra Modi and President Droupadi Murmu.";
    const met = meetingsOf(text, "2024-10-07");
    expect(met).toContain("Dissanayake + Subrahmanyam Jaishankar");
    expect(met.join(" ")).not.toMatch(/Modi|Murmu/);
  });

  it("returns the contact of 'Earlier in the day the Greek minister called on X' (c002, Greek press)", () => {
    const text =
      "Greek Foreign Minister Nikos Dendias met with his Spanish counterpart, José Manuel Albares, in Madrid.\n\n" +
      "Earlier in the day the Greek minister called on Meritxell Batet, the Speaker of the Spanish Congress of Deputies.";
    expect(meetingsOf(text, "2022-05-06")).toContain("Meritxell Batet + Nikos Dendias");
  });
});

describe("meetings still to come, set out after the verb", () => {
  it("returns one planned meeting a counterpart for 'is to hold two bilateral meetings while …: on Tuesday with A, who …, and on Wednesday with B' (devB k010, Finnish MFA)", () => {
    const text =
      "Foreign Minister Timo Soini is to hold two bilateral meetings in Helsinki while the Nordic Council gathers for its Ordinary Session: on Tuesday 31 October with Ine Eriksen Søreide, who has just become Norway's Minister of Foreign Affairs, and on Wednesday 1 November with Denmark's Minister of Foreign Affairs, Anders Samuelsen.";
    expect(meetingsOf(text, "2017-10-27", "planned")).toEqual(["Anders Samuelsen + Timo Soini", "Ine Eriksen Søreide + Timo Soini"]);
  });

  it("reads 'is to hold meetings with A and with B' as planned, never as a passive (devB k014, ANI)", () => {
    const text =
      "Prime Minister Narendra Modi began his first official visit to Trinidad and Tobago on Thursday.\n\n" +
      "Over his two-day stay, on July 3 and 4, Modi is to hold meetings with President Christine Carla Kangaloo and with Prime Minister Persad-Bissessar, officials said.";
    expect(meetingsOf(text, "2025-07-03", "planned")).toEqual(expect.arrayContaining(["Christine Carla Kangaloo + Narendra Modi"]));
  });
});

describe("a schedule of contacts with leaders of several countries", () => {
  it("returns one planned contact with each of 'is set to meet UK Prime Minister A, Japanese Prime Minister B, German Chancellor C and Italian Prime Minister D' (devD d010, Firstpost)", () => {
    const text =
      "New Delhi: Prime Minister Narendra Modi will hold over 15 bilateral meetings with world leaders between Friday and Sunday.\n\n" +
      "On Saturday, the opening day of the two-day summit, Modi is set to meet UK Prime Minister Rishi Sunak, Japanese Prime Minister Fumio Kishida, German Chancellor Olaf Scholz and Italian Prime Minister Giorgia Meloni, alongside the G20 sessions.";
    expect(meetingsOf(text, "2023-09-08", "planned")).toEqual(["Fumio Kishida + Narendra Modi", "Giorgia Meloni + Narendra Modi", "Narendra Modi + Olaf Scholz", "Narendra Modi + Rishi Sunak"]);
  });

  it("returns a contact with each of a schedule that goes on 'as well as with' another leader (devD d016, TASS)", () => {
    const text =
      "Russian President Vladimir Putin arrives in Astana today for the SCO summit.\n\n" +
      "Tomorrow, a day before the main protocol events, Putin is scheduled to sit down with Azerbaijani President Ilham Aliyev, Kazakh President Kassym-Jomart Tokayev and Chinese President Xi Jinping, as well as with Pakistani Prime Minister Shehbaz Sharif, the aide said.";
    expect(meetingsOf(text, "2024-07-02", "planned")).toEqual(["Ilham Aliyev + Vladimir Putin", "Kassym-Jomart Tokayev + Vladimir Putin", "Shehbaz Sharif + Vladimir Putin", "Vladimir Putin + Xi Jinping"]);
  });

  it("returns one meeting of all when the schedule calls it trilateral", () => {
    const text = "Foreign Minister Lena Varga is set to meet Japanese Foreign Minister Kenji Oda and Korean Foreign Minister Park Jin-soo for trilateral talks in Seoul on Monday.";
    expect(meetingsOf(text, "2024-07-02", "planned")).toEqual(["Kenji Oda + Lena Varga + Park Jin-soo"]);
  });

  it("returns one meeting of all for 'will receive A and B', two envoys of one country", () => {
    const text = "President Omar Haldi will receive Kenyan Foreign Minister Ruth Wanjiru and Kenyan Trade Minister Peter Otieno at the palace on Monday.";
    expect(meetingsOf(text, "2024-07-02", "planned")).toEqual(["Omar Haldi + Peter Otieno + Ruth Wanjiru"]);
  });
});

describe("two people agreeing as one subject", () => {
  it("returns their contact for 'X and his counterpart Y agreed that …' (devD d005, corpus c029 in frame examples)", () => {
    const text = "Dominican President Danilo Medina and his Haitian counterpart Michel Martelly agreed that each country would once again have an ambassador in the other's capital.";
    expect(meetingsOf(text, "2015-10-13")).toEqual(["Danilo Medina + Michel Martelly"]);
  });

  it("returns the talks another sentence reports, with their place, when the agreement is told first", () => {
    const text =
      "Foreign Minister Lena Varga and her Kenyan counterpart Ruth Wanjiru agreed on Tuesday to open a joint trade office.\n\n" +
      "Varga held talks with Wanjiru in Mombasa, where she began a two-day visit.";
    const index = articleIndex(text, "2024-07-03");
    expect(index.meetings.map((m) => [meetingKey(index, m), m.place, m.rule])).toEqual([["Lena Varga + Ruth Wanjiru", "Mombasa", "hold-talks"]]);
  });

  // heldout117 1097 ("agreed on Friday …" after a meeting "in Madrid in June 2022" of the same pair)
  it("returns the agreement's own contact beside the pair's meeting of another month that a later sentence recalls", () => {
    const text =
      "Foreign Minister Lena Varga and her Kenyan counterpart Ruth Wanjiru agreed on Tuesday to open a joint trade office.\n\n" +
      "Varga had first raised the idea with Wanjiru when they met in Geneva in March 2023.";
    const index = articleIndex(text, "2024-07-03");
    const dates = index.meetings.map((m) => `${meetingKey(index, m)} ${m.date?.year}-${m.date?.month}`);
    expect(dates).toEqual(expect.arrayContaining(["Lena Varga + Ruth Wanjiru 2024-7", "Lena Varga + Ruth Wanjiru 2023-3"]));
  });

  // corpus c044 ("then held a four-eyed meeting on …, including … the Exchange of Letters signed by the two countries in 2009")
  it("returns one contact for a meeting whose own sentence dates a signing years before", () => {
    const text =
      "Prime Minister Lena Varga received Kenyan President Ruth Wanjiru at her office in Budapest on Tuesday.\n\n" +
      "Varga and Wanjiru then held a one-on-one meeting on bilateral ties, including progress on the exchange of letters signed by the two countries in 2009.";
    expect(meetingsOf(text, "2024-07-03")).toEqual(["Lena Varga + Ruth Wanjiru"]);
  });

  it("returns no contact for 'X and Y failed to agree'", () => {
    const text = "Dominican President Danilo Medina and his Haitian counterpart Michel Martelly failed to agree on the return of the ambassadors.";
    expect(meetingsOf(text, "2015-10-13")).toEqual([]);
  });
});

describe("a contact told in a phrase before the clause of the one who made it", () => {
  it("returns the contact of 'In his meeting with X, Y thanked …' and 'During the talks with X, Y stressed the need …' (devD d013, d014)", () => {
    expect(meetingsOf("In his meeting with Australian Speaker Milton Dick, Indian Speaker Om Birla thanked Australia for its support.", "2023-10-14")).toEqual(["Milton Dick + Om Birla"]);
    expect(meetingsOf("During the talks with Japanese Defence Minister Gen Nakatani, Indian Defence Minister Rajnath Singh stressed the need for closer industrial ties.", "2024-11-22")).toEqual(["Gen Nakatani + Rajnath Singh"]);
  });

  it("returns the contact of 'Meeting X, Y said …' and 'After meeting X on Monday, Y said …' (devD d013, Sansad TV style)", () => {
    expect(meetingsOf("Meeting Bangladeshi Speaker Shirin Chaudhury, Indian Speaker Om Birla said the two Parliaments should work more closely.", "2023-10-14")).toEqual(["Om Birla + Shirin Chaudhury"]);
    expect(meetingsOf("After meeting Chinese Foreign Minister Wang Yi on Monday, Russian Foreign Minister Sergey Lavrov said ties were strong.", "2024-07-03")).toEqual(["Sergey Lavrov + Wang Yi"]);
  });

  it("returns the contact of a caption 'A meeting B' (c019, KUNA)", () => {
    expect(meetingsOf("His Highness the Amir Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah meeting National Assembly Speaker Marzouq Al-Ghanem.", "2020-12-16")).toEqual(["Marzouq Al-Ghanem + Nawaf Al-Ahmad Al-Jaber Al-Sabah"]);
  });

  it("returns no contact, held or planned, for what came before one: 'Before meeting X, Y toured a port'", () => {
    expect(meetingsOf("Before meeting Chinese President Xi Jinping, Kenyan President William Ruto toured a port.", "2024-07-03")).toEqual([]);
    expect(meetingsOf("Before meeting Chinese President Xi Jinping, Kenyan President William Ruto toured a port.", "2024-07-03", "planned")).toEqual([]);
  });

  it("returns the speaker of ', Z said' as no participant still", () => {
    expect(meetingsOf("Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergey Lavrov on Monday, spokesman Lin Jian said.", "2024-07-03")).toEqual(["Sergey Lavrov + Wang Yi"]);
  });
});
