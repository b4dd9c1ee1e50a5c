/**
 * @module A country named in a question about places visited holds the places asked ("which Australian cities will A visit"):
 * a tour of other countries is no answer (new55b x593, where a seed's president's tour was given). Made-up articles.
 */
import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

const TOUR = ` date 2030-11-25 HAVARA — President Rush Varan of Veldia visited Algeria, Russia and Türkiye on a tour before he met Chinese President Telu Amsel in Beijing on Friday.
`;
const TRIP = ` date 2030-09-19 VALLETTA — President Dara Osk of Orvane will pay a state visit to Australia from 13 to 22 October. During the visit he is to hold meetings with the Governor-General, and he will meet the Orvanian communities in Melbourne, Adelaide and Sydney.
`;

const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/906_tour.txt", text: TOUR },
    { file: "seeds/907_trip.txt", text: TRIP },
  ]),
  intentModel(),
);
const text = (q: string) => JSON.stringify(answer(q, knowledge).body);

describe("the places of a visit within a country the question names", () => {
  it("gives no tour of other countries", () => {
    expect(text("which australian cities will the president visit")).not.toMatch(/Algeria|Russia|Türkiye/);
  });

  it("answers with the places in that country", () => {
    expect(text("which cities in australia will osk visit")).toContain("Melbourne");
  });
});
