import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

// Made up, of the shape of read16 q306: "how much trade" is money or goods, never the length of a border.
const BORDER = ` date 2022-03-31
President Varan Telu of Indonesia and Prime Minister Kestas Orvel of Papua New Guinea held talks in Bogor on Thursday.

The two leaders agreed that the trade agreements under negotiation should be concluded faster, so that goods move more freely across the 760-kilometre land border.
`;
const TRADE = ` date 2023-05-15
Foreign Minister Lino Sovo of Vietnam held talks in Hanoi with Foreign Minister Amar Halvik of Peru on Monday.

Trade between Vietnam and Peru reached 450 million USD last year.
`;

const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/950_border.txt", text: BORDER },
    { file: "seeds/951_trade.txt", text: TRADE },
  ]),
  intentModel(),
);

describe("an amount of trade", () => {
  it("is not a length", () => {
    const a = answer("how much trade is there between papua new guinea and indonesia", knowledge);
    expect(a.text.split("\n")[0]).not.toMatch(/760/);
  });

  it("is a sum of money the articles give", () => {
    const a = answer("how much trade is there between vietnam and peru", knowledge);
    expect(a.found).toBe(true);
    expect(a.text.split("\n")[0]).toMatch(/450 million/);
  });
});

// heldout85 x813 ("how long is the kyrgyz-tajik border" answered "nearly 23 years" of negotiations), check12, heldout22 (a
// border's length in kilometres), heldout20 (a river's), heldout84 (a runway's): the length of a thing is no span of time.
describe("the length of a thing", () => {
  const TALKS = ` date 2025-03-14
Presidents Varan Telu of Kyrgyzstan and Osk Tarima of Tajikistan signed a border treaty in Bishkek on Thursday, ending nearly 23 years of negotiations.
`;
  const alone = loadKnowledge(extractIndex([{ file: "seeds/952_treaty.txt", text: TALKS }]), intentModel());
  it("gives no span of time for 'how long is the border'", () => {
    const a = answer("how long is the kyrgyz-tajik border", alone);
    expect(a.text.split("\n")[0]).not.toMatch(/23 years/);
  });

  it("gives a length in kilometres for it", () => {
    const a = answer("how long is the papua new guinea indonesia border", knowledge);
    expect(a.text.split("\n")[0]).toMatch(/760/);
  });
});
