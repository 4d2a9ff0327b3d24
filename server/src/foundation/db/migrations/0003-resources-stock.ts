import { sql, type Kysely } from 'kysely';

// Warehouses and supplies stock ledger (D4). Stock on hand of a batch is the sum of its movements;
// quantity never goes negative (CHECK + conditional UPDATE). Movements are append-only.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('resources_warehouses')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull().check(sql`level in ('region','prefecture','county','township')`))
    .addColumn('region_code', sql`text collate "C"`, (c) => c.notNull().references('regions.code'))
    .addColumn('lon', 'float8', (c) => c.notNull().check(sql`lon between -180 and 180`))
    .addColumn('lat', 'float8', (c) => c.notNull().check(sql`lat between -90 and 90`))
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('manager', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('capacity_m3', 'float8', (c) => c.check(sql`capacity_m3 > 0`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('resources_warehouses_region_idx').on('resources_warehouses').column('region_code').execute();
  await sql`create unique index resources_warehouses_region_name_uq on resources_warehouses (region_code, name)`.execute(db);

  // The catalogue is national (GB/T 38565 codes), so it carries no region.
  await db.schema
    .createTable('resources_supply_items')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('code', sql`text collate "C"`, (c) => c.notNull().check(sql`code ~ '^[123][0-9]{6}$'`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('spec', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('shelf_life_months', 'integer', (c) => c.check(sql`shelf_life_months > 0`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create unique index resources_supply_items_uq on resources_supply_items (code, name, spec)`.execute(db);

  await db.schema
    .createTable('resources_stock_batches')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('warehouse_id', 'uuid', (c) => c.notNull().references('resources_warehouses.id'))
    .addColumn('item_id', 'uuid', (c) => c.notNull().references('resources_supply_items.id'))
    .addColumn('batch_no', 'text', (c) => c.notNull())
    .addColumn('produced_on', 'date', (c) => c.notNull())
    .addColumn('expires_on', 'date')
    .addColumn('region_code', sql`text collate "C"`, (c) => c.notNull())
    .addColumn('quantity', sql`numeric(14,3)`, (c) => c.notNull().check(sql`quantity >= 0`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('resources_stock_batches_dates_ck', sql`expires_on is null or expires_on >= produced_on`)
    .execute();
  await db.schema.createIndex('resources_stock_batches_region_idx').on('resources_stock_batches').column('region_code').execute();
  await sql`create unique index resources_stock_batches_uq on resources_stock_batches (warehouse_id, item_id, batch_no)`.execute(db);

  await db.schema
    .createTable('resources_transfers')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('from_warehouse_id', 'uuid', (c) => c.notNull().references('resources_warehouses.id'))
    .addColumn('to_warehouse_id', 'uuid', (c) => c.notNull().references('resources_warehouses.id'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('in_transit','received','cancelled')`))
    .addColumn('region_code', sql`text collate "C"`, (c) => c.notNull())
    .addColumn('reference', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('received_at', 'timestamptz')
    .addColumn('cancelled_at', 'timestamptz')
    .addCheckConstraint('resources_transfers_distinct_ck', sql`from_warehouse_id <> to_warehouse_id`)
    .execute();
  await db.schema.createIndex('resources_transfers_region_idx').on('resources_transfers').column('region_code').execute();

  await db.schema
    .createTable('resources_stock_movements')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('inbound','outbound','transfer_out','transfer_in','rotation_out','rotation_in','scrap','adjust')`),
    )
    .addColumn('batch_id', 'uuid', (c) => c.notNull().references('resources_stock_batches.id'))
    .addColumn('warehouse_id', 'uuid', (c) => c.notNull().references('resources_warehouses.id'))
    .addColumn('region_code', sql`text collate "C"`, (c) => c.notNull())
    .addColumn('quantity_delta', sql`numeric(14,3)`, (c) => c.notNull())
    .addColumn('transfer_id', 'uuid', (c) => c.references('resources_transfers.id'))
    // The other side of a transfer or rotation: the source batch of a transfer_in, the old batch of a rotation_in.
    .addColumn('counterpart_batch_id', 'uuid', (c) => c.references('resources_stock_batches.id'))
    .addColumn('reason', 'text')
    .addColumn('reference', 'text')
    .addColumn('actor_id', 'text')
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    // Order within one unit of work (all its movements share `at`).
    .addColumn('seq', 'bigserial', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('resources_stock_movements_batch_idx').on('resources_stock_movements').column('batch_id').execute();
  await db.schema.createIndex('resources_stock_movements_region_idx').on('resources_stock_movements').column('region_code').execute();
  await db.schema.createIndex('resources_stock_movements_transfer_idx').on('resources_stock_movements').column('transfer_id').execute();

  await db.schema
    .createTable('resources_stock_thresholds')
    .addColumn('warehouse_id', 'uuid', (c) => c.notNull().references('resources_warehouses.id'))
    .addColumn('item_id', 'uuid', (c) => c.notNull().references('resources_supply_items.id'))
    .addColumn('region_code', sql`text collate "C"`, (c) => c.notNull())
    .addColumn('min_quantity', sql`numeric(14,3)`, (c) => c.notNull().check(sql`min_quantity >= 0`))
    .addPrimaryKeyConstraint('resources_stock_thresholds_pk', ['warehouse_id', 'item_id'])
    .execute();
}
