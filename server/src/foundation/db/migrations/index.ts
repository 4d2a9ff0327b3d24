import type { Migration, MigrationProvider } from 'kysely/migration';
import * as m0001 from './0001-foundation.js';

/** Migrations in order; one list for both engines. Never edit a shipped migration: add a new one. */
const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
