import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { personNamed } from "./helpers";

// Session 42: constructions read on articles no rule was grown on (read27, the corpus, a helper's texts); names made up.
const indexOfText = (text: string) => extractIndex([{ file: "t/x.txt", text: ` date 2024-05-01\n${text}` }]);
const pairs = (text: string) => {
  const index = indexOfText(text);
  const name = (id: string) => index.people.find((p) => p.id === id)?.name ?? id;
  return index.meetings.map((m) => m.participants.flatMap((p) => (p.kind === "person" ? [name(p.person)] : [])).sort().join(" + "));
};

describe("people's countries", () => {
  it("gives a name the country of a possessive of several words before it ('South Africa's X')", () => {
    // read27 x117: "talks with South Africa's Cyril Ramaphosa, the AU's first vice-president, and Rwandan President Paul Kagame"
    const index = indexOfText("Tarsk, 1 May (Wire) - Later Piet Kestas held talks with Saudi Arabia's Ansel Lind, the League's deputy chair, and Rwandan President Abel Daro.");
    expect(personNamed(index, "Ansel Lind")?.country).toBe("Saudi Arabia");
    expect(personNamed(index, "Abel Daro")?.country).toBe("Rwanda");
  });

  it("gives the side a name speaks for ('A for Veldia and B for Orvane'), not a thing thanked for", () => {
    // read (a Portugal–Brazil summit, a Bhutan–Bangladesh consultation), read27 x121 (envoys named "… for the Republic of Korea")
    const index = indexOfText(
      "The talks were widened to include the foreign ministers of both countries, Piet Kestas for Portugal and Ansel Lind for Brazil.\n\nThe president named the new envoys: Abel Daro for the Republic of Korea and Mara Solen for Egypt.\n\nPresident Lino Varga thanked Telu Varan for Chile's support.",
    );
    expect(personNamed(index, "Piet Kestas")?.country).toBe("Portugal");
    expect(personNamed(index, "Ansel Lind")?.country).toBe("Brazil");
    expect(personNamed(index, "Abel Daro")?.country).toBe("South Korea");
    expect(personNamed(index, "Mara Solen")?.country).toBe("Egypt");
    expect(personNamed(index, "Telu Varan")?.country).not.toBe("Chile");
  });

  it("reads a region's affairs as a portfolio, and 'South African' before a title as the country", () => {
    // corpus c027, a helper's a903: "Saudi Minister of State for African Affairs X"
    const index = indexOfText("King Piet received Ansel Lind, Saudi Arabia's Minister of State for African Affairs. South African President Abel Daro spoke later.");
    expect(personNamed(index, "Ansel Lind")?.offices[0]?.title).toBe("Minister of State for African Affairs");
    expect(personNamed(index, "Ansel Lind")?.country).toBe("Saudi Arabia");
    expect(personNamed(index, "Abel Daro")?.offices[0]).toMatchObject({ title: "President", country: "South Africa" });
  });

  it("does not make a person of a title's office ('the Prime Minister's Office')", () => {
    // read27 x106: the office's statement took the title from the Prime Minister, who lost his country
    const index = indexOfText("ISLAMABAD: Prime Minister Abel Daro telephoned Crown Prince Ansel Lind of Saudi Arabia on Wednesday.\n\nAccording to a statement from the Prime Minister's Office, Daro told the crown prince that Pakistan valued the ties.");
    expect(index.people.map((p) => p.name)).not.toContain("Prime Minister");
    expect(personNamed(index, "Abel Daro")?.country).toBe("Pakistan");
  });
});

describe("contacts", () => {
  it("takes 'the Congolese leader' for the DR Congo's president, a demonym two countries share", () => {
    // read27 x117
    const text =
      "Addis Ababa, 11 February 2019 - Piet Kestas, President of the Democratic Republic of the Congo, spent Monday in meetings.\n\nLater Kestas held talks with South Africa's Ansel Lind, the AU's first vice-president.\n\nThe Congolese leader also held talks with Kenya's President Abel Daro.";
    expect(pairs(text)).toContain("Abel Daro + Piet Kestas");
    expect(pairs(text)).not.toContain("Abel Daro + Ansel Lind");
  });

  it("reads two heads who led their delegations as the pair that met", () => {
    const text = "Tarsk, 26 December 2022 - The deputy ministers reviewed the year. Veldian Deputy Foreign Minister Piet Kestas and his Orvanian counterpart, Deputy Foreign Minister Ansel Lind, led the two sides.";
    expect(pairs(text)).toContain("Ansel Lind + Piet Kestas");
  });

  it("reads an audience granted to someone, the venue between", () => {
    const text = "Tarsk, 15 May 2024 - President Piet Kestas on Wednesday granted an audience at the Presidential Palace in Tarsk to Ansel Lind, Ambassador of Veldia to Orvane.";
    expect(pairs(text)).toEqual(["Ansel Lind + Piet Kestas"]);
  });

  it("reads 'her programme includes a meeting with X' as the followed person's contact", () => {
    // read27 x111, read t118
    const text = "Tarsk, 2 October 2019 - Mara Solen, Speaker of the Veldian Senate, held talks in Tarsk with Ansel Lind, Chairperson of the Orvanian Senate.\n\nHer programme in Tarsk also includes a meeting with Abel Daro, Speaker of the Orvanian Chamber.";
    expect(pairs(text)).toContain("Abel Daro + Mara Solen");
  });

  it("reads a title written by its initials alone as its holder, not another official of a like post", () => {
    // read27 x104 (an Indian ministry's release: "EAM called on …"); "DPM Rosso", "EAM Jaishankar" before names in two read articles
    const text =
      "External Affairs Minister Mara Solen travelled to Tarsk on 17 March 2019 with Foreign Secretary Piet Kestas.\n\nDuring the visit, EAM held a bilateral meeting with Foreign Minister Abel Daro of Chile. On 18 March 2019 EAM called on Ansel Lind, President of Chile.";
    expect(pairs(text)).toContain("Abel Daro + Mara Solen");
    expect(pairs(text)).toContain("Ansel Lind + Mara Solen");
    expect(pairs(text).filter((p) => p.includes("Kestas"))).toEqual([]);
    expect(personNamed(indexOfText("DPM Telu Varan arrived in Tarsk on Monday."), "Telu Varan")?.offices[0]?.title).toBe("Deputy Prime Minister");
  });

  it("passes over a man styled 'Shri' for 'she'", () => {
    // read27 x104: "she called on …" was given to the Foreign Secretary in her delegation
    const text =
      "External Affairs Minister Smt. Mara Solen travelled to Tarsk on 17 March 2019. Foreign Secretary Shri Piet Kestas made up her delegation.\n\nOn 18 March 2019 she called on Abel Daro, President of Orvane.";
    expect(pairs(text)).not.toContain("Abel Daro + Piet Kestas");
  });
});
