import type { Actor } from '../../foundation/auth/actor.js';
import type { Clock } from '../../foundation/clock.js';
import type { DataLayer } from '../../foundation/db/data-layer.js';
import type { EventHub } from '../../foundation/events/event-hub.js';
import type { Routes } from '../../foundation/http/zod-app.js';
import { createExpertsService } from './experts.service.js';
import { createFacilitiesService } from './facilities.service.js';
import { createFireCoverage, fireCoverageRoutes } from './fire-coverage.js';
import { ResourceLocator } from './locator.js';
import { REGISTRY_SCOPED_TABLES } from './registry.tables.js';
import { registryRoutes } from './registry.routes.js';
import { resourceIoRoutes } from './resource-io.routes.js';
import { createResourceIo } from './resource-io.js';
import { stockRoutes } from './stock.routes.js';
import { createStockService } from './stock.service.js';
import { STOCK_SCOPED_TABLES } from './stock.tables.js';
import { createTeamsService } from './teams.service.js';

export type { StockService } from './stock.service.js';
export type { TeamsService } from './teams.service.js';
export type { ExpertsService } from './experts.service.js';
export type { FacilitiesService } from './facilities.service.js';
export type { ResourceLocator } from './locator.js';

/** Emergency resources (D3–D5, E4): teams, experts, facilities, warehouses and stock, and where they are. */
export function createResourcesModule(deps: {
  data: DataLayer;
  clock: Clock;
  events: EventHub;
  regionsAtLevel: (actor: Actor, level: 1 | 2 | 3 | 4 | 5) => Promise<{ code: string; name: string }[]>;
  regionNames: (actor: Actor, codes: string[]) => Promise<Map<string, string>>;
}) {
  for (const table of [...STOCK_SCOPED_TABLES, ...REGISTRY_SCOPED_TABLES]) deps.data.registerScopedTable(table);
  const locator = new ResourceLocator(deps);
  // After a commit the write has succeeded whatever happens here; should this re-read fail, the change's
  // event refreshes the point again moments later.
  const refresh = (what: 'team' | 'facility' | 'warehouse') => (id: string) => locator.refresh(what, id).catch(() => undefined);
  const stock = createStockService({ ...deps, changed: refresh('warehouse') });
  const teams = createTeamsService({ data: deps.data, regionsAtLevel: deps.regionsAtLevel, changed: refresh('team') });
  const experts = createExpertsService(deps);
  const facilities = createFacilitiesService({ data: deps.data, changed: refresh('facility') });
  const io = createResourceIo({ data: deps.data, regionNames: deps.regionNames, teams, experts, facilities, stock, locator, refresh });
  const fireCoverage = createFireCoverage(locator);
  const routes: Routes[] = [stockRoutes(stock), registryRoutes({ teams, experts, facilities, locator }), resourceIoRoutes(io), fireCoverageRoutes(fireCoverage)];
  return {
    stock,
    teams,
    experts,
    facilities,
    locator,
    routes: (app: Parameters<Routes>[0]) => routes.forEach((r) => r(app)),
    /** Loads the in-memory locator and keeps it current; before serving. */
    async start() {
      locator.follow(deps.events);
      await locator.load();
    },
  };
}

export type ResourcesModule = ReturnType<typeof createResourcesModule>;
