/**
 * @module One's aide or predecessor named right after one's possessive: "Varan's predecessor, Telu", "Kestas's
 * spokeswoman Orvel Halvik", "Varan's special envoy, Telu". Who that person serves gives them a country
 * (people-countries.ts); when such a phrase fills a side of a contact ("held talks with Varan's predecessor, Telu"),
 * the one named is the side, not the owner (frame-engine.ts).
 */
import { AIDE_LEAD, AIDE_NOUN } from "../nlp/vocab";
import type { PersonRef } from "./people";
import type { Word } from "./segment";
import { isPossessive } from "./word-kinds";

/**
 * The mention of the person named right after `owner`'s aide or predecessor, and whether it is a predecessor; not
 * across a noun phrase ("Varan's predecessor in the post of …, Telu"), nor one written as another's ("…, Telu's").
 * @example ownedAide(words("Varan's predecessor, Telu"), refs, varan) // { ref: telu, predecessor: true }
 */
export function ownedAide(words: readonly Word[], refs: readonly PersonRef[], owner: PersonRef): { ref: PersonRef; predecessor: boolean } | undefined {
  if (!isPossessive(words[owner.last + 1])) return undefined;
  let k = owner.last + 2;
  while (k < owner.last + 4 && AIDE_LEAD.test(words[k]?.lower ?? "")) k++;
  const noun = words[k]?.lower ?? "";
  if (!AIDE_NOUN.test(noun)) return undefined;
  const at = words[k + 1]?.text === "," ? k + 2 : k + 1;
  const aide = refs.find((r) => r.first === at && r.via !== "pronoun");
  if (!aide || isPossessive(words[aide.last + 1])) return undefined;
  return { ref: aide, predecessor: noun === "predecessor" };
}
