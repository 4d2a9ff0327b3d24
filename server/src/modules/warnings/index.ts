import type { Kysely } from 'kysely';
import type { DataLayer } from '../../foundation/db/data-layer.js';
import type { FoundationTables } from '../../foundation/db/tables.js';
import { warningsRoutes } from './warnings.routes.js';
import { createWarningsService } from './warnings.service.js';
import { WARNINGS_SCOPED_TABLES } from './warnings.tables.js';

export type { WarningsService } from './warnings.service.js';

/** Warning authoring, review and publication (C4) with CAP 1.2 out and CAP import in (H1). */
export function createWarningsModule(deps: { data: DataLayer; regionNames: (db: Kysely<FoundationTables>, codes: string[]) => Promise<Map<string, string>> }) {
  for (const table of WARNINGS_SCOPED_TABLES) deps.data.registerScopedTable(table);
  const service = createWarningsService(deps);
  return { service, routes: warningsRoutes(service) };
}
