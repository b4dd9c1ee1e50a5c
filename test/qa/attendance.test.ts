import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Two articles in the corpus's words (a government portal, a news agency) that tell who else was there only in a sentence of their own. */
const DILI = `Prime Minister receives visit from Australian Foreign Minister Penny Wong

Fri. 07 of July of 2023

Australia's Minister of Foreign Affairs, Penny Wong, was received this Friday, July 7, 2023, by Prime Minister Kay Rala Xanana Gusmão, Head of the Timor-Leste Government, at the Government Palace in Díli.

The meeting was also attended by the Minister of Foreign Affairs and Cooperation, Bendito Freitas; the Minister of Petroleum and Minerals, Francisco da Costa Monteiro; and the Ambassador of Timor-Leste to Australia, Inês Almeida.
`;

const BEIJING = `Kono, Wang hold talks in Beijing

BEIJING, April 15 (Kyodo) -- Japanese Foreign Minister Taro Kono held talks with Chinese Foreign Minister Wang Yi in Beijing on Monday.

Wang was joined at the table by Vice Foreign Minister Kong Xuanyou and by Wu Jianghao, director general of the Chinese Foreign Ministry's Department of Asian Affairs.

On the Japanese side, Kono was accompanied by Yutaka Yokoi, Japan's ambassador to China, and Kenji Kanasugi, director general of the ministry's Asian and Oceanian Affairs Bureau.
`;

const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/911_dili.txt", text: DILI },
    { file: "seeds/912_beijing.txt", text: BEIJING },
  ]),
  intentModel(),
);
const ask = (q: string) => answer(q, knowledge);

describe("who else was there, read from the article's own sentence", () => {
  it("returns the people a sentence says attended, with that sentence, not the principals", () => {
    const a = ask("who else attended the meeting between xanana and wong");
    expect(a.found).toBe(true);
    expect(a.text).toContain("Bendito Freitas");
    expect(a.text).toContain("Inês Almeida");
    expect(a.text).toContain("The meeting was also attended by");
    expect(a.text).not.toMatch(/^• (Penny Wong|Kay Rala)/);
  });

  it("returns only those who accompanied the person asked about, not the other side's", () => {
    const a = ask("who accompanied kono in the meeting with wang yi");
    // (the people answering, before the meeting they were at, whose line names everyone present)
    const answered = a.text.split(" — at:")[0]!;
    expect(answered).toContain("Yutaka Yokoi");
    expect(answered).not.toContain("Kong Xuanyou");
  });

  it("returns those present for 'which ministers sat in on A's meeting with B', not the people A met", () => {
    // new58b x688 ("which ministers sat in on kanda's meeting with the prime minister"), new58c x695 ("which US officials sat in on
    // the meeting"): those present, asked by their office
    for (const q of ["which ministers sat in on wong's meeting with xanana", "which ministers attended wong's meeting with xanana", "who sat in on wong's meeting with xanana"]) {
      const a = ask(q);
      expect(a.text).toContain("Bendito Freitas");
      expect(a.text).not.toMatch(/^Penny Wong met/);
    }
  });

  it("returns only the side the question names", () => {
    const a = ask("who was on the chinese side at the kono wang talks");
    expect(a.text).toContain("Kong Xuanyou");
    expect(a.text).not.toContain("Yutaka Yokoi");
  });
});

describe("who joined one side, or sat on it, at a meeting that names none", () => {
  // heldout60 x628 ("which british officials joined reeves at the han zheng meeting", answered with the meeting), heldout61 x633
  // ("who was on lula's side at the meeting with sullivan", answered with the other side's companions)
  const TARSK = `Varan in Tarsk

TARSK, 11 January 2025 - Finance Minister Ana Varan was received by Vice President Osk Tarima in Tarsk on Saturday.

On 5 December, U.S. national security adviser Kesto Dane sat down with Brazilian President Pim Telu in Orvel. Dane was accompanied by Lio Senn, the U.S. chargé d'affaires.
`;
  const k = loadKnowledge(extractIndex([{ file: "seeds/914_tarsk.txt", text: TARSK }]), intentModel());
  it("says the articles name no one else, never the meeting or the other side's people", () => {
    const joined = answer("which veldian officials joined varan at the tarima meeting", k);
    expect(joined.found).toBe(false);
    // (exchange60 x792: "which ministers joined the mitsotakis erdogan talks")
    expect(answer("which ministers joined the varan tarima talks", k).found).toBe(false);
    const side = answer("who was on telu's side at the meeting with dane", k);
    expect(side.found).toBe(false);
    expect(side.text).not.toMatch(/Senn/);
  });

  // check11 k102 ("which countries' foreign ministers joined lamamra's consultative meeting"): the meeting's sides, not one's company
  it("still lists the sides of a meeting a question says others joined", () => {
    expect(answer("which officials joined tarima's meeting", k).text).toMatch(/Varan/);
  });
});
