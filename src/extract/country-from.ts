/**
 * @module Which step gave each person of an article (and each office) its country: the provenance
 * `countryFrom` (see `CountryFrom`), recorded by the steps' caller after each step, so the readers and
 * inferences that set countries stay as they are. A country a step changes takes that step; an office
 * newly given its person's country, or a person newly given an office's, takes the step that read it.
 */
import type { CountryFrom } from "../facts/types";
import type { LocalPerson } from "./people";

/** What carries a country and its provenance: a person or one of their offices. */
interface Carrier {
  country?: string;
  countryFrom?: CountryFrom;
}

/** The reading of the article's text itself, before any later step: an office's country by how the office was read, a person's by the office that carries it, else "mention". */
export const READ = "read";

/**
 * A recorder for one article's people: called after each step with the step's name, it stamps every
 * country that step set or changed.
 * @example const note = countryRecorder(people); note(READ); inferHostCountries(people, meetings); note("host");
 */
export function countryRecorder(people: LocalPerson[]): (from: CountryFrom | typeof READ) => void {
  const seen = new WeakMap<Carrier, string | undefined>();
  const changed = (x: Carrier): boolean => x.country !== undefined && (seen.get(x) !== x.country || x.countryFrom === undefined);
  return (from) => {
    for (const p of people) {
      const personChanged = changed(p);
      const moved = p.offices.filter(changed);
      for (const o of moved) {
        if (from === READ) o.countryFrom = o.from ? `office/${o.from}` : "office";
        else o.countryFrom = !personChanged && p.countryFrom && o.country === p.country ? p.countryFrom : from;
      }
      if (personChanged) {
        const carrier = p.offices.find((o) => o.country === p.country && o.countryFrom && (from === READ || !moved.includes(o)));
        p.countryFrom = carrier?.countryFrom ?? (from === READ ? "mention" : from);
      }
      for (const x of [p, ...p.offices]) {
        if (x.country === undefined) delete x.countryFrom;
        seen.set(x, x.country);
      }
    }
  };
}
