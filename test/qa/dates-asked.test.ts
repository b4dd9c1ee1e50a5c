import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made-up articles: a date that is the day something was agreed, a plan called off, a meeting dated by its month. */
const AGREED = `Lima, 28 March 2023 (Andina) — Chilean Foreign Minister Rosa Quispe and her Bolivian counterpart, Hugo Mamani, agreed today that the next Joint Commission, together with the business forum that accompanies it, will be held in Chile in the coming months.
`;

const CALLED_OFF = `Ana Tello and Ivo Kask hold first video summit

Estonian Prime Minister Ivo Kask and Chilean President Ana Tello held their first video summit on Thursday.

Kask had been due to travel to Chile earlier this year, but called off the trip because of the floods.
`;

const MONTH = `Canberra, 4 July 2023 (AAP) — Tongan Prime Minister Sione Fifita met Samoan Prime Minister Lupe Tuilagi in Apia in June 2023, the two governments said on Tuesday.
`;

const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/911_agreed.txt", text: AGREED },
    { file: "seeds/912_called_off.txt", text: CALLED_OFF },
    { file: "seeds/913_month.txt", text: MONTH },
  ]),
  intentModel(),
);
const ask = (q: string) => answer(q, knowledge);

describe("answer: a date asked about the future", () => {
  it("returns found=false, not the day the article was written, for when a planned event will take place", () => {
    const a = ask("When will the Joint Commission take place?");
    expect(a.found).toBe(false);
    expect(a.text).not.toContain("28 March 2023");
  });

  it("returns found=false, not 'this year', for a visit the article says was called off earlier this year", () => {
    const a = ask("When will Kask visit Chile?");
    expect(a.found).toBe(false);
    expect(a.text).not.toMatch(/^this year/);
  });
});

describe("answer: the exact date", () => {
  it("returns found=false for the exact date of a meeting the article dates by its month, showing the month", () => {
    const a = ask("what was the exact date of the meeting between fifita and tuilagi");
    expect(a.found).toBe(false);
    expect(a.text).toContain("does not give the day");
    expect(a.text).toContain("June 2023");
  });

  it("returns the month when the question asks only when", () => {
    const a = ask("when did fifita and tuilagi meet");
    expect(a.found).toBe(true);
    expect(a.text).toContain("June 2023");
  });
});
