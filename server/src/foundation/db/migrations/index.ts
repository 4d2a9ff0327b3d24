import type { Migration, MigrationProvider } from 'kysely/migration';
import * as m0001 from './0001-foundation.js';
import * as m0002 from './0002-jobs.js';

/** Migrations in order; one list for both engines. Never edit a shipped migration: add a new one. */
const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-jobs': m0002,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
