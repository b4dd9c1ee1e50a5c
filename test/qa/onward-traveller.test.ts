import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

// Made up, of the shapes of read27 x113 and x124: the next stop told in a sentence that calls the traveller by a word of their post
// ("The secretary of state is due to travel on to …", "a tour that takes the Japanese minister on to …"), with no name and no
// word of going.
const TOUR = ` date 2021-11-19
Veldian minister in Abuja

ABUJA, Nov 19 (Wire) - Veldian Foreign Minister Varan Telu held talks in Abuja on Thursday with Nigerian Foreign Minister Kestas Orvel.

Nigeria is the middle leg of a three-country swing that began in Kenya on Wednesday. The foreign minister is due to travel on to Senegal before the end of the week.
`;
const SECOND = ` date 2020-10-02
Japanese minister lands in Port Moresby

Japanese Foreign Minister Lino Sovo held talks in Port Moresby on Friday with Prime Minister Amar Halvik.

Port Moresby is the first stop on a six-day tour that takes the Japanese minister on to Cambodia and Laos.
`;

const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/940_tour.txt", text: TOUR },
    { file: "seeds/941_second.txt", text: SECOND },
  ]),
  intentModel(),
);

describe("where a traveller goes next, told without their name", () => {
  it("answers from a sentence that calls the traveller by their post", () => {
    const a = answer("where does telu go after nigeria", knowledge);
    expect(a.found).toBe(true);
    expect(a.text.split("\n")[0]).toMatch(/Senegal/);
  });

  it("answers from a tour that 'takes' the traveller on, with no word of going", () => {
    const a = answer("where is sovo going after papua new guinea", knowledge);
    expect(a.found).toBe(true);
    expect(a.text.split("\n")[0]).toMatch(/Cambodia/);
  });

  it("does not give the next stop for where the traveller came from", () => {
    const a = answer("where did telu fly in from", knowledge);
    expect(a.text.split("\n")[0]).not.toMatch(/Senegal/);
  });
});
