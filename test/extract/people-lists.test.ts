import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { meetingsIn, personNamed } from "./helpers";

const indexOfText = (text: string) => extractIndex([{ file: "t/x.txt", text: ` date 2024-05-01\n${text}` }]);
const officesOf = (text: string, name: string) => personNamed(indexOfText(text), name)?.offices.map((o) => ({ title: o.title, country: o.country ?? null }));

describe("people written in lists", () => {
  it("gives each of 'his Egyptian and Jordanian counterparts, A and B' the host's post and the next country (read33 x265)", () => {
    const text = "BAGHDAD, March 29, 2021 – Iraq's Foreign Minister Rush Varan hosted his Egyptian and Jordanian counterparts, Telu Hanno and Orla Lind, in Baghdad on Monday.";
    expect(officesOf(text, "Telu Hanno")).toEqual([{ title: "Foreign Minister", country: "Egypt" }]);
    expect(officesOf(text, "Orla Lind")).toEqual([{ title: "Foreign Minister", country: "Jordan" }]);
  });

  it("gives each name of 'Six other heads of government were in the room: A of X, B of Y' the plural's post (heldout90 x856, heldout64 x651)", () => {
    const text = "KELM, Dec 14, 2023 - The two presidents met on Thursday. Six other heads of government were in the room: Rush Varan of The Bahamas, Telu Hanno of Barbados and Orla Lind of Grenada.";
    expect(officesOf(text, "Telu Hanno")).toEqual([{ title: "Head of Government", country: "Barbados" }]);
    expect(officesOf(text, "Orla Lind")).toEqual([{ title: "Head of Government", country: "Grenada" }]);
  });

  it("reads a list of pairs, a country and a name, joined by semicolons: each person is of their country", () => {
    // devD d012 (Angolan presidency): "The envoys accredited on Thursday represent Uruguay, Nester Navarro; Chile, Julio Fiol; …"
    const text = "President Olu Danvers received four envoys in Luanda on Thursday.\n\nThe envoys accredited on Thursday represent Uruguay, Rush Varan; Chile, Telu Hanno; Eswatini, Orvane Lind; and Australia, Ilse Marrin.";
    expect(officesOf(text, "Telu Hanno")).toEqual([{ title: "Envoy", country: "Chile" }]);
    expect(officesOf(text, "Ilse Marrin")).toEqual([{ title: "Envoy", country: "Australia" }]);
    expect(personNamed(indexOfText(text), "Rush Varan")?.country).toBe("Uruguay");
  });

  it("reads a list of pairs, a portfolio and a name, after a plural office: each holds that office of their portfolio", () => {
    // devC m013 (Panamanian daily): "the ministers of the Presidency, Juan Carlos Orillac; Security, Frank Ábrego; …"
    const text = "President Dario Vell arrived in San José on Monday.\n\nVell is joined by the ministers of the Presidency, Rush Varan; Security, Telu Hanno; Commerce and Industry, Orvane Lind; and Agricultural Development, Ilse Marrin.";
    expect(officesOf(text, "Telu Hanno")?.map((o) => o.title)).toEqual(["Minister of Security"]);
    expect(officesOf(text, "Orvane Lind")?.map((o) => o.title)).toEqual(["Minister of Commerce and Industry"]);
    expect(officesOf(text, "Ilse Marrin")?.map((o) => o.title)).toEqual(["Minister of Agricultural Development"]);
  });

  it("keeps a list of names each followed by a title as it is: the title after a name is that name's", () => {
    const text = "President Dario Vell arrived in Nairobi on Monday.\n\nVell's delegation included Telu Hanno, Minister of Energy; Orvane Lind, Deputy Minister of Trade; and Ilse Marrin, Ambassador to Kenya.";
    expect(officesOf(text, "Orvane Lind")?.map((o) => o.title)).toEqual(["Deputy Minister of Trade"]);
    expect(officesOf(text, "Ilse Marrin")?.map((o) => o.title)).not.toContain("Minister of Trade");
  });

  it("makes every full name of a list people when one of them is written with a title", () => {
    const text = "Talks ended in Nairobi on Monday.\n\nForeign Minister Rush Varan, Telu Hanno and Ilse Marrin toured the port afterwards.";
    const index = indexOfText(text);
    expect(personNamed(index, "Telu Hanno")).toBeDefined();
    expect(personNamed(index, "Ilse Marrin")).toBeDefined();
  });

  it("finds no people in a list of capitalised names with no person among them", () => {
    const index = indexOfText("Talks ended in Nairobi on Monday.\n\nThe route passes Lake Orvane, Mount Telu and Port Varan before the coast.");
    expect(index.people.map((p) => p.name)).toEqual([]);
  });

  it("reads a chief of staff written in lower case before the name as the office", () => {
    // devB k023 (Argentine daily) "ministry chief of staff Guillermo Chaves", devD d005 (Dominican daily) "Dominican chief of staff Gustavo Montalvo"
    const text = "Talks ended in Santo Domingo on Monday.\n\nDominican chief of staff Rush Varan and Haitian minister Telu Hanno were put in charge of the follow-up.";
    expect(officesOf(text, "Rush Varan")).toEqual([{ title: "Chief of Staff", country: "Dominican Republic" }]);
  });

  it("gives each name of the list after a copula the title of the plural office its subject opens with", () => {
    const index = extractIndex([
      {
        file: "t/x.txt",
        text: " date 2024-05-02\nEnvoys present credentials\n\nPresident Kestas Halvik received the credentials of five envoys on Thursday.\n\nThe envoys who presented their credentials were Ilsa Marro of Cuba, Osk Venn of Angola and Tarin Bell of Vietnam. The other ambassadors accredited that day were Irko Berai of Kuwait and Abdul Kha of Pakistan.",
      },
    ]);
    expect(personNamed(index, "Osk Venn")?.offices.map((o) => ({ title: o.title, country: o.country }))).toEqual([{ title: "Envoy", country: "Angola" }]);
    expect(personNamed(index, "Abdul Kha")?.offices.map((o) => ({ title: o.title, country: o.country }))).toEqual([{ title: "Ambassador", country: "Pakistan" }]);
  });
});

describe("a list of counterparts after a counted plural office", () => {
  // heldout53 x574: "… to sit down with two European heads of government, Spain's Pedro Sánchez and the Netherlands' Dick Schoof."
  // read36 x352 and heldout53 x574 write a country's bare apostrophe before a name.
  it("keeps the one after a country's bare apostrophe in the list ('and the Bahamas' B')", () => {
    expect(meetingsIn("NASSAU, May 2, 2024 - Premier Rush Varan held talks with two leaders, Spain's Telu Amsel and the Bahamas' Dara Osk.", "2024-05-02", "held")).toEqual(["Dara Osk + Rush Varan + Telu Amsel"]);
  });

  it("reads a plural the tagger takes for a verb as the office before the list ('two European heads of government, A and B')", () => {
    expect(meetingsIn("NASSAU, May 2, 2024 - Premier Rush Varan sat down with two European heads of government, Telu Amsel and Dara Osk.", "2024-05-02", "held")).toEqual(["Dara Osk + Rush Varan + Telu Amsel"]);
  });
});
