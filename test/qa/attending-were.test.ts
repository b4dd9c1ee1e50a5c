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
