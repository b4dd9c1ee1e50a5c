import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** What someone said, in two agencies' words (ANI, TAP), with no meeting of theirs reported. */
const PORT_OF_SPAIN = `PM Modi arrives in Trinidad and Tobago

Port of Spain, 3 July 2025 (ANI) - Prime Minister Narendra Modi arrived in Port of Spain on Thursday.

Ahead of the visit, India's High Commissioner to Trinidad and Tobago, Pradeep Singh Rajpurohit, told ANI that there was great enthusiasm among people and government alike for a broad, long-term partnership with India.
`;

const TUNIS = `Tunisia: Nafti, Libyan Counterpart Agree to Ease Movement At Border Crossings

Tunis, 4 February 2025 (TAP) - Foreign Minister Mohamed Ali Nafti met Libyan Foreign Minister Taher al-Baour in Tunis on Monday.

Libya's security, Nafti stressed, is bound up with Tunisia's own.
`;

const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/991_port_of_spain.txt", text: PORT_OF_SPAIN },
    { file: "seeds/992_tunis.txt", text: TUNIS },
  ]),
  intentModel(),
);
const ask = (q: string) => answer(q, knowledge);

describe("what did A say, asked of nothing in particular", () => {
  it("returns the sentences in which the person speaks, met or not", () => {
    const a = ask("what did rajpurohit say");
    expect(a.found).toBe(true);
    expect(a.text).toContain("there was great enthusiasm among people and government alike");
    expect(ask("what did nafti say").text).toContain("is bound up with Tunisia's own");
  });

  it("declines for a person who says nothing in the articles", () => {
    expect(ask("what did modi say").found).toBe(false);
  });
});
