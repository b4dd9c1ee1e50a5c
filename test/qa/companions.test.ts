import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

// heldout96 x906 ("X was accompanied in Brussels by A, Minister of …, and B, Minister of …"), heldout97 x908 ("Travelling with her
// were A, … and B, …"), heldout23 s107 ("Accompanying the Sudanese guest were A and B" two sentences after the guest is named),
// heldout95 x901, heldout29 x168, heldout104 x961: the companions a sentence names answer "who accompanied X", "which ministers
// travelled with X"; the presidents of another trip do not.
const BRUSSELS = ` date 2024-09-20
Kenyan president in Brussels

Brussels, 19 September 2024 - President Varan Telu of Kenya held talks with Commission President Osk Benn on Thursday.

Telu was accompanied in Brussels by Ruda Hadu, Minister of Foreign Affairs, and Mira Kestel, Minister of Trade.
`;
const ACCRA = ` date 2024-03-18
Fund chief in Accra

Accra, 18 March 2024 - Managing Director Ana Lorvel of the Fund was received by President Kiran Asante of Ghana on Sunday.

On the Ghanaian side the meeting was attended by Finance Minister Kofi Dane.

Accompanying the visiting managing director were Director Tom Selas and Mission Chief Ida Roud.
`;
const BIO = ` date 2018-05-05
Ghanaian president in Freetown

Freetown, 5 May 2018 - President Oti Maro of Ghana arrived in Freetown on Friday for talks with President Leno Baio of Sierra Leone.

The visit comes a year after President Baio travelled to Accra and held talks with then President Kwame Osei.
`;

const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/985_brussels.txt", text: BRUSSELS },
    { file: "seeds/986_accra.txt", text: ACCRA },
    { file: "seeds/987_bio.txt", text: BIO },
  ]),
  intentModel(),
);
const first = (q: string) => answer(q, knowledge).text.split("\n")[0];

describe("the companions of a traveller", () => {
  it("names those a sentence says accompanied them", () => {
    expect(first("which ministers went to brussels with telu")).toBe("Ruda Hadu and Mira Kestel");
    expect(first("who accompanied lorvel")).toBe("Tom Selas and Ida Roud");
  });

  it("names no president of another trip for 'which ministers travelled with'", () => {
    expect(first("which ministers travelled with president maro")).not.toMatch(/Baio|Osei/);
  });
});
