import type { DataLayer } from '../../foundation/db/data-layer.js';
import { organisationsRoutes } from './organisations.routes.js';
import { createOrganisationsService } from './organisations.service.js';

export type { OrganisationsService } from './organisations.service.js';

/** Organisation units: bureaus, fire brigades, departments, township governments, village committees. */
export function createOrganisationsModule(deps: { data: DataLayer }) {
  deps.data.registerScopedTable('org_units');
  const service = createOrganisationsService(deps);
  return { service, routes: organisationsRoutes(service) };
}
