/** @module The place a question asks a trip before or after ("where did Varan go before Tarsk?"), which is no answer to it. */
import { countryOf, countryOfCity } from "../nlp/countries";

/** A place asked as the one a trip went before or after: "before Tarsk", "after visiting New Orvane". */
const BEFORE_AFTER = /\b(?:before|after|prior to|ahead of|following)\s+(?:(?:visiting|going to|travelling to|traveling to|arriving in|the visit to|his visit to|her visit to|its visit to)\s+)?(\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)*)/u;

/**
 * The place a question asks a trip before or after, with the country it lies in (a country is its own).
 * @example passedPlaces("where did Varan go before Accra") // ["Accra", "Ghana"]
 */
export function passedPlaces(text: string): string[] {
  const place = BEFORE_AFTER.exec(text)?.[1];
  if (!place) return [];
  const country = countryOfCity(place) ?? countryOf(place);
  return country ? [place, country] : [place];
}
