import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Two outlets' words (a newspaper's correspondent, a news agency): a meeting the article says did not take place. */
const SANTIAGO = `Foreign ministers fill the gap after Milei's flying visit skips La Moneda

Santiago, Saturday, August 10, 2024 - On Friday morning Chile's foreign minister, Alberto van Klaveren, sat down with his Argentine counterpart, Diana Mondino, at the foreign ministry building.

Argentina's president, Javier Milei, had flown in on Thursday on what both governments called a private trip. He landed early in the evening and left without seeing President Gabriel Boric, who was not in Santiago at the time.
`;

const BEIJING = `Tillerson tells Xi that Trump looks forward to meeting him soon

BEIJING, March 19 (Reuters) - U.S. Secretary of State Rex Tillerson met Chinese President Xi Jinping in Beijing on Sunday and told him that President Donald Trump expects the two leaders to meet soon.

Trump was not part of the talks, but his message was at the centre of them.
`;

/** A sentence that denies only that officials said something (BalkanNews' words). */
const SKOPJE = `Albanian foreign minister in Skopje

SKOPJE (BalkanNews) - On Monday, Albania's Minister for Europe and Foreign Affairs, Olta Xhacka, held talks in Skopje with her North Macedonian counterpart, Bujar Osmani.

Officials did not say whether Xhacka would also meet Prime Minister Dimitar Kovachevski.
`;

/** Made up, of the shape of read18 r505: a call the article says one side did not take. */
const CALL = ` date 2025-06-03
Veldian president skips call

Veldia's Foreign Minister Ana Ruiz on Tuesday played down the fact that President Telu Varan did not take a telephone call from Orvanian Foreign Minister Kestas Halvik last Friday.

Ruiz took the call instead.
`;

/** Made up, of the shape of read18 r516: an audience the article says was never planned, the guest named by office. */
const AUDIENCE = ` date 2024-01-26
Estovian premier ends tour

Estovia's Prime Minister Mira Sosk met Norland's Foreign Minister Ilan Brenn in Orvel on Monday.

A spokesman said at the time that Norland's President Kari Lunde did not plan to receive the prime minister.
`;

/** Made up, of the shape of read34 x279: a visit scrapped hours before, its talks "put off", a call held instead. */
const SCRAPPED = ` date 2019-05-07
Envoy scraps Orvel stop at last minute

ORVEL, May 7, 2019 - With only hours to go before his plane was due, Veldian Foreign Minister Kaito Rasa scrapped the visit on Tuesday, putting off talks he was to hold with Chancellor Ilse Marr and Foreign Minister Telu Varan.

The two foreign ministers may meet again on May 14 in Tarsk, where Rasa may then be received by President Orvel Dane.
`;

const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/956_scrapped.txt", text: SCRAPPED },
    { file: "seeds/954_call.txt", text: CALL },
    { file: "seeds/955_audience.txt", text: AUDIENCE },
    { file: "seeds/951_santiago.txt", text: SANTIAGO },
    { file: "seeds/952_beijing.txt", text: BEIJING },
    { file: "seeds/953_skopje.txt", text: SKOPJE },
  ]),
  intentModel(),
);
const ask = (q: string) => answer(q, knowledge);

describe("did A meet B, when the article says they did not", () => {
  it("returns no, with the sentence that says it, as an answer", () => {
    const a = ask("did milei meet boric");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^No/);
    expect(a.text).toContain("left without seeing President Gabriel Boric");
  });

  it("returns no when the article says the person was not part of the talks", () => {
    const a = ask("did xi meet trump");
    expect(a.found).toBe(true);
    expect(a.text).toContain("Trump was not part of the talks");
  });

  it("returns no when the article says the talks were put off, and no meeting held (read34 x279)", () => {
    const a = ask("did rasa meet marr");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^No/);
    expect(a.text).toContain("called off");
    expect(knowledge.index.meetings.filter((m) => (m.status ?? "held") === "held").map((m) => m.participants.map((p) => (p.kind === "person" ? p.person : p.name)).join("+")).join(" ")).not.toMatch(/marr/);
  });

  it("keeps a meeting dated after the article was filed as one to come (read34 x279)", () => {
    const planned = knowledge.index.meetings.filter((m) => m.participants.some((p) => p.kind === "person" && p.person.includes("dane")));
    expect(planned.length).toBeGreaterThan(0);
    expect(planned.every((m) => m.status === "planned")).toBe(true);
  });

  it("declines when the sentence denies only that something was said", () => {
    const a = ask("did xhacka meet kovachevski");
    expect(a.found).toBe(false);
  });

  it("returns no when the article says a call from the other was not taken", () => {
    const a = ask("did varan talk to halvik");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^No/);
    expect(a.text).toContain("did not take a telephone call");
  });

  it("returns no when the article says one did not plan to receive the other, named by office", () => {
    const a = ask("did lunde receive the estovian prime minister");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^No/);
    expect(a.text).toContain("did not plan to receive the prime minister");
  });
});
