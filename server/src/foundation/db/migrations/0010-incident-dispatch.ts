import { sql, type Kysely } from 'kysely';

// Incident dispatch (E3).
//
// incidents_dispatches: one row per team sent to an incident (已派遣 → 出发 → 到达 → 返回, or 取消) and per
// supply consignment sent out of a warehouse (已调拨 → 到达). It carries the incident's region code (whoever
// sees the incident sees what went to it), a snapshot of the team / warehouse / item as they were when
// dispatched, the time of every step (a column each, and the ordered steps with who and why as jsonb), and,
// for supplies, the stock batches and ledger movements the quantity came from. A team is on at most one open
// dispatch at a time (partial unique index), behind the row lock the service takes on the team.
//
// resources_stock_movements gains the kind dispatch_out: stock that left a warehouse for an incident, with
// the incident id as its reference, so a batch's trace shows where every unit went.
const MOVEMENT_KINDS = sql`kind in ('inbound','outbound','transfer_out','transfer_in','rotation_out','rotation_in','scrap','adjust','dispatch_out')`;
const OLD_MOVEMENT_KINDS = sql`kind in ('inbound','outbound','transfer_out','transfer_in','rotation_out','rotation_in','scrap','adjust')`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('incidents_dispatches')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('incident_id', 'uuid', (c) => c.notNull().references('incidents.id'))
    .addColumn('region_code', sql`text collate "C"`, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('team','supply')`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('dispatched','departed','arrived','returned','cancelled')`))
    .addColumn('team_id', 'uuid', (c) => c.references('resources_teams.id'))
    .addColumn('warehouse_id', 'uuid', (c) => c.references('resources_warehouses.id'))
    .addColumn('item_id', 'uuid', (c) => c.references('resources_supply_items.id'))
    .addColumn('quantity', sql`numeric(14,3)`)
    .addColumn('subject', 'jsonb', (c) => c.notNull())
    .addColumn('batches', 'jsonb', (c) => c.notNull())
    .addColumn('task', 'text')
    .addColumn('note', 'text')
    .addColumn('distance_m', 'float8')
    .addColumn('eta_minutes', 'float8')
    .addColumn('steps', 'jsonb', (c) => c.notNull())
    .addColumn('dispatched_at', 'timestamptz', (c) => c.notNull())
    .addColumn('departed_at', 'timestamptz')
    .addColumn('arrived_at', 'timestamptz')
    .addColumn('returned_at', 'timestamptz')
    .addColumn('cancelled_at', 'timestamptz')
    .addColumn('dispatched_by_id', 'text')
    .addColumn('dispatched_by_name', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint(
      'incidents_dispatches_subject_ck',
      sql`(kind = 'team' and team_id is not null) or (kind = 'supply' and warehouse_id is not null and item_id is not null and quantity > 0)`,
    )
    .execute();
  await db.schema.createIndex('incidents_dispatches_incident_idx').on('incidents_dispatches').columns(['incident_id', 'dispatched_at']).execute();
  await db.schema.createIndex('incidents_dispatches_region_idx').on('incidents_dispatches').column('region_code').execute();
  await sql`create unique index incidents_dispatches_team_open_uq on incidents_dispatches (team_id) where kind = 'team' and status in ('dispatched','departed','arrived')`.execute(db);

  await sql`alter table resources_stock_movements drop constraint resources_stock_movements_kind_check`.execute(db);
  await sql`alter table resources_stock_movements add constraint resources_stock_movements_kind_check check (${MOVEMENT_KINDS})`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table resources_stock_movements drop constraint resources_stock_movements_kind_check`.execute(db);
  await sql`alter table resources_stock_movements add constraint resources_stock_movements_kind_check check (${OLD_MOVEMENT_KINDS})`.execute(db);
  await db.schema.dropTable('incidents_dispatches').ifExists().execute();
}
