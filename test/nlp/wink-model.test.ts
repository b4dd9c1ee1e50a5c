import winkNLP from "wink-nlp";
import packageModel from "wink-eng-lite-web-model";
import { describe, expect, it } from "vitest";
import { englishModel, readCoreModel } from "../../src/nlp/wink-model";

const PIPE = ["sbd", "pos", "ner", "cer"] as const;
const TEXT =
  "HAVANA, March 3 (Prensa Latina) -- Cuban Foreign Minister Varan Télu met on Tuesday with his Kazakh counterpart, who'd arrived on 2 March for talks. They discussed trade, energy and the U.N. vote; Mr. Orvane didn't comment. Visit https://example.org.";

/** What wink-nlp reads in a text: every token column the project uses, and the sentences and entities. */
function reading(nlp: ReturnType<typeof winkNLP>, text: string): unknown {
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  return [
    tokens.out(its.value),
    tokens.out(its.lemma as typeof its.value),
    tokens.out(its.pos),
    tokens.out(its.type),
    tokens.out(its.stopWordFlag as unknown as typeof its.value),
    tokens.out(its.normal),
    doc.sentences().out(),
    doc.entities().out(its.detail),
  ];
}

describe("englishModel", () => {
  it("reads a text as the package's own model does, words it has never seen included", () => {
    const ours = winkNLP(englishModel, [...PIPE]);
    const theirs = winkNLP(packageModel, [...PIPE]);
    for (const text of [TEXT, "Zorvatek and Quillimar signed the Telu–Orvane accord in Veldia.", TEXT]) expect(reading(ours, text)).toEqual(reading(theirs, text));
  });

  it("gives each instance a model of its own: words one instance learns do not reach another", () => {
    const first = winkNLP(englishModel, [...PIPE]);
    const before = readCoreModel().features.lexeme!.list.length;
    first.readDoc("Vexqorian Plindabrux met Trazzelwick.");
    const second = winkNLP(englishModel, [...PIPE]);
    expect(readCoreModel().features.lexeme!.list.length).toBe(before);
    expect(reading(second, TEXT)).toEqual(reading(winkNLP(packageModel, [...PIPE]), TEXT));
  });
});

describe("readCoreModel's lexicon", () => {
  it.each(["table", "object"] as const)("finds every word of the package's lexicon at its position, no other, and a word added later (%s)", (kind) => {
    const core = readCoreModel(undefined, kind);
    const lexeme = core.features.lexeme!;
    const words = (packageModel.core as () => typeof core)().features.lexeme!.list;
    expect(words.every((word, k) => lexeme.hash![word] === k)).toBe(true);
    expect(lexeme.hash!["Vexqorian"]).toBeUndefined();
    lexeme.hash!["Vexqorian"] = words.length;
    expect(lexeme.hash!["Vexqorian"]).toBe(words.length);
    expect(readCoreModel(undefined, kind).features.lexeme!.hash!["Vexqorian"]).toBeUndefined();
  });

  it("reads a text with the lexicon's table as with the package's own model", () => {
    const tabled: typeof englishModel = Object.assign(Object.create(null) as typeof englishModel, englishModel, { core: () => readCoreModel(undefined, "table") });
    const ours = winkNLP(tabled, [...PIPE]);
    const theirs = winkNLP(packageModel, [...PIPE]);
    for (const text of [TEXT, "Zorvatek and Quillimar signed the Telu–Orvane accord in Veldia.", TEXT]) expect(reading(ours, text)).toEqual(reading(theirs, text));
  });

  it("decodes the packed lexicon and expansions to the package's own numbers", () => {
    const ours = readCoreModel();
    const theirs = (packageModel.core as () => typeof ours)();
    for (const part of ["lexicon", "xpansions"] as const) expect(ours[part]).toEqual(theirs[part]);
  });
});

describe("englishModel's parts left out", () => {
  it("fails on the first text of a pipe that asks for sentiment or negation, rather than reading it without them", () => {
    expect(() => winkNLP(englishModel, ["sbd", "pos", "sentiment"]).readDoc("Varan met Telu.")).toThrow(/sentiment/);
    expect(() => winkNLP(englishModel, ["sbd", "pos", "negation"]).readDoc("Varan did not meet Telu.")).toThrow(/negation/);
  });
});
