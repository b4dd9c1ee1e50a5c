/** @module The place a question asks a trip before or after ("where did Varan go before Tarsk?"), which is no answer to it. */
import { countryOf, countryOfCity } from "../nlp/countries";

/** A place asked as the one a trip went before or after: "before Tarsk", "after visiting New Orvane", "after the veldian islands". */
const BEFORE_AFTER = /\b(?:before|after|prior to|ahead of|following)\s+(?:(?:visiting|going to|coming to|travelling to|traveling to|arriving in|reaching|the visit to|his visit to|her visit to|its visit to)\s+)?((?:the\s+)?[\p{L}'-]+(?:\s+[\p{L}'-]+){0,3})/iu;

/**
 * The place a question asks a trip before or after, with the country it lies in (a country is its own):
 * the longest run of words after "before"/"after" that the gazetteers know, else a capitalised name.
 * @example passedPlaces("where did Varan go before Tarsk") // ["Tarsk", "Veldia"]
 */
export function passedPlaces(text: string): string[] {
  const words = BEFORE_AFTER.exec(text)?.[1]?.split(/\s+/);
  if (!words) return [];
  for (let n = words.length; n > 0; n--) {
    const place = words.slice(0, n).join(" ").replace(/[?.!,]+$/, "");
    const country = countryOfCity(place) ?? countryOf(place);
    if (country) return [place, country];
  }
  // a name the gazetteers do not know: capitalised, or one word typed in lower case that ends the question ("after tarsk?"), never "the summit"
  const name = /^\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)*/u.exec(words.join(" "))?.[0] ?? (words.length === 1 && words[0] !== "the" ? words[0] : undefined);
  return name ? [name.replace(/[?.!,]+$/, "")] : [];
}

/**
 * Whether a question asks a trip after or before the place it names ("after Tarsk", "following the
 * visit to Tarsk": after; "before Tarsk", "prior to", "ahead of": before); undefined when it asks neither.
 * @example passedDirection("where did Varan go before Tarsk") // "before"
 */
export function passedDirection(text: string): "after" | "before" | undefined {
  const word = BEFORE_AFTER.exec(text)?.[0].split(/\s+/)[0]?.toLowerCase();
  if (!word) return undefined;
  return word === "after" || word === "following" ? "after" : "before";
}
