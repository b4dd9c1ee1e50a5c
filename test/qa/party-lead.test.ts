/** @module The reader: who led a party, told by another verb or noun than the question's ("headed the Chilean side" for "led the Chilean delegation"). */
import { describe, expect, it } from "vitest";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { extractIndex } from "../../src/extract";
import { intentModel } from "./helpers";

/** Made up: two sides' heads told as "is headed by" and "leads", the sides as "side" and "team". */
const ROUND = `Chile and Norway hold fisheries talks in Tarsk

Tarsk, 12 March 2025 - Delegations from Chile and Norway met in Tarsk on Tuesday for a second round of talks on fisheries.

The Chilean side is headed by its foreign minister, Ana Varan. Ilo Telu, Norway's deputy foreign minister, leads the visiting team.

The two sides agreed to meet again in the autumn.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/931_round.txt", text: ROUND }]), intentModel());
const ask = (q: string) => answer(q, knowledge);

describe("the reader: who led a party", () => {
  it("returns the head of a side asked as a delegation ('headed the Chilean side')", () => {
    const a = ask("who led the chilean delegation in tarsk");
    expect(a.found).toBe(true);
    expect(a.text.split("\n")[0]).toContain("Varan");
  });

  it("returns the head of a team asked with another verb ('leads the visiting team')", () => {
    const a = ask("who headed the norwegian delegation");
    expect(a.found).toBe(true);
    expect(a.text.split("\n")[0]).toContain("Telu");
  });

  it("never returns the host who met a party for who led it, the party said with its size (read17 q409)", () => {
    const visit = loadKnowledge(
      extractIndex([{ file: "seeds/932_visit.txt", text: "Talks at Adi-Halo\n\nAsmara, 1 March 2021 - On Sunday, Eritrean President Orvel Dane met and held talks at Adi-Halo with a 20-member Chilean delegation that was on a three-day visit to the country.\n" }]),
      intentModel(),
    );
    expect(answer("who led the 20-member chilean delegation", visit).text.split("\n")[0]).not.toContain("Dane");
  });

  // new57b x654 ("Ukraine's 12-member team was headed by Defence Minister Rustem Umerov", asked who headed the Russian one); the
  // parties told so in devF f211 ("The Azerbaijani delegation was headed by …") and check12 l210 ("the Pakistani delegation was led by …")
  it("never returns the head of the other party, which the sentence names before 'was headed by'", () => {
    const talks = loadKnowledge(
      extractIndex([{ file: "seeds/933_talks.txt", text: "Talks in Tarsk\n\nTarsk, 17 May 2031 - Chile and Peru held their first direct talks in Tarsk on Friday.\n\nChile's 12-member team was headed by Defence Minister Orvel Dane and included deputy ministers.\n" }]),
      intentModel(),
    );
    expect(answer("who headed the chilean delegation", talks).text.split("\n")[0]).toContain("Dane");
    expect(answer("who headed the peruvian delegation", talks).text.split("\n")[0]).not.toContain("Dane");
  });

  // heldout116 1091 ("Prime Minister X and the high-ranking Vietnamese delegation travelling with him landed …", asked who led China's)
  it("never returns one of no known country from a sentence that names other countries but not the party's", () => {
    const home = loadKnowledge(
      extractIndex([
        {
          file: "seeds/935_home.txt",
          text:
            "PM Dane returns home after Mekong summit\n\nHanoi, April 6 (VNA) - Prime Minister Orvel Dane and the high-ranking Vietnamese delegation travelling with him landed in Hanoi on Wednesday afternoon, ending a stay of less than 24 hours in Vientiane, where he attended the fourth summit of the Mekong River Commission.\n\n" +
            "Dane flew to the Lao capital on Tuesday evening at the invitation of Lao Prime Minister Ilo Kane, whose government hosted the summit.\n\nDialogue partners China and Myanmar also took part.\n",
        },
      ]),
      intentModel(),
    );
    expect(answer("who led china's delegation to the summit", home).text.split("\n")[0]).not.toContain("Dane");
  });

  // heldout118 1107 ("The Italian Government was represented by X", asked who represented Italy), heldout116 1093 ("Kyrgyzstan sent X")
  it("returns the one who represented the country asked, never one of another country at the same kind of ceremony", () => {
    const rome = loadKnowledge(
      extractIndex([
        {
          file: "seeds/936_rome.txt",
          text:
            "Italy returns 101 pieces to Mexico\n\nRome, 19 December 2024 - Italy formally returned 101 archaeological pieces to Mexico on Wednesday in a ceremony held at the Mexican embassy in Rome.\n\n" +
            "The Italian Government was represented by Orvel Dane, Undersecretary of State for Foreign Affairs.\n\n" +
            "On March 28, 2023 the Italian undersecretary joined Mexican President Ilo Kane at a restitution ceremony in Mexico City.\n",
        },
      ]),
      intentModel(),
    );
    const a = answer("who represented italy at the restitution ceremony", rome);
    expect(a.text.split("\n")[0]).toContain("Dane");
    const aral = loadKnowledge(
      extractIndex([{ file: "seeds/937_aral.txt", text: "Aral Sea fund council\n\nDushanbe, 16 September 2023 - The leaders of Central Asia met in Dushanbe on Friday for the council of the Aral Sea fund, chaired by Tajik President Mira Solen.\n\nKyrgyzstan sent Ana Varan, First Deputy Chairman of the Cabinet of Ministers, who took part as an observer.\n" }]),
      intentModel(),
    );
    expect(answer("who represented kyrgyzstan at the meeting", aral).text.split("\n")[0]).toContain("Ana Varan");
  });

  // (new57b x654's "who led the russian delegation" had been answered with another article's talks held in Moscow)
  it("never returns the meetings held in the party's country for who led it, when none of its people took part", () => {
    const lima = loadKnowledge(extractIndex([{ file: "seeds/934_lima.txt", text: "Lima, 2 May 2031 - Chilean Foreign Minister Ilo Kane met Bolivian Foreign Minister Dara Osk in Lima on Friday.\n" }]), intentModel());
    const a = answer("who led the peruvian delegation", lima);
    expect(a.found).toBe(false);
    expect(a.text).not.toMatch(/meetings? fits?/);
  });
});
