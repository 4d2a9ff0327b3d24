import type { Kysely } from 'kysely';
import type { CommandBody } from '@shouwang/contracts';
import type { Clock } from '../../foundation/clock.js';
import type { DataLayer } from '../../foundation/db/data-layer.js';
import type { FoundationTables } from '../../foundation/db/tables.js';
import { createCommandBodiesService } from './command-bodies.service.js';
import type { OrgUnitLookup } from './duty.repository.js';
import { dutyRoutes } from './duty.routes.js';
import { DUTY_SCOPED_TABLES } from './duty.tables.js';
import { createRosterService, type UserContactLookup } from './roster.service.js';

export type { CommandBodiesService } from './command-bodies.service.js';
export type { RosterService } from './roster.service.js';
export type { OrgUnitInfo, OrgUnitLookup } from './duty.repository.js';

/** What other modules may ask of duty (the incidents module, before its own transaction). */
export type DutyLookup = { commandBodyForResponse: (regionCode: string, typeKey: string, bodyId?: string) => Promise<CommandBody | null> };

/** Command bodies (A2) and the 24×7 duty roster with handover and "who is on duty now" (A3). */
export function createDutyModule(deps: {
  data: DataLayer;
  clock: Clock;
  orgUnits: OrgUnitLookup;
  users: UserContactLookup;
  regionNames: (db: Kysely<FoundationTables>, codes: string[]) => Promise<Map<string, string>>;
  incidentTypeKnown: (key: string) => boolean;
}) {
  for (const table of DUTY_SCOPED_TABLES) deps.data.registerScopedTable(table);
  const bodies = createCommandBodiesService(deps);
  const roster = createRosterService(deps);
  const lookup: DutyLookup = { commandBodyForResponse: (regionCode, typeKey, bodyId) => bodies.forResponse(regionCode, typeKey, bodyId) };
  return { bodies, roster, lookup, routes: dutyRoutes({ bodies, roster }) };
}
