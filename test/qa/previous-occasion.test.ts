import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** A made-up visit whose article recalls earlier occasions of the same people, in the ways news recalls them. */
const VISIT = ` date 2024-11-20
Veldian minister in Tarsk for talks

Veldian Foreign Minister Telu Varan held talks in Tarsk on 20 November 2024 with Orvanian Foreign Minister Piet Kestas.

It was their second meeting in two months. On 24 September they talked on the margins of a regional conference in Halvik.

Varan had last been to Orvania three years ago, he told reporters.
`;

/** Another made-up article: a meeting it recalls, dated well before the article. */
const RECALL = ` date 2025-06-02
Kestas to visit Veldia

Orvanian Foreign Minister Piet Kestas will travel to Veldia next month. On his previous trip, on 3 March 2023, Kestas held talks with Veldian President Mara Solen in Orvel.
`;

/** A third: a visit, and the pair's meeting of the month before, told "last month" of "the two leaders". */
const WEEKS_AGO = ` date 2025-06-10
Chilean leader back in Peru

Chilean Prime Minister Sena Tarvo arrived in Peru yesterday for a three-day visit. Tarvo and Peruvian Prime Minister Iko Brandt have known each other for years. The two leaders met in Quito last month, at a regional forum.
`;

const index = extractIndex([
  { file: "seeds/991_visit.txt", text: VISIT },
  { file: "seeds/992_recall.txt", text: RECALL },
  { file: "seeds/993_weeks.txt", text: WEEKS_AGO },
]);
const knowledge = loadKnowledge(index, intentModel());
const ask = (q: string) => answer(q, knowledge);

describe("an occasion before the one an article reports", () => {
  it("is the date of a contact the article recalls, not the meeting it reports", () => {
    const a = ask("when did varan and kestas meet before?");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/24 September/);
    expect(a.text).not.toMatch(/^20 November/);
  });

  it("is the place of that contact, not where the reported meeting was", () => {
    const a = ask("where did varan and kestas meet before?");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/Halvik/);
  });

  it("is a stay the article recalls, by its own words", () => {
    const a = ask("when was varan last in orvania?");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/three years ago/);
  });

  it("answers yes with a meeting dated well before the article that recalls it", () => {
    const a = ask("has kestas met solen before?");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^Yes/);
    expect(a.text).toMatch(/3 March 2023/);
  });

  it("is a meeting of the month before that its sentence recalls ('last month'), though fewer than thirty days back", () => {
    const a = ask("where did tarvo and brandt meet before?");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/Quito/);
  });

  it("is not invented when the article recalls none", () => {
    expect(ask("when did kestas and solen last meet before that?").text).not.toMatch(/three years ago|24 September/);
  });
});

/** Made up: an earlier visit recalled only as "the first … since". */
const SINCE = ` date 2021-08-12
Varan opens mission in Rabat

Rabat, 12 August 2021 - Veldian Foreign Minister Telu Varan held talks in Rabat on Wednesday with Moroccan Foreign Minister Piet Kestas. It was the first official trip to Morocco by a Veldian foreign minister since 2003.
`;

describe("an earlier occasion recalled as 'the first … since'", () => {
  it("is the year it gives", () => {
    const k = loadKnowledge(extractIndex([{ file: "seeds/993_since.txt", text: SINCE }]), intentModel());
    expect(answer("when did a veldian foreign minister last visit morocco before varan?", k).text).toMatch(/2003/);
  });
});
