import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { datesApart, readPairContact } from "../../src/extract/pair-again";
import { segment } from "../../src/extract/segment";
import type { FactIndex } from "../../src/facts/types";

const indexOfText = (text: string, published = "2025-06-12"): FactIndex => extractIndex([{ file: "t/x.txt", text: ` date ${published}\n${text}` }]);
/** Each meeting as a user reads it: "Surname + Surname, kind, status, date". */
const told = (index: FactIndex): string[] =>
  index.meetings.map((m) => {
    const names = m.participants.flatMap((p) => (p.kind === "person" ? [index.people.find((x) => x.id === p.person)?.name.split(" ").at(-1) ?? "?"] : [])).sort().join(" + ");
    const date = m.date && m.date.basis !== "publication" ? [m.date.year, m.date.month, m.date.day].filter((n) => n !== undefined).join("-") : "undated";
    return `${names}, ${m.kind === "call" ? "call" : "in person"}, ${m.status ?? "held"}, ${date}${m.place ? `, ${m.place}` : ""}`;
  });

const LEAD = "Veldian Foreign Minister Ana Varan held talks with Orvanian Foreign Minister Piet Telu in Lyon on Tuesday.";

describe("a second contact of a pair told without their names", () => {
  it("returns two meetings when 'the two' last met on another day", () => {
    expect(told(indexOfText(`${LEAD} They discussed trade and energy. The two ministers last met in Madrid in February, on the sidelines of a summit.`))).toEqual([
      "Telu + Varan, in person, held, 2025-6-10, Lyon",
      "Telu + Varan, in person, held, 2025-2, Madrid",
    ]);
  });

  it("returns 'The two spoke again on May 7, at the presidential office in Tarsk' as a second meeting of the pair (heldout97 x909, exchange63 x940, x941), not 'the two spoke at the opening'", () => {
    const text = "Veldian President Varan Orvane and Orvanian Prime Minister Telu Kestas held their first summit in Kelm on March 16. The two spoke again on May 7, at the presidential office in Tarsk.";
    expect(told(indexOfText(text, "2023-05-21"))).toEqual(expect.arrayContaining(["Kestas + Orvane, in person, held, 2023-5-7, Tarsk"]));
    const speeches = "Veldian President Varan Orvane and Orvanian Prime Minister Telu Kestas held their first summit in Kelm on March 16. The two spoke at the opening of the forum on May 7.";
    expect(told(indexOfText(speeches, "2023-05-21")).filter((m) => m.includes("2023-5-7"))).toEqual([]);
  });

  it("returns a call of 'the two men' beside the meeting in person, with its own day and no place", () => {
    expect(told(indexOfText(`${LEAD} The Lyon talks followed a telephone conversation the two men held on May 2.`))).toEqual([
      "Telu + Varan, in person, held, 2025-6-10, Lyon",
      "Telu + Varan, call, held, 2025-5-2",
    ]);
  });

  it("dates the contact by the date set off right before 'the two', not by an earlier clause's month (heldout53 x583; read articles: 'Earlier this year, on 1 February, the two ministers met …')", () => {
    const text = `${LEAD} Varan travelled to Madrid in March the following year, and on Thursday, 23 March 2023, the two ministers met at the palace.`;
    expect(told(indexOfText(text))).toContain("Telu + Varan, in person, held, 2023-3-23");
  });

  it("returns one meeting when 'the two' meet again on the same day: the talks told twice", () => {
    expect(told(indexOfText(`${LEAD} The two ministers met in Lyon on Tuesday and went through the main tracks of the relationship.`))).toEqual([
      "Telu + Varan, in person, held, 2025-6-10, Lyon",
    ]);
  });

  it("returns one meeting when nothing sets the contact of 'they' apart", () => {
    expect(told(indexOfText(`${LEAD} They met at the ministry and agreed to meet regularly.`))).toEqual(["Telu + Varan, in person, held, 2025-6-10, Lyon"]);
  });

  it("returns one meeting when the sentence's date belongs to another clause than the contact", () => {
    expect(told(indexOfText(`${LEAD} Both ministers took office on March 3, and they congratulated each other when they met.`))).toEqual(["Telu + Varan, in person, held, 2025-6-10, Lyon"]);
  });

  it("returns the talks 'the two leaders had' months before as another meeting, 'had' the verb (devD d010)", () => {
    expect(told(indexOfText(`${LEAD} The Lyon talks carried forward the conversations the two ministers had in Madrid in February.`))).toEqual([
      "Telu + Varan, in person, held, 2025-6-10, Lyon",
      "Telu + Varan, in person, held, 2025-2, Madrid",
    ]);
  });

  it("returns another meeting when a sentence naming the pair's two people tells 'the two' met on another day", () => {
    expect(told(indexOfText(`${LEAD} Varan and Telu know each other well, and the two ministers last met in Madrid in February.`))).toEqual([
      "Telu + Varan, in person, held, 2025-6-10, Lyon",
      "Telu + Varan, in person, held, 2025-2, Madrid",
    ]);
  });

  it("returns no meeting of a pair 'the two' in a sentence naming one of them only (whom the two stand for is unsure)", () => {
    const text = `${LEAD} Later Varan received Interior Minister Jon Kalder. Varan said the two ministers last met in Madrid in February.`;
    expect(told(indexOfText(text)).filter((m) => m.includes("2025-2"))).toEqual([]);
  });

  it("returns another meeting of the pair when a name follows 'the two' in a later clause only (heldout13 n201, check12 l208)", () => {
    const text = `${LEAD} They discussed trade. The pair last sat down together on February 27 in Madrid, where Varan had travelled for the funeral of former president Olek Brand.`;
    expect(told(indexOfText(text))).toEqual(["Telu + Varan, in person, held, 2025-6-10, Lyon", "Telu + Varan, in person, held, 2025-2-27, Madrid"]);
    const when = `${LEAD} They discussed trade. The two ministers had also met on 19 February in Madrid, when Telu paid his first visit to Spain.`;
    expect(told(indexOfText(when))).toEqual(["Telu + Varan, in person, held, 2025-6-10, Lyon", "Telu + Varan, in person, held, 2025-2-19, Madrid"]);
  });

  it("returns no other meeting of the pair when a name follows 'the two' in their own clause: who met whom is unsure", () => {
    const text = `${LEAD} They discussed trade. The two ministers last met Interior Minister Jon Kalder in Madrid in February.`;
    expect(told(indexOfText(text)).filter((m) => m.startsWith("Telu + Varan") && m.includes("2025-2"))).toEqual([]);
  });

  it("returns 'their last meeting' and 'their summit' of another month as other meetings of the pair, with their places", () => {
    expect(told(indexOfText(`${LEAD} Their last meeting was in Madrid in February.`))).toEqual([
      "Telu + Varan, in person, held, 2025-6-10, Lyon",
      "Telu + Varan, in person, held, 2025-2, Madrid",
    ]);
    expect(told(indexOfText(`${LEAD} At their summit in Rome in March, they signed a pact.`))).toContain("Telu + Varan, in person, held, 2025-3, Rome");
  });

  it("returns no other meeting for 'their talks' with no date of their own: the talks told again", () => {
    expect(told(indexOfText(`${LEAD} During their talks, they discussed trade. Their meeting lasted an hour.`))).toEqual(["Telu + Varan, in person, held, 2025-6-10, Lyon"]);
  });

  it("returns the meeting of the pair the office words fit, not the latest meeting", () => {
    const text = `${LEAD} Later, President Marek Dosta received Prime Minister Lena Kiro at the palace. The two foreign ministers had met in Rome in January.`;
    expect(told(indexOfText(text))).toContain("Telu + Varan, in person, held, 2025-1, Rome");
    expect(told(indexOfText(text)).filter((m) => m.startsWith("Dosta + Kiro"))).toHaveLength(1);
  });

  it("gives the later meetings of the story no place from a meeting recalled from before", () => {
    const text = `${LEAD} The two ministers last met in Madrid in February. Varan also met Interior Minister Jon Kalder.`;
    expect(told(indexOfText(text)).find((m) => m.startsWith("Kalder"))).not.toContain("Madrid");
  });
});

describe("a contact of 'the two' whose people the sentences before name, with no meeting of theirs yet", () => {
  // check11 k203 (a New Zealand paper), check12 l211 (an Indian wire), check11 k105 (a South African paper)
  const ANON = "Veldian Prime Minister Ana Varan arrived in Tarsk on Monday for a three-day visit.";
  it("returns a meeting of the two people the sentence before names when 'the two leaders met'", () => {
    const text = `${ANON} Varan and Orvanian Prime Minister Piet Telu have known each other for years. The two leaders met in Rome in March, at a regional forum.`;
    expect(told(indexOfText(text))).toEqual(["Telu + Varan, in person, held, 2025-3, Rome"]);
  });

  it("returns a call of 'the two leaders had discussed … in a telephone call' after a sentence naming the pair (heldout84 x811, exchange61 x834)", () => {
    const text =
      "Veldian Prime Minister Ana Varan will press ahead with the river accord, Orvanian Prime Minister Piet Telu told parliament on Tuesday. " +
      "Telu said the two leaders had discussed the accord in a telephone call on June 6.";
    expect(told(indexOfText(text))).toEqual(["Telu + Varan, call, held, 2025-6-6"]);
  });

  it("returns the meeting of 'The two Heads of State co-chaired the 11th session of …' after a sentence naming the pair (heldout89 x852; 'The two ministers co-chaired the third meeting of …' in read articles)", () => {
    const text =
      "President Ana Varan and his Orvanian counterpart, President Piet Telu, have agreed that a memorandum must be signed by March 2026 at the latest.\n\n" +
      "The two Heads of State co-chaired the 11th session of the Bi-National Commission at the palace in Tarsk on Tuesday.";
    expect(told(indexOfText(text))).toEqual(["Telu + Varan, in person, held, 2025-6-10, Tarsk"]);
  });

  it("returns no other meeting for 'the two discussed the next session of …': a session discussed, not the medium of the talk (heldout60 x632)", () => {
    const text = `${LEAD} The two also discussed the fourth regular session of the trade committee, due in Rome at the end of November.`;
    expect(told(indexOfText(text))).toHaveLength(1);
  });

  it("returns a call of 'the two ministers' after a sentence naming the pair, and a meeting in person of theirs another month", () => {
    const text =
      "Veldian Foreign Minister Ana Varan on Tuesday praised Orvanian Foreign Minister Piet Telu for his help with the grain deal. " +
      "The two ministers had spoken by telephone on May 10 about it. Later the two men met in Rome in April.";
    expect(told(indexOfText(text))).toEqual(["Telu + Varan, call, held, 2025-5-10", "Telu + Varan, in person, held, 2025-4, Rome"]);
  });

  it("returns the two presidents of the sentences before when one of them is named with 'the two presidents'", () => {
    const text =
      "Veldian President Ana Varan and Orvanian President Piet Telu said on Thursday that their governments would work together. " +
      "The two presidents first spoke by telephone in April, Varan's office said.";
    expect(told(indexOfText(text))).toContain("Telu + Varan, call, held, 2025-4");
  });

  it("returns a meeting of the two people a sentence names before 'the two' when no frame joins them (devE e106, check11 k108)", () => {
    const welcome = "In Tarsk he laid a wreath beside Orvanian President Piet Telu, and the two heads of state later held talks.";
    expect(told(indexOfText(`Veldian President Ana Varan arrived in Tarsk on Monday. ${welcome}`))).toContain("Telu + Varan, in person, held, 2025-6-9, Tarsk");
    const thanks = "Veldian President Ana Varan on Monday praised the government of Orvanian Prime Minister Piet Telu for its help, when the two leaders met at a hotel in Tarsk.";
    expect(told(indexOfText(thanks))).toEqual(["Telu + Varan, in person, held, 2025-6-9, Tarsk"]);
  });

  it("returns no meeting for 'they', for two people of one country, for 'have never met' or 'could meet'", () => {
    const pair = "Varan and Orvanian Prime Minister Piet Telu have known each other for years.";
    for (const tail of ["They met in Rome in March.", "The two leaders have never met in person.", "The two leaders could meet in Rome as soon as Monday."]) {
      expect(told(indexOfText(`${ANON} ${pair} ${tail}`))).toEqual([]);
    }
    const compatriots = "Cuban Prime Minister Ana Varan and Cuban Interior Minister Piet Telu are old friends. The two men met in Rome in March.";
    expect(told(indexOfText(compatriots))).toEqual([]);
  });

  it("counts a deputy prime minister who is also foreign minister among 'the two ministers' (read35 x297)", () => {
    const text =
      "Veldian Foreign Minister Ana Varan landed in Tarsk on Sunday, invited by Piet Telu, Orvane's Deputy Prime Minister and Minister for Foreign Affairs. " +
      "She had not been there before. The two ministers held talks at the ministry.";
    expect(told(indexOfText(text))).toContainEqual(expect.stringMatching(/^Telu \+ Varan, in person, held/));
  });

  it("takes one whose office the text never gives for either of 'the two ministers', not a third minister named near (read35 x299)", () => {
    const text =
      "Veldian Foreign Minister Ana Varan and Orvane's Piet Telu spent eight hours together in Tarsk on Monday and Tuesday. " +
      "Telu pointed to the trade committee that Varan co-chairs with Orvanian Economy Minister Jon Kalder. " +
      "Tuesday's session was the third time the two ministers had sat down together this year.";
    expect(told(indexOfText(text)).join("; ")).not.toMatch(/Kalder/);
  });

  it("takes no one who only tells of the talks in the sentence before for one of 'the two' (read35 x304)", () => {
    const text =
      "The Kremlin on Thursday welcomed the meeting between Veldian Foreign Minister Ana Varan and Orvanian Foreign Minister Piet Telu. " +
      "Jon Kalder, the spokesman for President Aldo Brek, told journalists that Varan had reported on it. " +
      "Kalder, who was not in Tarsk, said that Varan had called it constructive. " +
      "The two diplomats sat down on Wednesday evening at the concert hall.";
    expect(told(indexOfText(text, "2025-06-12")).join("; ")).not.toMatch(/Kalder/);
  });

  it("returns no meeting when the sentence before names a third person", () => {
    const text = `${ANON} Varan, Orvanian Prime Minister Piet Telu and Tarskian President Jon Kalder are old friends. The two leaders met in Rome in March.`;
    expect(told(indexOfText(text))).toEqual([]);
  });
});

describe("a contact of one office's holders in two countries the subject names ('the presidents of A and B', 'the two countries' foreign ministers')", () => {
  // read17 q424 (a Mongolian agency), heldout13 n108 (a Bangladeshi paper), read17 q410 (a Zimbabwean paper)
  it("returns the talks of 'the presidents of A and B' between the two presidents the sentence names after it", () => {
    const text = "LIMA, June 10 (Wire) – The presidents of Peru and Chile held official talks in Lima on Tuesday, as Chilean President Piet Telu began a state visit at the invitation of President Ana Varan.";
    expect(told(indexOfText(text))).toEqual(["Telu + Varan, in person, held, 2025-6-10, Lima"]);
  });

  it("returns the meeting of 'the two countries' foreign ministers' named in the sentence after it", () => {
    const text =
      "Peru and Chile have undertaken to conclude all outstanding agreements. " +
      "The two countries' foreign ministers met in Lima yesterday for the fifth session of their joint commission. " +
      "Peru was represented by its Minister of Foreign Affairs, Ana Varan, and Chile by its Foreign Minister, Piet Telu, who co-chaired the session at Minister Varan's invitation.";
    expect(told(indexOfText(text))).toEqual(["Telu + Varan, in person, held, 2025-6-11, Lima"]);
  });

  it("returns no meeting when a holder named is of a third country, or when the subject names three countries", () => {
    const third = "The presidents of Peru and Chile met in Lima on Tuesday. Bolivian President Ana Varan and Chilean President Piet Telu were guests of honour at the fair.";
    expect(told(indexOfText(third))).toEqual([]);
    const three = "The presidents of Peru, Chile and Bolivia met in Lima on Tuesday, where President Ana Varan welcomed President Piet Telu.";
    expect(told(indexOfText(three)).join(" ")).not.toMatch(/pair/);
    expect(readPairContact(segment([{ text: "The presidents of Peru, Chile and Bolivia met in Lima on Tuesday." }])[0]!.words)?.countries).toBeUndefined();
  });

  it("reads the countries of the subject: both named, or none written for 'the two countries''", () => {
    const read = (text: string) => readPairContact(segment([{ text }])[0]!.words)?.countries;
    expect(read("The foreign ministers of South Korea and Mongolia held talks in the Mongolian capital on Monday.")?.sort()).toEqual(["Mongolia", "South Korea"]);
    expect(read("The two countries' foreign ministers met in Lilongwe yesterday.")).toEqual([]);
    expect(read("The ministers of Finance and Trade met in Lilongwe yesterday.")).toBeUndefined();
  });
});

describe("the contact of a pair a sentence tells without naming them", () => {
  const read = (text: string) => readPairContact(segment([{ text }])[0]!.words);
  it("returns the verb of 'the two … met', 'they met', 'sat down together' and a call 'the two men held' (corpus and read sets of different sources)", () => {
    // corpus c016 (a ministry's release), devD d019 (a live blog), devC m016 (a news agency's feed), devB k015 (a government release)
    expect(read("The Rome talks followed a telephone conversation the two men held on April 30.")).toMatchObject({ call: true });
    expect(read("The two leaders last met in Astana in July, ahead of the Shanghai Cooperation Organization summit.")).toMatchObject({ call: false });
    expect(read("The two ministers last sat down together in September 2022, on the sidelines of the UN General Assembly in New York.")).toMatchObject({ call: false, office: expect.any(RegExp) });
    expect(read("On February 23 they met on the margins of the Pacific Islands Forum Leaders' Special Retreat in Nadi.")).toBeDefined();
    // devD d022: a call told with "spoken by telephone"
    expect(read("The two prime ministers had spoken by telephone in April about the pandemic.")).toMatchObject({ call: true });
  });
  it("returns nothing for the two countries, a pair that speaks of something, or an office in the singular", () => {
    expect(read("The two countries held talks on trade in May.")).toBeUndefined();
    expect(read("The two leaders spoke about the economy.")).toBeUndefined();
    expect(read("The prime minister met the ambassador.")).toBeUndefined();
  });
});

describe("dates apart", () => {
  it("returns true for another month, even with no year on one side", () => {
    expect(datesApart({ month: 4, basis: "relative", text: "April" }, { month: 6, day: 4, basis: "relative", text: "Thursday" })).toBe(true);
  });
  it("returns false for a date of the dateline or the publication, which stands for no day", () => {
    expect(datesApart({ year: 2025, month: 4, basis: "publication", text: "2025-04-01" }, { year: 2025, month: 6, day: 4, basis: "relative", text: "Thursday" })).toBe(false);
  });
  it("returns false for the same day told twice, once to the month", () => {
    expect(datesApart({ year: 2025, month: 6, basis: "relative", text: "June" }, { year: 2025, month: 6, day: 4, basis: "relative", text: "Thursday" })).toBe(false);
  });
});

describe("a meeting's name that starts like a pair", () => {
  // "She was chosen by consensus at the Heads of Government Meeting in Apia, Samoa, in October last year" (heldout62 x644):
  // the capitalised "Meeting" is a name's word, never the verb of "the heads".
  it("returns no contact of 'the heads' from 'at the Heads of Government Meeting in …'", () => {
    const words = segment([{ text: "She was chosen by consensus at the Heads of Government Meeting in Apia, Samoa, in October last year." }])[0]!.words;
    expect(readPairContact(words)).toBeUndefined();
  });
});

describe("'their talks' after a sentence of one who came with another", () => {
  // "The Secretary-General came with Assistant Secretary-General Ambassador Y and a League delegation. Their talks, according
  // to the presidency, covered …" (heldout62 x641): the talks are the visitor's with his host, the one who came with him on his side.
  it("returns no talks of the visitor with the one who came with him", () => {
    const text =
      "TARSK, October 28, 2025 - Secretary-General Amos Varan was received by President Jon Telu at the palace on Tuesday.\n\n" +
      "The Secretary-General came with Assistant Secretary-General Ambassador Piet Osk and a delegation. Their talks, according to the presidency, covered the region and the effort to uphold the ceasefire agreement reached last year.";
    const index = indexOfText(text, "2025-10-28");
    expect(told(index).some((m) => m.startsWith("Osk + Varan"))).toBe(false);
  });
});
