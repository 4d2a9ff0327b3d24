import type { Migration, MigrationProvider } from 'kysely/migration';
import * as m0001 from './0001-foundation.js';
import * as m0002 from './0002-jobs.js';
import * as m0003 from './0003-resources-stock.js';
import * as m0004 from './0004-resources-registry.js';
import * as m0005 from './0005-enterprises.js';
import * as m0006 from './0006-monitoring.js';
import * as m0007 from './0007-warnings.js';
import * as m0008 from './0008-warning-callouts.js';
import * as m0009 from './0009-duty-incidents.js';
import * as m0010 from './0010-incident-dispatch.js';
import * as m0011 from './0011-incident-review.js';
import * as m0012 from './0012-callout-region-keys.js';
import * as m0013 from './0013-incident-list-order.js';

/** Migrations in order; one list for both engines. Never edit a shipped migration: add a new one. */
const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-jobs': m0002,
  '0003-resources-stock': m0003,
  '0004-resources-registry': m0004,
  '0005-enterprises': m0005,
  '0006-monitoring': m0006,
  '0007-warnings': m0007,
  '0008-warning-callouts': m0008,
  '0009-duty-incidents': m0009,
  '0010-incident-dispatch': m0010,
  '0011-incident-review': m0011,
  '0012-callout-region-keys': m0012,
  '0013-incident-list-order': m0013,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
