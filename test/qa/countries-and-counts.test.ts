import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Two outlets' words (The New Times, Bernama): countries whose names are hyphenated, counts told without the question's verb. */
const KIGALI = `Rwanda, Guinea-Bissau Ink Three Cooperation Deals

Kigali, 7 March 2022 (The New Times) - President Paul Kagame received President Umaro Sissoco Embalo of Guinea-Bissau at Village Urugwiro on Monday.

Kigali and Bissau put pen to paper on three bilateral agreements on Monday afternoon, in a ceremony at Village Urugwiro.
`;

const KUALA_LUMPUR = `Timor-Leste vice prime minister calls on Malaysian deputy prime minister

Kuala Lumpur, 4 December 2023 (Bernama) - Timor-Leste Vice Prime Minister Francisco Kalbuadi Lay called on Deputy Prime Minister Fadillah Yusof in Kuala Lumpur on Monday.

Trade between Malaysia and Timor-Leste stood at RM384.48 million in 2022, up 93.3 per cent from the year before.
`;

const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/981_kigali.txt", text: KIGALI },
    { file: "seeds/982_kuala_lumpur.txt", text: KUALA_LUMPUR },
  ]),
  intentModel(),
);
const ask = (q: string) => answer(q, knowledge);

describe("a hyphenated country typed with a space or a hyphen", () => {
  it("returns the one country, not a shorter one inside its name", () => {
    const a = ask("how much was malaysia timor leste trade in 2022");
    expect(a.found).toBe(true);
    expect(a.text).toContain("Trade between Malaysia and Timor-Leste stood at RM384.48 million in 2022");
    expect(ask("what did rwanda and guinea bissau sign").text).not.toMatch(/involving .*Guinea and/);
  });
});

describe("how many of a thing, told with other words for the act", () => {
  it("returns the number that counts the thing in the countries' article", () => {
    const a = ask("how many agreements did rwanda and guinea-bissau sign");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^three/);
    expect(a.text).toContain("put pen to paper");
  });
});

// heldout79 x765 ("Sixteen documents were signed in all" in the story of a president's state visit), the Kigali story above
// ("Kigali and Bissau put pen to paper on three bilateral agreements")
describe("a count that names no one, asked of a person of the story", () => {
  it("answers 'how many … did A sign' by the count the story tells of A's country", () => {
    const visit = loadKnowledge(
      extractIndex([
        {
          file: "seeds/983_dushanbe.txt",
          text: "Dushanbe, 14 March 2031 - Kyrgyz President Telu Amar and Tajik President Varan Osk signed a treaty on the border between their countries in Dushanbe on Thursday, March 13.\n\nThe signing came after talks between the two leaders on the second day of Amar's state visit. Alongside the treaty they adopted a joint statement. Nine documents were signed in all, among them a water agreement.\n",
        },
        { file: "seeds/984_bishkek.txt", text: "Bishkek, 9 June 2031 - Kyrgyz Foreign Minister Ruda Hadu met Kazakh Foreign Minister Osk Benn in Bishkek on Friday.\n\nFour memoranda were signed.\n" },
      ]),
      intentModel(),
    );
    for (const q of ["how many documents did osk and amar sign", "how many documents were signed during amar's visit"]) {
      const a = answer(q, visit);
      expect(a.found).toBe(true);
      expect(a.text).toMatch(/^9|^Nine/);
      // (the count in the article's own words beside it: exchange65 x1077 "Fifteen agreements were signed in all", heldout79 x765)
      expect(a.text).toContain("Nine documents were signed in all");
    }
    // (a count of another story of the country is not A's)
    expect(answer("how many memoranda did amar sign", visit).text).not.toMatch(/^4|^Four/);
  });
});
