import { describe, expect, it } from "vitest";
import { findMentions, type NameMention } from "../../src/extract/mentions";
import { segment } from "../../src/extract/segment";
import { extractIndex } from "../../src/extract/index";

const mentionsOf = (text: string) => findMentions(segment([{ text }])[0]!);
const names = (text: string) => mentionsOf(text).filter((m): m is NameMention => m.kind === "name");

describe("segment", () => {
  it("returns sentences of words with hyphenated names as one word", () => {
    const [first, second] = segment([{ text: "Miguel Diaz-Canel met Faisal al-Miqdad. They talked." }]);
    expect(first?.words.map((w) => w.text)).toEqual(["Miguel", "Diaz-Canel", "met", "Faisal", "al-Miqdad", "."]);
    expect(second?.text).toBe("They talked.");
  });
});

describe("findMentions", () => {
  it("returns a name with the office, country and envoy posting written before it", () => {
    const [pevida] = names("Cuban Ambassador to Kazakhstan Emilio Pevida spoke.");
    expect(pevida).toMatchObject({ name: "Emilio Pevida", evidence: true, office: { title: "Ambassador", country: "Cuba", to: "Kazakhstan" } });
    const [tleuberdi] = names("Kazakhstan's Deputy Prime Minister and Foreign Minister Muxtar Tleuberdi spoke.");
    expect(tleuberdi?.office).toEqual({ title: "Deputy Prime Minister and Foreign Minister", country: "Kazakhstan", from: "possessive" });
  });

  it("returns the office written after a name, and the honorific before it", () => {
    const [li] = names("On Friday, he met with Li Zhanshu, the chairman of the National People's Congress (NPC) Standing Committee.");
    // the National People's Congress is one state's body (src/nlp/national-bodies.ts): its chairman is China's
    expect(li?.office).toEqual({ title: "Chairman", organisation: "National People's Congress (NPC) Standing Committee", country: "China", from: "apposition" });
    const [miqdad] = names("Foreign and Expatriates Minister Dr. Faisal al-Miqdad discussed it.");
    expect(miqdad).toMatchObject({ honorific: "Dr.", office: { title: "Foreign and Expatriates Minister" } });
  });

  it("returns a counterpart, a description and a pronoun", () => {
    const [, counterpart] = names("Azerbaijani Health Minister Teymur Musayev and his Cuban counterpart José Ángel Portal Miranda met.");
    expect(counterpart).toMatchObject({ counterpart: true, country: "Cuba" });
    expect(mentionsOf("The Kazakh Foreign Minister highlighted it and he left.").map((m) => m.kind)).toEqual(["description", "pronoun"]);
    expect(mentionsOf("the NPC lawmaker said")[0]).toMatchObject({ kind: "description", organisation: "NPC", title: "Lawmaker" });
  });

  it("returns no evidence for institutions, agencies and places", () => {
    const found = names("The working group operates in the Milli Majlis of Azerbaijan, according to Azernews, in New York.");
    expect(found.filter((m) => m.evidence)).toEqual([]);
    expect(found.map((m) => m.name)).not.toContain("York");
  });

  it("returns the holder of a minister's 'for' or 'of' portfolio set off by commas, the portfolio's last words no name", () => {
    // "for" ties a minister to the portfolio as "of" does; a portfolio word the gazetteer lacks ends the title
    const [telu, ...rest] = names("He called on the Minister for Tourism and Harbour Upkeep, Varan Telu, in the capital.");
    expect(telu).toMatchObject({ name: "Varan Telu", evidence: true, office: { title: "Minister for Tourism and Harbour Upkeep" } });
    expect(rest).toEqual([]);
    expect(names("The Minister for the Lakes, Orvan Kestas, was present.")).toMatchObject([{ name: "Orvan Kestas", office: { title: "Minister for Lakes" } }]);
    expect(names("Aldo Telu, the Minister of Youth Prospects, sat in on the talks.")).toMatchObject([{ name: "Aldo Telu", office: { title: "Minister of Youth Prospects" } }]);
    // a name right after the portfolio, or after the comma that closes it, is the holder's, not the portfolio's
    expect(names("The Minister of Foreign Affairs, Varan Telu, PhD, held talks.")[0]).toMatchObject({ name: "Varan Telu", office: { title: "Minister of Foreign Affairs" } });
    expect(names("The Minister of Foreign Affairs Telu, said it.")).toMatchObject([{ name: "Telu", office: { title: "Minister of Foreign Affairs" } }]);
  });

  // heldout118 1104, exchange68 x1148, x1149: an untitled name, a description in apposition, then "sat in on" or "attended"
  it("returns evidence for an untitled name that a described apposition separates from its verb of presence", () => {
    expect(names("Orvan Kestas, the three-time Olympic champion who heads the organising committee, sat in on the meeting.")[0]).toMatchObject({ name: "Orvan Kestas", evidence: true });
    expect(names("Varan Telu, the former president who sits on the mediation panel, attended the ceremony.")[0]).toMatchObject({ name: "Varan Telu", evidence: true });
    expect(names("Orvan Kestas, the new bridge, opened the road.").filter((m) => m.evidence)).toEqual([]);
  });

  it("reads a capitalised particle inside a name with the family name after it, whatever the tagger made of that", () => {
    expect(names("He held talks with the Deputy Minister of Foreign Affairs, Aldora Del Do, on Monday.")).toMatchObject([{ name: "Aldora Del Do", evidence: true, office: { title: "Deputy Minister of Foreign Affairs" } }]);
  });

  it("reads a given name that is also an English word or a month after the comma that closes a title", () => {
    expect(names("He met the foreign minister, Than Telu, on Monday.")).toMatchObject([{ name: "Than Telu", evidence: true, office: { title: "Foreign Minister" } }]);
    expect(names("He was received by the Minister for Trade, January Varan.")).toMatchObject([{ name: "January Varan", evidence: true }]);
    // a month after any other comma stays a date
    expect(names("The talks with the minister, in January Telu said, went well.").map((m) => m.name)).toEqual(["Telu"]);
  });
});

describe("a body after a title of someone named before it", () => {
  // heldout36 x348 "Ahmed Munawar, Governor of the Maldives Monetary Authority"; the read sets write "Intergovernmental Authority",
  // "Development Authority", "American Chamber", "Economic Board": bodies, never a person
  it("returns no person for 'Governor of the Maldives Monetary Authority'", () => {
    const text = "TARSK, 10 August 2024 - On Saturday President Ana Varan sat down with Finance Minister Lia Brand and Ahmed Senn, Governor of the Maldives Monetary Authority, to discuss trade.";
    const names = extractIndex([{ file: "t/x.txt", text }]).people.map((p) => p.name);
    expect(names).toEqual(["Ana Varan", "Lia Brand", "Ahmed Senn"]);
  });
});

describe("a region's adjective in a title", () => {
  // "China's special representative for Eurasian affairs, Li Hui, has ended a two-day visit" (heldout61 x634): the region's
  // affairs are the envoy's portfolio, and its adjective names no one.
  it("returns the name with the title whose portfolio is a region's affairs, and no name 'Eurasian'", () => {
    const found = names("China's special representative for Eurasian affairs, Varan Telu, has ended a two-day visit to Ukraine.");
    expect(found.map((m) => m.name)).not.toContain("Eurasian");
    expect(found.find((m) => m.name === "Varan Telu")?.office?.title).toMatch(/Eurasian Affairs/);
  });
});

describe("a description with an adverb after its title", () => {
  // new57a x646 (a Turkish news page: "On Thursday the president first held talks with Mongolian President …") and heldout22
  // r920 ("The King first signed the book of honour …, where the two men spoke alone")
  it("returns the description of 'the president first held talks', 'first' no word of its title", () => {
    const [description] = mentionsOf("On Thursday the president first held talks with Orvanian President Telu Amsel.").filter((m) => m.kind === "description");
    expect(description).toMatchObject({ first: 2, last: 3, title: "President" });
    expect(mentionsOf("The King first signed the book of honour.").some((m) => m.kind === "description")).toBe(true);
  });

  it("returns the meetings the president holds after it, not the counterpart's", () => {
    const text =
      " date 2031-07-04\nPresident Rush Varan wrapped up his programme in Tarsk on Thursday.\n\n" +
      "On Thursday the president first held talks with Mongolian President Dara Osk. He then met the Emir of Qatar, Sheikh Orvel bin Kest.";
    const met = extractIndex([{ file: "t/x.txt", text }]).meetings.map((m) => m.participants.flatMap((p) => (p.kind === "person" ? [p.person] : [])).sort().join(" + "));
    expect(met).toContain("dara-osk + rush-varan");
    expect(met).not.toContain("dara-osk + orvel-bin-kest");
  });
});
