import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made-up arrivals told without the word "arrive", as wire stories and ministry releases tell them. */
const BEGAN = `Varan in Tarsk

Tarsk, 8 March 2024 - Orvanian President Piet Kestas received Veldian Prime Minister Telu Varan at the palace on Friday, hours after Varan began a two-day working visit to Tarsk.
`;

const REACHED = `Solen reaches Orvel

Orvel, 12 April 2024 - Halvian Foreign Minister Mara Solen reached Orvel on Thursday evening for talks with her Orvanian counterpart, Ansel Lind.
`;

const REACHED_THE = `Berg in Orvel

Orvel, 3 May 2024 - Halvian Trade Minister Ota Berg reached the Orvanian capital on Tuesday for two days of talks with Orvanian Trade Minister Ivo Lund.
`;

const START = `Keld gives Halvian leader a warm welcome

Keld, 29 January 2022 - Halvian Prime Minister Abel Daro was received on Saturday by President Lino Varga at the start of an official visit to Keld.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/991_began.txt", text: BEGAN }, { file: "seeds/992_reached.txt", text: REACHED }, { file: "seeds/993_start.txt", text: START }, { file: "seeds/994_reached_the.txt", text: REACHED_THE }]), intentModel());
const ask = (q: string) => answer(q, knowledge);

describe("an arrival told by other words", () => {
  it("reads 'began a visit to' as the arrival", () => {
    const a = ask("when did varan arrive in tarsk?");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/Friday|8 March/);
  });

  it("reads 'reached the … capital' as the arrival", () => {
    const a = ask("when did berg arrive?");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/Tuesday|30 April/);
  });

  it("reads 'reached' a place as the arrival", () => {
    const a = ask("when did solen arrive in orvel?");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/Thursday|11 April/);
  });
});

/** Made up: where a trip goes on to, told without "go". */
const ONWARD = `Varan in Orvel

Lusaka, 3 February 2026 - Veldian Foreign Minister Telu Varan met Zambian Foreign Minister Piet Kestas in Lusaka on Tuesday. Varan is due to travel on to Harare and Gaborone before the end of the week.
`;

describe("where a trip goes next, told by other words", () => {
  it("reads 'travel on to' as going", () => {
    const k = loadKnowledge(extractIndex([{ file: "seeds/993_onward.txt", text: ONWARD }]), intentModel());
    const a = answer("where is varan going after zambia?", k);
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/Harare/);
  });

  it("reads 'at the start of an official visit' as the arrival (read26 w104; n208, q411, c042 and others tell it so)", () => {
    const a = ask("when did daro arrive for the official visit");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/Saturday|29 January/);
  });
});
