import { sql, type Kysely } from 'kysely';

// Duty (A2, A3) and incidents (E1, E2).
//
// duty_*: command bodies (应急指挥部/安委会/减灾委/专项指挥部) with their member units and each unit's duty list;
// the 24×7 roster as shifts (带班领导 + 值班员, captured by name and phone so the roster stays as it was
// even when an account changes) and one handover log per shift.
//
// incidents_*: one row per incident holding what is known now (figures, grade, the active response level,
// the command post as a jsonb document); every report as submitted (its stage's fields kept as jsonb beside
// the figures, the deadlines it answered and whether it was late); responses with their level changes;
// tasks owned by org units; and incidents_log, the timeline every change writes to, which dispatch, calls and
// the review will also write to. Report deadlines are data per region (incidents_report_rules, inherited down
// the tree). Every table carries the incident's or body's region code for region scope.
const LEVEL = sql`between 1 and 4`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('duty_command_bodies')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('region_code', sql`text collate "C"`, (c) => c.notNull().references('regions.code'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('emergency_command','safety_committee','disaster_reduction','special_command')`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('speciality', 'text')
    .addColumn('incident_types', 'jsonb', (c) => c.notNull())
    .addColumn('commander', 'jsonb')
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create unique index duty_command_bodies_name_uq on duty_command_bodies (region_code, name)`.execute(db);

  await db.schema
    .createTable('duty_command_members')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('body_id', 'uuid', (c) => c.notNull().references('duty_command_bodies.id').onDelete('cascade'))
    .addColumn('region_code', sql`text collate "C"`, (c) => c.notNull())
    .addColumn('org_unit_id', 'uuid', (c) => c.notNull().references('org_units.id'))
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('office','lead','member')`))
    .addColumn('duties', 'jsonb', (c) => c.notNull())
    .addColumn('contact', 'jsonb')
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create unique index duty_command_members_uq on duty_command_members (body_id, org_unit_id)`.execute(db);
  await db.schema.createIndex('duty_command_members_region_idx').on('duty_command_members').column('region_code').execute();

  await db.schema
    .createTable('duty_shifts')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('region_code', sql`text collate "C"`, (c) => c.notNull().references('regions.code'))
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ends_at', 'timestamptz', (c) => c.notNull())
    .addColumn('leader', 'jsonb', (c) => c.notNull())
    .addColumn('officers', 'jsonb', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('duty_shifts_times_ck', sql`ends_at > starts_at`)
    .execute();
  await db.schema.createIndex('duty_shifts_region_idx').on('duty_shifts').columns(['region_code', 'starts_at']).execute();

  await db.schema
    .createTable('duty_handovers')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('shift_id', 'uuid', (c) => c.notNull().unique().references('duty_shifts.id'))
    .addColumn('region_code', sql`text collate "C"`, (c) => c.notNull())
    .addColumn('next_shift_id', 'uuid', (c) => c.references('duty_shifts.id').onDelete('set null'))
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('by_id', 'text')
    .addColumn('by_name', 'text', (c) => c.notNull())
    .addColumn('received_by', 'text')
    .addColumn('log', 'text', (c) => c.notNull())
    .addColumn('open_matters', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('duty_handovers_region_idx').on('duty_handovers').column('region_code').execute();

  await db.schema
    .createTable('incidents')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('region_code', sql`text collate "C"`, (c) => c.notNull().references('regions.code'))
    .addColumn('category', 'text', (c) => c.notNull().check(sql`category in ('natural_disaster','accident','public_health','social_security')`))
    .addColumn('type_key', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active','ended','closed')`))
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull())
    .addColumn('received_at', 'timestamptz', (c) => c.notNull())
    .addColumn('location_text', 'text', (c) => c.notNull())
    .addColumn('lon', 'float8', (c) => c.check(sql`lon between -180 and 180`))
    .addColumn('lat', 'float8', (c) => c.check(sql`lat between -90 and 90`))
    .addColumn('unit', 'jsonb')
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('figures', 'jsonb', (c) => c.notNull())
    .addColumn('informant', 'jsonb')
    .addColumn('source_kind', 'text', (c) => c.notNull().check(sql`source_kind in ('call','alarm','warning','api')`))
    .addColumn('source_ref_id', 'uuid')
    .addColumn('source_label', 'text')
    .addColumn('grade', 'smallint', (c) => c.check(sql`grade ${LEVEL}`))
    .addColumn('grading', 'jsonb', (c) => c.notNull())
    .addColumn('grade_assessment', 'jsonb')
    .addColumn('response_level', 'smallint', (c) => c.check(sql`response_level ${LEVEL}`))
    .addColumn('command_post', 'jsonb')
    .addColumn('reported_by_id', 'text')
    .addColumn('reported_by_name', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'timestamptz')
    .addColumn('closed_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('incidents_region_idx').on('incidents').columns(['region_code', 'occurred_at']).execute();
  // The overdue list and the board read the incidents still open.
  await sql`create index incidents_open_idx on incidents (region_code, received_at) where status <> 'closed'`.execute(db);
  // One incident per monitoring alarm; a warning may lead to several.
  await sql`create unique index incidents_alarm_uq on incidents (source_ref_id) where source_kind = 'alarm'`.execute(db);

  await db.schema
    .createTable('incidents_reports')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('incident_id', 'uuid', (c) => c.notNull().references('incidents.id'))
    .addColumn('region_code', sql`text collate "C"`, (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull().check(sql`stage in ('initial','follow_up','final')`))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ('phone','written','system')`))
    .addColumn('reported_at', 'timestamptz', (c) => c.notNull())
    .addColumn('reported_by_id', 'text')
    .addColumn('reported_by_name', 'text', (c) => c.notNull())
    .addColumn('reported_to', 'text', (c) => c.notNull())
    .addColumn('signed_off_by', 'text', (c) => c.notNull())
    .addColumn('figures', 'jsonb', (c) => c.notNull())
    .addColumn('content', 'jsonb', (c) => c.notNull())
    .addColumn('answered', 'jsonb', (c) => c.notNull())
    .addColumn('late', 'boolean', (c) => c.notNull())
    .addColumn('grade_after', 'smallint')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create unique index incidents_reports_seq_uq on incidents_reports (incident_id, stage, seq)`.execute(db);
  await db.schema.createIndex('incidents_reports_region_idx').on('incidents_reports').column('region_code').execute();

  await db.schema
    .createTable('incidents_responses')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('incident_id', 'uuid', (c) => c.notNull().references('incidents.id'))
    .addColumn('region_code', sql`text collate "C"`, (c) => c.notNull())
    .addColumn('level', 'smallint', (c) => c.notNull().check(sql`level ${LEVEL}`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active','terminated')`))
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('command_body', 'jsonb')
    .addColumn('commander', 'jsonb')
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('started_by', 'text', (c) => c.notNull())
    .addColumn('level_changes', 'jsonb', (c) => c.notNull())
    .addColumn('terminated_at', 'timestamptz')
    .addColumn('terminated_by', 'text')
    .addColumn('terminate_reason', 'text')
    .execute();
  // At most one active response per incident: two activations racing, one fails.
  await sql`create unique index incidents_responses_active_uq on incidents_responses (incident_id) where status = 'active'`.execute(db);
  await db.schema.createIndex('incidents_responses_region_idx').on('incidents_responses').column('region_code').execute();

  await db.schema
    .createTable('incidents_tasks')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('incident_id', 'uuid', (c) => c.notNull().references('incidents.id'))
    .addColumn('region_code', sql`text collate "C"`, (c) => c.notNull())
    .addColumn('response_id', 'uuid', (c) => c.references('incidents_responses.id'))
    .addColumn('owner_unit_id', 'uuid', (c) => c.notNull().references('org_units.id'))
    .addColumn('owner_unit_name', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('due_at', 'timestamptz', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending','in_progress','done','cancelled')`))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('origin', 'text', (c) => c.notNull().check(sql`origin in ('template','manual')`))
    .addColumn('template_key', 'text')
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('finished_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('incidents_tasks_incident_idx').on('incidents_tasks').columns(['incident_id', 'sort_order']).execute();
  await db.schema.createIndex('incidents_tasks_region_idx').on('incidents_tasks').columns(['region_code', 'status']).execute();

  await db.schema
    .createTable('incidents_log')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('incident_id', 'uuid', (c) => c.notNull().references('incidents.id'))
    .addColumn('region_code', sql`text collate "C"`, (c) => c.notNull())
    .addColumn('seq', 'bigserial', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('by_id', 'text')
    .addColumn('by_name', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('data', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('incidents_log_incident_idx').on('incidents_log').columns(['incident_id', 'at', 'seq']).execute();
  await db.schema.createIndex('incidents_log_region_idx').on('incidents_log').column('region_code').execute();

  await db.schema
    .createTable('incidents_report_rules')
    .addColumn('region_code', sql`text collate "C"`, (c) => c.primaryKey().references('regions.code'))
    .addColumn('rules', 'jsonb', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'incidents_report_rules',
    'incidents_log',
    'incidents_tasks',
    'incidents_responses',
    'incidents_reports',
    'incidents',
    'duty_handovers',
    'duty_shifts',
    'duty_command_members',
    'duty_command_bodies',
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
