import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up: what two people signed, and what one of them signed alone. */
const TOLD = ` date 2024-09-18
Varan and Kestas sign pipeline accord

Tarsk, 18 September 2024 - Veldian Foreign Minister Telu Varan will travel to Orvane next month, his office said.
Orvanian Foreign Minister Piet Kestas said he looked forward to it.
At a dinner last week, Varan and Kestas signed an accord on two gas pipelines between their countries.
Varan also signed a memorandum on student exchanges with a university.
`;

// the contact as a frame the extractor does not read: the index holds their article and no meeting of theirs
const index = extractIndex([{ file: "seeds/988_told.txt", text: TOLD }]);
const knowledge = loadKnowledge({ ...index, meetings: [] }, intentModel());

describe("what two people signed when no meeting of theirs is on record", () => {
  it("quotes the sentence that names them both and tells the act", () => {
    const a = answer("what did varan and kestas sign", knowledge);
    expect(a.found).toBe(true);
    expect(a.text).toContain("gas pipelines");
    // never an act only one of them did
    expect(a.text).not.toContain("student exchanges");
  });
});

/** Made up: a signing told without the verb "sign". */
const NAMES_PUT = ` date 2024-10-02
Halvik and Orvel seal water accord

Tarsk, 2 October 2024 - Veldian Foreign Minister Ana Halvik received her Orvanian counterpart, Dan Orvel, in Tarsk on Tuesday.
At the end of the talks Halvik and Orvel put their names to a memorandum on the shared river basin.
`;

describe("what two people signed, told as putting their names to it", () => {
  const told = loadKnowledge(extractIndex([{ file: "seeds/987_names.txt", text: NAMES_PUT }]), intentModel());

  it("quotes the sentence in which they put their names to the document", () => {
    const a = answer("what did halvik and orvel sign", told);
    expect(a.found).toBe(true);
    expect(a.text).toContain("shared river basin");
  });
});

/** Made up: a signing recalled in the passive, beside the sides' own (check11 k104's shape). */
const RECALLED = ` date 2021-08-12
Halvik opens mission in Tarsk

Tarsk, 12 August 2021 - Veldian Foreign Minister Ana Halvik ended a two-day stay in Tarsk on Thursday, leaving behind three freshly signed accords.
Talks were held on Wednesday between Halvik and Foreign Minister Dan Orvel.
Halvik recalled that a trade accord between Veldia and Orvane had been signed in Tarsk in 2019.
At the end of the session the two ministers put their names to a memorandum on political consultations and an air services agreement.
`;

describe("what two people signed, where a sentence tells a signing in the passive", () => {
  const told = loadKnowledge(extractIndex([{ file: "seeds/986_recalled.txt", text: RECALLED }]), intentModel());

  it("never gives the place and time after a passive participle as the thing signed", () => {
    const a = answer("what did halvik and orvel sign", told);
    expect(a.text.split("\n")[0]).not.toMatch(/^in Tarsk/);
  });
});
