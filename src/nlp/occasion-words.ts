/**
 * @module The words news writes for the occasions of a visit it tells apart from the talks (the
 * welcome at the airport, the farewell, a meal the host gives): one table that extraction reads to
 * keep those occasions apart (src/extract/occasion-kinds.ts) and the answers read to choose the
 * meeting a question names by its occasion (src/qa/specifics.ts).
 */

/** Where a visitor is welcomed on landing or seen off: "met on the tarmac" is the airport welcome. */
export const ARRIVAL_WORDS: readonly string[] = ["airport", "tarmac", "airbase", "aerodrome"];

/** The farewell, however the airport is named. */
export const FAREWELL_WORDS: readonly string[] = ["farewell", "send-off"];

/** Meals a host gives or two sides share. */
export const MEAL_WORDS: readonly string[] = ["banquet", "dinner", "luncheon", "lunch", "breakfast", "supper"];

/** A whole-word test of a lower-case word against one row. */
export const wordOf = (row: readonly string[]): RegExp => new RegExp(`^(?:${row.join("|")})$`);
