import type { Kysely } from 'kysely';
import type { OrgUnit } from '@shouwang/contracts';
import type { DataLayer } from '../../foundation/db/data-layer.js';
import type { FoundationTables } from '../../foundation/db/tables.js';
import { orgDb } from './organisations.repository.js';
import { organisationsRoutes } from './organisations.routes.js';
import { createOrganisationsService } from './organisations.service.js';

export type { OrganisationsService } from './organisations.service.js';

/** Organisation units: bureaus, fire brigades, departments, township governments, village committees. */
export function createOrganisationsModule(deps: { data: DataLayer }) {
  deps.data.registerScopedTable('org_units');
  const service = createOrganisationsService(deps);
  return {
    service,
    routes: organisationsRoutes(service),
    lookup: {
      /** Units among `ids` visible through the caller's handle (a scoped read or a unit of work). */
      units: async (db: Kysely<FoundationTables>, ids: string[]) => {
        const rows = ids.length ? await orgDb(db).selectFrom('org_units').select(['id', 'name', 'kind', 'region_code']).where('id', 'in', ids).execute() : [];
        return new Map(rows.map((r) => [r.id, { id: r.id, name: r.name, kind: r.kind as OrgUnit['kind'], regionCode: r.region_code }]));
      },
    },
  };
}
