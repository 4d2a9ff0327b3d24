import type { Kysely } from 'kysely';
import type { FoundationTables } from './tables.js';

/**
 * Views a data-layer handle (scoped read, unit-of-work transaction) through a module's own table types.
 * Same object, same plugins, same transaction: only the compile-time table list changes.
 */
export const moduleDb = <T>(db: Kysely<FoundationTables>): Kysely<T> => db as unknown as Kysely<T>;
