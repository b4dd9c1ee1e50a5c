import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up: attendance told inverted, the verb before the people ("Attending the meeting were …", "Sitting in were …"). */
const AUDIENCE = ` date 2024-03-12
King receives Orvanian foreign minister

Tarsk, 12 March 2024 - King Telu Varan received Orvanian Foreign Minister Piet Kestas at the palace on Tuesday.
Attending the meeting were Foreign Minister Ana Orvel; Mara Solen, Director of the Royal Office; and the Orvanian Ambassador, Ivo Brand.
`;

const CALL = ` date 2024-03-20
Halvik receives Veldian envoy

Halvik, 20 March 2024 - Prime Minister Arno Tamsin received Veldian Foreign Secretary Lena Halvik for an hour at his office.
Sitting in were Foreign Minister Rein Kask and the Veldian High Commissioner, Oma Telsen.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/978_attending.txt", text: AUDIENCE }, { file: "seeds/979_sitting.txt", text: CALL }]), intentModel());

describe("attendance told before the people", () => {
  it("reads 'Attending the meeting were X; Y; and Z'", () => {
    const a = answer("who attended varan's meeting with kestas", knowledge);
    expect(a.found).toBe(true);
    expect(a.text).toContain("Orvel");
    expect(a.text).toContain("Solen");
  });

  it("reads 'Sitting in were X and Y'", () => {
    const a = answer("who else attended tamsin's meeting with halvik", knowledge);
    expect(a.found).toBe(true);
    expect(a.text).toContain("Kask");
    expect(a.text).toContain("Telsen");
  });
});

/** Made up: one host's two meetings on one day, one of them with a body's official. */
const TWO = ` date 2025-01-09
President's first day

Tarsk, 9 January 2025 - President Omar Velt received Prime Minister Ivo Sarn of Orvane at his office on Wednesday.
Later the same day Velt held discussions with Dana Lusk, the Veldian Development Bank's Vice President for Western and Central Regions. Finance Minister Aro Pell sat in on the meeting.
`;

describe("attendance at one of a host's meetings the question does not name", () => {
  // new59a x720 ("who sat in on mahama's meeting with the world bank official", no one of the articles holding that office)
  it("asks which meeting, never lists the other side of each meeting as present", () => {
    const k = loadKnowledge(extractIndex([{ file: "seeds/980_two.txt", text: TWO }]), intentModel());
    const a = answer("who sat in on velt's meeting with the bank official", k);
    expect(a.found).toBe(false);
    expect(a.text).not.toContain("Sarn");
  });
});
