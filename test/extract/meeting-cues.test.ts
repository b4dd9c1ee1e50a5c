import { describe, expect, it } from "vitest";
import { isCallOn, isCallToAction, isPlanned, isPurpose, kindBetween } from "../../src/extract/meeting-cues";

const words = (text: string): string[] => text.toLowerCase().split(" ");

describe("meeting cues", () => {
  it("returns a courtesy call for 'called on' and 'paid a courtesy call on', not for a phone call", () => {
    expect(isCallOn(words("he called on the premier"), 1)).toBe(true);
    expect(isCallOn(words("he paid a courtesy call on the premier"), 4)).toBe(true);
    expect(isCallOn(words("he made a phone call on monday"), 4)).toBe(false);
  });

  it("returns an appeal only when 'to' belongs to the person's clause", () => {
    expect(isCallToAction(words("to lift the tariffs"), 0)).toBe(true);
    expect(isCallToAction(words("and conveyed an invitation to visit tokyo"), 0)).toBe(false);
  });

  it("returns meetings still to come", () => {
    expect(isPlanned(words("he will meet her"), 2)).toBe(true);
    expect(isPlanned(words("he met her"), 1)).toBe(false);
    expect(isPurpose(words("ahead of talks with him"), 2)).toBe(true);
    expect(isPurpose(words("he is scheduled to visit tokyo for talks with her"), 7)).toBe(true);
    expect(isPurpose(words("he held talks with her"), 2)).toBe(false);
  });

  it("returns the kind of meeting its words report", () => {
    expect(kindBetween(words("held a phone call with"), 0, 4)).toBe("call");
    expect(kindBetween(words("consulted with"), 0, 1)).toBe("consultation");
    expect(kindBetween(words("held talks with"), 0, 2)).toBe("talks");
    expect(kindBetween(words("met with"), 0, 1)).toBe("meeting");
  });
});
