import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { FIXTURES, indexOf, personNamed, seedIndex } from "./helpers";

const seeds = seedIndex();
const fixtures = indexOf(FIXTURES);
const sentencePeople = (index: typeof seeds, pattern: RegExp) => index.sentences.find((s) => pattern.test(s.text))?.people ?? [];

describe("people of the seed articles", () => {
  it("returns one person for each spelling pair seen across articles", () => {
    expect(personNamed(seeds, "Mukhtar Tilberdi")?.id).toBe(personNamed(seeds, "Muxtar Tleuberdi")?.id);
    expect(personNamed(seeds, "Mikdad")?.id).toBe(personNamed(seeds, "Faisal al-Miqdad")?.id);
    expect(personNamed(seeds, "T. Musayev")?.id).toBe(personNamed(seeds, "Teymur Musayev")?.id);
    expect(seeds.people.filter((p) => /Tleuberdi|Tilberdi/.test(p.names.join()))).toHaveLength(1);
  });

  it("returns Li Keqiang and Li Zhanshu as two people with their offices", () => {
    const keqiang = personNamed(seeds, "Li Keqiang");
    const zhanshu = personNamed(seeds, "Li Zhanshu");
    expect(keqiang?.id).not.toBe(zhanshu?.id);
    expect(keqiang?.offices[0]).toMatchObject({ title: "Premier", country: "China" });
    expect(zhanshu?.offices[0]).toMatchObject({ title: "Chairman", organisation: "National People's Congress (NPC) Standing Committee" });
  });

  it("returns offices with country, and envoys with the country they are posted to", () => {
    expect(personNamed(seeds, "Muxtar Tleuberdi")?.offices[0]).toMatchObject({ title: "Deputy Prime Minister and Foreign Minister", country: "Kazakhstan" });
    expect(personNamed(seeds, "Emilio Pevida")?.offices[0]).toMatchObject({ title: "Ambassador", country: "Cuba", to: "Kazakhstan" });
    expect(personNamed(seeds, "Teymur Musayev")?.offices[0]).toMatchObject({ title: "Health Minister", country: "Azerbaijan" });
    expect(personNamed(seeds, "Sun Weidong")?.offices[0]).toMatchObject({ title: "Vice Minister of Foreign Affairs", country: "China" });
  });

  it("returns the office of a counterpart and the country of a person from what they say", () => {
    expect(personNamed(seeds, "José Ángel Portal Miranda")).toMatchObject({ country: "Cuba", offices: [expect.objectContaining({ title: "Health Minister" })] });
    expect(personNamed(seeds, "Bruno Rodrigues")).toMatchObject({ country: "Cuba", offices: [expect.objectContaining({ title: "Foreign Minister" })] });
    expect(personNamed(seeds, "Faisal al-Miqdad")?.country).toBe("Syria");
    expect(personNamed(seeds, "Alibek Bakayev")?.country).toBe("Kazakhstan");
    expect(personNamed(seeds, "Anayansi Rodríguez Camejo")?.country).toBe("Cuba");
    expect(personNamed(seeds, "Xi Jinping")?.country).toBe("China");
    expect(personNamed(seeds, "Li Zhanshu")?.country).toBe("China");
  });

  it("returns surnames and honorifics as the articles use them", () => {
    expect(personNamed(seeds, "Sun Weidong")?.surname).toBe("Sun");
    expect(personNamed(seeds, "José Ángel Portal Miranda")?.surname).toBe("Portal Miranda");
    expect(personNamed(seeds, "Xi Jinping")?.surname).toBe("Xi");
    expect(personNamed(seeds, "Faisal al-Miqdad")?.honorifics).toEqual(["Dr."]);
  });

  it("returns descriptions, short names and pronouns resolved to the people they stand for", () => {
    const tleuberdi = personNamed(seeds, "Muxtar Tleuberdi")?.id;
    const pevida = personNamed(seeds, "Emilio Pevida")?.id;
    expect(sentencePeople(seeds, /^The Kazakh Foreign Minister highlighted/)).toEqual([tleuberdi, pevida]);
    expect(sentencePeople(seeds, /the Cuban diplomat expressed/)).toEqual([pevida]);
    expect(sentencePeople(seeds, /^He underscored/)).toEqual([pevida]);
    expect(sentencePeople(seeds, /^In turn, Sun emphasized/)).toEqual([personNamed(seeds, "Sun Weidong")?.id]);
    expect(sentencePeople(seeds, /the Kazakh minister affirmed/)).toContain(tleuberdi);
    expect(sentencePeople(seeds, /^Li noted/)).toEqual([personNamed(seeds, "Li Keqiang")?.id]);
    expect(sentencePeople(seeds, /^China is ready to work with Cuba/)).toEqual([personNamed(seeds, "Li Zhanshu")?.id]);
    expect(sentencePeople(seeds, /the NPC lawmaker/)).toContain(personNamed(seeds, "Li Zhanshu")?.id);
    expect(sentencePeople(seeds, /^Mikdad discusses/)).toEqual([personNamed(seeds, "Faisal al-Miqdad")?.id]);
    const musayev = personNamed(seeds, "Teymur Musayev")?.id;
    expect(sentencePeople(seeds, /^"The arrival of Cuban specialists/)).toEqual([musayev]);
    expect(sentencePeople(seeds, /^Further to him, he outlined/)).toEqual([musayev]);
    expect(sentencePeople(seeds, /^In turn, the Cuban official/)).toEqual([personNamed(seeds, "José Ángel Portal Miranda")?.id]);
  });

  it("returns no person for organisations, agencies and places", () => {
    const names = seeds.people.flatMap((p) => p.names).join(" | ");
    expect(names).not.toMatch(/Azernews|Prensa|Milli Majlis|Languages|Nursultan|York|Solidarity/);
    // (and the reporter a seed's byline names, a person of no meeting)
    expect(seeds.people.filter((p) => !p.offices.some((o) => o.from === "byline"))).toHaveLength(16);
  });
});

describe("people of unseen articles", () => {
  it("returns Sergei and Sergey Lavrov as one Russian foreign minister across two articles", () => {
    const lavrov = personNamed(fixtures, "Sergey Lavrov");
    expect(lavrov?.id).toBe(personNamed(fixtures, "Sergei Lavrov")?.id);
    expect(lavrov).toMatchObject({ country: "Russia", articles: ["d_moscow_lavrov", "e_tashkent_talks"] });
  });

  it("returns people who share a name word as different people", () => {
    expect(personNamed(fixtures, "Wang Yi")?.id).not.toBe(personNamed(fixtures, "Wang Wentao")?.id);
    expect(personNamed(fixtures, "Lee Kinyanjui")?.id).not.toBe(personNamed(fixtures, "Lee Jae-myung")?.id);
    expect(personNamed(fixtures, "Lee Kinyanjui")?.offices[0]).toMatchObject({ title: "Trade Minister", country: "Kenya" });
  });

  it("returns the counterpart's office and the description's person in an unseen article", () => {
    expect(personNamed(fixtures, "Takeshi Iwaya")?.offices[0]).toMatchObject({ title: "Foreign Minister", country: "Japan" });
    const lavrov = personNamed(fixtures, "Sergey Lavrov")?.id;
    expect(sentencePeople(fixtures, /^The Russian diplomat also met/)).toContain(lavrov);
  });
});

describe("people written other ways", () => {
  const index = extractIndex([
    {
      file: "t/z.txt",
      text: " date 2024-10-02\nTurkish Foreign Minister Hakan Fidan met Foreign Minister Badr Abdelatty and UN Secretary-General António Guterres. Abdelatty said Egypt would sign the deal. Brazilian President Luiz Inácio Lula da Silva arrived. Lula said Brazil was ready.",
    },
  ]);

  it("returns the country a speaker speaks for when no office names it", () => {
    expect(personNamed(index, "Badr Abdelatty")?.country).toBe("Egypt");
  });

  it("returns an organisation written as an acronym before the title", () => {
    expect(personNamed(index, "António Guterres")?.offices[0]).toMatchObject({ title: "Secretary-General", organisation: "UN" });
  });

  it("returns a name cut from the middle of a long name as that person", () => {
    expect(personNamed(index, "Lula")?.name).toBe("Luiz Inácio Lula da Silva");
  });
});

describe("people named by surname and title only", () => {
  const index = extractIndex([
    { file: "t/a.txt", text: " date 2024-05-17\nPresident Xi met President Putin in Beijing on Thursday. Putin said Russia and China were good neighbours." },
    { file: "t/b.txt", text: " date 2022-11-25\nChinese President Xi Jinping met Chinese Premier Li Keqiang. Chinese lawmaker Li Zhanshu, the chairman of the NPC, met them." },
    { file: "t/c.txt", text: " date 2022-11-26\nChinese official Li met President Xi." },
  ]);

  it("returns a person for a title and surname, linked to later mentions and given a country", () => {
    expect(personNamed(index, "Putin")).toMatchObject({ country: "Russia", offices: [expect.objectContaining({ title: "President" })] });
  });

  it("returns a lone surname merged with the one full name its office fits, never bridging two people", () => {
    expect(personNamed(index, "Xi Jinping")?.articles).toEqual(["a", "b", "c"]);
    expect(personNamed(index, "Li Keqiang")?.id).not.toBe(personNamed(index, "Li Zhanshu")?.id);
    expect(personNamed(index, "Li Zhanshu")?.articles).toEqual(["b"]);
  });
});

describe("people with a title of an institution", () => {
  const index = extractIndex([
    {
      file: "t/kz.txt",
      text: " date 2024-05-02\nASTANA — Kazakh Foreign Minister Murat Nurtleu held a meeting with the Secretary General of the Organization of Turkic States Kubanychbek Omuraliev on May 1. President of Kazakhstan Kassym-Jomart Tokayev met with Director General of the International Atomic Energy Agency Rafael Grossi.",
    },
  ]);

  it("returns the title and the institution written before the name", () => {
    expect(personNamed(index, "Kubanychbek Omuraliev")?.offices[0]).toMatchObject({ title: "Secretary General", organisation: "Organization of Turkic States" });
    expect(personNamed(index, "Rafael Grossi")?.offices[0]).toMatchObject({ organisation: "International Atomic Energy Agency" });
    expect(personNamed(index, "Kassym-Jomart Tokayev")?.offices[0]).toMatchObject({ title: "President", country: "Kazakhstan" });
  });

  it("returns no person for a word of an institution's name", () => {
    expect(index.people.map((p) => p.name).sort()).toEqual(["Kassym-Jomart Tokayev", "Kubanychbek Omuraliev", "Murat Nurtleu", "Rafael Grossi"]);
    expect(index.meetings).toHaveLength(2);
  });
});

describe("people and the article's credits", () => {
  it("returns no person for an agency the article credits, even as the subject of 'said'", () => {
    const index = extractIndex([
      { file: "t/pl.txt", text: " date 2024-01-10\nHAVANA — Prensa Latina said that Cuban President Miguel Diaz-Canel met Chinese Premier Li Qiang. (Source: Prensa Latina)" },
    ]);
    expect(index.people.map((p) => p.name)).toEqual(["Miguel Diaz-Canel", "Li Qiang"]);
  });
});
