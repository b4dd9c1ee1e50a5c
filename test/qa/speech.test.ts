import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Articles in the corpus's words (two agencies): what someone said, told apart from any meeting. */
const TUNIS = `Tunisia: Nafti, Libyan Counterpart Agree to Ease Movement At Border Crossings

Tunis, 4 February 2025 (TAP) - Foreign Minister Mohamed Ali Nafti spoke to reporters in Tunis on Monday.

Libya's security, Nafti stressed, is bound up with Tunisia's own, and he voiced hope that Libya would soon regain its unity and stability.
`;

const APIA = `NZ and Samoa renew Statement of Partnership

Apia, 9 February 2024 (RNZ) - New Zealand's Foreign Minister Winston Peters met Samoan Prime Minister Fiame Naomi Mata'afa in Apia on Friday.

Once the signing was over, local reporters put questions to Peters about Samoan calls for visa-free entry to New Zealand.

He told them the appeal had been heard and was being considered, but that he would need to consult his cabinet colleagues.
`;

const MANILA = `Marcos welcomes Malaysian foreign minister at Malacañang

Manila, 2 July 2024 (PNA) - Malaysian Foreign Minister Mohamad Hasan paid a courtesy call on President Ferdinand R. Marcos Jr. at Malacañang on Tuesday.

Marcos thanked him for coming to the Palace even though he is busy.

For his part, Hasan voiced deep appreciation for the Philippines' support of ASEAN.
`;

/** Made up: each of two ministers does an act to the other, one of them in a relative clause. */
const VARNO = `Norland and Estovia foreign ministers meet in Varno

Varno, 4 March 2025 - Norland's Foreign Minister Talo Brenn met Estovian Foreign Minister Ruma Kessi in Varno on Tuesday.

Kessi, who likewise congratulated him on the new trade office, said the two countries would open a direct flight.

Brenn thanked Kessi for the warm welcome.
`;

const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/931_tunis.txt", text: TUNIS },
    { file: "seeds/932_apia.txt", text: APIA },
    { file: "seeds/933_manila.txt", text: MANILA },
    { file: "seeds/934_varno.txt", text: VARNO },
  ]),
  intentModel(),
);
const ask = (q: string) => answer(q, knowledge);

describe("what someone said about a subject", () => {
  it("returns the sentence in which the person speaks of it, whether or not they met anyone", () => {
    const a = ask("what did nafti say about libya's security");
    expect(a.found).toBe(true);
    expect(a.text).toContain("is bound up with Tunisia's own");
  });

  it("returns the sentence before too when only it names the subject", () => {
    const a = ask("what did peters say about visa free travel for samoans");
    expect(a.found).toBe(true);
    expect(a.text).toContain("visa-free entry");
    expect(a.text).toContain("was being considered");
  });

  it("returns found=false when the person says nothing of the subject", () => {
    expect(ask("what did nafti say about fisheries").found).toBe(false);
  });
});

describe("what someone thanked or congratulated someone for", () => {
  it("returns what follows the act when the other person is 'him' in the sentence", () => {
    const a = ask("what did marcos thank the malaysian foreign minister for");
    expect(a.found).toBe(true);
    expect(a.text.split("\n")[0]).toMatch(/^coming to the Palace/);
  });

  it("reads 'express appreciation for' from a sentence that voices it", () => {
    expect(ask("what did hasan express appreciation for").text.split("\n")[0]).toMatch(/^the Philippines' support of ASEAN/);
  });
});

describe("who did an act to whom", () => {
  it("answers 'what did A thank B for' from the sentence where A thanks, never where B does", () => {
    expect(ask("what did brenn thank kessi for").text.split("\n")[0]).toMatch(/^the warm welcome/);
    expect(ask("what did kessi thank brenn for").found).toBe(false);
  });

  it("does not take 'B, who congratulated him' for A congratulating B", () => {
    expect(ask("what did kessi congratulate brenn on").text.split("\n")[0]).toMatch(/^the new trade office/);
    expect(ask("what did brenn congratulate kessi on").found).toBe(false);
  });

  it("answers 'did A congratulate B?' yes only when A is the one who does it", () => {
    expect(ask("did kessi congratulate brenn").found).toBe(true);
    expect(ask("did brenn congratulate kessi").found).toBe(false);
    expect(ask("did kessi thank brenn").found).toBe(false);
  });
});
