/**
 * A credentials ceremony announced in the plural whose envoys are told one paragraph each, not in one list (heldout48 x505:
 * "received the letters of credence of six newly appointed ambassadors … First on the list was the Ambassador of the Kingdom
 * of …"; check12 l207: "accepts credentials of incoming ambassadors of A, B and C", then "The first to present his letters
 * was the Ambassador … of A, X", "Ambassador Y of B then handed over his credentials"): the article's envoys, exactly as
 * many as the plural announced (its number, or the countries it lists), are each a side of the ceremony.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./helpers";

const COUNTED = `TARSK, May 7 (Agency) - President Ana Varan this week received the letters of credence of three newly appointed ambassadors at a ceremony held at the palace.

First on the list was the Ambassador of the Kingdom of Belgium, Orin Peol. The two countries have kept up relations for a century.

Lia Senn presented her letters as Ambassador of Chile, a country with which Veldia has stepped up its dialogue.

Sweden was represented by its new Ambassador, Kim Orso, who spoke of trade.
`;

const LISTED = `Ana Varan accepts credentials of incoming ambassadors of Belgium, Chile and Sweden

The credentials of the new envoys were accepted on Tuesday by the President of Veldia, Ana Varan.

The first to present his letters was the Ambassador Extraordinary and Plenipotentiary of the Kingdom of Belgium, Orin Peol. The President praised the ties.

Ambassador Lia Senn of the Republic of Chile then handed over her credentials.

Kim Orso, the Ambassador of Sweden, was the last.
`;

describe("envoys of a counted ceremony told one by one", () => {
  it("returns a credentials meeting with each envoy when the article names as many envoys as the plural's number", () => {
    const sides = meetingsOf(COUNTED).filter((m) => m.kind === "credentials").map((m) => m.names);
    expect(sides).toEqual(expect.arrayContaining(["Orin Peol + Ana Varan", "Lia Senn + Ana Varan", "Kim Orso + Ana Varan"]));
  });

  it("returns a credentials meeting with each envoy when the plural lists their countries instead of a number", () => {
    const sides = meetingsOf(LISTED).filter((m) => m.kind === "credentials").map((m) => m.names);
    expect(sides).toEqual(expect.arrayContaining(["Orin Peol + Ana Varan", "Lia Senn + Ana Varan", "Kim Orso + Ana Varan"]));
    expect(meetingsOf(LISTED).some((m) => /ambassadors of/.test(m.names))).toBe(false);
  });

  it("returns no meeting for the envoys when the article names another number of envoys than announced", () => {
    const four = COUNTED.replace("three newly appointed", "four newly appointed");
    const sides = meetingsOf(four).filter((m) => m.kind === "credentials").map((m) => m.names);
    expect(sides).not.toContain("Orin Peol + Ana Varan");
    expect(sides).not.toContain("Kim Orso + Ana Varan");
  });
});
