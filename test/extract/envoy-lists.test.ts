/**
 * Envoys listed one per line under a paragraph that announces them: bulleted with ", of <country>" ("- Agrina Tessa,
 * of Malawi.": check11 k103) or unbulleted with a dash and the state's formal name ("Orin Peol - Republic of Cuba",
 * "Lia Senn - Hellenic Republic (Greece)": heldout36 x319), each a person of that country and a side of the ceremony.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./helpers";
import { extractIndex } from "../../src/extract/index";

const BULLETED = `NAIROBI, 5 March 2025 - President Ana Varan received the credentials of four new ambassadors at State House on Wednesday.

Those who presented their credentials to Varan were:

- Agrina Tessa, of Malawi.
- Orin Peol, of Morocco.
- Lia Senn, of the Republic of Cuba.
- Kim Orso, of Chile.
`;

const LINES = `NAIROBI, Kenya, Mar 5 - Three ambassadors newly posted to Kenya formally took up their duties on Wednesday after presenting their letters of credence to President Ana Varan at State House, Nairobi.

The envoys who were accredited are:

Orin Peol - Hellenic Republic (Greece)
Lia Senn - Republic of Cuba
Kim Orso - Socialist Republic of Vietnam

Each diplomat was received in turn.
`;

describe("envoys listed one per line", () => {
  it("returns each envoy of a bulleted list ', of <country>' as a person of that country and a side of the ceremony", () => {
    const index = extractIndex([{ file: "t/x.txt", text: BULLETED }]);
    const country = (name: string) => index.people.find((p) => p.name === name)?.country;
    expect([country("Agrina Tessa"), country("Orin Peol"), country("Lia Senn"), country("Kim Orso")]).toEqual(["Malawi", "Morocco", "Cuba", "Chile"]);
    expect(meetingsOf(BULLETED).map((m) => m.names)).toEqual(["Agrina Tessa + Ana Varan", "Orin Peol + Ana Varan", "Lia Senn + Ana Varan", "Kim Orso + Ana Varan"]);
  });

  it("returns each line of an unbulleted list under 'are:' as its own item, its envoy of the country after the dash", () => {
    const index = extractIndex([{ file: "t/x.txt", text: LINES }]);
    const country = (name: string) => index.people.find((p) => p.name === name)?.country;
    expect([country("Orin Peol"), country("Lia Senn"), country("Kim Orso")]).toEqual(["Greece", "Cuba", "Vietnam"]);
    expect(meetingsOf(LINES).filter((m) => m.kind === "credentials")).toHaveLength(3);
  });
});
