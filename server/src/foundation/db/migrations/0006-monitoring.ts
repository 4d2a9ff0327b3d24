import { sql, type Kysely } from 'kysely';

// Hazard monitoring (C1, C2). Readings go to a table partitioned by day so a day's data is one file to
// query and one statement to drop when its retention ends (总局40号令: ≥ 30 days); a default partition
// catches readings for days whose partition does not exist yet, so nothing is ever refused for its date.
// The primary key (point, ts, reading id) makes a resent reading a conflict, not a duplicate row.
// `monitoring_latest` holds each point's last reading and the alarm rules' state, so evaluation resumes
// after a restart and two instances evaluating one point serialise on its row.
const CONDITIONS = sql`('LL','L','H','HH','RATE','OFFLINE')`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('monitoring_points')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('region_code', sql`text collate "C"`, (c) => c.notNull().references('regions.code'))
    .addColumn('asset_kind', 'text', (c) => c.notNull().check(sql`asset_kind in ('hazard_source','gas','water','drainage','heat','bridge','utility_tunnel')`))
    .addColumn('asset_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('hazard_source_id', 'uuid', (c) => c.references('enterprises_hazard_sources.id'))
    .addColumn('quantity', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('lon', 'float8', (c) => c.notNull().check(sql`lon between -180 and 180`))
    .addColumn('lat', 'float8', (c) => c.notNull().check(sql`lat between -90 and 90`))
    .addColumn('ll', 'float8')
    .addColumn('l', 'float8')
    .addColumn('h', 'float8')
    .addColumn('hh', 'float8')
    .addColumn('deadband', 'float8', (c) => c.notNull().defaultTo(0).check(sql`deadband >= 0`))
    .addColumn('min_duration_s', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rate_per_minute', 'float8')
    .addColumn('expected_interval_s', 'integer', (c) => c.notNull().defaultTo(60))
    .addColumn('enabled', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('monitoring_points_source_ck', sql`(asset_kind = 'hazard_source') = (hazard_source_id is not null)`)
    .execute();
  await sql`create unique index monitoring_points_code_uq on monitoring_points (code)`.execute(db);
  await db.schema.createIndex('monitoring_points_region_idx').on('monitoring_points').columns(['region_code', 'name']).execute();
  await db.schema.createIndex('monitoring_points_source_idx').on('monitoring_points').column('hazard_source_id').execute();

  await sql`
    create table monitoring_readings (
      point_id uuid not null,
      ts timestamptz not null,
      reading_id text not null,
      value float8 not null,
      region_code text collate "C" not null,
      primary key (point_id, ts, reading_id)
    ) partition by range (ts)`.execute(db);
  await sql`create table monitoring_readings_default partition of monitoring_readings default`.execute(db);

  await db.schema
    .createTable('monitoring_latest')
    .addColumn('point_id', 'uuid', (c) => c.primaryKey().references('monitoring_points.id'))
    .addColumn('region_code', sql`text collate "C"`, (c) => c.notNull())
    .addColumn('ts', 'timestamptz')
    .addColumn('value', 'float8')
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('no_data'))
    .addColumn('eval_state', 'jsonb', (c) => c.notNull().defaultTo(sql`'{"lastTs":null,"lastValue":null,"conditions":{}}'::jsonb`))
    .addColumn('offline', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('monitoring_latest_region_idx').on('monitoring_latest').columns(['region_code', 'state']).execute();
  // Rewritten by every batch: room on each page lets the update stay on the page (HOT, no index churn).
  await sql`alter table monitoring_latest set (fillfactor = 50)`.execute(db);

  await db.schema
    .createTable('monitoring_alarms')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('point_id', 'uuid', (c) => c.notNull().references('monitoring_points.id'))
    .addColumn('region_code', sql`text collate "C"`, (c) => c.notNull())
    .addColumn('condition', 'text', (c) => c.notNull().check(sql`condition in ${CONDITIONS}`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('raised','acknowledged','handling','closed')`))
    .addColumn('threshold', 'float8')
    .addColumn('value', 'float8')
    .addColumn('peak_value', 'float8')
    .addColumn('raised_at', 'timestamptz', (c) => c.notNull())
    .addColumn('reading_at', 'timestamptz')
    .addColumn('occurrences', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('condition_cleared_at', 'timestamptz')
    .addColumn('acknowledged_at', 'timestamptz')
    .addColumn('acknowledged_by', 'text')
    .addColumn('closed_at', 'timestamptz')
    .addColumn('closed_by', 'text')
    .addColumn('close_reason', 'text')
    .addColumn('escalation_level', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('escalated_to', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('next_escalation_at', 'timestamptz')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('monitoring_alarms_closed_ck', sql`(status = 'closed') = (closed_at is not null and close_reason is not null)`)
    .execute();
  // Deduplication: at most one open alarm per point and condition, whichever instance raised it.
  await sql`create unique index monitoring_alarms_open_uq on monitoring_alarms (point_id, condition) where status <> 'closed'`.execute(db);
  await db.schema.createIndex('monitoring_alarms_region_idx').on('monitoring_alarms').columns(['region_code', 'raised_at']).execute();
  await db.schema.createIndex('monitoring_alarms_point_idx').on('monitoring_alarms').columns(['point_id', 'raised_at']).execute();

  await db.schema
    .createTable('monitoring_alarm_entries')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('seq', 'bigint', (c) => c.notNull().generatedAlwaysAsIdentity())
    .addColumn('alarm_id', 'uuid', (c) => c.notNull().references('monitoring_alarms.id'))
    .addColumn('region_code', sql`text collate "C"`, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('by_name', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('monitoring_alarm_entries_alarm_idx').on('monitoring_alarm_entries').columns(['alarm_id', 'seq']).execute();

  await db.schema
    .createTable('monitoring_attachments')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('entry_id', 'uuid', (c) => c.notNull().references('monitoring_alarm_entries.id'))
    .addColumn('alarm_id', 'uuid', (c) => c.notNull().references('monitoring_alarms.id'))
    .addColumn('region_code', sql`text collate "C"`, (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('data', 'bytea', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('monitoring_attachments_entry_idx').on('monitoring_attachments').column('entry_id').execute();

  await db.schema
    .createTable('monitoring_escalation_policies')
    .addColumn('region_code', sql`text collate "C"`, (c) => c.primaryKey().references('regions.code'))
    .addColumn('steps', 'jsonb', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['monitoring_escalation_policies', 'monitoring_attachments', 'monitoring_alarm_entries', 'monitoring_alarms', 'monitoring_latest', 'monitoring_readings', 'monitoring_points']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
