import type { ColumnType, Generated } from 'kysely';
import type { DefaultTimestamp, NullableTimestamp, Timestamp } from '../../foundation/db/tables.js';

/** numeric(14,3): a string from pg, written as a string or number. */
type Numeric = ColumnType<string | number, string | number, string | number>;
/** A date column; reads go through `::text` (see stock.repository.ts), so the read type is a string. */
type Day = ColumnType<string, string, string>;

export type StockTables = {
  resources_warehouses: {
    id: string;
    name: string;
    level: string;
    region_code: string;
    lon: number;
    lat: number;
    address: string;
    manager: string;
    phone: string;
    capacity_m3: number | null;
    created_at: DefaultTimestamp;
    updated_at: DefaultTimestamp;
  };
  resources_supply_items: {
    id: string;
    code: string;
    name: string;
    spec: string;
    unit: string;
    shelf_life_months: number | null;
    created_at: DefaultTimestamp;
  };
  resources_stock_batches: {
    id: string;
    warehouse_id: string;
    item_id: string;
    batch_no: string;
    produced_on: Day;
    expires_on: ColumnType<string | null, string | null, string | null>;
    region_code: string;
    quantity: Numeric;
    created_at: DefaultTimestamp;
    updated_at: DefaultTimestamp;
  };
  resources_stock_movements: {
    id: string;
    kind: string;
    batch_id: string;
    warehouse_id: string;
    region_code: string;
    quantity_delta: Numeric;
    transfer_id: string | null;
    counterpart_batch_id: string | null;
    reason: string | null;
    reference: string | null;
    actor_id: string | null;
    at: Timestamp;
    seq: Generated<number>;
  };
  resources_transfers: {
    id: string;
    from_warehouse_id: string;
    to_warehouse_id: string;
    status: string;
    region_code: string;
    reference: string | null;
    created_by: string | null;
    created_at: Timestamp;
    received_at: NullableTimestamp;
    cancelled_at: NullableTimestamp;
  };
  resources_stock_thresholds: {
    warehouse_id: string;
    item_id: string;
    region_code: string;
    min_quantity: Numeric;
  };
};

export const STOCK_SCOPED_TABLES = [
  'resources_warehouses',
  'resources_stock_batches',
  'resources_stock_movements',
  'resources_transfers',
  'resources_stock_thresholds',
] as const;
