/**
 * @module "When did a Chilean president last visit Norway?": the precedent an article gives the occasion it reports ("the first
 * visit by a … since …", "the first by a … in 32 years", "The last visit of a … dates back to 2000"), as in x880, x881, q311,
 * t109, u119, l102, x203 and x938. Made-up people, real countries (the sides are the countries asked).
 */
import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

const SINCE_TELLER = `OSLO, May 9 (Wire) - Chilean President Rush Varan held talks with Norwegian Prime Minister Telu Amsel in Oslo on Thursday, the first visit by a Chilean president since Ruda Hadu travelled to Norway in 1979.

The two leaders discussed fisheries and copper.
`;

const NEXT_SENTENCE = ` date 2031-10-03 WELLINGTON — Kenyan Minister of State Dara Osk paid a courtesy call on New Zealand's Governor-General Halvik Sarn on Saturday.

It was the first visit by a Kenyan minister to the country since 2018.
`;

const DATES_BACK = ` date 2032-04-12 ACCRA — Peruvian President Osk Benn arrived in Accra on Monday for talks with Ghanaian President Kelm Tarsa.

The last visit of a Peruvian president to Accra dates back to 2000, when another government was in power.
`;

const YEARS = ` date 2033-06-01 HANOI — Bolivian President Varo Tamm wraps up a state visit to Vietnam today, the first by a Bolivian head of state in 32 years, after talks with President Linh Sar.
`;

const EARLIER = ` date 2035-06-20 LISBON — Kenyan President Mara Osk held talks with Portuguese President Kelm Vado in Lisbon on Wednesday. It is the first trip to Portugal by a Kenyan head of state in 24 years.

Osk's only earlier visit was in July 2011, when he was foreign minister.
`;

const TAKING_OFFICE = ` date 2034-02-02 LIMA — Estonian Prime Minister Aino Kask met Peruvian President Osk Benn in Lima on Friday, her first trip abroad since taking office in 2033.
`;

// (the one who travels titled nowhere: the question's office is in the precedent's words only; exchange62 x878, exchange66 x1081, x1089)
const UNTITLED = ` date 2036-11-15 LIMA — Osk Varo held talks with Peruvian President Kelm Sarn in Lima on Tuesday, the first formal meeting between an Irish prime minister and a Peruvian leader since Dara Lund sat down with Sarn in 2029.
`;

const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/930_since.txt", text: SINCE_TELLER },
    { file: "seeds/931_next.txt", text: NEXT_SENTENCE },
    { file: "seeds/932_back.txt", text: DATES_BACK },
    { file: "seeds/933_years.txt", text: YEARS },
    { file: "seeds/934_office.txt", text: TAKING_OFFICE },
    { file: "seeds/935_earlier.txt", text: EARLIER },
    { file: "seeds/936_untitled.txt", text: UNTITLED },
  ]),
  intentModel(),
);
const ask = (q: string) => answer(q, knowledge);

describe("the precedent of a reported occasion", () => {
  it("gives the year after 'since' and the one who came then, in a yearless article", () => {
    const reply = ask("when did a chilean president last visit norway");
    expect(reply.found).toBe(true);
    expect(reply.text).toMatch(/^1979/);
    expect(reply.text).toContain("Ruda Hadu");
  });

  it("reads 'It was the first visit … since 2018' told after the occasion's own sentence", () => {
    const reply = ask("when was the last kenyan ministerial visit to new zealand before osk's");
    expect(reply.found).toBe(true);
    expect(reply.text).toContain("2018");
  });

  it("reads 'the last visit … dates back to 2000' for a year asked", () => {
    const reply = ask("in what year did a peruvian president last visit accra before this trip");
    expect(reply.found).toBe(true);
    expect(reply.text).toMatch(/^2000/);
  });

  it("gives the years 'the first … in 32 years' counts", () => {
    const reply = ask("when was the last time a bolivian president visited vietnam");
    expect(reply.found).toBe(true);
    expect(reply.text).toMatch(/^32 years/);
  });

  it("gives the date of 'his only earlier visit was in …' before the years another sentence counts", () => {
    const reply = ask("when did a kenyan head of state last visit portugal");
    expect(reply.found).toBe(true);
    expect(reply.text).toMatch(/^July 2011/);
  });

  it("answers by the precedent's own words when the articles title no one with the office asked", () => {
    const reply = ask("when did an irish prime minister last formally meet a peruvian leader");
    expect(reply.found).toBe(true);
    expect(reply.text).toMatch(/^2029/);
  });

  it("does not take 'her first trip abroad since taking office in 2033' for a visit before", () => {
    expect(ask("when did an estonian prime minister last visit peru").text).not.toMatch(/^2033/);
  });
});
