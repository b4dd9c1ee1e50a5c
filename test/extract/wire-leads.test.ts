/**
 * @module How wire stories and releases tell their contacts in unread text (read30, with a second article of another source
 * each): a country's abbreviation inside an envoy's title, a residence in apposition to its name, a headline's contact the body
 * tells only in other words, a yearless dateline whose weekday fits the year after the latest one named, a "when" clause's own
 * date, an infinitive of purpose after a planned journey, an adviser's "to President X", the heads of two sides under long
 * titles, an object pronoun for the one the sentence before named, "top diplomat", a host's country never the visitor's, "the
 * premier" as the prime minister, a meeting still to come that places nothing.
 */
import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { articleIndex, meetingsIn, meetingsOf, meetingsTold, personNamed } from "./helpers";

describe("titles and names in a lead", () => {
  it("returns the envoy of 'the Ambassador of the United States (US) to Veldia, His Excellency X' with his country and post (read30 x174)", () => {
    const index = articleIndex(
      "Minister of Foreign Affairs Ana Varan has held her first meeting with the newly arrived Ambassador of the United States (US) to Veldia, His Excellency Piet Telu.",
      "2022-05-26",
    );
    expect(personNamed(index, "Piet Telu")?.offices[0]).toMatchObject({ title: "Ambassador", country: "United States" });
    expect(index.meetings).toHaveLength(1);
  });

  it("returns no person for a residence in apposition to its name ('at Karvio, the head of state's official residence') (read30 x194, read21 r819)", () => {
    const index = articleIndex("His first stop was a call on President Ana Varan at Karvio, the head of state's official residence in Tarsk.", "2020-03-03");
    expect(personNamed(index, "Karvio")).toBeUndefined();
  });

  it("returns 'Veldia's top diplomat X' with the country and post (read30 x173, read29 x158)", () => {
    const index = articleIndex("Kenya's top diplomat Ana Varan sat down with Piet Telu, Uganda's foreign minister, in Kampala on Friday.", "2018-11-30");
    expect(personNamed(index, "Ana Varan")?.offices[0]).toMatchObject({ title: "Top Diplomat", country: "Kenya" });
  });

  it("returns an adviser 'to President X' as the one met, not the president (read30 x183)", () => {
    expect(meetingsIn("Veldia's Foreign Minister Ana Varan held talks in Tarsk on Thursday with Piet Telu, special adviser to President Kim Orso.", "2024-01-19")).toEqual(["Ana Varan + Piet Telu"]);
  });
});

describe("a programme, a gathering's city, a story's year, a meeting again", () => {
  it("returns talks a later item of a programme's list tells as planned ('schedule for Saturday includes a stop at …, followed by talks with X') (read30 x173)", () => {
    const text = "Foreign Minister Ana Varan arrived on Thursday.\n\nVaran's schedule for Saturday includes a stop at the mausoleum of Lo Brand, the late founder of the state, followed by talks with Prime Minister Piet Telu.";
    expect(meetingsIn(text, "2018-11-30", "planned")).toEqual(["Ana Varan + Piet Telu"]);
    // (the Saturday after the Friday of publication: a planned contact counts its weekday forward)
    expect(meetingsTold(articleIndex(text, "2018-11-30"))).toEqual(["Telu + Varan, 2018-12-1"]);
  });

  it("returns the city a gathering's name begins with when a comma ends the phrase ('on the sidelines of the London … Conference, X met Y') (read30 x177, read17 q411)", () => {
    const text = "Foreign Minister Ana Varan met Foreign Minister Piet Telu on the sidelines of the London Sudan Conference, the ministry said.";
    expect(meetingsOf(text).map((m) => m.place)).toEqual(["London"]);
  });

  it("returns the day before for a contact 'on the eve of' a summit that opened on a day, or of the meeting the story told (read17 q418, read30 x175)", () => {
    const summit = "The Prime Minister's Office said Prime Minister Ana Varan and President Piet Telu met in Seoul on the eve of the first Veldia-Orvane Summit, which opened on 29 May 2023.";
    expect(meetingsTold(articleIndex(summit, "2023-05-30"))).toEqual(["Telu + Varan, 2023-5-28"]);
    const call =
      "Foreign Secretary Ana Varan hosted Foreign Minister Piet Telu for a meeting on security in Manila on Thursday, 22 June 2017.\n\n" +
      "On the eve of the meeting, President Kim Orso received a telephone call from President Lo Brand.";
    expect(meetingsTold(articleIndex(call, "2017-06-22"))).toContain("Brand + Orso, 2017-6-21");
  });

  it("returns the story's year for a month of a span in a release with no date of its own (read23 s112)", () => {
    const text =
      "On 22 February 2024, Deputy Minister Ana Varan held political consultations in Abidjan with Minister Delegate Piet Telu.\n\n" +
      "During her working visit from 21 to 23 February, Varan also met Kim Orso, Chief of Staff of the President.";
    expect(meetingsTold(extractIndex([{ file: "t/x.txt", text }]))).toContain("Orso + Varan, 2024-2");
  });

  it("returns a meeting to come of all the ministers of the meeting before, never of others ('The ministers agreed to meet again in … in October') (read30 x175, devG g110)", () => {
    const text =
      "Foreign Minister Ana Varan hosted her counterparts, Foreign Minister Piet Telu and Foreign Minister Kim Orso, in Tarsk on Friday.\n\n" +
      "The ministers agreed to meet again in Paris in October.";
    expect(meetingsIn(text, "2022-07-08", "planned")).toEqual(["Ana Varan + Kim Orso + Piet Telu"]);
    const four = "King Lo Brand received Foreign Minister Ana Varan in Tarsk on Sunday.\n\nThe four ministers agreed to meet again in Paris in the near future.";
    expect(meetingsIn(four, "2022-07-08", "planned")).toEqual([]);
  });
});

describe("a contact the headline tells", () => {
  const body = "Orvania's foreign minister, Ana Varan, spent Tuesday in Tarsk. Her first stop was the residence of President Piet Telu, and later she saw Foreign Minister Kim Orso.";

  it("returns the headline's talks when the body tells that contact in no words of contact (read30 x194, read22 w811)", () => {
    expect(meetingsIn(`Varan holds talks with Telu in Tarsk\n\n${body}`, "2020-03-03")).toContain("Ana Varan + Piet Telu");
  });

  it("returns no headline contact of one the body names only by a title ('President Ana meets Y' over 'Ana B. Varan … the president') (read30 x196)", () => {
    const text = "President Ana meets Telu in Tarsk\n\nAna B. Varan, the President of Kenya, held a meeting today with Piet Telu, the Prime Minister of Uganda. The president also met students.";
    expect(meetingsIn(text, "2017-03-22")).toEqual(["Ana B. Varan + Piet Telu"]);
  });

  it("returns no second meeting when the body tells the headline's contact itself", () => {
    const text = "Varan meets Telu in Tarsk\n\nOrvania's foreign minister, Ana Varan, met President Piet Telu in Tarsk on Tuesday.";
    expect(meetingsIn(text, "2020-03-03")).toEqual(["Ana Varan + Piet Telu"]);
  });
});

describe("the day of a contact", () => {
  it("returns no year for a yearless dateline when no year named fits the lead's weekday, not the year after the latest named (read30 x178, heldout36 x350)", () => {
    const coup = "TARSK, March 21 (Wire) -- Veldia's envoy Ana Varan held talks Monday with Orvania's leader, Piet Telu, in Tarsk, the first visit by an envoy since the February 2021 coup.";
    const border = "TARSK, April 17 - President Ana Varan on Wednesday received Piet Telu, Orvania's foreign minister, in Tarsk. Varan restated his support for a state on the lines of June 4, 1967.";
    for (const text of [coup, border]) {
      const [talks] = meetingsOf(text);
      expect(talks?.date?.day).toBeGreaterThan(0);
      expect(talks?.date?.year).toBeUndefined();
    }
  });

  it("returns the month of a 'when' clause after 'became the first leader to visit' (read30 x178, read27 x103)", () => {
    const text = "Prime Minister Ana Varan became the first foreign leader to visit Orvania since the coup when he held talks with General Piet Telu in Tarsk in January.";
    expect(meetingsTold(articleIndex(text, "2022-03-21"))).toEqual(["Telu + Varan, 2022-1"]);
  });

  it("returns a meeting an infinitive of purpose after a planned journey tells as planned (read30 x183, read25 w416)", () => {
    const text = "Foreign Minister Ana Varan will travel to Tarsk in March to meet Foreign Minister Piet Telu.\n\nOn Friday Foreign Minister Kim Orso is scheduled to fly to Lemvik, in the northern state of Aru, to be received by President Lia Brand.";
    expect(meetingsIn(text, "2024-01-19", "planned")).toEqual(["Ana Varan + Piet Telu", "Kim Orso + Lia Brand"]);
  });

  it("returns the held talks' place, not that of a meeting still to come a later sentence names (read30 x184)", () => {
    const text =
      "TARSK, Feb 12 (Wire) - Veldian Foreign Minister Ana Varan held talks in Tarsk on Wednesday with his Orvanian counterpart Piet Telu.\n\n" +
      "Telu pointed to a bilateral meeting in Lemvik that could take place within about three months.";
    expect(meetingsOf(text).map((m) => m.place)).toEqual(["Tarsk"]);
  });
});

describe("who met whom across sentences", () => {
  it("returns the heads of two sides under long titles ('was led by the Permanent Secretary of the Ministry … (MFAET), Mr X') (read30 x189, read21 r821)", () => {
    const text =
      "The foreign ministries of Kenya and Uganda held political consultations in Tarsk on Tuesday.\n\n" +
      "The Kenyan side was led by Deputy Minister of Foreign Affairs Ana Varan and the Ugandan side by Deputy Minister Piet Telu.\n\n" +
      "At the next round of talks the Solomon Islands side was led by the Permanent Secretary of the Ministry of Foreign Affairs and External Trade (MFAET), Mr Kim Orso. Vanuatu's delegation was headed by Mr Lia Brand, Director General of the Ministry of Foreign Affairs.";
    expect(meetingsIn(text, "2022-02-09")).toEqual(expect.arrayContaining(["Ana Varan + Piet Telu", "Kim Orso + Lia Brand"]));
  });

  it("returns 'him' as the man the sentence before named, not a man of older sentences (read30 x190)", () => {
    const text =
      "Veldian President Ana Varan flew into Orvania on Monday for talks with President Piet Telu.\n\n" +
      "Foreign Secretary Kim Orso spoke by phone with Mr Lo Brand, who urged Orvania to help. Mr Brand welcomed the chance.\n\n" +
      "It is not the first time Ms Varan has called on Mr Telu. On March 12 last year she paid him a courtesy call at State House, when the two heads of state discussed the border and the river basin.";
    const index = articleIndex(text, "2021-03-08");
    expect(meetingsTold(index)).toContain("Telu + Varan, 2020-3-12");
    expect(meetingsTold(index).some((m) => m.startsWith("Brand + Varan"))).toBe(false);
  });

  it("returns 'the Orvanian premier' as the prime minister named before, and never the host's country to the visitor (read30 x195)", () => {
    const text =
      "Prime Minister Ana Varan returned to Lima on Saturday at the end of an official visit to Chile.\n\n" +
      "Varan had landed in Santiago on Sunday at the invitation of President Piet Telu.\n\n" +
      "Telu then received the Peruvian premier at the palace in Santiago.";
    const index = extractIndex([{ file: "t/x.txt", text: ` date 2024-04-20\n${text}` }]);
    expect(index.people.map((p) => p.name)).not.toContain("Premier of Peru");
    expect(personNamed(index, "Ana Varan")?.country).not.toBe("Chile");
    expect(meetingsIn(text, "2024-04-20")).toContain("Ana Varan + Piet Telu");
  });
});
