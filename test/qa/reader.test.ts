import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { headlineOf } from "../../src/qa/format";
import { computeKnowledge, loadKnowledge } from "../../src/qa/knowledge";
import { knowledgeTables, tablesFit, type KnowledgeTables } from "../../src/qa/knowledge-tables";
import { classifyIntent } from "../../src/qa/intent-model";
import { intentModel } from "./helpers";

/** Made-up articles with no title: what a reader sees of their facts, groups and sources. */
const ICELAND = `Reykjavik, 9 September 2022 (NTB) — Icelandic Prime Minister Halla Sigurdottir received Chilean Minister of Foreign Affairs Tomas Errazuriz in Reykjavik on Friday. The two sides discussed geothermal energy, fisheries and Arctic research.

Errazuriz also met with the rector of the University of Iceland and students of its Spanish department.

The Chilean delegation arrived to attend the Arctic Circle Assembly, which will open on October 13.

Diplomatic relations between Iceland and Chile were established on 24 June 1952.

In total, 3 agreements were signed between Iceland and Chile.
`;

const GHANA = `Accra, 2 May 2021 (GNA) — Ghanaian Foreign Minister Kofi Amankwah held talks with Portuguese Secretary of State Rita Valadares in Accra on Tuesday on cocoa trade and maritime security.
`;

const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/901_iceland.txt", text: ICELAND },
    { file: "seeds/902_ghana.txt", text: GHANA },
  ]),
  intentModel(),
);
const ask = (q: string) => answer(q, knowledge);

describe("a vague question does not get every meeting", () => {
  it("returns the arrival that holds the thing asked about, not the list of all meetings", () => {
    const a = ask("who attended the assembly");
    expect(a.found).toBe(true);
    expect(a.text).toContain("The Chilean delegation arrived to attend the Arctic Circle Assembly");
    expect(a.text).not.toContain("Kofi Amankwah");
    expect(a.text).not.toMatch(/meetings fit/);
  });

  it("returns the meetings whose occasion or venue holds the thing, as a list, not one quoted sentence", () => {
    const a = ask("who met at the university of iceland");
    expect(a.text).toContain("One meeting fits");
    expect(a.text).toContain("Tomas Errazuriz");
    expect(a.text).not.toContain("Kofi Amankwah");
  });

  it("returns found=false for a thing no meeting, event or sentence holds", () => {
    expect(ask("who attended the gala dinner").found).toBe(false);
  });

  it("returns every meeting for a question that asks for all of them", () => {
    for (const q of ["who met whom", "who met recently", "give me a list of meetings", "which diplomats met"]) {
      const a = ask(q);
      expect(a.text, q).toContain("3 meetings fit");
      expect(a.text, q).toContain("Kofi Amankwah");
    }
  });
});

describe("each fact said once, fact first", () => {
  it("returns the relations sentence without repeating its date", () => {
    const a = ask("when were diplomatic relations between iceland and chile established");
    expect(a.text.split("\n")[0]).toBe("Diplomatic relations between Iceland and Chile were established on 24 June 1952");
    expect(a.text.match(/24 June 1952/g)).toHaveLength(1);
  });

  it("returns a count once, in bold, when the summary states it", () => {
    const a = ask("how many agreements did iceland and chile sign");
    expect(a.text.split("\n")[0]).toBe("3 agreements signed between Iceland and Chile");
    expect(a.text).not.toMatch(/•/);
    expect(a.body[0]).toEqual({ kind: "para", content: [{ bold: "3" }, " agreements signed between Iceland and Chile"] });
  });
});

describe("groups and titles as a reader reads them", () => {
  it("returns a group with its article: 'met the rector of …'", () => {
    expect(ask("who did errazuriz meet").text).toContain("met the rector of the University of Iceland");
  });

  it("returns a headline-sized title for an article without one, the same in every source line", () => {
    const a = ask("who did amankwah meet");
    const title = a.sources[0]?.title ?? "";
    expect(title.length).toBeLessThanOrEqual(61);
    expect(title).toMatch(/^Ghanaian Foreign Minister Kofi Amankwah held talks…$/);
    expect(a.text).toContain(`Source: ${title} (GNA, 2 May 2021)`);
    expect(ask("which articles do you know").text).toContain(title);
  });

  it("returns a headline cut that drops an opening time phrase and never ends on a dangling word", () => {
    expect(headlineOf("On Friday, Peruvian Foreign Minister Ana Ortega met the Norwegian State Secretary in Lima.")).toBe("Peruvian Foreign Minister Ana Ortega met…");
    expect(headlineOf("Talks opened in Lima.")).toBe("Talks opened in Lima");
  });
});

describe("sources of the articles about what the question names", () => {
  it("returns only the articles about every country named", () => {
    const a = ask("what is the source of the article about iceland and chile");
    expect(a.text).toContain("One article of mine is about Iceland and Chile");
    expect(a.text).toContain("Icelandic Prime Minister");
    expect(a.text).not.toContain("Ghanaian");
  });

  it("returns the articles about some of them, saying so, when none is about all", () => {
    const a = ask("which articles are about chile and ghana");
    expect(a.text).toContain("No article of mine is about Chile and Ghana together");
    expect(a.text).toContain("Ghanaian");
  });
});

describe("small talk and the verbs of meeting", () => {
  it("returns 'You're welcome' with an offer to thanks and praise, not a greeting", () => {
    for (const q of ["thanks", "thank you!", "great", "perfect, thanks"]) {
      const a = ask(q);
      expect(a.text, q).toMatch(/^You're welcome!/);
      expect(a.text, q).not.toMatch(/Hello/);
    }
    expect(ask("hello").text).toMatch(/^Hello!/);
  });

  it("classifies receive, host, call on and hold talks with as who met whom", () => {
    for (const q of ["Who did the Icelandic prime minister receive?", "who hosted errazuriz", "who was received by sigurdottir", "who called on the chilean minister", "who did amankwah hold talks with"]) {
      expect(classifyIntent(q, knowledge.model).intent, q).toBe("who_met");
    }
    expect(ask("Who did the Icelandic prime minister receive?").text).toContain("Tomas Errazuriz");
  });
});

describe("a surname in several transliterations", () => {
  const SURNAMES = `Quito, 3 May 2021 (EFE) — Ecuadorian Foreign Minister Elena Rodríguez Ortiz met Brazilian Ambassador to Ecuador Paulo Rodrigues in Quito on Monday to discuss trade.
`;
  const k = loadKnowledge(extractIndex([{ file: "seeds/903_quito.txt", text: SURNAMES }]), intentModel());

  it("returns every person the surname may mean, each with an office, however it is spelt", () => {
    for (const q of ["who is rodriguez", "who is rodrigues", "who is Rodríguez"]) {
      const a = answer(q, k);
      expect(a.text, q).toContain("2 people fit");
      expect(a.text, q).toContain("Elena Rodríguez Ortiz (Ecuadorian Foreign Minister)");
      expect(a.text, q).toContain("Paulo Rodrigues (Brazilian Ambassador to Ecuador)");
    }
    expect(answer("who is paulo rodriguez", k).text.split("\n")[0]).toBe("Paulo Rodrigues (Brazilian Ambassador to Ecuador)");
  });
});

describe("office titles in other words", () => {
  it("returns the holder of a post asked for by an equivalent title", () => {
    expect(ask("who is the icelandic head of government").text).toContain("Halla Sigurdottir (Icelandic Prime Minister)");
    expect(ask("who is the chilean top diplomat").text).toContain("Tomas Errazuriz");
    expect(ask("who is the chilean secretary of state").text).toContain("Tomas Errazuriz");
    expect(ask("when did the chilean external affairs minister meet sigurdottir").found).toBe(true);
    expect(ask("when did the foreign secretary of chile meet the icelandic premier").found).toBe(true);
    expect(ask("who is the ghanaian head of state").found).toBe(false);
  });
});

describe("who was present", () => {
  it("returns found=false, naming the two, when asked who was at the meeting of two people the article names alone", () => {
    const a = ask("who was present at the meeting between sigurdottir and errazuriz");
    expect(a.found).toBe(false);
    expect(a.text).toContain("name no one at that meeting but");
    expect(a.text).toContain("Tomas Errazuriz");
  });

  it("returns the meeting's participants: present, attended, attendees are not names", () => {
    for (const q of ["Who was present at the prime ministers meeting?", "who were the attendees of the talks in accra", "who was involved in the talks in accra"]) {
      const a = ask(q);
      expect(a.found, q).toBe(true);
      expect(a.text, q).not.toMatch(/do not mention/);
      expect(a.text, q).toMatch(/meeting fits|meetings fit/);
    }
  });
});

describe("the knowledge tables computed at build time", () => {
  const index = extractIndex([
    { file: "seeds/901_iceland.txt", text: ICELAND },
    { file: "seeds/902_ghana.txt", text: GHANA },
  ]);
  // through JSON, as build:index writes them and the Worker reads them
  const tables = JSON.parse(JSON.stringify(knowledgeTables(computeKnowledge(index, intentModel())))) as KnowledgeTables;

  it("returns the same answers from the saved tables as from tables computed at load time", () => {
    const loaded = loadKnowledge(index, intentModel(), tables);
    expect(loaded.retrieval.weights).toEqual(knowledge.retrieval.weights);
    expect(loaded.factTerms).toEqual(knowledge.factTerms);
    expect(loaded.nameWords).toEqual(knowledge.nameWords);
    for (const q of ["what will the chilean delegation attend", "who attended the assembly", "how many agreements did iceland and chile sign", "who did amankwah meet", "where did they meet in accra"]) {
      expect(answer(q, loaded).text, q).toBe(ask(q).text);
    }
  });

  it("returns answers of the index at hand when the saved tables are another index's", () => {
    const other = extractIndex([{ file: "seeds/902_ghana.txt", text: GHANA }]);
    expect(tablesFit(tables, other)).toBe(false);
    expect(answer("who did amankwah meet", loadKnowledge(other, intentModel(), tables)).text).toContain("Rita Valadares");
  });
});
