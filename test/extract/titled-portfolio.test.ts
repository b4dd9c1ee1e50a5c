/**
 * A title with its portfolio set before a name by a comma is that name's ("the Minister for Home Affairs and Cyber Security,
 * Varan Telu"), never a description of its own that another minister of the article may stand for (heldout53 x582, a Czech
 * outlet: the talks went to the minister named paragraphs before; read articles write "the Minister for Foreign Affairs and
 * Trade Promotion, X", "the Minister for Pacific Peoples, Dr Y").
 */
import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { meetingsOf } from "./helpers";

describe("a title with its portfolio before a name", () => {
  it("returns the contact with the name, not with an earlier minister", () => {
    const text =
      "TARSK, 27 February 2024 - On Friday, Foreign Minister Jan Kelm met Orvane's External Affairs Minister Dan Orso.\n\n" +
      "On Saturday Kelm landed in Veldia. In Tarsk he was received by the Governor-General, Amos Varan, and held talks with the Minister for Home Affairs and Cyber Security, Mira Telu.";
    const pairs = meetingsOf(text).map((m) => m.names.split(" + ").sort().join(" + "));
    expect(pairs).toContain("Jan Kelm + Mira Telu");
    expect(pairs.filter((p) => p === "Dan Orso + Jan Kelm")).toHaveLength(1);
  });
});

describe("a portfolio the gazetteer lacks after 'for', and a body's name after 'of'", () => {
  const people = (text: string) => extractIndex([{ file: "t/x.txt", text }]).people;
  // heldout78 x759 ("He was received by Mallory Stewart, U.S. Assistant Secretary of State for Arms Control, Verification and
  // Compliance, who …"; "Sun Xiaobo, director-general of the Department of Arms Control of China's Ministry of Foreign Affairs, led
  // the Chinese side"), x761 ("…, the United Nations Under-Secretary-General and High Representative for Disarmament Affairs, …")
  it("returns the title set off after the name, and no person of the body's name", () => {
    const found = people(
      "Osk Tarima, director-general of the Department of Arms Control of Chile's Ministry of Foreign Affairs, led the Chilean side.\n\n" +
        "He was received by Ana Rell, Orvanian Assistant Secretary of State for Arms Control, Verification and Compliance, who was accompanied by a team.",
    );
    expect(found.map((p) => p.name).sort()).toEqual(["Ana Rell", "Osk Tarima"]);
    expect(found.find((p) => p.name === "Ana Rell")?.offices[0]?.title).toMatch(/Assistant Secretary of State/);
  });
});

describe("refugees as a portfolio", () => {
  // heldout70 x692 and heldout79 x764 (two writers on two visits: "Chief Commissioner for Afghan Refugees Muhammad Abbas Khan attended")
  it("returns the name after the title, not one that opens with the portfolio's word", () => {
    const found = extractIndex([{ file: "t/x.txt", text: "Minister Osk Tarima hosted the delegation. Chief Commissioner for Afghan Refugees Ana Rell Dole sat in on the session." }]).people;
    expect(found.map((p) => p.name)).toContain("Ana Rell Dole");
    expect(found.find((p) => p.name === "Ana Rell Dole")?.offices[0]?.title).toMatch(/Commissioner for Refugees/);
  });
});

describe("an officer general of a service", () => {
  // "a courtesy call on Mongolia's Attorney-General, X," (heldout83 x802), "Tan Sri Y, Inspector-General of the Royal Malaysia
  // Police;" (a read set's list of police chiefs): a word joined to "-General" heads a title, as "Director-General" does.
  const people = (text: string) => extractIndex([{ file: "t/x.txt", text }]).people;
  it("returns the person after an officer general's title set off by commas, with the title", () => {
    const found = people("TARSK, May 4, 2022 - The delegation called on Chile's Attorney-General, Osk Tarima, at his office on Wednesday.");
    expect(found.find((p) => p.name === "Osk Tarima")?.offices[0]?.title).toBe("Attorney-General");
  });
});
