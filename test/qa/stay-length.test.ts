import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { asksStayLength } from "../../src/qa/answerers/visit-span";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up: one stay told by its length ("a three-day stay"), one by its span of days, and a gathering's days after a trip that are no stay's. */
const TARSK = `Veldian minister ends visit to Tarsk

Tarsk, 6 June 2024 - Veldian Foreign Minister Varan Kestel called on the President of Tarsk, Telu Amar, during a three-day stay in the Tarskian capital, officials said on Thursday.
`;

const ORVANE = `Orvanian speaker in Halvik

Halvik, 14 May 2024 - Orvanian Speaker Mira Solen met her host, Speaker Anto Velik, in Halvik on Tuesday, on the second day of an official visit that runs from May 13 to 15.
`;

const SORN = `Sorn back from the gulf

Sorn, 2 January 2020 - Foreign Minister Halvik Darro of Sorn held talks with Prime Minister Kestas Orn in Sorn on Thursday.

Soon after the trip, Sorn stayed away from the Delta Summit, a gathering held in Varan from December 18 to 21.
`;

const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/971_tarsk.txt", text: TARSK },
    { file: "seeds/972_halvik.txt", text: ORVANE },
    { file: "seeds/973_sorn.txt", text: SORN },
  ]),
  intentModel(),
);

describe("how long a stay lasted", () => {
  it("asks of a stay, not of talks, a post or a wait", () => {
    expect(asksStayLength("how long was Kestel's visit to Tarsk")).toBe(true);
    expect(asksStayLength("how many days was Solen in Halvik")).toBe(true);
    expect(asksStayLength("how long did the talks between Kestel and Amar last")).toBe(false);
    expect(asksStayLength("how long has Velik served in Halvik")).toBe(false);
  });

  // heldout70 x694 ("… part of the UN official's four-day visit to India"); asked so in heldout23 s117, heldout30 x177, heldout105 966
  it("reads 'how many days did A spend in Tarsk' as a stay's length, and 'spend together' as none", () => {
    expect(asksStayLength("how many days did Kestel spend in Tarsk")).toBe(true);
    expect(asksStayLength("how long did the two ministers spend together")).toBe(false);
    const a = answer("how many days did kestel spend in tarsk", knowledge);
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^three-day/);
  });

  // heldout95 897 ("at the end of a 36-hour visit"), heldout54 x594 and x596 ("a five-hour visit", "a 30-hour working visit")
  it("returns a stay's length in hours for 'how many hours did A spend in Tarsk'", () => {
    const visit = loadKnowledge(
      extractIndex([{ file: "seeds/977_orvel.txt", text: "Orvel, 11 February 2031 - Foreign Minister Ansel Brek left Orvel on Monday at the end of a 30-hour working visit. He met President Dara Lund on Sunday.\n" }]),
      intentModel(),
    );
    const a = answer("how many hours did brek spend in orvel", visit);
    expect(a.found).toBe(true);
    expect(a.text.split("\n")[0]).toContain("30-hour");
  });

  it("returns the length the article gives the stay of the one asked", () => {
    const a = answer("how long was kestel's visit to tarsk", knowledge);
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^three-day/);
  });

  it("returns the stay's span of days when no length is written", () => {
    const a = answer("how long is solen's visit to halvik", knowledge);
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^from May 13 to 15/);
  });

  it("never gives a gathering's days told after a trip", () => {
    const a = answer("how long did darro stay in sorn", knowledge);
    expect(a.text).not.toContain("December 18");
  });

  // heldout16 q201 ("was in Montenegro on 10 and 11 February 2020 for a two-day programme of official contacts"), new56f x641
  // ("The two-day programme is built around two events …"), heldout20 r703 ("at the end of the one-day programme")
  it("returns the length of the programme of a stay", () => {
    const visit = loadKnowledge(
      extractIndex([{ file: "seeds/974_orvel.txt", text: "Orvel, 11 February 2031 - Foreign Minister Ansel Brek was in Orvel on 10 and 11 February for a two-day programme of official contacts. He met President Dara Lund on Monday.\n" }]),
      intentModel(),
    );
    const a = answer("how long was brek's visit to orvel", visit);
    expect(a.found).toBe(true);
    expect(a.text.split("\n")[0]).toContain("two-day");
  });

  // heldout30 x196 ("… the president's state visit to Norway, which runs from 21 to 23 March"), check12 l208 ("The visit, which ran
  // from September 10 to 12, 2022, …")
  it("returns the span of a stay told in a 'which runs from' clause after its place", () => {
    const visit = loadKnowledge(
      extractIndex([{ file: "seeds/975_orvel.txt", text: "Orvel, 22 March 2031 - President Ansel Brek met Prime Minister Dara Lund on Tuesday. The meeting is part of the president's state visit to Norway, which runs from 21 to 23 March.\n" }]),
      intentModel(),
    );
    const a = answer("how long is brek's visit to norway", visit);
    expect(a.found).toBe(true);
    expect(a.text.split("\n")[0]).toContain("21 to 23 March");
  });

  // heldout112 1030 ("finished a four-day trip to the Chinese capital …" beside "the third senior official in Beijing in about a
  // month"), check11 k104 ("a two-day stay in the Moroccan capital"), heldout70 x693 ("a two-day visit to the Russian capital")
  it("returns the length of a stay told in '<country>'s capital' for the city asked, before another span of time", () => {
    const visit = loadKnowledge(
      extractIndex([
        {
          file: "seeds/976_rabat.txt",
          text: "Rabat, 9 May 2031 - Foreign Minister Ansel Brek ended a two-day stay in the Moroccan capital on Friday with a call on Prime Minister Dara Lund.\n\nBrek is the second foreign minister in Rabat in about a month.\n",
        },
      ]),
      intentModel(),
    );
    const a = answer("how long was brek's visit to rabat", visit);
    expect(a.found).toBe(true);
    expect(a.text.split("\n")[0]).toContain("two-day");
  });
});
