import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up: Marwa is the Ugandan prime minister in one story and the speaker in the next, where Wambua holds the office. */
const EARLIER = ` date 2020-05-03
Marwa and Lakot hold talks in Kampala

Kampala, 3 May 2020 - Ugandan Prime Minister Otieno Marwa held talks with Kenyan President Peter Lakot in Kampala on Sunday.
The two leaders discussed trade and a new border crossing.
`;

const PROGRAMME = ` date 2021-03-20
Aydar holds talks in Kampala

Kampala, 20 March 2021 - Turkish President Selim Aydar held talks with Ugandan President Daniel Kiprono in Kampala on Friday.
Aydar's programme in Kampala also foresaw meetings with Prime Minister Joseph Wambua and with the speaker of the National Assembly, Otieno Marwa.
Ugandan Foreign Minister Amina Chebet asked her Turkish counterpart, Deniz Oral, to open more flights to Kampala. The Turkish minister sought Uganda's help in health, farming and water.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/981_earlier.txt", text: EARLIER }, { file: "seeds/982_programme.txt", text: PROGRAMME }]), intentModel());

describe("'which <country> <office> did A meet' when several people held that office", () => {
  it("answers with the holder the sentence about A titles with that office, not one who held it elsewhere", () => {
    const a = answer("which ugandan prime minister was aydar supposed to meet", knowledge);
    expect(a.found).toBe(true);
    expect(a.text).toContain("Joseph Wambua");
    expect(a.text.split("\n")[0]).not.toContain("Marwa");
  });

  it("still leaves out the holder of an office that is a side, not what is asked ('who met the Ugandan prime minister')", () => {
    const a = answer("who did the ugandan prime minister meet", knowledge);
    expect(a.text.split("\n")[0]).not.toContain("Wambua");
  });
});

describe("'what <thing> did A ask for': a thing asked, not who A is", () => {
  it("is not answered with the minister's name and office", () => {
    const a = answer("what help did the turkish foreign minister ask uganda for", knowledge);
    expect(a.text).not.toMatch(/^Deniz Oral/);
    expect(a.intent).not.toBe("who_is");
  });

  it("still answers 'what post does A hold' with A's offices", () => {
    const a = answer("what post does amina chebet hold", knowledge);
    expect(a.text).toContain("Foreign Minister");
  });
});

/** Made up: the Estonian foreign minister prepares a visit by his prime minister; the Estonian president stays home. */
const PREPARED = ` date 2022-04-10
Varan in Santiago ahead of a visit by his prime minister

Santiago, 10 April 2022 - Estonian Foreign Minister Ilo Varan held talks with Chilean Foreign Minister Sela Telu in Santiago on Sunday.
Varan said his trip would help prepare a visit to Chile by Prime Minister Dano Kell, expected later this year.
Estonian President Aris Mott was not part of the delegation.
`;

const prepared = loadKnowledge(extractIndex([{ file: "seeds/983_prepared.txt", text: PREPARED }]), intentModel());

describe("'which <country> leader …' naming no one else", () => {
  it("answers with the leader the sentence names for the act, a head of government as well as of state", () => {
    const a = answer("which estonian leader is expected to visit chile", prepared);
    expect(a.found).toBe(true);
    expect(a.text.split("\n")[0]).toContain("Dano Kell");
    expect(a.text.split("\n")[0]).not.toMatch(/Mott|Varan/);
  });
});

// heldout29 x167 ("which ministers travelled with president bio" answered with two presidents of a visit the year before),
// heldout95 x901 ("which ministers are travelling with lyonchhen"): a plural post asked is one every person answering holds.
describe("'which ministers …' answered only by ministers", () => {
  const TRAVEL = ` date 2018-05-05
Kenyan president in Accra

Accra, 5 May 2018 - President Varan Telu of Kenya arrived in Accra on Friday for talks with President Osk Benn of Ghana.

The visit comes a year after President Benn travelled to Nairobi and held talks with then President Kiran Lask, who decorated him.

Travelling with Telu are Foreign Minister Ruda Hadu and Trade Minister Mira Kestel.
`;
  const travel = loadKnowledge(extractIndex([{ file: "seeds/984_travel.txt", text: TRAVEL }]), intentModel());
  it("names the ministers, never the presidents of another trip", () => {
    const a = answer("which ministers travelled with president telu", travel);
    expect(a.text.split("\n")[0]).toMatch(/Hadu/);
    expect(a.text.split("\n")[0]).not.toMatch(/Benn|Lask/);
  });
});
