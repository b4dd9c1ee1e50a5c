import { describe, expect, it } from "vitest";
import { answer } from "../../src/qa/answer";
import { linkQuestion } from "../../src/qa/link";
import { similarWords } from "../../src/nlp/names";
import { fixtureKnowledge } from "./helpers";

const k = fixtureKnowledge();
const ids = (q: string) => linkQuestion(q, k).people.map((m) => m.ids.sort());

describe("linkQuestion", () => {
  it("reads a country's short name typed in lower case ('uae', 'uk'): no other country's office holders instead", () => {
    const envoy = answer("who is the uae ambassador to cuba", k);
    expect(envoy.found).toBe(false);
    expect(envoy.text).toContain("United Arab Emirates");
    expect(answer("who did the uk foreign secretary meet", k).found).toBe(false);
    expect(linkQuestion("can you tell us who met pevida", k).countries).not.toContain("United States");
  });

  it("returns a person for the full name in any case and without accents", () => {
    expect(ids("who is EMILIO PEVIDA")).toEqual([["emilio-pevida"]]);
    expect(ids("when did díaz-canel meet li keqiang")).toEqual([["miguel-diaz-canel"], ["li-keqiang"]]);
  });

  it("returns a person for a surname, a typo and another transliteration", () => {
    expect(ids("who is Pevdia")).toEqual([["emilio-pevida"]]);
    expect(ids("who is Tilberdi")).toEqual([["muxtar-tleuberdi"]]);
    expect(ids("who is Mikdad")).toEqual([["faisal-al-miqdad"]]);
  });

  it("returns every person a shared surname may mean", () => {
    expect(ids("who is Li")).toEqual([["li-keqiang", "li-zhanshu"]]);
  });

  it("returns people named by office and country, demonym or possessive", () => {
    expect(ids("where did the Cuban president meet the Chinese premier")).toEqual([["miguel-diaz-canel"], ["li-keqiang"]]);
    expect(ids("who is Cuba's president")).toEqual([["miguel-diaz-canel"]]);
    expect(ids("what did the cuban and syrian foreign ministers discuss")).toEqual([["bruno-rodrigues"], ["faisal-al-miqdad"]]);
  });

  it("returns the envoy posted to the country named after 'to' or 'in'", () => {
    expect(ids("who is the Cuban ambassador to Kazakhstan")).toEqual([["emilio-pevida"]]);
  });

  it("returns countries by name, demonym and capital, places and dates", () => {
    const links = linkQuestion("meetings of Kazakh officials in Beijing on April 26 2022", k);
    expect(links.countries).toContain("Kazakhstan");
    expect(links.places).toEqual(["Beijing"]);
    expect(links.dates).toEqual([{ month: 4, day: 26, year: 2022 }]);
  });

  it("links the places a question names whole, in the index's order, and not a place it names only the first word of", () => {
    const places = [
      { words: ["veldia", "hall"], place: "Veldia Hall" },
      { words: ["tarsk"], place: "Tarsk" },
      { words: ["orvel", "keep"], place: "Orvel Keep" },
    ];
    const withPlaces = { ...k, places };
    expect(linkQuestion("Who met in Orvel Keep and Tarsk?", withPlaces).places).toEqual(["Tarsk", "Orvel Keep"]);
    expect(linkQuestion("Who met in Orvel?", withPlaces).places).not.toContain("Orvel Keep");
  });

  it("returns names no article mentions as unknown, in any case", () => {
    expect(linkQuestion("When did Smith meet Tanaka?", k).unknownNames).toEqual(["Smith", "Tanaka"]);
    expect(linkQuestion("who is kowalski", k).unknownNames).toEqual(["kowalski"]);
  });

  it("returns an unknown name with its hyphenated part, however short", () => {
    expect(linkQuestion("What did Orvane Jae-in discuss?", k).unknownNames).toEqual(["Orvane Jae-in"]);
    expect(linkQuestion("Who is Telu Suk-yeol?", k).unknownNames).toEqual(["Telu Suk-yeol"]);
  });

  it("returns no unknown name for a common word where a name could stand", () => {
    expect(linkQuestion("who is responsible for the talks", k).unknownNames).toEqual([]);
  });
});

describe("similarWords (as linking uses it)", () => {
  it("returns true for one typo or a transliteration, false for other words", () => {
    expect(similarWords("tleuberdi", "tilberdi")).toBe(true);
    expect(similarWords("rodriguez", "rodrigues")).toBe(true);
    expect(similarWords("meeting", "miqdad")).toBe(false);
  });
});
