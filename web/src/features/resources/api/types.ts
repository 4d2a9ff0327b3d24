import type {
  LowStockWarning as LowStockWarningSchema,
  StockItemSummary as StockItemSummarySchema,
  StockWarnings as StockWarningsSchema,
  WarehouseStock as WarehouseStockSchema,
} from '@shouwang/contracts';
import type { z } from 'zod';

// The stock contract exports these schemas without their inferred types.
export type WarehouseStock = z.infer<typeof WarehouseStockSchema>;
export type StockItemSummary = z.infer<typeof StockItemSummarySchema>;
export type StockWarnings = z.infer<typeof StockWarningsSchema>;
export type LowStockWarning = z.infer<typeof LowStockWarningSchema>;

/** Every list endpoint answers `{items, total}`. */
export interface ResourcePage<T> {
  items: T[];
  total: number;
}

export const resourcesKey = ['resources'] as const;
