/**
 * @module Tests of the length of a contact asked in other words than the sentence tells it ("how long did A and B talk" of
 * "A held a video conference with B …, lasting roughly 45 minutes": read26 w114, read23 s115), and never a length in years
 * for it (check12 l101, devF f103, read21 r808 ask it of meetings the articles give no length).
 */
import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

const VIDEO = ` date 2021-12-21
On December 20, starting at 8:35 p.m. and lasting roughly 45 minutes, Veldian Foreign Minister Lino Sarkis held a video conference with Orvanian Foreign Minister Tomas Errazuriz.
`;
const SUMMIT = ` date 2021-03-02
Paraguayan President Kestas Varan met Uruguayan President Mira Telu in Asuncion on Monday. The two reaffirmed their commitment to the bloc, which will complete 30 years of integration on 26 March.
`;
/** Made up, of the shape of read34 x274: a call told with a wait of days, no length of its own. */
const CALL = ` date 2013-02-18
Dane, Marr finally connect by phone

MOSCOW, Feb 18 - Russian Foreign Minister Orvel Dane and US Secretary of State Ilse Marr spoke by phone on Sunday, the Russian ministry said, after nearly a week in which calls from Marr went unanswered.
`;
/** Made up, of the shape of heldout50 x525: consultations told with the year of the last round, no length of their own. */
const ROUND = ` date 2025-04-17
Veldia and Orvane held foreign secretary-level consultations in Tarsk on Thursday for the first time since 2010. Foreign Secretary Ana Lind headed the Veldian delegation and Foreign Secretary Ivo Berg the Orvanian one.
`;
/**
 * Made up, of the shape of heldout34 x272 ("lasted about an hour and three quarters", asked of "the lithuanian fm's talks")
 * and heldout28 x130 ("ran for roughly an hour and a half").
 */
const LUNCH = ` date 2031-06-06
TARSK - Foreign Minister Gabor Lenk of Lithuania, on his first trip to Japan, held a meeting and a working lunch on Monday with State Minister for Foreign Affairs Ino Saka. The talks began at 11 a.m. and lasted about an hour and three quarters.
`;
const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/905_lunch.txt", text: LUNCH },
    { file: "seeds/904_round.txt", text: ROUND },
    { file: "seeds/903_call.txt", text: CALL },
    { file: "seeds/901_video.txt", text: VIDEO },
    { file: "seeds/902_summit.txt", text: SUMMIT },
  ]),
  intentModel(),
);

describe("how long a contact went on", () => {
  it("returns the length of a video conference asked as talking or meeting", () => {
    for (const q of ["how long did sarkis and errazuriz talk", "how long did sarkis and errazuriz meet"]) {
      const a = answer(q, knowledge);
      expect(a.found, q).toBe(true);
      expect(a.text, q).toContain("45 minutes");
    }
  });

  it("returns no length in years for a meeting the article gives no length", () => {
    const a = answer("how long did the meeting between varan and telu last", knowledge);
    expect(a.text).not.toContain("30 years");
  });

  it("returns no wait of days for 'how long did the call last', a contact named with no one's name", () => {
    const first = answer("when did dane and marr speak", knowledge);
    const a = answer("how long did the phone call last", knowledge, { focus: first.focus });
    expect(a.text.split("\n")[0]).not.toContain("week");
  });

  it("returns no 'since' year for 'how long did the foreign office consultations last'", () => {
    const a = answer("how long did the foreign office consultations last", knowledge);
    expect(a.text.split("\n")[0]).not.toMatch(/since|2010/);
  });

  it("returns a length with its fraction, 'an hour and three quarters'", () => {
    const a = answer("how long did lenk's talks with saka last", knowledge);
    expect(a.found).toBe(true);
    expect(a.text.split("\n")[0]).toContain("an hour and three quarters");
  });

  it("reads the length of a contact of one asked by a shorthand of the office ('the lithuanian fm')", () => {
    const a = answer("how long did the lithuanian fm's talks with saka last", knowledge);
    expect(a.found).toBe(true);
    expect(a.text).toContain("three quarters");
  });
});

/** Made up, of the shape of heldout116 1092: an agreement's term told apart from a first trip "since 2011". */
const WATER = ` date 2024-04-23
Turkish President Ana Varan held talks in Baghdad on Monday with Iraqi Prime Minister Ilo Telu on his first trip to Iraq since 2011, and the two governments signed a strategic framework agreement on water.
`;

describe("a length to come", () => {
  it("returns no 'since' year for 'how long will the agreement last'", () => {
    const water = loadKnowledge(extractIndex([{ file: "seeds/906_water.txt", text: WATER }]), intentModel());
    const a = answer("how long will the iraq turkey water agreement last", water);
    expect(a.text.split("\n")[0]).not.toMatch(/since|2011/);
  });
});
