import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/**
 * What a question names that the index holds no record of: a person after a title, a town after
 * "in". An answer about someone or somewhere else is a near miss, never the answer. Sentences in the
 * words of the second development set (a regional news site, a parliament's news page) and of the
 * corpus (a news agency).
 */
const APIA = `Rabuka and Fiamē talk development in Apia

Apia, 4 June 2023 - Fiji's Prime Minister Sitiveni Rabuka sat down with his Samoan counterpart, Fiamē Naomi Mata'afa, in Apia on Thursday.

Rabuka left Fiji on Wednesday at Fiame's invitation to join other Pacific leaders at the celebrations. Earlier this year both leaders attended the Pacific Islands Forum Leaders' Special Retreat in Nadi.
`;

const HARARE = `PAP president calls on Mudenda, Madzongwe and Ziyambi

HARARE, 31 January 2018 - The President of the Pan-African Parliament (PAP), Honourable Roger Nkodo Dang, who is touring Zimbabwe, has paid courtesy calls on the Speaker of the National Assembly, Advocate Jacob Mudenda, and the President of the Senate, Edna Madzongwe.
`;

const MANILA = `Marcos receives Malaysian Foreign Minister Mohamad Hasan at Malacañang

MANILA, 2 July 2024 (PNA) - President Ferdinand R. Marcos Jr. welcomed Malaysian Foreign Minister Mohamad Hasan to Malacañang Palace in Manila on Monday.
`;

const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/951_apia.txt", text: APIA },
    { file: "seeds/952_harare.txt", text: HARARE },
    { file: "seeds/953_manila.txt", text: MANILA },
  ]),
  intentModel(),
);
const ask = (q: string) => answer(q, knowledge);

describe("a person after a title whom no article names", () => {
  it("returns found=false for 'did A meet president X', never a meeting with another president", () => {
    const a = ask("did dang meet president mnangagwa");
    expect(a.found).toBe(false);
    expect(a.text).toContain("mnangagwa");
    expect(a.text).not.toMatch(/^Yes/);
  });
});

describe("a town after 'in' that the articles write as a name", () => {
  it("returns what a sentence says of the town, never the meeting held elsewhere", () => {
    const a = ask("when did rabuka and fiame meet in nadi");
    expect(a.text).toContain("Nadi");
    expect(a.text).not.toMatch(/met Fiam|Thursday/);
  });

  it("returns the meeting when the question's town is the one the article names", () => {
    const a = ask("who did marcos receive at malacanang");
    expect(a.found).toBe(true);
    expect(a.text).toContain("Mohamad Hasan");
  });
});
