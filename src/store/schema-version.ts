/**
 * @module The version of the index's SQL schema: `build:index` writes it into the `meta` table and
 * the stored engine reads it once per isolate, so a database built by an older release is refused
 * with a clear error instead of failing a query or answering from columns it misreads.
 */

/** Bump when the schema changes. */
export const INDEX_SQL_VERSION = 5;
