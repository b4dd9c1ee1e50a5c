import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Names as two outlets write them (a Pacific news site, RNZ): an apostrophe inside a name, a name users type with a possessive. */
const APIA = `Rabuka and Fiamē talk development in Apia

Apia, 4 June 2023 - Deeper development cooperation between Suva and Apia was the focus when Fiji's Prime Minister Sitiveni Rabuka sat down with his Samoan counterpart, Fiamē Naomi Mata'afa, in the Samoan capital this week.
`;

const WELLINGTON = `NZ and Samoa renew Statement of Partnership

Apia, 9 February 2024 (RNZ) - New Zealand's Foreign Minister Winston Peters met Samoan Prime Minister Fiame Naomi Mata'afa in Apia on Friday.

The visit by Peters lasted three days.
`;

/** Made up, of the shape of read34 x275: an envoy with a middle name and an "O'" surname, in a credentials list. */
const DELHI = `Envoys present credentials

New Delhi, May 21, 2020 - President Orvel Dane accepted the credentials of Mr. Kestas Telu O'Varan, High Commissioner of Australia, on Thursday.
`;

const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/963_delhi.txt", text: DELHI },
    { file: "seeds/961_apia.txt", text: APIA },
    { file: "seeds/962_wellington.txt", text: WELLINGTON },
  ]),
  intentModel(),
);
const ask = (q: string) => answer(q, knowledge);

describe("names as users type them", () => {
  it("returns the person whose name has an apostrophe inside when the user types it without", () => {
    const a = ask("who is fiame naomi mataafa");
    expect(a.found).toBe(true);
    expect(a.text).toContain("Mata'afa");
    expect(ask("who did mataafa meet").text).toContain("Rabuka");
  });

  it("returns the person named with a possessive typed without its apostrophe", () => {
    expect(ask("who was at rabukas meeting in apia").text).toContain("Mata'afa");
  });

  it("returns one person for a first name and an O' surname typed without the middle name", () => {
    const a = ask("which country does kestas o'varan represent");
    expect(a.text).toContain("Australia");
    expect(a.text).not.toMatch(/O'Varan and Kestas/);
  });

  // devH e204, heldout16 q206, exchange66 x1082 ("which country is A the foreign minister of")
  it("returns the country a person serves for 'which country is A the foreign minister of'", () => {
    const almaty = loadKnowledge(
      extractIndex([{ file: "seeds/986_almaty.txt", text: "ALMATY, May 10, 2031 (wire) - Kazakhstan is playing host. Foreign Minister Varan Osk opened the session with Telu Amar of Azerbaijan.\n" }]),
      intentModel(),
    );
    const a = answer("which country is varan osk the foreign minister of", almaty);
    expect(a.found).toBe(true);
    expect(a.text.split("\n")[0]).toContain("Kazakhstan");
    expect(a.text.split("\n")[0]).not.toContain("Azerbaijan");
  });
});
