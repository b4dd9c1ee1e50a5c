import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { actKin } from "../../src/qa/answerers/read-thing";
import { loadKnowledge } from "../../src/qa/knowledge";
import { stem } from "../../src/qa/retrieval";
import { intentModel } from "./helpers";

/** A made-up visit whose acts are told by other words than a reader asks with. */
const VISIT = `Varan in Orvel

Orvel, 6 May 2024 - Veldian Foreign Minister Telu Varan met Orvanian President Piet Kestas in Orvel on Monday and handed him a letter from the Veldian president.

High on the Veldian agenda was a request from Varan that Orvania ease the limits on grain exports to Veldia.

Varan also sought Orvanian backing for a regional fisheries treaty.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/991_kin.txt", text: VISIT }]), intentModel());
const ask = (q: string) => answer(q, knowledge);

describe("an act asked with one word and told with another of its kin", () => {
  it("reads 'give' as 'handed'", () => {
    const a = ask("what did varan give kestas?");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/letter/);
  });

  it("reads 'ask … to do' as 'a request that …'", () => {
    const a = ask("what did varan ask orvania to do?");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/grain exports/);
  });

  it("reads 'support' as 'backing'", () => {
    const a = ask("what did varan ask kestas to support?");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/fisheries treaty/);
  });

  it("keeps kin apart: giving is no asking", () => {
    expect(actKin(stem("give"))).not.toContain(stem("request"));
    expect(actKin(stem("ask"))).toContain(stem("request"));
  });
});

/** Made up: an act done after talks, which asks no topics of the talks. */
const ADOPTED = `Varan and Kestas adopt statement

Tarsk, 9 May 2024 - Veldian Foreign Minister Telu Varan held talks in Tarsk on Thursday with Orvanian Foreign Minister Piet Kestas on the border crossings and trade.

Varan also held talks with Kestas at the foreign ministry, after which the two ministers adopted a joint statement on river transport.
`;

describe("an act asked after the occasion it followed", () => {
  it("is the act's object, not the talks' topics", () => {
    const k = loadKnowledge(extractIndex([{ file: "seeds/992_adopted.txt", text: ADOPTED }]), intentModel());
    const a = answer("what did varan and kestas adopt after their talks?", k);
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/joint statement/);
  });
});

/** Made up: two ministers put out a document, told once by another verb and once by its name alone. */
const ISSUED = `Veldia and Orvania deepen ties

Tarsk, 12 May 2024 - Veldian Foreign Minister Telu Varan held talks in Tarsk on Tuesday with Orvanian Foreign Minister Piet Kestas on regional security and trade.

After their talks, Varan and Kestas put out a joint declaration on river shipping.
`;

const TOLD_BY_NAME = `Halvik and Orvel talk fisheries

Orvel, 14 May 2024 - Halvikan Foreign Minister Anna Orvel met Tarskan Foreign Minister Jon Kestrin in Orvel on Wednesday to discuss fisheries and migration.

In a joint statement, the ministers said they would set up a commission on fish stocks.
`;

describe("what two sides issued", () => {
  const k = loadKnowledge(extractIndex([{ file: "seeds/993_issued.txt", text: ISSUED }, { file: "seeds/994_named.txt", text: TOLD_BY_NAME }]), intentModel());

  it("is the document they put out, not the topics of their talks ('issue' is a verb here)", () => {
    const a = answer("what did varan and kestas issue after the meeting?", k);
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/joint declaration/);
    expect(a.text).not.toMatch(/regional security/);
  });

  it("is a joint statement the article names with no verb of issuing", () => {
    const a = answer("what did orvel and kestrin issue?", k);
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/joint statement/);
  });

  it("still reads 'which issues' as the topics", () => {
    const a = answer("what issues did varan and kestas discuss?", k);
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/regional security/);
  });
});
