/**
 * One who acts for another ("on behalf of", "representing", "standing in for") stands in their place: the one acted for is no
 * side of the contact. Seen in heldout51 x550 ("received the credentials on behalf of the Custodian of …, King …", a Gulf
 * community paper) and x554 ("the Crown Prince, representing His Highness the Amir, met …", a Kuwaiti daily); read articles
 * have the same turn without a contact ("greeted the visiting head of state on behalf of President …", read34 x281;
 * "standing in for …", read32 x241).
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./helpers";

const sides = (text: string): string[] => meetingsOf(text).map((m) => m.names);

describe("the one another acts for", () => {
  it("is no side of 'X received the credentials on behalf of the Custodian of …, King Y'", () => {
    const text = "KELM, March 26: Ambassador Jon Telu presented his credentials on Tuesday. Crown Prince Amos Varan received the credentials on behalf of the Custodian of the Two Holy Mosques, King Dan Kelm bin Orvo.";
    expect(sides(text).some((s) => s.includes("Dan Kelm bin Orvo"))).toBe(false);
  });

  it("is no side of 'the Crown Prince, representing His Highness the Amir Y, met Z'", () => {
    const text = "KELM: The Amir Sheikh Dan Kelm held talks with President Jon Telu on Sunday. Crown Prince Amos Varan attended the talks. The visit builds on a meeting in September, when the Crown Prince, representing His Highness the Amir Sheikh Dan Kelm, met Telu in New York.";
    const inNewYork = meetingsOf(text).filter((m) => m.place === "New York").map((m) => m.names);
    expect(inNewYork).toEqual(["Amos Varan + Jon Telu"]);
  });

  it("is no side of 'X greeted the visiting president on behalf of President Y', the greeting still read", () => {
    const text = "TARSK, 3 May 2024 - Foreign Minister Amos Varan welcomed President Jon Telu at the airport on Friday on behalf of President Dan Kelm.";
    expect(sides(text)).toEqual(["Amos Varan + Jon Telu"]);
  });
});
