/**
 * @module One's aide or predecessor named right after one's possessive: "Varan's predecessor, Telu", "Kestas's
 * spokeswoman Orvel Halvik", "Varan's special envoy, Telu", "Varan's press chief Telu", "his foreign minister, Telu",
 * "her prime minister, Telu", "her predecessor, Telu" (the
 * pronoun's owner found by `people.ts`, {@link possessiveAideAt}). Who that person serves gives them a country
 * (people-countries.ts); when such a phrase fills a side of a contact ("held talks with Varan's predecessor, Telu"),
 * the one named is the side, not the owner (frame-engine.ts).
 */
import { fold } from "../nlp/fold";
import { AIDE_LEAD, AIDE_NOUN, PRESS_AIDE } from "../nlp/vocab";
import type { PersonRef } from "./people";
import type { Word } from "./segment";
import { isPossessive } from "./word-kinds";

/**
 * The mention of the person named right after `owner`'s aide or predecessor, and whether it is a predecessor; not
 * across a noun phrase ("Varan's predecessor in the post of …, Telu"), nor one written as another's ("…, Telu's").
 * @example ownedAide(words("Varan's predecessor, Telu"), refs, varan) // { ref: telu, predecessor: true }
 */
export function ownedAide(words: readonly Word[], refs: readonly PersonRef[], owner: PersonRef): { ref: PersonRef; predecessor: boolean } | undefined {
  const pronoun = owner.via === "pronoun" && OWNING_PRONOUN.test(words[owner.first]?.lower ?? "");
  if (!pronoun && !isPossessive(words[owner.last + 1])) return undefined;
  // "each accompanied by his foreign minister, A and B respectively": one "his" for several owners
  if (pronoun && words.some((w) => w.lower === "respectively")) return undefined;
  let k = owner.last + (pronoun ? 1 : 2);
  // "'s press chief": "chief" is the noun after "press", not a word qualifying one ("'s chief spokesman").
  const pressAide = (at: number): boolean => words[at - 1]?.lower === "press" && PRESS_AIDE.test(words[at]?.lower ?? "");
  while (k < owner.last + 4 && AIDE_LEAD.test(words[k]?.lower ?? "") && !pressAide(k)) k++;
  const noun = words[k]?.lower ?? "";
  if (!AIDE_NOUN.test(noun) && !pressAide(k)) return undefined;
  let at = words[k + 1]?.text === "," ? k + 2 : k + 1;
  // "her predecessor, the late Telu": a word of one who has died before the name.
  if (words[at]?.lower === "the" && words[at + 1]?.lower === "late") at += 2;
  else if (words[at]?.lower === "late") at++;
  const aide = refs.find((r) => r.first === at && r.via !== "pronoun");
  if (!aide || isPossessive(words[aide.last + 1])) return undefined;
  return { ref: aide, predecessor: noun === "predecessor" };
}

/** Possessive pronouns that may own an aide: "his predecessor", "her spokeswoman". */
const OWNING_PRONOUN = /^(?:his|her)$/;

/**
 * Whether word `k` is "his" or "her" owning an aide or a predecessor ("her predecessor, Telu", "his special envoy Telu"),
 * whose owner the reader of pronouns finds.
 * @example possessiveAideAt(words("Varan and his predecessor Telu"), 1) // true
 */
export function possessiveAideAt(words: readonly Word[], k: number): boolean {
  if (!OWNING_PRONOUN.test(words[k]?.lower ?? "")) return false;
  let m = k + 1;
  while (m < k + 3 && AIDE_LEAD.test(words[m]?.lower ?? "")) m++;
  return AIDE_NOUN.test(words[m]?.lower ?? "");
}

/**
 * Each aide or predecessor a sentence names after an owner's possessive, with the owner: a mention, or a surname the
 * reader took into the aide's title rather than as a mention ("Varan's press chief Telu"), when one person of the article
 * bears it; `owners`, the owners of "his" and "her" before an aide ({@link possessiveAideAt}).
 * @example aidesIn(words("Varan's press chief Telu said"), refs, people) // [{ owner: varan, aide: telu, predecessor: false }]
 */
export function aidesIn(words: readonly Word[], refs: readonly PersonRef[], people: readonly { name: string }[], owners: readonly PersonRef[] = []): { owner: number; aide: number; predecessor: boolean }[] {
  const surnamed = words.flatMap((w, k): PersonRef[] => {
    if (!/^\p{Lu}/u.test(w.text) || !isPossessive(words[k + 1]) || refs.some((r) => r.last === k)) return [];
    const bearers = people.flatMap((p, i) => (fold(p.name.split(/\s+/).at(-1) ?? "") === fold(w.text) ? [i] : []));
    return bearers.length === 1 ? [{ person: bearers[0]!, first: k, last: k, via: "short" }] : [];
  });
  return [...refs, ...surnamed, ...owners].flatMap((owner) => {
    const owned = ownedAide(words, refs, owner);
    return owned && owned.ref.person !== owner.person ? [{ owner: owner.person, aide: owned.ref.person, predecessor: owned.predecessor }] : [];
  });
}
