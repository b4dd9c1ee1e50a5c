import { describe, expect, it } from "vitest";
import { meetingKey, personNamed, seedIndex } from "./helpers";

const index = seedIndex();
const find = (...names: string[]) =>
  index.meetings.filter((m) => names.every((n) => meetingKey(index, m).includes(n)));

describe("meetings of the seed articles", () => {
  it("returns exactly the ten meetings the articles report", () => {
    expect(index.meetings.map((m) => meetingKey(index, m)).sort()).toEqual(
      [
        "Emilio Pevida + Muxtar Tleuberdi",
        "Carlos Enrique Valdés de la Concepción + José Ángel Portal Miranda + Teymur Musayev",
        "Salvador Valdés Mesa",
        "Murat Nurtleu + Sun Weidong",
        "Alibek Bakayev + Sun Weidong",
        "Bruno Rodrigues + Faisal al-Miqdad",
        "Faisal al-Miqdad + Muxtar Tleuberdi",
        "Li Keqiang + Miguel Diaz-Canel",
        "Li Zhanshu + Miguel Diaz-Canel",
        "Miguel Diaz-Canel + Xi Jinping",
      ].sort(),
    );
  });

  it("returns Tleuberdi–Pevida on 4 February with no year, in Nursultan at the foreign ministry", () => {
    const [m] = find("Tleuberdi", "Pevida");
    expect(m?.date).toMatchObject({ month: 2, day: 4 });
    expect(m?.date?.year).toBeUndefined();
    expect(m?.place).toBe("Nursultan");
    expect(m?.venue).toMatch(/Ministry of Foreign Affairs/);
  });

  it("returns the ambassador as present at the health ministers' meeting, dated by the article", () => {
    const [m] = find("Musayev", "Portal Miranda");
    const ambassador = personNamed(index, "Carlos Enrique Valdés de la Concepción");
    expect(m?.participants).toContainEqual(expect.objectContaining({ kind: "person", person: ambassador?.id, role: "present" }));
    expect(m?.date).toMatchObject({ year: 2023, month: 3, day: 1, basis: "publication" });
    expect(m?.topics).toContain("healthcare");
  });

  it("returns the vice president's meeting with the rector, students, staff and the solidarity movement", () => {
    const [m] = find("Valdés Mesa");
    const groups = m?.participants.flatMap((p) => (p.kind === "group" ? [p.name] : [])).join(" | ");
    expect(groups).toMatch(/rector of Azerbaijan.s University of Languages/);
    expect(groups).toMatch(/students and staff/);
    expect(groups).toMatch(/Movement of Solidarity with Cuba/);
  });

  it("returns Nurtleu–Sun on 25 April 2024 in Astana and Bakayev–Sun as a consultation on 26 April 2024", () => {
    const [first] = find("Nurtleu", "Sun Weidong");
    const [second] = find("Bakayev", "Sun Weidong");
    expect(first?.date).toMatchObject({ year: 2024, month: 4, day: 25 });
    expect(first?.place).toBe("Astana");
    expect(first?.topics).toEqual(expect.arrayContaining(["trade", "cultural and humanitarian ties"]));
    expect(second?.kind).toBe("consultation");
    expect(second?.date).toMatchObject({ year: 2024, month: 4, day: 26 });
  });

  it("returns Miqdad's two meetings in New York on the sidelines of the 76th UNGA session, with no date", () => {
    for (const other of ["Rodrigues", "Tleuberdi"]) {
      const [m] = find("Miqdad", other);
      expect(m?.place).toBe("New York");
      expect(m?.date).toBeUndefined();
      expect(m?.occasion).toMatch(/76th session of the United Nations General Assembly/);
    }
  });

  it("returns Díaz-Canel's meetings with Li Keqiang in Beijing and Li Zhanshu on Friday 25 November 2022", () => {
    const [keqiang] = find("Diaz-Canel", "Li Keqiang");
    const [zhanshu] = find("Diaz-Canel", "Li Zhanshu");
    expect(keqiang?.place).toBe("Beijing");
    expect(keqiang?.date).toMatchObject({ year: 2022, month: 11, day: 25, basis: "relative" });
    expect(zhanshu?.date).toMatchObject({ year: 2022, month: 11, day: 25 });
    expect(keqiang?.topics).toEqual(expect.arrayContaining(["agriculture", "clean energy"]));
  });

  it("returns the Díaz-Canel–Xi talks as reported by a quoted post of 25 November 2022", () => {
    const [m] = find("Diaz-Canel", "Xi Jinping");
    expect(m?.kind).toBe("talks");
    expect(m?.fromQuote).toBe(true);
    expect(m?.date).toMatchObject({ year: 2022, month: 11, day: 25 });
  });
});
