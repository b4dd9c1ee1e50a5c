/**
 * "who did A co-chair the consultation with": "co-chair" is the verb, never the office "Chair" someone holds (heldout53 x580
 * asked of an index where a speaker is "Chair of the National Assembly": the question linked that speaker and found no one;
 * read sets ask "who did X co-chair the jpcc with", "who will X co-chair the joint commission with").
 */
import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { linkQuestion } from "../../src/qa/link";
import { intentModel } from "./helpers";

const CONSULTATION = `Veldia and Orvane hold political consultation

TARSK, 26 May 2025 - Deputy Minister of Foreign Affairs Mira Telu paid a working visit to Orvane on 22 May, during which she and Orvanian Deputy Foreign Minister Dan Kelm co-chaired the political consultation in Tarsk.
`;
const SPEAKER = `Speaker visits Kelmar

KELMAR, 8 January 2024 - Amos Varan, Chair of the National Assembly of Orso, held talks in Kelmar on Monday with Jon Lind, Speaker of the Assembly of Veldia.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/936_consultation.txt", text: CONSULTATION }, { file: "seeds/937_speaker.txt", text: SPEAKER }]), intentModel());

describe("'co-chair' in a question", () => {
  it("links no holder of the office 'Chair' and answers with the other co-chair", () => {
    const question = "who did mira telu co-chair the political consultation with";
    expect(linkQuestion(question, knowledge).people.flatMap((m) => m.ids)).toEqual(["mira-telu"]);
    expect(answer(question, knowledge).text).toContain("Kelm");
  });
});
