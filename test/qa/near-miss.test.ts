import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/**
 * Answers that would be near misses: an answer that does not say what was asked is a wrong answer,
 * worse than "the articles don't say". Sentences in the words of the corpus (a government press
 * release, a news agency) and of the second development set (a government news portal).
 */
const HONIARA = `Minister Manele holds talks with PNG Deputy Prime Minister

Honiara, 30 August 2023 - Solomon Islands' Minister of Foreign Affairs and External Trade, Hon. Jeremiah Manele, sat down for bilateral talks with Papua New Guinea's Deputy Prime Minister, Hon. John Rosso, in Honiara on Wednesday 30th August, in what proved a productive exchange.
`;

const COLOMBO = `Visiting External Affairs Minister of India holds talks with Foreign Minister Herath

Colombo, 7 October 2024 - Foreign Minister Vijitha Herath hosted India's External Affairs Minister, Dr. Subrahmanyam Jaishankar, for bilateral talks at the Ministry of Foreign Affairs in Colombo on Friday, during the Indian minister's one-day official visit.
`;

const ROME = `Bourita and Blinken meet on Rome sidelines

Rome, 29 June 2021 - Talks between Moroccan Foreign Minister Nasser Bourita and US Secretary of State Antony Blinken took place in Rome on Monday, on the margins of a ministerial meeting.

The conversation between Bourita and his American counterpart dealt with the state of bilateral relations and with regional questions, notably developments in Libya and in the Middle East, the Moroccan foreign ministry said in a statement.
`;

const BAYAN = `Amir receives Saudi Foreign Minister

Kuwait, 3 June 2024 (KUNA) - His Highness the Amir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah received Saudi Minister of Foreign Affairs Prince Faisal bin Farhan at Bayan Palace on Monday.

Their talks turned to the long-standing bonds between the two countries and peoples, the room for expanding cooperation across different sectors, and recent regional developments.
`;

/** A lapse after another event and a unit with no count are no length of the meeting (a foreign ministry, an embassy). */
const MANILA = `Japan-Philippines Foreign Ministers' Meeting and Working Lunch

January 15, 2025

Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, currently on a visit to Manila, met Hon. Enrique A. Manalo, Secretary for Foreign Affairs of the Republic of the Philippines, over a working lunch on January 15.

Minister IWAYA expressed his pleasure at seeing Secretary Manalo again only weeks after the two met in Italy in November last year.
`;

const ASHGABAT = `TELEPHONE CONVERSATION BETWEEN THE MINISTERS OF FOREIGN AFFAIRS

On June 22, 2025, Turkmenistan's Minister of Foreign Affairs, Rashid Meredov, spoke by telephone with United States Deputy Secretary of State Christopher Landau.

Both men pointed to years of positive experience in Turkmen-American partnership across politics, trade, the economy, society and culture.
`;

/** A count of documents signed (a foreign ministry) and an agreement to be signed with no signer named (a news wire). */
const ISLAMABAD = `Foreign Minister Qureshi holds talks with Foreign Minister Wang Yi; five agreements signed

Islamabad, 22 March 2022

Foreign Minister Makhdoom Shah Mahmood Qureshi met State Councilor and Foreign Minister of the People's Republic of China, H.E. Mr. Wang Yi, in Islamabad on Monday, 21 March 2022.

After the meeting, the two sides signed five documents:

1. Letter of Exchange on agricultural equipment and materials.
`;

const PORT_VILA = `Napat and Wong talk recovery and partnership

PORT VILA, May 22 (Pacific Wire) – Vanuatu Prime Minister Jotham Napat and Australian Foreign Minister Penny Wong held talks in the capital on Thursday.

The two sides reviewed progress on the Vanuatu-Australia Nakamal Partnership Agreement, a development cooperation framework covering infrastructure, climate adaptation, governance and culture. Napat said the agreement was expected to be signed in September.
`;

/** Talks with someone "on" their subject, or "on" a day and "on the margins" of a session (a foreign ministry, a news agency). */
const ADDIS = `State Minister meets envoys on the margins of the AU Summit

Addis Ababa, 17 February 2024 - Liu Yuxi, Special Envoy of the Chinese Government for African Affairs, held talks with State Minister of Foreign Affairs Ambassador Mesganu Arga on bilateral and regional matters of common interest.
`;

const GENEVA = `Kuwait FM meets Iranian counterpart in Geneva

KUWAIT, Feb 26 (KUNA) -- Minister of Foreign Affairs Abdullah Al-Yahya held talks with Iran's top diplomat, Hossein Amirabdollahian, in Geneva on Monday, on the margins of the 55th session of the UN Human Rights Council (UNHRC).
`;

/** A sentence that only announces what follows it (an embedded post) says nothing of the talks itself. */
const ORVANE = `Varan and Telu hold talks in Orvane

Orvane, 3 March 2024 - Veldian Foreign Minister Rush Varan held talks with Tarskan Foreign Minister Kestas Telu in Orvane on Sunday.

Varan set out the agenda of the talks in a post shortly afterwards:
`;

const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/941_honiara.txt", text: HONIARA },
    { file: "seeds/942_colombo.txt", text: COLOMBO },
    { file: "seeds/943_rome.txt", text: ROME },
    { file: "seeds/944_bayan.txt", text: BAYAN },
    { file: "seeds/945_manila.txt", text: MANILA },
    { file: "seeds/946_ashgabat.txt", text: ASHGABAT },
    { file: "seeds/947_islamabad.txt", text: ISLAMABAD },
    { file: "seeds/948_port_vila.txt", text: PORT_VILA },
    { file: "seeds/949_addis.txt", text: ADDIS },
    { file: "seeds/950_geneva.txt", text: GENEVA },
    { file: "seeds/951_orvane.txt", text: ORVANE },
  ]),
  intentModel(),
);
const ask = (q: string) => answer(q, knowledge);

describe("what was discussed: only a sentence that says what", () => {
  it("returns found=false when the sentences only report that talks were held", () => {
    for (const q of ["what did manele and rosso discuss", "what topics were discussed with herath"]) {
      const a = ask(q);
      expect(a.found, q).toBe(false);
      expect(a.text, q).not.toContain("sat down for bilateral talks");
      expect(a.text, q).not.toContain("for bilateral talks at the Ministry");
    }
  });

  it("returns talks with someone on a subject, never talks on a day or on the margins of a session", () => {
    const addis = ask("what did liu yuxi and arga discuss");
    expect(addis.found).toBe(true);
    expect(addis.text).toContain("on bilateral and regional matters");
    const geneva = ask("what did al-yahya and amirabdollahian discuss");
    expect(geneva.found).toBe(false);
    expect(geneva.text).not.toContain("on the margins");
  });

  it("never quotes a sentence that only announces what follows it", () => {
    const a = ask("what did varan and telu discuss");
    expect(a.found).toBe(false);
    expect(a.text).not.toContain("set out the agenda");
  });

  it("returns the sentence that says what the talks dealt with or turned to", () => {
    const rome = ask("what did bourita and blinken discuss");
    expect(rome.found).toBe(true);
    expect(rome.text).toContain("notably developments in Libya");
    const bayan = ask("what did the amir and prince faisal discuss");
    expect(bayan.found).toBe(true);
    expect(bayan.text).toContain("recent regional developments");
  });
});

describe("how long: a count of a unit, never a unit alone or a lapse", () => {
  it("returns found=false rather than 'only weeks' or 'years' for how long a meeting or call lasted", () => {
    for (const q of ["how long was the iwaya manalo meeting", "how long did the meredov landau call last"]) {
      const a = ask(q);
      expect(a.found, q).toBe(false);
      expect(a.text, q).not.toMatch(/only weeks|pointed to years/);
    }
  });
});

describe("who did an act: its doer, never a count or the one who spoke of it", () => {
  it("returns found=false for who signed a document, not a count of documents signed elsewhere", () => {
    const a = ask("who signed the gender equality memorandum");
    expect(a.found).toBe(false);
    expect(a.text).not.toContain("documents");
  });

  it("returns found=false when the act is told in the passive with no doer, not the person who said it", () => {
    const a = ask("who will sign the nakamal partnership agreement");
    expect(a.found).toBe(false);
    expect(a.text).not.toMatch(/^Napat/);
  });
});
