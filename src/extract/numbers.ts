/**
 * @module Numbers written in words or digits ("ten", "59", "1,200", "twenty-one") and vote tallies
 * ("59 countries in support, 3 against (US, Israel, Romania) and 71 abstentions").
 */
import type { Count } from "../facts/types";

const UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/**
 * Reads a number written in digits or English words up to 99, or "a hundred"; undefined otherwise.
 * @example parseNumber("ten") // 10
 * @example parseNumber("1,200") // 1200
 * @example parseNumber("twenty-one") // 21
 */
export function parseNumber(word: string): number | undefined {
  const w = word.toLowerCase().trim();
  if (/^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(w)) return Number(w.replace(/,/g, ""));
  const unit = UNITS.indexOf(w);
  if (unit >= 0) return unit;
  const [t, u] = w.split(/[-\s]/);
  const ten = TENS.indexOf(t ?? "");
  if (ten >= 2) {
    if (u === undefined) return ten * 10;
    const unit2 = UNITS.indexOf(u);
    if (unit2 > 0 && unit2 < 10) return ten * 10 + unit2;
  }
  if (w === "hundred" || w === "a hundred") return 100;
  return undefined;
}

const NUM = "(\\d[\\d,]*|[a-z]+(?:-[a-z]+)?)";

/**
 * Reads the tallies of a vote from a sentence: in favour, against (with named members), abstentions.
 * @example readTallies("The vote saw 59 countries in support, 3 against (US, Israel, Romania) and 71 abstentions.")
 * // [{ label: "in favour", value: 59 }, { label: "against", value: 3, members: ["US", "Israel", "Romania"] }, { label: "abstentions", value: 71 }]
 */
export function readTallies(sentence: string): Count[] {
  const out: Count[] = [];
  const favour = new RegExp(`\\b${NUM}\\s+(?:countries\\s+|states\\s+|members\\s+|votes\\s+|nations\\s+)?(?:voted\\s+)?(?:in\\s+(?:support|favou?r)|for\\b)`, "i").exec(sentence);
  const favourValue = favour ? parseNumber(favour[1] ?? "") : undefined;
  if (favourValue !== undefined) out.push({ label: "in favour", value: favourValue });
  const against = new RegExp(`\\b${NUM}\\s+(?:countries\\s+|states\\s+|votes\\s+|nations\\s+)?(?:voted\\s+)?against(?:\\s*\\(([^)]+)\\))?`, "i").exec(sentence);
  const againstValue = against ? parseNumber(against[1] ?? "") : undefined;
  if (against && againstValue !== undefined) {
    const count: Count = { label: "against", value: againstValue };
    if (against[2]) count.members = splitList(against[2]);
    out.push(count);
  } else {
    const named = /\bwith (?:just |only )?((?:the )?\p{Lu}[^,.;]*?) (?:voting )?against\b/u.exec(sentence);
    if (named) {
      const members = splitList(named[1] ?? "");
      out.push({ label: "against", value: members.length, members });
    }
  }
  const abstain = new RegExp(`\\b${NUM}\\s+(?:countries\\s+|states\\s+)?(?:abstentions|abstained|abstaining)`, "i").exec(sentence);
  const abstainValue = abstain ? parseNumber(abstain[1] ?? "") : undefined;
  if (abstainValue !== undefined) out.push({ label: "abstentions", value: abstainValue });
  return out;
}

/**
 * Splits "US, Israel and Romania" into names, dropping "the".
 * @example splitList("the US and Israel") // ["US", "Israel"]
 */
export function splitList(text: string): string[] {
  return text
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((s) => s.replace(/^the\s+/i, "").trim())
    .filter(Boolean);
}
