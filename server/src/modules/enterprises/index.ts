import type { Kysely } from 'kysely';
import type { HazardSource } from '@shouwang/contracts';
import type { DataLayer } from '../../foundation/db/data-layer.js';
import type { FoundationTables } from '../../foundation/db/tables.js';
import { enterprisesDb, enterprisesRepository } from './enterprises.repository.js';
import { enterpriseNotFound } from './enterprises.errors.js';
import { enterprisesRoutes } from './enterprises.routes.js';
import { createEnterprisesService } from './enterprises.service.js';
import { ENTERPRISES_SCOPED_TABLES } from './enterprises.tables.js';
import { createHazardSourcesService } from './hazard-sources.service.js';

export type { EnterprisesService } from './enterprises.service.js';
export type { HazardSourcesService } from './hazard-sources.service.js';
export type HazardSourceLookup = ReturnType<typeof createEnterprisesModule>['lookup'];

/** Enterprise register (B1) and major hazard sources with GB 18218-2018 identification and grading (B4). */
export function createEnterprisesModule(deps: { data: DataLayer }) {
  for (const table of ENTERPRISES_SCOPED_TABLES) deps.data.registerScopedTable(table);
  const enterprises = createEnterprisesService(deps);
  const hazardSources = createHazardSourcesService(deps);
  return {
    enterprises,
    hazardSources,
    routes: enterprisesRoutes({ enterprises, hazardSources }),
    /**
     * Hazard sources by id or by enterprise, through the caller's handle (a scoped read or a unit of work),
     * for modules that attach to them (monitoring points, alarm escalation to the package persons).
     */
    lookup: {
      sourcesByIds: async (db: Kysely<FoundationTables>, ids: string[]): Promise<HazardSource[]> =>
        ids.length ? (await enterprisesRepository.listSources(enterprisesDb(db), { ids, limit: ids.length, offset: 0 })).items : [],
      async enterpriseExists(db: Kysely<FoundationTables>, id: string): Promise<void> {
        if (!(await enterprisesRepository.getEnterprise(enterprisesDb(db), id))) throw enterpriseNotFound(id);
      },
      sourcesOfEnterprise: (db: Kysely<FoundationTables>, enterpriseId: string): Promise<HazardSource[]> => enterprisesRepository.sourcesOf(enterprisesDb(db), enterpriseId),
    },
  };
}
