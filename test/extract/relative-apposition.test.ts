/**
 * A name set beside the post that ends a relative clause's object goes on with the clause: "…, who this week met Orvane's
 * Prime Minister, Varan Telu, before a flight to Tarsk" (check11 k208, Australian press) and "the commission, which A
 * co-chaired in Kelm on Thursday with his Veldian counterpart, B, Minister of …" (heldout51 x552, an Indian wire). The
 * comma after the post had ended the relative clause, and the name fell out of the contact.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./helpers";

describe("a name beside the post at a relative clause's end", () => {
  it("returns the contact of 'who … met Orvane's Prime Minister, B, before …'", () => {
    const text = "KELM, June 3 (Wire) - Her trip ran beside a tour of the region by Orvane's Foreign Minister, Amos Varan, who this week met Veldia's Prime Minister, Jon Telu, before a flight on Friday to Tarsk, the last leg of his journey.";
    expect(meetingsOf(text).map((m) => m.names)).toContain("Amos Varan + Jon Telu");
  });

  it("returns the contact of 'which A co-chaired … with his counterpart, B, Minister of …'", () => {
    const text = "KELM, Sept 2, 2022 (Wire) - Foreign Minister Amos Varan called on President Dan Kelm on Friday. The call came a day after the fifth meeting of the Joint Commission, which Amos Varan co-chaired in Kelm on Thursday with his Veldian counterpart, Sheikh Jon bin Telu Al Dan, Minister of Foreign Affairs and International Cooperation.";
    const meetings = meetingsOf(text);
    expect(meetings.map((m) => m.names)).toContain("Amos Varan + Jon bin Telu Al Dan");
  });

  it("still ends the relative clause at a comma after a post with no name beside it", () => {
    const text = "KELM, June 3 (Wire) - Amos Varan, who was named Prime Minister, met Jon Telu on Friday.";
    expect(meetingsOf(text).map((m) => m.names)).toEqual(["Amos Varan + Jon Telu"]);
  });
});
