/**
 * @module The heads of two countries' delegations at one round of talks are a contact (delegation-heads.ts): the
 * constructions of read18 r519 (Pakistan Foreign Office style), check12 l210 and devF f211 (Azerbaijani ministry
 * style), written with invented people.
 */
import { describe, expect, it } from "vitest";
import { articleIndex, meetingKey } from "./helpers";

/** Each meeting of one article as "A + B, rule, date, place". */
function toldIn(text: string, published: string): string[] {
  const index = articleIndex(text, published);
  return index.meetings.map((m) => {
    const date = m.date ? [m.date.year, m.date.month, m.date.day].filter((n) => n !== undefined).join("-") : "undated";
    return `${meetingKey(index, m)}, ${m.rule}, ${m.status ?? "held"}, ${date}, ${m.place ?? "nowhere"}`;
  });
}

describe("the heads of two delegations at a round of talks", () => {
  it("returns the contact of 'A headed the Veldian side, while Orvania's team was led by B', dated and placed by the round told before", () => {
    const text =
      "ISLAMABAD, June 19, 2023 – Pakistan and Iran agreed to widen their trade, the Foreign Office said on Monday after the 12th round of bilateral political consultations.\n\n" +
      "The round took place in Tehran on Saturday. Foreign Secretary Varan Telu headed the Pakistani side, while Iran's team was led by Orlo Veskan, Deputy Foreign Minister.";
    expect(toldIn(text, "2023-06-19")).toContain("Orlo Veskan + Varan Telu, delegation-heads, held, 2023-6-17, Tehran");
  });

  it("returns the contact of 'the Veldian delegation was led by A and the Orvanian delegation by B', the verb said once", () => {
    const text =
      "Foreign Minister Varan Telu received Foreign Minister Orlo Veskan in Islamabad on Monday.\n\n" +
      "Speaking to reporters, Telu said the next session would take place soon.\n\n" +
      "In the talks the Pakistani delegation was led by Telu and the Turkish delegation by Veskan.";
    expect(toldIn(text, "2024-05-21").map((m) => m.split(",")[0])).toEqual(["Orlo Veskan + Varan Telu"]);
  });

  it("returns the contact of two sentences, each naming one head ('On the Orvanian side, the delegation was led by B')", () => {
    const text =
      "The foreign ministries of Azerbaijan and Turkmenistan held political consultations in Baku today, the ministry reported.\n\n" +
      "The Azerbaijani delegation was headed by Foreign Minister Varan Telu. On the Turkmen side, the delegation was led by Orlo Veskan, Deputy Chairman of the Cabinet of Ministers.";
    expect(toldIn(text, "2018-10-18")).toEqual(["Orlo Veskan + Varan Telu, delegation-heads, held, 2018-10-18, Baku"]);
  });

  it("returns the contact of 'Veldia was represented by A, and Orvane by B' and of a side headed, then 'Japan was represented by B' (read17, read19, read32)", () => {
    const once =
      "The foreign ministries of Malawi and Zimbabwe held political consultations in Lilongwe today.\n\n" +
      "Malawi was represented by its Minister of Foreign Affairs, Varan Telu, and Zimbabwe by the Acting Minister of Foreign Affairs, Orlo Veskan.";
    expect(toldIn(once, "2023-05-30").map((m) => m.split(",")[0])).toContain("Orlo Veskan + Varan Telu");
    const twice =
      "The foreign ministries of Uzbekistan and Japan held political consultations in Tokyo today.\n\n" +
      "The Uzbek delegation was headed by Deputy Minister of Foreign Affairs Varan Telu. Japan was represented by Orlo Veskan, Special Representative of the Japanese Ministry of Foreign Affairs for Central Asia.";
    expect(toldIn(twice, "2024-07-11").map((m) => m.split(",")[0])).toContain("Orlo Veskan + Varan Telu");
  });

  // exchange67 x1130, x1131, heldout116 1094: "the visiting delegation was led by his Indian counterpart, X"
  it("returns the contact of a side named without its country, whose head's title gives it ('led by his Orvanian counterpart, B')", () => {
    const text =
      "India and Laos held the third round of their Foreign Office Consultations in Vientiane today.\n\n" +
      "The Lao side was headed by Deputy Foreign Minister Varan Telu, while the visiting delegation was led by his Indian counterpart, Orlo Veskan, Secretary (East) in the Ministry of External Affairs.";
    expect(toldIn(text, "2023-07-27")).toEqual(["Orlo Veskan + Varan Telu, delegation-heads, held, 2023-7-27, Vientiane"]);
  });

  // exchange67 x1132, x1133, heldout116 1090: "Ethiopia was represented by its chief negotiator, Ambassador X"
  it("returns the head a side is represented by, described before the comma and titled after it ('by its chief negotiator, Ambassador B')", () => {
    const text =
      "The fourth round of talks ran from December 17 to 19 in Addis Ababa. Technical teams met on the Sunday.\n\n" +
      "Egypt's team was headed by Varan Telu, Minister of Water Resources and Irrigation, while Ethiopia was represented by its chief negotiator, Ambassador Orlo Veskan.";
    expect(toldIn(text, "2023-12-20").map((m) => m.split(",")[0])).toEqual(["Orlo Veskan + Varan Telu"]);
  });

  // exchange68 x1144 ("Armenia was represented by A, while Baku sent its foreign minister, B"), exchange67 x1133
  it("returns the contact of a side's head a state or its capital sent ('while Baku sent its foreign minister, B')", () => {
    const text =
      "ARLINGTON, May 4, 2023 -- Four days of closed-door negotiations between Armenia and Azerbaijan ended on Thursday outside Washington.\n\n" +
      "Armenia was represented by Foreign Minister Varan Telu, while Baku sent its foreign minister, Orlo Veskan.";
    const index = articleIndex(text, "2023-05-04");
    expect(toldIn(text, "2023-05-04").map((m) => m.split(",")[0])).toEqual(["Orlo Veskan + Varan Telu"]);
    expect(index.people.find((p) => p.name === "Orlo Veskan")?.country).toBe("Azerbaijan");
  });

  it("returns the contact of 'Mr. A, <post>, headed the Veldian side' with the post set off by commas (read23 s114, corpus c023, new54b x556)", () => {
    const text =
      "The fourth round of Foreign Office Consultations between India and Georgia was held in Tbilisi yesterday, 3 March 2025. Shri Varan Telu, Secretary (East) in the Ministry of External Affairs, led the Indian delegation. The Georgian delegation was headed by H.E. Mr. Orlo Veskan, Deputy Minister of Foreign Affairs of Georgia.";
    expect(toldIn(text, "2025-03-04")).toContain("Orlo Veskan + Varan Telu, delegation-heads, held, 2025-3-3, Tbilisi");
  });

  it("returns no head of 'A, adviser to the minister, who headed the Veldian side' nor of a name the sentence does not open with", () => {
    const text =
      "The third round of consultations between India and Georgia was held in Tbilisi on Monday. The talks were opened by Varan Telu, adviser to the minister, who welcomed the guests, and the Georgian delegation was headed by Orlo Veskan.";
    expect(toldIn(text, "2025-03-04").filter((m) => m.includes("delegation-heads"))).toEqual([]);
  });

  it("returns no contact of heads named with no talks told in their sentences or the one before (a summit's delegations)", () => {
    const text =
      "Leaders gathered in Nairobi for the regional summit on Friday.\n\n" +
      "Foreign Minister Varan Telu led the Kenyan delegation, and the Ugandan delegation was headed by Foreign Minister Orlo Veskan.";
    expect(toldIn(text, "2024-03-02")).toEqual([]);
  });

  it("returns no contact of two heads of one country's sides, nor of one head alone", () => {
    const one =
      "Kenya and Uganda held talks in Nairobi on Friday.\n\n" +
      "The Kenyan delegation was led by Foreign Minister Varan Telu, and the Kenyan business team by Orlo Veskan, chairman of the chamber of commerce.";
    expect(toldIn(one, "2024-03-02")).toEqual([]);
    const alone = "Kenya and Uganda held talks in Nairobi on Friday.\n\nThe Kenyan delegation was led by Foreign Minister Varan Telu.";
    expect(toldIn(alone, "2024-03-02")).toEqual([]);
  });

  it("returns no head of the one a relative 'who' may not be about ('B, assistant to the Veldian foreign minister, who headed …', devG g201)", () => {
    const text =
      "HANOI – Vietnam's Minister of Foreign Affairs, Orlo Veskan, received a senior Chilean diplomat in Hanoi on Friday, hours after the two foreign ministries wrapped up their seventh round of political consultations.\n\n" +
      "The guest, Varan Telu, serves as Secretary General of Foreign Policy at Chile's Ministry of Foreign Affairs and is in Vietnam on an official visit. Earlier in the day he had led the Chilean delegation at the consultation, which he co-chaired with Aldor Tarsk, assistant to the Vietnamese foreign minister, who headed the Vietnamese side.";
    const told = toldIn(text, "2022-10-21").filter((m) => m.includes("delegation-heads"));
    expect(told.join(" ")).not.toMatch(/Veskan/);
  });

  it("returns a planned contact of 'the talks … will be led by A … and by B'", () => {
    const text =
      "Kenya and Uganda will hold talks in Nairobi next week.\n\n" +
      "The Kenyan delegation will be led by Foreign Minister Varan Telu and the Ugandan delegation by Foreign Minister Orlo Veskan.";
    expect(toldIn(text, "2024-03-02").map((m) => m.split(", ").slice(0, 3).join(", "))).toEqual(["Orlo Veskan + Varan Telu, delegation-heads, planned"]);
  });

  it("returns the contact of 'A headed the 17-member Veldian team', dated and placed by the sentence before that says the sides met", () => {
    // new58a x678 ("Dhaka and New Delhi yesterday settled … as the ministerial tier … met in the Indian capital", then "… headed
    // the 17-member Bangladesh team at the 38th ministerial meeting"), exchange58 x708 ("The two sides met in New Delhi on
    // Monday …", then "… headed the five-member Pakistani delegation at the talks")
    const text =
      "After 12 years, river ministers meet; memorandum text agreed\n\n" +
      'Treaty still pending as Delhi promises "utmost efforts"\n\n' +
      "Staff Correspondent\nPublished: 26 Aug 2022, 09:40 AM | Updated: 26 Aug 2022, 11:15 AM\n\n" +
      "[Photo] Delegations of the two countries at Tarsk Bhawan in New Delhi on Thursday. Photo: Collected\n\n" +
      "Dhaka and New Delhi yesterday settled the wording of a memorandum on the water of the Kelm river, as the ministerial tier of the Bangladesh-India Joint Rivers Commission met in the Indian capital for the first time since March 2010.\n\n" +
      "State Minister Varan Telu headed the 17-member Bangladesh team at the 38th ministerial meeting of the commission, held at Tarsk Bhawan. The Indian side was led by Orlo Veskan, Union Minister of Water.";
    expect(toldIn(text, "2022-08-26")).toContain("Orlo Veskan + Varan Telu, delegation-heads, held, 2022-8-25, New Delhi");
  });

  it("returns one contact of three heads: 'A headed the Veldian team. Orvane was represented by B, and Tarsk by C'", () => {
    // new58a x679 (a dam's three-way round: "… headed the Ethiopian team. Egypt was represented by …, and Sudan by …"),
    // exchange58 x713 (a three-way working group: "… headed the Russian team. Azerbaijan was represented by …, and Armenia by …")
    const text =
      "MOSCOW, June 2 (Agency) - The three-way working group on transport links held its 12th session in Moscow on Friday.\n\n" +
      "Deputy Prime Minister Varan Telu headed the Russian team. Azerbaijan was represented by Deputy Prime Minister Orlo Veskan, and Armenia by Deputy Prime Minister Osk Tarima.";
    const told = toldIn(text, "2023-06-02").filter((m) => m.includes("delegation-heads"));
    expect(told.map((m) => m.split(",")[0]!.split(" + ").sort().join(" + "))).toEqual(["Orlo Veskan + Osk Tarima + Varan Telu"]);
  });
});

