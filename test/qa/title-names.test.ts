import { describe, expect, it } from "vitest";
import { isTitleOnly } from "../../src/qa/names";

describe("an unnamed office holder's 'name' names no one", () => {
  it("reads a title with countries of several words as a title only", () => {
    expect(isTitleOnly("Ambassador of Costa Rica to Norway")).toBe(true);
    expect(isTitleOnly("President of the United Arab Emirates")).toBe(true);
    expect(isTitleOnly("Prime Minister of New Zealand")).toBe(true);
  });

  it("keeps a person's name, even one that holds a country's word", () => {
    expect(isTitleOnly("Halvik Orvane")).toBe(false);
    expect(isTitleOnly("Jordan Varan")).toBe(false);
  });
});
