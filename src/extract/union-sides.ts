/**
 * @module The union of states an official serves ("President of the European Commission", "the EU's foreign policy
 * chief", "Under-Secretary-General of the United Nations"): their side in a meeting, as a country is a minister's. Given
 * last, once every other step has read the article, so that it never passes to those listed, met or travelling with
 * them as a country would ("the forum, organised with the African Union, listed President A and the Union's chairman B").
 */
import { unionOfBody } from "../nlp/national-bodies";
import type { LocalPerson } from "./people";

/**
 * Gives one of no country the union their offices name, when they name one only.
 * @example inferUnionSides(people) // "Varan Telu, President of the European Commission" → European Union
 */
export function inferUnionSides(people: LocalPerson[]): void {
  for (const p of people) {
    if (p.country) continue;
    const served = p.offices.flatMap((o) => {
      // ("Ambassador of the European Union to Orvane": posted there, the union's)
      const union = o.country ? undefined : unionOfBody(`${o.title} ${o.organisation ?? ""}`);
      return union ? [{ office: o, union }] : [];
    });
    const unions = new Set(served.map((s) => s.union));
    if (unions.size !== 1) continue;
    p.country = served[0]!.union;
    for (const s of served) s.office.country = s.union;
  }
}
