/**
 * A sentence about "the ceremony" that names its building gives the article's presentations of credentials their venue, one
 * ceremony: "The ceremony at King's House in Kingston was the first …" (heldout50 x533, a governor-general's page), "The ceremony
 * took place in the grounds of the National Reserve …" (heldout53 x581, a presidential site). Before, only a contact's own
 * sentences set its venue, and "where was the ceremony held" got the city alone.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./helpers";

const LEAD = "TARSK, 10 May 2022 - President Amos Varan on Tuesday received the letters of credence of the Ambassador of Chile, Jon Telu, and the Ambassador of Ghana, Dan Kelm.";

describe("the venue of a credentials ceremony told apart", () => {
  it("gives every envoy's presentation the building 'The ceremony at …' names", () => {
    const venues = meetingsOf(`${LEAD}\n\nThe ceremony at Kelmar House in Tarsk was the first held in person in two years.`).filter((m) => m.kind === "credentials").map((m) => m.venue);
    expect(venues).toEqual(["Kelmar House", "Kelmar House"]);
  });

  it("reads 'took place in the grounds of …', and no venue from a ceremony sentence that names none", () => {
    const grounds = meetingsOf(`${LEAD}\n\nThe ceremony took place in the grounds of the Orso Reserve.`).filter((m) => m.kind === "credentials").map((m) => m.venue);
    expect(grounds).toEqual(["the Orso Reserve", "the Orso Reserve"]);
    const none = meetingsOf(`${LEAD}\n\nThe ceremony was the first held in person in two years.`).filter((m) => m.kind === "credentials").map((m) => m.venue);
    expect(none).toEqual([undefined, undefined]);
  });
});
