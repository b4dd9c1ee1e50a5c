/**
 * @module A contact noun's own arguments give its sides (frame-engine.ts, the contact-between and
 * contact-with rows): a pair as the subject of the verb that takes the noun as object, the noun's own
 * "of" phrase, and a list of "with" phrases with an adverb set between. Made-up sentences; the read
 * sets' sentences of these forms are in the comments (devC m013, devA h001, devC m009).
 */
import { describe, expect, it } from "vitest";
import { meetingsIn } from "./helpers";

describe("a pair as the subject of a contact noun's verb", () => {
  // devC m013: "Costa Rican President Rodrigo Chaves and his Panamanian counterpart José Raúl Mulino began official talks this Friday at the Palacio de las Garzas, …"
  it("returns the talks of 'A and his counterpart B began official talks'", () => {
    const text = "Veldian President Rush Varan and his Orvanian counterpart Telu Amsel began official talks on Friday at the presidential palace in Tarsk.";
    expect(meetingsIn(text, "2024-08-24", "held")).toEqual(["Rush Varan + Telu Amsel"]);
  });

  it("returns no contact when the pair only speaks of talks or welcomes a call for calm", () => {
    expect(meetingsIn("Veldian President Rush Varan and Orvanian President Telu Amsel said the talks in Geneva had been useful.", "2024-08-24")).toEqual([]);
    expect(meetingsIn("Veldian President Rush Varan and Orvanian President Telu Amsel welcomed the call for calm.", "2024-08-24")).toEqual([]);
  });
});

describe("a phrase opening the sentence on the pair's own contact", () => {
  // heldout53 x579: "After their talks, Orbán and Xi announced that relations were being raised …"; check11 k204: "After their
  // talks, Dr Balakrishnan and Mr Maas put out a joint declaration …"
  it("returns the talks of 'After their talks, A and B announced …'", () => {
    const text = "After their talks, President Rush Varan and Prime Minister Telu Amsel announced a new partnership between their countries.";
    expect(meetingsIn(text, "2024-08-24", "held")).toEqual(["Rush Varan + Telu Amsel"]);
  });

  it("returns no contact when the talks are others' or the pair stands before the phrase", () => {
    expect(meetingsIn("After the talks, President Rush Varan and Prime Minister Telu Amsel announced a new partnership.", "2024-08-24")).toEqual([]);
    expect(meetingsIn("Reporters said that after their talks, President Rush Varan and Prime Minister Telu Amsel announced a plan.", "2024-08-24")).toEqual([]);
  });
});

describe("the 'of' phrase of a contact noun", () => {
  // devA h001: "… looking forward to the meeting of Presidents Nursultan Nazarbayev and Vladimir Putin that is expected in May."
  it("returns the planned meeting of 'the meeting of Presidents A and B that is expected in May'", () => {
    const text = "Both countries, the envoy added, are looking forward to the meeting of Presidents Rush Varan and Telu Amsel that is expected in May.";
    expect(meetingsIn(text, "2018-03-02", "planned")).toEqual(["Rush Varan + Telu Amsel"]);
  });

  it("returns no meeting between people listed after a colon with their countries ('meetings with ministers: A of Veldia, B of Orvane and C')", () => {
    const text = "Foreign Minister Ana Telu continued with fruitful meetings with three foreign ministers: Rush Varan of Veldia, Osk Amsel of Orvane and Pim Dorra of Kesh.";
    expect(meetingsIn(text, "2021-06-20").filter((m) => !m.includes("Ana Telu"))).toEqual([]);
  });
});

describe("'with' phrases repeated after an adverb", () => {
  // devC m009: "On Thursday he held talks with Israeli President Isaac Herzog and, separately, with the Deputy Prime Minister and Foreign Minister of the United Arab Emirates, Sheikh Abdullah bin Zayed Al Nahyan."
  it("returns a contact with each of 'held talks with A and, separately, with the Foreign Minister of Veldia, B'", () => {
    const text = "On Thursday Orvanian President Ana Telu held talks with Veldian President Rush Varan and, separately, with the Foreign Minister of Kesh, Osk Amsel.";
    expect(meetingsIn(text, "2025-01-10", "held")).toEqual(["Ana Telu + Osk Amsel", "Ana Telu + Rush Varan"]);
  });
});

describe("an appointment of a visit's programme owned by its visitor", () => {
  // read19 r616 (Turkish ministry): "His first appointment in the city was with Frederick Shava, Zimbabwe's Minister of …";
  // read18 r510 (German ministry): "His first appointment in the Guatemalan capital was with Vice Minister …"; c046: "His next appointment was with …".
  it("returns the meeting of 'His first appointment in the city was with Y' after a sentence about the visitor", () => {
    const text =
      "Foreign Minister Rush Varan went on with his tour of Africa in January 2023, stopping in Tarsk.\n\n" +
      "His first appointment in the city was with Osk Amsel, Veldia's Minister of Foreign Affairs.";
    expect(meetingsIn(text, "2023-01-20")).toEqual(["Osk Amsel + Rush Varan"]);
  });

  it("returns no contact of 'congratulated him on his appointment'", () => {
    const text = "Foreign Minister Rush Varan received Ambassador Osk Amsel on Monday. Varan congratulated him on his appointment and wished him success.";
    expect(meetingsIn(text, "2023-01-20")).toEqual(["Osk Amsel + Rush Varan"]);
  });
});

// heldout112 1034 ("… will travel to Beijing this week for talks with his Chinese counterpart …"), heldout88 847 ("… will
// travel to The Hague for talks …", "… will head to Mongolia next week for talks …")
describe("a contact noun of purpose after a journey to come", () => {
  it("returns the talks as planned, their weekday ahead of the article's date", () => {
    const text = "Foreign Minister Osk Benn will travel to Kelm on Thursday for talks with his Orvanian counterpart Ruda Hadu.";
    expect(meetingsIn(text, "2024-09-03", "planned")).toEqual(["Osk Benn + Ruda Hadu"]);
    expect(meetingsIn(text, "2024-09-03", "held")).toEqual([]);
  });
});
