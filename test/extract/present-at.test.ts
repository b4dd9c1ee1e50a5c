/**
 * Those present at a contact told in a sentence of their own: "sat in" with no contact named after it
 * ("The ambassador, Y, sat in, as did Z": heldout36 x318), on a contact named a few words on ("sat in on
 * the palace meeting", "sat in on the session": read sets heldout19, heldout27), and the company a side
 * keeps, "was joined (at the meeting) by" (heldout36 x318, heldout21 r816, heldout28, heldout33).
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./helpers";

const present = (text: string) => {
  const index = meetingsOf(text);
  return index.map((m) => m.names);
};

describe("those present at a contact", () => {
  it("returns those who 'sat in', and the one after 'as did', present at the meeting told before", () => {
    const text = "TARSK, 12 March 2024 - Veldian President Ana Varan received Orvanian President Piet Telu at the palace on Thursday.\n\nVeldian Ambassador Lia Brand sat in, as did her Orvanian opposite number, Ambassador Kim Orso.";
    expect(present(text)).toEqual(["Ana Varan + Piet Telu + Lia Brand + Kim Orso"]);
  });

  it("returns those who sat in on a contact named a few words on ('the palace meeting', 'the session')", () => {
    const palace = "TARSK, 12 March 2024 - Veldian President Ana Varan received Orvanian Foreign Minister Piet Telu on Thursday.\n\nForeign Minister Lia Brand sat in on the palace meeting.";
    const session = "TARSK, 12 March 2024 - Veldian President Ana Varan received Orvanian Foreign Minister Piet Telu on Thursday.\n\nVeldia's envoy Lia Brand sat in on the session.";
    expect(present(palace)).toEqual(["Ana Varan + Piet Telu + Lia Brand"]);
    expect(present(session)).toEqual(["Ana Varan + Piet Telu + Lia Brand"]);
  });

  it("returns those a side 'was joined by' present at the meeting just told, and keeps a contact the same sentence tells", () => {
    const joined = "TARSK, 12 March 2024 - Veldian President Ana Varan received Orvanian President Piet Telu on Thursday.\n\nVaran was joined at the meeting by Foreign Minister Lia Brand and by Deputy Foreign Minister Kim Orso.";
    expect(present(joined)).toEqual(["Ana Varan + Piet Telu + Lia Brand + Kim Orso"]);
    const relative = "TARSK, 12 March 2024 - Veldian President Ana Varan later met Orvanian Foreign Minister Piet Telu, who was joined by Deputy Foreign Minister Lia Brand.";
    expect(present(relative)).toEqual(["Ana Varan + Piet Telu + Lia Brand"]);
  });
});
