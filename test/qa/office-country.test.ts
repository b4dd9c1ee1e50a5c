import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/**
 * A made-up envoy of a real country, posted to one country; the question asks for its envoy to another
 * the article names elsewhere, which the question's office does not take as its posting (a country
 * with no demonym, as the read sets' "ambassador to the Holy See").
 */
const ARTICLE = `Ghanaian envoy meets Kenyan minister

Nairobi, 12 March 2025 - Ghana's ambassador to Kenya, Varan Telu, met Kenyan Foreign Minister Halvik Orvane in Nairobi on Wednesday to discuss trade.

The two also recalled a border dispute settled in 1990 after a mediation by the Vatican.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/992_envoy.txt", text: ARTICLE }]), intentModel());
const ask = (q: string) => answer(q, knowledge);

describe("who holds an office the question puts in a country", () => {
  it("answers with the holder whose posting or sentence says that country", () => {
    const a = ask("who is ghana's ambassador to kenya");
    expect(a.found).toBe(true);
    expect(a.text).toContain("Varan Telu");
  });

  it("returns found=false for a posting to a country neither the office nor its sentence says, showing what they do say", () => {
    const a = ask("who is ghana's ambassador to the vatican");
    expect(a.found).toBe(false);
    expect(a.text).toMatch(/do not mention “Vatican”/);
    expect(a.text).toContain("Varan Telu");
  });
});

describe("a vague head made one post by its other word", () => {
  // heldout83 x805 ("who did the chief justice of india meet in thimphu" answered with the chief justice himself)
  const COURTS = `Chief justices meet

Thimphu, 10 October 2024 - Chief Justice of India Varan Telu sat down on October 9 with the Chief Justice of Bhutan, Osk Tarima, at the Supreme Court in Thimphu.

The trip follows a similar outreach to Singapore in September last year, when Chief Justice Telu met Singapore's Chief Justice Ana Rell.
`;
  const courts = loadKnowledge(extractIndex([{ file: "seeds/994_courts.txt", text: COURTS }]), intentModel());
  it("links 'the chief justice of India' to its holder and answers whom he met", () => {
    const a = answer("who did the chief justice of india meet in thimphu", courts);
    expect(a.found).toBe(true);
    expect(a.text).toContain("Osk Tarima");
    expect(a.text.split("\n")[0]).not.toMatch(/^Telu$/);
  });
});

// heldout24 t113 ("where is the tanaiste going after kenya" answered with another country's deputy prime minister's trip),
// exchange64 x1002, heldout95 x901: a country's own word for a post asks for that country's holder.
describe("a post asked in its country's own word", () => {
  const TRIP = `Tánaiste sits down with Ruto

NAIROBI, 16 July 2024 - The Tánaiste, Varan Telu, held talks with President Osk Benn of Kenya on Tuesday. The minister is spending two days in the Kenyan capital before flying on to Addis Ababa, the second leg of his trip.
`;
  const OTHER = `Moldovan minister heads to Tallinn

CHISINAU, 2 January 2023 - Deputy Prime Minister Ruda Hadu of Moldova plans to visit Estonia and Latvia on Tuesday, the ministry said.
`;
  const both = loadKnowledge(extractIndex([{ file: "seeds/993_trip.txt", text: TRIP }, { file: "seeds/994_other.txt", text: OTHER }]), intentModel());
  it("answers of the holder of that country, not another deputy prime minister", () => {
    const a = answer("where is the tanaiste going after kenya", both);
    expect(a.text.split("\n")[0]).toMatch(/Addis Ababa/);
    expect(a.text).not.toMatch(/Hadu|Estonia/);
  });

  it("names that country's holder as the one who holds it", () => {
    const a = answer("who is the tanaiste", both);
    expect(a.text).toContain("Varan Telu");
    expect(a.text).not.toContain("Ruda Hadu");
  });
});
