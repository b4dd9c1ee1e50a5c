import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

// Session 42: answers read on articles no rule was grown on (read27); made-up names.
const LANDED = `Varan in Tarsk

TARSK, Aug 24 (Wire) - Veldian Foreign Minister Telu Varan held talks with Orvanian Foreign Minister Piet Kestas in Tarsk on Sunday.

The minister landed on Saturday afternoon and was received at Halvo Ravan International Airport by Foreign Secretary Abel Daro.
`;

const FLOWN = `Head of State receives Halvian minister

Orvel, 10.01.2024 - President Lino Varga received Mara Solen, Minister of Foreign Affairs of Halvia, at the palace on 10 January 2024. The Halvian minister had flown into Orvel on Tuesday evening for an official visit.
`;

const BRANCH = `Visit of Minister Ansel Lind to Peru

The Minister of Foreign Affairs, Ansel Lind, concluded his visit to Peru on Monday, 23 May, with a meeting with the Prime Minister of Peru, Oren Pask.

Earlier in the day, Mr Lind had also met Dano Ferr, president of the Cusco branch of Rowana, who briefed him on the minority's concerns.
`;

const VIDEO = `Keldia and Orvane compare notes

Dec 26 (Wire) - Keldia wants more dialogue with Orvane, its ministry said on Monday, after the two countries' deputy foreign ministers met by videoconference.

Orvanian Deputy Foreign Minister Sela Brin held consultations with Keldian Deputy Foreign Minister Jory Tam on Monday.
`;

const FORUM = `Lind in Tarsk

Tarsk, 23 May 2022 - Foreign Minister Ansel Lind met President Oren Pask on Monday. They discussed the Tarsk Cooperation Process (TCP), developments in the region and trade.
`;

const SUMMIT = `Minister Daro at the summit

Orvel, 1 March 2023 - Health Minister Abel Daro met Orvanian Health Minister Sela Brin in Orvel on Wednesday.

The delegation arrived to attend the Summit of the Orvel Group (OG) dedicated to post-COVID recovery that will be held on March 2.
`;

const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/981_landed.txt", text: LANDED },
    { file: "seeds/982_flown.txt", text: FLOWN },
    { file: "seeds/983_branch.txt", text: BRANCH },
    { file: "seeds/984_video.txt", text: VIDEO },
    { file: "seeds/985_forum.txt", text: FORUM },
    { file: "seeds/986_summit.txt", text: SUMMIT },
  ]),
  intentModel(),
);
const ask = (q: string) => answer(q, knowledge);

describe("answers on general articles", () => {
  it("tells an arrival whose sentence names the airport, not the city asked", () => {
    const a = ask("when did varan arrive in tarsk?");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/Saturday|23 August/);
  });

  it("reads 'had flown into' a city as the arrival", () => {
    const a = ask("when did solen arrive in orvel?");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/Tuesday|9 January/);
  });

  it("does not take a body's president for the country's", () => {
    const a = ask("did lind meet the peruvian president?");
    expect(a.text).not.toMatch(/Ferr/);
  });

  it("gives no other event's date for one named by its code name typed in lower case", () => {
    // read27 x119: "when is the next seecp summit" was answered with a Non-Aligned Movement summit's day from another article
    const a = ask("when is the next tcp summit?");
    expect(a.found).toBe(false);
    expect(a.text).not.toMatch(/2 March|March 2/);
  });

  it("does not say 'in person' of a contact its article tells was held by video", () => {
    const a = ask("how did brin and tam hold their consultations?");
    expect(a.text).not.toMatch(/In person/);
  });
});
