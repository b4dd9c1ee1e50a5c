import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made-up articles where a person is named only as the owner of an aide or a predecessor, whose doing the sentence tells. */
const ENVOY = ` date 2023-08-15 ORVANE — Vice President Orvel Dask, who is in Tarsk as President Varan Telu's special envoy for the inauguration of Kestas Halvik, met both the outgoing and the incoming heads of state on Monday, leaving no doubt about the strength of the alliance.

The inauguration is due on Tuesday.
`;

const PREDECESSOR = ` date 2025-10-20 TARSK — President Telu Varan received three new ambassadors at the Veldian palace on Friday.

In August, Varan's predecessor, Halvik Orvane, had accepted the credentials of six ambassadors, among them the envoy of Kestia.
`;

const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/901_made_up_envoy.txt", text: ENVOY },
    { file: "seeds/902_made_up_predecessor.txt", text: PREDECESSOR },
  ]),
  intentModel(),
);
const ask = (q: string) => answer(q, knowledge);

describe("answer: a sentence naming a person only as the owner of an aide or a predecessor", () => {
  it("returns found=false for when the owner met someone, not the day the envoy met them", () => {
    const a = ask("when did kestas halvik meet varan telu");
    expect(a.found).toBe(false);
  });

  it("returns found=false for how many envoys the owner received, not the predecessor's count", () => {
    const a = ask("how many ambassadors presented credentials to varan in august");
    expect(a.found).toBe(false);
  });

  it("still answers of the aide or the predecessor named in the sentence", () => {
    expect(ask("when did orvel dask meet kestas halvik").text).toContain("Monday");
    expect(ask("how many ambassadors presented credentials to halvik orvane").text).toContain("six");
    expect(ask("how many ambassadors did varan receive on friday").text).toContain("three");
  });
});
