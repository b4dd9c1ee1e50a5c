import { describe, expect, it } from "vitest";
import { answer, readQuestion } from "../../src/qa/answer";
import { MORE_QUESTION } from "../../src/qa/paging";
import type { Answer, Focus } from "../../src/qa/types";
import { dialogKnowledge } from "./dialog-fixture";

const k = dialogKnowledge();

/** Questions of every kind over the dialog fixture, follow-ups among them. */
const QUESTIONS = [
  "Who met whom?",
  "Who is Ana Ortega?",
  "Who did Ortega meet?",
  "When did Ortega meet Ruiz?",
  "Where did Ruiz meet Ortega?",
  "Did Vidal meet Ruiz?",
  "Who called whom?",
  "What did Peru and Norway discuss?",
  "Who met in Lima?",
  "Which ministers did Lind meet?",
  "Which articles do you know?",
  "list all meetings",
  "hi",
  "help",
  "What is the weather in Lima?",
  "Who is Smithers?",
  "Кто такой Ортега?",
  "When?",
  "Where?",
  "Who else was there?",
  "Who is he?",
  "who is she?",
  "When did he meet Ruiz?",
  "What did they discuss?",
  MORE_QUESTION,
];

/** Foci a chat may hold: each question's answer's, after no context. */
const FOCI: Focus[] = QUESTIONS.map((q) => answer(q, k).focus).filter((f) => f.people.length + f.meetings.length > 0);

/** What a user sees of an answer, and the focus it leaves when it sets one. */
const seen = (a: Answer) => ({ text: a.text, found: a.found, more: a.more, focus: a.keptFocus ? "kept" : a.focus });

describe("readQuestion", () => {
  it("returns usesContext for follow-ups, pronouns, 'who else' and 'more'", () => {
    for (const q of ["When?", "Where?", "Who else was there?", "Who is he?", "who is she?", "When did he meet Ruiz?", "What did they discuss?", MORE_QUESTION])
      expect(readQuestion(q, k).usesContext, q).toBe(true);
  });

  it("returns no usesContext for questions that name what they ask about or ask for everything", () => {
    for (const q of ["Who met whom?", "Who is Ana Ortega?", "When did Ortega meet Ruiz?", "Who met in Lima?", "list all meetings", "hi"])
      expect(readQuestion(q, k).usesContext, q).toBe(false);
  });
});

describe("answer: a question that uses no context", () => {
  it("returns the same reply in every conversation, and a kept focus only where the conversation's is passed on", () => {
    expect(FOCI.length).toBeGreaterThan(3);
    const contextFree = QUESTIONS.filter((q) => !readQuestion(q, k).usesContext);
    expect(contextFree.length).toBeGreaterThan(10);
    for (const q of contextFree) {
      const alone = seen(answer(q, k));
      for (const focus of FOCI) expect(seen(answer(q, k, { focus })), `${q} in focus ${focus.people.join(",")}`).toEqual(alone);
    }
  });

  it("returns the conversation's own focus, marked kept, for a greeting", () => {
    const focus = answer("Who is Ana Ortega?", k).focus;
    const hi = answer("hi", k, { focus });
    expect(hi.keptFocus).toBe(true);
    expect(hi.focus).toBe(focus);
  });

  it("returns a new focus, not marked kept, for a question about someone", () => {
    const a = answer("Who is Ana Ortega?", k, { focus: answer("Who is Tomas Vidal?", k).focus });
    expect(a.keptFocus).toBeUndefined();
    expect(a.focus.people).toEqual(["ana-ortega"]);
  });

  it("answers a read question as it answers its text", () => {
    for (const q of QUESTIONS) expect(seen(answer(readQuestion(q, k), k)), q).toEqual(seen(answer(q, k)));
  });
});
