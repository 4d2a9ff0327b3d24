import type { Clock } from '../../foundation/clock.js';
import type { DataLayer } from '../../foundation/db/data-layer.js';
import { stockRoutes } from './stock.routes.js';
import { createStockService } from './stock.service.js';
import { STOCK_SCOPED_TABLES } from './stock.tables.js';

export type { StockService } from './stock.service.js';

/** Emergency resources. Today: warehouses and the supplies stock ledger; teams and shelters will join. */
export function createResourcesModule(deps: { data: DataLayer; clock: Clock }) {
  for (const table of STOCK_SCOPED_TABLES) deps.data.registerScopedTable(table);
  const stock = createStockService(deps);
  return { stock, routes: stockRoutes(stock) };
}
