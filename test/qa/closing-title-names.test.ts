import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/**
 * Made up, in the shapes of corpus c014 (a ministry's programme: "Dr. Godwin Friday, Leader of the Opposition; Hon. Curtis
 * King, Minister of …") and c027 (a royal court's statement: "handed to His Majesty King Abdullah … by Minister X").
 */
const PROGRAMME = `Minister's programme in Kingstown

Kingstown, 4 June 2024 - The visiting minister's programme includes courtesy calls on Dr. Orvel Friday, Leader of the Opposition; and Hon. Varan King, Minister of Education.
`;
const LETTER = `King receives letter

Amman, 17 April 2019 - A letter from King Halvik Bin Tamsin was handed to His Majesty King Rashid on Wednesday by Minister of State Telu Kasanor, whom the King received at the palace.
`;

const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/981_programme.txt", text: PROGRAMME },
    { file: "seeds/982_letter.txt", text: LETTER },
  ]),
  intentModel(),
);

describe("a name closed by a title word or a weekday", () => {
  it("is found by its whole name", () => {
    expect(answer("Who is Varan King?", knowledge).text).toContain("Minister of Education");
    expect(answer("Who is Orvel Friday?", knowledge).text).toContain("Leader of the Opposition");
  });

  it("does not make the title word in a question a name of that person", () => {
    const reply = answer("who delivered king halvik's letter to king rashid", knowledge);
    expect(reply.text).not.toContain("Varan King");
    expect(reply.text).toContain("Telu Kasanor");
  });
});
