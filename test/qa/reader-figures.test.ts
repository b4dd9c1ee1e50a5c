import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Articles in the corpus's words: a figure told in a sentence that does not repeat the names, or after the noun it counts. */
const CALL = `Lula agrees to Washington trip after call with Trump

BRASILIA, Jan 26 (LatAm Wire) — Brazilian President Luiz Inacio Lula da Silva had a telephone conversation with U.S. President Donald Trump on Monday and accepted an invitation to visit Washington, the Brazilian presidency said in a statement.

The call lasted 50 minutes. About 20 agreements are expected to be signed, covering defence, security, justice, science, health, trade, energy and culture.
`;

const ROME = `Morocco, US review Libya and Middle East on Rome sidelines

Rome, 29 June 2021 (MAP) - Talks between Moroccan Foreign Minister Nasser Bourita and US Secretary of State Antony Blinken took place in Rome on Monday, on the margins of a ministerial meeting of the International Anti-Daesh Coalition.

The Rome talks followed a telephone conversation the two men held on April 30.
`;

const ANKARA = `Turkish foreign minister wraps up Moscow visit

ANKARA, Sept 2 (Anadolu) - Turkish Foreign Minister Hakan Fidan held talks with Russian Foreign Minister Sergei Lavrov in Moscow on Thursday on the war in Ukraine.

Moscow pulled out of the grain deal, brokered by Türkiye and the UN, earlier this summer, halting exports from three Ukrainian Black Sea ports.

New Zealand's Prime Minister, Christopher Luxon, has promised to lift the number of workers on the Recognised Seasonal Employer (RSE) scheme from 19,500 to 38,000.
`;

const NEW_YORK = `Jaishankar meets Singapore FM Balakrishnan in New York

New York, September 27 (ANI): On the sidelines of the 76th session of the United Nations General Assembly, External Affairs Minister S Jaishankar met his Singaporean counterpart, Vivian Balakrishnan, on Sunday.

Prime Minister Kishida Fumio held a telephone talk with Shavkat Mirziyoyev, President of the Republic of Uzbekistan.

Prime Minister Kishida congratulated the President on two milestones this year: the 30th anniversary of diplomatic relations between Japan and Uzbekistan, and 20 years since the two countries became strategic partners.

The two-day ministerial meeting, which the United Nations and the Afghan government are hosting together, began on Tuesday.

Afghan President Ashraf Ghani is due to address the conference on Wednesday.
`;

/** Made up: a count of people told in the sentence after the one that names the event, in other words than the question's. */
const HARBOUR = `Varan calls Telu after harbour blast

Orvel, 3 May 2025 - Foreign Minister Ana Varan of Veldia spoke by telephone with Tarsk's foreign minister Ilo Telu on Monday.

The call came a day after a gas blast at the harbour of Dunmar, east of the capital. The Tarskian interior ministry said 41 citizens had been injured, six of them badly.

Varan offered Veldia's help with the reconstruction.
`;

/** Made up: people counted for several acts (died, detained, living abroad), a count cited "according to" a source. */
const UNREST = `Varan hosts Orso after unrest in Norway

Tarsk, 19 January 2022 - Chile's foreign minister Ana Varan hosted Kim Orso, Norway's foreign minister, in Tarsk on Wednesday for talks dominated by the January unrest.

The Norwegian authorities put the death toll at 225. Orso told his host that around 7,000 people had been detained and that 2,000 of them were still held.

Chile is home to roughly 40,000 people of Norwegian origin, Varan said.
`;

const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/926_unrest.txt", text: UNREST },
    { file: "seeds/925_harbour.txt", text: HARBOUR },
    { file: "seeds/921_call.txt", text: CALL },
    { file: "seeds/922_rome.txt", text: ROME },
    { file: "seeds/923_ankara.txt", text: ANKARA },
    { file: "seeds/924_new_york.txt", text: NEW_YORK },
  ]),
  intentModel(),
);
const ask = (q: string) => answer(q, knowledge);

describe("the reader: figures of the type asked", () => {
  it("returns a call's length from the sentence after the one that names the two", () => {
    const a = ask("how long did lula and trump talk on the phone");
    expect(a.found).toBe(true);
    expect(a.text.split("\n")[0]).toBe("50 minutes");
    expect(a.text).toContain("The call lasted 50 minutes.");
  });

  it("returns the date of the phone call, not of the talks in person", () => {
    const a = ask("when did bourita and blinken talk on the phone");
    expect(a.found).toBe(true);
    // the call "the two men held" is a meeting of its own now (pair-again.ts), or else the reader's span
    expect(a.text.split("\n")[0]).toMatch(/April 30|30 April/);
    expect(a.text).not.toMatch(/^Monday|28 June/);
  });

  it("returns a count whose noun follows a few names ('three Ukrainian Black Sea ports')", () => {
    expect(ask("how many ukrainian ports were affected when russia quit the grain deal").text.split("\n")[0]).toBe("three");
  });

  it("returns the figure reached in 'the number of workers … from A to B'", () => {
    expect(ask("how many workers does luxon want on the rse scheme").text.split("\n")[0]).toBe("38,000");
  });

  it("returns found=false for 'how much trade' when the only number counts something else", () => {
    const a = ask("how much trade is there between brazil and the united states");
    expect(a.found).toBe(false);
    expect(a.text).not.toContain("About 20");
  });

  it("returns the ordinal of a session the question names by its acronym ('UNGA')", () => {
    expect(ask("which unga session was under way when jaishankar met balakrishnan").text.split("\n")[0]).toBe("76th");
  });

  it("reads a head noun the question misspells ('anniversery')", () => {
    expect(ask("which anniversery did kishida congratulate uzbekistan on").text.split("\n")[0]).toBe("30th");
  });

  it("returns found=false for 'who organised X' when the sentence naming a person tells another act", () => {
    const a = ask("who organised the ministerial meeting on afghanistan");
    expect(a.text).not.toContain("Ashraf Ghani");
  });
});

describe("the reader: a count told after the sentence that names the event", () => {
  // check12 l212: "… a drone attack … on the island of X." then "The ministry said 32 citizens had been wounded."
  it("returns the count of the next sentence, whose noun and verb are kin of the question's ('people … hurt': 'citizens … injured')", () => {
    expect(ask("how many people were hurt in the gas blast at dunmar").text.split("\n")[0]).toBe("41");
  });

  it("declines when the next sentence counts people without the harm asked", () => {
    expect(ask("how many people were killed in the gas blast at dunmar").found).toBe(false);
  });
});

describe("the reader: people counted for one act among several", () => {
  it("returns no count of people the sentence counts for another act ('how many people died': not those detained)", () => {
    const a = ask("how many people died in the norway unrest according to the authorities");
    expect(a.text).not.toContain("7,000");
  });

  it("returns the count the source a question cites gives ('according to Orso': 'accord' is no word the sentence must hold)", () => {
    expect(ask("how many people were detained according to orso").text.split("\n")[0]).toContain("7,000");
  });

  it("returns the count of people a place is 'home to' for 'how many … live in'", () => {
    expect(ask("how many people of norwegian origin live in chile").text.split("\n")[0]).toContain("40,000");
  });
});

// heldout106 x975 ("how many co-presidents will lead the appeal body" declined over "led by two co-presidents"): a hyphenated
// noun counted is one word, in the question and in the sentence.
describe("a count of a hyphenated noun", () => {
  const BODY = ` date 2023-12-05
Kenya and Ghana sign treaty

Nairobi, 5 December 2023 - Foreign Minister Varan Telu of Kenya and Foreign Minister Osk Benn of Ghana signed a treaty on Tuesday.

The treaty sets up an Appeal Body led by two co-presidents, with five vice-chairs and twelve judges.

Six Ambassadors-Designate were accredited by the President on Tuesday.
`;
  const body = loadKnowledge(extractIndex([{ file: "seeds/988_body.txt", text: BODY }]), intentModel());
  it("counts co-presidents and vice-chairs", () => {
    expect(answer("how many co-presidents will lead the appeal body", body).text.split("\n")[0]).toBe("two");
    expect(answer("how many vice-chairs will the appeal body have", body).text.split("\n")[0]).toBe("five");
  });

  it("counts a noun by a part of its hyphenated form (heldout50 x533, 'Six Ambassadors-Designate')", () => {
    expect(answer("how many ambassadors were accredited", body).text.split("\n")[0]).toMatch(/^six$/i);
  });
});
