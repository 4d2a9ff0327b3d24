import type { DataLayer } from '../../foundation/db/data-layer.js';
import { regionsRoutes } from './regions.routes.js';
import { createRegionsService } from './regions.service.js';

export type { RegionsService } from './regions.service.js';

/** Administrative divisions (A1): the 5-level tree every record's region code points into. */
export function createRegionsModule(deps: { data: DataLayer }) {
  deps.data.registerScopedTable('regions', 'code');
  const service = createRegionsService(deps);
  return { service, routes: regionsRoutes(service) };
}
