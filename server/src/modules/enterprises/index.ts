import type { DataLayer } from '../../foundation/db/data-layer.js';
import { enterprisesRoutes } from './enterprises.routes.js';
import { createEnterprisesService } from './enterprises.service.js';
import { ENTERPRISES_SCOPED_TABLES } from './enterprises.tables.js';
import { createHazardSourcesService } from './hazard-sources.service.js';

export type { EnterprisesService } from './enterprises.service.js';
export type { HazardSourcesService } from './hazard-sources.service.js';

/** Enterprise register (B1) and major hazard sources with GB 18218-2018 identification and grading (B4). */
export function createEnterprisesModule(deps: { data: DataLayer }) {
  for (const table of ENTERPRISES_SCOPED_TABLES) deps.data.registerScopedTable(table);
  const enterprises = createEnterprisesService(deps);
  const hazardSources = createHazardSourcesService(deps);
  return {
    enterprises,
    hazardSources,
    routes: enterprisesRoutes({ enterprises, hazardSources }),
  };
}
