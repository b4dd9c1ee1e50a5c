/** @module Tests of a question naming two countries and no one: the story of those two, not a sentence of another story that mentions one. */
import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up, in the shapes of two foreign-office releases of one ministry (read21 r802, r803). */
const NEPAL = ` date 2017-10-09
Bangladesh and Nepal hold second round of Foreign Office Consultations

Kathmandu, 9 October 2017 - Foreign Secretary Shahid Varan of Bangladesh and Foreign Secretary Shanker Telu of Nepal held the second round of consultations in Kathmandu on Monday. The first round of consultations was held in Dhaka in July 2012. Bhutan and India were also mentioned as partners in a subregional grid.
`;
const BHUTAN = ` date 2024-04-20
Bhutan and Bangladesh hold Third Foreign Office Consultation

Thimphu, 20 April 2024 - Foreign Secretary Masud Orvel of Bangladesh and Foreign Secretary Pema Kesto of Bhutan co-chaired the third consultation in Thimphu on Thursday.
`;

describe("where a consultation of two countries was held", () => {
  const knowledge = loadKnowledge(extractIndex([{ file: "seeds/968_nepal.txt", text: NEPAL }, { file: "seeds/967_bhutan.txt", text: BHUTAN }]), intentModel());

  it("answers from the two countries' story, not another story's sentence that mentions one of them (read21 r803)", () => {
    const a = answer("where was the bhutan bangladesh consultation held", knowledge);
    expect(a.text.split("\n")[0]).not.toMatch(/Dhaka/);
    expect(a.text).toMatch(/Thimphu/);
  });
});
