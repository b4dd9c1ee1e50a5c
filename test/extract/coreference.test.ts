/** @module Coreference across sentences: the person "he" / "she" stands for is the one the sentences before are about. */
import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { meetingKey } from "./helpers";

/** "A + B" per meeting of one article, held or planned as asked. */
function meetingsOf(text: string, published: string, status: "held" | "planned" = "held"): string[] {
  const index = extractIndex([{ file: "t/x.txt", text: ` date ${published}\n${text}` }]);
  return index.meetings.filter((m) => (m.status ?? "held") === status).map((m) => meetingKey(index, m)).sort();
}

describe("'he' for the subject of the sentences before, not the first person they name", () => {
  it("returns the visitor's contact for 'He then met X' after 'After a luncheon hosted by Y, Z laid wreaths' (devD d007, a Thai daily)", () => {
    const text =
      "Thai Prime Minister Srettha Thavisin wrapped up a one-day official visit to Cambodia on Thursday evening, having held talks with his Cambodian counterpart Hun Manet.\n\n" +
      "After a luncheon hosted by Manet, Srettha laid wreaths at the Independence Monument.\n\n" +
      "He then met National Assembly president Khuon Sudary.";
    const met = meetingsOf(text, "2023-09-29");
    expect(met).toContain("Khuon Sudary + Srettha Thavisin");
    expect(met).not.toContain("Hun Manet + Khuon Sudary");
  });

  it("returns no contact for the source of 'According to spokeswoman X, he is to hold talks with Y' (devD d023, a running digest), the traveller's instead", () => {
    const text =
      "Russian Foreign Minister Sergey Lavrov arrived on a special flight from Moscow this morning at the start of a two-day official visit.\n\n" +
      "Lavrov's Colombo stop is the first leg of an Asian tour.\n\n" +
      "According to Russian Foreign Ministry spokeswoman Maria Zakharova, he goes on to New Delhi, where he is to hold talks with Indian External Affairs Minister Subrahmanyam Jaishankar on Wednesday, January 15.";
    const planned = meetingsOf(text, "2020-01-14", "planned");
    expect(planned).toEqual(["Sergey Lavrov + Subrahmanyam Jaishankar"]);
  });

  it("returns no contact for people a sentence lists after its verb ('The local side comprised X, Y …'), 'He' staying the visitor (devB k024, The Herald)", () => {
    const text =
      "The President of the Pan-African Parliament (PAP), Honourable Roger Nkodo Dang, who is touring Zimbabwe, has paid a courtesy call on Justice Minister Ziyambi Ziyambi.\n\n" +
      "Dang headed a delegation that included Zambian Member of Parliament Professor Geoffrey Lungwangwa.\n\n" +
      "The local side of the delegation comprised Chief Fortune Charumbira, Senator Chen Chimutengwende and Honourable Tapiwa Mashakada.\n\n" +
      "When he met Minister Ziyambi, the discussion centred on the Malabo Protocol.";
    const met = meetingsOf(text, "2018-05-10");
    expect(met.join(" ")).not.toMatch(/Charumbira|Chimutengwende|Mashakada/);
    expect(met).toContain("Roger Nkodo Dang + Ziyambi Ziyambi");
  });

  it("returns the contact of the one 'Also present at the meeting was X' names, for the 'He' after it (c013, Embacuba), not of the woman before", () => {
    const text =
      "Jamaica's Prime Minister, Andrew Holness, today received the Ambassador of Cuba, Inés Fors Fernández, who paid him a courtesy call.\n\n" +
      "For her part, the Cuban diplomat conveyed her country's gratitude for Jamaica's support.\n\n" +
      "Also present at the meeting was Thomas Tavares-Finson, President of the Senate of Jamaica.\n\n" +
      "He recalled with satisfaction his meeting with the President of Cuba, Raúl Castro Ruz, during the VI Cuba-CARICOM Summit.";
    const met = meetingsOf(text, "2017-03-08");
    expect(met).toContain("Raúl Castro Ruz + Thomas Tavares-Finson");
    expect(met.join(" ")).not.toMatch(/Inés Fors Fernández \+ Raúl|Andrew Holness \+ Raúl/);
  });

  it("returns the contact of the one whose trip a sentence is about ('It is the Portuguese president's ninth trip; … he met …') (c009, Agência Brasil)", () => {
    const text =
      "President Luiz Inácio Lula da Silva received Portugal's President, Marcelo Rebelo de Sousa, at the Palácio do Planalto on Tuesday morning.\n\n" +
      "The visit returns the one Lula paid to Portugal in April 2023.\n\n" +
      "It is the Portuguese president's ninth trip to Brazil as head of state; it began on Sunday in Recife, where he met the Governor of Pernambuco, Raquel Lyra.";
    const met = meetingsOf(text, "2025-08-26");
    expect(met).toContain("Marcelo Rebelo de Sousa + Raquel Lyra");
    expect(met.join(" ")).not.toMatch(/Lula da Silva \+ Raquel Lyra/);
  });
});
