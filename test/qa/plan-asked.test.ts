import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up: a trip whose article recalls a past meeting of the two leaders and gives no date for the one to come. */
const TRIP = `Varan reaches Orvel

Orvel, 17 January 2024 - Veldian Prime Minister Telu Varan arrived in Orvel on Tuesday on a three-day visit.

He and Orvanian Prime Minister Piet Kestas met in October 2021 on Halvik Island, when they signed a treaty on the border between their countries.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/991_trip.txt", text: TRIP }]), intentModel());

describe("a plan asked as 'when is A meeting B'", () => {
  it("is never answered by the date of a meeting long past", () => {
    for (const q of ["when is varan meeting the orvanian prime minister", "when is varan meeting kestas"]) {
      const a = answer(q, knowledge);
      expect(a.found, q).toBe(false);
      expect(a.text, q).not.toMatch(/October 2021/);
    }
  });
});

/** Made up: a day of meetings held, told in the past, before a trip on; and a day with a meeting still to come this evening. */
const HELD = ` date 2023-09-23
NEW YORK, Sept 23 (Wire) - Foreign Minister Lino Sarkis packed many meetings into his first day at the Assembly. The day opened with a meeting of the Arctic Five foreign ministers, where Sarkis sat with Orvanian Foreign Minister Mira Telu and Keldan Foreign Minister Tove Lund.

Sarkis will then travel on to Washington.
`;
const EVENING = ` date 2023-09-23
NEW YORK, Sept 23 (Wire) - Foreign Minister Kara Nemo met Orvanian Foreign Minister Ana Brel this morning.

Still to come this evening is a courtesy meeting between Nemo and the Keldan envoy, Joan Vives.
`;
const held = loadKnowledge(extractIndex([{ file: "seeds/992_held.txt", text: HELD }]), intentModel());
const evening = loadKnowledge(extractIndex([{ file: "seeds/993_evening.txt", text: EVENING }]), intentModel());

describe("a contact to come asked as 'who will A meet'", () => {
  it("is not answered by a sentence that tells a contact held (read26 w105)", () => {
    const a = answer("who will sarkis meet in washington", held);
    expect(a.text).not.toContain("Mira Telu");
    expect(a.found).toBe(false);
  });

  it("is answered by a sentence or a record that tells one still to come this evening (read22 r920)", () => {
    const a = answer("who will nemo meet this evening", evening);
    expect(a.text).toContain("Vives");
  });
});

/** Made up: a visit to come that the article announces (the shape of heldout88 x845's "Xi is to visit Brazil", read19 x650's "Vance is due to meet Merz"). */
const AHEAD = `Orvanian leader to visit Veldia

Tarsk, 8 November 2024 - Orvanian President Xi Kestas is to hold talks with Veldian President Ana Lula in Tarsk later this month, the foreign ministry said.

Kestas and Lula last met in Orvel in April 2023.
`;
const ahead = loadKnowledge(extractIndex([{ file: "seeds/994_ahead.txt", text: AHEAD }]), intentModel());

describe("a yes/no question about a plan", () => {
  it("answers yes with the planned meeting to 'will A visit B', 'is A expected to visit B', 'is A going to meet B', 'is A meeting B' in lower case", () => {
    for (const q of ["will xi kestas visit veldia", "is xi kestas expected to visit veldia", "is xi kestas going to meet lula", "is kestas meeting ana lula"]) {
      const a = answer(q, ahead);
      expect(a.found, q).toBe(true);
      expect(a.text, q).toMatch(/^Yes\b/);
      expect(a.text, q).toMatch(/planned/);
    }
  });

  it("answers 'did A meet B' in lower case yes with the meeting held, not the one to come", () => {
    const a = answer("did xi kestas meet lula", ahead);
    expect(a.text).toMatch(/^Yes\b/);
    expect(a.text).toMatch(/April 2023/);
  });
});
