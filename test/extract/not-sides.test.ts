/** @module Tests of sentences that name two people beside a contact word without a contact between them: a readiness to meet, and those who attended another's meeting. */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./helpers";

const pairs = (text: string) => meetingsOf(text).map((m) => m.names.split(" + ").sort().join(" + "));

describe("no meeting of two people told only beside a contact", () => {
  // "Prime Minister Shinzo Abe has said he is ready to sit down with North Korean leader Kim Jong Un" (read28 x137);
  // "said he was ready to meet the Turkish Minister in the near future" (read22 r903)
  it("reads no meeting, held or planned, from a readiness to meet with no time set", () => {
    expect(pairs("TARSK, 3 May 2024 - Prime Minister Kaito Rasa said he was ready to sit down with Veldian leader Telu Varan without preconditions.")).toEqual([]);
    expect(pairs("TARSK, 3 May 2024 - Foreign Minister Kaito Rasa said he was willing to meet Foreign Minister Telu Varan in the near future.")).toEqual([]);
  });

  it("still reads a meeting one is ready for on a day set", () => {
    expect(pairs("TARSK, 3 May 2024 - Foreign Minister Kaito Rasa said he was ready to meet Foreign Minister Telu Varan on 9 May.")).toHaveLength(1);
  });

  // "said at the time that he looked forward to hosting Anand in India" (read35 x295); with a time, a plan: "looked forward to
  // welcoming him the following week" (corpus), "to receiving the Commonwealth family in Apia in October" (corpus)
  it("reads no held meeting from looking forward to hosting someone, a planned one with a time", () => {
    expect(pairs("TARSK, 3 May 2024 - Foreign Minister Kaito Rasa said he looked forward to hosting Foreign Minister Telu Varan in Veldia.")).toEqual([]);
    const planned = meetingsOf("TARSK, 3 May 2024 - Foreign Minister Kaito Rasa said he looked forward to welcoming Foreign Minister Telu Varan on 9 May.");
    expect(planned.map((m) => m.status)).toEqual(["planned"]);
  });

  // "Chairman of the Joint Chiefs of Staff Lt. Gen. Mahmoud Freihat and Dabbas attended the second meeting." (read28 x139)
  it("makes no pair of two who attended a meeting told before", () => {
    const found = pairs("AMMAN, 3 May 2024 - King Abdullah II received Qatari envoy Khalid Rasa on Tuesday.\n\nChief of Staff Mahmoud Telu and Adviser Manar Varan attended the second meeting.");
    expect(found).not.toContain("Mahmoud Telu + Manar Varan");
    expect(found.length).toBeGreaterThan(0);
  });

  // "Morrison had been due to visit India earlier in the year, but called off the trip" (read28 x135), "In March 2020 he had been
  // due to visit Samoa …, but that trip was called off" (read21 r817)
  it("reads no visit, held or planned, from a plan told in the past perfect", () => {
    const found = meetingsOf("NAIROBI, 4 June 2024 - President Kaito Rasa and his Ghanaian counterpart Telu Varan met by video link on Thursday.\n\nRasa had been due to visit Ghana earlier in the year, but called off the trip.");
    expect(found).toHaveLength(1);
    expect(found[0]!.status).toBeUndefined();
  });

  // "A structured meeting with U.S. President Barack Obama, however, did not take place." (read34 x288); "That visit did not take
  // place in the end" (read18 r509); "that trip was called off" (read21 r817)
  it("reads no contact whose noun is the subject of 'did not take place', 'was called off', 'was postponed', and still the one after 'After talks with X, …'", () => {
    const text = (second: string) => `ANTALYA, 16 November 2015 - Prime Minister Kaito Rasa held a bilateral meeting with Spanish Prime Minister Telu Varan. ${second}`;
    expect(pairs(text("A structured meeting with U.S. President Orvel Dane, however, did not take place."))).toEqual(["Kaito Rasa + Telu Varan"]);
    expect(pairs(text("Talks with U.S. President Orvel Dane were postponed."))).toEqual(["Kaito Rasa + Telu Varan"]);
    expect(pairs(text("A meeting with U.S. President Orvel Dane never happened."))).toEqual(["Kaito Rasa + Telu Varan"]);
    expect(pairs(text("Rasa also held talks with U.S. President Orvel Dane, which did not end in a deal."))).toContain("Kaito Rasa + Orvel Dane");
  });

  // "They have met four times on the sidelines of multilateral gatherings over the past year and a half." (read28 x135)
  it("reads no meeting of 'the two' from a tally of their meetings", () => {
    const found = meetingsOf("NAIROBI, 4 June 2024 - President Kaito Rasa and his Ghanaian counterpart Telu Varan met by video link on Thursday.\n\nThe two leaders have met four times on the sidelines of summits over the past two years.");
    expect(found).toHaveLength(1);
  });
});

describe("no group made of a thing a person owns", () => {
  // "Abiy was at Bole International Airport with senior officials to meet the Emirati leader's plane" (read33 x259)
  it("reads no side from 'to meet the Veldian leader's plane'", () => {
    const found = meetingsOf("TARSK, 3 May 2024 - Prime Minister Kaito Rasa held talks on Friday with the President of Ghana, Telu Varan.\n\nRasa was at the airport with senior officials to meet the Ghanaian leader's plane.");
    expect(found.map((m) => m.participants.filter((p) => p.kind === "group"))).toEqual([[]]);
  });
});

describe("no meeting with the press, whatever words come before its noun", () => {
  // "spoke with reporters", "met with journalists" (the rule's own examples); new59c x729 ("Speaking to a small group of Malaysian
  // journalists in the capital, Fagan described …")
  it("reads no contact with a group the press noun ends", () => {
    const text = "TARSK, May 31 -- Admiral Varan Telu, the commandant of the Veldian Coast Guard, wrapped up her first visit to Orvane on Friday.\n\nSpeaking to a small group of Orvanian journalists in the capital, Telu described Orvane as a leading player in maritime security.";
    expect(meetingsOf(text)).toEqual([]);
  });
});
