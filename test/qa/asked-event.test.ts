import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import type { Answer } from "../../src/qa/types";
import { intentModel } from "./helpers";

/** Made-up articles: a state visit with a date of something else (elections), a phone call, a first meeting recalled, an envoy "of A to B". */
const VISIT = ` date 2024-07-02
TARSK, July 2 (Agency) -- Veldian President Halvik Orvane on Tuesday welcomed his Tarskan counterpart, Kestas Varan, at the palace in Tarsk for talks on trade and the river border.

Varan is in Veldia from 1 to 4 July. The visit ends on 4 July.

Tarska goes to the polls on 9 October, and its elections are held on 9 October.

Orvane and Varan first met in person on 3 May 2019, at the river summit in Nalo.

According to Orvane, the talks were productive.

The areas of cooperation include fisheries and energy.
`;
const LEAD = ` date 2024-03-14
Keldan Prime Minister Amar Sovo arrived in the capital on Thursday, choosing Veldia for his first trip abroad since he took office in January, and within hours he was sitting down with Prime Minister Lino Halden.
`;
const ENVOYS = ` date 2024-02-21
The credentials of Mara Velt, the new Ambassador of the United States, were received by President Orvel Nemo at a ceremony in Keld Castle on 20 February.

In a session moderated by Veldia's High Commissioner to Tarsk, Lino Paz, the president spoke of trade.

Orvania's health centre in Nalo was opened by the president, who is from Keld.

Two memoranda were signed. The second, on river fisheries, was signed for Peru by Sela Dunn, secretary of the ports office.
`;
const CALL = ` date 2023-03-10 KELD – Veldian Foreign Minister Sela Brandt spoke by telephone on Thursday with Keldan Foreign Minister Orvel Demir about the pipeline.
`;
const ENVOY = ` date 2024-12-17
The Minister of Foreign Affairs of Veldia, Mira Telu, met in December with the Ambassador of the Republic of Orvania to Veldia, Amar Rusk. They discussed trade.
`;
const AREIS = ` date 2022-01-10 NALO – Veldian Deputy Minister Lino Areis met Keldan envoy Tamo Brell in Nalo on Monday.
`;

const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/920_visit.txt", text: VISIT },
    { file: "seeds/921_call.txt", text: CALL },
    { file: "seeds/924_lead.txt", text: LEAD },
    { file: "seeds/926_envoys.txt", text: ENVOYS },
    { file: "seeds/922_envoy.txt", text: ENVOY },
    { file: "seeds/923_areis.txt", text: AREIS },
  ]),
  intentModel(),
);
const ask = (q: string, previous?: Answer) => answer(q, knowledge, previous ? { focus: previous.focus } : {});

describe("a date of something other than a meeting", () => {
  it("does not answer when elections are with the day of a meeting", () => {
    const a = ask("when are tarska's elections");
    expect(a.text.split("\n")[0]).not.toMatch(/2 July/);
    expect(a.text.split("\n")[0]).toMatch(/9 October/);
  });

  it("answers when a visit ends from the sentence that says so, not with the day of its talks", () => {
    const a = ask("when does varan's visit to veldia end");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/4 July/);
  });

  it("answers when two people first met from the sentence that says 'first met'", () => {
    const a = ask("when did orvane and varan first meet");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/3 May 2019|May 3, 2019/);
  });
});

describe("how a contact was held", () => {
  it("answers 'how did A and B speak' with the phone", () => {
    const a = ask("how did brandt and demir speak");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^• By phone: /);
  });

  it("answers a meeting told with no phone or video as held in person", () => {
    const a = ask("how did orvane and varan meet");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/In person/);
  });

  // "was it an in-person meeting or a phone call", "was the summit in person", "was the A–B conversation a meeting in person" (read28)
  it("answers a yes/no question of the manner with yes or no and the manner the record tells", () => {
    const phone = ask("was the call between brandt and demir in person");
    expect(phone.found).toBe(true);
    expect(phone.text).toMatch(/^No\.\s+• By phone: /);
    const either = ask("was the conversation between brandt and demir in person or by phone");
    expect(either.text).toMatch(/^• By phone: /);
    const met = ask("was the meeting of orvane and varan in person");
    expect(met.text).toMatch(/^Yes\.\s+• In person: /);
  });

  it("does not call words someone used a number", () => {
    const a = ask("how did orvane describe the prespa talks");
    expect(a.text).not.toMatch(/number/);
  });
});

describe("who else than the one named", () => {
  it("does not answer 'who received A besides the president' with the president", () => {
    const a = ask("who received varan besides the president");
    expect(a.found).toBe(false);
  });
});

describe("names and places the question does not give", () => {
  it("does not take a common word the articles use for a name one letter away", () => {
    const a = ask("which areas of cooperation did orvane and varan mention");
    expect(a.text).not.toMatch(/Areis/);
  });

  it("does not give the country an ambassador is accredited to as where a meeting was", () => {
    const a = ask("where did telu meet rusk");
    expect(a.text.split("\n")[0]).not.toMatch(/^Veldia\b/);
  });

  it("does not give a month for 'on what date'", () => {
    const a = ask("on what date did telu meet rusk");
    expect(a.text.split("\n")[0]).not.toMatch(/^December\b/);
  });
});

describe("places", () => {
  it("does not take a month after 'took office in' for the place of a meeting", () => {
    const a = ask("where did sovo meet halden");
    expect(a.text).not.toMatch(/January/);
  });
});

describe("offices asked by country and posting", () => {
  it("takes a meeting told as credentials received for a presentation of credentials", () => {
    const a = ask("who presented credentials to nemo");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/Velt/);
  });

  it("reads 'us' before a title as the country", () => {
    const a = ask("where did the new us ambassador present her credentials");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/Keld/);
  });

  it("does not give an envoy posted elsewhere for 'the high commissioner to' a country", () => {
    const a = ask("who is veldia's new high commissioner to orvania");
    expect(a.text).not.toMatch(/Paz/);
  });

  it("gives the envoy posted there", () => {
    const a = ask("who is veldia's high commissioner to tarsk");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/Lino Paz/);
  });

  it("does not give today's holder for 'the previous' one", () => {
    const a = ask("who was veldia's previous high commissioner to tarsk");
    expect(a.text).not.toMatch(/Paz/);
  });

  it("does not give a signatory for one side when the sentence says they signed for the other", () => {
    const a = ask("which chilean official signed the memorandum on river fisheries");
    expect(a.text.split("\n")[0]).not.toMatch(/Dunn/);
  });

  it("does not give one of another side for 'who signed … for <country>' (heldout83 x801: 'who initialed the treaty for the united states')", () => {
    const TREATY = ` date 2023-12-17
Peru and Chile have initialed an extradition treaty, the prosecutor's office said. Peru's Justice Minister Varan Telu initialed the text for Lima.
`;
    const alone = loadKnowledge(extractIndex([{ file: "seeds/927_treaty.txt", text: TREATY }]), intentModel());
    expect(answer("who initialed the extradition treaty for chile", alone).text.split("\n")[0]).not.toMatch(/Telu/);
    expect(answer("who initialed the extradition treaty for peru", alone).text.split("\n")[0]).toMatch(/Telu/);
  });

  it("does not answer where a thing is with the place of a meeting", () => {
    const a = ask("where is orvania's health centre");
    expect(a.text.split("\n")[0]).not.toMatch(/Keld/);
  });
});

describe("what the articles credit", () => {
  it("does not name a person quoted with 'According to' as the article's source", () => {
    const a = ask("who did varan meet");
    expect(a.found).toBe(true);
    expect(a.text).not.toMatch(/\(Orvane[,)]/);
  });
});
