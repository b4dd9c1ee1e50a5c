import { describe, expect, it } from "vitest";
import { readDateline } from "../../src/extract/dateline";

describe("readDateline", () => {
  it("returns the place of an all-capitals dateline", () => {
    expect(readDateline("ASTANA — The Kazakh and Chinese Foreign Ministries met.")).toMatchObject({ place: "Astana", rest: "The Kazakh and Chinese Foreign Ministries met." });
  });

  it("returns place, date without year and agency of 'Nursultan, Feb 4 (RHC)'", () => {
    const d = readDateline("Nursultan, Feb 4 (RHC) Kazakhstan's minister met the ambassador.");
    expect(d).toMatchObject({ place: "Nursultan", agency: "RHC", raw: "Nursultan, Feb 4 (RHC)" });
    expect(d?.date).toEqual({ month: 2, day: 4, basis: "dateline", text: "Feb 4" });
  });

  it("returns place and agency of 'New York (ST):' and 'Tokyo (Kyodo):'", () => {
    expect(readDateline("New York (ST):  On the sidelines of the session, they met.")).toMatchObject({ place: "New York", agency: "ST" });
    expect(readDateline("Tokyo (Kyodo): Japanese Prime Minister met him.")).toMatchObject({ place: "Tokyo", agency: "Kyodo" });
  });

  it("returns a dated dateline resolved against the publication year", () => {
    const d = readDateline("PARIS, March 3 (Reuters) — French Foreign Minister spoke.", "2025-03-04");
    expect(d).toMatchObject({ place: "Paris", agency: "Reuters" });
    expect(d?.date).toMatchObject({ year: 2025, month: 3, day: 3 });
  });

  it("returns nothing for a sentence that opens with a date or a name", () => {
    expect(readDateline("On Friday, Cuban President Miguel Diaz-Canel held a meeting.")).toBeUndefined();
    expect(readDateline("China and Cuba enjoy a profound traditional friendship.")).toBeUndefined();
  });
});

describe("readDateline in agency styles", () => {
  it("returns place, date and agency of 'MOSCOW, March 9. /TASS/.' and 'BEIJING, Nov. 25 (Xinhua) --'", () => {
    expect(readDateline("MOSCOW, March 9. /TASS/. Russian Foreign Minister met him.", "2024-03-10")).toMatchObject({ place: "Moscow", agency: "TASS", date: { month: 3, day: 9 } });
    expect(readDateline("BEIJING, Nov. 25 (Xinhua) -- Chinese Premier met him.", "2024-11-26")).toMatchObject({ place: "Beijing", agency: "Xinhua", date: { year: 2024, month: 11, day: 25 } });
    expect(readDateline("WASHINGTON (AP) — Secretary of State met him.")).toMatchObject({ place: "Washington", agency: "AP" });
  });
});
