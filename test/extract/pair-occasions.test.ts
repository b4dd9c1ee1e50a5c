import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import type { FactIndex } from "../../src/facts/types";

const indexOfText = (text: string, published = "2025-06-12"): FactIndex => extractIndex([{ file: "t/x.txt", text: ` date ${published}\n${text}` }]);
/** Each meeting as a user reads it: "Surname + Surname, kind, status, date". */
const told = (index: FactIndex): string[] =>
  index.meetings.map((m) => {
    const names = m.participants.flatMap((p) => (p.kind === "person" ? [index.people.find((x) => x.id === p.person)?.name.split(" ").at(-1) ?? "?"] : [])).sort().join(" + ");
    const date = m.date && m.date.basis !== "publication" ? [m.date.year, m.date.month, m.date.day].filter((n) => n !== undefined).join("-") : "undated";
    return `${names}, ${m.kind === "call" ? "call" : "in person"}, ${m.status ?? "held"}, ${date}`;
  });

const LEAD = "Veldian Foreign Minister Ana Varan held talks with Orvanian Foreign Minister Piet Telu in Lyon on Tuesday.";

describe("a second meeting of the pair on the occasion a sentence before dates", () => {
  // devF f212 ("During that visit"), devG g104 ("During the same trip"), check12 l211 ("on that occasion"), heldout13 n111 ("On that trip")
  it("returns the talks 'during that visit' as another meeting, dated by the sentence that told the visit", () => {
    expect(told(indexOfText(`${LEAD} The previous round took place in Tarsk in February. During that visit Varan held talks with Telu on energy.`))).toEqual([
      "Telu + Varan, in person, held, 2025-6-10",
      "Telu + Varan, in person, held, 2025-2",
    ]);
  });

  it("returns the month of 'the same trip' when the day told before is that of the arrival, two sentences back", () => {
    expect(told(indexOfText(`${LEAD} Varan landed in Tarsk on March 14 for a conference. The conference drew forty delegations. During the same trip Varan held talks with Telu.`))).toEqual([
      "Telu + Varan, in person, held, 2025-6-10",
      "Telu + Varan, in person, held, 2025-3",
    ]);
  });

  it("returns the date written before 'on that occasion' in its own sentence", () => {
    expect(told(indexOfText(`${LEAD} The last session was held in Tarsk on 3 May 2019; on that occasion Varan also called on Telu.`))).toEqual([
      "Telu + Varan, in person, held, 2025-6-10",
      "Telu + Varan, in person, held, 2019-5-3",
    ]);
  });

  it("returns one meeting for talks told again 'during the visit', which is the story's own", () => {
    expect(told(indexOfText(`Varan arrived in Lyon in February. ${LEAD} During the visit Varan held talks with Telu on energy.`))).toEqual(["Telu + Varan, in person, held, 2025-6-10"]);
  });

  it("returns one meeting when the talks told again give their own day after 'during that visit'", () => {
    expect(told(indexOfText(`${LEAD} Varan arrived in Lyon in February. During that visit Varan held talks with Telu on Tuesday.`))).toEqual(["Telu + Varan, in person, held, 2025-6-10"]);
  });
});

describe("a contact of 'the two' in a sentence naming one of the story's pair", () => {
  // devE e109 ("when the two Heads of State held"), devH e211 ("a telephone conversation the two held")
  it("returns another meeting on the date a 'when' clause hangs on", () => {
    expect(told(indexOfText(`${LEAD} Telu was in Veldia on 4 March, when the two ministers held talks on trade.`))).toEqual([
      "Telu + Varan, in person, held, 2025-6-10",
      "Telu + Varan, in person, held, 2025-3-4",
    ]);
  });

  it("returns a call of 'the two' beside the meeting in person", () => {
    expect(told(indexOfText(`${LEAD} Varan had proposed the talks last week, during a telephone conversation the two held on May 2.`))).toEqual([
      "Telu + Varan, in person, held, 2025-6-10",
      "Telu + Varan, call, held, 2025-5-2",
    ]);
  });

  it("returns one meeting when 'the two' met on the same day, or 'they' may be the named one's side", () => {
    expect(told(indexOfText(`${LEAD} Varan said the two ministers met in Lyon on Tuesday for three hours.`))).toEqual(["Telu + Varan, in person, held, 2025-6-10"]);
    expect(told(indexOfText(`${LEAD} Varan said they had met the press on May 2.`))).toEqual(["Telu + Varan, in person, held, 2025-6-10"]);
  });
});
