import type { Kysely } from 'kysely';
import type { DataLayer } from '../../foundation/db/data-layer.js';
import type { FoundationTables } from '../../foundation/db/tables.js';
import { regionsDb, regionsRepository } from './regions.repository.js';
import { regionsRoutes } from './regions.routes.js';
import { createRegionsService } from './regions.service.js';

export type { RegionsService } from './regions.service.js';

/** Administrative divisions (A1): the 5-level tree every record's region code points into. */
export function createRegionsModule(deps: { data: DataLayer }) {
  deps.data.registerScopedTable('regions', 'code');
  const service = createRegionsService(deps);
  return {
    service,
    routes: regionsRoutes(service),
    /** Names of the divisions among `codes` visible through the caller's handle (a scoped read or a unit of work). */
    lookup: {
      names: async (db: Kysely<FoundationTables>, codes: string[]): Promise<Map<string, string>> =>
        new Map((await regionsRepository.byCodes(regionsDb(db), codes)).map((r) => [r.code, r.name])),
    },
  };
}
