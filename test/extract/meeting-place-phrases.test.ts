import { describe, expect, it } from "vitest";
import { meetingsOf } from "./helpers";

const find = (text: string, who: string) => meetingsOf(text).find((m) => m.names.includes(who));

const LEAD = " date 2024-07-09\nTARSK - Varan Telu, the Veldian foreign minister, on Friday held talks with his Orvanian counterpart Kestas Halvik.";

describe("the place a sentence after the meeting gives it", () => {
  it("returns the place of a next sentence whose subject is the meeting itself", () => {
    expect(find(`${LEAD}\nThe meeting took place on the sidelines of a regional forum in the coastal city of Marvelo.`, "Halvik")?.place).toBe("Marvelo");
    expect(find(`${LEAD}\nThe talks were held at the foreign ministry in the city of Marvelo.`, "Halvik")?.place).toBe("Marvelo");
    expect(find(`${LEAD}\nAt the meeting in Marvelo, Telu handed over a letter from his president.`, "Halvik")?.place).toBe("Marvelo");
    expect(find(`${LEAD}\nThe meeting to review "ties and shared concerns" took place in the port city of Marvelo.`, "Halvik")?.place).toBe("Marvelo");
  });

  it("returns no place from another meeting or time the sentence names", () => {
    expect(find(`${LEAD}\nThe meeting came after talks in Marvelo last month.`, "Halvik")?.place).not.toBe("Marvelo");
    expect(find(`${LEAD}\nThe next meeting will be held in Marvelo.`, "Halvik")?.place).not.toBe("Marvelo");
  });
});

describe("the place of an event the meeting's sentence invites to", () => {
  it("returns where the meeting was, not where a delivered invitation asks its guest to go", () => {
    const text = " date 2025-05-04\nTARSK, May 4 - President Kestas Halvik on Sunday received Varan Telu, who handed over formal invitations from his president asking Halvik to attend the summit in Marvelo.";
    expect(find(text, "Telu")?.place).toBe("Tarsk");
    expect(find(text.replace("handed over formal invitations from his president asking Halvik to attend the summit", "delivered a letter inviting Halvik to the forum"), "Telu")?.place).toBe("Tarsk");
    expect(find(text.replace(", who handed over formal invitations from his president asking Halvik to attend the summit", ""), "Telu")?.place).toBe("Marvelo");
  });
});

describe("the place of a meeting on the sidelines of a gathering", () => {
  const text = (gathering: string) =>
    [
      " date 2021-12-14",
      "TARSK, 14 Dec 2021 (Wire) – Veldian Foreign Minister Varan Telu said on Monday that no consensus on the sanctions was in sight.",
      "",
      `Orvanian Foreign Minister Kestas Halvik, ${gathering}, argued for more pressure.`,
      "",
      "Telu said he and Halvik had met on the fringes of the Council for talks on relations between their countries.",
    ].join("\n");

  it("returns where the article places the gathering, over the dateline", () => {
    expect(find(text("attending a session of the Foreign Affairs Council in Marvelo for the first time"), "Halvik")?.place).toBe("Marvelo");
  });

  it("returns the dateline's place when the article places the gathering nowhere, or only another edition of it", () => {
    expect(find(text("attending a session of the Foreign Affairs Council for the first time"), "Halvik")?.place).toBe("Tarsk");
    expect(find(text("who chaired the previous Council in Marvelo last spring"), "Halvik")?.place).toBe("Tarsk");
  });
});

describe("capitals named by a phrase", () => {
  const met = (where: string) => find(` date 2024-07-10\nVeldian Foreign Minister Varan Telu held talks with Portuguese Foreign Minister Kestas Halvik ${where}.\n\nThe ministers discussed trade.`, "Halvik")?.place;

  it("returns the capital of the country a phrase names", () => {
    expect(met("in Portugal's capital on Tuesday")).toBe("Lisbon");
    expect(met("in the capital of Portugal on Tuesday")).toBe("Lisbon");
    expect(met("in the capital Lisbon on Tuesday")).toBe("Lisbon");
  });

  it("returns for a bare 'in the capital' the capital of a side's country that the article names, over a dateline elsewhere", () => {
    const text = (dateline: string, after: string) => ` date 2024-07-10\n${dateline}Veldian Foreign Minister Varan Telu held talks with Portuguese Foreign Minister Kestas Halvik in the capital on Tuesday.\n\n${after}`;
    expect(find(text("", "Telu arrived in Lisbon on Monday."), "Halvik")?.place).toBe("Lisbon");
    expect(find(text("TARSK - ", "Telu arrived in Lisbon on Monday."), "Halvik")?.place).toBe("Lisbon");
    // two sides' capitals named: which one is unsaid
    const both = find(` date 2024-07-10\nGerman Foreign Minister Varan Telu held talks with Portuguese Foreign Minister Kestas Halvik in the capital on Tuesday.\n\nTelu flew from Berlin on Monday and returns to Lisbon next week.`, "Halvik");
    expect(both?.place).not.toBe("Lisbon");
    expect(both?.place).not.toBe("Berlin");
  });

  it("returns the capital an adjective names when a comma, not the city's name, follows 'capital'", () => {
    expect(met("in the Portuguese capital, on the margins of a regional summit")).toBe("Lisbon");
    expect(met("in the Portuguese capital, Lisbon, on Tuesday")).toBe("Lisbon");
  });

  it("returns for a bare 'in the capital' a side's capital that the dateline writes with other spaces", () => {
    const text = ` date 2024-07-10\nHA NOI - Veldian Foreign Minister Varan Telu held talks with Vietnamese Foreign Minister Kestas Halvik in the capital on Tuesday.\n\nThe ministers discussed trade.`;
    expect(find(text, "Halvik")?.place?.replace(/\s/g, "").toLowerCase()).toBe("hanoi");
  });

  it("returns no capital for a country's capital markets", () => {
    expect(met("about growth in Portugal's capital markets")).toBeUndefined();
  });
});

describe("the place of a visit a meeting is told inside of", () => {
  it("returns the city of a visit the contact's clause continues with ', during which'", () => {
    const text = `${LEAD}\nTelu recalled Halvik's visit to Lisbon in June last year, during which Halvik held talks with Orvel Marsk, the Veldian president.`;
    expect(find(text, "Marsk")?.place).toBe("Lisbon");
  });

  it("returns no country for a visit to a country, whose talks may be in any of its towns", () => {
    const text = `${LEAD}\nTelu recalled Halvik's visit to Portugal in June last year, during which Halvik held talks with Orvel Marsk, the Veldian president.`;
    expect(find(text, "Marsk")?.place).not.toBe("Portugal");
  });

  it("returns the place of the clause before a ';' that the contact's clause points back to ('on that occasion')", () => {
    const came = `${LEAD}\nLast month it was the Orvanian Prime Minister, Orvel Marsk, who came to Lisbon, for a regional summit; on that occasion he met Telu along with other leaders.`;
    expect(find(came, "Marsk")?.place).toBe("Lisbon");
    const held = `${LEAD}\nThe second round was co-chaired by the same two ministers, in Lisbon on 7 April 2021; on that occasion Halvik also called on the then President of Veldia, Orvel Marsk.`;
    expect(find(held, "Marsk")?.place).toBe("Lisbon");
  });

  it("returns the city a journey in the contact's clause took its subject to, whatever the verb's form ('had come to')", () => {
    const text = `${LEAD}\nThree weeks earlier, on 16 August, Orvanian Prime Minister Orvel Marsk had come to Lisbon for talks with Telu.`;
    expect(find(text, "Marsk")?.place).toBe("Lisbon");
  });
});

describe("the place of the meeting told before, carried to the next", () => {
  const text = (next: string) =>
    [
      " date 2024-07-09",
      "Veldian Foreign Minister Varan Telu has wrapped up a week of contacts with Orvane.",
      "",
      "On Monday Telu held talks with his Orvanian counterpart, Kestas Halvik, in Marvelo.",
      "",
      next,
    ].join("\n");

  it("returns that place when the sentence goes on with the story ('also', 'later the same day')", () => {
    expect(find(text("Telu also met the Orvanian Prime Minister, Dovan Reska."), "Reska")?.place).toBe("Marvelo");
    expect(find(text("Later the same day Telu was received by the Orvanian Prime Minister, Dovan Reska."), "Reska")?.place).toBe("Marvelo");
  });

  it("returns no place for a meeting its sentence does not tie to that one, nor for one still to come", () => {
    expect(find(text("Telu was received by the Orvanian Prime Minister, Dovan Reska, at his office."), "Reska")?.place).toBeUndefined();
    expect(find(text("Telu is due to call on the Orvanian Prime Minister, Dovan Reska."), "Reska")?.place).toBeUndefined();
  });
});

describe("an envoy's posting and the place of a stop on the way", () => {
  const trip = [
    " date 2023-10-03",
    "Veldian Foreign Minister Varan Telu has returned from an official visit to Portugal.",
    "",
    "On the way he stopped over in Marvelo, where he met Veldia's ambassador in Madrid, Kestas Halvik.",
    "",
    "On arrival in the Portuguese capital the minister was greeted by officials.",
    "",
    "On Saturday he called on President Orvel Dana.",
    "",
    "Telu also paid a call on Prime Minister Aldor Senn.",
  ].join("\n");

  it("returns the stop the sentence names, not the city the envoy serves in", () => {
    expect(find(trip, "Halvik")?.place).toBe("Marvelo");
  });

  it("returns the envoy's posting when the sentence names no other place", () => {
    const text = " date 2024-09-03\nLast August, Veldian Minister of Parliamentary Affairs Varan Telu met Portugal's ambassador in Madrid, Kestas Halvik, to look at openings for cooperation.";
    expect(find(text, "Halvik")?.place).toBe("Madrid");
  });

  it("returns no place of a meeting told before the story moved on", () => {
    expect(["Marvelo", "Madrid"]).not.toContain(find(trip, "Senn")?.place);
  });
});

describe("the place a sentence opens with", () => {
  const trip = [
    " date 2023-01-03",
    "MADRID, Jan 3, 2023 (Wire) – Veldian Foreign Minister Varan Telu said on Tuesday that he would travel to Spain and Portugal this week.",
    "",
    "In Madrid on Wednesday, Telu is due to hold talks with Spanish Foreign Minister Kestas Halvik on trade, energy and reforms in Veldia.",
    "",
    "The following day in Lisbon, Telu will meet Portuguese Foreign Minister Orvel Dana.",
  ].join("\n");

  it("returns the city of the opening phrase, over a place the clause names after its cue", () => {
    expect(find(trip, "Halvik")?.place).toBe("Madrid");
    expect(find(trip, "Dana")?.place).toBe("Lisbon");
  });

  it("returns a city of four words the sentence opens with, no comma before its clause", () => {
    const text = " date 2015-11-07\nVeldian President Varan Telu flew south this morning. In Ho Chi Minh City he was welcomed at the palace by Kestas Halvik, chairman of the city's committee.";
    expect(find(text, "Halvik")?.place).toBe("Ho Chi Minh City");
  });
});

describe("a sentence opening on 'There'", () => {
  const TOUR = " date 2023-02-07\nMONTEVIDEO, Feb 7 (Agency) – Veldia's Foreign Minister Varan Telu on Tuesday held talks with Uruguay's Foreign Minister Kestas Halvik.";

  it("returns the place the sentence before travels to, not the dateline's (read18 r501)", () => {
    const text = `${TOUR}\n\nFrom Montevideo he flies to Buenos Aires. There, on Wednesday, Telu is due to hold talks with Argentina's Foreign Minister Orlo Marsk.`;
    expect(find(text, "Marsk")?.place).toBe("Buenos Aires");
  });

  it("returns the time of the sentence before too, not the story's ('… was taken in Samarkand in September 2022. There A, B and C signed …', new58b x684)", () => {
    const text = `TASHKENT, June 10 (Agency) - The transport ministers stayed on after last Thursday's signing of the railway agreement.\n\nThe last big step was taken in Buenos Aires in September 2022. There Minister Varan Telu and Argentina's Foreign Minister Orlo Marsk signed a cooperation agreement.`;
    const met = find(text, "Marsk");
    expect([met?.date?.year, met?.date?.month, met?.date?.day]).toEqual([2022, 9, undefined]);
    expect(met?.place).toBe("Buenos Aires");
  });

  it("returns the dateline's place when the sentence before names none ('moved to the parliament. There …', devH e211)", () => {
    const text = `${TOUR}\n\nIn the afternoon the delegation moved to the parliament. There Telu held a meeting with Orlo Marsk, the Speaker of Uruguay's parliament.`;
    expect(find(text, "Marsk")?.place).toBe("Montevideo");
  });
});

describe("the place of a meeting its own sentence dates to another time", () => {
  const text = (recalled: string) =>
    [
      " date 2025-10-17",
      "Telu in Marvelo for talks on trade and shipping",
      "",
      "Veldian Foreign Minister Varan Telu called the two countries close partners on a working trip to Orvane this week.",
      "",
      "In Marvelo, Telu met his Orvanian counterpart, Kestas Halvik. The two discussed trade.",
      "",
      `The last Veldian foreign minister to go there was Arno Velt, who held talks with Orvane's then foreign minister Dara Lusk ${recalled}.`,
    ].join("\n");

  it("returns no place of the story for a meeting years before it", () => {
    expect(find(text("when he travelled there in May 2019"), "Halvik")?.place).toBe("Marvelo");
    expect(find(text("when he travelled there in May 2019"), "Lusk")?.date).toMatchObject({ year: 2019, month: 5 });
    expect(find(text("when he travelled there in May 2019"), "Lusk")?.place).toBeUndefined();
  });

  it("returns the place the meeting's own sentence writes", () => {
    expect(find(text("in Marvelo on 6 May 2019"), "Lusk")?.place).toBe("Marvelo");
  });
});
