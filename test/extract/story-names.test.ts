/**
 * @module Who a name and a contact stand for in a story of a president, his wife and a visitor (heldout48 x509, x503; made
 * up names): a titled name in the possessive before "state visit" is a person ("President Orin Varan's state visit", as
 * "President Yoon Suk Yeol's state visit" in a read set); a family name that stood for him keeps standing for him once his
 * wife is named in full; "In their talks …, A and B reviewed …" is A's and B's contact.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./helpers";
import { extractIndex } from "../../src/extract/index";

const STORY = ` date 2024-02-24
Orvania prepares for Varan visit

TARSK - President Orin Varan will pay a state visit to Orvania later this year, Orvanian Foreign Minister Kim Orso said yesterday.

Varan asked him to pass his good wishes to his colleague. Orso also carried an invitation for First Lady Mira Varan to attend a festival in Kelm.

Orvanian President Lia Senn paid a state visit to Veldia last year and held talks with Varan in Tarsk.
`;

const PALACE = ` date 2025-03-29
Visit ends with an action plan

HANOI - President Orin Varan left Hanoi on Saturday after a three-day state visit.

In their talks at the palace on Friday, President Kim Orso and Varan reviewed the relationship and witnessed the signing of an action plan.
`;

const POSSESSIVE = ` date 2024-02-24
TARSK - Orvania has started preparing for President Orin Varan's state visit to the country later this year, Orvanian Foreign Minister Kim Orso said yesterday.
`;

describe("names and contacts in a story of a president, his wife and a visitor", () => {
  it("returns a titled name in the possessive before 'state visit' as a person", () => {
    const index = extractIndex([{ file: "t/x.txt", text: POSSESSIVE }]);
    expect(index.people.map((p) => p.name)).toContain("Orin Varan");
  });

  it("returns the talks 'with Varan' as the president's once his wife was named in full, not hers", () => {
    const talks = meetingsOf(STORY).map((m) => m.names);
    expect(talks.some((n) => n.includes("Lia Senn") && n.includes("Orin Varan"))).toBe(true);
    expect(talks.some((n) => n.includes("Mira Varan"))).toBe(false);
  });

  it("returns the contact of two people whose own talks open the sentence ('In their talks …, A and B reviewed …')", () => {
    const talks = meetingsOf(PALACE).map((m) => m.names);
    expect(talks.some((n) => n.includes("Kim Orso") && n.includes("Orin Varan"))).toBe(true);
  });
});
