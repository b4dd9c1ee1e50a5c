import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** A reason in the words of three outlets (a Pacific news site, a government portal, a news agency). */
const APIA = `Rabuka and Fiamē talk development in Apia

Apia, 4 June 2023 - Fiji's Prime Minister Sitiveni Rabuka sat down with his Samoan counterpart, Fiamē Naomi Mata'afa, in the Samoan capital this week.

Rabuka left Fiji on Wednesday at Fiame's invitation to join other Pacific leaders at the celebrations for Samoa's 61st independence anniversary.
`;

const DILI = `Prime Minister receives visit from Australian Foreign Minister Penny Wong

Dili, 7 July 2023 - Australia's Minister of Foreign Affairs, Penny Wong, was received this Friday by Prime Minister Kay Rala Xanana Gusmão at the Government Palace in Díli.

She mentioned Australian backing for Timor-Leste's bid to join ASEAN.

The purpose of the official visit was for Penny Wong to offer Xanana Gusmão her congratulations in person following his recent appointment as Prime Minister.
`;

const BOGOTA = `Peru and Bolivia foreign ministers meet in Bogotá

BOGOTÁ, Aug. 7 (ANDINA) – Peru's Foreign Minister Miguel Ángel Rodríguez Mackay held a meeting with Bolivian Foreign Minister Rogelio Mayta in Bogotá.

Rodríguez Mackay is in Bogotá together with the Vice President of the Republic, Dina Boluarte. The two are representing President Pedro Castillo at the inauguration of Gustavo Petro as president of Colombia, scheduled for this afternoon.
`;

/** Made up: a minister's trip with no reason told. */
const VARNO = `Norland minister in Varno

Varno, 4 March 2025 - Norland's Foreign Minister Talo Brenn met Estovian Foreign Minister Ruma Kessi in Varno on Tuesday.

Kessi said Estovia hoped to join the customs union within two years.
`;

/** Made up: a reason told as the act's own phrase ("congratulated her on …") and as the event a guest flew in for. */
const TARSK = `Kestas calls Halvik

Tarsk, 9 October 2024 - Orvel Kestas, the foreign minister of Norland, spoke by telephone on Tuesday with Mira Halvik, the new foreign minister of Estovia.

Kestas congratulated her on her appointment and wished her every success.

Telu Amar, Estovia's trade minister, had flown into Tarsk for the annual session of the regional trade council, where he met Kestas on Monday.
`;

const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/971_apia.txt", text: APIA },
    { file: "seeds/972_dili.txt", text: DILI },
    { file: "seeds/973_bogota.txt", text: BOGOTA },
    { file: "seeds/974_varno.txt", text: VARNO },
    { file: "seeds/975_tarsk.txt", text: TARSK },
  ]),
  intentModel(),
);
const ask = (q: string) => answer(q, knowledge);

describe("why: the purpose or cause a sentence gives", () => {
  it("returns the invitation and its purpose, with the sentence", () => {
    const a = ask("why did rabuka go to samoa");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^at Fiame's invitation to join other Pacific leaders/);
  });

  it("returns the sentence that states the visit's purpose, not an infinitive of something else", () => {
    const a = ask("why did penny wong go to timor-leste");
    expect(a.text).toContain("her congratulations in person");
    expect(a.text).not.toContain("bid to join ASEAN");
  });

  it("returns what the people are there for", () => {
    expect(ask("why were rodriguez mackay and dina boluarte in bogota").text).toContain("at the inauguration of Gustavo Petro");
  });

  it("declines when no sentence gives a reason for the person's trip", () => {
    const a = ask("why did brenn go to varno");
    expect(a.found).toBe(false);
    expect(a.text).toMatch(/don't say why/);
  });

  it("returns the reason an act words after its verb when the question asks why of that act", () => {
    const a = ask("why did kestas congratulate halvik");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^on her appointment/);
  });

  it("returns the gathering a person travelled for", () => {
    expect(ask("why was telu amar in tarsk").text).toMatch(/^for the annual session of the regional trade council/);
  });
});
