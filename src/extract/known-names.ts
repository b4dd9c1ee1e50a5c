/**
 * @module Known names: a second look over an article's sentences for the full names of people the
 * index found as people elsewhere (with a title, an honorific or in a meeting), so that "Oleg
 * Varan held talks with …" in a live blog that never writes his title is a mention of him.
 */
import { fold } from "../nlp/fold";
import { nameWords } from "../nlp/names";
import { readName, type Mention } from "./mentions";
import type { Sent, Word } from "./segment";
import { isInitial, isNameWord, isPlaceWord } from "./word-kinds";

/** Full names, folded into words, filed under their first word (a look-up per word, not per pair of names). */
export type KnownNames = ReadonlyMap<string, readonly string[][]>;

/**
 * Files the full names (two or more name words, no initials, no place such as "Abu Dhabi") for {@link findKnownNames}.
 * @example fileKnownNames(["Oleg Varan", "Varan", "George Town"]).get("oleg") // [["oleg", "varan"]]
 */
export function fileKnownNames(names: Iterable<string>): KnownNames {
  const out = new Map<string, string[][]>();
  const seen = new Set<string>();
  for (const name of names) {
    const words = name.split(/\s+/).filter((w) => w !== "");
    if (nameWords(name).filter((w) => !isInitial(w)).length < 2 || words.some(isInitial) || isPlaceWord(name)) continue;
    const key = fold(name);
    if (seen.has(key)) continue;
    seen.add(key);
    const folded = words.map(fold);
    const list = out.get(folded[0]!) ?? [];
    list.push(folded);
    out.set(folded[0]!, list);
  }
  // the longest name first: "Omar Said Keldhu" before "Omar Said"
  for (const list of out.values()) list.sort((a, b) => b.length - a.length);
  return out;
}

/**
 * The sentence's mentions with the known full names it writes and the finder did not take for a
 * person: a name read without evidence now has it; a name not read at all is added, unless the words
 * around it make it no person ("the …", "… University", a longer name). Undefined when nothing changes.
 * @example findKnownNames(segment([{ text: "Oleg Varan began the day." }])[0]!, [], fileKnownNames(["Oleg Varan"]))?.[0] // { kind: "name", name: "Oleg Varan", evidence: true, … }
 */
export function findKnownNames(sent: Sent, mentions: readonly Mention[], known: KnownNames): Mention[] | undefined {
  if (known.size === 0) return undefined;
  const words = sent.words;
  let out: Mention[] | undefined;
  for (let i = 0; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i]!.text)) continue;
    const names = known.get(fold(words[i]!.text));
    const name = names?.find((n) => n.every((w, k) => words[i + k] !== undefined && fold(words[i + k]!.text) === w));
    if (!name) continue;
    const last = i + name.length - 1;
    const list: Mention[] = out ?? [...mentions];
    const same = list.findIndex((m) => m.kind === "name" && m.first === i && m.last === last);
    if (same >= 0) {
      const m = list[same]!;
      if (m.kind === "name" && !m.evidence) {
        list[same] = { ...m, evidence: true };
        out = list;
      }
      i = last;
      continue;
    }
    if (list.some((m) => m.first <= last && m.last >= i) || isNameWord(words[i - 1]) || continues(words[last + 1])) continue;
    const mention = readName(words, i, last);
    if (!mention) continue;
    mention.evidence = true;
    list.splice(list.filter((m) => m.first < i).length, 0, mention);
    out = list;
    i = last;
  }
  return out;
}

/** A capitalised word after the name that is no verb carries it on ("… Bay", "… Jr"): another name or a place. */
const continues = (w: Word | undefined): boolean => w !== undefined && /^\p{Lu}/u.test(w.text) && w.pos !== "VERB";
