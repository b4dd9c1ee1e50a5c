/**
 * @module A plural of envoys counted in capitals and named in parts (enumeration.ts, frame-engine.ts), a time and a place
 * set between a verb and the object of its trigger, and a plural subject set against another side ("for their part").
 * Made-up names in the shapes of read19 r617 (a Kenyan paper: "nine High Commissioners and Ambassadors … Three High
 * Commissioners handed their papers …: A, B and C. The six Ambassadors were …") and read18 r515 (a Gabonese presidency:
 * "received on Monday 15 September 2025, at the Palais …, the letters of credence of seven Ambassadors Extraordinary and
 * Plenipotentiary"), and real pages (verangola.net: "Of the eight new ambassadors, six … the other two …"; netindian.in:
 * "accepted credentials from the new Ambassadors and High Commissioners of seven nations"; thediplomatinspain.com: "will
 * receive this Wednesday at the Royal Palace in Madrid the Letters of Credence of …").
 */
import { describe, expect, it } from "vitest";
import { meetingsIn } from "./helpers";

describe("a plural of envoys named in parts that add up to its number", () => {
  it("returns one ceremony per envoy of two counted parts that add up to the plural's number", () => {
    const text =
      "President Halvik Orvane on Wednesday received the letters of credence of five High Commissioners and Ambassadors newly posted to Kenya, in a ceremony at State House, Nairobi.\n\n" +
      "Two High Commissioners handed their papers to the Head of State: Varan Telu of Nigeria and Orvel Kestas of Ghana.\n\n" +
      "The three Ambassadors were Tarsk Belin (Belgium), Sela Marin (Finland) and Joren Vask (Norway).";
    expect(meetingsIn(text, "2021-09-02")).toEqual([
      "Halvik Orvane + Joren Vask",
      "Halvik Orvane + Orvel Kestas",
      "Halvik Orvane + Sela Marin",
      "Halvik Orvane + Tarsk Belin",
      "Halvik Orvane + Varan Telu",
    ]);
  });

  it("returns no ceremony with the people of parts that do not add up to the plural's number", () => {
    const text =
      "President Halvik Orvane on Wednesday received the letters of credence of six High Commissioners and Ambassadors newly posted to Kenya.\n\n" +
      "Two High Commissioners handed their papers to the Head of State: Varan Telu of Nigeria and Orvel Kestas of Ghana.\n\n" +
      "The three Ambassadors were Tarsk Belin (Belgium), Sela Marin (Finland) and Joren Vask (Norway).";
    expect(meetingsIn(text, "2021-09-02").join(" ")).not.toMatch(/Telu|Kestas|Belin|Marin|Vask/);
  });
});

describe("a time and a place between a verb and its trigger's object", () => {
  it("returns one ceremony per envoy of 'received on Monday …, at the palace, the letters of credence of two Ambassadors Extraordinary and Plenipotentiary'", () => {
    const text =
      "The President of the Republic, His Excellency Halvik Orvane, received on Monday 15 September 2025, at the Palais du Bord de Mer, the letters of credence of two Ambassadors Extraordinary and Plenipotentiary newly accredited to the Republic.\n\n" +
      "The heads of mission are:\n\n" +
      "- H.E. Mr Varan Telu, Ambassador of the Federal Republic of Germany, resident in Libreville;\n" +
      "- H.E. Mrs Sela Marin, Ambassador of the Kingdom of Spain, resident in Libreville.";
    expect(meetingsIn(text, "2025-09-15")).toEqual(["Halvik Orvane + Sela Marin", "Halvik Orvane + Varan Telu"]);
  });

  it("returns the ceremonies of 'will receive this Wednesday at the Royal Palace in Madrid the Letters of Credence of A and B'", () => {
    const text = "King Halvik Orvane will receive this Wednesday at the Royal Palace in Madrid the Letters of Credence of the new ambassadors of Canada, Varan Telu, and Malta, Sela Marin.";
    expect(meetingsIn(text, "2025-01-07", "planned")).toEqual(["Halvik Orvane + Sela Marin", "Halvik Orvane + Varan Telu"]);
  });
});

describe("a plural subject set against another side", () => {
  it("returns no meeting among 'Ambassadors A, B and C, for their part, stressed …' after the talks told with others", () => {
    const text =
      "Once the formalities were over, President Halvik Orvane held a one-to-one conversation with each of the newly accredited diplomats.\n\n" +
      "The conversation with Ambassador Varan Telu centred on infrastructure, while the exchange with Ambassador Sela Marin highlighted energy.\n\n" +
      "Ambassadors Orvel Kestas, Tarsk Belin and Joren Vask, for their part, stressed regional security and agriculture.";
    expect(meetingsIn(text, "2025-09-15").filter((m) => /Kestas|Belin|Vask/.test(m) && !/Orvane/.test(m))).toEqual([]);
  });
});
