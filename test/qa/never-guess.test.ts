import { describe, expect, it } from "vitest";
import { answer } from "../../src/qa/answer";
import { linkQuestion } from "../../src/qa/link";
import { gatesKnowledge } from "./gates-fixture";

const k = gatesKnowledge();
const ask = (q: string) => answer(q, k);

describe("answer: the kind of contact asked about", () => {
  it("returns found=false for a phone call the articles do not report, then the talks they do report", () => {
    const a = ask("when did varo and tamm talk on the phone");
    expect(a.found).toBe(false);
    expect(a.text).toContain("no phone call between Ilsa Varo and Kalev Tamm");
    expect(a.text).toContain("held talks with");
  });

  it("returns the talks when the question asks about a meeting of any kind", () => {
    const a = ask("when did varo and tamm meet");
    expect(a.found).toBe(true);
    expect(a.text).toContain("4 March 2024");
  });

  it("returns found=false for credentials when the articles report only a courtesy call", () => {
    const a = ask("who did moko present his credentials to");
    expect(a.found).toBe(false);
    expect(a.text).toContain("no presentation of credentials");
    expect(a.text).toContain("courtesy call on");
  });
});

describe("answer: held or planned", () => {
  it("returns found=false for a meeting asked about as held that the articles report as planned, and says it is planned", () => {
    for (const q of ["when did varo and olafs meet", "where did varo and olafs meet"]) {
      const a = ask(q);
      expect(a.found, q).toBe(false);
      expect(a.text, q).toContain("only a planned one");
      expect(a.text, q).toContain("planned for 10 May 2024");
    }
  });

  it("returns the planned meeting when the question asks about the future", () => {
    const a = ask("when will varo meet olafs");
    expect(a.found).toBe(true);
    expect(a.text).toContain("10 May 2024");
  });
});

describe("answer: who else was there", () => {
  it("returns the others at a named meeting, not its principals", () => {
    for (const q of ["who else attended the meeting between varo and tamm", "who accompanied tamm in the talks with varo"]) {
      const a = ask(q);
      expect(a.found, q).toBe(true);
      expect(a.text, q).toMatch(/^• Piret Lepp/);
    }
  });

  it("returns found=false when the article names no one but the principals", () => {
    const a = ask("who else was at the meeting of moko and fale");
    expect(a.found).toBe(false);
    expect(a.text).toContain("name no one at that meeting but Tane Moko and Lui Fale");
  });

  it("returns found=false for 'the meeting' with nothing named and no conversation", () => {
    const a = ask("who attended the meeting");
    expect(a.found).toBe(false);
    expect(a.text).not.toMatch(/meetings? fits?/);
  });
});

describe("answer: what was discussed, signed, said", () => {
  it("returns the sentence that reports a signing, not the topics of the talks", () => {
    const a = ask("what did varo and tamm sign");
    expect(a.found).toBe(true);
    expect(a.text).toContain("signed a memorandum on maritime training");
    expect(a.text).not.toContain("discussed:");
  });

  it("declines 'what did they sign in <place>' from articles that never name the place (read22 r901)", () => {
    const a = ask("what did the two ministers sign in quito");
    expect(a.found).toBe(false);
    expect(a.text).not.toMatch(/memorandum|charter/);
  });

  it("returns the topics when asked what was discussed", () => {
    expect(ask("what did varo and tamm discuss").text).toContain("discussed: maritime training; fisheries");
  });

  it("returns what a person said about a thing only from a sentence that holds it", () => {
    expect(ask("what did varo say about fisheries").text).toContain("Varo said the fisheries accord");
    const none = ask("what did varo say about tourism");
    expect(none.found).toBe(false);
    expect(none.text).not.toContain("fisheries accord");
  });
});

describe("answer: who is", () => {
  it("returns the sentence that introduces a person the articles give no office for", () => {
    const a = ask("who is aino rebane");
    expect(a.found).toBe(true);
    expect(a.text).toContain("the poet Aino Rebane");
  });

  it("never lists a title the article did not complete with a name as a person", () => {
    const a = ask("who is the prime minister");
    expect(a.text).not.toContain("Prime Minister (Prime Minister)");
    expect(a.suggestions.join(" ")).not.toMatch(/\bMinister\?|Prime Minister meet/);
  });

  it("returns found=false for 'whose …', which asks what a sentence says, not who someone is", () => {
    const a = ask("whose poem did tamm read");
    expect(a.found).toBe(false);
    expect(a.text).not.toMatch(/^Kalev Tamm \(/);
  });

  it("returns found=false for 'the minister who met X' when no minister met X", () => {
    const a = ask("what is the name of the minister who met olafs");
    expect(a.found).toBe(false);
    expect(a.text).toMatch(/no (minister who met|meeting between) Bjorn Olafs/);
    expect(a.text).not.toMatch(/^Bjorn Olafs/);
  });
});

describe("answer: questions it cannot place", () => {
  it("returns found=false for a pronoun with no one in the conversation, not everyone's meetings", () => {
    const a = ask("which ministers is she scheduled to call on");
    expect(a.found).toBe(false);
    expect(a.text).toContain("could not tell who “she” is");
  });

  it("returns found=false, not the help text, for a question about the articles the model takes for help", () => {
    const a = ask("what can members do on the website");
    expect(a.found).toBe(false);
    expect(a.text).not.toContain("I answer questions about");
  });

  it("returns no chat reply for a question that names someone and thanks no one", () => {
    const a = ask("which agency did tamm thank for its help");
    expect(a.intent).not.toMatch(/^(greeting|help)$/);
    expect(a.text).not.toMatch(/welcome|I answer questions about/);
  });

  it("returns no help text for a question whose 'example' is the articles' own word", () => {
    const a = ask("which research centre was cited as an example");
    expect(a.text).not.toContain("I answer questions about");
    expect(ask("can I have an example").text).toContain("I answer questions about");
  });
});

describe("reader: the head noun after its modifiers", () => {
  it("returns the ordinal for 'which <name> session'", () => {
    const a = ask("which nordic council session did olafs attend");
    expect(a.found).toBe(true);
    expect(a.body[0]).toEqual({ kind: "para", content: [{ bold: "48th" }] });
  });
});

describe("answer: the place, the people, the articles asked about", () => {
  it("returns the sentence that names the venue with the city, for one meeting", () => {
    const a = ask("where did fale and tamm meet");
    expect(a.found).toBe(true);
    expect(a.text).toContain("Apia");
    expect(a.text).toContain("at the Government Palace");
  });

  it("returns found=false for 'they' naming no one, with no conversation, not every meeting held there", () => {
    const a = ask("where in Apia did they meet");
    expect(a.found).toBe(false);
    expect(a.text).toContain("could not tell who “they” are");
  });

  it("returns found=false for the countries of a visit when the article names none, not the bare arrival", () => {
    const a = ask("which countries did tamm visit before apia");
    expect(a.found).toBe(false);
    expect(a.text).not.toContain("Kalev Tamm arrived");
  });

  it("returns found=false for what two people signed when the signing sentence is about someone else", () => {
    const a = ask("what did fale and tamm sign");
    expect(a.found).toBe(false);
    expect(a.text).not.toContain("fisheries charter");
  });

  it("returns found=false, not every article, for the article of a thing it does not name", () => {
    const a = ask("which news agency reported the trip");
    expect(a.found).toBe(false);
    expect(a.text).not.toContain("I know");
  });

  it("returns a meeting the articles place nowhere for 'who did X meet in <city>', saying they do not say where", () => {
    const a = ask("who did borg meet in apia");
    expect(a.text).toContain("Sera Koro");
    expect(a.text).toContain("don't say where");
  });

  it("returns only the meetings held in the city asked when there are some, without that caveat", () => {
    const a = ask("who did tamm meet in apia");
    expect(a.text).toContain("Lui Fale");
    expect(a.text).not.toContain("Ilsa Varo");
    expect(a.text).not.toContain("don't say where");
  });

  it("returns found=false, no yes, to 'did X meet Y in <city>' for a meeting the articles place nowhere, with that meeting", () => {
    const a = ask("did borg meet koro in apia");
    expect(a.found).toBe(false);
    expect(a.text).toContain("Sera Koro");
    expect(a.text).toContain("but not where");
  });

  it("returns the meetings on the day of the week asked", () => {
    const a = ask("who did tamm meet on tuesday");
    expect(a.text).toContain("Lui Fale");
    expect(a.text).not.toContain("Ilsa Varo");
  });
});

describe("answer: what the articles cannot pin", () => {
  it("returns found=false for the date of a meeting the article dates only by its publication, and says so", () => {
    const a = ask("on what date did saar present his credentials");
    expect(a.found).toBe(false);
    expect(a.text).toContain("gives no date for that meeting, only its publication date");
  });

  it("returns found=false, naming who it may be, for 'the meeting with' an office several people hold", () => {
    const a = ask("who else was at the meeting with the estonian ambassador");
    expect(a.found).toBe(false);
    expect(a.text).toMatch(/may mean (Piret Lepp or Mart Saar|Mart Saar or Piret Lepp)/);
  });
});

describe("suggestions: only questions the bot answers", () => {
  it("offers no 'when' question for a meeting dated only by its article's publication day, and each suggestion gets an answer", async () => {
    const { suggestQuestions } = await import("../../src/qa/suggest");
    const people = k.index.people.map((p) => [p.id]);
    for (const about of [[], ...people]) {
      for (const question of suggestQuestions(k, about, 4, { intent: "when" })) {
        expect(ask(question).found, question).toBe(true);
      }
    }
  });
});

describe("when: the part of the date asked for", () => {
  it("returns found=false with the day the article gives when asked for a year it does not give", () => {
    const a = ask("in which year did moko call tepa");
    expect(a.found).toBe(false);
    expect(a.text).toContain("not give the year");
    expect(a.text).toContain("14 August");
  });

  it("still answers 'when' with the day and month", () => {
    const a = ask("when did moko call tepa");
    expect(a.found).toBe(true);
    expect(a.text).toContain("14 August");
  });
});

describe("topics: 'did they discuss X?'", () => {
  it("returns found=false when no topic or sentence of their meeting holds X, with what they did discuss", () => {
    const a = ask("did varo and tamm discuss climate change");
    expect(a.found).toBe(false);
    expect(a.text).toContain("fisheries");
    expect(a.text).not.toMatch(/^Yes/);
  });

  it("answers with the topics when one holds X", () => {
    const a = ask("did varo and tamm discuss fisheries");
    expect(a.found).toBe(true);
    expect(a.text).toContain("fisheries");
  });
});

describe("why: a reason only from a sentence", () => {
  it("never answers 'why' with a list of meetings or an arrival", () => {
    for (const question of ["why did varo meet tamm", "why did tamm go to apia"]) {
      const a = ask(question);
      expect(a.found, question).toBe(false);
      expect(a.text).toContain("don't say why");
    }
  });
});

describe("who met: the people asked for, as the question qualifies them", () => {
  it("returns found=false when no meeting's sentence or office says what the question asks ('which OECD officials')", () => {
    const a = ask("which oecd officials did varo meet");
    expect(a.found).toBe(false);
    expect(a.text).not.toContain("Kalev Tamm (");
  });

  it("keeps the meetings whose people's offices say it ('which trade ministers')", () => {
    const a = ask("which trade ministers will varo meet");
    expect(a.found).toBe(true);
    expect(a.text).toContain("Olafs");
    expect(a.text).not.toContain("Tamm");
  });
});

describe("did A <act> B?: an act that is no meeting", () => {
  it("answers yes with the sentence that tells the act and names the people", () => {
    const a = ask("did tamm read a poem by rebane");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^Yes/);
    expect(a.text).toContain("read a poem");
  });

  it("returns found=false, not an arrival or a meeting, when no sentence tells the act", () => {
    const a = ask("did tamm congratulate fale");
    expect(a.found).toBe(false);
    expect(a.text).not.toMatch(/arrived|received/);
  });
});

describe("did A <act> B … <object>?", () => {
  it("returns found=false when the sentence tells the act of something else", () => {
    expect(ask("did tamm read a poem by rebane at the summit opening ceremony").found).toBe(false);
  });
});

describe("who met: a meeting read in part", () => {
  it("returns the meeting with the people its sentence also names at no meeting, quoted, not as the whole answer", () => {
    const a = ask("who did ivo borg meet");
    expect(a.found).toBe(true);
    expect(a.text).toContain("Sera Koro");
    expect(a.text).toContain("also names Pita Vea");
    expect(a.text).toContain("could not tell");
    expect(a.text).toContain("“Maltese Foreign Minister Ivo Borg then held separate meetings");
  });

  it("names them whatever their country when the question names a country as where ('on his trip to Fiji'), not as whose", () => {
    const a = ask("who did ivo borg meet on his trip to fiji");
    expect(a.found).toBe(true);
    expect(a.text).toContain("Sera Koro");
    expect(a.text).toContain("also names Pita Vea");
  });

  it("adds nothing when every person the meeting's sentences name took part", () => {
    const a = ask("who did moko meet");
    expect(a.found).toBe(true);
    expect(a.text).not.toContain("could not tell");
  });
});

describe("who met: the meeting as the question qualifies it", () => {
  it("returns found=false for a kind of meeting no sentence of the person's meetings tells ('trilateral')", () => {
    const a = ask("who took part in varo's trilateral meeting");
    expect(a.found).toBe(false);
    expect(a.text).toContain("no trilateral meeting");
  });

  it("still lists who took part when the words before 'meeting' are names or generic", () => {
    const a = ask("who took part in the varo tamm talks");
    expect(a.found).toBe(true);
    expect(a.text).toContain("Piret Lepp");
  });

  it("never answers 'which issues came up in the call' with the call itself", () => {
    const a = ask("which issues came up in the moko tepa call");
    expect(a.text).not.toMatch(/spoke by phone with/);
  });
});

describe("who is: a name in the possessive owns what is asked", () => {
  it("never answers 'which ministers were in X's delegation' with X", () => {
    const a = ask("which ministers were in kalev tamm's delegation");
    expect(a.text).not.toMatch(/^Kalev Tamm/);
  });

  it("still answers 'who is X'", () => {
    expect(ask("who is kalev tamm").text).toMatch(/^Kalev Tamm/);
  });
});

describe("where: the sentence that names the people asked about", () => {
  it("returns the place of the first sentence naming them all, quoted, over a place the record took from elsewhere", () => {
    const a = ask("where did paz and lara meet");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^• Lima: /);
    expect(a.text).toContain("“Earlier that day, Paz and Peruvian Foreign Minister Hugo Lara met at the Foreign Ministry in Lima.”");
    expect(a.text).not.toContain("Quito");
  });

  it("keeps the recorded place when the question names one person", () => {
    expect(ask("where did rosa paz meet someone").text).toMatch(/^• Quito/);
  });

  it("answers 'when and where' with the venue the record names", () => {
    const a = ask("when and where did paz and lara meet");
    expect(a.text).toContain("3 May 2024");
    expect(a.text).toContain("at the Foreign Ministry");
  });
});

describe("answer: the city the question puts the meeting in", () => {
  it("returns found=false, not the meeting held elsewhere or a yes for one nowhere said, for a city of the gazetteer no meeting was in", () => {
    for (const q of ["did borg meet koro in suva", "where did varo meet tamm in santiago"]) {
      const a = ask(q);
      expect(a.found, q).toBe(false);
      expect(a.text, q).not.toMatch(/^Yes/);
    }
  });

  it("never reads a date from a sentence set elsewhere than the city asked", () => {
    const a = ask("when did rosa paz arrive in santiago");
    expect(a.text).not.toContain("3 May 2024");
  });

  it("still answers with the city the meeting was in", () => {
    expect(ask("did varo meet tamm in tallinn").text).toMatch(/^Yes/);
    expect(ask("when did rosa paz arrive in quito").text).toContain("3 May 2024");
  });
});

describe("linkQuestion: a father's name inside a name", () => {
  it("never links a word to someone whose name holds it only after 'bin', when it is another's own name", () => {
    expect(linkQuestion("who is rami", k).people.map((m) => m.ids)).toEqual([["rami-noor"]]);
  });

  it("links it after 'bin'", () => {
    expect(linkQuestion("who is bin rami", k).people.flatMap((m) => m.ids)).toContain("saif-bin-rami-tal");
  });
});
