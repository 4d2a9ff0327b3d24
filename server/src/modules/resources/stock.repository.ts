import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { StockMovement, SupplyItem, Warehouse } from '@shouwang/contracts';
import { containsPattern } from '../../foundation/db/like.js';
import { moduleDb } from '../../foundation/db/module-db.js';
import { subtreeRange } from '../../foundation/scope/region-code.js';
import type { FoundationTables } from '../../foundation/db/tables.js';
import { supplyTopClass } from './supply-code.js';
import type { StockTables } from './stock.tables.js';

export type Q = Kysely<StockTables>;
export const stockDb = (db: Kysely<FoundationTables>): Q => moduleDb<StockTables>(db);

export type BatchRow = {
  id: string;
  warehouse_id: string;
  item_id: string;
  batch_no: string;
  produced_on: string;
  expires_on: string | null;
  region_code: string;
  quantity: number;
  item_code: string;
  item_name: string;
  unit: string;
};


export const toWarehouse = (r: Selectable<StockTables['resources_warehouses']>): Warehouse => ({
  id: r.id,
  name: r.name,
  level: r.level as Warehouse['level'],
  regionCode: r.region_code,
  lon: r.lon,
  lat: r.lat,
  address: r.address,
  manager: r.manager,
  phone: r.phone,
  capacityM3: r.capacity_m3,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

export const toSupplyItem = (r: Selectable<StockTables['resources_supply_items']>): SupplyItem => {
  const top = supplyTopClass(r.code);
  return {
    id: r.id,
    code: r.code,
    topClass: { code: top?.code ?? '1', name: top?.zh ?? '' },
    name: r.name,
    spec: r.spec,
    unit: r.unit,
    shelfLifeMonths: r.shelf_life_months,
  };
};

export const toMovement = (r: Selectable<StockTables['resources_stock_movements']>): StockMovement => ({
  id: r.id,
  kind: r.kind as StockMovement['kind'],
  batchId: r.batch_id,
  warehouseId: r.warehouse_id,
  regionCode: r.region_code,
  quantityDelta: Number(r.quantity_delta),
  transferId: r.transfer_id,
  counterpartBatchId: r.counterpart_batch_id,
  reason: r.reason,
  reference: r.reference,
  actorId: r.actor_id,
  at: r.at.toISOString(),
});

/** Batches with their item; dates read as text so both engines give `YYYY-MM-DD`. */
function batches(db: Q) {
  return db
    .selectFrom('resources_stock_batches as b')
    .innerJoin('resources_supply_items as i', 'i.id', 'b.item_id')
    .select([
      'b.id',
      'b.warehouse_id',
      'b.item_id',
      'b.batch_no',
      sql<string>`b.produced_on::text`.as('produced_on'),
      sql<string | null>`b.expires_on::text`.as('expires_on'),
      'b.region_code',
      'b.quantity',
      'i.code as item_code',
      'i.name as item_name',
      'i.unit',
    ]);
}
const toBatchRow = (r: Omit<BatchRow, 'quantity'> & { quantity: string | number }): BatchRow => ({ ...r, quantity: Number(r.quantity) });

export const stockRepository = {
  async listWarehouses(db: Q, f: { regionCode?: string | undefined; level?: string | undefined; q?: string | undefined; limit: number; offset: number }) {
    let query = db.selectFrom('resources_warehouses');
    if (f.regionCode) query = query.where((eb) => eb.between('region_code', ...subtreeRange(f.regionCode ?? '')));
    if (f.level) query = query.where('level', '=', f.level);
    if (f.q) query = query.where('name', 'like', containsPattern(f.q));
    const [rows, total] = await Promise.all([
      query.selectAll().orderBy('region_code').orderBy('name').limit(f.limit).offset(f.offset).execute(),
      query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(toWarehouse), total: Number(total.n) };
  },
  getWarehouse: (db: Q, id: string) => db.selectFrom('resources_warehouses').selectAll().where('id', '=', id).executeTakeFirst(),
  insertWarehouse: (db: Q, row: Selectable<StockTables['resources_warehouses']>) => db.insertInto('resources_warehouses').values(row).returningAll().executeTakeFirstOrThrow(),
  updateWarehouse: (db: Q, id: string, patch: Partial<Omit<Selectable<StockTables['resources_warehouses']>, 'id' | 'created_at'>>) =>
    db.updateTable('resources_warehouses').set(patch).where('id', '=', id).returningAll().executeTakeFirst(),

  async listItems(db: Q, f: { topClass?: string | undefined; code?: string | undefined; q?: string | undefined; limit: number; offset: number }) {
    let query = db.selectFrom('resources_supply_items');
    if (f.topClass) query = query.where('code', 'like', `${f.topClass}%`);
    if (f.code) query = query.where('code', 'like', `${f.code}%`);
    if (f.q) query = query.where('name', 'like', containsPattern(f.q));
    const [rows, total] = await Promise.all([
      query.selectAll().orderBy('code').orderBy('name').limit(f.limit).offset(f.offset).execute(),
      query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(toSupplyItem), total: Number(total.n) };
  },
  getItem: (db: Q, id: string) => db.selectFrom('resources_supply_items').selectAll().where('id', '=', id).executeTakeFirst(),
  insertItem: (db: Q, row: Selectable<StockTables['resources_supply_items']>) => db.insertInto('resources_supply_items').values(row).returningAll().executeTakeFirstOrThrow(),

  async getBatch(db: Q, id: string): Promise<BatchRow | undefined> {
    const r = await batches(db).where('b.id', '=', id).executeTakeFirst();
    return r && toBatchRow(r);
  },
  async findBatch(db: Q, warehouseId: string, itemId: string, batchNo: string): Promise<BatchRow | undefined> {
    const r = await batches(db).where('b.warehouse_id', '=', warehouseId).where('b.item_id', '=', itemId).where('b.batch_no', '=', batchNo).executeTakeFirst();
    return r && toBatchRow(r);
  },
  async batchesOf(db: Q, f: { warehouseId?: string; itemId?: string; nonEmpty?: boolean; expiringBy?: string }): Promise<BatchRow[]> {
    let query = batches(db);
    if (f.warehouseId) query = query.where('b.warehouse_id', '=', f.warehouseId);
    if (f.itemId) query = query.where('b.item_id', '=', f.itemId);
    if (f.nonEmpty) query = query.where('b.quantity', '>', 0);
    if (f.expiringBy) query = query.where('b.expires_on', 'is not', null).where('b.expires_on', '<=', f.expiringBy);
    const rows = await query.orderBy('b.expires_on').orderBy('b.produced_on').orderBy('b.batch_no').execute();
    return rows.map(toBatchRow);
  },
  insertBatch: (db: Q, row: Selectable<StockTables['resources_stock_batches']>) => db.insertInto('resources_stock_batches').values(row).returning('id').executeTakeFirstOrThrow(),

  /** Takes `quantity` only if that much is there: the row lock makes concurrent takers queue and re-check. */
  async take(db: Q, batchId: string, quantity: string, now: Date): Promise<boolean> {
    const r = await db
      .updateTable('resources_stock_batches')
      .set({ quantity: sql`quantity - ${quantity}::numeric`, updated_at: now })
      .where('id', '=', batchId)
      .where('quantity', '>=', quantity)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
  async put(db: Q, batchId: string, quantity: string, now: Date): Promise<boolean> {
    const r = await db
      .updateTable('resources_stock_batches')
      .set({ quantity: sql`quantity + ${quantity}::numeric`, updated_at: now })
      .where('id', '=', batchId)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
  /** Sets the counted quantity only if nobody changed the batch since it was read. */
  async setCounted(db: Q, batchId: string, expected: string, counted: string, now: Date): Promise<boolean> {
    const r = await db
      .updateTable('resources_stock_batches')
      .set({ quantity: counted, updated_at: now })
      .where('id', '=', batchId)
      .where('quantity', '=', expected)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
  insertMovement: (db: Q, row: Insertable<StockTables['resources_stock_movements']>) => db.insertInto('resources_stock_movements').values(row).returningAll().executeTakeFirstOrThrow(),
  movementsOfBatch: (db: Q, batchId: string) => db.selectFrom('resources_stock_movements').selectAll().where('batch_id', '=', batchId).orderBy('seq').execute(),
  movementsOfTransfer: (db: Q, transferId: string) => db.selectFrom('resources_stock_movements').selectAll().where('transfer_id', '=', transferId).orderBy('seq').execute(),

  getTransfer: (db: Q, id: string) => db.selectFrom('resources_transfers').selectAll().where('id', '=', id).executeTakeFirst(),
  insertTransfer: (db: Q, row: Selectable<StockTables['resources_transfers']>) => db.insertInto('resources_transfers').values(row).returningAll().executeTakeFirstOrThrow(),
  /** Moves an in-transit transfer to its end state; false when it already left transit. */
  async closeTransfer(db: Q, id: string, status: 'received' | 'cancelled', now: Date): Promise<boolean> {
    const r = await db
      .updateTable('resources_transfers')
      .set(status === 'received' ? { status, received_at: now } : { status, cancelled_at: now })
      .where('id', '=', id)
      .where('status', '=', 'in_transit')
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  /** Every set threshold with the stock on hand of its warehouse and item, in one grouped query. */
  async thresholdsWithStock(db: Q, warehouseId?: string) {
    let query = db
      .selectFrom('resources_stock_thresholds as t')
      .innerJoin('resources_warehouses as w', 'w.id', 't.warehouse_id')
      .innerJoin('resources_supply_items as i', 'i.id', 't.item_id')
      .leftJoin('resources_stock_batches as b', (j) => j.onRef('b.warehouse_id', '=', 't.warehouse_id').onRef('b.item_id', '=', 't.item_id'))
      .select(['t.warehouse_id', 'w.name as warehouse_name', 'w.region_code', 't.item_id', 'i.code as item_code', 'i.name as item_name', 'i.unit', 't.min_quantity', sql<string>`coalesce(sum(b.quantity), 0)`.as('on_hand')])
      .where('t.min_quantity', '>', 0)
      .groupBy(['t.warehouse_id', 'w.name', 'w.region_code', 't.item_id', 'i.code', 'i.name', 'i.unit', 't.min_quantity'])
      .orderBy('w.region_code')
      .orderBy('i.code');
    if (warehouseId) query = query.where('t.warehouse_id', '=', warehouseId);
    return (await query.execute()).map((r) => ({ ...r, min_quantity: Number(r.min_quantity), on_hand: Number(r.on_hand) }));
  },
  async thresholds(db: Q, warehouseId?: string) {
    let query = db.selectFrom('resources_stock_thresholds').selectAll();
    if (warehouseId) query = query.where('warehouse_id', '=', warehouseId);
    return (await query.execute()).map((r) => ({ ...r, min_quantity: Number(r.min_quantity) }));
  },
  async setThreshold(db: Q, row: { warehouse_id: string; item_id: string; region_code: string; min_quantity: string }) {
    await db.deleteFrom('resources_stock_thresholds').where('warehouse_id', '=', row.warehouse_id).where('item_id', '=', row.item_id).execute();
    await db.insertInto('resources_stock_thresholds').values(row).execute();
  },
};
